"""Which branch server this PC uses, and its password: the setting and where the app
reads it at start, the server's fields in Settings (the connection test, "Use this
server"), and the password kept in this PC's credential store, never in settings.ini.
Real servers and real files, no mocks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from keyring.errors import KeyringError

from PySide6.QtCore import QSettings, Qt

from models.core.actors import actor_for
from models.maintenance.backup import BackupFailed, take_backup
from models.storage import db as dbmod
from models.storage.server import parse_url

from ui.shell.settings import CREDENTIAL_SERVICE, Settings, resolve_gui_url, stored_database_url
from ui.window.app import configure
from ui.window.main_window import MainWindow

from cli.places import database_url
from tests import pg
from tests.factories import branch_manager, new_staff
from tests.keyrings import FileKeyring, file_vault
from tests.ops import settle

ROOT = Path(__file__).resolve().parents[3]
on_branch_server = pytest.mark.parametrize("engine", ["postgres"], indirect=True)
NOBODY_LISTENS = "postgresql://clerk:Secr3t%40pw@127.0.0.1:1/branch"


def test_command_line_beats_environment_beats_setting_beats_local_file(tmp_path: Path) -> None:
    cli, env, setting = "postgresql://a@h1/d", "postgresql://b@h2/d", "postgresql://c@h3/d"
    local = dbmod.default_url(tmp_path)
    assert resolve_gui_url(cli, env, setting, tmp_path) == (cli, "cli")
    assert resolve_gui_url(None, env, setting, tmp_path) == (env, "env")
    assert resolve_gui_url(None, "", setting, tmp_path) == (setting, "setting")
    assert resolve_gui_url(None, None, " ", tmp_path) == (local, "local")
    assert resolve_gui_url("", None, "", tmp_path) == (local, "local")


def test_the_setting_is_read_from_the_pcs_settings_file(qapp, home: Path) -> None:
    home.mkdir(parents=True)
    assert stored_database_url(home) == ""
    assert not (home / "settings.ini").exists()  # reading wrote nothing
    settings = Settings(home)
    settings.set("database/url", "postgresql://c:x@h3:5432/d")
    settings.sync()
    assert stored_database_url(home) == "postgresql://c:x@h3:5432/d"
    assert database_url(None, home) == "postgresql://c:x@h3:5432/d"
    assert database_url("sqlite:///x.sqlite3", home) == "sqlite:///x.sqlite3"


def test_command_line_test_server_says_why(home: Path) -> None:
    env = {**os.environ, "COMPLAINTBOOK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "test-server", NOBODY_LISTENS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "nothing answered on port 1" in result.stdout
    assert "Secr3t" not in result.stdout + result.stderr


# -- Settings > Branch server ---------------------------------------------------------


@pytest.fixture
def window(qtbot, qapp, store, home: Path) -> MainWindow:
    settings = configure(qapp, home, "en")
    win = MainWindow(settings, actor=branch_manager(), store=store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("settings")
    return win


def _type_server(qtbot, win: MainWindow, url: str) -> None:
    address = parse_url(url)
    assert address is not None
    box = win.settings_view.server
    for field, text in (
        (box.fields.host, address.host),
        (box.fields.dbname, address.dbname),
        (box.fields.user, address.user),
        (box.fields.password, address.password),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    box.fields.port.setValue(address.port)


def _wait_for_test(qtbot, win: MainWindow) -> None:
    box = win.settings_view.server
    qtbot.waitUntil(lambda: box.testing is None and box.test_button.isEnabled(), timeout=15_000)


def test_the_group_builds_the_url_from_what_was_typed(qtbot, window: MainWindow) -> None:
    box = window.settings_view.server
    assert box.isVisible() and box.fields.port.value() == 5432
    assert box.fields.password.echoMode() == box.fields.password.EchoMode.Password
    assert "this PC's own register file" in box.current.text()
    _type_server(qtbot, window, "postgresql://counter%201:p%40ss@192.168.1.10:5432/complaints")
    assert box.url() == "postgresql://counter%201:p%40ss@192.168.1.10:5432/complaints"


def test_test_button_shows_what_the_server_holds(qtbot, window: MainWindow, fresh_db: str) -> None:
    box = window.settings_view.server
    _type_server(qtbot, window, fresh_db)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not box.test_button.isEnabled()  # the window stays responsive while it waits
    _wait_for_test(qtbot, window)
    text = box.status.text()
    assert "Reached the branch server" in text and "PostgreSQL 1" in text
    assert "not there yet" in text
    assert window.settings.get("database/url") == ""  # a test stores nothing


def test_a_failed_test_says_why_and_keeps_what_was_typed(qtbot, window: MainWindow) -> None:
    box = window.settings_view.server
    _type_server(qtbot, window, NOBODY_LISTENS)
    qtbot.mouseClick(box.use_server_button, Qt.MouseButton.LeftButton)  # tests first
    settle(qtbot)
    _wait_for_test(qtbot, window)
    assert "nothing answered on port 1" in box.status.text()
    assert box.status.objectName() == "errorBox"
    assert "Secr3t" not in box.status.text() + box.status.toolTip()
    assert (
        box.fields.host.text(),
        box.fields.port.value(),
        box.fields.user.text(),
        box.fields.password.text(),
    ) == (
        "127.0.0.1",
        1,
        "clerk",
        "Secr3t@pw",
    )
    assert window.settings.get("database/url") == ""  # not saved


def test_missing_fields_are_said_before_any_test(qtbot, window: MainWindow) -> None:
    box = window.settings_view.server
    qtbot.keyClicks(box.fields.host, "192.168.1.10")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert box.testing is None
    assert "name of the database" in box.status.text() and "user name" in box.status.text()
    assert box.fields.host.text() == "192.168.1.10"


def test_use_this_server_stores_it_for_the_next_start(
    qtbot, window: MainWindow, fresh_db: str, home: Path
) -> None:
    box = window.settings_view.server
    _type_server(qtbot, window, fresh_db)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    _wait_for_test(qtbot, window)
    qtbot.mouseClick(box.use_server_button, Qt.MouseButton.LeftButton)  # tested: saves at once
    settle(qtbot)
    assert box.testing is None
    assert "start Complaint Book again" in box.status.text()
    assert stored_database_url(home) == box.url()  # on disk, for the next start
    assert resolve_gui_url(None, None, stored_database_url(home), home) == (box.url(), "setting")

    qtbot.mouseClick(box.use_local_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert stored_database_url(home) == ""
    assert "own register file" in box.status.text()


def test_the_fields_show_the_stored_server_once(qtbot, qapp, store, home: Path) -> None:
    settings = configure(qapp, home, "en")
    settings.set("database/url", "postgresql://counter:pw%23@server-pc:5433/complaints")
    win = MainWindow(settings, actor=branch_manager(), store=store)
    qtbot.addWidget(win)
    win.show_page("settings")
    box = win.settings_view.server
    assert (
        box.fields.host.text(),
        box.fields.port.value(),
        box.fields.dbname.text(),
        box.fields.password.text(),
    ) == (
        "server-pc",
        5433,
        "complaints",
        "pw#",
    )
    box.fields.host.setText("typed-but-not-saved")
    win.show_page("home")
    win.show_page("settings")
    assert box.fields.host.text() == "typed-but-not-saved"


def test_clerks_neither_see_nor_change_the_server(qtbot, qapp, store, home: Path) -> None:
    settings = configure(qapp, home, "en")
    clerk = actor_for(new_staff("Clerk", "clerk"))
    win = MainWindow(settings, actor=clerk, store=store)
    qtbot.addWidget(win)
    win.show()
    win.show_page("settings")
    box = win.settings_view.server
    assert not box.isVisible()
    box.use_local()
    assert "Only a manager" in box.status.text()
    assert settings.get("database/url") == ""


@on_branch_server
def test_on_the_server_the_backup_buttons_say_pg_dump(qtbot, window: MainWindow, home) -> None:
    view = window.settings_view
    assert "branch server" in view.server.current.text()
    assert "pg_dump" in view.last_backup.text()
    assert not view.backup_button.isEnabled() and not view.restore_button.isEnabled()
    window.backup("manual")
    qtbot.waitUntil(lambda: "pg_dump" in window.statusBar().currentMessage(), timeout=10_000)
    with pytest.raises(BackupFailed, match="pg_dump"):
        take_backup(home)
    assert not (home / "backups").exists()


# -- the password in the operating system's credential store ---------------------------

PASSWORD = "vault-only p@ss#7"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    with file_vault(tmp_path / "vault.json", monkeypatch) as store:
        yield store


@pytest.fixture
def branch_login() -> Iterator[str]:
    with pg.branch_login(PASSWORD) as url:
        yield url


def _in_file(home: Path) -> str:
    """What settings.ini holds for the server, read as the file is."""
    return str(
        QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat).value("database/url", "")
    )


def _use_server(qtbot, win: MainWindow, url: str) -> None:
    box = win.settings_view.server
    _type_server(qtbot, win, url)
    qtbot.mouseClick(box.use_server_button, Qt.MouseButton.LeftButton)  # tests, then saves
    settle(qtbot)
    _wait_for_test(qtbot, win)
    assert "start Complaint Book again" in box.status.text(), box.status.text()


def test_use_this_server_puts_the_password_in_the_credential_store(
    qtbot, vault: FileKeyring, window: MainWindow, branch_login: str, home: Path
) -> None:
    box = window.settings_view.server
    assert "credential store" in box.password_note.text()
    _use_server(qtbot, window, branch_login)
    bare = branch_login.replace(":" + quote(PASSWORD, safe=""), "")
    assert "vault-only" not in (home / "settings.ini").read_text(encoding="utf-8")
    assert _in_file(home) == bare
    assert vault.secrets() == {f"{CREDENTIAL_SERVICE}\n{bare}": PASSWORD}
    assert "kept in this PC's credential store" in box.password_note.text()

    # The next start, in the app and on the command line, gets the password back.
    assert resolve_gui_url(None, None, Settings(home).get("database/url"), home) == (
        branch_login,
        "setting",
    )
    assert stored_database_url(home) == branch_login
    assert database_url(None, home) == branch_login
    env = {**os.environ, "COMPLAINTBOOK_HOME": str(home), "COMPLAINTBOOK_LANG": "en"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "test-server"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Reached the branch server" in result.stdout

    # Back to this PC's own file: the password leaves the store too.
    qtbot.mouseClick(box.use_local_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert _in_file(home) == "" and vault.secrets() == {}


def test_without_a_credential_store_the_password_stays_in_settings_ini_and_settings_says_so(
    qtbot, window: MainWindow, branch_login: str, home: Path
) -> None:
    from ui.shell.settings import credential_store

    assert credential_store() is None  # keyring's fail backend, as on a Linux PC without one
    box = window.settings_view.server
    note = box.password_note.text()
    assert "No credential store on this PC" in note and "settings.ini" in note
    _use_server(qtbot, window, branch_login)
    assert _in_file(home) == branch_login  # the password with it, as before
    assert "vault-only" in (home / "settings.ini").read_text(encoding="utf-8")
    assert "No credential store on this PC" in box.password_note.text()
    assert stored_database_url(home) == database_url(None, home) == branch_login


OLD_URL = "postgresql://counter:pw%23x@server-pc:5433/complaints?sslmode=require"
OLD_BARE = "postgresql://counter@server-pc:5433/complaints?sslmode=require"


def _older_settings_file(home: Path) -> None:
    home.mkdir(parents=True)
    old = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    old.setValue("meta/version", 1)
    old.setValue("database/url", OLD_URL)
    old.sync()


def test_an_older_settings_file_moves_its_password_into_the_store(
    qapp, vault: FileKeyring, home: Path
) -> None:
    _older_settings_file(home)
    settings = Settings(home)  # the next start
    assert _in_file(home) == OLD_BARE and "pw%23x" not in (home / "settings.ini").read_text()
    assert vault.secrets() == {f"{CREDENTIAL_SERVICE}\n{OLD_BARE}": "pw#x"}
    assert settings.get("database/url") == stored_database_url(home) == OLD_URL
    assert QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat).value(
        "meta/version"
    ) in (2, "2")


def test_an_older_settings_file_keeps_its_password_where_there_is_no_store(
    qapp, home: Path
) -> None:
    _older_settings_file(home)
    settings = Settings(home)
    assert _in_file(home) == OLD_URL
    assert settings.get("database/url") == stored_database_url(home) == OLD_URL


def test_another_server_or_no_password_leaves_no_old_password_in_the_store(
    qapp, vault: FileKeyring, home: Path
) -> None:
    home.mkdir(parents=True)
    settings = Settings(home)
    settings.set("database/url", "postgresql://a:one@h1:5432/d")
    settings.set("database/url", "postgresql://b:two@h2:5432/d")
    assert vault.secrets() == {f"{CREDENTIAL_SERVICE}\npostgresql://b@h2:5432/d": "two"}
    settings.set("database/url", "postgresql://b@h2:5432/d")  # the password field emptied
    assert vault.secrets() == {}
    assert settings.get("database/url") == "postgresql://b@h2:5432/d"


class RefusingKeyring(FileKeyring):
    """A store that is there but will not take a password (locked, or the user said no)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the store is locked")


