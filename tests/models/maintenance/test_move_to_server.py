"""Moving a PC's register to the branch server moves everything, checked on both sides,
and never into a server register that already holds something."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.counter import guided
from models.maintenance.integrity import check_database
from models.maintenance.move import counts
from models.maintenance.store import open_store
from models.register.complaints import create_complaint
from models.storage.schema import AuditEvent, Staff
from models.trust import auth

from tests.factories import make_form
from tests.ops import settle

ROOT = Path(__file__).resolve().parents[3]
MANAGER, PASSWORD = "manager", "manager-2026"  # the demo register's manager


def run(home: Path, *args: str, secret: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COMPLAINTBOOK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("COMPLAINTBOOK_DB", None)
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
        input="" if secret is None else secret + "\n",
    )


@pytest.fixture
def pc_register(tmp_path: Path) -> Path:
    """A PC's register with a bit of everything: the demo's complaints, opinion book, box
    openings and sign-offs, and a checklist run."""
    home = tmp_path / "home"
    made = run(
        home, "demo", "--months", "2", "--per-month", "5", "--seed", "11", "--branch", "shop"
    )
    assert made.returncode == 0, made.stderr
    store = open_store(home)
    try:
        manager = auth.sign_in(MANAGER, PASSWORD)
        started = guided.start_run(manager, "en")
        guided.record_step(manager, started.id, "safety", "done", note="moved to the side desk")
    finally:
        store.close()
    return home


def test_move_to_server_carries_everything_and_checks_both(
    pc_register: Path, fresh_db: str
) -> None:
    store = open_store(pc_register)
    before = counts()
    staff_before = list(
        Staff.select(Staff.name, Staff.role, Staff.username, Staff.password_hash)
        .order_by(Staff.id)
        .tuples()
    )
    store.close()
    assert before["checklist runs"] == 1 and before["opinion book entries"] > 0
    assert before["box openings"] > 0 and before["sign-offs"] > 0

    moved = run(pc_register, "move-to-server", fresh_db, "--user", MANAGER, secret=PASSWORD)
    assert moved.returncode == 0, moved.stdout + moved.stderr
    for name, n in before.items():
        assert f"{name}" in moved.stdout and f"{n:>9}  {n:>9}" in moved.stdout, name
    assert "check on this PC: OK" in moved.stdout and "check on server: OK" in moved.stdout

    server = open_store(pc_register, fresh_db)
    try:
        assert counts() == {**before, "audit events": before["audit events"] + 1}
        staff_after = list(
            Staff.select(Staff.name, Staff.role, Staff.username, Staff.password_hash)
            .order_by(Staff.id)
            .tuples()
        )
        assert staff_after == staff_before  # roles, user names and password hashes
        last = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
        assert last.action == "moved_to_server" and last.signature  # signed by the manager
        # The manager signs in on the server with the same password and works on.
        manager = auth.sign_in(MANAGER, PASSWORD)
        create_complaint(manager, make_form(summary="First on the server"))
        report = check_database()
        assert report.ok, report.problems
    finally:
        server.close()


def test_move_into_a_register_that_is_not_empty_is_refused_with_the_reason(
    pc_register: Path, fresh_db: str
) -> None:
    first = run(pc_register, "move-to-server", fresh_db, "--user", MANAGER, secret=PASSWORD)
    assert first.returncode == 0, first.stderr
    again = run(pc_register, "move-to-server", fresh_db, "--user", MANAGER, secret=PASSWORD)
    assert again.returncode == 1
    assert "The server register is not empty" in again.stderr and "complaints" in again.stderr
    server = open_store(pc_register, fresh_db)
    try:
        assert check_database().ok  # nothing was mixed in
    finally:
        server.close()


def test_only_a_manager_moves_the_register(pc_register: Path, fresh_db: str) -> None:
    store = open_store(pc_register)
    clerk = Staff.select().where((Staff.role == "clerk") & Staff.username.is_null(False)).first()
    store.close()
    if clerk is None:
        pytest.skip("the demo register has no clerk who signs in")
    moved = run(pc_register, "move-to-server", fresh_db, "--user", clerk.username, secret="x")
    assert moved.returncode == 1
    server = open_store(pc_register, fresh_db)
    try:
        assert counts()["complaints"] == 0
    finally:
        server.close()


def open_move_dialog(qtbot, qapp, home: Path, server_url: str, lang: str = "en"):  # type: ignore[no-untyped-def]
    """The manager's window on this PC's register, the server typed into Settings > Branch
    server, and Move... pressed: the window and the dialog it opened."""
    from PySide6.QtCore import Qt

    from models.storage.server import parse_url

    from ui.admin.move_dialog import MoveDialog
    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    manager = auth.sign_in(MANAGER, PASSWORD)
    win = MainWindow(configure(qapp, home, lang), actor=manager, store=dbmod_store(home))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_page("settings")
    box = win.settings_view.server
    assert box.move_button.isVisible()  # this PC works on its own register
    address = parse_url(server_url)
    assert address is not None
    for field, text in (
        (box.fields.host, address.host),
        (box.fields.dbname, address.dbname),
        (box.fields.user, address.user),
        (box.fields.password, address.password),
    ):
        qtbot.keyClicks(field, text)
    box.fields.port.setValue(address.port)
    qtbot.mouseClick(box.move_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = box.move_dialog
    assert isinstance(dialog, MoveDialog) and dialog.isVisible()
    return win, dialog


def move_now(qtbot, dialog, password: str = PASSWORD) -> str:  # type: ignore[no-untyped-def]
    """The manager's password typed, Move now pressed, the end awaited: what it shows."""
    from PySide6.QtCore import Qt

    dialog.exit_code = None
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.exit_code is not None, timeout=240_000)
    return str(dialog.output.toPlainText())


