"""A counter PC's start with the branch server: the first-start doors, joining without a
local register, which register the window is on, and a server password changed since."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from models.maintenance.store import open_store
from models.storage.db import DB_FILE_NAME
from models.storage.server import ServerAddress, build_url, parse_url
from models.trust import auth

from ui.shell.settings import Settings
from ui.window.app import configure, where_to_open
from ui.window.main_window import MainWindow

from tests import pg
from tests.keyrings import FileKeyring, file_vault
from tests.ops import settle

PASSWORD = "old p@ss:#/?"


@pytest.fixture
def vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    with file_vault(tmp_path / "vault.json", monkeypatch) as store:
        yield store


@pytest.fixture
def branch_login() -> Iterator[str]:
    with pg.branch_login(PASSWORD) as url:
        yield url


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    """Do ``act`` on the window of type ``kind`` the app shows next (as the user would)."""

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                act(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def _type_server(qtbot, form, url: str) -> None:
    address = parse_url(url)
    assert address is not None
    for field, text in (
        (form.fields.host, address.host),
        (form.fields.dbname, address.dbname),
        (form.fields.user, address.user),
        (form.fields.password, address.password),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    form.fields.port.setValue(address.port)


# -- first start: two doors ---------------------------------------------------------------


def test_first_start_joins_the_branch_server_without_a_local_register(
    qtbot, qapp, home: Path, vault: FileKeyring, branch_login: str
) -> None:
    from ui.start.first_start import FirstStartDialog

    settings = configure(qapp, home, "en")
    seen: list[str] = []

    def join(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstStartDialog)
        seen.append(dialog.new_button.text())
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        _type_server(qtbot, dialog, branch_login)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)  # tests, then joins
        settle(qtbot)

    when_shown(FirstStartDialog, join)
    where = where_to_open(qapp, home, settings, None)
    assert seen == ["Set up a new branch on this PC"]
    assert where == (branch_login, "setting")
    # Stored as Settings stores a server: the password in the credential store.
    assert "p@ss" not in (home / "settings.ini").read_text(encoding="utf-8")
    assert list(vault.secrets().values()) == [PASSWORD]
    assert Settings(home).get("database/url") == branch_login

    store = open_store(home, where[0])
    try:
        assert auth.needs_setup()  # the first PC on the server sets the branch up there
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        address = parse_url(branch_login)
        assert address is not None
        place = f"branch server {address.host}:{address.port}, database {address.dbname}"
        assert place in win.windowTitle()
        assert win.place_label.text() == place
        win.close()
    finally:
        store.close()
    assert not (home / DB_FILE_NAME).exists()
    assert not list(home.glob("*.sqlite3*"))
    # The next start goes straight to the server: no doors again.
    assert where_to_open(qapp, home, Settings(home), None) == (branch_login, "setting")


def test_first_start_set_up_here_opens_this_pcs_register_and_says_so(
    qtbot, qapp, home: Path
) -> None:
    from ui.start.first_start import FirstStartDialog

    settings = configure(qapp, home, "en")
    when_shown(
        FirstStartDialog,
        lambda dialog: qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton),
    )
    where = where_to_open(qapp, home, settings, None)
    assert where is not None and where[1] == "local"
    assert Settings(home).get("database/url") == ""
    store = open_store(home, where[0])
    try:
        win = MainWindow(settings, store=store)
        qtbot.addWidget(win)
        assert "register on this PC" in win.windowTitle()
        assert win.place_label.text() == "register on this PC"
        win.close()
    finally:
        store.close()
    assert (home / DB_FILE_NAME).exists()
    # A PC that holds a register is never asked again.
    assert where_to_open(qapp, home, Settings(home), None) == (where[0], "local")


def test_a_failed_join_says_why_and_stays_on_the_form(qtbot, qapp, home: Path) -> None:
    from ui.start.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    _type_server(qtbot, dialog, "postgresql://clerk:pw@127.0.0.1:1/branch")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(
        lambda: dialog.testing is None and dialog.test_button.isEnabled(), timeout=15_000
    )
    assert "nothing answered on port 1" in dialog.status.text()
    assert dialog.isVisible() and dialog.url is None
    assert not (home / DB_FILE_NAME).exists()
    assert not (home / "settings.ini").exists()  # nothing stored


# -- the server's password changed --------------------------------------------------------

NEW_PASSWORD = "new p@ss:#/?2"


def _set_server_password(url: str, password: str) -> None:
    import psycopg

    address = parse_url(url)
    assert address is not None
    with psycopg.connect(pg.server_url(), autocommit=True) as conn:
        conn.execute(
            psycopg.sql.SQL("ALTER ROLE {} PASSWORD {}").format(
                psycopg.sql.Identifier(address.user), psycopg.sql.Literal(password)
            )
        )


def _click(label: str, seen: list[str]) -> Callable[[QWidget], None]:
    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        found = [b for b in box.buttons() if b.text() == label]
        qtbot_click(found[0] if found else box.buttons()[-1])  # never left hanging

    return act


def qtbot_click(button: QWidget) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_changed_server_password_is_typed_at_the_start_tested_and_kept(
    qtbot, qapp, home: Path, vault: FileKeyring, branch_login: str
) -> None:
    from ui.admin.server_password import ServerPasswordDialog
    from ui.window.app import _open_retrying

    settings = configure(qapp, home, "en")
    settings.set("database/url", branch_login)
    settings.sync()
    open_store(home, branch_login).close()  # the PC has worked on the server before
    _set_server_password(branch_login, NEW_PASSWORD)  # changed on the server since

    seen: list[str] = []

    def type_new(dialog: QWidget) -> None:
        assert isinstance(dialog, ServerPasswordDialog)
        qtbot.keyClicks(dialog.password, NEW_PASSWORD)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        settle(qtbot)

    when_shown(QMessageBox, _click("Type the new password", seen))
    when_shown(ServerPasswordDialog, type_new)
    url = str(Settings(home).get("database/url"))
    store = _open_retrying(qapp, home, url, "setting", settings)
    assert store is not None
    try:
        assert "refused user name" in seen[0] and "type the new one" in seen[0]
        assert list(vault.secrets().values()) == [NEW_PASSWORD]
        assert "p@ss" not in (home / "settings.ini").read_text(encoding="utf-8")
        assert parse_url(store.url).password == NEW_PASSWORD  # type: ignore[union-attr]
    finally:
        store.close()


def test_a_wrong_new_password_is_refused_and_nothing_is_kept(
    qtbot, home: Path, vault: FileKeyring, branch_login: str
) -> None:
    from ui.admin.server_password import ServerPasswordDialog

    dialog = ServerPasswordDialog(branch_login)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "not it")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.testing is None and dialog.ok_button.isEnabled(), timeout=15_000)
    assert "refused user name" in dialog.status.text()
    assert dialog.isVisible() and dialog.url is None and dialog.password.text() == ""
    assert vault.secrets() == {}


def test_a_wrong_user_name_is_named_among_the_causes(branch_login: str) -> None:
    from models.storage.server import probe

    address = parse_url(branch_login)
    assert address is not None
    typo = build_url(
        ServerAddress(address.host, address.port, address.dbname, "complaintbok", PASSWORD)
    )
    result = probe(typo)
    assert result.problem == "login"
    assert "wrong user or database name" in str(result)


def test_the_join_form_and_settings_ask_for_the_server_with_one_widget(qtbot, qapp) -> None:
    """The first start's join form and Settings > Branch server: the same fields, in the
    same words, read the same way."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from ui.admin.server_box import ServerBox
    from ui.admin.server_fields import ServerFields
    from ui.start.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    box = ServerBox(lambda: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    qtbot.addWidget(box)

    def labels(fields: ServerFields) -> list[str]:
        form = fields.layout()
        assert isinstance(form, QFormLayout)
        found = []
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            found.append(label.text() if isinstance(label, QLabel) else "")
        return found

    assert isinstance(dialog.fields, ServerFields) and isinstance(box.fields, ServerFields)
    assert labels(dialog.fields) == labels(box.fields)
    assert labels(box.fields) == ["Server PC", "Port", "Database", "User name", "Password"]
    for fields in (dialog.fields, box.fields):
        qtbot.keyClicks(fields.host, "192.168.1.10")
        qtbot.keyClicks(fields.dbname, "complaints")
        qtbot.keyClicks(fields.user, "complaintbook")
        qtbot.keyClicks(fields.password, "p@ss:#")
    assert dialog.fields.url() == box.url()
