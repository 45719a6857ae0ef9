"""The branch server's two roles: the counter PCs' role reads and adds to the register
but owns nothing, so it cannot switch the audit trail's guards off; the owner role
creates and upgrades it (``server-setup``). Real roles on the test server, no mocks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from models.book.opinions import sign_read
from models.maintenance.integrity import check_database
from models.maintenance.migrations import SCHEMA_VERSION
from models.maintenance.store import open_store
from models.register.complaints import create_complaint
from models.storage import db as dbmod
from models.storage.drafts import discard_draft, load_draft, save_draft
from models.storage.schema import Complaint
from models.storage.server import probe
from models.storage.server_rights import ServerNeedsOwner
from models.trust import auth

from tests import pg
from tests.cli.test_cli import run
from tests.cli.test_cli import set_up as first_manager
from tests.factories import make_form
from tests.models.maintenance.test_move_to_server import pc_register  # noqa: F401 - a fixture
from tests.ops import settle

# What someone holding the counter PCs' password could try, to rewrite the trail unseen.
FORBIDDEN = (
    "ALTER TABLE audit_event DISABLE TRIGGER USER",
    "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
    "ALTER TABLE event DISABLE TRIGGER ALL",
    "DROP TRIGGER audit_event_append_only ON audit_event",
    "CREATE OR REPLACE FUNCTION refuse_append_only_change() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
    "SET session_replication_role = replica",
    "UPDATE audit_event SET actor_name = 'someone else'",
    "DELETE FROM audit_event",
    "TRUNCATE audit_event",
    "UPDATE event SET text = 'rewritten'",
    "DELETE FROM event",
    "DELETE FROM complaint",
    "UPDATE read_signoff SET signed_by = 'someone else'",
    "DELETE FROM read_signoff",
    "DROP TABLE audit_event",
    "ALTER TABLE complaint ADD COLUMN hidden TEXT",
    "CREATE TABLE my_own (id INTEGER)",
    "CREATE TRIGGER mine BEFORE INSERT ON audit_event FOR EACH ROW "
    "EXECUTE FUNCTION refuse_append_only_change()",
    "CREATE SCHEMA mine",
)

CSV = (
    "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,severity,"
    "summary,description,desired_outcome\n"
    "2026-01-05,phone,Trần Thị Hoa,0901234567,,pricing,point,low,Giá sai,Giá trên kệ khác,"
    "Hoàn tiền\n"
    "2026-01-06,in_person,李明,13912345678,,product_quality,point,medium,过期,牛奶过期,退款\n"
)


@pytest.fixture
def server() -> Iterator[pg.TwoRoles]:
    """A branch database its owner role owns, and the counter PCs' role, as the README
    sets them up; nothing created in it yet."""
    roles = pg.create_two_roles()
    try:
        yield roles
    finally:
        if dbmod.database.obj is not None and not dbmod.database.is_closed():
            dbmod.database.close()
        pg.drop_two_roles(roles)


@pytest.fixture
def old_server() -> Iterator[pg.TwoRoles]:
    """A server set up before there were two roles: the counter PCs' role owns it all."""
    roles = pg.create_two_roles(app_owns_database=True)
    try:
        yield roles
    finally:
        if dbmod.database.obj is not None and not dbmod.database.is_closed():
            dbmod.database.close()
        pg.drop_two_roles(roles)


def setup_command(home: Path, roles: pg.TwoRoles, command: str = "server-setup"):  # type: ignore[no-untyped-def]
    """The owner's command, its password typed on standard input."""
    return run(home, command, "--owner", roles.owner, db=roles.url, secret=roles.owner_password)


def refused(url: str) -> list[str]:
    """Which of FORBIDDEN the role at ``url`` was allowed to do (each tried on its own)."""
    allowed = []
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in FORBIDDEN:
            try:
                with conn.transaction(force_rollback=True):
                    conn.execute(statement)
            except psycopg.errors.InsufficientPrivilege:
                continue
            except psycopg.Error:
                pass  # let through, then stopped by something else (the trigger itself)
            allowed.append(statement)
    return allowed


