"""The shipped data: category presets, names of codes, demo corpus."""

from __future__ import annotations

import pytest

from models.core import categories, vocab
from models.core.actors import CLI_ACTOR
from models.core.resources import LANGUAGES, load_json
from models.demo import demo
from models.people.branch import update_branch
from models.storage.schema import Complaint

RETAIL_TOP = [
    "product_quality",
    "service_attitude",
    "waiting_time",
    "pricing",
    "delivery",
    "information",
    "after_sales",
    "facilities",
    "other",
]


@pytest.mark.parametrize("preset", categories.PRESETS)
def test_every_category_and_cause_is_named_in_every_language(preset: str) -> None:
    tree = categories.load(preset)
    missing = [
        f"{item.code}:{lang}"
        for item in [*tree.by_code.values(), *tree.causes]
        for lang in LANGUAGES
        if not item.names.get(lang, "").strip()
    ]
    assert missing == []
    for top in tree.top:
        assert tree.children[top.code], f"{top.code} has no subcategories"
        assert all(kid.code.startswith(top.code + ".") for kid in tree.children[top.code])


def test_retail_preset_has_the_documented_top_level_codes() -> None:
    assert [c.code for c in categories.load("retail").top] == RETAIL_TOP


def test_every_code_is_named_in_every_language() -> None:
    for group in vocab.NAMES:
        for code in vocab.codes(group):
            english = vocab.name(group, code, "en")
            assert english != code, f"{group}.{code} has no name"
            for lang in LANGUAGES[1:]:  # translated, not the English read back
                assert vocab.name(group, code, lang) != english, f"{group}.{code} in {lang}"


def test_names_in_any_language_resolve_to_codes() -> None:
    assert vocab.resolve("channel", "电话") == "phone"
    assert vocab.resolve("channel", "  PHONE ") == "phone"
    assert vocab.resolve("scope", "点") == "point"
    assert vocab.resolve("severity", "nonsense") is None
    retail = categories.load("retail")
    assert retail.resolve("商品质量") == "product_quality"
    assert (
        retail.resolve(retail.label("product_quality.expired", "vi")) == "product_quality.expired"
    )


def test_demo_corpus_categories_exist_in_their_presets() -> None:
    corpus = load_json("demo/corpus.json")
    for lang in LANGUAGES:
        for preset in categories.PRESETS:
            tree = categories.load(preset)
            unknown = [
                e["category"] for e in corpus[lang][preset] if tree.get(e["category"]) is None
            ]
            assert unknown == [], f"{lang}/{preset}"


def test_demo_fills_a_bank_branch_with_bank_categories(manager) -> None:
    update_branch(manager, category_preset="bank")
    demo.fill(CLI_ACTOR, months=2, per_month=10, seed=5)
    tree = categories.load("bank")
    assert Complaint.select().count() == 20
    assert all(tree.get(c.category) is not None for c in Complaint.select())


def test_a_complaint_from_the_branchs_earlier_preset_keeps_its_names() -> None:
    """A shop that becomes a bank branch (or the other way) keeps complaints recorded
    under the old categories: they are shown by name, not by code."""
    from models.core import categories

    bank, retail = categories.load("bank"), categories.load("retail")
    code = next(c.code for c in retail.top if bank.get(c.code) is None)
    assert bank.label(code, "vi") == retail.label(code, "vi") != code
    cause = next(c.code for c in retail.causes if c.code not in bank.causes_by_code)
    assert bank.cause_name(cause, "zh_CN") == retail.cause_name(cause, "zh_CN") != cause
    assert bank.label("no.such.code") == "no.such.code"
