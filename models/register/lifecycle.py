"""The complaint's lifecycle: received -> acknowledged -> investigating -> resolved -> closed.

Void is possible from any state with a reason and keeps the register number;
reopen takes a resolved or closed complaint back to investigating. Every move is
checked here, so the UI and the CLI cannot take a shortcut the rules forbid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import peewee as pw

from models.core import categories, deadlines
from models.core.actors import Actor
from models.core.errors import (
    QT_TRANSLATE_NOOP,
    InvalidTransition,
    PermissionDenied,
    ValidationError,
)
from models.core.text import check_length, clean
from models.core.vocab import CONTACT_METHODS, CONTACT_RESULTS, OUTCOMES
from models.people.branch import get_branch
from models.register.complaints import due_dates, load_for_change, touch
from models.register.timeline import log
from models.storage.audit import as_actor
from models.storage.db import atomic
from models.storage.schema import Complaint, Event, Staff, now
from models.storage.typed import dicts_of

OPEN_STATES = ("received", "acknowledged", "investigating")
NEXT: dict[str, tuple[str, ...]] = {
    "received": ("acknowledged",),
    "acknowledged": ("investigating",),
    "investigating": ("resolved",),
    "resolved": ("closed",),
    "closed": (),
    "void": (),
}


NOT_RECEIVED = QT_TRANSLATE_NOOP(
    "domain",
    "Complaint {register_no} is {status}; only a newly received complaint is acknowledged.",
)
NOT_ACKNOWLEDGED = QT_TRANSLATE_NOOP(
    "domain", "Complaint {register_no} is {status}; acknowledge it before investigating."
)
NOT_INVESTIGATING = QT_TRANSLATE_NOOP(
    "domain",
    "Complaint {register_no} is {status}; only a complaint under investigation is resolved.",
)
NOT_RESOLVED = QT_TRANSLATE_NOOP(
    "domain", "Complaint {register_no} is {status}; this needs a resolved complaint."
)
NOT_DONE = QT_TRANSLATE_NOOP(
    "domain",
    "Complaint {register_no} is {status}; only a resolved or closed complaint is reopened.",
)
NOT_OPEN = QT_TRANSLATE_NOOP(
    "domain", "Complaint {register_no} is {status}; this is possible only while it is open."
)


def allowed_moves(status: str) -> tuple[str, ...]:
    """Forward moves from ``status`` (void and reopen are separate actions)."""
    return NEXT.get(status, ())


def _require_status(complaint: Complaint, *allowed: str, template: str) -> None:
    """Refuse the move unless the complaint is in one of ``allowed``; ``template`` says why."""
    if complaint.status not in allowed:
        raise InvalidTransition(
            template, register_no=complaint.register_no, status=complaint.status
        )


def _move(complaint: Complaint, actor: Actor, new_status: str, text: str = "") -> None:
    log(complaint, actor, "status", field="status", old=complaint.status, new=new_status, text=text)
    complaint.status = new_status


def _reason(reason: str) -> str:
    text = check_length("reason", clean(reason).strip())
    if not text:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("domain", "Give a reason."))
    return text


@as_actor
def acknowledge(actor: Actor, complaint_id: int, version: int | None = None) -> Complaint:
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, "received", template=NOT_RECEIVED)
        _move(c, actor, "acknowledged")
        touch(c)
    return c


@as_actor
def start_investigation(actor: Actor, complaint_id: int, version: int | None = None) -> Complaint:
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, "acknowledged", template=NOT_ACKNOWLEDGED)
        _move(c, actor, "investigating")
        touch(c)
    return c


def parse_amount(value: str | Decimal | None) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation as exc:
        raise ValidationError(
            "compensation",
            QT_TRANSLATE_NOOP("domain", "{value} is not an amount of money."),
            value=str(value),
        ) from exc
    if amount < 0 or amount >= Decimal("1e12"):
        raise ValidationError(
            "compensation",
            QT_TRANSLATE_NOOP("domain", "Compensation must be zero or a positive amount."),
        )
    return amount.quantize(Decimal("0.01"))


@as_actor
def resolve(
    actor: Actor,
    complaint_id: int,
    *,
    outcome: str,
    remedy: str,
    compensation: str | Decimal | None = None,
    currency: str = "",
    customer_accepted: bool | None = None,
    root_cause: str = "",
    corrective_action: str = "",
    cause: str = "",
    version: int | None = None,
) -> Complaint:
    """Record the resolution; the follow-up callback falls due a few working days later.
    ``cause`` (a code of the branch's preset) may be recorded here when it was not at
    intake: a bank's complaint is not resolved without one."""
    if outcome not in OUTCOMES:
        raise ValidationError(
            "outcome", QT_TRANSLATE_NOOP("domain", "Choose whether the complaint was upheld.")
        )
    remedy = check_length("remedy", clean(remedy).strip())
    if not remedy:
        raise ValidationError(
            "remedy", QT_TRANSLATE_NOOP("domain", "Describe what was done for the customer.")
        )
    amount = parse_amount(compensation)
    root_cause = check_length("root_cause", clean(root_cause).strip())
    corrective_action = check_length("corrective_action", clean(corrective_action).strip())
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, "investigating", template=NOT_INVESTIGATING)
        if cause and cause != c.cause:
            if cause not in {x.code for x in categories.load(get_branch().category_preset).causes}:
                raise ValidationError(
                    "cause", QT_TRANSLATE_NOOP("domain", "Choose a cause from the list.")
                )
            log(c, actor, "field", field="cause", old=c.cause, new=cause)
            c.cause = cause
        _require_cause(c)
        branch = get_branch()
        moment = now()
        changes = {
            "outcome": outcome,
            "remedy": remedy,
            "compensation": amount,
            "currency": (currency or branch.currency).upper() if amount is not None else "",
            "customer_accepted": customer_accepted,
            "root_cause": root_cause or c.root_cause,
            "corrective_action": corrective_action or c.corrective_action,
            "resolved_at": moment,
            "followup_due": deadlines.followup_due(moment.date(), branch.country),
        }
        for key, value in changes.items():
            if getattr(c, key) != value:
                log(c, actor, "field", field=key, old=getattr(c, key), new=value)
                setattr(c, key, value)
        _move(c, actor, "resolved")
        touch(c)
    return c


