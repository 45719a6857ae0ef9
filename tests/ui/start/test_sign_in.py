"""Sign-in on the shared PC: hashes only, lockout that survives a restart, idle lock, roles."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from models.book import opinions
from models.core.actors import actor_for
from models.core.errors import PermissionDenied, ValidationError
from models.counter import replies
from models.maintenance.store import open_store
from models.people.branch import add_staff, update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.storage.schema import AuditEvent, Complaint, Staff, StandardReply
from models.trust import auth

from ui.shell import i18n
from ui.shell.messages import describe
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form, new_staff
from tests.ops import settle, writes_seen

SECRET = "Correct-Horse-2026"


@pytest.fixture
def accounts(manager, clerk):
    auth.set_credentials(manager, manager.staff_id, username="chen", password=SECRET)
    auth.set_credentials(manager, clerk.staff_id, username="an", password="clerk-password-1")
    return manager, clerk


def test_password_sign_in_and_wrong_password(accounts) -> None:
    manager, _ = accounts
    assert auth.sign_in("chen", SECRET) == manager
    with pytest.raises(auth.SignInFailed):
        auth.sign_in("chen", "wrong")
    with pytest.raises(auth.SignInFailed):
        auth.sign_in("nobody", SECRET)


def test_no_plaintext_secret_in_the_database_file(accounts, store, manager) -> None:
    update_branch(manager, allow_pin=True)
    auth.set_credentials(manager, accounts[1].staff_id, pin="482916")
    raw = (store.data_dir / "complaints.sqlite3").read_bytes()
    for name in ("complaints.sqlite3-wal",):
        wal = store.data_dir / name
        if wal.exists():
            raw += wal.read_bytes()
    assert SECRET.encode() not in raw and b"clerk-password-1" not in raw and b"482916" not in raw
    assert b"$argon2id$" in raw
    stored = Staff.get_by_id(manager.staff_id).password_hash
    assert "m=19456,t=2,p=1" in stored  # OWASP minimum: 19 MiB, 2 iterations, 1 lane


def test_lockout_after_five_failures_survives_a_restart_and_doubles(accounts, home: Path) -> None:
    start = dt.datetime(2026, 11, 20, 9, 0)
    for i in range(4):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in("an", "guess", start + dt.timedelta(minutes=i))
    with pytest.raises(auth.AccountLocked) as info:
        auth.sign_in("an", "guess", start + dt.timedelta(minutes=4))
    assert info.value.params["minutes"] == 15
    # The app restarts: the lock is still there, even with the right password.
    from models.storage.db import database

    database.close()
    open_store(home)
    with pytest.raises(auth.AccountLocked):
        auth.sign_in("an", "clerk-password-1", start + dt.timedelta(minutes=10))
    after = start + dt.timedelta(minutes=20)
    for i in range(4):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in("an", "guess", after + dt.timedelta(seconds=i))
    with pytest.raises(auth.AccountLocked) as info:
        auth.sign_in("an", "guess", after + dt.timedelta(seconds=5))
    assert info.value.params["minutes"] == 30  # doubled
    unlocked = after + dt.timedelta(minutes=31)
    assert auth.sign_in("an", "clerk-password-1", unlocked).name == accounts[1].name


def test_pin_only_for_clerks_when_allowed(accounts, manager) -> None:
    _, clerk = accounts
    with pytest.raises(ValidationError):
        auth.set_credentials(manager, clerk.staff_id, pin="123456")  # not switched on yet
    update_branch(manager, allow_pin=True)
    auth.set_credentials(manager, clerk.staff_id, pin="123456")
    assert auth.sign_in("an", "123456").staff_id == clerk.staff_id
    with pytest.raises(ValidationError):
        auth.set_credentials(manager, manager.staff_id, pin="654321")


def test_every_manager_action_is_refused_to_a_clerk_in_the_domain(
    accounts, manager, tmp_path: Path
) -> None:
    _, clerk = accounts
    mine = create_complaint(clerk, make_form())
    assert mine.handler_id == clerk.staff_id  # a clerk's own complaint is theirs
    theirs = create_complaint(manager, make_form(handler_id=manager.staff_id))
    refused = [
        lambda: lifecycle.void(clerk, mine.id, "x"),
        lambda: lifecycle.reassign(clerk, mine.id, manager.staff_id),
        lambda: lifecycle.acknowledge(clerk, theirs.id),  # someone else's complaint
        lambda: update_branch(clerk, name="x"),
        lambda: add_staff(clerk, "Someone", "clerk"),
        lambda: auth.reset_account(clerk, manager.staff_id, "new-password-1"),
        lambda: auth.set_credentials(clerk, manager.staff_id, password="new-password-1"),
        lambda: opinions.sign_read(clerk),
        lambda: replies.save_reply(clerk, category="pricing", title="t", text="x", lang="en"),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    from reports.register_pdf import build_register

    with pytest.raises(PermissionDenied):
        build_register(tmp_path / "r.pdf", "202611", actor=clerk)
    assert Complaint.get_by_id(mine.id).status == "received"


@pytest.fixture
def app_window(qtbot, qapp, store, home: Path, accounts):
    win = MainWindow(configure(qapp, home, "en"))
    qtbot.addWidget(win)
    win.show()
    return win


def test_sign_in_page_then_idle_lock_keeps_and_hides_the_draft(
    qtbot, app_window: MainWindow, accounts
) -> None:
    win = app_window
    assert win.stack.currentWidget() is win.sign_in_view and not win.nav.isVisible()
    win.sign_in_view.username.setEditText("an")
    qtbot.keyClicks(win.sign_in_view.secret, "clerk-password-1")
    qtbot.keyClick(win.sign_in_view.secret, Qt.Key.Key_Return)
    settle(qtbot)
    assert win.current_actor().name == accounts[1].name and win.nav.isVisible()
    win.new_complaint()
    qtbot.keyClicks(win.intake.summary.edit, "Half-typed when the clerk walked away")
    win._idle.setInterval(10)
    win._idle.start()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.sign_in_view)
    assert win.intake.summary.text() == ""  # nothing left on screen for the next person
    # The manager signs in: none of the clerk's draft shows.
    win.sign_in_view.username.setEditText("chen")
    qtbot.keyClicks(win.sign_in_view.secret, SECRET)
    qtbot.keyClick(win.sign_in_view.secret, Qt.Key.Key_Return)
    settle(qtbot)
    assert not win.banner.isVisible()
    win.lock()
    # The clerk comes back and gets the draft offered.
    win.sign_in_view.username.setEditText("an")
    qtbot.keyClicks(win.sign_in_view.secret, "clerk-password-1")
    qtbot.keyClick(win.sign_in_view.secret, Qt.Key.Key_Return)
    settle(qtbot)
    assert win.banner.isVisible()
    win.restore_button.click()
    settle(qtbot)
    assert win.intake.summary.text() == "Half-typed when the clerk walked away"


def test_keys_in_the_window_or_a_dialog_put_off_the_idle_lock(
    qtbot, app_window: MainWindow, accounts
) -> None:
    """Typing counts as activity wherever it lands: the window's own fields and a dialog
    opened from it (input is sent to the window, as a keyboard does)."""
    win = app_window
    win.signed_in(accounts[1])
    win.new_complaint()
    qtbot.waitExposed(win)
    win.intake.summary.edit.setFocus()
    win._idle.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer rounds remainingTime
    win._idle.start(10_000)

    def typed_restarts_clock(window: QWindow) -> bool:
        qtbot.waitUntil(lambda: win._idle.remainingTime() < 9_850)
        QTest.keyClick(window, Qt.Key.Key_A)
        return win._idle.remainingTime() > 9_900

    win.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is win.windowHandle())
    assert typed_restarts_clock(win.windowHandle())
    assert win.intake.summary.text() == "a"  # the key reached the field
    dialog = QInputDialog(win)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    assert typed_restarts_clock(dialog.windowHandle())
    dialog.reject()
    assert win.stack.currentWidget() is win.intake


def test_the_first_sign_in_adds_the_shipped_replies_in_that_persons_name_off_the_gui_thread(
    qtbot, app_window: MainWindow, accounts
) -> None:
    """The booklet of standard replies starts with the shipped ones, added when the first
    person signs in: written on the operations layer's write thread (the branch server
    may be slow), each entry of the audit trail in that person's name, signed with their
    key; nobody signing in later writes them again."""
    win, (_manager, clerk) = app_window, accounts
    assert StandardReply.select().count() == 0
    with writes_seen() as seen:
        win.sign_in_view.username.setEditText("an")
        qtbot.keyClicks(win.sign_in_view.secret, "clerk-password-1")
        qtbot.keyClick(win.sign_in_view.secret, Qt.Key.Key_Return)
        settle(qtbot, background=True)
    assert StandardReply.select().count() > 0
    assert {thread for table, thread in seen if table == "standard_reply"} == {"register-writes"}
    added = AuditEvent.select().where(AuditEvent.table_name == "standard_reply")
    assert {(e.actor_id, e.actor_name) for e in added} == {(clerk.staff_id, clerk.name)}
    assert all(e.signature for e in added)  # signed with the clerk's key, opened at sign-in
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    win.sign_in_view.username.setEditText("chen")
    qtbot.keyClicks(win.sign_in_view.secret, SECRET)
    qtbot.keyClick(win.sign_in_view.secret, Qt.Key.Key_Return)
    settle(qtbot, background=True)
    assert win.current_actor().is_manager
    again = AuditEvent.select().where(AuditEvent.table_name == "standard_reply")
    assert again.count() == len(added)


def test_wrong_password_is_told_and_nothing_opens(qtbot, app_window: MainWindow) -> None:
    win = app_window
    win.sign_in_view.username.setEditText("chen")
    qtbot.keyClicks(win.sign_in_view.secret, "nope")
    qtbot.keyClick(win.sign_in_view.secret, Qt.Key.Key_Return)
    settle(qtbot)
    assert "Wrong user name or password" in win.sign_in_view.error.text()
    assert win.sign_in_view.secret.text() == "" and not win.nav.isVisible()
    win.show_page("register")
    assert win.stack.currentWidget() is win.sign_in_view


@pytest.fixture
def vietnamese_window(qtbot, qapp, store, home: Path, accounts):
    win = MainWindow(configure(qapp, home, "vi"))
    qtbot.addWidget(win)
    win.show()
    yield win
    i18n.install("en", home / "cache")


def test_a_wrong_password_is_told_in_vietnamese_and_the_window_goes_on_meanwhile(
    qtbot, vietnamese_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checking a password takes a while on purpose (argon2), on the branch server more:
    it runs off the GUI thread, which keeps handling events meanwhile (a timer fires
    while the check waits for it), and Enter pressed again meanwhile is not a second
    attempt (a lockout counts them). The refusal is said in the window's language."""
    win = vietnamese_window
    real = auth.sign_in
    release = threading.Event()
    attempts: list[tuple[bool, bool]] = []

    def checked(username: str, secret: str, moment: dt.datetime | None = None):  # type: ignore[no-untyped-def]
        on_gui_thread = threading.current_thread() is threading.main_thread()
        attempts.append((on_gui_thread, release.wait(3)))
        return real(username, secret, moment)

    monkeypatch.setattr(auth, "sign_in", checked)
    view = win.sign_in_view
    view.username.setEditText("chen")
    qtbot.keyClicks(view.secret, "nope")
    qtbot.keyClick(view.secret, Qt.Key.Key_Return)
    qtbot.keyClick(view.secret, Qt.Key.Key_Return)  # again, while the first is checked
    QTimer.singleShot(0, release.set)  # only a GUI thread that is free runs it
    settle(qtbot)
    assert attempts == [(False, True)]
    said = describe(auth.SignInFailed(auth.WRONG))
    assert said != auth.WRONG  # there is a Vietnamese sentence to show
    assert view.error.isVisible() and view.error.text() == said
    assert view.secret.text() == "" and not win.nav.isVisible()
    assert Staff.get(Staff.username == "chen").failed_count == 1


