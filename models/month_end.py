"""Records as they stood at a moment (a month's end): today's rows with every later change undone.

A month's register says its complaints are shown as they stood at the month's end, so
a complaint reopened and resolved again a month later must leave the earlier register,
its figures and its digest as they were. Every change is in the audit trail with the
value it replaced (``models.audit``); undoing the changes recorded at or after the
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
from decimal import Decimal
from typing import Any

import peewee as pw

from models import personal
from models.schema import AuditEvent, Complaint, MoneyField, Staff

UNDONE_ACTIONS = ("update",)


def end_of(month: str) -> dt.datetime:
    """The first moment after ``month`` (YYYYMM): what its register stands at."""
    year, mon = int(month[:4]), int(month[4:])
    return dt.datetime(year + (mon == 12), mon % 12 + 1, 1)


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
    out: dict[int, dict[str, Any]] = {}
    referenced: set[int] = set()
    for row_id, changes in query.iterator():
        values = out.setdefault(row_id, {})
        for name, (old, _new) in json.loads(changes).items():
            values[name] = old  # newest first: the earliest later change has the last word
            if personal.is_reference(old):
                referenced.add(row_id)
    for row_id in referenced:
        kept = personal.values_of(table, row_id)
        values = out[row_id]
        for name, old in list(values.items()):
            if personal.is_reference(old):
                found = kept.get(old[personal.REF])
                if found is None:
                    del values[name]  # anonymised: gone everywhere, left as it is now
                else:
                    values[name] = found
    for values in out.values():
        for name in list(values):
            field = fields.get(name)
            if field is None:
                del values[name]
            else:
                values[name] = _python(field, values[name])
    return out


def complaints_as_of(query: pw.SelectQuery, moment: dt.datetime) -> Iterator[dict[str, Any]]:
    """The rows of a ``Complaint`` select (``.dicts()``, the id among its columns) as they
    stood at ``moment``, streamed in the query's order."""
    ids = query.clone().select(Complaint.id).order_by()
    patches = later_values(Complaint, moment, ids)
    for row in query.dicts().iterator():
        patch = patches.get(row["id"])
        if patch:
            row.update((k, v) for k, v in patch.items() if k in row)
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
