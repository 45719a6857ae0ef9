"""Faults a branch PC will meet: nothing acknowledged is lost, and the message says what to do."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer

from models.core.actors import CLI_ACTOR
from models.maintenance.backup import inspect, list_backups, newest_good, take_backup
from models.maintenance.integrity import check_database
from models.maintenance.store import DatabaseDamaged, Store, open_store, quarantine
from models.register.complaints import create_complaint
from models.storage.db import DatabaseBusy, DiskFull, ReadOnlyDatabase, database
from models.storage.schema import AuditEvent, Complaint

from tests.factories import make_form
from tests.ops import settle

WRITER = Path(__file__).resolve().parents[2] / "writer_process.py"


def _killed_after(home: Path, what: str, lines: int) -> list[str]:
    """Start the helper, read ``lines`` acknowledgements, then kill it hard."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(home), what], stdout=subprocess.PIPE, text=True
    )
    seen = []
    assert proc.stdout is not None
    for _ in range(lines):
        seen.append(proc.stdout.readline().strip())
    proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
    proc.wait(timeout=30)
    proc.stdout.close()
    return [s for s in seen if s]


def test_writer_killed_again_and_again_loses_nothing_it_acknowledged(store) -> None:
    database.close()
    rng = random.Random(11)
    acknowledged: list[str] = []
    for _ in range(6):
        acknowledged += _killed_after(store.data_dir, "write", rng.randint(1, 12))
    open_store(store.data_dir)
    numbers = {c.register_no for c in Complaint.select()}
    assert set(acknowledged) <= numbers
    seqs = sorted(c.seq for c in Complaint.select())
    assert seqs == list(range(1, len(seqs) + 1))
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check_database().ok


def test_killed_during_backups_no_partial_file_counts(store) -> None:
    for i in range(20):
        create_complaint(CLI_ACTOR, make_form(description="x" * 5000 + str(i)))
    database.close()
    _killed_after(store.data_dir, "backup", 2)
    open_store(store.data_dir)
    for _taken, _reason, path in list_backups(store.data_dir):
        assert not path.name.endswith(".part")
        inspect(path)  # every finished backup passes its checks
    (store.data_dir / "backups" / "complaints-20991231-235959-manual.sqlite3.part").write_bytes(
        b"half"
    )
    assert all(not p.name.endswith(".part") for _, _, p in list_backups(store.data_dir))


def test_second_instance_and_stale_lock(qapp, home: Path) -> None:
    from ui.window.instance import SingleInstance

    home.mkdir(parents=True, exist_ok=True)
    code = (
        f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parents[3])!r})\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "from ui.window.instance import SingleInstance\n"
        f"s = SingleInstance(Path({str(home)!r})); print(s.acquire(), flush=True)\n"
        "import time\n"
        "while True: time.sleep(1)\n"
    )
    first = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert first.stdout is not None and first.stdout.readline().strip() == "True"
    second = SingleInstance(home)
    assert not second.acquire()
    user, pc = second.holder()
    assert user != "?" and pc != "?"
    first.kill()  # a crash: the lock file stays behind
    first.wait(timeout=30)
    first.stdout.close()
    third = SingleInstance(home)
    assert third.acquire()  # the stale lock is taken over
    third.release()


def test_busy_database_is_told_and_nothing_is_lost(store) -> None:
    create_complaint(CLI_ACTOR, make_form())
    database.execute_sql("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(store.file)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusy) as info:
            create_complaint(CLI_ACTOR, make_form())
        assert "busy" in info.value.message
    finally:
        other.rollback()
        other.close()
    assert Complaint.select().count() == 1
    create_complaint(CLI_ACTOR, make_form())  # retry works
    assert Complaint.select().count() == 2


def test_read_only_database_opens_and_refuses_saving_plainly(store) -> None:
    create_complaint(CLI_ACTOR, make_form())
    store.close()
    ro = open_store(store.data_dir, read_only=True)
    assert ro.read_only and Complaint.select().count() == 1
    with pytest.raises(ReadOnlyDatabase):
        create_complaint(CLI_ACTOR, make_form())
    assert Complaint.select().count() == 1


def test_disk_full_is_named_and_earlier_data_is_safe(store) -> None:
    create_complaint(CLI_ACTOR, make_form(summary="Saved before the disk filled"))
    pages = database.execute_sql("PRAGMA page_count").fetchone()[0]
    database.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull) as info:
        create_complaint(CLI_ACTOR, make_form(description="字" * 19_000))
    assert "disk is full" in info.value.message
    database.execute_sql("PRAGMA max_page_count = 1073741823")
    assert Complaint.get().summary == "Saved before the disk filled"
    assert Complaint.select().count() == 1