def _require_cause(complaint: Complaint) -> None:
    """Where the branch's figures are counted by cause (a bank's, under JR/T 0169), a
    complaint without one would be missing from them: refuse to resolve it."""
    if complaint.cause or not categories.load(get_branch().category_preset).cause_required:
        return
    raise ValidationError(
        "cause",
        QT_TRANSLATE_NOOP(
            "domain",
            "Choose the cause of complaint {register_no} before resolving it: this branch's "
            "complaint figures are counted by cause.",
        ),
        register_no=complaint.register_no,
    )


@as_actor
def correct_resolution(
    actor: Actor,
    complaint_id: int,
    *,
    remedy: str,
    compensation: str | Decimal | None,
    root_cause: str,
    corrective_action: str,
    reason: str = "",
    version: int | None = None,
) -> Complaint:
    """Correct what was recorded at resolution (a root cause found later, a mistyped amount)
    on a complaint still resolved, without reopening it: its handler or a manager may, and
    each change is a line on the timeline with the old and the new value. The decision
    itself (upheld or not) is changed only by reopening."""
    remedy = check_length("remedy", clean(remedy).strip())
    if not remedy:
        raise ValidationError(
            "remedy", QT_TRANSLATE_NOOP("domain", "Describe what was done for the customer.")
        )
    amount = parse_amount(compensation)
    values = {
        "remedy": remedy,
        "compensation": amount,
        "root_cause": check_length("root_cause", clean(root_cause).strip()),
        "corrective_action": check_length("corrective_action", clean(corrective_action).strip()),
    }
    note = check_length("reason", clean(reason).strip())
    with atomic():
        c = load_for_change(complaint_id, version, actor)  # the handler, a manager, not recused
        _require_status(
            c,
            "resolved",
            template=QT_TRANSLATE_NOOP(
                "domain",
                "Complaint {register_no} is {status}; only a resolved complaint's resolution is "
                "corrected. Reopen a closed complaint to change it.",
            ),
        )
        if amount is None:
            values["currency"] = ""
        elif c.compensation is None or not c.currency:
            values["currency"] = get_branch().currency.upper()
        changed = {k: v for k, v in values.items() if getattr(c, k) != v}
        if not changed:
            return c
        log(c, actor, "correction", text=note)
        for key, value in changed.items():
            log(c, actor, "field", field=key, old=getattr(c, key), new=value)
            setattr(c, key, value)
        touch(c)
    return c


