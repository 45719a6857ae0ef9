from __future__ import annotations

import peewee
import pytest

from models.core.errors import ValidationErrors
from models.core.text import clean, clean_line
from models.register.complaints import create_complaint
from models.storage.schema import Complaint

from tests.factories import make_form


def test_controls_and_bidi_overrides_are_removed_but_text_is_kept() -> None:
    raw = "退款\u202e申请\x07\x00 ok\u2066x\u2069\tend"
    assert clean(raw) == "退款申请 okx\tend"


def test_half_a_utf16_pair_is_dropped_and_the_complaint_saved(manager) -> None:
    """A lone surrogate is no character; sqlite3 cannot even encode it (it was a
    traceback). Found by the property test of the register PDF."""
    complaint = create_complaint(manager, make_form(summary="退款\ud800申请", description="\udfff"))
    saved = Complaint.get_by_id(complaint.id)
    assert (saved.summary, saved.description) == ("退款申请", "")


def test_emoji_and_astral_cjk_are_stored_exactly(manager) -> None:
    summary = "顾客很生气 😡 店名𠀋记"
    complaint = create_complaint(manager, make_form(summary=summary))
    assert Complaint.get_by_id(complaint.id).summary == summary


def test_text_is_nfc_normalised() -> None:
    decomposed = "Nguye\u0302\u0303n"  # e + combining circumflex + combining tilde
    assert clean(decomposed) == "Nguyễn"


def test_crlf_becomes_lf_and_single_line_fields_fold_breaks() -> None:
    assert clean("a\r\nb\rc") == "a\nb\nc"
    assert clean_line("  a\n b\t c ") == "a b c"


def test_over_long_summary_is_refused_not_cut(manager) -> None:
    with pytest.raises(ValidationErrors) as info:
        create_complaint(manager, make_form(summary="长" * 121, desired_outcome=""))
    fields = {e.field: e for e in info.value.errors}
    assert fields["summary"].params == {"length": 121, "limit": 120}
    assert Complaint.select().count() == 0


def test_one_megabyte_description_is_refused(manager) -> None:
    from models.core.errors import ValidationError

    with pytest.raises(ValidationError) as info:
        create_complaint(manager, make_form(description="x" * 1_000_000))
    assert info.value.field == "description"
    assert Complaint.select().count() == 0


def test_description_of_ten_thousand_characters_is_accepted(manager) -> None:
    complaint = create_complaint(manager, make_form(description="字" * 10_000))
    assert len(Complaint.get_by_id(complaint.id).description) == 10_000


def test_database_itself_refuses_over_long_summary(manager) -> None:
    """A write that bypasses the domain still cannot store an over-long summary."""
    complaint = create_complaint(manager, make_form())
    with pytest.raises(peewee.IntegrityError):
        Complaint.update(summary="x" * 121).where(Complaint.id == complaint.id).execute()
    assert Complaint.get_by_id(complaint.id).summary == "买到的牛奶已过期"
