"""Recording a complaint and editing its fields; every change lands on the timeline."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from models.core import categories, deadlines
from models.core.actors import Actor
from models.core.errors import (
    QT_TRANSLATE_NOOP,
    ConcurrentEdit,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from models.core.text import LIMITS, TOO_LONG, clean, clean_line
from models.core.vocab import CHANNELS, SCOPES, SEVERITIES
from models.people.branch import get_branch, other_managers
from models.register import numbering
from models.register.timeline import log
from models.storage.audit import as_actor
from models.storage.db import atomic
from models.storage.schema import Complaint, Event, Staff, now

PHONE = re.compile(r"^[0-9+()\-. /]*$")
FUTURE_SLACK = dt.timedelta(minutes=10)
LOCKED_STATES = ("closed", "void")


@dataclass
class ComplaintForm:
    """What the intake form (or an imported row) supplies, as plain values."""

    received_at: dt.datetime | None = None
    channel: str = ""
    customer_name: str = ""
    customer_phone: str = ""
    customer_id_no: str = ""
    vulnerable: bool = False
    vulnerable_note: str = ""
    category: str = ""
    cause: str = ""
    scope: str = "point"
    severity: str = "medium"
    subject_staff_id: int | None = None
    subject_text: str = ""
    summary: str = ""
    description: str = ""
    desired_outcome: str = ""
    promised_at: dt.datetime | None = None
    handler_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        for key in ("received_at", "promised_at"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ComplaintForm:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("received_at", "promised_at"):
            if values.get(key):
                values[key] = dt.datetime.fromisoformat(values[key])
        return cls(**values)


SINGLE_LINE = ("customer_name", "customer_phone", "customer_id_no", "subject_text", "summary")
MULTI_LINE = ("vulnerable_note", "description", "desired_outcome")


def validate_form(
    form: ComplaintForm,
    *,
    now_: dt.datetime | None = None,
    staff_ids: Collection[int] | None = None,
    tree: categories.CategoryTree | None = None,
) -> dict[str, Any]:
    """Clean every field and collect all problems at once, so the form can mark each.
    ``staff_ids`` and ``tree``: the staff there are and the branch's categories, when the
    caller knows them (an import, row after row)."""
    errors: list[ValidationError] = []
    out: dict[str, Any] = {}

    def fail(field: str, message: str, **params: Any) -> None:
        errors.append(ValidationError(field, message, **params))

    for field in SINGLE_LINE + MULTI_LINE:
        text = (clean_line if field in SINGLE_LINE else clean)(getattr(form, field)).strip()
        if len(text) > LIMITS[field]:
            fail(
                field,
                TOO_LONG,
                length=len(text),
                limit=LIMITS[field],
            )
        out[field] = text
    if not out["summary"]:
        fail("summary", QT_TRANSLATE_NOOP("domain", "Write a one-line summary of the complaint."))
    if not out["desired_outcome"]:
        fail(
            "desired_outcome",
            QT_TRANSLATE_NOOP(
                "domain", "Ask the customer what outcome they want, and write it down."
            ),
        )
    if out["customer_phone"] and (
        not PHONE.match(out["customer_phone"]) or not re.search(r"\d", out["customer_phone"])
    ):
        fail(
            "customer_phone",
            QT_TRANSLATE_NOOP(
                "domain", "A phone number may hold only digits, spaces and + - ( ) . /"
            ),
        )

    moment = now_ or now()
    received = form.received_at or moment
    if received > moment + FUTURE_SLACK:
        fail(
            "received_at",
            QT_TRANSLATE_NOOP(
                "domain", "The received time is in the future; check the date and time."
            ),
        )
    out["received_at"] = received.replace(microsecond=0)
    if form.promised_at is not None and form.promised_at < received:
        fail(
            "promised_at",
            QT_TRANSLATE_NOOP(
                "domain", "The promised completion time is before the complaint was received."
            ),
        )
    out["promised_at"] = form.promised_at.replace(microsecond=0) if form.promised_at else None

    for field, allowed, missing in (
        ("channel", CHANNELS, QT_TRANSLATE_NOOP("domain", "Choose the channel.")),
        ("scope", SCOPES, QT_TRANSLATE_NOOP("domain", "Choose the scope.")),
        ("severity", SEVERITIES, QT_TRANSLATE_NOOP("domain", "Choose the severity.")),
    ):
        value = getattr(form, field)
        if not value:
            fail(field, missing)
        elif value not in allowed:
            fail(field, QT_TRANSLATE_NOOP("domain", "Unknown code {value}."), value=value)
        out[field] = value

    tree = tree or categories.load(get_branch().category_preset)
    if not form.category:
        fail("category", QT_TRANSLATE_NOOP("domain", "Choose a category."))
    elif tree.get(form.category) is None:
        fail(
            "category",
            QT_TRANSLATE_NOOP("domain", "Unknown category {value}."),
            value=form.category,
        )
    out["category"] = form.category
    if form.cause and form.cause not in {c.code for c in tree.causes}:
        fail("cause", QT_TRANSLATE_NOOP("domain", "Unknown cause {value}."), value=form.cause)
    out["cause"] = form.cause
    out["vulnerable"] = bool(form.vulnerable)

    for field in ("subject_staff_id", "handler_id"):
        staff_id = getattr(form, field)
        if staff_id is None:
            known = True
        elif staff_ids is not None:
            known = staff_id in staff_ids
        else:
            known = Staff.get_or_none(Staff.id == staff_id) is not None
        if not known:
            fail(field, QT_TRANSLATE_NOOP("domain", "No staff member #{id}."), id=staff_id)
        out[field.removesuffix("_id")] = staff_id
    if form.handler_id is not None and form.handler_id == form.subject_staff_id:
        fail(
            "handler_id",
            QT_TRANSLATE_NOOP(
                "domain",
                "The handler cannot be the staff member the complaint is about; choose someone else.",
            ),
        )
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    return out


def due_dates(received: dt.date, extension_level: int = 0) -> deadlines.Deadlines:
    branch = get_branch()
    return deadlines.compute(
        branch.deadline_preset,
        received,
        branch.country,
        custom_days=branch.custom_days,
        extension_level=extension_level,
    )


@as_actor
def insert_complaint(
    actor: Actor,
    values: dict[str, Any],
    register_no: str | None = None,
    at: dt.datetime | None = None,
) -> Complaint:
    """Insert cleaned values; call inside a write transaction."""
    branch = get_branch()
    received: dt.datetime = values["received_at"]
    month = received.strftime("%Y%m")
    if register_no is None:
        register_no, seq = numbering.next_number(branch.code, month)
    else:
        parsed = numbering.parse(register_no)
        if parsed is None:
            raise ValidationError(
                "register_no",
                QT_TRANSLATE_NOOP("domain", "Register number {value} is not CODE-YYYYMM-NNNN."),
                value=register_no,
            )
        code, month, seq = parsed
        numbering.claim_number(code, month, seq)
    due = due_dates(received.date())
    complaint = Complaint.create(
        register_no=register_no,
        month=month,
        seq=seq,
        due_date=due.due,
        first_due=due.first,
        **values,
    )
    log(complaint, actor, "created", new=register_no, at=at)
    return complaint


@as_actor
def create_complaint(actor: Actor, form: ComplaintForm) -> Complaint:
    """Validate and record a new complaint; it gets the month's next register number."""
    values = validate_form(form)
    if not actor.is_manager:
        if values["handler"] not in (None, actor.staff_id):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Only a manager may assign a complaint to someone else; a complaint you "
                    "record is yours to work on.",
                )
            )
        if values["handler"] is None and values["subject_staff"] != actor.staff_id:
            values["handler"] = actor.staff_id  # a clerk's own complaint is theirs to work on
    with atomic():
        return insert_complaint(actor, values)


