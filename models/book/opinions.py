"""The opinion book, suggestion-box slips and comment cards: transcribed, answered, counted.

A complaint found there is promoted into the register (linked both ways). Box
openings are recorded with a witness and the slips counted; the branch head signs
each day's reading of the book. All of it is a channel the register accounts for.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import operator
from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, InvalidTransition, NotFound, ValidationError
from models.core.text import check_length, clean, clean_line
from models.people.branch import get_branch
from models.register.complaints import ComplaintForm, insert_complaint, validate_form
from models.register.queries import like
from models.register.statistics import month_bounds
from models.register.timeline import log
from models.storage.audit import as_actor
from models.storage.db import atomic
from models.storage.schema import BoxOpening, Complaint, OpinionEntry, ReadSignoff, Staff, now
from models.storage.typed import tuples_of
from models.trust import printed_seal

SOURCES = ("opinion_book", "suggestion_box", "comment_card")
KINDS = ("praise", "suggestion", "question", "complaint")
REPLY_METHODS = ("in_book", "phone", "in_person")
FLAG_DAYS = 3
SOURCE_CHANNEL = {
    "opinion_book": "opinion_book",
    "suggestion_box": "suggestion_box",
    "comment_card": "other",
}


@dataclass
class EntryForm:
    source: str = "opinion_book"
    page_ref: str = ""
    written_on: dt.date | None = None
    kind: str = ""
    text: str = ""
    name: str = ""
    contact: str = ""
    about_staff_id: int | None = None
    about_service: str = ""
    scan_file: str = ""
    opening_id: int | None = None


def _require(value: Any, field_name: str, template: str) -> None:
    if not value:
        raise ValidationError(field_name, template)


@as_actor
def add_entry(actor: Actor, form: EntryForm, today: dt.date | None = None) -> OpinionEntry:
    """Transcribe one entry; the written date may be in the past, never in the future."""
    if form.source not in SOURCES:
        raise ValidationError(
            "source", QT_TRANSLATE_NOOP("domain", "Choose where the entry comes from.")
        )
    if form.kind not in KINDS:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP(
                "domain", "Choose the kind: praise, suggestion, question or complaint."
            ),
        )
    text = check_length("description", clean(form.text).strip())
    _require(text, "text", QT_TRANSLATE_NOOP("domain", "Copy the customer's words into the text."))
    written = form.written_on or (today or dt.date.today())
    if written > (today or dt.date.today()):
        raise ValidationError(
            "written_on",
            QT_TRANSLATE_NOOP("domain", "The date written is in the future; check it."),
        )
    opening = None
    if form.opening_id is not None:
        opening = BoxOpening.get_or_none(BoxOpening.id == form.opening_id)
        if opening is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("domain", "No suggestion box opening #{id}."), id=form.opening_id
            )
        if opening.closed_at is not None:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("domain", "That box opening is already closed.")
            )
    with atomic():
        return OpinionEntry.create(
            source=form.source,
            page_ref=check_length("code", clean_line(form.page_ref), 40),
            written_on=written,
            kind=form.kind,
            text=text,
            name=check_length("name", clean_line(form.name)),
            contact=check_length("name", clean_line(form.contact)),
            about_staff=form.about_staff_id,
            about_service=check_length("subject_text", clean_line(form.about_service)),
            scan_file=form.scan_file,
            opening=opening,
            created_by=actor.name,
        )


def get_entry(entry_id: int) -> OpinionEntry:
    entry = OpinionEntry.get_or_none(OpinionEntry.id == entry_id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "No opinion entry #{id}."), id=entry_id)
    return entry


@as_actor
def reply(
    actor: Actor, entry_id: int, text: str, method: str, on: dt.date | None = None
) -> OpinionEntry:
    text = check_length("remedy", clean(text).strip())
    _require(text, "reply_text", QT_TRANSLATE_NOOP("domain", "Write the reply that was given."))
    if method not in REPLY_METHODS:
        raise ValidationError(
            "reply_method", QT_TRANSLATE_NOOP("domain", "Choose how the reply was given.")
        )
    with atomic():
        entry = get_entry(entry_id)
        entry.reply_text, entry.reply_method, entry.reply_date = text, method, on or dt.date.today()
        entry.save()
    return entry


def promotion_form(entry: OpinionEntry) -> ComplaintForm:
    """The complaint form pre-filled from an entry (the clerk adds category and outcome)."""
    first_line = entry.text.strip().splitlines()[0] if entry.text.strip() else ""
    return ComplaintForm(
        received_at=dt.datetime.combine(entry.created_at.date(), entry.created_at.time()),
        channel=SOURCE_CHANNEL[entry.source],
        customer_name=entry.name,
        customer_phone=entry.contact if any(ch.isdigit() for ch in entry.contact) else "",
        summary=first_line[:120],
        description=entry.text,
        subject_staff_id=entry.about_staff_id,
        subject_text=entry.about_service,
    )


@as_actor
def promote(actor: Actor, entry_id: int, form: ComplaintForm) -> Complaint:
    """Record the entry as a complaint, linked both ways, in one transaction."""
    values = validate_form(form)
    with atomic():
        entry = get_entry(entry_id)
        if entry.complaint_id is not None:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain", "This entry is already in the register as {register_no}."
                ),
                register_no=entry.complaint.register_no if entry.complaint else "",
            )
        complaint = insert_complaint(actor, values)
        entry.complaint = complaint
        entry.save()
        where = f"{entry.source} {entry.page_ref}".strip()
        log(complaint, actor, "promoted", new=str(entry.id), text=where)
    return complaint


def entries_of(complaint_id: int) -> list[OpinionEntry]:
    return list(OpinionEntry.select().where(OpinionEntry.complaint == complaint_id))


# -- suggestion box ---------------------------------------------------------------


@as_actor
def open_box(
    actor: Actor, *, witness: str, slips_found: int, opened_at: dt.datetime | None = None
) -> BoxOpening:
    witness = check_length("name", clean_line(witness))
    _require(
        witness,
        "witness",
        QT_TRANSLATE_NOOP("domain", "An opening needs a witness; write their name."),
    )
    if witness.casefold() == actor.name.casefold():
        raise ValidationError(
            "witness",
            QT_TRANSLATE_NOOP(
                "domain", "The witness must be someone other than the person opening the box."
            ),
        )
    if slips_found < 0:
        raise ValidationError(
            "slips_found", QT_TRANSLATE_NOOP("domain", "Count the slips found (0 or more).")
        )
    with atomic():
        return BoxOpening.create(
            opened_at=(opened_at or now()).replace(microsecond=0),
            opened_by=actor.name,
            witness=witness,
            slips_found=slips_found,
            created_by=actor.name,
        )


def slips_entered(opening_id: int) -> int:
    return OpinionEntry.select().where(OpinionEntry.opening == opening_id).count()


@as_actor
def close_opening(actor: Actor, opening_id: int, difference_note: str = "") -> BoxOpening:
    """Close when the slips entered match the count, or the difference is explained."""
    note = check_length("reason", clean(difference_note).strip())
    with atomic():
        opening = BoxOpening.get_or_none(BoxOpening.id == opening_id)
        if opening is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("domain", "No suggestion box opening #{id}."), id=opening_id
            )
        if opening.closed_at is not None:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("domain", "That box opening is already closed.")
            )
        entered = slips_entered(opening_id)
        if entered != opening.slips_found and not note:
            raise ValidationError(
                "difference_note",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "{found} slips were counted but {entered} entered. Enter the missing slips, or "
                    "explain the difference before closing.",
                ),
                found=opening.slips_found,
                entered=entered,
            )
        opening.difference_note = note
        opening.closed_at = now()
        opening.save()
    return opening


def scheduled_days(since: dt.date, until: dt.date) -> list[dt.date]:
    weekdays = {int(d) for d in get_branch().box_weekdays.split(",") if d.strip().isdigit()}
    days = []
    day = since
    while day <= until:
        if day.weekday() in weekdays:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def reminders_from(start: dt.date) -> dt.date:
    """``start``, or the day the branch was set up if later: a branch set up today has
    missed no box opening and left no reading unsigned before it existed."""
    set_up_on = get_branch().set_up_on
    return max(start, set_up_on) if set_up_on else start


def missed_openings(today: dt.date | None = None, lookback: int = 28) -> list[dt.date]:
    """Scheduled opening days (before today) with no opening on or after them until the next."""
    today = today or dt.date.today()
    days = scheduled_days(
        reminders_from(today - dt.timedelta(days=lookback)), today - dt.timedelta(days=1)
    )
    openings = sorted(
        o.opened_at.date()
        for o in BoxOpening.select(BoxOpening.opened_at).where(
            BoxOpening.opened_at
            >= dt.datetime.combine(today - dt.timedelta(days=lookback), dt.time())
        )
    )
    missed = []
    for i, day in enumerate(days):
        following = days[i + 1] if i + 1 < len(days) else today + dt.timedelta(days=1)
        if not any(day <= o < following for o in openings):
            missed.append(day)
    return missed


@as_actor
def set_box_schedule(actor: Actor, weekdays: list[int]) -> None:
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may change the branch settings.")
    )
    if not weekdays or any(not 0 <= d <= 6 for d in weekdays):
        raise ValidationError(
            "box_weekdays",
            QT_TRANSLATE_NOOP("domain", "Choose at least one weekday for opening the box."),
        )
    with atomic():
        branch = get_branch()
        branch.box_weekdays = ",".join(str(d) for d in sorted(set(weekdays)))
        branch.save()


# -- daily reading ----------------------------------------------------------------


@as_actor
def sign_read(actor: Actor, day: dt.date | None = None) -> ReadSignoff:
    """Sign that the opinion book was read on ``day`` (the branch head or a manager delegate)."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only the branch head or a manager may sign the daily reading.")
    )
    day = day or dt.date.today()
    if day > dt.date.today():
        raise ValidationError(
            "day", QT_TRANSLATE_NOOP("domain", "A day in the future cannot be signed.")
        )
    with atomic():
        existing = ReadSignoff.get_or_none(ReadSignoff.day == day)
        if existing is not None:
            return existing
        count, digest = day_digest(day)
        seal = printed_seal.make(actor, get_branch().code, f"opinions:{day}", count, digest)
        return ReadSignoff.create(day=day, signed_by=actor.name, seal=seal.to_json())


