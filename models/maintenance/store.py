"""Opening and closing the register: one call the GUI and every CLI command share.

One rule: a register file that cannot be fully read is never written to and never
replaced by an empty one. Opening first looks at the file through a read-only
connection of its own (header, size, SQLite's ``quick_check``, the audit chain's head):
a damaged or cut-short file, or an empty one where a register has been, is reported
(``DatabaseDamaged``) so the caller can move it aside untouched and offer the newest
good backup; a missing file in a folder that has held a register is not silently made
again (``RegisterMissing``); and a file
whose audit chain is behind what this PC last saw (``ChangesLost``) is said to have
lost its newest changes. Only then is the file opened for writing. A file or folder
that cannot be written is opened read-only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw

from models.core import location  # noqa: F401 (save hooks)
from models.core.actors import START_UP, SYSTEM
from models.core.command_name import command_line
from models.core.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, DomainError
from models.maintenance.backup import clean_leftovers, list_backups
from models.maintenance.migrations import migrate
from models.people import branch  # noqa: F401 (save hooks)
from models.register import disclosure  # noqa: F401 (save hooks)
from models.search import index as search  # noqa: F401 (save hooks)
from models.storage import audit, drafts, trail  # noqa: F401 (save hooks)
from models.storage import db as dbmod
from models.storage.db import analyse
from models.storage.schema import Branch
from models.storage.schema_version import SCHEMA_VERSION
from models.storage.server import classify, parse_url
from models.storage.typed import AnyDatabase

if TYPE_CHECKING:
    from models.storage.bulk import Progress

LOG = logging.getLogger(__name__)
GENESIS = "0" * 64  # the audit chain's start (models.storage.audit.GENESIS)
SQLITE_MAGIC = b"SQLite format 3\x00"
DAMAGED = QT_TRANSLATE_NOOP("domain", "The register file {file} is damaged ({detail}).")
EMPTY = QT_TRANSLATE_NOOP("domain", "The register file {file} is empty (0 bytes).")
CUT_SHORT = QT_TRANSLATE_NOOP(
    "domain", "The register file {file} is cut short: it holds {size} bytes of its {expected}."
)
CUT_OFF = QT_TRANSLATE_NOOP(
    "domain", "The register file {file} is cut short ({size} bytes): its end is missing."
)
NOT_A_REGISTER = QT_TRANSLATE_NOOP(
    "domain", "The register file {file} is not a database: its first bytes are not SQLite's."
)
FOREIGN = QT_TRANSLATE_NOOP(
    "domain",
    "The register file {file} is a database of some other program, not a complaint register.",
)


class DatabaseDamaged(DomainError):
    """The database file cannot be fully read (damaged, empty or cut short); nothing was
    written to it, so it can be moved aside as it is."""

    code = "database_damaged"

    def __init__(
        self, file: Path, detail: str = "", template: str = DAMAGED, **params: Any
    ) -> None:
        super().__init__(template, file=str(file), detail=detail, **params)
        self.file = file


class RegisterMissing(DomainError):
    """No register file where this folder has held one: it is not made again, empty."""

    code = "register_missing"

    def __init__(self, file: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register file {file} is not there, though this folder has held a register "
                "(its backups or a copy moved aside are still here). A new, empty register is "
                "not started in its place.",
            ),
            file=str(file),
        )
        self.file = file


class NoRegister(DatabaseUnavailable):
    """No register in a folder that never held one, asked for by a task that only reads
    (``check``): it says so rather than make an empty register to look at."""

    code = "no_register"

    def __init__(self, file: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "domain",
                "There is no register in {folder}: nothing was read and nothing was made. "
                "Start Complaint Book to set one up (or run {command} setup), or name "
                "the register with --db.",
            ),
            folder=str(file.parent),
            command=command_line(),
        )
        self.file = file


@dataclass(frozen=True)
class Head:
    """The audit chain's head: how many events (the newest event's id: the trail is
    append-only, so ids run 1, 2, 3...), the newest one's hash, and when it was written."""

    events: int
    hash: str
    at: str = ""

    @property
    def when(self) -> str:
        return self.at[:16] if self.at else "-"