def get_complaint(complaint_id: int) -> Complaint:
    found = Complaint.get_or_none(Complaint.id == complaint_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "No complaint #{id}."), id=complaint_id)
    return found


def load_for_change(
    complaint_id: int, expected_version: int | None, actor: Actor | None = None
) -> Complaint:
    """Re-read inside the transaction; refuse if someone saved since it was opened, or if
    ``actor`` is a clerk and the complaint is someone else's."""
    complaint = get_complaint(complaint_id)
    if actor is not None:
        check_not_recused(actor, complaint)
    if actor is not None and not actor.is_manager and complaint.handler_id != actor.staff_id:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "domain",
                "Complaint {register_no} is assigned to someone else; only its handler or a manager may work on it.",
            ),
            register_no=complaint.register_no,
        )
    if expected_version is not None and complaint.version != expected_version:
        last = (
            Event.select(Event.actor_name, Event.at)
            .where(Event.complaint == complaint.id)
            .order_by(Event.id.desc())
            .first()
        )
        error = ConcurrentEdit(
            QT_TRANSLATE_NOOP(
                "domain",
                "Complaint {register_no} was changed by {who} at {when}, after you opened it, so "
                "your change was not saved. What you entered is kept: look at their change, then "
                "save again.",
            ),
            register_no=complaint.register_no,
            who=last.actor_name if last else "?",
            when=(last.at if last else complaint.updated_at).strftime("%Y-%m-%d %H:%M"),
        )
        error.current_version = complaint.version
        raise error
    return complaint


