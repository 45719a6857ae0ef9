"""Restoring a backup: checked first, the current database saved, then swapped in."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from models import audit
from models.backup import BackupFailed, BackupInfo, inspect, take_backup
from models.errors import QT_TRANSLATE_NOOP
from models.store import Store, open_store


def verify_backup(path: Path) -> BackupInfo:
    """Integrity, schema version and an unbroken audit chain, before anything is replaced."""
    info = inspect(path)
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        has_audit = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_event'").fetchone()
        rows = (
            con.execute(
                "SELECT id, at, actor_name, table_name, row_id, action, changes, prev_hash, hash "
                "FROM audit_event ORDER BY id"
            ).fetchall()
            if has_audit
            else []
        )
    finally:
        con.close()
    broken = audit.verify_rows(rows)
    if broken:
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain", "{path} has a broken audit trail at {where}; it was not restored."
            ),
            path=path.name,
            where=broken,
        )
    return info


def restore(store: Store, path: Path) -> tuple[BackupInfo, Store]:
    """Replace the live database with the backup at ``path``; return what was restored
    and the reopened store. The current database is backed up first."""
    if store.file is None:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("domain", "Restoring a backup works for a database file only.")
        )
    info = verify_backup(path)
    take_backup(store.data_dir, "prerestore")
    store.close()
    live = store.file
    tmp = live.with_name(live.name + ".restoring")
    shutil.copyfile(path, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)  # stale journal of the old database
    tmp.replace(live)
    reopened = open_store(store.data_dir, store.url)
    return info, reopened