@as_actor
def record_followup(
    actor: Actor,
    complaint_id: int,
    *,
    satisfaction: int | None,
    comment: str = "",
    done_at: dt.datetime | None = None,
    version: int | None = None,
) -> Complaint:
    try:
        # A form may still hand over "" for "no answer", whatever the annotation says.
        score = 0 if satisfaction in (None, "") else int(satisfaction)  # type: ignore[comparison-overlap]
    except (TypeError, ValueError):
        score = 0
    if not 1 <= score <= 5:
        # No score is assumed: the customer's answer is what the register keeps.
        raise ValidationError(
            "satisfaction",
            QT_TRANSLATE_NOOP(
                "domain", "Choose how satisfied the customer said they were, from 1 to 5."
            ),
        )
    comment = check_length("followup_comment", clean(comment).strip())
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, "resolved", template=NOT_RESOLVED)
        done = (done_at or now()).replace(microsecond=0)
        c.followup_done_at, c.satisfaction, c.followup_comment = done, score, comment
        log(c, actor, "followup", new=f"{score}/5", text=comment, at=None)
        touch(c)
    return c


@as_actor
def close(
    actor: Actor,
    complaint_id: int,
    *,
    waive_followup: bool = False,
    waiver_reason: str = "",
    version: int | None = None,
) -> Complaint:
    """Close after the follow-up, or without it on a manager's waiver with a reason (the
    customer has no phone, asked not to be called...): the reason goes on the timeline."""
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, "resolved", template=NOT_RESOLVED)
        if not c.outcome:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain", "A complaint can be closed only once it has a resolution."
                )
            )
        if not c.root_cause.strip():
            raise ValidationError(
                "root_cause",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Record the root cause before closing: it is what the branch learns from.",
                ),
            )
        text = ""
        if c.followup_done_at is None:
            if not waive_followup:
                raise InvalidTransition(
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "The follow-up call has not been recorded. Record it, or have a manager "
                        "waive it.",
                    ),
                    register_no=c.register_no,
                )
            actor.require_manager(
                QT_TRANSLATE_NOOP("domain", "Only a manager may waive the follow-up call.")
            )
            text = _reason(waiver_reason)
            c.followup_waived = True
        c.closed_at = now()
        _move(c, actor, "closed", text=text)
        touch(c)
    return c


@as_actor
def void(actor: Actor, complaint_id: int, reason: str, version: int | None = None) -> Complaint:
    """Mark a mistaken entry void; it keeps its number and row in the register."""
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may void a complaint."))
    text = _reason(reason)
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        if c.status == "void":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("domain", "Complaint {register_no} is already void."),
                register_no=c.register_no,
            )
        if c.status == "closed":
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Complaint {register_no} is closed: only a mistaken entry that is still open "
                    "can be voided. Reopen it first if it really was a mistake.",
                ),
                register_no=c.register_no,
            )
        c.void_reason = text
        _move(c, actor, "void", text=text)
        touch(c)
    return c


