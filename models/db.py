"""Opening the register's database: SQLite by default, PostgreSQL by URL.

Complaints are legal records, so SQLite runs in WAL mode with ``synchronous=FULL``,
foreign keys on, a busy timeout, and every write transaction starts with
``BEGIN IMMEDIATE`` so two counters never interleave a read-then-write.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee

from models.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable

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


def make_database(url: str) -> peewee.Database:
    """A closed peewee database for ``url``."""
    path = sqlite_path(url)
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


def atomic() -> peewee._atomic:
    """One write transaction (``BEGIN IMMEDIATE`` on SQLite)."""
    return database.atomic()
