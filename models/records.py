"""A complaint as a flat record of plain values: what CSV and JSON exports hold.

The import reads the same names back, so an export re-imports to the same records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import peewee as pw

from models.schema import Complaint, Staff

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


def record_of(c: Complaint, staff_names: dict[int, str]) -> dict[str, Any]:
    """Plain values keyed by column name: codes for coded fields, names for staff."""
    return {
        "register_no": c.register_no,
        "received_at": c.received_at,
        "channel": c.channel,
        "customer_name": c.customer_name,
        "customer_phone": c.customer_phone,
        "customer_id_no": c.customer_id_no,
        "category": c.category,
        "scope": c.scope,
        "severity": c.severity,
        "summary": c.summary,
        "description": c.description,
        "desired_outcome": c.desired_outcome,
        "handler": staff_names.get(c.handler_id, "") if c.handler_id else "",
        "status": c.status,
        "closed_at": c.closed_at,
        "resolution": c.outcome,
        "vulnerable": c.vulnerable,
        "vulnerable_note": c.vulnerable_note,
        "cause": c.cause,
        "subject_staff": staff_names.get(c.subject_staff_id, "") if c.subject_staff_id else "",
        "subject_text": c.subject_text,
        "promised_at": c.promised_at,
        "first_due": c.first_due,
        "due_date": c.due_date,
        "extension_level": c.extension_level,
        "remedy": c.remedy,
        "compensation": c.compensation,
        "currency": c.currency,
        "customer_accepted": c.customer_accepted,
        "resolved_at": c.resolved_at,
        "root_cause": c.root_cause,
        "corrective_action": c.corrective_action,
        "followup_due": c.followup_due,
        "followup_done_at": c.followup_done_at,
        "satisfaction": c.satisfaction,
        "followup_comment": c.followup_comment,
        "followup_waived": c.followup_waived,
        "void_reason": c.void_reason,
    }


def iter_records(month: str | None = None) -> Iterator[dict[str, Any]]:
    """Records in register order, streamed; ``month`` is YYYYMM of receipt, None for all."""
    staff_names = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}
    query: pw.ModelSelect = Complaint.select().order_by(
        Complaint.month, Complaint.seq, Complaint.id
    )
    if month:
        query = query.where(Complaint.month == month)
    for complaint in query.iterator():
        yield record_of(complaint, staff_names)


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
    """Record count and SHA-256 over the month's records as stored, in register order.

    Printed on the register so a paper copy can later be checked against the database.
    """
    import hashlib
    import json

    digest = hashlib.sha256()
    count = 0
    for record in iter_records(month):
        line = json.dumps(
            {k: to_text(v) for k, v in record.items()}, ensure_ascii=False, sort_keys=True
        )
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
        count += 1
    return count, digest.hexdigest()
