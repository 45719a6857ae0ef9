"""Disk full, read-only, leftovers: every write path (save, import, backup, restore,
export, upgrade) says what happened and what to do, leaves nothing half-written (no
``.part``, no empty file) and loses nothing saved. On real files: a small tmpfs filled
up, a tiny ``max_page_count``, files and folders nobody may write to."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from models.core.actors import CLI_ACTOR
from models.maintenance.backup import (
    BackupFailed,
    clean_leftovers,
    inspect,
    list_backups,
    take_backup,
    write_backup,
)
from models.maintenance.store import open_store
from models.register.complaints import create_complaint
from models.register.importer import ImportFailed, import_csv
from models.storage.db import database
from models.storage.schema import Complaint

from tests.cli.test_cli import (
    DEMO_CLERK,
    DEMO_MANAGER_PASSWORD,
    as_manager,
    run,
)
from tests.cli.test_cli import (
    DEMO_CLERK_PASSWORD as CLERK,
)
from tests.conftest import fill_up
from tests.factories import make_form
from tests.ops import settle

HEADER = (
    "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,"
    "severity,summary,description,desired_outcome\n"
)


def _csv(path: Path, rows: int, description: str = "desc") -> Path:
    lines = [
        f"2026-10-{1 + i % 28:02d}T10:00,phone,客户{i},1,,pricing,point,low,第{i}件,"
        f"{description},refund\n"
        for i in range(rows)
    ]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def _half_written(folder: Path) -> list[Path]:
    """``.part`` files and empty files anywhere under ``folder`` (SQLite's own -wal may be empty)."""
    return [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and (p.name.endswith(".part") or (p.stat().st_size == 0 and not p.name.endswith("-wal")))
        and p.name not in ("complaint-book.lock", "complaint-book.log")
    ]


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr


def _count(file: Path) -> int:
    con = sqlite3.connect(file)
    try:
        return int(con.execute("SELECT count(*) FROM complaint").fetchone()[0])
    finally:
        con.close()


# -- a full disk ----------------------------------------------------------------


def test_import_on_a_full_disk_saves_nothing_and_says_so(store, tmp_path: Path) -> None:
    create_complaint(CLI_ACTOR, make_form(summary="Saved before the disk filled"))
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages + 20}")
    big = _csv(tmp_path / "big.csv", 400, "长" * 3000)
    with pytest.raises(ImportFailed) as info:
        import_csv(CLI_ACTOR, big)
    assert "full, so nothing was imported" in info.value.message
    assert "rollback" not in info.value.message
    database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert [c.summary for c in Complaint.select()] == ["Saved before the disk filled"]
    assert import_csv(CLI_ACTOR, _csv(tmp_path / "small.csv", 3)).ok  # room again: it works


@pytest.fixture
def full_register(small_disk, tmp_path: Path) -> Path:
    """A register made at the command line on a small disk, backed up once, and the disk
    then filled to the last few hundred kilobytes; its data folder."""
    home = small_disk(24) / "home"
    shop = ("--branch", "shop")  # the retail categories the imported rows name
    assert run(home, "demo", "--months", "1", "--per-month", "20", *shop).returncode == 0
    assert as_manager(home, "backup").returncode == 0
    fill_up(home.parent, leave=300_000)
    return home


def test_backup_on_a_full_disk_is_told_and_leaves_no_part_file(full_register: Path) -> None:
    home = full_register
    before = list_backups(home)
    result = as_manager(home, "backup")
    _no_traceback(result)
    assert result.returncode == 1 and "the disk is full" in result.stderr
    assert "no half backup was left behind" in result.stderr
    assert _half_written(home) == [] and list_backups(home) == before
    (home.parent / "filler.bin").unlink()
    assert run(home, "check").returncode == 0 and _count(home / "complaints.sqlite3") == 20


def test_import_on_a_full_disk_at_the_command_line(full_register: Path, tmp_path: Path) -> None:
    home = full_register
    result = as_manager(home, "import", str(_csv(tmp_path / "rows.csv", 300, "长" * 2000)))
    _no_traceback(result)
    assert result.returncode == 1 and "nothing was imported" in result.stderr
    assert "rollback" not in result.stderr
    (home.parent / "filler.bin").unlink()
    assert _count(home / "complaints.sqlite3") == 20 and _half_written(home) == []


