"""A month's complaints as its register prints them: each row as it stood at the month's
end, and what the timeline adds to it (extensions, who voided it, a waived follow-up).

Streamed in register order, so a 10,000-complaint month is never held in memory at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from models.register.month_end import MonthBounds, complaints_as_of
from models.storage.schema import Complaint, Event

# The columns a register row shows, the id among them (``complaints_as_of`` needs it).
ROW_FIELDS = (
    Complaint.id,
    Complaint.register_no,
    Complaint.received_at,
    Complaint.channel,
    Complaint.customer_name,
    Complaint.customer_phone,
    Complaint.category,
    Complaint.cause,
    Complaint.scope,
    Complaint.severity,
    Complaint.subject_staff,
    Complaint.subject_text,
    Complaint.summary,
    Complaint.description,
    Complaint.desired_outcome,
    Complaint.handler,
    Complaint.status,
    Complaint.due_date,
    Complaint.outcome,
    Complaint.remedy,
    Complaint.compensation,
    Complaint.currency,
    Complaint.customer_accepted,
    Complaint.resolved_at,
    Complaint.root_cause,
    Complaint.corrective_action,
    Complaint.followup_due,
    Complaint.followup_done_at,
    Complaint.satisfaction,
    Complaint.followup_comment,
    Complaint.followup_waived,
    Complaint.closed_at,
    Complaint.void_reason,
)


def month_rows(span: MonthBounds) -> Iterator[dict[str, Any]]:
    """The month's complaints in register order (void entries kept), as they stood at its
    end, each a dict of ``ROW_FIELDS``."""
    query = (
        Complaint.select(*ROW_FIELDS)
        .where(Complaint.month == span.month)
        .order_by(Complaint.seq, Complaint.id)
    )
    return complaints_as_of(query, span.end)


@dataclass
class Facts:
    """What the timeline adds to a row: extensions with their approvers, who voided it,
    who waived the follow-up call and why."""

    extensions: list[tuple[str, str, str, str]] = field(default_factory=list)  # old, new, who, on
    voided: tuple[str, str] | None = None  # who, date
    waived: tuple[str, str] | None = None  # who, reason


def timeline_facts(month: str, end: dt.datetime) -> dict[int, Facts]:
    """The month's extension, void and waiver events recorded before ``end`` (the month's
    end: the register shows it as it stood then), by complaint (a few per month). A
    waiver is the newest closing with a reason before ``end``; the row says whether the
    follow-up stood waived then (a reopening since has cleared it on today's row)."""
    waived_close = (Event.new_value == "closed") & (Event.text != "")
    query = (
        Event.select(
            Event.complaint,
            Event.kind,
            Event.at,
            Event.actor_name,
            Event.old_value,
            Event.new_value,
            Event.text,
        )
        .join(Complaint, on=(Event.complaint == Complaint.id))
        .where((Complaint.month == month) & (Event.at < end))
        .where(
            (Event.kind == "extension")
            | ((Event.kind == "status") & ((Event.new_value == "void") | waived_close))
        )
        .order_by(Event.id)
        .tuples()
    )
    out: dict[int, Facts] = {}
    for complaint, kind, at, who, old, new, text in query.iterator():
        facts = out.setdefault(complaint, Facts())
        if kind == "extension":
            facts.extensions.append((old, new, who, at.date().isoformat()))
        elif new == "void":
            facts.voided = (who, at.date().isoformat())
        else:
            facts.waived = (who, text)  # the newest one before ``end`` wins
    return out