def test_first_start_wizard_creates_branch_and_manager(qtbot, qapp, store, home: Path) -> None:
    win = MainWindow(configure(qapp, home, "en"))
    qtbot.addWidget(win)
    win.show()
    setup = win.setup_view
    assert win.stack.currentWidget() is setup
    setup.branch_name.setText("Hai Ba Trung branch")
    setup.code.setText("HBT1")
    setup.country.setCurrentIndex(setup.country.findData("VN"))
    setup.deadline.setCurrentIndex(setup.deadline.findData("vietnam_consumer"))
    setup.manager_name.setText("Phạm Thu Hà")
    setup.username.setText("ha")
    setup.password.setText("first-manager-1")
    setup.confirm.setText("different")
    qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert setup.error.isVisible() and win.stack.currentWidget() is setup
    setup.password.setText("first-manager-1")
    setup.confirm.setText("first-manager-1")
    qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert win.current_actor().name == "Phạm Thu Hà" and win.current_actor().is_manager
    assert "HBT1" in win.branch_label.text()
    assert auth.sign_in("ha", "first-manager-1").name == "Phạm Thu Hà"
    assert not auth.needs_setup()


def test_complaint_history_and_extension_in_the_detail_view(
    qtbot, qapp, store, home: Path, accounts
) -> None:
    manager, clerk = accounts
    head = actor_for(new_staff("Branch head", "manager"))
    win = MainWindow(configure(qapp, home, "en"), actor=clerk)
    qtbot.addWidget(win)
    win.show()
    c = create_complaint(clerk, make_form())
    win.open_complaint(c.id)
    detail = win.detail
    assert not detail.buttons["history"].isVisible()  # clerks do not read the audit trail
    assert detail.buttons["extend"].text().replace("&", "") == "Ask for more time"
    detail.buttons["extend"].click()
    settle(qtbot)
    qtbot.keyClicks(detail.dialog.widgets["reason"], "Waiting for the bank's records")
    detail.dialog.submit()
    settle(qtbot)
    win.signed_in(head)
    win.open_complaint(c.id)
    detail = win.detail  # built afresh for the branch head
    assert detail.buttons["extend"].text().replace("&", "") == "Approve extension"
    detail.buttons["extend"].click()
    settle(qtbot)
    detail.dialog.submit()
    settle(qtbot)
    assert Complaint.get_by_id(c.id).extension_level == 1
    detail.buttons["history"].click()
    settle(qtbot)
    table = detail.history_dialog.table
    fields = {table.item(r, 3).text() for r in range(table.rowCount())}
    assert {"Reply due", "Extensions", "Summary"} <= fields  # named as the screens name them