def day_digest(day: dt.date) -> tuple[int, str]:
    """How many entries the book holds for ``day`` and a digest of them, as signed."""
    digest = hashlib.sha256()
    entries = OpinionEntry.select().where(OpinionEntry.written_on == day).order_by(OpinionEntry.id)
    count = 0
    for entry in entries:
        digest.update(json.dumps(entry_record(entry), default=str, sort_keys=True).encode())
        count += 1
    return count, digest.hexdigest()


# The book is read every day; a reading is signed that day or, at the latest, the next
# day (a late customer's entry read at closing time, signed next morning). A day signed
# later than that was signed, but not read on time: the register must not say it was.
SIGN_GRACE_DAYS = 1


def signed_late(signoff: ReadSignoff) -> bool:
    """True when the day's reading was signed after the next day."""
    return signoff.signed_at.date() > signoff.day + dt.timedelta(days=SIGN_GRACE_DAYS)


def signoffs(today: dt.date | None = None, lookback: int = 14) -> list[ReadSignoff]:
    """The sign-offs of the last ``lookback`` days, newest day first."""
    today = today or dt.date.today()
    start = today - dt.timedelta(days=lookback - 1)
    return list(
        ReadSignoff.select()
        .where((ReadSignoff.day >= start) & (ReadSignoff.day <= today))
        .order_by(ReadSignoff.day.desc())
    )