RECUSED = QT_TRANSLATE_NOOP(
    "domain",
    "Complaint {register_no} is about you, so you may read it but not act on it: another "
    "manager must handle it.",
)
RECUSED_CLERK = QT_TRANSLATE_NOOP(
    "domain",
    "Complaint {register_no} is about you, so you may read it but not act on it: a manager "
    "must handle it.",
)
RECUSED_ONLY_MANAGER = QT_TRANSLATE_NOOP(
    "domain",
    "Complaint {register_no} is about you, so you may read it but not act on it. You are the "
    "branch's only manager: ask head office to handle it.",
)


def is_recused(actor: Actor, complaint: Complaint) -> bool:
    """True when ``complaint`` is about ``actor``: nobody judges a complaint about themselves."""
    return actor.staff_id is not None and complaint.subject_staff_id == actor.staff_id


def check_not_recused(actor: Actor, complaint: Complaint) -> None:
    """Refuse any change by the person the complaint is about (void, close, waive,
    approve, reassign, edit...); reading stays open to them."""
    if not is_recused(actor, complaint):
        return
    if not actor.is_manager:
        raise PermissionDenied(RECUSED_CLERK, register_no=complaint.register_no)
    alone = other_managers(actor.staff_id) == 0
    raise PermissionDenied(
        RECUSED_ONLY_MANAGER if alone else RECUSED, register_no=complaint.register_no
    )


def merge_edits(
    base: ComplaintForm, mine: ComplaintForm, theirs: ComplaintForm
) -> tuple[ComplaintForm, list[str]]:
    """Three-way merge of two people's edits of one complaint.

    A field only one of them changed takes that change; a field both changed to different
    values keeps ``mine`` and is named in the returned list, so the second clerk can look
    at it before saving again. Nothing typed is dropped.
    """
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for name in EDITABLE_FIELDS:
        b, m, t = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if m == b:
            merged[name] = t
        else:
            merged[name] = m
            if t != b and t != m:
                conflicts.append(name)
    return ComplaintForm(**merged), conflicts


def touch(complaint: Complaint) -> None:
    complaint.version += 1
    complaint.updated_at = now()
    complaint.save()


EDITABLE_FIELDS = tuple(f.name for f in dataclasses.fields(ComplaintForm))


@as_actor
def update_complaint(
    actor: Actor, complaint_id: int, form: ComplaintForm, expected_version: int | None = None
) -> Complaint:
    """Save edited intake fields; each real change becomes a timeline line with old and new."""
    values = validate_form(form)
    with atomic():
        complaint = load_for_change(complaint_id, expected_version, actor)
        if complaint.status in LOCKED_STATES:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain", "Complaint {register_no} is {status}; reopen it before editing."
                ),
                register_no=complaint.register_no,
                status=complaint.status,
            )
        if values["received_at"].strftime("%Y%m") != complaint.month:
            raise ValidationError(
                "received_at",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "The received date cannot move to another month: the register number belongs "
                    "to its month. Void this entry with a reason and record it again.",
                ),
            )
        if values["handler"] != complaint.handler_id and not actor.is_manager:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("domain", "Only a manager may assign or reassign a complaint.")
            )
        if (
            complaint.subject_staff_id is not None
            and values["subject_staff"] != complaint.subject_staff_id
            and not actor.is_manager
        ):
            # Taking the person's name off would hand the complaint back to them.
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Only a manager may change whom complaint {register_no} is about.",
                ),
                register_no=complaint.register_no,
            )
        moved = complaint.received_at.date() != values["received_at"].date()
        changed = False
        for key, new in values.items():
            column = key + "_id" if key in ("handler", "subject_staff") else key
            old = getattr(complaint, column)
            if old != new:
                setattr(complaint, column, new)
                log(complaint, actor, "field", field=key, old=old, new=new)
                changed = True
        if changed:
            if moved:
                due = due_dates(complaint.received_at.date(), complaint.extension_level)
                complaint.due_date, complaint.first_due = due.due, due.first
            touch(complaint)
    return complaint


def form_of(complaint: Complaint) -> ComplaintForm:
    """The editable fields of a saved complaint, as the form shows them."""
    return ComplaintForm(**{name: getattr(complaint, name) for name in EDITABLE_FIELDS})