@as_actor
def reopen(actor: Actor, complaint_id: int, reason: str, version: int | None = None) -> Complaint:
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may reopen a complaint."))
    text = _reason(reason)
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, "resolved", "closed", template=NOT_DONE)
        c.closed_at = None
        c.followup_waived = False
        if c.resolved_at is not None:
            # Open again: no longer counted as resolved (the timeline keeps when it was);
            # what was decided stays, so resolving again starts from it.
            log(c, actor, "field", field="resolved_at", old=c.resolved_at, new=None)
            c.resolved_at = None
        if c.followup_done_at is not None:
            # The call was about the earlier resolution: the new one is followed up anew.
            log(c, actor, "field", field="followup_done_at", old=c.followup_done_at, new=None)
            c.followup_done_at, c.satisfaction, c.followup_comment = None, None, ""
        _move(c, actor, "investigating", text=text)
        touch(c)
    return c


def pending_extension(complaint_id: int) -> Event | None:
    """The extension request not yet approved, if any."""
    latest = (
        Event.select()
        .where(
            (Event.complaint == complaint_id) & Event.kind.in_(("extension_request", "extension"))
        )
        .order_by(Event.id.desc())
        .first()
    )
    return latest if latest is not None and latest.kind == "extension_request" else None


@dataclass(frozen=True)
class ExtensionRequest:
    """A request for more time that waits for a manager's approval."""

    complaint_id: int
    register_no: str
    summary: str
    asked_by: str
    asked_at: dt.datetime
    reason: str
    due_date: dt.date


def pending_extensions(actor: Actor, limit: int = 50) -> list[ExtensionRequest]:
    """The requests for more time that ``actor`` may approve, oldest first: none for a
    clerk, and never their own request nor one on a complaint about them (the same rules
    as ``extend_deadline``). Read from the open complaints (a small, indexed set) and the
    latest extension line of each, so ten years of closed complaints cost nothing."""
    if not actor.is_manager:
        return []
    other = Event.alias("later")
    latest = other.select(pw.fn.MAX(other.id)).where(
        (other.complaint == Complaint.id) & other.kind.in_(("extension_request", "extension"))
    )
    query = (
        Event.select(
            Event.complaint,
            Event.actor,
            Event.actor_name,
            Event.at,
            Event.text,
            Complaint.register_no,
            Complaint.summary,
            Complaint.due_date,
            Complaint.subject_staff,
        )
        .join(Complaint, on=(Event.complaint == Complaint.id))
        .where(
            # The few requests ever made, from their own small index, drive the query
            # (else a statistic may walk every open complaint and its events).
            Event.id.in_(Event.select(Event.id).where(Event.kind == "extension_request"))
            & Complaint.status.in_(OPEN_STATES)
            & (Event.id == latest)
            & (Event.kind == "extension_request")
        )
        .order_by(Event.at, Event.id)
    )
    found: list[ExtensionRequest] = []
    for row in dicts_of(query):
        mine = actor.staff_id is not None and row["actor"] == actor.staff_id
        if mine or (actor.staff_id is not None and row["subject_staff"] == actor.staff_id):
            continue
        found.append(
            ExtensionRequest(
                complaint_id=row["complaint"],
                register_no=row["register_no"],
                summary=row["summary"],
                asked_by=row["actor_name"],
                asked_at=row["at"],
                reason=row["text"],
                due_date=row["due_date"],
            )
        )
        if len(found) >= limit:
            break
    return found


