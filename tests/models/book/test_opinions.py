"""Opinion book, suggestion box and daily reading in the domain."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from models.book import opinions
from models.core import attachments
from models.core.errors import (
    InvalidTransition,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from models.register.timeline import events_of
from models.storage.schema import Complaint, OpinionEntry

TODAY = dt.date.today()


def _entry(actor, **overrides) -> OpinionEntry:
    values = {
        "source": "opinion_book",
        "page_ref": "12",
        "written_on": TODAY,
        "kind": "complaint",
        "text": "排队四十分钟只开了一个窗口",
    }
    values.update(overrides)
    return opinions.add_entry(actor, opinions.EntryForm(**values))


def test_entry_needs_kind_and_text_and_no_future_date(clerk) -> None:
    with pytest.raises(ValidationError) as info:
        _entry(clerk, kind="")
    assert info.value.field == "kind"
    with pytest.raises(ValidationError):
        _entry(clerk, text="  ")
    with pytest.raises(ValidationError):
        _entry(clerk, written_on=TODAY + dt.timedelta(days=1))
    entry = _entry(clerk, written_on=TODAY - dt.timedelta(days=9), name="", contact="")
    assert (
        entry.written_on == TODAY - dt.timedelta(days=9) and entry.name == ""
    )  # anonymous allowed


def test_promote_links_both_ways_and_only_once(clerk) -> None:
    entry = _entry(clerk, source="suggestion_box", name="刘女士", contact="13900001111")
    form = opinions.promotion_form(entry)
    assert form.channel == "suggestion_box" and form.customer_phone == "13900001111"
    assert form.description == entry.text
    form.category, form.desired_outcome = "waiting_time", "多开窗口"
    complaint = opinions.promote(clerk, entry.id, form)
    assert OpinionEntry.get_by_id(entry.id).complaint_id == complaint.id
    assert opinions.entries_of(complaint.id)[0].id == entry.id
    assert any(e.kind == "promoted" for e in events_of(complaint.id))
    with pytest.raises(InvalidTransition):
        opinions.promote(clerk, entry.id, form)
    assert Complaint.select().count() == 1


def test_failed_promotion_leaves_no_complaint_and_no_link(clerk) -> None:
    entry = _entry(clerk)
    form = opinions.promotion_form(entry)  # no category, no desired outcome yet
    with pytest.raises(ValidationErrors):
        opinions.promote(clerk, entry.id, form)
    assert Complaint.select().count() == 0 and OpinionEntry.get_by_id(entry.id).complaint_id is None


def test_reply_is_recorded(clerk) -> None:
    entry = _entry(clerk, kind="question")
    with pytest.raises(ValidationError):
        opinions.reply(clerk, entry.id, "", "phone")
    opinions.reply(clerk, entry.id, "Called back, explained the fee", "phone")
    assert OpinionEntry.get_by_id(entry.id).reply_date == TODAY


def test_box_opening_must_reconcile_before_closing(manager, clerk) -> None:
    with pytest.raises(ValidationError):
        opinions.open_box(manager, witness=manager.name, slips_found=3)  # not your own witness
    opening = opinions.open_box(manager, witness=clerk.name, slips_found=3)
    _entry(
        clerk,
        source="suggestion_box",
        opening_id=opening.id,
        kind="suggestion",
        text="Add more chairs",
    )
    with pytest.raises(ValidationError) as info:
        opinions.close_opening(manager, opening.id)
    assert info.value.params == {"found": 3, "entered": 1}
    _entry(clerk, source="suggestion_box", opening_id=opening.id, kind="praise", text="Great staff")
    closed = opinions.close_opening(manager, opening.id, "Third slip was blank")
    assert closed.closed_at is not None and closed.difference_note == "Third slip was blank"
    with pytest.raises(InvalidTransition):
        _entry(clerk, source="suggestion_box", opening_id=opening.id)


def test_box_opening_that_matches_closes_without_a_note(manager, clerk) -> None:
    opening = opinions.open_box(manager, witness=clerk.name, slips_found=1)
    _entry(clerk, source="suggestion_box", opening_id=opening.id)
    assert opinions.close_opening(manager, opening.id).closed_at is not None


def test_missed_openings_follow_the_schedule(manager, clerk) -> None:
    opinions.set_box_schedule(manager, [0])  # Mondays
    monday = TODAY - dt.timedelta(days=TODAY.weekday() or 7)  # the last Monday before today
    missed = opinions.missed_openings(TODAY, lookback=8)
    assert monday in missed
    opinions.open_box(
        manager,
        witness=clerk.name,
        slips_found=0,
        opened_at=dt.datetime.combine(monday, dt.time(9)),
    )
    assert monday not in opinions.missed_openings(TODAY, lookback=8)
    with pytest.raises(PermissionDenied):
        opinions.set_box_schedule(clerk, [1])


def test_daily_reading_is_signed_by_a_manager(manager, clerk) -> None:
    assert TODAY in opinions.unsigned_days()
    with pytest.raises(PermissionDenied):
        opinions.sign_read(clerk)
    opinions.sign_read(manager)
    assert TODAY not in opinions.unsigned_days()
    assert opinions.sign_read(manager).signed_by == manager.name  # signing twice keeps the first


def test_a_day_signed_a_fortnight_late_is_not_read_on_time(manager) -> None:
    """Signing a forgotten day later closes the gap in the list, but the figures and the
    sign-off list say the book was not read that day."""
    late_day = TODAY - dt.timedelta(days=14)
    yesterday = TODAY - dt.timedelta(days=1)
    opinions.sign_read(manager, yesterday)  # signed the next morning: on time
    opinions.sign_read(manager, late_day)  # signed today, a fortnight after
    listed = {s.day: opinions.signed_late(s) for s in opinions.signoffs(lookback=15)}
    assert listed == {yesterday: False, late_day: True}
    assert late_day not in opinions.unsigned_days(lookback=15)
    figures = opinions.month_figures(late_day.strftime("%Y%m"))
    assert figures.days_signed_late == 1
    on_time = 1 if yesterday.month == late_day.month else 0
    assert figures.days_read == on_time


def test_unanswered_complaint_entries_are_flagged_after_three_days(clerk) -> None:
    old = _entry(clerk)
    OpinionEntry.update(created_at=dt.datetime.now() - dt.timedelta(days=4)).where(
        OpinionEntry.id == old.id
    ).execute()
    _entry(clerk)  # fresh: not yet flagged
    answered = _entry(clerk)
    OpinionEntry.update(created_at=dt.datetime.now() - dt.timedelta(days=5)).where(
        OpinionEntry.id == answered.id
    ).execute()
    opinions.reply(clerk, answered.id, "Apologised by phone", "phone")
    assert [e.id for e in opinions.flagged_complaints()] == [old.id]


def test_month_figures_and_praise_per_staff(manager, clerk) -> None:
    month = TODAY.strftime("%Y%m")
    for _ in range(2):
        _entry(clerk, kind="praise", text="Very patient", about_staff_id=clerk.staff_id)
    q = _entry(clerk, kind="question", text="Opening hours on holidays?")
    opinions.reply(clerk, q.id, "9 to 12", "in_book")
    c = _entry(clerk)
    form = opinions.promotion_form(c)
    form.category, form.desired_outcome = "waiting_time", "Faster service"
    opinions.promote(clerk, c.id, form)
    opinions.sign_read(manager)
    f = opinions.month_figures(month)
    assert f.by_kind == {"praise": 2, "suggestion": 0, "question": 1, "complaint": 1}
    assert (f.promoted, f.replied, f.days_read) == (1, 1, 1)
    assert f.reply_rate == 0.5
    assert opinions.praise_by_staff(month) == [(clerk.name, 2)]


def test_scan_is_stored_once_under_its_hash(store, tmp_path: Path) -> None:
    page = tmp_path / "page 12.PNG"
    page.write_bytes(b"\x89PNG fake picture bytes")
    name = attachments.store(store.data_dir, page)
    again = attachments.store(store.data_dir, page)
    assert name == again and name.endswith(".png") and len(name) == 64 + 4
    assert attachments.path_of(store.data_dir, name).read_bytes() == page.read_bytes()
    with pytest.raises(ValidationError):
        attachments.store(store.data_dir, tmp_path / "notes.exe")


def test_export_opinions_cli(tmp_path: Path) -> None:
    from tests.cli.test_cli import as_manager, run

    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "3").returncode == 0
    out = tmp_path / "opinions.json"
    month = TODAY.strftime("%Y-%m")
    result = as_manager(
        home, "export-opinions", "--month", month, "--format", "json", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data and {d["kind"] for d in data} <= set(opinions.KINDS)
    csv_out = as_manager(home, "export-opinions", "--month", month, "--format", "csv")
    assert csv_out.stdout.splitlines()[0].startswith("id,source,page_ref,written_on,kind")
