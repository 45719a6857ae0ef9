"""``check``: is the register exactly what the app wrote?

Verifies SQLite's own integrity, the audit chain link by link, gap-free register
numbers, and that replaying each record's audit events gives its current values, so
a change, insertion or deletion made behind the app is found and named. Personal
values and secrets are compared through the digests the trail holds (``personal``);
a problem with one names the field, never the value.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP, DomainError
from models.storage import audit, personal
from models.storage.audit import REPLAYED_AS_BULK, replay_bulk
from models.storage.db import database, is_sqlite
from models.storage.schema import (
    ACTIVITY_TABLE,
    AUDITED_TABLES,
    AuditEvent,
    BaseModel,
    Complaint,
    Event,
    RegisterCounter,
)
from models.storage.typed import primary_key, tuples_of
from models.trust import printed_seal
from models.trust.signatures import signature_problems


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    events: int = 0
    head: str = audit.GENESIS
    records: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def _models() -> dict[str, type[BaseModel]]:
    out: dict[str, type[BaseModel]] = {}
    stack: list[type[BaseModel]] = [BaseModel]
    while stack:
        for sub in stack.pop().__subclasses__():
            out[sub._meta.table_name] = sub
            stack.append(sub)
    return out


def chain_head() -> tuple[int, str]:
    """Number of audit events and the newest event's hash (what the register prints)."""
    last = AuditEvent.select(AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    return AuditEvent.select().count(), (last.hash if last else audit.GENESIS)


def check_database() -> CheckReport:
    report = CheckReport()
    if is_sqlite():
        result = database.execute_sql("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            report.problems.append(f"SQLite integrity check: {result}")
    replayed: dict[tuple[str, int], dict[str, Any]] = defaultdict(dict)
    prev = audit.GENESIS
    broken = False
    last_good = "none (from the very first entry)"
    for event in AuditEvent.select().order_by(AuditEvent.id).iterator():
        report.events += 1
        if not broken:
            where = f"entry #{event.id} ({event.action} of {event.table_name} #{event.row_id})"
            if event.prev_hash != prev:
                report.problems.append(
                    f"Audit chain broken before {where}: an entry was removed or inserted "
                    f"there behind the app. The last good entry is {last_good}."
                )
                broken = True
            elif audit.event_hash(event.prev_hash, audit.content_of(event)) != event.hash:
                report.problems.append(
                    f"Audit {where} was altered behind the app. The last good entry is {last_good}."
                )
                broken = True
            else:
                last_good = f"#{event.id} of {str(event.at)[:16]}"
        prev = event.hash
        report.head = event.hash
        if event.table_name == ACTIVITY_TABLE:
            continue  # an export or a print: chained above, no record to replay
        changes = json.loads(event.changes)
        if event.action in REPLAYED_AS_BULK:
            for row_id, values in replay_bulk(changes):
                replayed[(event.table_name, row_id)].update(values)
            continue
        for name, (_old, new) in changes.items():
            replayed[(event.table_name, event.row_id)][name] = new
    salts, value_problems = personal.check_values()
    report.problems.extend(value_problems)
    models = _models()
    seen: set[tuple[str, int]] = set()
    for table in sorted(AUDITED_TABLES):
        model = models[table]
        key = primary_key(model).name
        guarded = personal.GUARDED.get(table, frozenset())
        for row in model.select().dicts().iterator():
            report.records += 1
            ident = (table, int(row[key]))
            seen.add(ident)
            current = audit.row_values(model, row)
            history = replayed.get(ident)
            if history is None:
                report.problems.append(
                    f"{table} #{ident[1]} has no audit history: added behind the app"
                    + _known_as(table, ident[1])
                )
                continue
            for name, value in current.items():
                if name in guarded:
                    if not personal.matches(table, name, value, history.get(name), salts):
                        report.problems.append(  # personal or secret: no value shown
                            f"{table} #{ident[1]} field {name}: the database holds a value "
                            "its audit history does not record (changed behind the app)"
                            + _known_as(table, ident[1])
                        )
                elif history.get(name) != value:
                    said = history.get(name)
                    if _plain(value) and _plain(said):
                        what = f"the database holds {value!r} but its audit history says {said!r}"
                    else:  # free text may name a customer: the report never repeats it
                        what = "the database holds text its audit history does not record"
                    report.problems.append(
                        f"{table} #{ident[1]} field {name}: {what} (changed behind the app)"
                        + _known_as(table, ident[1])
                    )
    for ident in sorted(set(replayed) - seen):
        report.problems.append(
            f"{ident[0]} #{ident[1]} is in the audit history but missing: deleted behind the app"
        )
    report.problems.extend(_numbering_problems())
    report.problems.extend(signature_problems())
    report.problems.extend(printed_seal.signoff_problems())
    return report


_CODE = re.compile(r"[A-Za-z0-9_.:\- ]{0,40}")


def _plain(value: Any) -> bool:
    """A value the report may show: a number, a date, a flag, or a short code (a status,
    a category); never free text, which may name a customer."""
    return not isinstance(value, str) or (_CODE.fullmatch(value) is not None and " " not in value)


def _known_as(table: str, row_id: int) -> str:
    """For a complaint or a timeline line, the register number a branch head knows it
    by, to close the report's sentence; "" for other records."""
    if table == "complaint":
        number = Complaint.select(Complaint.register_no).where(Complaint.id == row_id).scalar()
        return f"; that is complaint {number}" if number else ""
    if table == "event":
        number = (
            Complaint.select(Complaint.register_no)
            .join(Event, on=(Event.complaint == Complaint.id))
            .where(Event.id == row_id)
            .scalar()
        )
        return f"; that is a line of the timeline of {number}" if number else ""
    return ""


def _numbering_problems() -> list[str]:
    problems = []
    rows = Complaint.select(Complaint.register_no, Complaint.month, Complaint.seq).order_by(
        Complaint.month, Complaint.seq
    )
    by_month: dict[str, list[int]] = defaultdict(list)
    prefixes: dict[str, str] = {}
    for number, month, seq in tuples_of(rows):
        by_month[month].append(seq)
        prefixes.setdefault(month, number.rsplit("-", 1)[0])
    counters = {c.month: c.last_no for c in RegisterCounter.select()}
    for month, seqs in sorted(by_month.items()):
        expected = list(range(1, max(seqs) + 1))
        missing = sorted(set(expected) - set(seqs))
        if missing:
            shown = ", ".join(f"{prefixes[month]}-{n:04d}" for n in missing[:10])
            problems.append(f"Register numbers missing in {month[:4]}-{month[4:]}: {shown}")
        if counters.get(month, 0) < max(seqs):
            problems.append(
                f"Numbering counter of {month[:4]}-{month[4:]} is behind its complaints"
            )
    for month, last in sorted(counters.items()):
        have = max(by_month.get(month, [0]))
        if last > have:  # numbers are given inside the saving transaction: never unused
            problems.append(
                f"The register gave {last} number(s) in {month[:4]}-{month[4:]} but holds "
                f"complaints up to number {have} only: the newest "
                f"{last - have} complaint(s) were removed behind the app, with their audit "
                "entries."
            )
    return problems


class RegisterNotIntact(DomainError):
    """The register does not match its own audit trail: it must not be sealed."""

    code = "register_not_intact"


def require_intact() -> None:
    """Refuse to seal a register that ``check`` finds changed behind the app: a seal on
    it would vouch for the change. Runs the whole check (on a very large register this
    takes a while; the register is printed once a month)."""
    report = check_database()
    if not report.ok:
        raise RegisterNotIntact(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register does not match its own audit trail ({count} problem(s), the "
                "first: {first}). It cannot be printed and sealed until this is cleared up: "
                "run the command check, and ask the branch head to compare it with the last "
                "signed register and the backups.",
            ),
            count=len(report.problems),
            first=report.problems[0],
        )
