"""A clerk is not offered what only a manager may do (the domain refuses it anyway),
and a changed idle time applies at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from models.book import opinions
from models.core.errors import PermissionDenied
from models.register.complaints import create_complaint

from ui.common.widgets import set_combo_data
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import branch_manager, make_form, new_staff
from tests.ops import settle


def _window(qtbot, qapp, home: Path, actor) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, "en"), actor=actor)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_clerk_is_not_offered_the_book_and_box_a_manager_keeps(
    qtbot, qapp, store, home: Path, clerk
) -> None:
    win = _window(qtbot, qapp, home, clerk)
    win.show_page("opinions")
    view = win.opinions
    view.reading.refresh()
    view.box.refresh()
    assert not view.reading.today_button.isVisibleTo(view.reading)
    assert not view.reading.day_button.isVisibleTo(view.reading)
    assert not view.box.schedule_button.isVisibleTo(view.box)
    assert not any(day.isEnabled() for day in view.box.days)
    assert not view.entries.history_button.isVisibleTo(view.entries)
    with pytest.raises(PermissionDenied):  # the domain still refuses
        opinions.sign_read(clerk)
    with pytest.raises(PermissionDenied):
        opinions.set_box_schedule(clerk, [1])


def test_a_manager_is_offered_them(qtbot, qapp, store, home: Path) -> None:
    win = _window(qtbot, qapp, home, branch_manager())
    win.show_page("opinions")
    view = win.opinions
    view.reading.refresh()
    view.box.refresh()
    assert view.reading.today_button.isVisibleTo(view.reading)
    assert view.box.schedule_button.isVisibleTo(view.box)


def test_a_new_idle_time_applies_at_once(qtbot, qapp, store, home: Path) -> None:
    win = _window(qtbot, qapp, home, branch_manager())
    assert win._idle.isActive() and win._idle.interval() == 5 * 60_000
    win.show_page("settings")
    view = win.settings_view
    spin: QSpinBox = view.idle_minutes
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "Settings saved" in view.message.text()
    assert win._idle.isActive() and win._idle.interval() == 2 * 60_000


def test_a_clerks_new_complaint_is_theirs_and_not_handed_on(
    qtbot, qapp, store, home: Path, clerk
) -> None:
    colleague = new_staff("Trần Thị Bình", "clerk")
    win = _window(qtbot, qapp, home, clerk)
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = win.intake
    assert form.handler.currentData() == clerk.staff_id
    assert not form.handler.isEnabled()  # only a manager assigns
    # Naming themselves as the staff complained about leaves it for a manager.
    set_combo_data(form.subject_staff, clerk.staff_id)
    assert form.handler.currentData() is None
    set_combo_data(form.subject_staff, None)
    assert form.handler.currentData() == clerk.staff_id
    with pytest.raises(PermissionDenied):  # the domain still refuses, on every entry point
        create_complaint(clerk, make_form(handler_id=colleague.id))


def test_a_manager_assigns_at_intake(qtbot, qapp, store, home: Path) -> None:
    win = _window(qtbot, qapp, home, branch_manager())
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert win.intake.handler.isEnabled()
