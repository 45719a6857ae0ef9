"""Backups as witnesses: each backup's audit trail must be the start of today's.

The audit trail is a hash chain, so two copies that agree on an entry's hash agree on
every entry before it. A backup whose newest entry the register no longer holds, or
holds with another hash, proves the register was cut short or rewritten after that
backup was taken; the first entry they disagree on is found by halving, so each backup
costs a few lookups, not a read of its whole trail. Backups of the branch server are
pg_dump files the app does not read: there only the printed registers witness.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from models.maintenance.backup import NAME, backup_folder
from models.people.branch import get_branch
from models.storage.db import sqlite_uri
from models.storage.schema import ACTIVITY_TABLE, AuditEvent, Staff, StaffKey
from models.trust import signatures


@dataclass(frozen=True)
class Witness:
    """What one backup proves against the register; ``what`` is "" when they agree.
    ``explained`` names the register's own entry that accounts for the difference (a
    restore, or newest changes recorded as lost): said, not counted as a problem."""

    path: Path
    what: str
    explained: str = ""


def _went_back_unconfirmed(event_id: int) -> bool:
    return (
        AuditEvent.select()
        .where(
            (AuditEvent.table_name == ACTIVITY_TABLE)
            & AuditEvent.action.in_(WENT_BACK)
            & (AuditEvent.id > event_id)
            & AuditEvent.key_id.is_null()
        )
        .exists()
    )


# Entries by which the register's trail itself says it went back to an earlier state.
WENT_BACK = ("restore", "changes_lost")


def _went_back_after(event_id: int) -> str:
    """The manager-signed entry after ``event_id`` by which the register says it went
    back to an earlier state. Unsigned ones (newest changes accepted as lost at a start,
    before anyone signed in) explain nothing: anyone at the PC could have chosen that."""
    managers = Staff.select(Staff.id).where(Staff.role == "manager")
    manager_keys = StaffKey.select(StaffKey.id).where(StaffKey.staff.in_(managers))
    entry = (
        AuditEvent.select()
        .where(
            (AuditEvent.table_name == ACTIVITY_TABLE)
            & AuditEvent.action.in_(WENT_BACK)
            & (AuditEvent.id > event_id)
            & AuditEvent.key_id.in_(manager_keys)
        )
        .order_by(AuditEvent.id)
        .first()
    )
    if entry is None or not signatures.entry_signed(entry):
        return ""
    what = "a restore" if entry.action == "restore" else "newest changes recorded as lost"
    return f"entry #{entry.id} ({what}, by {entry.actor_name}, {str(entry.at)[:16]})"


def _hash_at(con: sqlite3.Connection, event_id: int) -> str | None:
    row = con.execute("SELECT hash FROM audit_event WHERE id = ?", (event_id,)).fetchone()
    return row[0] if row else None


def _ours(event_id: int) -> AuditEvent | None:
    return AuditEvent.get_or_none(AuditEvent.id == event_id)


def _describe(con: sqlite3.Connection, event_id: int) -> str:
    row = con.execute(
        "SELECT at, actor_name, table_name, row_id, action FROM audit_event WHERE id = ?",
        (event_id,),
    ).fetchone()
    if row is None:
        return f"#{event_id}"
    at, actor, table, row_id, action = row
    return f"#{event_id} ({action} of {table} #{row_id} by {actor}, {str(at)[:16]})"


def compare(path: Path) -> Witness | None:
    """What the backup at ``path`` says of the register; None if it cannot be read."""
    try:
        con = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    except sqlite3.Error:
        return None
    try:
        ids = [row[0] for row in con.execute("SELECT id FROM audit_event ORDER BY id").fetchall()]
        if not ids:
            return Witness(path, "")
        newest = ids[-1]
        ours = _ours(newest)
        if ours is not None and ours.hash == _hash_at(con, newest):
            return Witness(path, "")
        # Halve: ids[lo] agrees (or lo = -1), ids[hi] does not.
        lo, hi = -1, len(ids) - 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            mine = _ours(ids[mid])
            if mine is not None and mine.hash == _hash_at(con, ids[mid]):
                lo = mid
            else:
                hi = mid
        first_bad = ids[hi]
        good = (
            f"The last entry both agree on is {_describe(con, ids[lo])}."
            if lo >= 0
            else "They disagree from the very first entry."
        )
        if _ours(first_bad) is None:
            what = (
                f"it holds audit entry {_describe(con, first_bad)}, which the register no "
                "longer has: the register was cut short after this backup was taken."
            )

        else:
            what = (
                f"its audit entry {_describe(con, first_bad)} differs from the register's: "
                "the register was rewritten after this backup was taken."
            )
        if _went_back_unconfirmed(ids[lo] if lo >= 0 else 0):
            what += (
                " The register's own trail says its newest changes were lost at a start,"
                " but that was not confirmed by a manager: if they were really lost, a "
                "manager restores this backup (restore FILE --user NAME)."
            )
        return Witness(path, f"{what} {good}", _went_back_after(ids[lo] if lo >= 0 else 0))
    except sqlite3.Error:
        return None
    finally:
        con.close()


def folders(data_dir: Path) -> list[Path]:
    """Where backups are: the data folder's, and the branch's second folder if present."""
    out = [backup_folder(data_dir)]
    second = get_branch().second_backup_folder.strip()
    if second and Path(second).is_dir():
        out.append(Path(second))
    return [f for f in out if f.is_dir()]


def backups(data_dir: Path) -> list[Path]:
    found = [p for folder in folders(data_dir) for p in folder.iterdir() if NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def witness_problems(data_dir: Path) -> tuple[list[str], list[str], int]:
    """Problems the backups prove (each naming its backup), notes on differences the
    register's own trail accounts for, and how many backups were read."""
    problems, notes, read = [], [], 0
    for path in backups(data_dir):
        witness = compare(path)
        if witness is None:
            continue
        read += 1
        if not witness.what:
            continue
        taken = NAME.match(path.name)
        when = dt.datetime.strptime(taken[1], "%Y%m%d-%H%M%S") if taken else None
        name = f"The backup {path.name}" + (f" (taken {when:%Y-%m-%d %H:%M})" if when else "")
        if witness.explained:
            notes.append(
                f"{name} holds a later state the register went back from; its own trail "
                f"says why: {witness.explained}."
            )
        else:
            problems.append(
                f"{name} in {path.parent} proves a change behind the app: {witness.what}"
            )
    return problems, notes, read
