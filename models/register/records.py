"""A complaint as a flat record of plain values: what CSV and JSON exports hold.

The import reads the same names back, so an export re-imports to the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from models.register.month_end import complaints_as_of, end_of, staff_names_as_of
from models.storage.schema import Complaint

IMPORT_REQUIRED = (
    "received_at",
    "channel",
    "customer_name",
    "customer_phone",
    "customer_id_no",
    "category",
    "scope",
    "severity",
    "summary",
    "description",
    "desired_outcome",
)
IMPORT_OPTIONAL = ("register_no", "handler", "status", "closed_at", "resolution")
EXTRA = (
    "vulnerable",
    "vulnerable_note",
    "cause",
    "subject_staff",
    "subject_text",
    "promised_at",
    "first_due",
    "due_date",
    "extension_level",
    "remedy",
    "compensation",
    "currency",
    "customer_accepted",
    "resolved_at",
    "root_cause",
    "corrective_action",
    "followup_due",
    "followup_done_at",
    "satisfaction",
    "followup_comment",
    "followup_waived",
    "void_reason",
)
COLUMNS = (
    ("register_no",)
    + IMPORT_REQUIRED
    + tuple(c for c in IMPORT_OPTIONAL if c != "register_no")
    + EXTRA
)


RENAMED = {"resolution": "outcome"}
STAFF_COLUMNS = ("handler", "subject_staff")


def record_of(row: dict[str, Any], staff_names: dict[int, str]) -> dict[str, Any]:
    """Plain values keyed by column name from a complaint row read with ``.dicts()``:
    codes for coded fields, names for staff (dicts skip building model objects, which
    matters for a 10,000-complaint register)."""
    record = {}
    for column in COLUMNS:
        value = row[RENAMED.get(column, column)]
        if column in STAFF_COLUMNS:
            value = staff_names.get(value, "") if value else ""
        record[column] = value
    return record


def iter_records(
    month: str | None = None, as_of: dt.datetime | None = None
) -> Iterator[dict[str, Any]]:
    """Records in register order, streamed; ``month`` is YYYYMM of receipt, None for all.
    With ``as_of``, each record as it stood then (``models.register.month_end``), else as it is."""

    staff_names = staff_names_as_of(as_of)
    query = Complaint.select().order_by(Complaint.month, Complaint.seq, Complaint.id)
    if month:
        query = query.where(Complaint.month == month)
    rows = query.dicts().iterator() if as_of is None else complaints_as_of(query, as_of)
    for row in rows:
        yield record_of(row, staff_names)


def to_text(value: Any) -> str:
    """How a value is written into CSV."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, (dt.date, Decimal)):
        return str(value)
    return str(value)


def to_json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return to_text(value)
    if isinstance(value, Decimal):
        return str(value)
    return value


def month_digest(month: str) -> tuple[int, str]:
    """Record count and SHA-256 over the month's records as they stood at its end (as
    stored, with the changes recorded since undone), in register order.

    Printed on the register so a paper copy can later be checked against the database:
    a record changed behind the app differs from it, one changed through the app in a
    later month does not (the register shows the month as it ended).
    """
    import hashlib
    import json

    digest = hashlib.sha256()
    count = 0
    for record in iter_records(month, as_of=end_of(month)):
        line = json.dumps(
            {k: to_text(v) for k, v in record.items()}, ensure_ascii=False, sort_keys=True
        )
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()
