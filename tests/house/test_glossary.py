"""Words a native clerk trusts: every shipped text keeps the glossary's terms.

The catalogues, every resource file (checklist, replies, categories, letters, the
register's printed words, demo data) and the printed register itself are read in
each language and checked against ``resources/glossary.json``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from models.core import catalogue, glossary
from models.core.resources import RESOURCES

Text = tuple[str, str, str | None, str]  # where, lang, English source (if any), text


def _catalogue(lang: str) -> dict[catalogue.Key, tuple[str, ...]]:
    """(context, source, disambiguation) -> the translation's text(s): the same source may
    be translated in several contexts, and each must keep the glossary."""
    return {(m.context, m.source, m.disambiguation): m.texts for m in catalogue.messages(lang)}


def catalogue_texts() -> Iterator[Text]:
    for lang in glossary.GLOSSARY_LANGUAGES:
        own = _catalogue(lang)
        fallback = _catalogue(glossary.FALLBACK[lang]) if lang in glossary.FALLBACK else {}
        for (context, source, _), texts in {**fallback, **own}.items():
            for text in texts:
                yield f"complaintbook_{lang}.ts/{context}", lang, source, text


def _walk(node: object, path: str, lang: str | None) -> Iterator[tuple[str, str, str | None, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("en"), str):
            for want in glossary.GLOSSARY_LANGUAGES:
                text = node.get(want) or node.get(glossary.FALLBACK.get(want, ""))
                if isinstance(text, str):
                    yield path, want, node["en"], text
        for key, value in node.items():
            inner = key if key in glossary.GLOSSARY_LANGUAGES else lang
            if inner is not None and isinstance(value, str) and key != "en":
                if "en" not in node:  # a text of a language-keyed corpus (demo data)
                    yield f"{path}/{key}", inner, None, value
            else:
                yield from _walk(value, f"{path}/{key}", inner)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]", lang)
    elif isinstance(node, str) and lang is not None:
        yield path, lang, None, node


def resource_texts() -> Iterator[Text]:
    for path in sorted(RESOURCES.rglob("*.json")):
        if path.name == "glossary.json":
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        yield from _walk(data, str(path.relative_to(RESOURCES)), None)


def _problems(texts: Iterator[Text]) -> list[str]:
    return sorted({str(p) for t in texts for p in glossary.check(*t, on_screen=".ts/" in t[0])})


def test_the_glossary_names_every_term_in_every_language_it_governs() -> None:
    assert {t.id for t in glossary.terms()} >= {"safety_exit", "manager", "counter", "void"}
    for term in glossary.terms():
        for lang, forms in term.forms.items():
            assert forms and all(f.strip() for f in forms), (term.id, lang)


def test_the_glossary_catches_what_a_native_clerk_flagged() -> None:
    """The check itself: each flagged variant is found (so the tests below mean something)."""
    flagged = [
        ("zh_CN", "Safety exit (F12)", "安全撤离 (F12)"),
        ("zh_TW", "counter", "請客戶離開櫃台"),
        ("zh_TW", "Complaint Book", "客訴登記簿"),
        ("zh_HK", "Credit report", "聯徵紀錄"),
        ("vi", "Still upset: three changes (E)", "Khách vẫn bức xúc: ba thay đổi (E)"),
        ("vi", "&Start investigating", "Bắt đầu điều tra (&S)"),
        ("zh_CN", "%n complaint(s)", "共 %n 条投诉"),
        ("zh_CN", "Only a manager may add staff.", "只有负责人可以添加员工。"),
        ("vi", "Suggestion box", "Hộp thư góp ý"),
        ("vi", "Cancelled. Nothing was saved.", "Đã hủy. Không có gì được lưu."),
        ("zh_CN", "I can block the card for you right now.", "我现在就可以帮您把这张卡冻结。"),
        ("zh_TW", "Branch head", "分行主管"),
    ]
    for lang, source, text in flagged:
        assert glossary.check("example", lang, source, text), (lang, text)
    assert not glossary.check("example", "zh_CN", "Safety exit (F12)", "紧急求助 (F12)")
    assert not glossary.check("example", "zh_CN", "Branch head", "网点负责人")
    assert not glossary.check("example", "vi", "&Void", "Hủy (&V)")


def test_no_catalogue_uses_a_wrong_variant_or_two_words_for_one_term() -> None:
    assert _problems(catalogue_texts()) == []


def test_no_resource_file_uses_a_wrong_variant_or_two_words_for_one_term() -> None:
    assert _problems(resource_texts()) == []


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "vi"])
def test_one_english_term_has_one_translation_across_catalogue_and_resources(lang: str) -> None:
    """A term the glossary governs is never translated two ways between the screens."""
    seen: dict[str, set[str]] = {}
    for _where, text_lang, source, text in [*catalogue_texts(), *resource_texts()]:
        if text_lang != lang or source is None:
            continue
        for term in glossary.terms():
            forms = term.forms_in(lang)
            if forms and term.names_idea(source):
                used = next((f for f in forms if f.casefold() in text.casefold()), None)
                seen.setdefault(term.id, set()).add(used or "(none)")
    assert {k: v for k, v in seen.items() if "(none)" in v} == {}


PRINTED = {
    "zh_CN": ("紧急求助1次", "客户投诉登记簿", "件"),
    "zh_TW": ("緊急求助1次", "客戶投訴登記簿", "換地點"),
    "zh_HK": ("緊急求助1次", "客戶投訴登記簿", "換地點"),
    "vi": ("dừngkhẩncấp1", "Sổtheodõikhiếunại", "Ngườilậpbiểu", "(Ký,ghirõhọtên)"),
}


@pytest.mark.parametrize("lang", sorted(PRINTED))
def test_the_printed_register_speaks_the_glossary(lang: str, manager, tmp_path: Path) -> None:
    """The register an inspector reads: the safety exit as emergency help, the forms'
    own wording, and none of the variants the glossary names as wrong."""
    import datetime as dt
    import re

    from models.counter import guided
    from models.register.complaints import create_complaint
    from reports.register_pdf import build_register

    from tests.factories import make_form, pdf_text

    create_complaint(manager, make_form())
    run = guided.start_run(manager, lang)
    guided.safety_exit(manager, run.id, "")
    out = tmp_path / f"register-{lang}.pdf"
    build_register(out, dt.date.today().strftime("%Y%m"), lang=lang, prepared_by=manager.name)
    text = pdf_text(out)
    flat = re.sub(r"\s+", "", text)
    assert [w for w in PRINTED[lang] if w not in flat] == []
    problems = [
        str(p) for line in text.splitlines() for p in glossary.check("PDF", lang, None, line)
    ]
    assert problems == []
