"""Restoring a backup: checked first, the current database saved, then swapped in; or,
where the register was lost (moved aside as damaged, or missing), put in its place."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from models.core.actors import DAMAGE_RECOVERY, LOST_CHANGES_RECOVERY, Actor
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.location import NO_SPACE_ERRNOS
from models.maintenance.backup import (
    BackupFailed,
    BackupInfo,
    inspect,
    newest_good,
    take_backup,
)
from models.maintenance.integrity import check_database
from models.maintenance.store import Store, head_file, open_store
from models.register import disclosure
from models.storage import audit
from models.storage.db import DB_FILE_NAME, default_url, resolve_url, sqlite_path, sqlite_uri


def verify_backup(path: Path) -> BackupInfo:
    """Integrity, schema version and an unbroken audit chain, before anything is replaced."""
    info = inspect(path)
    con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
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


class BackupDoctored(BackupFailed):
    """The backup does not match its own audit trail: changed behind the app."""


RESTORING = "restoring"  # a folder in the data folder where a backup is checked in full


def _no_room(folder: Path, exc: OSError) -> BackupFailed:
    """The backup could not be copied aside to be checked: nothing was changed."""
    if exc.errno in NO_SPACE_ERRNOS:
        return BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The backup was not restored: the disk that holds the register is full, and a "
                "copy of the backup is checked there first. Nothing was changed. Free as much "
                "space as the backup takes, then restore again.",
            )
        )
    return BackupFailed(
        QT_TRANSLATE_NOOP(
            "domain",
            "The backup was not restored: it could not be copied to {folder} to be checked "
            "({reason}). Nothing was changed.",
        ),
        folder=str(folder),
        reason=exc.strerror or str(exc),
    )


SignIn = Callable[[], Actor]


def _checked_copy(
    data_dir: Path, path: Path, sign_in: SignIn | None = None
) -> tuple[Path, Actor | None]:
    """Copy the backup aside, bring it to today's schema and run the whole ``check`` on
    it: every record (staff, roles, the branch included) must be what its own audit
    trail says. ``sign_in`` (a manager's, on the backup itself) runs while the copy is
    open. Returns the checked copy and who signed in; whatever fails, the copy is gone.
    The live register must be closed meanwhile; the caller reopens it."""
    folder = data_dir / RESTORING
    shutil.rmtree(folder, ignore_errors=True)
    copy = folder / DB_FILE_NAME
    actor = None
    try:
        try:
            folder.mkdir(parents=True)
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise _no_room(folder, exc) from exc
        checked = open_store(folder, default_url(folder))
        try:
            problems = check_database().problems
            if not problems and sign_in is not None:
                actor = sign_in()
                actor.require_manager(
                    QT_TRANSLATE_NOOP("domain", "Only a manager may restore a backup.")
                )
        finally:
            checked.close()
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    if problems:
        shutil.rmtree(folder, ignore_errors=True)
        raise BackupDoctored(
            QT_TRANSLATE_NOOP(
                "domain",
                "{path} was not restored: it does not match its own audit trail ({problem}). "
                "Someone may have changed it behind the app; keep it for inspection.",
            ),
            path=path.name,
            problem=problems[0] + (f" (+{len(problems) - 1})" if len(problems) > 1 else ""),
        )
    return copy, actor


def _swap_in(data_dir: Path, url: str, copy: Path) -> Store:
    """Put the checked copy where the register lives (closed, or gone) and open it. The
    chain to follow from now on is the restored one."""
    live = sqlite_path(url)
    assert live is not None
    try:
        for suffix in ("-wal", "-shm"):
            Path(str(live) + suffix).unlink(missing_ok=True)  # stale journal of the old one
        copy.replace(live)
    except OSError as exc:  # on Windows: another program has the register open
        shutil.rmtree(copy.parent, ignore_errors=True)
        if live.exists():
            open_store(data_dir, url)
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The backup was not restored: the register file {file} could not be replaced "
                "({reason}). Close every other program that may have it open (another Complaint "
                "Book, a backup or sync tool) and restore again.",
            ),
            file=str(live),
            reason=exc.strerror or str(exc),
        ) from exc
    shutil.rmtree(copy.parent, ignore_errors=True)
    head_file(live).unlink(missing_ok=True)
    return open_store(data_dir, url)


def restore(actor: Actor, store: Store, path: Path) -> tuple[BackupInfo, Store]:
    """Replace the live database with the backup at ``path``; return what was restored
    and the reopened store. Only a manager may; the backup must pass the same ``check``
    as a live register (a file whose staff table was edited behind the app to make
    someone a manager is refused, with the reason); the current database is backed up
    first. The restore is recorded in the trail of both registers."""
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may restore a backup."))
    return _restore(actor, store, path)


def restore_lost_changes(store: Store, path: Path) -> tuple[BackupInfo, Store]:
    """After the register was found to have lost its newest changes, put back the backup
    the app offered as holding more (found by the app, not chosen by the person at the
    PC, so no role is needed; the restored trail records it)."""
    return _restore(LOST_CHANGES_RECOVERY, store, path)


def _restore(actor: Actor, store: Store, path: Path) -> tuple[BackupInfo, Store]:
    if store.file is None:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("domain", "Restoring a backup works for a database file only.")
        )
    info = verify_backup(path)
    store.close()
    try:
        copy, _nobody = _checked_copy(store.data_dir, path)
    except BackupDoctored:
        open_store(store.data_dir, store.url)
        # An attempt to put a doctored file in place is worth knowing of.
        disclosure.record(actor, "restore_refused", file=path.name)
        raise
    except BaseException:
        open_store(store.data_dir, store.url)
        raise
    open_store(store.data_dir, store.url)
    # The register being replaced says by what, and who did it.
    disclosure.record(actor, "restore", file=path.name, taken_at=str(info.taken_at))
    try:
        take_backup(store.data_dir, "prerestore")
    except BackupFailed as exc:
        shutil.rmtree(copy.parent, ignore_errors=True)
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The backup was not restored: the register as it is now is backed up first, and "
                "that backup could not be made. {reason}",
            ),
            reason=exc,
        ) from exc
    except BaseException:
        shutil.rmtree(copy.parent, ignore_errors=True)
        raise
    store.close()
    reopened = _swap_in(store.data_dir, store.url, copy)
    disclosure.record(
        actor, "restore", file=path.name, taken_at=str(info.taken_at), complaints=info.complaints
    )
    return info, reopened


def recover(
    data_dir: Path, url: str | None = None, path: Path | None = None, sign_in: SignIn | None = None
) -> tuple[BackupInfo, Store]:
    """Put a backup where the register was lost (moved aside as damaged, or missing):
    by default the newest automatic backup that passes its checks, which the app offers
    (nobody can sign in to a lost register and no file is chosen, so no role is needed);
    or the backup at ``path``, which a manager of that backup signs in to (``sign_in``).
    The restored trail records it. A register file still in place is never replaced here."""
    url = resolve_url(url, data_dir)
    live = sqlite_path(url)
    if live is None:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("domain", "Restoring a backup works for a database file only.")
        )
    if live.exists():
        raise BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register file {file} is still there; it was not replaced. Restore a backup "
                "from Settings or with the restore command, which keep a copy of it first.",
            ),
            file=str(live),
        )
    if path is None:
        best = newest_good(data_dir)
        if best is None:
            raise BackupFailed(QT_TRANSLATE_NOOP("domain", "No good backup was found."))
        path = best.path
    info = verify_backup(path)
    copy, actor = _checked_copy(data_dir, path, sign_in)
    store = _swap_in(data_dir, url, copy)
    disclosure.record(
        actor or DAMAGE_RECOVERY,
        "restore",
        file=path.name,
        taken_at=str(info.taken_at),
        complaints=info.complaints,
    )
    return info, store
