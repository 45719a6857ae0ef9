"""Opening the register's database: SQLite by default, PostgreSQL by URL.

Complaints are legal records, so SQLite runs in WAL mode with ``synchronous=FULL``,
foreign keys on, a busy timeout, and every write transaction starts with
``BEGIN IMMEDIATE`` so two counters never interleave a read-then-write.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlencode, urlparse

import peewee

from models.core.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, DomainError

database = peewee.DatabaseProxy()

BUSY_TIMEOUT_MS = 5_000
DB_FILE_NAME = "complaints.sqlite3"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    # Overwrite what a change or anonymising removes, instead of leaving it in the
    # file's free space where a disk editor finds it (on by default in Debian's SQLite,
    # off in the one Python ships for Windows).
    "secure_delete": "on",
}


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DB_FILE_NAME).as_posix()}"


def resolve_url(cli_url: str | None, data_dir: Path) -> str:
    """``--db`` beats ``COMPLAINTBOOK_DB`` beats the file in the data directory."""
    return cli_url or os.environ.get("COMPLAINTBOOK_DB") or default_url(data_dir)


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other engines."""
    if not url.startswith("sqlite:"):
        return None
    raw = url[len("sqlite:///") :] if url.startswith("sqlite:///") else url[len("sqlite:") :]
    # sqlite:///C:/x and sqlite:////abs/path both work; a Windows drive needs no leading slash.
    if len(raw) > 2 and raw[0] == "/" and raw[2] == ":":
        raw = raw[1:]
    return Path(unquote(raw))


def sqlite_uri(path: Path, **params: str | int) -> str:
    """A SQLite URI for ``path`` with every character escaped: a ``#``, ``%`` or ``?`` in a
    folder name would otherwise cut the name short or be read as a parameter."""
    uri = path.absolute().as_uri()
    return f"{uri}?{urlencode(params)}" if params else uri


class RegisterFacts:
    """What the app learns about an opened register, kept with its connection object: a
    restore or a move swaps that object, and the facts go with it. Each is declared here
    (peewee's Database declares none of them); ``facts`` finds them for any database."""

    read_only = False  # opened read-only: its file or folder cannot be written here
    audit_ready = True  # False while the schema is being built, or nothing may be written
    personal_ready: bool | None = None  # has the personal_value table (asked once)
    search_ready: bool | None = None  # has the search index (asked once)
    has_unaccent: bool | None = None  # the branch server's unaccent extension (asked once)
    upgrade_progress: Callable[[int, int], None] | None = None  # an upgrade being watched

    def ask_again(self) -> None:
        """Forget what was asked once: an upgrade may have made the tables since."""
        self.personal_ready = None
        self.search_ready = None


def facts(db: Any = None) -> RegisterFacts:
    """The facts of ``db`` (a database or this proxy; by default the open register). A
    database the app did not open gets facts of its own that last one call."""
    target = database.obj if db is None else getattr(db, "obj", db)
    return target if isinstance(target, RegisterFacts) else RegisterFacts()


class ReadOnlyRegisterFile(RegisterFacts, peewee.SqliteDatabase):
    """A register file opened read-only: nothing is written, so nothing is audited."""

    read_only = True
    audit_ready = False


class RegisterFile(RegisterFacts, peewee.SqliteDatabase):
    """The register's SQLite file. After each commit (synced to disk by then) it calls
    ``commit_hook``, which the store uses to note the audit chain's head outside the
    file, so a register that later comes back without its newest changes is noticed.
    (Not ``after_commit``: that is peewee's own method for queuing work after a commit.)"""

    commit_hook: Callable[[RegisterFile], None] | None = None

    def commit(self) -> None:
        super().commit()
        hook = self.commit_hook
        if hook is not None:
            try:
                hook(self)
            except Exception:  # noqa: BLE001 - the commit stands; the note is a safeguard
                logging.getLogger(__name__).exception("the register's head was not noted")


def make_database(url: str, read_only: bool = False, immutable: bool = False) -> peewee.Database:
    """A closed peewee database for ``url`` (SQLite read-only when the file cannot be
    written; ``immutable`` when not even SQLite's lock files can be made beside it)."""
    path = sqlite_path(url)
    if path is not None and read_only:
        params: dict[str, str | int] = {"mode": "ro"}
        if immutable:
            params["immutable"] = 1
        return ReadOnlyRegisterFile(
            sqlite_uri(path, **params),
            uri=True,
            pragmas={"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS},
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    if path is not None:
        return RegisterFile(
            str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000
        )
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres"):
        postgres_driver()
        return BranchServerDatabase(
            unquote(parsed.path.lstrip("/")) or "postgres",
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 5432,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="Complaint Book",
            prefer_psycopg3=True,
            # Plan every statement for its own values: psycopg's automatic prepared
            # statements (after 5 runs of the same SQL) get one plan for every search
            # word, and the plan of a rare word made counting a common one 8x slower.
            prepare_threshold=None,
        )
    raise DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "domain", "Unsupported database address {url}: use sqlite:///PATH or postgresql://..."
        ),
        url=url,
    )


