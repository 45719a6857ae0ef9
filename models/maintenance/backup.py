"""Backups that can be trusted, and restoring one.

A backup is taken with SQLite's online backup API (a plain copy of a WAL database can
miss committed rows), written under a temporary name, synced to disk, checked with
``integrity_check`` and only then renamed: a half-written file never counts as a backup.
Kept: the newest of each of the last 14 days, of the last 8 weeks, and of every month.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.core.actors import AUTOMATIC_BACKUP, Actor
from models.core.errors import QT_TRANSLATE_NOOP, DomainError
from models.core.location import can_write_folder
from models.people.branch import get_branch
from models.register import disclosure
from models.storage.db import database, is_sqlite, sqlite_uri
from models.storage.schema_version import SCHEMA_VERSION

FOLDER = "backups"
NAME = re.compile(r"^complaints-(\d{8}-\d{6})-([a-z]+)\.sqlite3$")
KEEP_DAYS, KEEP_WEEKS = 14, 8


class BackupFailed(DomainError):
    code = "backup_failed"


ON_SERVER = QT_TRANSLATE_NOOP(
    "domain",
    "This register is on the branch server, so it is backed up there with pg_dump (the README "
    "shows how). Back up now and Restore work on a register file on this PC only.",
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime
    reason: str
    complaints: int
    schema: int
    events: int = 0  # the audit trail's length (its newest event's id)


def backup_folder(data_dir: Path) -> Path:
    return data_dir / FOLDER


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


NO_SPACE = ("no space left", "disk is full", "database or disk is full", "file too large")


def write_failed(target: Path, exc: BaseException) -> BackupFailed:
    """Why a backup could not be written, in words the user can act on."""
    text = str(exc).lower()
    errno_full = isinstance(exc, OSError) and exc.errno in (28, 27)  # ENOSPC, EFBIG
    if errno_full or any(word in text for word in NO_SPACE):
        return BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The backup could not be written to {folder}: the disk is full. Nothing was "
                "lost: the register is as it was, and no half backup was left behind. Free some "
                "space on that disk (old files, the recycle bin), or choose another disk, and "
                "back up again.",
            ),
            folder=str(target.parent),
        )
    unopened = "unable to open" in text and not can_write_folder(target.parent)
    if isinstance(exc, PermissionError) or "readonly" in text or "read-only" in text or unopened:
        return BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The backup could not be written to {folder}: this PC may not write there "
                "(the folder or the disk is read-only). Nothing was lost; choose another "
                "folder, or ask for the right to write there.",
            ),
            folder=str(target.parent),
        )
    if "database is locked" in text or "database is busy" in text:
        return BackupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The backup was not made: the register is busy (another program is writing to "
                "it). Nothing was lost and no half backup was left behind; back up again in a "
                "moment.",
            )
        )
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return BackupFailed(
        QT_TRANSLATE_NOOP("domain", "The backup could not be written to {path}: {reason}"),
        path=str(target),
        reason=reason,
    )


def write_backup(target: Path) -> Path:
    """Copy the open database to ``target`` safely (temporary name, sync, check, rename).
    Whatever goes wrong, the temporary file is removed: no half or empty file is left."""
    if not is_sqlite():
        raise BackupFailed(ON_SERVER)
    tmp = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(str(tmp))
        try:
            database.connection().backup(dest)
            # A backup is a single self-contained file: no WAL, so reading it later
            # leaves no journal files beside it.
            dest.execute("PRAGMA journal_mode=DELETE")
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise BackupFailed(
                QT_TRANSLATE_NOOP("domain", "The backup copy failed its integrity check: {detail}"),
                detail=ok,
            )
        _fsync(tmp)
        tmp.replace(target)
    except BackupFailed:
        _remove_quietly(tmp)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(tmp)
        raise write_failed(target, exc) from exc
    except BaseException:
        _remove_quietly(tmp)
        raise
    return target


def _remove_quietly(path: Path) -> None:
    for leftover in (path, Path(str(path) + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass  # removed at a later start (``clean_leftovers``)


def take_backup(data_dir: Path, reason: str = "manual") -> Path:
    """An automatic or manual backup into the data folder (and a copy to the branch's
    second backup folder, e.g. a USB stick, when that folder is there), then prune old
    ones. The second folder is a branch setting only a manager can change."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = write_backup(backup_folder(data_dir) / f"complaints-{stamp}-{reason}.sqlite3")
    second = get_branch().second_backup_folder.strip()
    extra_folder = Path(second) if second else None
    if extra_folder is not None and extra_folder.is_dir():
        tmp = extra_folder / (path.name + ".part")
        try:
            shutil.copyfile(path, tmp)
            _fsync(tmp)
            tmp.replace(extra_folder / path.name)
        except OSError:
            _remove_quietly(tmp)  # the second copy is a bonus; the first one is safe
        else:
            # A full copy left the data folder, to the place a manager chose.
            disclosure.record(
                SECOND_COPY, "backup", file=path.name, folder=str(extra_folder), reason=reason
            )
    prune(data_dir)
    return path


# Who the automatic copy to the second folder is recorded as (the folder itself is a
# manager's audited choice; the copy is made at close and on a timer, by nobody).
SECOND_COPY = AUTOMATIC_BACKUP


