"""The shared counter PC: a locked screen shows nothing of anyone, the next person starts
fresh, and what reaches a person is said in their language. Everyone signs in by typing,
as at the counter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from models import auth
from models.complaints import create_complaint
from models.errors import PermissionDenied

from ui import i18n
from ui.app import configure
from ui.main_window import MainWindow
from ui.messages import describe

from tests.factories import make_form

CTRL = Qt.KeyboardModifier.ControlModifier
MANAGER = ("chen", "Correct-Horse-2026")
CLERK = ("an", "clerk-password-1")
MONTH = "202610"


@pytest.fixture
def accounts(manager, clerk):
    auth.set_credentials(manager, manager.staff_id, username=MANAGER[0], password=MANAGER[1])
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
    assert win._actor is not None, view.error.text()


def press(qtbot, win: MainWindow, key: Qt.Key, modifier=CTRL) -> None:
    """A key pressed wherever the keyboard focus is, as a clerk presses it."""
    target = QGuiApplication.focusObject()
    qtbot.keyClick(target if isinstance(target, QWidget) else win, key, modifier)


def visible_pages(win: MainWindow) -> list[str]:
    return [name for name, page in win.pages.items() if page.isVisible()]


def go(qtbot, win: MainWindow, key: Qt.Key, name: str) -> None:
    """Ctrl+1..7 to a page; it is the one page drawn, whatever was shown before."""
    press(qtbot, win, key)
    assert win.stack.currentWidget() is win.pages[name]
    assert visible_pages(win) == [name]


def _make_register(qtbot, win: MainWindow) -> None:
    view = win.reports
    view.month.setCurrentIndex(view.month.findData(MONTH))
    qtbot.mouseClick(view.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.worker is None, timeout=60_000)


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
    assert visible_pages(win) == ["detail"]
    qtbot.mouseClick(win.detail.buttons["edit"], Qt.MouseButton.LeftButton)
    assert visible_pages(win) == ["intake"]
    qtbot.mouseClick(win.intake.save_button, Qt.MouseButton.LeftButton)
    assert visible_pages(win) == ["detail"]
    qtbot.mouseClick(win.detail.back_button, Qt.MouseButton.LeftButton)
    assert visible_pages(win) == ["register"]


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