def postgres_driver() -> None:
    """Give peewee the psycopg driver (models/__init__.py keeps it out of start-up)."""
    # peewee's module-level driver slots are not in its stubs.
    if peewee.psycopg is not None:  # type: ignore[attr-defined]
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg = psycopg  # type: ignore[attr-defined]
    peewee.TransactionStatus = TransactionStatus  # type: ignore[attr-defined]
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb  # type: ignore[attr-defined]
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


def display_url(url: str) -> str:
    """``url`` as it may be shown or logged: never with its password."""
    parsed = urlparse(url)
    if parsed.password is None:
        return url
    netloc = parsed.netloc.replace(":" + parsed.password + "@", ":***@", 1)
    return parsed._replace(netloc=netloc).geturl()


# All write transactions on the branch server queue on this one lock, as SQLite's
# BEGIN IMMEDIATE makes them queue on the file: register numbers and the audit chain
# are then always extended by one counter PC at a time.
WRITE_LOCK_KEY = 0x436F6D70
CONNECT_TIMEOUT_S = 5
_LOST_WORDS = (
    "server closed the connection",
    "connection refused",
    "terminating connection",
    "connection is closed",
    "connection is lost",
    "consuming input failed",
    "could not connect",
    "connection timed out",
    "no route to host",
    "network is unreachable",
    "connection reset",
    "could not receive data",
    "could not send data",
    "ssl syscall",
    "the connection is closed",
    "socket closed",
    "another command is already in progress",  # the protocol broke off mid-query
)


class ConnectionLost(DomainError):
    """The branch server cannot be reached; the transaction was rolled back by the server."""

    code = "connection_lost"


def _connection_lost_error() -> ConnectionLost:
    return ConnectionLost(
        QT_TRANSLATE_NOOP(
            "domain",
            "The connection to the branch server was lost, so nothing was saved. What you typed is "
            "still here: save again in a moment. If this keeps happening, check the network cable "
            "and that the branch server is switched on.",
        )
    )


class BranchServerDatabase(RegisterFacts, peewee.PostgresqlDatabase):
    """PostgreSQL shared by several counter PCs.

    Each write transaction first takes one branch-wide lock (the ``BEGIN IMMEDIATE`` of
    SQLite). A connection that died while idle (server restarted, cable pulled and put
    back) is replaced before the next transaction or read; one that dies inside a
    transaction is dropped, the server has rolled the transaction back, and the caller
    gets ConnectionLost instead of a half-saved record.
    """

    def _is_lost(self, exc: BaseException) -> bool:
        conn = self._connection_state().conn
        if conn is not None and (getattr(conn, "broken", False) or getattr(conn, "closed", False)):
            return True
        return any(word in _messages(exc) for word in _LOST_WORDS)

    def drop_connection(self) -> None:
        """Forget a dead connection so the next use opens a new one."""
        state = self._connection_state()
        conn = state.conn
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - it is already broken; closing is a courtesy
                pass
        state.reset()

    def _connection_state(self) -> Any:
        """peewee's per-thread connection state (``_state``, not in its stubs)."""
        return self._state  # type: ignore[attr-defined]

    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            return super().connect(reuse_if_open)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if self._is_lost(exc):
                raise _connection_lost_error() from exc
            raise

    def begin(self, isolation_level: str | None = None) -> None:
        try:
            super().begin(isolation_level)
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not self._is_lost(exc):
                raise
            self.drop_connection()  # nothing had started: a fresh connection is safe
            super().begin(isolation_level)
        self.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            # peewee's execute_sql is unannotated; reached through super(), mypy does not
            # apply untyped_calls_exclude to it.
            return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not self._is_lost(exc):
                raise
            if self.in_transaction():
                raise _connection_lost_error() from exc  # the rollback drops the connection
            self.drop_connection()
            if sql.lstrip()[:6].upper() != "SELECT":
                raise _connection_lost_error() from exc
        return super().execute_sql(sql, params)  # type: ignore[no-untyped-call]  # a read: asked again

    def rollback(self) -> None:
        try:
            super().rollback()
        except (peewee.OperationalError, peewee.InterfaceError):
            # A connection that cannot roll back is of no further use; closing it makes
            # the server roll the transaction back.
            self.drop_connection()

    def commit(self) -> None:
        try:
            super().commit()
        except (peewee.OperationalError, peewee.InterfaceError) as exc:
            if not self._is_lost(exc):
                raise
            raise _connection_lost_error() from exc


