"""Restoring a backup: checked first, the current database saved, then swapped in."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from models import audit, disclosure
from models.actors import Actor
from models.backup import BackupFailed, BackupInfo, inspect, newest_good, take_backup
from models.db import DB_FILE_NAME, default_url
from models.errors import QT_TRANSLATE_NOOP
from models.integrity import check_database
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


RESTORING = "restoring"  # a folder in the data folder where a backup is checked in full


def _replay_problems(store: Store, path: Path) -> tuple[Path, list[str]]:
    """Copy the backup aside, bring it to today's schema and run the whole ``check`` on
    it: every record (staff, roles, the branch included) must be what its own audit
    trail says. Returns the checked copy and the problems found; the live register is
    closed meanwhile and reopened by the caller."""
    folder = store.data_dir / RESTORING
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    copy = folder / DB_FILE_NAME
    shutil.copyfile(path, copy)
    checked = open_store(folder, default_url(folder))
    try:
        problems = check_database().problems
    finally:
        checked.close()
    return copy, problems


def restore(actor: Actor, store: Store, path: Path) -> tuple[BackupInfo, Store]:
    """Replace the live database with the backup at ``path``; return what was restored
    and the reopened store. Only a manager may; the backup must pass the same ``check``
    as a live register (a file whose staff table was edited behind the app to make
    someone a manager is refused, with the reason); the current database is backed up
    first. The restore is recorded in the trail of both registers."""
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may restore a backup."))
    return _restore(actor, store, path, record_before=True)


def recover(store: Store) -> tuple[BackupInfo, Store]:
    """After the register file was found damaged and moved aside (nobody can sign in to
    it), put back the newest automatic backup that passes its checks. No file is chosen
    by the person at the PC, so no role is needed; the restored trail records it."""
    best = newest_good(store.data_dir)
    if best is None:
        raise BackupFailed(QT_TRANSLATE_NOOP("domain", "No good backup was found."))
    return _restore(
        Actor(None, "damage recovery", "manager"), store, best.path, record_before=False
    )


def _restore(
    actor: Actor, store: Store, path: Path, *, record_before: bool
) -> tuple[BackupInfo, Store]:
    if store.file is None:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("domain", "Restoring a backup works for a database file only.")
        )
    info = verify_backup(path)
    store.close()
    try:
        copy, problems = _replay_problems(store, path)
    except BaseException:
        shutil.rmtree(store.data_dir / RESTORING, ignore_errors=True)
        open_store(store.data_dir, store.url)
        raise
    if problems:
        shutil.rmtree(copy.parent, ignore_errors=True)
        open_store(store.data_dir, store.url)
        if record_before:  # an attempt to put a doctored file in place is worth knowing of
            disclosure.record(actor, "restore_refused", file=path.name, problems=len(problems))
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} was not restored: it does not match its own audit trail ({problem}). "
                "Someone may have changed it behind the app; keep it for inspection.",
            ),
            path=path.name,
            problem=problems[0] + (f" (+{len(problems) - 1})" if len(problems) > 1 else ""),
        )
    open_store(store.data_dir, store.url)
    if record_before:  # the register being replaced says by what, and who did it
        disclosure.record(actor, "restore", file=path.name, taken_at=str(info.taken_at))
    take_backup(store.data_dir, "prerestore")
    store.close()
    live = store.file
    for suffix in ("-wal", "-shm"):
        Path(str(live) + suffix).unlink(missing_ok=True)  # stale journal of the old database
    copy.replace(live)
    shutil.rmtree(copy.parent, ignore_errors=True)
    reopened = open_store(store.data_dir, store.url)
    disclosure.record(
        actor, "restore", file=path.name, taken_at=str(info.taken_at), complaints=info.complaints
    )
    return info, reopened