def test_export_to_a_full_disk_leaves_no_file(full_register: Path, small_disk) -> None:
    out = full_register.parent / "register.csv"
    result = as_manager(
        full_register, "export", "--all", "--format", "csv", "--full", "--out", str(out)
    )
    # The export may fit in what is left; if not, it is told and nothing is left behind.
    if result.returncode:
        _no_traceback(result)
        assert "the disk is full" in result.stderr and not out.exists()
    assert _half_written(full_register.parent) == []
    tiny = small_disk(1)
    fill_up(tiny, leave=4096)
    out = tiny / "register.xlsx"
    result = as_manager(
        full_register, "export", "--month", "2026-10", "--format", "xlsx", "--out", str(out)
    )
    _no_traceback(result)
    assert result.returncode == 1 and "the disk is full" in result.stderr
    assert not out.exists() and _half_written(tiny) == []


def test_register_out_to_a_full_disk_or_a_read_only_folder_is_told_plainly(
    full_register: Path, small_disk, read_only, tmp_path: Path
) -> None:
    (full_register.parent / "filler.bin").unlink()  # room for the register's own backup
    tiny = small_disk(1)
    fill_up(tiny, leave=4096)
    shut = tmp_path / "shut"
    shut.mkdir()
    read_only(shut)
    for out, words in (
        (tiny / "register-2026-10.pdf", "could not be written: the disk is full"),
        (shut / "register-2026-10.pdf", "could not be written: this PC may not write there"),
    ):
        result = as_manager(full_register, "register", "--month", "2026-10", "--out", str(out))
        _no_traceback(result)
        assert result.returncode == 1 and words in result.stderr, result.stderr
        assert "Errno" not in result.stderr and "No space left" not in result.stderr
        assert "Operation not permitted" not in result.stderr
        assert list(out.parent.iterdir()) == ([tiny / "filler.bin"] if out.parent == tiny else [])


@pytest.fixture
def completely_full(full_register: Path) -> Path:
    """The register's disk filled to its last byte."""
    fill_up(full_register.parent, leave=0)
    return full_register


@pytest.mark.parametrize("command", ["check", "import"])
def test_a_completely_full_disk_is_said_plainly_and_leaves_nothing_behind(
    completely_full: Path, tmp_path: Path, command: str
) -> None:
    home = completely_full
    before = sorted(p.name for p in home.iterdir())
    if command == "check":
        result = run(home, "check")
    else:
        result = as_manager(home, "import", str(_csv(tmp_path / "rows.csv", 3)))
    _no_traceback(result)
    assert result.returncode == 1
    assert "The disk that holds the register" in result.stderr and "is full" in result.stderr
    assert "Free some space on that disk" in result.stderr
    assert "disk I/O error" not in result.stderr and "Errno" not in result.stderr
    # The log and index SQLite began and could not fill are not left for the next start.
    assert sorted(p.name for p in home.iterdir()) == before
    (home.parent / "filler.bin").unlink()
    assert run(home, "check").returncode == 0 and _count(home / "complaints.sqlite3") == 20


def test_restore_on_a_full_disk_changes_nothing(full_register: Path) -> None:
    home = full_register
    (backup,) = [p for _t, _r, p in list_backups(home)]
    result = as_manager(home, "restore", str(backup))
    _no_traceback(result)
    assert result.returncode == 1 and "Nothing was changed" in result.stderr
    assert not (home / "restoring").exists() and _half_written(home) == []
    (home.parent / "filler.bin").unlink()
    assert run(home, "check").returncode == 0 and _count(home / "complaints.sqlite3") == 20


def test_upgrade_on_a_full_disk_does_not_start(small_disk) -> None:
    from models.maintenance import migrations

    home = small_disk(24) / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "20").returncode == 0
    file = home / "complaints.sqlite3"
    con = sqlite3.connect(file)
    older = migrations.SCHEMA_VERSION - 1
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(older),))
    con.commit()
    con.close()
    fill_up(home.parent, leave=300_000)
    result = run(home, "check")
    _no_traceback(result)
    assert result.returncode == 1 and "the copy could not be made" in result.stderr
    assert "Nothing was changed" in result.stderr and _half_written(home) == []
    con = sqlite3.connect(file)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(
        older
    )
    con.close()
    (home.parent / "filler.bin").unlink()
    upgraded = run(home, "check")
    assert upgraded.returncode == 0, upgraded.stderr


