"""Opening the register's database: SQLite by default, PostgreSQL by URL.

Complaints are legal records, so SQLite runs in WAL mode with ``synchronous=FULL``,
foreign keys on, a busy timeout, and every write transaction starts with
``BEGIN IMMEDIATE`` so two counters never interleave a read-then-write.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from models.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, DomainError

database = peewee.DatabaseProxy()

BUSY_TIMEOUT_MS = 5_000
DB_FILE_NAME = "complaints.sqlite3"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
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


def make_database(url: str, read_only: bool = False) -> peewee.Database:
    """A closed peewee database for ``url`` (SQLite read-only when the file cannot be written)."""
    path = sqlite_path(url)
    if path is not None and read_only:
        return peewee.SqliteDatabase(
            f"file:{path.as_posix()}?mode=ro",
            uri=True,
            pragmas={"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS},
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    if path is not None:
        return peewee.SqliteDatabase(
            str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", timeout=BUSY_TIMEOUT_MS / 1000
        )
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres"):
        return peewee.PostgresqlDatabase(
            unquote(parsed.path.lstrip("/")),
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname,
            port=parsed.port or 5432,
        )
    raise DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "domain", "Unsupported database address {url}: use sqlite:///PATH or postgresql://..."
        ),
        url=url,
    )


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


class DatabaseBusy(DomainError):
    code = "database_busy"


class DiskFull(DomainError):
    code = "disk_full"


class ReadOnlyDatabase(DomainError):
    code = "read_only"


def _messages(exc: BaseException) -> str:
    """The text of an error and everything behind it: peewee hides the real cause of a
    failed commit ("cannot rollback - no transaction is active") in ``__context__``."""
    seen, parts, current = set(), [], exc
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
    return exc


@contextlib.contextmanager
def atomic() -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite); database failures come out as
    clear domain errors, with everything in the transaction rolled back."""
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