def test_corrupted_header_is_moved_aside_and_newest_good_backup_offered(store) -> None:
    create_complaint(CLI_ACTOR, make_form())
    good = take_backup(store.data_dir, "manual")
    store.close()
    raw = bytearray(store.file.read_bytes())
    raw[0:16] = b"not a database!!"
    store.file.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged) as info:
        open_store(store.data_dir)
    moved = quarantine(info.value.file)
    assert moved.exists() and moved.read_bytes()[:16] == b"not a database!!"  # never overwritten
    assert newest_good(store.data_dir).path == good


def test_random_bytes_in_a_middle_page_are_detected(store) -> None:
    for i in range(60):
        create_complaint(CLI_ACTOR, make_form(description="Long text " * 200 + str(i)))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    raw = bytearray(store.file.read_bytes())
    page = 4096
    middle = (len(raw) // page // 2) * page
    rng = random.Random(3)
    raw[middle + 8 : middle + 4000] = bytes(rng.randrange(256) for _ in range(3992))
    store.file.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        open_store(store.data_dir)


def test_gui_start_checks_the_file_in_the_background_and_the_next_start_in_full(
    qtbot, qapp, store, home: Path, manager
) -> None:
    from models.maintenance.store import needs_full_check

    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    for i in range(60):
        create_complaint(CLI_ACTOR, make_form(description="Long text " * 200 + str(i)))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    # Damage a page nothing reads or writes at start (an index of guided-run steps).
    root = database.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'run_step'"
    ).fetchone()[0]
    store.close()
    raw = bytearray(store.file.read_bytes())
    at = (root - 1) * 4096
    raw[at : at + 4000] = bytes(random.Random(3).randrange(256) for _ in range(4000))
    store.file.write_bytes(bytes(raw))

    quick = open_store(home, check=False)  # what the GUI does: opens at once...
    assert not quick.checked
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=quick)
    qtbot.addWidget(win)
    win.show()
    # ...and finds the damage in the background, tells the user, and remembers it.
    qtbot.waitUntil(lambda: win.read_only_banner.isVisible(), timeout=30_000)
    assert "failed its check" in win.read_only_banner.text.text()
    assert needs_full_check(home)
    win.close()
    quick.close()
    with pytest.raises(DatabaseDamaged):
        open_store(home, check=needs_full_check(home))


def test_restore_of_the_newest_backup_into_a_fresh_folder_matches(store, tmp_path: Path) -> None:
    from models.maintenance.restore import restore

    for _ in range(3):
        create_complaint(CLI_ACTOR, make_form())
    live = check_database()
    backup = take_backup(store.data_dir, "manual")
    store.close()
    fresh = open_store(tmp_path / "fresh")
    _info, reopened = restore(CLI_ACTOR, fresh, backup)
    restored = check_database()
    # The backup's chain, then one event that says who restored it and from what.
    assert restored.ok and (restored.records, restored.events) == (live.records, live.events + 1)
    newest = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (newest.table_name, newest.action, newest.prev_hash) == (
        "activity",
        "restore",
        live.head,
    )
    assert Complaint.select().count() == 3
    reopened.close()