class ChangesLost(DomainError):
    """The register's audit chain is behind the head this PC noted after its last commit."""

    code = "changes_lost"

    def __init__(self, file: Path, seen: Head, found: Head) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register file {file} has lost its newest changes: this PC last saw {seen} "
                "entries in its audit trail, the newest made at {seen_at}, but the file holds "
                "{found}, the newest made at {found_at}. Those changes are not in it (the file "
                "was put back from an older copy, or its journal was lost in a crash).",
            ),
            file=str(file),
            seen=seen.events,
            seen_at=seen.when,
            found=found.events,
            found_at=found.when,
        )
        self.file, self.seen, self.found = file, seen, found


@dataclass
class Store:
    url: str
    data_dir: Path
    file: Path | None
    read_only: bool = False
    checked: bool = True  # False: SQLite's whole-file check is still to be run (GUI start)
    upgraded_from: int | None = None  # the schema this open found and upgraded

    def close(self) -> None:
        if not dbmod.database.is_closed():
            dbmod.database.close()


def defer_checkpoints(db: AnyDatabase) -> None:
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
    con = sqlite3.connect(file, timeout=dbmod.BUSY_TIMEOUT_MS / 1000)
    try:
        con.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        con.close()


def _journal(file: Path, suffix: str) -> Path:
    return Path(str(file) + suffix)


def writable(file: Path) -> bool:
    """Whether the register can be written here, found by trying (not ``os.access``,
    which on Windows says yes to every folder): a file made in its folder, and the
    register and its journal files opened for writing."""
    if not location.can_write_folder(file.parent):
        return False
    return all(
        location.can_write_file(path)
        for path in (file, _journal(file, "-wal"), _journal(file, "-shm"))
    )


def _read_only_connection(file: Path, immutable: bool = False) -> sqlite3.Connection:
    params: dict[str, str | int] = {"mode": "ro"}
    if immutable:
        params["immutable"] = 1
    return sqlite3.connect(dbmod.sqlite_uri(file, **params), uri=True, timeout=30)


def quick_check(file: Path) -> str:
    """SQLite's own check of a register file, on a connection of its own (read-only), so
    the app can run it beside the open register: "ok", or what is wrong."""
    try:
        con = _read_only_connection(file)
        try:
            return str(con.execute("PRAGMA quick_check").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


# -- the audit chain's head, noted outside the register ---------------------------


def head_file(file: Path) -> Path:
    """Beside the register, outside it: survives whatever happens to the register file."""
    return file.with_suffix(".head")


def _head_of(execute: Callable[..., Any]) -> Head:
    if not execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_event'"
    ).fetchone():
        return Head(0, GENESIS)
    row = execute("SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    return Head(int(row[0]), str(row[1]), str(row[2] or "")) if row else Head(0, GENESIS)


def _holds(execute: Callable[..., Any], head: Head) -> bool:
    """Whether the register's chain contains ``head`` (the same event at the same place)."""
    if head.events == 0:
        return True
    try:
        row = execute("SELECT hash FROM audit_event WHERE id = ?", (head.events,)).fetchone()
    except sqlite3.OperationalError:  # no audit trail at all
        return False
    return row is not None and row[0] == head.hash


HEAD_NOTE_SIZE = 256  # written whole over the same bytes: no truncation, which costs a save 0.2 ms


def _note_sum(events: int, hash_: str, at: str) -> str:
    return hashlib.sha256(f"{events}|{hash_}|{at}".encode()).hexdigest()[:16]


def noted_head(file: Path) -> Head | None:
    """The head this PC noted after its last commit on ``file``; None if none (or
    unreadable, or torn by a crash: its own checksum says so; a torn note is no
    evidence of anything)."""
    try:
        data = json.loads(head_file(file).read_text(encoding="utf-8"))
        head = Head(int(data["events"]), str(data["hash"]), str(data.get("at", "")))
        if data.get("sum") != _note_sum(head.events, head.hash, head.at):
            return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return head


def note_head(file: Path, head: Head) -> None:
    """Write the note. Not synced, on purpose: the commit it follows is synced already, so
    after a power cut the note can only be behind the register, never ahead of it."""
    record = json.dumps(
        {
            "events": head.events,
            "hash": head.hash,
            "at": head.at,
            "sum": _note_sum(head.events, head.hash, head.at),
        }
    ).encode("utf-8")
    try:
        handle = os.open(head_file(file), os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0))
        try:
            os.write(handle, record.ljust(HEAD_NOTE_SIZE))
        finally:
            os.close(handle)
    except OSError as exc:
        LOG.warning("the register's head could not be noted in %s: %s", head_file(file), exc)


