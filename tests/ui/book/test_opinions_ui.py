"""The opinion book screens as a clerk and a branch head use them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt

from models.book import opinions
from models.storage.schema import BoxOpening, Complaint, OpinionEntry

from ui.shell import labels
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import branch_manager, new_staff
from tests.ops import settle

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, qapp, store, home: Path) -> MainWindow:
    win = MainWindow(configure(qapp, home, "en"), actor=branch_manager())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("opinions")
    return win


def _type_entry(qtbot, form, kind_steps: int, text: str) -> None:
    form.kind.setFocus()
    for _ in range(kind_steps):
        qtbot.keyClick(form.kind, Qt.Key.Key_Down)
    qtbot.keyClicks(form.text, text)
    qtbot.keyClick(form.text, Qt.Key.Key_S, CTRL)
    settle(qtbot)


def test_batch_transcription_keeps_the_source_and_never_the_date(qtbot, window: MainWindow) -> None:
    """The page number moves on; the date starts at today again for every entry (a date
    carried over from the previous slip went unnoticed)."""
    form = window.opinions.entries.form
    written = QDate.currentDate().addDays(-3)
    form.written_on.setDate(written)
    form.page_ref.setText("41")
    _type_entry(qtbot, form, 1, "Thanks to the lady at counter 2")
    assert form.page_ref.text() == "42" and form.written_on.date() == QDate.currentDate()
    assert form.kind.hasFocus() and form.text.toPlainText() == ""
    _type_entry(qtbot, form, 4, "ATM out of order all weekend")
    _type_entry(qtbot, form, 3, "Do you open on Sundays")
    entries = list(OpinionEntry.select().order_by(OpinionEntry.id))
    assert [(e.page_ref, e.kind) for e in entries] == [
        ("41", "praise"),
        ("42", "complaint"),
        ("43", "question"),
    ]
    assert [e.written_on for e in entries] == [written.toPython()] + [dt.date.today()] * 2
    assert window.opinions.entries.table.rowCount() == 3
    # A missing kind is refused with the field marked; nothing is saved.
    qtbot.keyClicks(form.text, "no kind chosen")
    qtbot.keyClick(form.text, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert form.error.isVisible() and OpinionEntry.select().count() == 3


def test_box_opening_counts_disagree_then_reconcile(qtbot, window: MainWindow, manager) -> None:
    new_staff("Witness Wu", "clerk")
    window.signed_in(manager)
    window.show_page("opinions")
    opinions_view = window.opinions
    opinions_view.tabs.setCurrentWidget(opinions_view.box)
    box = opinions_view.box
    box.witness.setCurrentText("Witness Wu")
    box.slips.setValue(2)
    box.open_button.click()
    settle(qtbot)
    opening = BoxOpening.get()
    # Recording the opening takes the clerk straight to its slips.
    assert opinions_view.tabs.currentWidget() is opinions_view.entries
    form = opinions_view.entries.form
    assert (
        form.opening.currentData() == opening.id and form.source.currentData() == "suggestion_box"
    )
    _type_entry(qtbot, form, 2, "More chairs please")
    opinions_view.tabs.setCurrentWidget(box)
    box.openings.setCurrentRow(0)
    assert "2 slips were counted but 1 are entered" in box.count_label.text()
    box.close_button.click()
    settle(qtbot)
    assert "explain the difference" in box.message.text()
    assert BoxOpening.get().closed_at is None
    box.difference.setText("Second slip was an empty sweet wrapper")
    box.close_button.click()
    settle(qtbot)
    assert BoxOpening.get().closed_at is not None


def test_promote_to_complaint_links_both_ways(qtbot, window: MainWindow, clerk) -> None:
    entry = opinions.add_entry(
        clerk,
        opinions.EntryForm(
            kind="complaint",
            text="Charged twice for one coffee",
            name="Ann Lee",
            source="suggestion_box",
            page_ref="12",
        ),
    )
    tab = window.opinions.entries
    tab.reload()
    tab.table.selectRow(0)
    assert tab.promote_button.isEnabled()
    tab.promote_button.click()
    settle(qtbot)
    assert window.stack.currentWidget() is window.intake
    form = window.intake
    assert form.customer_name.text() == "Ann Lee"
    form.category_top.setCurrentIndex(form.category_top.findData("pricing"))
    form.desired_outcome.setText("Refund the second charge")
    form.save()
    settle(qtbot)
    complaint = Complaint.get()
    assert OpinionEntry.get_by_id(entry.id).complaint_id == complaint.id
    assert "Copied from the suggestion box" in window.detail.fields_view.toPlainText()
    timeline = window.detail.timeline.toPlainText()
    assert "Suggestion box 12" in timeline and "suggestion_box" not in timeline
    window.show_page("opinions")
    tab.table.selectRow(0)
    assert not tab.promote_button.isEnabled() and tab.complaint_button.isEnabled()
    tab.complaint_button.click()
    settle(qtbot)
    assert window.detail.title.text() == complaint.register_no


def test_daily_sign_off_and_home_flags(qtbot, window: MainWindow, clerk, manager) -> None:
    old = opinions.add_entry(
        clerk, opinions.EntryForm(kind="complaint", text="Nobody answered the phone")
    )
    OpinionEntry.update(created_at=dt.datetime.now() - dt.timedelta(days=4)).where(
        OpinionEntry.id == old.id
    ).execute()
    window.show_page("home")
    flags = [window.home.book_flags.item(i).text() for i in range(window.home.book_flags.count())]
    assert any("not signed" in f for f in flags)
    assert any("within 3 days" in f for f in flags)
    # A clerk cannot sign; the branch head can.
    window.signed_in(clerk)
    window.show_page("opinions")
    window.opinions.tabs.setCurrentWidget(window.opinions.reading)
    window.opinions.reading.today_button.click()
    settle(qtbot)
    assert "manager" in window.opinions.reading.message.text()
    window.signed_in(manager)
    window.opinions.reading.today_button.click()
    settle(qtbot)
    assert dt.date.today() not in opinions.unsigned_days()
    window.show_page("home")
    flags = [window.home.book_flags.item(i).text() for i in range(window.home.book_flags.count())]
    assert not any("not signed" in f for f in flags)


def test_a_day_signed_late_is_listed_as_late(qtbot, window: MainWindow, manager) -> None:
    """The branch head forgot a day and signs it a fortnight later: the list of sign-offs
    says it was signed late, and the month's figures do not count it as read."""
    window.signed_in(manager)
    window.show_page("opinions")
    reading = window.opinions.reading
    window.opinions.tabs.setCurrentWidget(reading)
    qtbot.mouseClick(reading.today_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    forgotten = dt.date.today() - dt.timedelta(days=13)
    row = next(
        i
        for i in range(reading.days.count())
        if reading.days.item(i).data(Qt.ItemDataRole.UserRole) == forgotten.isoformat()
    )
    rect = reading.days.visualItemRect(reading.days.item(row))
    qtbot.mouseClick(reading.days.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    qtbot.mouseClick(reading.day_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    signed = [reading.signed_list.item(i) for i in range(reading.signed_list.count())]
    assert len(signed) == 2
    today_line, late_line = signed  # newest day first
    assert "LATE" not in today_line.text()
    assert "LATE: 13 days after the day read" in late_line.text()
    assert late_line.data(Qt.ItemDataRole.UserRole) == "late"
    window.opinions.tabs.setCurrentWidget(window.opinions.numbers)
    numbers = window.opinions.numbers
    numbers.month.setCurrentIndex(numbers.month.findData(forgotten.strftime("%Y%m")))
    assert "Days signed late (not counted as read): 1" in numbers.figures.text()


def test_day_one_is_quiet(qtbot, qapp, store, home: Path, manager) -> None:
    """A branch set up today has missed no box opening and left no reading unsigned
    before it existed; the reminders count from its first day."""
    from models.people.branch import get_branch, update_branch

    update_branch(manager, name="New branch")
    assert get_branch().set_up_on == dt.date.today()
    win = MainWindow(configure(qapp, home, "en"), actor=manager)
    qtbot.addWidget(win)
    win.show()
    flags = [win.home.book_flags.item(i).text() for i in range(win.home.book_flags.count())]
    assert not any("opening missed" in text for text in flags)
    win.show_page("opinions")
    view = win.opinions
    assert view.box.missed.text() == ""
    view.reading.refresh()
    assert [view.reading.days.item(i).text() for i in range(view.reading.days.count())] == [
        labels.date(dt.date.today())
    ]
    # A week later the days since set-up count, and only those.
    later = dt.date.today() + dt.timedelta(days=7)
    assert len(opinions.unsigned_days(later)) == 8
    assert all(
        day > dt.date.today() - dt.timedelta(days=1) for day in opinions.missed_openings(later)
    )
