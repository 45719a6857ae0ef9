"""Date fields under a hurried keyboard: the whole date typed at once, Tab leaves the
field, a space opens nothing, nothing typed is lost, and every field starts at today."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from models.book.opinions import EntryForm
from models.storage.schema import Complaint, OpinionEntry

from ui.common.date_field import parse_date
from ui.shell import labels
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import branch_manager
from tests.ops import settle

TAB = Qt.Key.Key_Tab
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, qapp, store, home: Path) -> MainWindow:
    win = MainWindow(configure(qapp, home, "en"), actor=branch_manager())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _retype(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def test_tab_leaves_the_date_whole_and_a_space_opens_nothing(qtbot, window: MainWindow) -> None:
    window.show_page("opinions")
    form = window.opinions.entries.form
    field = form.written_on
    assert field.date().toPython() == dt.date.today()  # starts at today
    _retype(qtbot, field, "07/12/2026")
    qtbot.keyClick(field, TAB)
    assert not field.hasFocus()  # one Tab: out of the field, not into its month
    assert field.text() == "07/12/2026" and field.date().toPython() == dt.date(2026, 12, 7)
    _retype(qtbot, field, "4 12")  # a space is typing, not a drop-down
    assert QApplication.activePopupWidget() is None
    qtbot.keyClick(field, TAB)
    assert field.date().toPython() == dt.date(dt.date.today().year, 12, 4)
    assert field.text() == f"04/12/{dt.date.today().year}"  # shown as understood


def test_an_unreadable_date_is_kept_as_typed_and_refused(qtbot, window: MainWindow) -> None:
    window.show_page("opinions")
    form = window.opinions.entries.form
    _retype(qtbot, form.written_on, "31/02/2026")
    qtbot.keyClick(form.written_on, TAB)
    assert form.written_on.text() == "31/02/2026"  # nothing typed is lost
    assert form.written_on.property("invalid") is True
    form.kind.setCurrentIndex(1)
    qtbot.keyClicks(form.text, "Queue too long")
    qtbot.keyClick(form.text, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert form.error.isVisible() and "dd/mm/yyyy" in form.error.text()
    assert OpinionEntry.select().count() == 0
    _retype(qtbot, form.written_on, "28/02/2026")
    qtbot.keyClick(form.text, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert OpinionEntry.get().written_on == dt.date(2026, 2, 28)
    assert form.written_on.date().toPython() == dt.date.today()  # not carried over


def test_the_intake_date_is_typed_with_its_time_and_tab_moves_on(qtbot, window: MainWindow) -> None:
    window.show_page("intake")
    intake = window.intake
    _retype(qtbot, intake.received_at, "05/12/2026 14:30")
    qtbot.keyClick(intake.received_at, TAB)
    assert not intake.received_at.hasFocus()
    intake.channel.setCurrentIndex(1)
    intake.category_top.setCurrentIndex(1)
    intake.summary.setText("Milk past its date")
    intake.desired_outcome.edit.setPlainText("Refund")
    intake.save()
    settle(qtbot)
    assert Complaint.get().received_at == dt.datetime(2026, 12, 5, 14, 30)


def test_a_reply_date_starts_at_today_not_2000(qtbot, window: MainWindow, manager) -> None:
    from models.book import opinions

    opinions.add_entry(
        manager,
        EntryForm(
            source="opinion_book",
            page_ref="1",
            written_on=dt.date.today(),
            kind="question",
            text="Open on Sunday?",
        ),
    )
    window.show_page("opinions")
    assert window.opinions.entries.reply_date.date().toPython() == dt.date.today()


@pytest.mark.parametrize(
    ("lang", "typed", "shown"),
    [
        ("en", "7/12/2026", "07/12/2026"),
        ("vi", "7.12.2026", "07/12/2026"),
        ("zh_CN", "2026-12-7", "2026-12-07"),
        ("zh_TW", "2026/12/07", "2026/12/07"),
    ],
)
def test_one_date_format_per_language_in_fields_and_lists(
    lang: str, typed: str, shown: str
) -> None:
    labels.set_language(lang)
    try:
        day = parse_date(typed)
        assert day == dt.date(2026, 12, 7)
        assert labels.date(day) == shown  # the lists' format is the fields' format
    finally:
        labels.set_language("en")