def _noting_heads(file: Path) -> Callable[[pw.Database], None]:
    has_trail = [False]  # whether the audit table is known to exist (asked until it does)

    def after_commit(db: pw.Database) -> None:
        if not has_trail[0]:
            has_trail[0] = bool(
                db.execute_sql(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_event'"
                ).fetchone()
            )
            if not has_trail[0]:
                return
        row = db.execute_sql(
            "SELECT id, hash, at FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is not None:
            note_head(file, Head(int(row[0]), str(row[1]), str(row[2] or "")))

    return after_commit


def held_register(file: Path, data_dir: Path) -> bool:
    """Whether this place has held a register: a noted head, a file moved aside, or (for
    the data folder's own register) a backup. Then a missing or empty register file is a
    loss to report, not a first start."""

    if head_file(file).exists() or any(file.parent.glob(f"{file.stem}.damaged-*{file.suffix}")):
        return True
    own = file.absolute() == (data_dir / dbmod.DB_FILE_NAME).absolute()
    return own and bool(list_backups(data_dir))


def _cut_short(file: Path, size: int) -> DatabaseDamaged | None:
    """A file whose header names more pages than it has (or is not SQLite's at all). With
    a write-ahead log beside it the log may hold those pages, so only SQLite can judge."""
    with file.open("rb") as fh:
        header = fh.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        if len(header) < 100 and SQLITE_MAGIC.startswith(header[:16]):
            return DatabaseDamaged(file, template=CUT_OFF, size=size)
        return DatabaseDamaged(file, template=NOT_A_REGISTER)
    wal = _journal(file, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    pages_valid = header[24:28] == header[92:96] and pages > 0
    expected = pages * page_size if pages_valid else 0
    if size < expected:
        return DatabaseDamaged(file, template=CUT_SHORT, size=size, expected=expected)
    if page_size >= 512 and size % page_size:
        return DatabaseDamaged(file, template=CUT_OFF, size=size)
    return None


def _looked_at(
    file: Path, data_dir: Path, *, check: bool, immutable: bool, accept_loss: bool
) -> Head | None:
    """Everything that is read before the register is opened for writing, through a
    read-only connection (closing it never writes into the file, as closing the last
    writing connection would: SQLite copies its log into the file then). Returns the
    noted head the file does not hold, when the user accepted that loss."""
    size = file.stat().st_size
    if size == 0:
        raise DatabaseDamaged(file, template=EMPTY)
    problem = _cut_short(file, size)
    if problem is not None:
        raise problem
    try:
        con = _read_only_connection(file, immutable)
        try:
            con.execute("PRAGMA schema_version").fetchone()  # reads the header
            if check:
                verdict = str(con.execute("PRAGMA quick_check").fetchone()[0])
                if verdict != "ok":
                    raise DatabaseDamaged(file, verdict)
            tables = {
                name
                for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if tables and not tables & {"meta", "complaint"}:
                # Another program's database where the register should be: never made
                # into an empty register, moved aside like a damaged one.
                raise DatabaseDamaged(file, template=FOREIGN)
            seen = noted_head(file)
            if seen is None or _holds(con.execute, seen):
                return None
            if not accept_loss:
                raise ChangesLost(file, seen, _head_of(con.execute))
            return seen
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if any(word in text for word in dbmod.DAMAGE_WORDS):
            raise DatabaseDamaged(file, str(exc)) from exc
        raise _cannot_open(file, exc) from exc


def _cannot_open(where: Path | str, exc: BaseException) -> DomainError:
    """Why the register could not be opened, in words the user can act on."""
    if isinstance(exc, DomainError):
        return exc
    translated = dbmod.translate_error(exc)
    # SQLite that cannot make its log's index on a full disk says "disk I/O error".
    full = isinstance(translated, dbmod.DiskError) and _disk_full(where)
    if full or isinstance(translated, dbmod.DiskFull):
        return dbmod.DiskFull(
            QT_TRANSLATE_NOOP(
                "domain",
                "The disk that holds the register ({where}) is full, so the register cannot be "
                "opened for work. Nothing in it was changed. Free some space on that disk (or "
                "ask for help), then start again.",
            ),
            where=str(where),
        )
    if isinstance(translated, dbmod.DatabaseBusy):
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register at {where} is locked by another program (a backup or sync tool, "
                "or another copy of Complaint Book). Close it, wait a moment and start again.",
            ),
            where=str(where),
        )
    if isinstance(translated, dbmod.DiskError):
        return dbmod.DiskError(
            QT_TRANSLATE_NOOP(
                "domain",
                "The disk that holds the register ({where}) reported an error when the register "
                "was opened. Nothing in it was changed. Check that the disk or USB drive is "
                "connected and start again; if it happens again, ask for help before going on.",
            ),
            where=str(where),
        )
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP("domain", "Cannot open the database at {where}: {reason}"),
        where=str(where),
        reason=str(exc),
    )


# Less room than this on the register's disk is a full disk: SQLite needs a page or two
# for its log and 32 KiB for the log's index before it can open the file for work.
FULL_BELOW = 64 * 1024


def _disk_full(where: Path | str) -> bool:
    import shutil

    folder = where.parent if isinstance(where, Path) else None
    try:
        return folder is not None and shutil.disk_usage(folder).free < FULL_BELOW
    except OSError:
        return False


def _journals(file: Path | None) -> dict[Path, bool]:
    """The register's log and its index, and whether each is there now."""
    if file is None:
        return {}
    return {p: p.exists() for p in (_journal(file, "-wal"), _journal(file, "-shm"))}


def _remove_begun_journals(before: dict[Path, bool]) -> None:
    """After an open that failed (a full disk), take away the log and index files it began
    and could not fill (an empty log, an index shorter than its first 32 KiB): a later
    start, on another PC or read-only, then finds the register as it was."""
    for path, was_there in before.items():
        if was_there:
            continue
        try:
            size = path.stat().st_size
            if (size == 0) if path.name.endswith("-wal") else (size < 32 * 1024):
                path.unlink()
        except OSError:
            pass


class ServerLoginRefused(DatabaseUnavailable):
    """The branch server refused this PC's user name and password (the password may have
    been changed on the server: the server's password is the authority, not this PC)."""

    code = "server_login_refused"


def _refused_login(url: str, exc: BaseException) -> ServerLoginRefused | None:
    address = parse_url(url)
    if address is None or classify(str(exc)) != "login":
        return None
    return ServerLoginRefused(
        QT_TRANSLATE_NOOP(
            "domain",
            "The branch server {where} refused user name {user} with the password this PC "
            "keeps. If the server's password was changed, type the new one here; else check "
            "the user name and database name in Settings.",
        ),
        where=f"{address.host}:{address.port}",
        user=address.user,
    )


def _has_statistics(db: pw.Database) -> bool:
    if not db.table_exists("sqlite_stat1"):
        return False
    return bool(db.execute_sql("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'complaint'").fetchone())


def open_store(
    data_dir: Path,
    url: str | None = None,
    *,
    read_only: bool | None = None,
    check: bool = True,
    announce_upgrade: Callable[[int], None] | None = None,
    upgrade_progress: Progress | None = None,
    allow_new: bool = False,
    accept_loss: bool = False,
    create: bool = True,
) -> Store:
    """Connect, check, migrate and make sure a branch row exists (defaults until set up).

    ``check=False`` leaves SQLite's whole-file check to the caller (the GUI runs
    ``quick_check`` in the background, so starting takes the same time at any size);
    the header, the file's size and the audit chain's head are still read, so a file
    that is not a database, is empty or cut short is refused at once. ``allow_new``: the
    user chose to start a new, empty register where one was lost (its remains stay
    aside). ``accept_loss``: the user chose to go on with a register that lost its
    newest changes (``ChangesLost``); it is recorded in its audit trail. ``create=False``:
    where no register is, say so (``NoRegister``) rather than make one."""
    url = dbmod.resolve_url(url, data_dir)
    file = dbmod.sqlite_path(url)
    if not create and file is not None and not file.exists() and not held_register(file, data_dir):
        raise NoRegister(file)  # before any folder is made
    drafts.use_folder(data_dir, url)  # on this PC, whichever register this is
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_open(file or data_dir, exc) from exc
    immutable = False
    lost: Head | None = None
    journals = _journals(file)
    if file is not None:
        location.refuse_network(file)
        if read_only is None:
            read_only = not writable(file)
        # Asked before the file is looked at: another process may make the register (and
        # note its head) in between, and a register made just now is no loss.
        held = not allow_new and held_register(file, data_dir)
        exists = file.exists()
        empty = exists and file.stat().st_size == 0
        if not exists and held:
            raise RegisterMissing(file)
        # An empty file where no register ever was is one another process is making this
        # very moment (several starting together), or a first start cut short: new.
        if not exists or (empty and not held):
            if not create:
                raise NoRegister(file)
            if read_only:
                raise DatabaseUnavailable(
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "No register can be made in {where}: this PC may not write in that "
                        "folder. Choose a folder you may write to, or ask for the right to.",
                    ),
                    where=str(file.parent),
                )
            head_file(file).unlink(missing_ok=True)  # a new register: a new chain
        else:
            wal = _journal(file, "-wal")
            immutable = bool(read_only) and not location.can_write_folder(file.parent)
            immutable = immutable and not (wal.exists() and wal.stat().st_size)
            try:
                lost = _looked_at(
                    file, data_dir, check=check, immutable=immutable, accept_loss=accept_loss
                )
            except (dbmod.DiskFull, dbmod.DiskError, DatabaseUnavailable):
                _remove_begun_journals(journals)
                raise
    read_only = bool(read_only) and file is not None
    database = dbmod.make_database(url, read_only=read_only, immutable=immutable)
    dbmod.database.initialize(database)
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
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        _remove_begun_journals(journals)
        refused = _refused_login(url, exc) if file is None else None
        if refused is not None:
            raise refused from exc
        raise _cannot_open(file or dbmod.display_url(url), exc) from exc
    if read_only:  # nothing is written, so nothing is audited (ReadOnlyRegisterFile)
        return Store(url=url, data_dir=data_dir, file=file, read_only=True, checked=check)
    if file is not None:
        clean_leftovers(data_dir, file)
        if isinstance(database, dbmod.RegisterFile):  # always, for a file written to
            database.commit_hook = _noting_heads(file)
    try:
        found = migrate(file, announce_upgrade, upgrade_progress)
        if file is not None and not _has_statistics(database):
            analyse(database)
        with dbmod.atomic(), audit.acting(SYSTEM):
            if not Branch.select().exists():
                Branch.create()
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        _remove_begun_journals(journals)
        raise _cannot_open(file or dbmod.display_url(url), exc) from exc
    if lost is not None:
        _record_loss(lost, _head_of(database.execute_sql))  # its commit notes the new head
    if file is not None:
        note_head(file, _head_of(database.execute_sql))
    upgraded = found if found < _schema_version() else None
    return Store(
        url=url, data_dir=data_dir, file=file, checked=check or file is None, upgraded_from=upgraded
    )