def test_a_store_that_refuses_leaves_the_password_in_the_file(
    qtbot, qapp, store, home: Path, tmp_path: Path
) -> None:
    import keyring

    before = keyring.get_keyring()
    keyring.set_keyring(RefusingKeyring(tmp_path / "refusing.json"))
    try:
        settings = configure(qapp, home, "en")
        settings.set("database/url", "postgresql://c:kept%23@h3:5432/d")
        assert _in_file(home) == "postgresql://c:kept%23@h3:5432/d"
        win = MainWindow(settings, actor=branch_manager(), store=store)
        qtbot.addWidget(win)
        win.show_page("settings")
        note = win.settings_view.server.password_note.text()
        assert "still kept in settings.ini" in note and "Use this server" in note
    finally:
        keyring.set_keyring(before)


def test_a_password_left_in_the_file_moves_once_a_store_appears(
    qapp, home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A PC without a credential store kept the password in settings.ini; a keyring set
    up later takes it at the next start, whatever the settings file's version."""
    _older_settings_file(home)
    Settings(home)  # a start with no store: the password stays, the version is stamped
    assert _in_file(home) == OLD_URL
    import keyring

    before = keyring.get_keyring()
    vault = FileKeyring(tmp_path / "later-vault.json")
    keyring.set_keyring(vault)
    try:
        Settings(home)  # the next start, with a store
    finally:
        keyring.set_keyring(before)
    assert _in_file(home) == OLD_BARE and "pw%23x" not in (home / "settings.ini").read_text()
    assert vault.secrets() == {f"{CREDENTIAL_SERVICE}\n{OLD_BARE}": "pw#x"}