def unsigned_days(today: dt.date | None = None, lookback: int = 14) -> list[dt.date]:
    """Days (today included) in the last ``lookback`` days without a reading signed."""
    today = today or dt.date.today()
    start = reminders_from(today - dt.timedelta(days=lookback - 1))
    signed = {r.day for r in ReadSignoff.select(ReadSignoff.day).where(ReadSignoff.day >= start)}
    return [
        start + dt.timedelta(days=i)
        for i in range((today - start).days + 1)
        if start + dt.timedelta(days=i) not in signed
    ]


# -- lists and numbers ------------------------------------------------------------


@dataclass
class EntryFilter:
    source: str | None = None
    kind: str | None = None
    month: str | None = None  # YYYYMM of the written date
    replied: bool | None = None
    promoted: bool | None = None
    search: str = ""
    opening_id: int | None = None


def _month_range(month: str) -> tuple[dt.date, dt.date]:
    start, end = month_bounds(month)
    return start.date(), end.date()


def filtered(flt: EntryFilter) -> pw.ModelSelect[OpinionEntry]:
    query = OpinionEntry.select()
    if flt.source:
        query = query.where(OpinionEntry.source == flt.source)
    if flt.kind:
        query = query.where(OpinionEntry.kind == flt.kind)
    if flt.month:
        start, end = _month_range(flt.month)
        query = query.where((OpinionEntry.written_on >= start) & (OpinionEntry.written_on < end))
    if flt.replied is not None:
        query = query.where(OpinionEntry.reply_date.is_null(not flt.replied))
    if flt.promoted is not None:
        query = query.where(OpinionEntry.complaint.is_null(not flt.promoted))
    if flt.opening_id is not None:
        query = query.where(OpinionEntry.opening == flt.opening_id)
    for term in flt.search.split():
        columns = (
            OpinionEntry.text,
            OpinionEntry.name,
            OpinionEntry.page_ref,
            OpinionEntry.reply_text,
        )
        query = query.where(functools.reduce(operator.or_, [like(c, term) for c in columns]))
    return query


def list_entries(flt: EntryFilter, offset: int = 0, limit: int = 200) -> list[OpinionEntry]:
    return list(
        filtered(flt)
        .order_by(OpinionEntry.written_on.desc(), OpinionEntry.id.desc())
        .offset(offset)
        .limit(limit)
    )