@as_actor
def request_extension(
    actor: Actor, complaint_id: int, reason: str, version: int | None = None
) -> Complaint:
    """Ask for more time; another manager approves it (nobody approves their own request)."""
    text = _reason(reason)
    branch = get_branch()
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, *OPEN_STATES, template=NOT_OPEN)
        if c.extension_level >= deadlines.max_extensions(branch.deadline_preset):
            raise InvalidTransition(NO_MORE_EXTENSIONS)
        if c.due_date < now().date():  # more time is asked for before the reply is late
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "The reply was due on {due}, so it is already late: more time can only "
                    "be asked for before the due date. Reply to the customer as soon as you "
                    "can; the register counts it as late.",
                ),
                due=c.due_date.isoformat(),
            )
        if pending_extension(c.id) is not None:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "More time has already been asked for; a manager must approve it first.",
                )
            )
        log(c, actor, "extension_request", field="due_date", old=c.due_date, text=text)
        touch(c)
    return c


@as_actor
def extend_deadline(
    actor: Actor, complaint_id: int, comment: str = "", version: int | None = None
) -> Complaint:
    """Approve the pending request: the next step of the policy's extension ladder."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may approve a deadline extension.")
    )
    note = check_length("reason", clean(comment).strip())
    branch = get_branch()
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, *OPEN_STATES, template=NOT_OPEN)
        request = pending_extension(c.id)
        if request is None:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("domain", "Nobody has asked for more time on this complaint yet.")
            )
        if request.actor_id is not None and request.actor_id == actor.staff_id:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "You asked for this extension yourself; another manager must approve it.",
                )
            )
        if c.extension_level >= deadlines.max_extensions(branch.deadline_preset):
            raise InvalidTransition(NO_MORE_EXTENSIONS)
        old = c.due_date
        c.extension_level += 1
        c.due_date = due_dates(c.received_at.date(), c.extension_level).due
        text = request.text + (f" / {note}" if note else "")
        log(c, actor, "extension", field="due_date", old=old, new=c.due_date, text=text)
        touch(c)
    return c


NO_MORE_EXTENSIONS = QT_TRANSLATE_NOOP(
    "domain", "No further extension is allowed under this branch's deadline policy."
)


@as_actor
def add_note(actor: Actor, complaint_id: int, text: str) -> Complaint:
    body = check_length("note", clean(text).strip())
    if not body:
        raise ValidationError("note", QT_TRANSLATE_NOOP("domain", "The note is empty."))
    with atomic():
        c = load_for_change(complaint_id, None, actor)
        log(c, actor, "note", text=body)
        touch(c)
    return c


@as_actor
def record_contact(
    actor: Actor, complaint_id: int, *, method: str, result: str, note: str = ""
) -> Complaint:
    if method not in CONTACT_METHODS:
        raise ValidationError(
            "method", QT_TRANSLATE_NOOP("domain", "Choose how the customer was contacted.")
        )
    if result not in CONTACT_RESULTS:
        raise ValidationError(
            "result", QT_TRANSLATE_NOOP("domain", "Choose the result of the contact attempt.")
        )
    body = check_length("note", clean(note).strip())
    with atomic():
        c = load_for_change(complaint_id, None, actor)
        log(c, actor, "contact", field=method, new=result, text=body)
        touch(c)
    return c


@as_actor
def reassign(
    actor: Actor, complaint_id: int, handler_id: int, reason: str = "", version: int | None = None
) -> Complaint:
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may assign or reassign a complaint.")
    )
    body = check_length("reason", clean(reason).strip())
    with atomic():
        c = load_for_change(complaint_id, version, actor)
        _require_status(c, *OPEN_STATES, "resolved", template=NOT_OPEN)
        handler = Staff.get_or_none(Staff.id == handler_id)
        if handler is None or not handler.active:
            raise ValidationError(
                "handler", QT_TRANSLATE_NOOP("domain", "Choose an active staff member as handler.")
            )
        if c.subject_staff_id == handler_id:
            raise ValidationError(
                "handler",
                QT_TRANSLATE_NOOP(
                    "domain", "The handler cannot be the staff member the complaint is about."
                ),
            )
        old = c.handler
        if old is not None and old.id == handler_id:
            return c
        c.handler = handler
        log(c, actor, "reassign", field="handler", old=old, new=handler, text=body)
        touch(c)
    return c
