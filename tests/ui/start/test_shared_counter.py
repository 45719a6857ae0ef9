"""The shared counter PC: a locked screen shows nothing of anyone, the next person starts
fresh, and what reaches a person is said in their language. Everyone signs in by typing,
as at the counter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from models.core.errors import PermissionDenied
from models.maintenance.store import open_store
from models.register.complaints import create_complaint
from models.trust import auth

from ui.shell import i18n
from ui.shell.messages import describe
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form
from tests.ops import settle

CTRL = Qt.KeyboardModifier.ControlModifier
MANAGER = ("chen", "Correct-Horse-2026")
CLERK = ("an", "clerk-password-1")
MONTH = "202610"


@pytest.fixture
def accounts(manager, clerk):
    auth.set_credentials(manager, manager.staff_id, username=MANAGER[0], password=MANAGER[1])
    manager = auth.sign_in(*MANAGER)  # signed in, as the app does it: the key that signs
    auth.set_credentials(manager, clerk.staff_id, username=CLERK[0], password=CLERK[1])
    for i in range(3):  # overdue, so Home lists them: the figures a locked screen must hide
        create_complaint(
            manager,
            make_form(
                summary=f"Milk past its date {i}",
                received_at=dt.datetime(2026, 10, 3, 9) + dt.timedelta(hours=i),
            ),
        )
    return manager, clerk


def _open_window(qtbot, qapp, home: Path, store, lang: str = "en") -> MainWindow:
    win = MainWindow(configure(qapp, home, lang), store=store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is win.windowHandle())
    return win


@pytest.fixture
def window(qtbot, qapp, store, home: Path, accounts) -> MainWindow:
    return _open_window(qtbot, qapp, home, store)


def sign_in(qtbot, win: MainWindow, who: tuple[str, str]) -> None:
    """Type the user name and the password on the sign-in screen and press Enter."""
    view = win.sign_in_view
    assert win.stack.currentWidget() is view
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is win.windowHandle())
    assert view.username.hasFocus()  # the keys go straight to the user name
    qtbot.keyClicks(view.username.lineEdit(), who[0])
    qtbot.keyClick(view.username.lineEdit(), Qt.Key.Key_Tab)
    assert view.secret.hasFocus()
    qtbot.keyClicks(view.secret, who[1])
    qtbot.keyClick(view.secret, Qt.Key.Key_Return)
    settle(qtbot)
    assert win._actor is not None, view.error.text()


def press(qtbot, win: MainWindow, key: Qt.Key, modifier=CTRL) -> None:
    """A key pressed wherever the keyboard focus is, as a clerk presses it."""
    target = QGuiApplication.focusObject()
    qtbot.keyClick(target if isinstance(target, QWidget) else win, key, modifier)


def lock(qtbot, win: MainWindow) -> None:
    press(qtbot, win, Qt.Key.Key_L)
    assert win.stack.currentWidget() is win.sign_in_view


def visible_pages(win: MainWindow) -> list[str]:
    return [name for name, page in win.pages.items() if page.isVisible()]


def go(qtbot, win: MainWindow, key: Qt.Key, name: str) -> None:
    """Ctrl+1..7 to a page; it is the one page drawn, whatever was shown before."""
    press(qtbot, win, key)
    assert win.stack.currentWidget() is win.pages[name]
    assert visible_pages(win) == [name]


def shown_besides_sign_in(win: MainWindow) -> list[str]:
    """Every visible widget that is neither the sign-in screen (or its content) nor the
    bare frame of the window that holds it."""
    view = win.sign_in_view
    frame = {win.centralWidget(), win.stack.parentWidget(), win.stack}
    found = []
    for widget in win.findChildren(QWidget):
        if not widget.isVisible() or widget is view or view.isAncestorOf(widget):
            continue
        if widget in frame:
            continue
        text = widget.text() if isinstance(widget, QLabel) else ""
        found.append(f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}")
    return found


def assert_nothing_but_the_lock(win: MainWindow) -> None:
    assert visible_pages(win) == ["sign_in"]
    assert shown_besides_sign_in(win) == []
    assert win.statusBar().currentMessage() == "" or not win.statusBar().isVisible()
    assert win.menuWidget() is None or not win.menuWidget().isVisible()


def _type_new_complaint(qtbot, win: MainWindow, summary: str) -> None:
    form = win.intake
    form.channel.setFocus()
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)
    form.category_top.setFocus()
    qtbot.keyClick(form.category_top, Qt.Key.Key_Down)
    qtbot.keyClicks(form.summary.edit, summary)
    qtbot.keyClicks(form.desired_outcome.edit, "Money back")


def _make_register(qtbot, win: MainWindow) -> None:
    view = win.reports
    view.month.setCurrentIndex(view.month.findData(MONTH))
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: view.making is None, timeout=60_000)


def test_one_page_at_a_time_after_a_complaints_page(qtbot, window: MainWindow) -> None:
    """Leaving a complaint's page (which marks no page in the navigation) once left Home
    drawn under every later page."""
    win = window
    sign_in(qtbot, win, MANAGER)
    assert visible_pages(win) == ["home"]
    overdue = win.home.lists["overdue"]
    overdue.setCurrentRow(0)
    overdue.setFocus()
    qtbot.keyClick(overdue, Qt.Key.Key_Return)
    settle(qtbot)
    assert visible_pages(win) == ["detail"]
    for key, name in (
        (Qt.Key.Key_2, "register"),
        (Qt.Key.Key_4, "opinions"),
        (Qt.Key.Key_5, "reports"),
        (Qt.Key.Key_6, "replies"),
        (Qt.Key.Key_7, "settings"),
        (Qt.Key.Key_3, "intake"),
    ):
        go(qtbot, win, key, name)
    # From the register's list to the complaint, on to editing it and back.
    go(qtbot, win, Qt.Key.Key_2, "register")
    win.register.table.setFocus()
    qtbot.keyClick(win.register.table, Qt.Key.Key_Down)
    qtbot.keyClick(win.register.table, Qt.Key.Key_Return)
    settle(qtbot)
    assert visible_pages(win) == ["detail"]
    qtbot.mouseClick(win.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert visible_pages(win) == ["intake"]
    qtbot.mouseClick(win.intake.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert visible_pages(win) == ["detail"]
    qtbot.mouseClick(win.detail.back_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert visible_pages(win) == ["register"]


def test_the_lock_screen_is_all_there_is_after_every_page(qtbot, window: MainWindow) -> None:
    win = window
    assert_nothing_but_the_lock(win)  # at start, before anyone signs in
    sign_in(qtbot, win, MANAGER)
    assert win.home.lists["overdue"].count() == 3  # what a locked screen must not show
    # A new complaint, saved: its page, and "Saved as BR01-..." in the status bar.
    go(qtbot, win, Qt.Key.Key_3, "intake")
    _type_new_complaint(qtbot, win, "Card kept by the ATM")
    qtbot.keyClick(win.intake.summary.edit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert visible_pages(win) == ["detail"]
    assert win.detail.title.text() in win.statusBar().currentMessage()
    go(qtbot, win, Qt.Key.Key_2, "register")
    qtbot.keyClicks(win.register.search, "Milk")
    go(qtbot, win, Qt.Key.Key_4, "opinions")
    go(qtbot, win, Qt.Key.Key_5, "reports")
    _make_register(qtbot, win)
    assert win.reports.pdf is not None and not win.reports.preview.pixmap().isNull()
    go(qtbot, win, Qt.Key.Key_6, "replies")
    go(qtbot, win, Qt.Key.Key_7, "settings")
    go(qtbot, win, Qt.Key.Key_1, "home")
    overdue = win.home.lists["overdue"]
    overdue.setCurrentRow(0)
    overdue.setFocus()
    qtbot.keyClick(overdue, Qt.Key.Key_Return)
    settle(qtbot)
    assert visible_pages(win) == ["detail"]
    lock(qtbot, win)
    assert_nothing_but_the_lock(win)

    # The idle lock, on a clerk's complaint page, hides as much.
    sign_in(qtbot, win, CLERK)
    overdue = win.home.lists["overdue"]
    overdue.setCurrentRow(1)
    overdue.setFocus()
    qtbot.keyClick(overdue, Qt.Key.Key_Return)
    settle(qtbot)
    assert visible_pages(win) == ["detail"]
    win._idle.setInterval(10)
    win._idle.start()
    qtbot.waitUntil(lambda: win._actor is None)
    assert_nothing_but_the_lock(win)


def test_a_read_only_register_says_so_after_sign_in_not_on_the_lock_screen(
    qtbot, qapp, store, home: Path, accounts
) -> None:
    store.close()
    win = _open_window(qtbot, qapp, home, open_store(home, read_only=True))
    assert_nothing_but_the_lock(win)
    sign_in(qtbot, win, CLERK)
    assert win.read_only_banner.isVisible() and "read-only" in win.read_only_banner.text.text()
    lock(qtbot, win)
    assert_nothing_but_the_lock(win)


def test_a_dialog_open_at_an_idle_lock_is_hidden_and_given_back_to_its_owner_only(
    qtbot, window: MainWindow
) -> None:
    win = window
    sign_in(qtbot, win, CLERK)
    win.home.lists["overdue"].setCurrentRow(0)
    win.home.lists["overdue"].setFocus()
    qtbot.keyClick(win.home.lists["overdue"], Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.mouseClick(win.detail.buttons["note"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = win.detail.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.widgets["note"], "Customer rang twice, wants a call after 5")
    win._idle.setInterval(10)
    win._idle.start()
    qtbot.waitUntil(lambda: win._actor is None)
    assert not dialog.isVisible()
    assert_nothing_but_the_lock(win)
    # The clerk comes back: the note is still there to finish.
    sign_in(qtbot, win, CLERK)
    assert dialog.isVisible()
    assert dialog.widgets["note"].toPlainText() == "Customer rang twice, wants a call after 5"
    win._idle.setInterval(10)
    win._idle.start()
    qtbot.waitUntil(lambda: win._actor is None)
    # Someone else signs in: the clerk's dialog is gone for good.
    sign_in(qtbot, win, MANAGER)
    assert not any(
        w.isVisible() and w.isWindow() for w in win.findChildren(QWidget) if w is not win
    )
    assert visible_pages(win) == ["home"]


def test_the_next_person_starts_fresh(qtbot, window: MainWindow) -> None:
    """A clerk's refusals, search, filters and half-typed complaint stay with the clerk;
    a manager's register preview stays with the manager."""
    win = window
    sign_in(qtbot, win, CLERK)
    # A refusal in Settings: clerks may not change the branch.
    go(qtbot, win, Qt.Key.Key_7, "settings")
    qtbot.mouseClick(win.settings_view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    refusal = win.settings_view.message
    assert refusal.isVisible() and refusal.objectName() == "errorBox"
    # A refusal in Reports: printing the register is a manager's task.
    go(qtbot, win, Qt.Key.Key_5, "reports")
    _make_register(qtbot, win)
    assert win.reports.message.isVisible() and "manager" in win.reports.message.text()
    # A search and a filter in the register, an open complaint, a half-typed complaint.
    go(qtbot, win, Qt.Key.Key_2, "register")
    qtbot.keyClicks(win.register.search, "Milk")
    qtbot.mouseClick(win.register.overdue, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert win.register.overdue.isChecked()
    qtbot.waitUntil(lambda: win.register.model.current_filter.search == "Milk")
    go(qtbot, win, Qt.Key.Key_3, "intake")
    qtbot.keyClicks(win.intake.summary.edit, "Half-typed by the clerk")
    lock(qtbot, win)

    sign_in(qtbot, win, MANAGER)
    assert visible_pages(win) == ["home"] and not win.banner.isVisible()  # no clerk's draft
    go(qtbot, win, Qt.Key.Key_7, "settings")
    message = win.settings_view.message
    assert message.text() == "" and message.objectName() != "errorBox"
    go(qtbot, win, Qt.Key.Key_5, "reports")
    assert not win.reports.message.isVisible()
    go(qtbot, win, Qt.Key.Key_2, "register")
    view = win.register
    assert view.search.text() == "" and not view.overdue.isChecked()
    assert [c.currentIndex() for c in (view.month, view.status, view.category, view.handler)] == [
        0,
        0,
        0,
        0,
    ]
    assert view.model.rowCount() == 3
    go(qtbot, win, Qt.Key.Key_3, "intake")
    assert win.intake.summary.text() == ""
    # The manager makes the register, searches, opens a complaint, and locks.
    go(qtbot, win, Qt.Key.Key_5, "reports")
    _make_register(qtbot, win)
    assert win.reports.pdf is not None and "Register ready" in win.reports.message.text()
    go(qtbot, win, Qt.Key.Key_2, "register")
    qtbot.keyClicks(win.register.search, "date 1")
    lock(qtbot, win)

    sign_in(qtbot, win, CLERK)
    assert visible_pages(win) == ["home"]
    assert win.banner.isVisible()  # the clerk's own draft is offered back, to the clerk
    go(qtbot, win, Qt.Key.Key_5, "reports")
    reports = win.reports
    assert reports.pdf is None and not reports.message.isVisible()
    assert reports.preview.pixmap().isNull() and not reports.print_button.isEnabled()
    go(qtbot, win, Qt.Key.Key_2, "register")
    assert win.register.search.text() == ""
    assert win.built("detail") is None  # nobody's complaint is open


def test_the_same_person_unlocking_finds_their_work_as_they_left_it(
    qtbot, window: MainWindow
) -> None:
    win = window
    sign_in(qtbot, win, MANAGER)
    go(qtbot, win, Qt.Key.Key_5, "reports")
    _make_register(qtbot, win)
    go(qtbot, win, Qt.Key.Key_2, "register")
    qtbot.keyClicks(win.register.search, "Milk")
    register, reports = win.register, win.reports
    lock(qtbot, win)
    sign_in(qtbot, win, MANAGER)
    assert visible_pages(win) == ["register"]  # back where they were
    assert win.register is register and register.search.text() == "Milk"
    assert win.reports is reports and reports.pdf is not None
    # From a complaint's page, back to that complaint.
    win.register.table.setFocus()
    qtbot.keyClick(win.register.table, Qt.Key.Key_Down)
    qtbot.keyClick(win.register.table, Qt.Key.Key_Return)
    settle(qtbot)
    assert visible_pages(win) == ["detail"]
    opened = win.detail.complaint.id
    lock(qtbot, win)
    sign_in(qtbot, win, MANAGER)
    assert visible_pages(win) == ["detail"] and win.detail.complaint.id == opened
    # Someone else starts on Home.
    lock(qtbot, win)
    sign_in(qtbot, win, CLERK)
    assert visible_pages(win) == ["home"]


def test_a_register_being_made_when_someone_else_signs_in_is_cancelled_not_shown(
    qtbot, window: MainWindow
) -> None:
    win = window
    sign_in(qtbot, win, MANAGER)
    go(qtbot, win, Qt.Key.Key_5, "reports")
    old = win.reports
    old.month.setCurrentIndex(old.month.findData(MONTH))
    qtbot.mouseClick(old.make_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert old.making is not None
    lock(qtbot, win)
    sign_in(qtbot, win, CLERK)
    qtbot.waitUntil(lambda: not isValid(old), timeout=60_000)  # once its thread has ended
    go(qtbot, win, Qt.Key.Key_5, "reports")
    assert win.reports.pdf is None and not win.reports.message.isVisible()


@pytest.fixture
def vietnamese(qapp, home: Path):
    yield
    i18n.install("en", home / "cache")


def test_a_refusal_from_the_register_worker_is_in_the_users_language(
    qtbot, qapp, store, home: Path, accounts, vietnamese
) -> None:
    win = _open_window(qtbot, qapp, home, store, "vi")
    _, clerk = accounts
    sign_in(qtbot, win, CLERK)
    go(qtbot, win, Qt.Key.Key_5, "reports")
    _make_register(qtbot, win)
    from reports.register_pdf import build_register

    with pytest.raises(PermissionDenied) as refused:
        build_register(home / "r.pdf", MONTH, actor=clerk)
    said = describe(refused.value)
    assert said != refused.value.message  # there is a Vietnamese sentence to show
    shown = win.reports.message.text()
    assert said in shown and refused.value.message not in shown
