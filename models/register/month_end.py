"""Records as they stood at a moment (a month's end): today's rows with every later change undone.

A month's register says its complaints are shown as they stood at the month's end, so
a complaint reopened and resolved again a month later must leave the earlier register,
its figures and its digest as they were. Every change is in the audit trail with the
value it replaced (``models.storage.audit``); undoing the changes recorded at or after the
moment, newest first, gives each record's values at that moment. Reading today's rows
and undoing the few later changes costs one indexed look-up per record, where
replaying the whole trail would read every event ever written.

A record's creation is never undone: a complaint entered after its month ended (a
late entry) belongs to the month of its register number and shows there. A personal
value comes back from ``personal_value`` while it is kept; once anonymised it stays as
it is now (its value is gone everywhere). Upgrade steps (``schema``, ``baseline``)
record values, they do not change them, so they are never undone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import peewee as pw

from models.storage import audit, personal
from models.storage.schema import AuditEvent, Complaint, MoneyField, Staff, now

UNDONE_ACTIONS = ("update",)


@dataclass(frozen=True)
class MonthBounds:
    """A month of the register (YYYYMM) and the moments it is counted by, worked out once:
    from ``start`` up to ``end`` (the first moment after it, what its register stands at),
    its figures as they stood at ``at`` (its end, or the moment they were asked for while
    the month is under way)."""

    month: str
    start: dt.datetime
    end: dt.datetime
    at: dt.datetime

    @property
    def text(self) -> str:
        """The month as the register prints it: YYYY-MM."""
        return f"{self.month[:4]}-{self.month[4:]}"


def bounds(month: str) -> MonthBounds:
    """``month`` (YYYYMM) with its start, its end and the moment its figures stand at."""
    start = dt.datetime(int(month[:4]), int(month[4:]), 1)
    end = dt.datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return MonthBounds(month, start, end, cutoff(end))


def cutoff(end: dt.datetime) -> dt.datetime:
    """The moment a month's figures stand at: its end, or now for the month under way."""
    return min(end, now())


def end_of(month: str) -> dt.datetime:
    """The first moment after ``month`` (YYYYMM): what its register stands at."""
    return bounds(month).end


def _python(field: pw.Field, value: Any) -> Any:
    """A value as the audit trail records it (``audit.canonical``) back as the row holds it."""
    if value is None:
        return None
    if isinstance(field, MoneyField):
        return Decimal(str(value)).quantize(Decimal("0.01"))
    if isinstance(field, pw.DateTimeField):
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    if isinstance(field, pw.DateField):
        return dt.date.fromisoformat(value) if isinstance(value, str) else value
    return value


def later_values(
    model: type[pw.Model], moment: dt.datetime, ids: pw.SelectQuery | Iterable[int]
) -> dict[int, dict[str, Any]]:
    """{row id: {field: value it held at ``moment``}} for the rows of ``ids`` changed at or
    after ``moment``; rows not changed since are left out (their values are today's)."""
    return {
        row_id: {name: then for name, (then, _newest) in fields.items()}
        for row_id, fields in later_changes(model, moment, ids).items()
    }


def later_changes(
    model: type[pw.Model], moment: dt.datetime, ids: pw.SelectQuery | Iterable[int]
) -> dict[int, dict[str, tuple[Any, Any]]]:
    """{row id: {field: (value at ``moment``, newest value recorded)}} for the rows of
    ``ids`` changed at or after ``moment``. The newest recorded value is as the trail
    holds it (``audit.canonical``), to be compared with the row as it is now."""
    table = model._meta.table_name
    fields = model._meta.fields
    query = (
        AuditEvent.select(AuditEvent.row_id, AuditEvent.changes)
        .where(
            (AuditEvent.table_name == table)
            & (AuditEvent.action.in_(UNDONE_ACTIONS))
            & (AuditEvent.at >= moment)
            & (AuditEvent.row_id.in_(ids))
        )
        .order_by(AuditEvent.id.desc())
        .tuples()
    )
    then: dict[int, dict[str, Any]] = {}
    newest: dict[int, dict[str, Any]] = {}
    referenced: set[int] = set()
    for row_id, changes in query.iterator():
        values = then.setdefault(row_id, {})
        latest = newest.setdefault(row_id, {})
        for name, (old, new) in json.loads(changes).items():
            values[name] = old  # newest first: the earliest later change has the last word
            latest.setdefault(name, new)
            if personal.is_reference(old):
                referenced.add(row_id)
    for row_id in referenced:
        kept = personal.values_of(table, row_id)
        values = then[row_id]
        for name, old in list(values.items()):
            if personal.is_reference(old):
                found = kept.get(old[personal.REF])
                if found is None:
                    del values[name]  # anonymised: gone everywhere, left as it is now
                else:
                    values[name] = found
    out: dict[int, dict[str, tuple[Any, Any]]] = {}
    for row_id, values in then.items():
        out[row_id] = {
            name: (_python(fields[name], value), newest[row_id][name])
            for name, value in values.items()
            if name in fields
        }
    return out


def complaints_as_of(
    query: pw.ModelSelect[Complaint], moment: dt.datetime
) -> Iterator[dict[str, Any]]:
    """The rows of a ``Complaint`` select (the id among its columns) as they stood at
    ``moment``, streamed in the query's order. A field whose value today is not the one
    its newest change recorded was changed behind the app since: it is left as it is, so
    the month's digest no longer matches a register printed before (``verify-register``)."""
    ids = query.clone().select(Complaint.id).order_by()
    changes = later_changes(Complaint, moment, ids)
    for row in query.dicts().iterator():
        patch = changes.get(row["id"])
        if patch:
            for name, (then, recorded) in patch.items():
                if name in row and (
                    personal.is_reference(recorded) or audit.canonical(row[name]) == recorded
                ):
                    row[name] = then
        yield row


def staff_names_as_of(moment: dt.datetime | None) -> dict[int, str]:
    """Every member of staff's name at ``moment`` (today's when None): a register printed
    again after someone's name was corrected names them as it did."""
    names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    if moment is None:
        return names
    for staff_id, values in later_values(Staff, moment, list(names)).items():
        if "name" in values and staff_id in names:
            names[staff_id] = values["name"]
    return names
