"""Opening and closing the register: one call the GUI and every CLI command share.

Opening checks the file first (``quick_check``): a damaged database is reported, never
written to, so it can be moved aside and the newest good backup offered. A file or
folder that cannot be written is opened read-only.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import peewee as pw

from models import db as dbmod
from models.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, DomainError
from models.migrations import migrate
from models.schema import Branch

if TYPE_CHECKING:
    from models.bulk import Progress


class DatabaseDamaged(DomainError):
    """The database file failed SQLite's own check; nothing was written to it."""

    code = "database_damaged"

    def __init__(self, file: Path, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("domain", "The register file {file} is damaged ({detail})."),
            file=str(file),
            detail=detail,
        )
        self.file = file


@dataclass
class Store:
    url: str
    data_dir: Path
    file: Path | None
    read_only: bool = False
    checked: bool = True  # False: SQLite's whole-file check is still to be run (GUI start)

    def close(self) -> None:
        if not dbmod.database.is_closed():
            dbmod.database.close()


def defer_checkpoints(db: pw.Database) -> None:
    """Saves on this connection stop copying the write-ahead log into the register file
    themselves: that copy ends with a sync of the whole file, 50 to 100 ms on a slow
    disk, and it fell on whichever save crossed SQLite's threshold. The caller runs
    ``checkpoint`` in the background instead (the app does, every half minute). What is
    saved is as safe either way: it is in the synced log."""
    if dbmod.is_sqlite(db):
        db.execute_sql("PRAGMA wal_autocheckpoint = 0")


def checkpoint(file: Path) -> None:
    """Copy what the write-ahead log holds into the register file, on a connection of
    its own (for a background thread), without waiting for or blocking anyone."""
    import sqlite3

    con = sqlite3.connect(file, timeout=dbmod.BUSY_TIMEOUT_MS / 1000)
    try:
        con.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        con.close()


def writable(file: Path) -> bool:
    folder_ok = os.access(file.parent, os.W_OK)
    return folder_ok and (not file.exists() or os.access(file, os.W_OK))


def quick_check(file: Path) -> str:
    """SQLite's own check of a register file, on a connection of its own (read-only), so
    the app can run it beside the open register: "ok", or what is wrong."""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{file.as_posix()}?mode=ro", uri=True, timeout=30)
        try:
            return str(con.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def _has_statistics(db: pw.Database) -> bool:
    if not db.table_exists("sqlite_stat1"):
        return False
    return bool(db.execute_sql("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'complaint'").fetchone())


def analyse(db: pw.Database) -> None:
    """Planner statistics for the big tables, sampled (a few milliseconds at any size):
    without them SQLite picks the wrong index for the home view's lists, and PostgreSQL
    walks the whole register for a word that is rare (after a big import or the demo)."""
    if dbmod.is_sqlite(db):
        db.execute_sql("PRAGMA analysis_limit = 1000")
    for table in ("complaint", "opinion_entry", "complaint_search"):
        if db.table_exists(table):
            db.execute_sql(f"ANALYZE {table}")


def open_store(
    data_dir: Path,
    url: str | None = None,
    *,
    read_only: bool | None = None,
    check: bool = True,
    announce_upgrade: Callable[[int], None] | None = None,
    upgrade_progress: Progress | None = None,
) -> Store:
    """Connect, check, migrate and make sure a branch row exists (defaults until set up).

    ``check=False`` leaves SQLite's whole-file check to the caller (the GUI runs
    ``quick_check`` in the background, so starting takes the same time at any size);
    the header is still read, so a file that is not a database is refused at once."""
    data_dir.mkdir(parents=True, exist_ok=True)
    url = dbmod.resolve_url(url, data_dir)
    file = dbmod.sqlite_path(url)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
        if read_only is None:
            read_only = not writable(file)
    read_only = bool(read_only) and file is not None
    database = dbmod.make_database(url, read_only=read_only)
    dbmod.database.initialize(database)
    try:
        try:
            database.connect(reuse_if_open=True)
        except dbmod.ConnectionLost as exc:
            raise DatabaseUnavailable(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Cannot reach the branch server at {where}. Check the network cable and that "
                    "the server is switched on, then start Complaint Book again.",
                ),
                where=dbmod.display_url(url),
            ) from exc
        if file is not None and file.exists() and file.stat().st_size:
            # Reading the schema version reads the header: "not a database" fails here.
            database.execute_sql("PRAGMA schema_version")
            verdict = database.execute_sql("PRAGMA quick_check").fetchone()[0] if check else "ok"
            if verdict != "ok":
                database.close()
                raise DatabaseDamaged(file, verdict)
    except pw.DatabaseError as exc:
        database.close()
        text = str(exc).lower()
        if file is not None and (
            "not a database" in text or "malformed" in text or "corrupt" in text
        ):
            raise DatabaseDamaged(file, str(exc)) from exc
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("domain", "Cannot open the database at {where}: {reason}"),
            where=str(file or dbmod.display_url(url)),
            reason=str(exc),
        ) from exc
    if read_only:
        database.audit_ready = False  # nothing is written, so nothing is audited
        return Store(url=url, data_dir=data_dir, file=file, read_only=True, checked=check)
    migrate(file, announce_upgrade, upgrade_progress)
    if file is not None and not _has_statistics(database):
        analyse(database)
    with dbmod.atomic():
        if not Branch.select().exists():
            Branch.create()
    return Store(url=url, data_dir=data_dir, file=file, checked=check or file is None)


# Left in the data folder when the background check finds the file damaged: the next
# start then checks the whole file before opening it, and offers the newest good backup.
CHECK_FAILED_MARKER = "check-failed"


def needs_full_check(data_dir: Path) -> bool:
    return (data_dir / CHECK_FAILED_MARKER).exists()


def mark_check_failed(data_dir: Path, verdict: str) -> None:
    (data_dir / CHECK_FAILED_MARKER).write_text(verdict, encoding="utf-8")


def clear_check_failed(data_dir: Path) -> None:
    (data_dir / CHECK_FAILED_MARKER).unlink(missing_ok=True)


def quarantine(file: Path) -> Path:
    """Move a damaged database (and its journal files) aside, never overwriting anything."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = file.with_name(f"{file.stem}.damaged-{stamp}{file.suffix}")
    file.replace(target)
    for suffix in ("-wal", "-shm"):
        journal = Path(str(file) + suffix)
        if journal.exists():
            journal.replace(Path(str(target) + suffix))
    return target