def test_managers_read_the_history_of_settings_replies_and_openings(
    qtbot, qapp, store, home: Path, accounts
) -> None:
    manager, clerk = accounts
    update_branch(manager, name="Renamed branch")
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, background=True)  # the shipped replies join at the first sign-in
    win.show_page("settings")
    qtbot.mouseClick(win.settings_view.branch_history_button, Qt.MouseButton.LeftButton)
    table = win.settings_view.history.table
    assert any(
        table.item(r, 3).text() == "Branch name" and table.item(r, 5).text() == "Renamed branch"
        for r in range(table.rowCount())
    )
    win.show_page("replies")
    win.replies.list.setCurrentRow(0)
    qtbot.mouseClick(win.replies.history_button, Qt.MouseButton.LeftButton)
    assert win.replies.history.table.rowCount() > 0
    win.signed_in(clerk)
    win.show_page("settings")
    qtbot.mouseClick(win.settings_view.branch_history_button, Qt.MouseButton.LeftButton)
    assert win.settings_view.history is None and "manager" in win.settings_view.message.text()


def test_a_first_start_in_vietnamese_leaves_one_window_in_vietnamese(
    qtbot, qapp, store, home: Path
) -> None:
    """The language chosen at set-up applies at once: the English window the set-up ran in
    is closed, not left behind signed in as the manager (it was, live, behind the new one)."""
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    from ui.window.app import switch_language

    win = MainWindow(configure(qapp, home, "en"))  # replaced and deleted by the switch
    fresh: list[MainWindow] = []
    win.language_switch.connect(lambda code: fresh.append(switch_language(win, code)))
    win.show()
    setup = win.setup_view
    setup.branch_name.setText("Chi nhánh Hai Bà Trưng")
    setup.code.setText("HBT1")
    setup.country.setCurrentIndex(setup.country.findData("VN"))
    setup.language.setCurrentIndex(setup.language.findData("vi"))
    setup.manager_name.setText("Phạm Thu Hà")
    setup.username.setText("ha")
    setup.password.setText("first-manager-1")
    setup.confirm.setText("first-manager-1")
    qtbot.mouseClick(setup.button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    try:
        assert len(fresh) == 1
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        assert shown == fresh
        assert not isValid(win) or not win.isVisible()
        assert fresh[0].nav.item(0).text() != "Home"  # in Vietnamese
        assert fresh[0].current_actor().name == "Phạm Thu Hà"
    finally:
        for window in [*fresh, win]:
            if isValid(window):
                window.close()
        configure(qapp, home, "en")
