"""The translation catalogues, read without Qt: one source of words for every layer.

Every word the program itself says, whichever layer says it, is marked in the code
with ``QT_TRANSLATE_NOOP(context, English[, disambiguation])`` (or Qt's ``tr`` in
``ui/``), gathered by ``pyside6-lupdate`` into one ``.ts`` file per language in
``resources/translations`` and translated there. The window loads those catalogues
compiled to ``.qm`` through Qt's translator; the domain and the reports, which must not
import Qt, read the very same ``.ts`` files here. So a report's column heading, a
status's name and a button are translated, checked against the glossary and reported
unfinished the same way. Documents a branch may replace (categories, checklists,
replies, referral bodies, the demo corpus) carry their languages inline instead: they
are data, not the program's words.

A regional language reads its own catalogue laid over the one it falls back to
(zh_HK over zh_TW: only what Hong Kong says differently); an unfinished or missing
translation reads the English source, as Qt's translator does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from models.core.resources import REGIONAL, RESOURCES

TRANSLATIONS = RESOURCES / "translations"
Key = tuple[str, str, str]  # context, English source, disambiguation ("" if none)


@dataclass(frozen=True)
class Message:
    """One finished translation in one catalogue file."""

    context: str
    source: str
    disambiguation: str
    texts: tuple[str, ...]  # one text, or a numerus message's forms


def messages(lang: str) -> Iterator[Message]:
    """The finished messages of ``lang``'s own file (no fallback); none for English."""
    path = TRANSLATIONS / f"complaintbook_{lang}.ts"
    if not path.is_file():
        return
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = tuple(n.text or "" for n in translation.iter("numerusform"))
            texts = forms or (translation.text or "",)
            if any(texts):
                yield Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    texts,
                )


@cache
def table(lang: str) -> Mapping[Key, str]:
    """Every finished translation ``lang`` reads, its fallback's first (read once)."""
    out: dict[Key, str] = {}
    if lang in REGIONAL:
        out.update(table(REGIONAL[lang]))
    for message in messages(lang):
        out[(message.context, message.source, message.disambiguation)] = message.texts[0]
    return MappingProxyType(out)


def translate(context: str, source: str, lang: str, disambiguation: str = "") -> str:
    """``source`` (English, as marked in the code) in ``lang``; the source if untranslated."""
    if lang == "en":
        return source
    return table(lang).get((context, source, disambiguation), source)
