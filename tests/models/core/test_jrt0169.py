"""JR/T 0169-2018 in the bank preset, and the cause a bank's complaint needs before it
is resolved (the figures are counted by it)."""

from __future__ import annotations

import pytest

from models.core import categories
from models.core.errors import ValidationError
from models.people.branch import update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint, form_of, update_complaint
from models.storage.schema import Complaint

from tests.factories import make_form


def _to_investigating(actor, complaint_id: int) -> None:
    lifecycle.acknowledge(actor, complaint_id)
    lifecycle.start_investigation(actor, complaint_id)


def test_the_bank_preset_carries_the_standards_three_dimensions() -> None:
    tree = categories.load("bank")
    standard = tree.standard
    assert standard is not None and standard.code == "JR/T 0169-2018"
    assert "check" in standard.note and "published text" in standard.note
    dims = standard.dimensions
    assert [c.code for c in dims["business"]] == ["B01", "B02", "B03", "B04", "B05", "B06", "B99"]
    assert [c.code for c in dims["cause"]][-1] == "C99" and len(dims["cause"]) == 11
    channel = {c.code: c for c in dims["channel"]}
    # "Other" is 9 at a one-digit level and 99 at a two-digit one.
    assert channel["A19"].parent == "A1" and channel["A1399"].parent == "A13"
    assert {"A11", "A12", "A13", "A14", "A2"} <= set(channel)
    for code in standard.by_code.values():  # named in every language
        assert all(code.names.get(lang) for lang in ("en", "zh_CN", "zh_TW", "vi")), code
    for item in [*tree.by_code.values(), *tree.causes]:  # every code named exists
        assert set(item.standard.values()) <= set(standard.by_code), item.code
    for top in tree.top:
        assert top.standard.get("business"), top.code  # every category is counted somewhere
    assert all(c.standard.get("cause") for c in tree.causes)
    assert tree.cause_required and not categories.load("retail").cause_required
    assert categories.load("retail").standard is None


def test_a_complaint_gets_its_codes_from_its_category_and_cause() -> None:
    tree = categories.load("bank")
    codes = tree.standard_codes("fees.card_annual_fee", "pricing_fees")
    assert (codes.channel, codes.business, codes.cause) == ("A11", "B03", "C99")
    codes = tree.standard_codes("bank_card.atm_retained", "fund_security")
    assert (codes.channel, codes.business, codes.cause) == ("A12", "B03", "C09")
    codes = tree.standard_codes("deposit.interest", "")  # no cause yet: no C code
    assert (codes.business, codes.cause) == ("B01", "")
    assert categories.load("retail").standard_codes("pricing", "bad_attitude") is None


def test_a_bank_complaint_needs_its_cause_before_it_is_resolved(manager) -> None:
    update_branch(manager, category_preset="bank")
    c = create_complaint(manager, make_form(category="deposit.interest", cause=""))
    _to_investigating(manager, c.id)
    with pytest.raises(ValidationError) as refused:
        lifecycle.resolve(manager, c.id, outcome="upheld", remedy="Paid the difference")
    assert refused.value.field == "cause" and refused.value.params["register_no"] == c.register_no
    assert Complaint.get_by_id(c.id).status == "investigating"
    form = form_of(Complaint.get_by_id(c.id))
    form.cause = "information_disclosure"
    update_complaint(manager, c.id, form)
    resolved = lifecycle.resolve(manager, c.id, outcome="upheld", remedy="Paid the difference")
    assert resolved.status == "resolved"


def test_a_shop_resolves_without_a_cause(manager) -> None:
    c = create_complaint(manager, make_form(cause=""))
    _to_investigating(manager, c.id)
    assert (
        lifecycle.resolve(manager, c.id, outcome="upheld", remedy="Refunded").status == "resolved"
    )


def test_a_bank_outside_china_is_not_coded_by_chinas_standard(manager, tmp_path) -> None:
    """JR/T 0169 is China's regulator's classification: a Vietnamese bank's register
    prints no such codes nor their page."""
    from models.register.complaints import create_complaint
    from reports.register_pdf import build_register

    from tests.factories import make_form, pdf_text

    update_branch(manager, category_preset="bank", country="VN")
    made = create_complaint(manager, make_form(category="bank_card"))
    assert categories.for_branch("bank", "VN").standard is None
    assert categories.for_branch("bank", "CN").standard is not None
    out = tmp_path / "register.pdf"
    build_register(out, made.month, lang="vi", invariant=True)
    assert "JR/T" not in pdf_text(out)
    update_branch(manager, country="CN")
    build_register(out, made.month, lang="zh_CN", invariant=True)
    assert "JR/T" in pdf_text(out)