def owned_by(url: str, role: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [
            name
            for (name,) in conn.execute(
                "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                "AND relowner = to_regrole(%s) UNION ALL SELECT proname FROM pg_proc "
                "WHERE pronamespace = 'public'::regnamespace AND proowner = to_regrole(%s) "
                "UNION ALL SELECT datname FROM pg_database WHERE datname = current_database() "
                "AND datdba = to_regrole(%s)",
                (role, role, role),
            )
        ]


def test_the_app_role_cannot_switch_off_the_triggers_nor_change_the_trail(
    home: Path, server: pg.TwoRoles
) -> None:
    made = setup_command(home, server)
    assert made.returncode == 0, made.stderr
    assert f"is created (schema {SCHEMA_VERSION}) and belongs to {server.owner}" in made.stdout
    assert server.owner_password not in made.stdout + made.stderr
    # Something to protect: a manager and a complaint, saved by the counter PCs' role.
    first_manager(home, db=server.url)
    assert refused(server.url) == []
    with psycopg.connect(server.url) as conn:  # the trail still there, its guards on
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] > 0
        enabled = conn.execute(
            "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass "
            "AND NOT tgisinternal AND tgenabled = 'O'"
        ).fetchone()[0]
        assert enabled == 2
    assert owned_by(server.url, server.app) == []


def test_the_counter_pcs_work_as_usual_on_the_app_role(
    home: Path, server: pg.TwoRoles, tmp_path: Path
) -> None:
    assert setup_command(home, server).returncode == 0
    user = first_manager(home, db=server.url)
    csv_file = tmp_path / "old.csv"
    csv_file.write_text(CSV, encoding="utf-8")
    imported = run(home, "import", str(csv_file), *user, db=server.url, secret="first-manager-1")
    assert imported.returncode == 0, imported.stderr  # a bulk load: rows, numbers, trail
    store = open_store(home, server.url)
    try:
        manager = auth.sign_in("mai", "first-manager-1")
        saved = create_complaint(manager, make_form(summary="Saved on the app role"))
        save_draft("mai", "intake", {"summary": "half typed"})
        discard_draft("mai", "intake")
        assert load_draft("mai", "intake") is None
        assert sign_read(manager).signed_by == manager.name  # the day's reading signed off
        assert saved.seq == 1  # the first of this month (the imported ones are of January)
        assert [c.summary for c in Complaint.select().order_by(Complaint.id)] == [
            "Giá sai",
            "过期",
            "Saved on the app role",
        ]
    finally:
        store.close()
    checked = run(home, "check", db=server.url)
    assert checked.returncode == 0 and "OK" in checked.stdout, checked.stdout + checked.stderr


def test_the_app_role_finds_no_register_and_says_who_creates_it(
    home: Path, server: pg.TwoRoles
) -> None:
    told = run(home, "check", db=server.url)
    assert told.returncode == 1 and "Traceback" not in told.stderr
    assert f"server-setup --owner {server.owner}" in told.stderr
    assert "may not create one" in told.stderr
    found = probe(server.url)
    assert not found.usable
    assert f"server-setup --owner {server.owner}" in str(found)
    with psycopg.connect(server.url) as conn:  # and it made nothing
        assert conn.execute("SELECT to_regclass('meta')").fetchone()[0] is None