def backup_to(actor: Actor, target: Path) -> Path:
    """A backup written where the user chose: a full copy of the register leaves the data
    folder, so only a manager may do it, and it is recorded in the audit trail."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may copy the register to another place.")
    )
    path = write_backup(target)
    disclosure.record(actor, "backup", file=path.name, folder=str(path.parent))
    return path


def list_backups(data_dir: Path) -> list[tuple[dt.datetime, str, Path]]:
    """Finished backups, newest first (files still being written are ignored)."""
    found = []
    folder = backup_folder(data_dir)
    if folder.is_dir():
        for path in folder.iterdir():
            match = NAME.match(path.name)
            if match:
                found.append((dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S"), match[2], path))
    return sorted(found, reverse=True)


def prune(data_dir: Path, today: dt.date | None = None) -> list[Path]:
    """Keep the newest backup of each of the last 14 days, 8 weeks, and of every month."""
    today = today or dt.date.today()
    keep: set[Path] = set()
    seen_days: set[dt.date] = set()
    seen_weeks: set[tuple[int, int]] = set()
    seen_months: set[tuple[int, int]] = set()
    for taken, reason, path in list_backups(data_dir):
        day = taken.date()
        if reason != "auto":
            keep.add(path)  # manual, migration and register backups are never pruned
            continue
        if (today - day).days < KEEP_DAYS and day not in seen_days:
            seen_days.add(day)
            keep.add(path)
        week = tuple(day.isocalendar())[:2]
        if (today - day).days < KEEP_WEEKS * 7 and week not in seen_weeks:
            seen_weeks.add(week)  # type: ignore[arg-type]
            keep.add(path)
        month = (day.year, day.month)
        if month not in seen_months:
            seen_months.add(month)
            keep.add(path)
    removed = []
    for _taken, _reason, path in list_backups(data_dir):
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def inspect(path: Path) -> BackupInfo:
    """Check a backup file before restoring it: integrity, schema, audit chain."""

    if not path.is_file():
        raise BackupFailed(QT_TRANSLATE_NOOP("domain", "No such file: {path}"), path=str(path))
    try:
        con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            schema = int(
                con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
            )
            complaints = con.execute("SELECT count(*) FROM complaint").fetchone()[0]
            has_trail = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_event'"
            ).fetchone()
            events = (
                con.execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()[0]
                if has_trail
                else 0
            )
        finally:
            con.close()
    except (sqlite3.DatabaseError, TypeError) as exc:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("domain", "{path} is not a usable Complaint Book database: {reason}"),
            path=path.name,
            reason=str(exc),
        ) from exc
    if ok != "ok":
        raise BackupFailed(
            QT_TRANSLATE_NOOP("domain", "{path} is damaged: {reason}"), path=path.name, reason=ok
        )
    if schema > SCHEMA_VERSION:
        raise BackupFailed(
            QT_TRANSLATE_NOOP("domain", "{path} was written by a newer version of Complaint Book."),
            path=path.name,
        )
    match = NAME.match(path.name)
    taken = (
        dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")
        if match
        else dt.datetime.fromtimestamp(path.stat().st_mtime)
    )
    return BackupInfo(path, taken, match[2] if match else "file", complaints, schema, events)


def newest_good(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes its checks (what to offer after damage)."""
    for _taken, _reason, path in list_backups(data_dir):
        try:
            return inspect(path)
        except BackupFailed:
            continue
    return None


def holding_more(data_dir: Path, events: int) -> BackupInfo | None:
    """The newest good backup whose audit trail is longer than ``events`` (what to offer
    when the register lost its newest changes), or None."""
    for _taken, _reason, path in list_backups(data_dir):
        try:
            info = inspect(path)
        except BackupFailed:
            continue
        if info.events > events:
            return info
    return None


LEFTOVER_AGE = dt.timedelta(days=1)
UPGRADE_COPY = re.compile(r"^(?P<stem>.+)\.before-v\d+-\d{8}-\d{6}\.sqlite3$")


def clean_leftovers(data_dir: Path, file: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove what interrupted work left behind, once it is more than a day old (younger
    ones may belong to a backup running in another process right now): ``.part`` files
    of backups and upgrade copies, a restore's half-checked copy, and every upgrade copy
    of the register but the newest. Returns what was removed."""
    cutoff = (now or dt.datetime.now()) - LEFTOVER_AGE

    def old(path: Path) -> bool:
        try:
            return dt.datetime.fromtimestamp(path.stat().st_mtime) < cutoff
        except OSError:
            return False

    removed: list[Path] = []
    candidates: list[Path] = []
    for folder in {backup_folder(data_dir), file.parent}:
        if folder.is_dir():
            candidates += [
                p for p in folder.iterdir() if p.name.endswith((".part", ".part-journal"))
            ]
    copies = sorted(
        (
            p
            for p in file.parent.glob(f"{file.stem}.before-v*.sqlite3")
            if UPGRADE_COPY.match(p.name)
        ),
        key=lambda p: p.name.rsplit("-", 2)[-2:],
    )
    candidates += copies[:-1]  # the newest upgrade copy is kept whatever its age
    for path in candidates:
        if path.is_file() and old(path):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                pass  # in use or read-only: tried again at the next start
    restoring = data_dir / "restoring"
    if restoring.is_dir() and old(restoring):
        shutil.rmtree(restoring, ignore_errors=True)
        removed.append(restoring)
    return removed