def _schema_version() -> int:
    return SCHEMA_VERSION


def _record_loss(seen: Head, found: Head) -> None:
    """The register's own trail says that changes were lost, how many and since when."""

    disclosure.record(
        START_UP,
        "changes_lost",
        last_seen_events=seen.events,
        last_seen_at=seen.at,
        events_found=found.events,
        newest_found_at=found.at,
    )


def reopen_read_only(store: Store) -> Store:
    """The open register, from now on through a read-only connection: opened before the
    writing one is closed, because closing the last writing connection copies the log
    into the file (a read-only one never does). For a file found damaged while open."""
    if store.file is None or store.read_only:
        return store
    reading = dbmod.make_database(store.url, read_only=True)
    reading.connect()
    # A first read opens the log's index: from then on this connection holds it, and the
    # writing one is no longer the last (a connection only opened has not got there yet).
    reading.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    writing = dbmod.database.obj
    dbmod.database.initialize(reading)
    if writing is not None and not writing.is_closed():
        writing.close()
    return replace(store, read_only=True)


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
    """Move a damaged database (and its journal files) aside, untouched and never
    overwriting anything. Raises DatabaseUnavailable when it cannot be moved (on Windows:
    another program has it open)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = file.with_name(f"{file.stem}.damaged-{stamp}{file.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = file.with_name(f"{file.stem}.damaged-{stamp}-{n}{file.suffix}")
    try:
        file.replace(target)
        for suffix in ("-wal", "-shm"):
            journal = _journal(file, suffix)
            if journal.exists():
                journal.replace(_journal(target, suffix))
    except OSError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "domain",
                "The damaged register file {file} could not be moved aside ({reason}). Close "
                "every program that may have it open (another Complaint Book, a backup or sync "
                "tool) and start again; nothing was written to it.",
            ),
            file=str(file),
            reason=exc.strerror or str(exc),
        ) from exc
    return target
