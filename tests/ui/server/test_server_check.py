"""The branch server's register is checked by the window too: once a day in the
background, and at a manager's sign-in after the register was restored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from models.maintenance.integrity import check_database
from models.maintenance.store import Store, open_store
from models.register.complaints import create_complaint
from models.storage import audit
from models.storage import db as dbmod
from models.trust import auth

from ui.window import main_window
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests import pg
from tests.factories import make_form
from tests.ops import settle

PASSWORD = "manager-pw-1"


@pytest.fixture(autouse=True)
def check_at_once(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(main_window, "FIRST_SERVER_CHECK_MS", 0)
    yield


@pytest.fixture
def server_url() -> Iterator[str]:
    url = pg.create_database()
    try:
        yield url
    finally:
        if dbmod.database.obj is not None and not dbmod.database.is_closed():
            dbmod.database.close()
        pg.drop_database(url)


def _set_up(home: Path, url: str) -> Store:
    store = open_store(home, url)
    auth.set_up({"name": "Riverside", "code": "RS1"}, "Chen Jing", "chen", PASSWORD)
    manager = auth.sign_in("chen", PASSWORD)  # signed in: the key that signs is open
    with audit.acting(manager):
        create_complaint(manager, make_form(summary="Original words"))
    assert check_database().ok
    return store


def _admin(url: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


def _sign_in(qtbot, win: MainWindow) -> None:
    view = win.sign_in_view
    qtbot.keyClicks(view.username.lineEdit(), "chen")
    qtbot.keyClicks(view.secret, PASSWORD)
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert win._actor is not None


def test_the_days_check_names_what_failed_in_a_banner(
    qtbot, qapp, home: Path, server_url: str
) -> None:
    store = _set_up(home, server_url)
    try:
        _admin(server_url, "UPDATE complaint SET summary = 'Quietly rewritten' WHERE id = 1")
        settings = configure(qapp, home, "en")
        yesterday = dt.datetime.now() - dt.timedelta(days=1, minutes=1)
        settings.set("server/checked_at", yesterday.isoformat(timespec="seconds"))
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        win.show()
        _sign_in(qtbot, win)
        qtbot.waitUntil(lambda: win.check_banner.isVisible(), timeout=30_000)
        text = win.check_banner.text.text()
        assert "failed its audit check" in text and "a record was changed behind the app" in text
        assert "complaint #1 · summary" in text
        assert "complaint #1 field summary" in win.check_banner.text.toolTip()
        checked = dt.datetime.fromisoformat(str(win.settings.get("server/checked_at")))
        assert checked > yesterday + dt.timedelta(hours=23)
        win.lock()
        assert not win.check_banner.isVisible()  # the next person at the counter sees none
        win.close()
    finally:
        store.close()


def test_a_check_done_today_is_not_run_again_until_a_restore(
    qtbot, qapp, home: Path, server_url: str
) -> None:
    store = _set_up(home, server_url)
    settings = configure(qapp, home, "en")
    try:
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        _sign_in(qtbot, win)
        qtbot.waitUntil(lambda: bool(settings.get("server/head")), timeout=30_000)
        first = str(settings.get("server/checked_at"))
        assert first and not win.check_banner.isVisible()
        win.close()
    finally:
        store.close()
    # The server is restored from a backup taken before the newest change: the newest
    # event this PC saw is gone.
    backup = server_url.rsplit("/", 1)[0] + "/" + server_url.rsplit("/", 1)[1] + "_bk"
    name, copy = server_url.rsplit("/", 1)[1], backup.rsplit("/", 1)[1]
    admin = pg.server_url()
    store = open_store(home, server_url)
    manager = auth.sign_in("chen", PASSWORD)
    store.close()
    _admin(admin, f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    try:
        store = open_store(home, server_url)
        with audit.acting(manager):
            create_complaint(manager, make_form(summary="After the backup"))
        store.close()
        settings.set("server/head", "")  # the head this PC saw: the newest event
        store = open_store(home, server_url)
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        win.server_check.note_head()
        win.close()
        store.close()
        _admin(
            admin,
            f'DROP DATABASE "{name}" WITH (FORCE)',
            f'ALTER DATABASE "{copy}" RENAME TO "{name}"',
        )
        settings.set("server/checked_at", dt.datetime.now().isoformat(timespec="seconds"))
        before = str(settings.get("server/checked_at"))
        store = open_store(home, server_url)
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        assert win.server_check is not None and win.server_check.task is None  # not due
        _sign_in(qtbot, win)  # a manager signs in after the restore: checked now
        assert win.server_check.task is not None
        qtbot.waitUntil(lambda: win.server_check.task is None, timeout=30_000)
        assert str(settings.get("server/checked_at")) >= before
        assert not win.check_banner.isVisible()  # the restored register is whole
        assert not win.server_check.restored_since()  # its head noted afresh
        win.close()
        store.close()
    finally:
        _admin(admin, f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')


def test_a_register_on_this_pc_is_checked_at_a_managers_sign_in_with_its_backups(
    qtbot, qapp, home: Path
) -> None:
    """The branch head hears of a change behind the app without a terminal: the window
    checks a register on this PC at each manager's sign-in, backups included."""
    import sqlite3

    from models.maintenance.backup import take_backup

    store = _set_up_local(home)
    take_backup(home, "manual")
    try:
        con = sqlite3.connect(store.file)
        con.execute("UPDATE complaint SET compensation = 999 WHERE id = 1")
        con.commit()
        con.close()
        settings = configure(qapp, home, "en")
        # Checked this morning: the manager's sign-in checks again (an hour has passed).
        earlier = dt.datetime.now() - dt.timedelta(hours=2)
        settings.set("server/checked_at", earlier.isoformat(timespec="seconds"))
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        win.show()
        _sign_in(qtbot, win)
        qtbot.waitUntil(lambda: win.check_banner.isVisible(), timeout=30_000)
        text = win.check_banner.text.text()
        assert "This register failed its audit check" in text and "compensation" in text
        win.close()
    finally:
        store.close()


def test_the_banner_names_the_finding_in_the_readers_language(qtbot, qapp, home: Path) -> None:
    """A Vietnamese manager reads what failed in Vietnamese; the record is named by its
    register number, the same in every language."""
    import sqlite3

    store = _set_up_local(home)
    try:
        con = sqlite3.connect(store.file)
        con.execute("UPDATE complaint SET compensation = 999 WHERE id = 1")
        con.commit()
        con.close()
        number = con = (
            sqlite3.connect(store.file)
            .execute("SELECT register_no FROM complaint WHERE id = 1")
            .fetchone()[0]
        )
        settings = configure(qapp, home, "vi")
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        win.show()
        _sign_in(qtbot, win)
        qtbot.waitUntil(lambda: win.check_banner.isVisible(), timeout=30_000)
        text = win.check_banner.text.text()
        assert "thay đổi" in text and number in text and "behind the app" not in text
        win.close()
    finally:
        store.close()


def _set_up_local(home: Path) -> Store:
    store = open_store(home)
    auth.set_up({"name": "Riverside", "code": "RS1"}, "Chen Jing", "chen", PASSWORD)
    manager = auth.sign_in("chen", PASSWORD)
    with audit.acting(manager):
        create_complaint(manager, make_form(summary="Original words"))
    assert check_database().ok
    return store