def dbmod_store(home: Path):  # type: ignore[no-untyped-def]
    """This PC's register, open as the window holds it (closed by the test's end)."""
    return open_store(home)


def test_the_settings_button_moves_the_register_and_shows_both_checks(
    qtbot, qapp, pc_register: Path, fresh_db: str
) -> None:
    from models.storage.server import parse_url

    win, dialog = open_move_dialog(qtbot, qapp, pc_register, fresh_db)
    try:
        shown = move_now(qtbot, dialog)
        assert dialog.exit_code == 0, shown + dialog.status.text()
        assert "Check on this PC: OK" in shown and "Check on server: OK" in shown
        assert "Checking this PC's register..." in shown  # each step, as it is said
        assert "complaints" in shown and "Moved, and both registers" in dialog.status.text()
        assert "Use this server" in dialog.status.text()
        address = parse_url(fresh_db)
        assert address is not None
        assert f":{address.password}@" not in shown  # the server password never shown
        win.close()
    finally:
        if win.store is not None:
            win.store.close()


def test_the_move_dialog_reports_in_the_window_language(
    qtbot, qapp, pc_register: Path, fresh_db: str
) -> None:
    win, dialog = open_move_dialog(qtbot, qapp, pc_register, fresh_db, lang="vi")
    try:
        shown = move_now(qtbot, dialog)
        assert dialog.exit_code == 0, shown + dialog.status.text()
        for english in ("complaints", "Check on", "this PC", "Checking", "Copying"):
            assert english not in shown, english
        assert "Moved, and" not in dialog.status.text()
        win.close()
    finally:
        if win.store is not None:
            win.store.close()


def test_a_move_that_cannot_start_says_so_and_can_be_closed(
    qtbot, qapp, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move's program missing (a broken install): the dialog used to say "Moving..."
    for ever with its buttons off; it now tells the failure as every op does, the
    buttons back."""
    from PySide6.QtCore import Qt

    from ui.admin import move_dialog
    from ui.window.app import configure

    configure(qapp, home, "en")
    missing = home / "no-such-program"
    monkeypatch.setattr(move_dialog, "_command", lambda: [str(missing)])
    dialog = move_dialog.MoveDialog("postgresql://clerk:pw@127.0.0.1:1/branch", "chen", home)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.moving is None, timeout=10_000)
    assert dialog.status.text().startswith("Nothing was moved: ")
    assert str(missing) in dialog.status.text()
    assert dialog.close_button.isEnabled() and dialog.start_button.isEnabled()
    assert dialog.exit_code is None and dialog.password.text() == ""