def is_sqlite(db: Any = None) -> bool:
    """Whether ``db`` (a database, or this proxy; by default the open register) is SQLite."""
    target = database.obj if db is None else getattr(db, "obj", db)
    return isinstance(target, peewee.SqliteDatabase)


def is_read_only() -> bool:
    """Whether the open register was opened read-only (its file or folder cannot be
    written here): what would be written (a sign-in's counters, the trail) cannot be."""
    return facts().read_only


class DatabaseBusy(DomainError):
    code = "database_busy"


class DiskFull(DomainError):
    code = "disk_full"


class ReadOnlyDatabase(DomainError):
    code = "read_only"


class DiskError(DomainError):
    code = "disk_error"


class DamagedWhileOpen(DomainError):
    """SQLite found a damaged page while the register was in use."""

    code = "database_damaged"


DAMAGE_WORDS = ("malformed", "not a database", "corrupt")


def _messages(exc: BaseException) -> str:
    """The text of an error and everything behind it: peewee hides the real cause of a
    failed commit ("cannot rollback - no transaction is active") in ``__context__``."""
    seen: set[int] = set()
    parts: list[str] = []
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(str(current).lower())
        current = current.__cause__ or current.__context__
    return " | ".join(parts)


def translate_error(exc: BaseException) -> BaseException:
    """A database failure as a DomainError the user can act on, or the error itself."""
    text = _messages(exc)
    if "disk is full" in text or "database or disk is full" in text or "no space left" in text:
        return DiskFull(
            QT_TRANSLATE_NOOP(
                "domain",
                "The disk is full, so nothing was saved. Free some space (or ask for help), then save again: "
                "what you typed is still here.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(
            QT_TRANSLATE_NOOP(
                "domain", "The register is open read-only here, so nothing can be saved on this PC."
            )
        )
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusy(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register is busy: another program is writing to it. Nothing was saved; wait a moment and "
                "save again.",
            )
        )
    if "disk i/o error" in text:
        return DiskError(
            QT_TRANSLATE_NOOP(
                "domain",
                "The disk that holds the register reported an error, so nothing was saved; what you "
                "typed is still here. Check that the disk or USB drive is connected, then save again. "
                "If it happens again, ask for help before going on.",
            )
        )
    if any(word in text for word in DAMAGE_WORDS):
        return DamagedWhileOpen(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register file is damaged, so nothing was saved; what you typed is still here. "
                "Close Complaint Book and start it again: the damaged file is moved aside untouched "
                "and the newest good backup is offered.",
            )
        )
    return exc


# Told when this thread's outermost transaction has ended (committed or rolled back),
# after the database has it: what other threads may read from then on is what is there.
_transaction_ended: list[Callable[[], None]] = []


def when_transaction_ends(callback: Callable[[], None]) -> None:
    """``callback()`` after each outermost ``atomic()`` of any thread, on that thread."""
    if callback not in _transaction_ended:
        _transaction_ended.append(callback)


@contextlib.contextmanager
def atomic() -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite); database failures come out as
    clear domain errors, with everything in the transaction rolled back."""
    outermost = not database.in_transaction()
    try:
        with database.atomic():
            yield
    except (
        peewee.OperationalError,
        peewee.DatabaseError,
        sqlite3.OperationalError,
        OSError,
    ) as exc:
        translated = translate_error(exc)
        if translated is exc:
            raise
        raise translated from exc
    finally:
        if outermost:
            for callback in _transaction_ended:
                callback()


def analyse(db: Any) -> None:
    """Planner statistics for the big tables, sampled (a few milliseconds at any size):
    without them SQLite picks the wrong index for the home view's lists, and PostgreSQL
    walks the whole register for a word that is rare (after a big import or the demo)."""
    if is_sqlite(db):
        db.execute_sql("PRAGMA analysis_limit = 1000")
    for table in ("complaint", "opinion_entry", "complaint_search"):
        if db.table_exists(table):
            db.execute_sql(f"ANALYZE {table}")