# -- read-only ------------------------------------------------------------------


def test_a_read_only_folder_opens_read_only_and_refuses_changes_plainly(
    tmp_path: Path, read_only, qtbot, qapp
) -> None:
    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "5").returncode == 0
    read_only(home)
    checked = run(home, "check")
    _no_traceback(checked)
    assert checked.returncode == 0 and "OK" in checked.stdout
    refused = as_manager(home, "import", str(_csv(tmp_path / "rows.csv", 2)))
    _no_traceback(refused)
    assert refused.returncode == 1 and "cannot be written on this PC" in refused.stderr

    opened = open_store(home)  # found by trying to write, not by asking os.access
    assert opened.read_only and Complaint.select().count() == 5
    from models.core.actors import actor_for
    from models.storage.schema import Staff

    manager = actor_for(Staff.get(Staff.username == "manager"))
    win = MainWindow(configure(qapp, tmp_path / "settings", "en"), actor=manager, store=opened)
    qtbot.addWidget(win)
    win.show()
    assert win.read_only_banner.isVisible() and "read-only" in win.read_only_banner.text.text()
    win.close()
    opened.close()


def test_a_read_only_register_file_opens_read_only(tmp_path: Path, read_only) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "5").returncode == 0
    read_only(home / "complaints.sqlite3")
    opened = open_store(home)
    assert opened.read_only and Complaint.select().count() == 5
    opened.close()
    result = as_manager(home, "import", str(_csv(tmp_path / "rows.csv", 2)))
    _no_traceback(result)
    assert result.returncode == 1 and "read-only" in result.stderr


def test_a_read_only_register_is_exported_and_backed_up_from_the_command_line(
    tmp_path: Path, read_only
) -> None:
    """Sign-in checks the password without writing (nothing can be), and says what is
    not recorded; exports, backups and the printed register read the file as it is."""
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "5").returncode == 0
    file = home / "complaints.sqlite3"
    read_only(file)
    exported = as_manager(home, "export", "--all", "--format", "json")
    _no_traceback(exported)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count('"register_no"') == 5
    assert "not recorded in the register's audit trail" in exported.stderr
    log = (home / "complaint-book.log").read_text(encoding="utf-8")
    assert "export by" in log and "not recorded: the register is read-only" in log
    copy = tmp_path / "usb" / "copy.sqlite3"
    copy.parent.mkdir()
    backed = as_manager(home, "backup", "--out", str(copy))
    assert backed.returncode == 0, backed.stderr
    assert inspect(copy).complaints == 5
    assert as_manager(home, "backup").returncode == 0 and len(list_backups(home)) == 1
    pdf = tmp_path / "register.pdf"
    printed = as_manager(home, "register", "--month", "2026-10", "--out", str(pdf))
    assert printed.returncode == 0 and pdf.exists(), printed.stderr
    wrong = run(home, "export", "--all", "--format", "json", "--user", "manager", secret="nope")
    assert wrong.returncode == 1 and "Wrong user name or password" in wrong.stderr
    assert wrong.stdout == ""
    clerk = run(home, "backup", "--out", str(tmp_path / "c.sqlite3"), *DEMO_CLERK, secret=CLERK)
    assert clerk.returncode == 1 and not (tmp_path / "c.sqlite3").exists()
    refused = as_manager(home, "import", str(_csv(tmp_path / "rows.csv", 2)))
    assert refused.returncode == 1 and "cannot be changed" in refused.stderr


def test_a_lockout_holds_on_a_read_only_register(tmp_path: Path, read_only) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "2").returncode == 0
    for _ in range(5):
        run(home, "export", "--all", "--format", "json", "--user", "manager", secret="nope")
    read_only(home / "complaints.sqlite3")
    result = as_manager(home, "export", "--all", "--format", "json")
    assert result.returncode == 1 and "this account is locked" in result.stderr
    assert result.stdout == ""


def test_a_manager_backs_up_a_register_in_a_read_only_folder_elsewhere(
    tmp_path: Path, read_only
) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "5").returncode == 0
    read_only(home)
    inside = as_manager(home, "backup")  # the backups folder is in the read-only one
    _no_traceback(inside)
    assert inside.returncode == 1 and "may not write there" in inside.stderr
    copy = tmp_path / "copy.sqlite3"
    backed = as_manager(home, "backup", "--out", str(copy))
    assert backed.returncode == 0, backed.stderr
    assert inspect(copy).complaints == 5 and _half_written(tmp_path) == []


