"""The slip a customer takes home from the counter: proof the complaint was recorded.

What it says is decided here (the PDF is drawn by ``reports.slip_pdf``): the register
number, the day, what the customer asked for, the date we promised to reply by, the
appointment booked at the counter (when, with whom, where), whom to ask for, and the regulator or ombudsman of the branch's country. The customer's name
and phone are masked: a slip left on the counter names nobody.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, InvalidTransition, ValidationError
from models.core.masking import mask_customer
from models.core.resources import LANGUAGES
from models.counter import letters
from models.people.branch import get_branch
from models.register.complaints import get_complaint
from models.register.timeline import log
from models.storage.audit import as_actor
from models.storage.db import atomic
from models.storage.schema import Appointment, Staff


@dataclass(frozen=True)
class Slip:
    lang: str
    register_no: str
    received_at: dt.datetime
    customer: str  # masked
    asked_for: str
    summary: str
    reply_by: dt.date  # the first date the policy sets (a UK first reply), else the final one
    handler: str
    branch_name: str
    branch_address: str
    referral: letters.Referral | None
    promised_at: dt.datetime | None = None  # the time promised at the counter, if any
    # The meeting the guide's third change booked ("change the time"), if any.
    appointment_at: dt.datetime | None = None
    appointment_with: str = ""
    appointment_place: str = ""


def prepare(complaint_id: int, lang: str) -> Slip:
    if lang not in LANGUAGES:
        raise ValidationError(
            "lang", QT_TRANSLATE_NOOP("domain", "There is no letter language {value}."), value=lang
        )
    c = get_complaint(complaint_id)
    if c.status == "void":
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("domain", "A void entry gets no slip: it is not a complaint.")
        )
    branch = get_branch()
    handler = Staff.get_or_none(Staff.id == c.handler_id) if c.handler_id else None
    reply_by = c.first_due or c.due_date
    meeting = (
        Appointment.select()
        .where(Appointment.complaint == c.id)
        .order_by(Appointment.at.desc())
        .first()
    )
    return Slip(
        lang=lang,
        register_no=c.register_no,
        received_at=c.received_at,
        customer=mask_customer(c.customer_name, c.customer_phone),
        asked_for=c.desired_outcome,
        summary=c.summary,
        reply_by=reply_by,
        handler=handler.name if handler else "",
        branch_name=branch.name,
        branch_address=branch.address,
        referral=letters.branch_referral(branch),
        promised_at=c.promised_at,
        appointment_at=meeting.at if meeting else None,
        appointment_with=meeting.with_name if meeting else "",
        appointment_place=meeting.place if meeting else "",
    )


@as_actor
def record_printed(actor: Actor, complaint_id: int, lang: str) -> None:
    """The slip went to the customer: on the complaint's timeline."""
    with atomic():
        log(get_complaint(complaint_id), actor, "slip", new=lang)
