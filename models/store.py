"""Opening and closing the register: one call the GUI and every CLI command share."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from models import db as dbmod
from models.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable
from models.migrations import migrate
from models.schema import Branch


@dataclass
class Store:
    url: str
    data_dir: Path
    file: Path | None

    def close(self) -> None:
        if not dbmod.database.is_closed():
            dbmod.database.close()


def open_store(data_dir: Path, url: str | None = None) -> Store:
    """Connect, migrate and make sure a branch row exists (defaults until set up)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    url = dbmod.resolve_url(url, data_dir)
    file = dbmod.sqlite_path(url)
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True)
    database = dbmod.make_database(url)
    dbmod.database.initialize(database)
    try:
        database.connect(reuse_if_open=True)
    except pw.OperationalError as exc:
        raise DatabaseUnavailable(
            QT_TRANSLATE_NOOP("domain", "Cannot open the database at {where}: {reason}"),
            where=str(file or url),
            reason=str(exc),
        ) from exc
    migrate(file)
    with dbmod.atomic():
        if not Branch.select().exists():
            Branch.create()
    return Store(url=url, data_dir=data_dir, file=file)