def test_signing_in_to_a_read_only_register_in_the_app(
    tmp_path: Path, read_only, qtbot, qapp
) -> None:
    from PySide6.QtCore import Qt

    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "5").returncode == 0
    read_only(home / "complaints.sqlite3")
    opened = open_store(home)
    win = MainWindow(configure(qapp, tmp_path / "settings", "en"), store=opened)
    qtbot.addWidget(win)
    win.show()
    view = win.sign_in_view
    assert win.stack.currentWidget() is view
    view.username.setEditText("manager")
    qtbot.keyClicks(view.secret, "wrong")
    qtbot.keyClick(view.secret, Qt.Key.Key_Return)
    settle(qtbot)
    assert "Wrong user name or password" in view.error.text()
    view.username.setEditText("manager")
    qtbot.keyClicks(view.secret, DEMO_MANAGER_PASSWORD)
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is not view)
    assert win.nav.isVisible() and win.read_only_banner.isVisible()
    win.close()
    opened.close()


def test_an_unwritable_log_is_no_reason_for_a_traceback(tmp_path: Path, read_only) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "3").returncode == 0
    log = home / "complaint-book.log"
    log.touch()
    read_only(log)
    result = run(home, "check")
    assert result.returncode == 0 and result.stderr == ""


def test_a_backup_into_a_read_only_folder_says_so_and_leaves_nothing(
    store, tmp_path: Path, read_only
) -> None:
    create_complaint(CLI_ACTOR, make_form())
    folder = tmp_path / "usb"
    folder.mkdir()
    read_only(folder)
    with pytest.raises(BackupFailed) as info:
        write_backup(folder / "copy.sqlite3")
    assert "may not write there" in info.value.message
    assert list(folder.iterdir()) == []


# -- what interrupted work leaves behind ----------------------------------------------


def _aged(path: Path, days: float) -> Path:
    when = (dt.datetime.now() - dt.timedelta(days=days)).timestamp()
    os.utime(path, (when, when))
    return path


def test_leftovers_older_than_a_day_are_cleaned_up_at_start(store, home: Path) -> None:
    create_complaint(CLI_ACTOR, make_form())
    take_backup(home, "manual")
    store.close()
    folder = home / "backups"
    old_part = folder / "complaints-20990101-000000-auto.sqlite3.part"
    old_part.write_bytes(b"x" * 1000)
    _aged(old_part, 2)
    fresh_part = folder / "complaints-20990102-000000-manual.sqlite3.part"
    fresh_part.write_bytes(b"being written right now by another process")
    copies = []
    for stamp in ("20260101-090000", "20260201-090000", "20260301-090000"):
        copy = home / f"complaints.before-v14-{stamp}.sqlite3"
        copy.write_bytes(b"a full copy")
        copies.append(_aged(copy, 40))
    upgrade_part = home / "complaints.before-v15-20260302-090000.sqlite3.part"
    upgrade_part.write_bytes(b"half")
    _aged(upgrade_part, 3)
    restoring = home / "restoring"
    restoring.mkdir()
    (restoring / "complaints.sqlite3").write_bytes(b"half checked")
    _aged(restoring, 2)

    open_store(home).close()
    assert not old_part.exists() and fresh_part.exists()
    assert [c.exists() for c in copies] == [False, False, True]  # the newest copy stays
    assert not upgrade_part.exists() and not restoring.exists()
    assert len(list_backups(home)) == 1


def test_cleaning_up_never_touches_a_backup(store, home: Path) -> None:
    create_complaint(CLI_ACTOR, make_form())
    made = take_backup(home, "manual")
    _aged(made, 30)
    assert clean_leftovers(home, store.file) == []
    assert made.exists()


def test_a_booklet_on_a_full_disk_leaves_no_half_file(manager, small_disk) -> None:
    from models.core.location import WriteFailed
    from models.counter import replies
    from reports.booklet import write_booklet

    replies.seed_defaults(manager)
    disk = small_disk(1)
    fill_up(disk, leave=4096)
    with pytest.raises(WriteFailed) as info:
        write_booklet(disk / "booklet.pdf")
    assert "the disk is full" in info.value.message
    assert list(disk.iterdir()) == [disk / "filler.bin"]