def count_entries(flt: EntryFilter) -> int:
    return filtered(flt).count()


def _flagged(today: dt.date | None) -> pw.ModelSelect[OpinionEntry]:
    today = today or dt.date.today()
    limit = dt.datetime.combine(today - dt.timedelta(days=FLAG_DAYS), dt.time.max)
    return OpinionEntry.select().where(
        (OpinionEntry.kind == "complaint")
        & OpinionEntry.complaint.is_null()
        & OpinionEntry.reply_date.is_null()
        & (OpinionEntry.created_at <= limit)
    )


def flagged_complaints(today: dt.date | None = None, limit: int = 200) -> list[OpinionEntry]:
    """Complaint-kind entries neither promoted nor answered within three days of transcription
    (the oldest ``limit`` of them)."""
    return list(_flagged(today).order_by(OpinionEntry.created_at).limit(limit))


def count_flagged(today: dt.date | None = None) -> int:
    """How many entries ``flagged_complaints`` would list; an indexed count (partial index
    ``opinion_entry_unanswered``), so the home view costs the same after ten years."""
    return int(_flagged(today).count())


@dataclass
class MonthFigures:
    by_kind: dict[str, int] = field(default_factory=dict)
    total: int = 0
    promoted: int = 0
    replied: int = 0
    reply_rate: float | None = None
    days_read: int = 0  # read and signed on time (the day itself or the next)
    days_signed_late: int = 0  # signed, but later than that: not counted as read
    days_in_month: int = 0
    openings: int = 0


def month_figures(month: str, today: dt.date | None = None) -> MonthFigures:
    start, end = _month_range(month)
    today = today or dt.date.today()
    figures = MonthFigures()
    for kind in KINDS:
        figures.by_kind[kind] = filtered(EntryFilter(month=month, kind=kind)).count()
    figures.total = sum(figures.by_kind.values())
    figures.promoted = filtered(EntryFilter(month=month, promoted=True)).count()
    figures.replied = filtered(EntryFilter(month=month, replied=True)).count()
    needing = figures.total - figures.by_kind.get("praise", 0)
    figures.reply_rate = (figures.replied / needing) if needing else None
    last = min(end - dt.timedelta(days=1), today)
    figures.days_in_month = max(0, (last - start).days + 1)
    signed = ReadSignoff.select(ReadSignoff.day, ReadSignoff.signed_at).where(
        (ReadSignoff.day >= start) & (ReadSignoff.day <= last)
    )
    late = sum(1 for signoff in signed if signed_late(signoff))
    figures.days_signed_late = late
    figures.days_read = signed.count() - late
    figures.openings = (
        BoxOpening.select()
        .where(
            (BoxOpening.opened_at >= dt.datetime.combine(start, dt.time()))
            & (BoxOpening.opened_at < dt.datetime.combine(end, dt.time()))
        )
        .count()
    )
    return figures


def praise_by_staff(month: str) -> list[tuple[str, int]]:
    """Praise entries naming each staff member in ``month``, most praised first."""
    start, end = _month_range(month)
    rows = (
        OpinionEntry.select(Staff.name, pw.fn.COUNT(OpinionEntry.id).alias("n"))
        .join(Staff, on=(OpinionEntry.about_staff == Staff.id))
        .where(
            (OpinionEntry.kind == "praise")
            & (OpinionEntry.written_on >= start)
            & (OpinionEntry.written_on < end)
        )
        .group_by(Staff.name)
        .order_by(pw.fn.COUNT(OpinionEntry.id).desc(), Staff.name)
    )
    return [(name, n) for name, n in tuples_of(rows)]


ENTRY_COLUMNS = (
    "id",
    "source",
    "page_ref",
    "written_on",
    "kind",
    "text",
    "name",
    "contact",
    "about_staff",
    "about_service",
    "opening_id",
    "reply_text",
    "reply_date",
    "reply_method",
    "complaint_register_no",
    "created_at",
    "created_by",
)


def entry_record(e: OpinionEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "source": e.source,
        "page_ref": e.page_ref,
        "written_on": e.written_on,
        "kind": e.kind,
        "text": e.text,
        "name": e.name,
        "contact": e.contact,
        "about_staff": e.about_staff.name if e.about_staff_id and e.about_staff else "",
        "about_service": e.about_service,
        "opening_id": e.opening_id,
        "reply_text": e.reply_text,
        "reply_date": e.reply_date,
        "reply_method": e.reply_method,
        "complaint_register_no": e.complaint.register_no if e.complaint_id and e.complaint else "",
        "created_at": e.created_at,
        "created_by": e.created_by,
    }