def test_an_older_register_is_upgraded_by_the_owner_not_by_a_counter_pc(
    home: Path, server: pg.TwoRoles
) -> None:
    assert setup_command(home, server).returncode == 0
    with psycopg.connect(server.owner_url) as conn:  # as an earlier version left it
        conn.execute(
            "UPDATE meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION - 1),)
        )
    with pytest.raises(ServerNeedsOwner) as caught:
        open_store(home, server.url)
    message = str(caught.value)
    assert f"schema {SCHEMA_VERSION - 1}; this version needs {SCHEMA_VERSION}" in message
    assert f"python main.py server-setup --owner {server.owner}" in message
    assert "nothing was changed" in message
    dbmod.database.close()
    found = probe(server.url)  # Settings' "Test connection" says the same
    assert not found.usable and "must first be upgraded" in str(found)

    upgraded = setup_command(home, server, "server-upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"up to date (schema {SCHEMA_VERSION}; it was {SCHEMA_VERSION - 1})" in upgraded.stdout
    store = open_store(home, server.url)
    store.close()
    assert refused(server.url) == []


def test_a_server_the_app_role_owns_is_handed_to_the_owner(
    home: Path, old_server: pg.TwoRoles
) -> None:
    # Set up as before: the counter PCs' role made the register and owns it.
    user = first_manager(home, db=old_server.url)
    assert "ALTER TABLE audit_event DISABLE TRIGGER USER" in refused(old_server.url)

    # The owner role may not take over what it may not act for: said, nothing changed.
    not_yet = setup_command(home, old_server)
    assert not_yet.returncode == 1 and "Traceback" not in not_yet.stderr
    assert f'GRANT "{old_server.app}" TO "{old_server.owner}";' in not_yet.stderr
    assert "audit_event" in owned_by(old_server.url, old_server.app)

    pg.as_admin(old_server.url, f'GRANT "{old_server.app}" TO "{old_server.owner}"')
    moved = setup_command(home, old_server)
    assert moved.returncode == 0, moved.stderr
    assert f"now belongs to {old_server.owner}" in moved.stdout
    assert owned_by(old_server.url, old_server.app) == []
    assert refused(old_server.url) == []

    # The branch goes on as before, with what it had.
    exported = run(
        home,
        "export",
        "--all",
        "--format",
        "json",
        *user,
        db=old_server.url,
        secret="first-manager-1",
    )
    assert exported.returncode == 0, exported.stderr
    checked = run(home, "check", db=old_server.url)
    assert checked.returncode == 0 and "OK" in checked.stdout, checked.stdout + checked.stderr


def test_the_owner_password_is_never_an_argument_and_a_wrong_one_is_said(
    home: Path, server: pg.TwoRoles
) -> None:
    as_argument = run(
        home, "server-setup", "--owner", server.owner, "--password", "x", db=server.url
    )
    assert as_argument.returncode == 2
    nothing = run(home, "server-setup", "--owner", server.owner, db=server.url, secret="")
    assert nothing.returncode == 1 and "no password was given" in nothing.stderr
    wrong = run(home, "server-setup", "--owner", server.owner, db=server.url, secret="guess")
    assert wrong.returncode == 1 and "Traceback" not in wrong.stderr
    assert f"refused user name {server.owner}" in wrong.stderr
    same = run(home, "server-setup", "--owner", server.app, db=server.url, secret="x")
    assert same.returncode == 1 and "another role than" in same.stderr


def test_settings_test_connection_says_the_owner_must_upgrade(
    qtbot, qapp, store, home: Path, server: pg.TwoRoles
) -> None:
    """A manager pointing a counter PC at a server whose register is older than the app
    learns, before pressing Use this server, who upgrades it and how."""
    from PySide6.QtCore import Qt

    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    from tests.factories import branch_manager
    from tests.ui.admin.test_server_settings import _type_server, _wait_for_test

    assert setup_command(home, server).returncode == 0
    with psycopg.connect(server.owner_url) as conn:
        conn.execute(
            "UPDATE meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION - 1),)
        )
    window = MainWindow(configure(qapp, home, "en"), actor=branch_manager(), store=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("settings")
    box = window.settings_view.server
    _type_server(qtbot, window, server.url)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    _wait_for_test(qtbot, window)
    text = box.status.text()
    assert "must first be upgraded to this version" in text
    assert f"python main.py server-setup --owner {server.owner}" in text


def test_the_connection_test_warns_when_the_counter_pcs_own_the_register(
    home: Path, old_server: pg.TwoRoles, server: pg.TwoRoles
) -> None:
    first_manager(home, db=old_server.url)  # one user that owns everything, as before
    told = run(home, "test-server", old_server.url)
    assert told.returncode == 0  # it works; it is only not safe
    assert f"But user {old_server.app} owns it" in told.stdout
    assert "Upgrading an existing server" in told.stdout
    assert setup_command(home, server).returncode == 0
    safe = run(home, "test-server", server.url)
    # Just created by its owner: there, but nobody set up a branch on it yet.
    assert "there but empty" in safe.stdout and "Move this PC's register" in safe.stdout
    assert "owns it" not in safe.stdout
    first_manager(home, db=server.url)
    shared = run(home, "test-server", server.url)
    assert "already there: this PC will share it." in shared.stdout


def test_an_owner_role_that_does_not_own_the_database_is_told_the_line_to_type(
    home: Path, server: pg.TwoRoles
) -> None:
    admin = pg.server_url().split("://", 1)[1].split(":", 1)[0]
    pg.as_admin(server.url, f'ALTER DATABASE "{server.database}" OWNER TO "{admin}"')
    told = setup_command(home, server)
    assert told.returncode == 1 and "Traceback" not in told.stderr
    line = f'ALTER DATABASE "{server.database}" OWNER TO "{server.owner}";'
    assert line in told.stderr
    pg.as_admin(server.url, line)
    assert setup_command(home, server).returncode == 0
    assert refused(server.url) == []


def test_a_pcs_register_is_moved_in_by_the_owner_not_by_the_counter_pcs(
    home: Path,
    server: pg.TwoRoles,
    pc_register: Path,  # noqa: F811 - the fixture imported above
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A move replaces what the register's creation wrote, lifting the guards for that
    moment: the counter PCs' user is told who may, and the owner's move then works."""
    from tests.models.maintenance.test_move_to_server import MANAGER, PASSWORD
    from tests.models.maintenance.test_move_to_server import run as move_run

    assert setup_command(home, server).returncode == 0
    refused_move = move_run(
        pc_register, "move-to-server", server.url, "--user", MANAGER, secret=PASSWORD
    )
    assert refused_move.returncode == 1 and "Traceback" not in refused_move.stderr
    assert f"only the server's owner role {server.owner} may do that" in refused_move.stderr
    assert f"move-to-server postgresql://{server.owner}@localhost/" in refused_move.stderr
    assert "Nothing was moved" in refused_move.stderr

    monkeypatch.setenv("PGPASSWORD", server.owner_password)  # as the README says
    owner_address = server.owner_url.replace(f":{server.owner_password}@", "@")
    # On the server PC, from a copy of the PC's register file (README).
    copy = home.parent / "move" / "complaints.sqlite3"
    copy.parent.mkdir()
    shutil.copy2(pc_register / "complaints.sqlite3", copy)
    moved = move_run(
        home,
        "--db",
        "sqlite:///" + copy.as_posix(),
        "move-to-server",
        owner_address,
        "--user",
        MANAGER,
        secret=PASSWORD,
    )
    assert moved.returncode == 0, moved.stdout + moved.stderr
    monkeypatch.delenv("PGPASSWORD")
    store = open_store(home, server.url)  # the counter PCs work on, as before
    try:
        manager = auth.sign_in(MANAGER, PASSWORD)
        create_complaint(manager, make_form(summary="First on the server"))
        assert check_database().ok
    finally:
        store.close()
    assert refused(server.url) == []
    assert owned_by(server.url, server.app) == []


def test_the_settings_move_asks_for_the_owner_and_keeps_nothing(
    qtbot,
    qapp,
    home: Path,
    server: pg.TwoRoles,
    pc_register: Path,  # noqa: F811 - the fixture imported above
) -> None:
    """On a server with two users, Move... in Settings takes the owner's name and password
    for that one move: refused plainly without them or with a wrong one, done with them."""
    from tests.models.maintenance.test_move_to_server import (
        MANAGER,
        PASSWORD,
        move_now,
        open_move_dialog,
    )

    assert setup_command(home, server).returncode == 0
    win, dialog = open_move_dialog(qtbot, qapp, pc_register, server.url)
    try:
        move_now(qtbot, dialog)  # as the counter PCs' user: the owner's work
        assert dialog.exit_code == 1
        said = dialog.status.text()
        assert f"only its owner role {server.owner} may move a register in" in said, said
        assert server.app in said and "Type the owner's user name and password" in said
        assert dialog.owner.hasFocus() or not qapp.focusWindow()

        qtbot.keyClicks(dialog.owner, server.owner)
        qtbot.keyClicks(dialog.owner_password, "a-wrong-guess")
        move_now(qtbot, dialog)
        assert dialog.exit_code == 1
        said = dialog.status.text()
        assert f"refused the owner's user name {server.owner} with the password typed" in said
        assert "a-wrong-guess" not in said
        assert "Traceback" not in said + dialog.output.toPlainText()

        qtbot.keyClicks(dialog.owner_password, server.owner_password)
        shown = move_now(qtbot, dialog)
        assert dialog.exit_code == 0, shown + dialog.status.text()
        assert "Check on server: OK" in shown
        assert dialog.owner_password.text() == ""  # used for the move only
        win.close()
    finally:
        if win.store is not None:
            win.store.close()
    kept = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in pc_register.rglob("*")
        if p.is_file() and p.suffix in (".ini", ".log", ".txt", ".json")
    )
    assert server.owner_password not in kept
    store = open_store(home, server.url)  # the counter PCs work on it, as before
    try:
        manager = auth.sign_in(MANAGER, PASSWORD)
        create_complaint(manager, make_form(summary="First on the server"))
        assert check_database().ok
    finally:
        store.close()
    assert refused(server.url) == []
    assert owned_by(server.url, server.app) == []
