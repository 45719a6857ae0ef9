"""The append-only timeline of a complaint: who changed what, when."""

from __future__ import annotations

import datetime as dt

from models.core.actors import Actor
from models.register.records import to_text
from models.storage import personal
from models.storage.schema import Complaint, Event, now


def as_text(value: object) -> str:
    """How a field value is written into the timeline: as in the CSV, staff by name."""
    if hasattr(value, "id") and hasattr(value, "name"):  # a Staff row
        return str(value.name)
    return to_text(value)


def log(
    complaint: Complaint,
    actor: Actor,
    kind: str,
    *,
    field: str = "",
    old: object = None,
    new: object = None,
    text: str = "",
    at: dt.datetime | None = None,
) -> Event:
    """One timeline line. The lines are append-only, so a personal field's old and new
    value are kept as references (``personal.timeline_value``) that anonymising can
    empty, never as the text itself."""
    old_text, new_text = as_text(old), as_text(new)
    if field in personal.PERSONAL_FIELDS["complaint"]:
        old_text = personal.timeline_value("complaint", complaint.id, field, old_text)
        new_text = personal.timeline_value("complaint", complaint.id, field, new_text)
    return Event.create(
        complaint=complaint,
        at=at or now(),
        actor=actor.staff_id,
        actor_name=actor.name,
        kind=kind,
        field=field,
        old_value=old_text,
        new_value=new_text,
        text=text,
    )


def events_of(complaint_id: int) -> list[Event]:
    return list(Event.select().where(Event.complaint == complaint_id).order_by(Event.at, Event.id))