def test_settings_back_up_now_and_restore_through_the_window(
    qtbot, qapp, store, home: Path, manager
) -> None:
    from models.trust import auth

    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    auth.set_credentials(manager, manager.staff_id, username="chen", password="manager-password")
    manager = auth.sign_in("chen", "manager-password")  # what they do is signed from now on
    create_complaint(manager, make_form(summary="Before the backup"))
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=store)
    qtbot.addWidget(win)
    win.show_page("settings")
    win.settings_view.backup_button.click()
    settle(qtbot)
    assert not win.backup_bar.isHidden() or win._backup_task is None  # made in the background
    qtbot.waitUntil(lambda: win._backup_task is None, timeout=30_000)
    found = list_backups(home)
    assert len(found) == 1 and "Newest backup" in win.settings_view.last_backup.text()
    create_complaint(manager, make_form(summary="After the backup"))
    win.restore_backup(found[0][2])
    assert (
        win.stack.currentWidget() is win.sign_in_view
        and "Restored the backup" in win.sign_in_view.notice.text()
    )
    assert [c.summary for c in Complaint.select()] == ["Before the backup"]
    assert any(reason == "prerestore" for _t, reason, _p in list_backups(home))


def test_read_only_register_shows_a_banner_and_cannot_save(
    qtbot, qapp, store, home: Path, manager
) -> None:
    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    store.close()
    ro = open_store(home, read_only=True)
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=ro)
    qtbot.addWidget(win)
    win.show()
    assert win.read_only_banner.isVisible() and "read-only" in win.read_only_banner.text.text()
    assert not win.intake.save_button.isEnabled()


@pytest.mark.sqlite_only
def test_saves_leave_the_log_copy_to_the_background(
    qtbot, qapp, store, home: Path, manager
) -> None:
    """With the app open, a save only appends to the synced write-ahead log: copying the
    log into the register file (a sync of the whole file, slow on a busy disk) runs in
    the background, and after it the file alone holds every save."""
    import sqlite3

    from models.storage.db import database

    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the new register, in its file
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=store)
    qtbot.addWidget(win)
    assert database.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    assert win._checkpoint_timer.isActive()
    for n in range(60):  # more than SQLite's own threshold of 1,000 pages of log
        create_complaint(manager, make_form(summary=f"Save {n}"))

    def in_file_alone() -> int:  # the register file read without its log
        con = sqlite3.connect(f"file:{store.file.as_posix()}?immutable=1", uri=True)
        try:
            return int(con.execute("SELECT count(*) FROM complaint").fetchone()[0])
        finally:
            con.close()

    assert in_file_alone() < 60
    task = win.checkpoint()
    assert task is not None
    qtbot.waitUntil(lambda: win._checkpoint_task is None, timeout=30_000)
    assert in_file_alone() == 60


def test_an_upgrade_at_start_runs_off_the_gui_thread_and_its_errors_reach_it(
    qtbot, qapp, store, home: Path, manager
) -> None:
    """The first start after an update may make a big register's search index again
    (minutes for a million complaints): the window's thread keeps handling events
    meanwhile, then works on the upgraded register; a damaged file is still reported."""
    from models.maintenance import migrations
    from models.search import index as search
    from models.storage.schema import Meta

    from ui.window.opening import open_in_background

    create_complaint(manager, make_form(summary="ATM机吞卡"))
    Meta.update(value="11").where(Meta.key == "schema_version").execute()
    store.close()
    handled: list[bool] = []
    QTimer.singleShot(0, lambda: handled.append(True))  # runs only if events are handled
    steps: list[tuple[int, int]] = []

    def opener(progress: Callable[[int, int], None]) -> Store:
        def report(done: int, total: int) -> None:
            steps.append((done, total))
            progress(done, total)  # to the opening window, from the worker thread

        return open_store(home, upgrade_progress=report)

    upgraded = open_in_background(opener)
    assert handled == [True]
    assert steps[0] == (0, 1) and (1, 1) in steps  # one complaint, and the merging
    assert steps[-1][0] == steps[-1][1] > 1  # then the audit trail's events (schema 15)
    assert Meta.get(Meta.key == "schema_version").value == str(migrations.SCHEMA_VERSION)
    sql = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE name = ?", (search.FTS_TABLE,)
    ).fetchone()[0]
    assert "content = ''" in sql  # made again by the upgrade
    from models.register import queries

    assert [r.summary for r in queries.page(queries.ListFilter(search="吞卡"), 0, 5)] == [
        "ATM机吞卡"
    ]
    create_complaint(manager, make_form(summary="存折"))  # this thread writes too
    upgraded.close()
    upgraded.file.write_bytes(b"not a register at all" * 100)
    with pytest.raises(DatabaseDamaged):
        open_in_background(lambda progress: open_store(home, upgrade_progress=progress))
