"""One term per idea in every language, checked against every text we ship.

The terms live in ``resources/glossary.json`` (from the domain glossary). A clerk
who reads 安全撤离 on one screen and 紧急求助 on the next, or an inspector who
sees 条 on screen and 件 in print, stops trusting both; this module finds those.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from models.core.resources import REGIONAL, load_json

# zh_HK has words of its own only where Hong Kong differs; elsewhere it reads zh_TW.
FALLBACK = REGIONAL
GLOSSARY_LANGUAGES = ("zh_CN", "zh_TW", "zh_HK", "vi")


_PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")


@dataclass(frozen=True)
class Term:
    id: str
    english: tuple[re.Pattern[str], ...]
    forms: dict[str, tuple[str, ...]]
    wrong: dict[str, tuple[re.Pattern[str], ...]]
    not_here: dict[str, tuple[re.Pattern[str], ...]]
    reserved: tuple[str, ...]
    exceptions: tuple[str, ...]

    def forms_in(self, lang: str) -> tuple[str, ...]:
        return self.forms.get(lang) or self.forms.get(FALLBACK.get(lang, ""), ())

    def names_idea(self, source: str) -> bool:
        source = _PLACEHOLDER.sub(" ", source)  # {handler} is a name in the code, not a word
        if any(source.startswith(e) or e in source for e in self.exceptions):
            return False
        return any(p.search(source) for p in self.english)


@dataclass(frozen=True)
class Problem:
    where: str
    lang: str
    term: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.where} [{self.lang}] {self.term}: {self.why}: {self.text!r}"


def _patterns(items: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in items)


@cache
def terms() -> tuple[Term, ...]:
    data: dict[str, Any] = load_json("glossary.json")["terms"]
    out = []
    for term_id, spec in data.items():
        forms = {
            lang: tuple(spec[lang])
            for lang in GLOSSARY_LANGUAGES
            if isinstance(spec.get(lang), list)
        }
        out.append(
            Term(
                term_id,
                _patterns(spec.get("en", [])),
                forms,
                {k: _patterns(v) for k, v in spec.get("wrong", {}).items()},
                {k: _patterns(v) for k, v in spec.get("not_here", {}).items()},
                tuple(spec.get("reserved", [])),
                tuple(spec.get("except", [])),
            )
        )
    return tuple(out)


def term(term_id: str) -> Term:
    return next(t for t in terms() if t.id == term_id)


def _has(text: str, form: str) -> bool:
    return form.casefold() in text.casefold()


def _wrong(lang: str, table: dict[str, tuple[re.Pattern[str], ...]]) -> tuple[re.Pattern[str], ...]:
    # A variant wrong in Taiwan is wrong in Hong Kong too (zh_HK reads zh_TW's words).
    return table.get(lang, ()) + (table.get(FALLBACK[lang], ()) if lang in FALLBACK else ())


def check(
    where: str, lang: str, source: str | None, text: str, on_screen: bool = True
) -> list[Problem]:
    """What is wrong with ``text`` (in ``lang``, translating ``source``) by the glossary.

    ``on_screen``: a catalogue's text (buttons, statuses), where reserved words hold.
    """
    problems = []
    for t in terms():
        for pattern in _wrong(lang, t.wrong):
            if pattern.search(text):
                problems.append(Problem(where, lang, t.id, text, f"uses {pattern.pattern!r}"))
        if source is None:
            continue
        forms = t.forms_in(lang)
        if t.names_idea(source):
            if forms and not any(_has(text, f) for f in forms):
                problems.append(
                    Problem(where, lang, t.id, text, f"{source!r} should say {forms[0]!r}")
                )
            for pattern in _wrong(lang, t.not_here):
                if pattern.search(text):
                    problems.append(
                        Problem(where, lang, t.id, text, f"{pattern.pattern!r} is not {t.id}")
                    )
        elif on_screen and (lang in t.reserved or FALLBACK.get(lang) in t.reserved):
            used = [f for f in forms if _has(text, f)]
            if used:
                problems.append(
                    Problem(where, lang, t.id, text, f"{used[0]!r} is kept for {t.id}: {source!r}")
                )
    return problems
