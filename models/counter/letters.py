"""Written responses the customer receives: acknowledgement, holding and final letters.

Which letter may be printed follows the complaint's status: an acknowledgement at any
time after receipt, a holding letter while the complaint is open, a final response once
it is resolved (a *summary resolution* instead, under the FCA's rules, when it was
settled with the customer within three business days). What each letter says is decided
here, part by part, so that every letter carries what the regulator asks of it (DISP 1.5
and 1.6 list the contents) and where the customer may turn if unhappy: the branch's
referral setting, a manager's and audited, with a default for the UK, mainland China
and Vietnam. The words themselves are the report's (``reports/words.py``).

A letter is the customer's: it names them in full, and of the staff only the handler,
as the person to contact. It never quotes who or what the complaint is about.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from models.core import deadlines
from models.core.actors import Actor
from models.core.categories import load as load_categories
from models.core.errors import QT_TRANSLATE_NOOP, InvalidTransition, ValidationError
from models.core.resources import ALL_LANGUAGES, LANGUAGES, load_json, pick
from models.core.text import check_length, clean, clean_line
from models.people.branch import get_branch
from models.register import disclosure
from models.register.complaints import load_for_change
from models.register.lifecycle import OPEN_STATES
from models.register.timeline import log
from models.storage.audit import as_actor
from models.storage.db import atomic
from models.storage.schema import Branch, Complaint, Event, now
from models.storage.typed import first_of

KINDS = ("ack", "holding", "final")
# What was printed: a final response is a summary resolution where the FCA's rule says so.
PRINTED_KINDS = ("ack", "holding", "final", "summary")
TIMELINE_KIND = "letter"
# A holding letter is the natural choice once the reply is due within this many days.
NEAR_DAYS = 3
# How long a holding letter gives itself when the reply date has already passed.
OVERDUE_GRACE_WORKING_DAYS = 5
NAME_LIMIT = 200
WEBSITE_LIMIT = 200
PHONE_LIMIT = 40
MONTHS_LIMIT = 120
PHONE = re.compile(r"^[0-9+()\-. /]*$")

NOT_OFFERED = {
    "void": QT_TRANSLATE_NOOP(
        "domain", "Complaint {register_no} is void, so no letter is sent about it."
    ),
    "holding": QT_TRANSLATE_NOOP(
        "domain",
        "Complaint {register_no} is no longer open, so a holding letter makes no sense: "
        "print the final response instead.",
    ),
    "final": QT_TRANSLATE_NOOP(
        "domain",
        "Complaint {register_no} is not resolved yet, so there is no final response to send: "
        "print a holding letter instead.",
    ),
}
NO_REFERRAL = QT_TRANSLATE_NOOP(
    "domain",
    "Letters must tell the customer where to turn if they are unhappy, and no ombudsman or "
    "regulator is known for country {country}: a manager enters it in Settings first.",
)


# -- where an unhappy customer may turn -----------------------------------------------


@dataclass(frozen=True)
class Referral:
    """The ombudsman or regulator a letter names, how to reach it, and its time limit."""

    names: dict[str, str]  # by letter language; any missing one falls back to English
    phone: str = ""
    website: str = ""
    months: int = 0  # to refer a final response; 0: the letter states no time limit
    waives_time_limits: bool = False  # the branch lets the body look at a late referral
    leaflet: bool = False  # the body's leaflet goes with a final response

    def name(self, lang: str) -> str:
        return pick(self.names, lang)

    def to_json(self) -> str:
        data = {
            "names": {lang: self.names[lang] for lang in LANGUAGES if self.names.get(lang)},
            "phone": self.phone,
            "website": self.website,
            "months": self.months,
            "waives_time_limits": self.waives_time_limits,
            "leaflet": self.leaflet,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Referral:
        names = data.get("names") or data.get("name") or {}
        return cls(
            names={k: str(v) for k, v in names.items() if k in LANGUAGES and v},
            phone=str(data.get("phone", "")),
            website=str(data.get("website", "")),
            months=int(data.get("months", 0)),
            waives_time_limits=bool(data.get("waives_time_limits", False)),
            leaflet=bool(data.get("leaflet", False)),
        )


def default_referral(country: str, category_preset: str = "") -> Referral | None:
    """The shipped default for ``country`` (a bank in China goes to the financial
    regulator's 12378, a shop to 12315); None where none is known."""
    table = load_json("letters/referrals.json")
    found = table.get(f"{country.upper()}.{category_preset}") or table.get(country.upper())
    return Referral.from_dict(found) if found else None


def branch_referral(branch: Branch | None = None) -> Referral | None:
    """What the branch's letters say: the manager's setting, else the country's default."""
    branch = branch or get_branch()
    if branch.referral:
        return Referral.from_dict(json.loads(branch.referral))
    return default_referral(branch.country, branch.category_preset)


def referral_is_default(branch: Branch | None = None) -> bool:
    branch = branch or get_branch()
    return not branch.referral


def check_referral(referral: Referral) -> Referral:
    """The referral cleaned, or ValidationError naming the field to fix (``name_LANG``,
    ``phone``, ``website``, ``months``)."""
    names: dict[str, str] = {}
    for lang in LANGUAGES:
        text = clean_line(referral.names.get(lang, "")).strip()
        if len(text) > NAME_LIMIT:
            raise ValidationError(
                f"name_{lang}",
                QT_TRANSLATE_NOOP("domain", "A name may have at most {limit} characters."),
                limit=NAME_LIMIT,
            )
        if text:
            names[lang] = text
    if not names:
        raise ValidationError(
            "name_en",
            QT_TRANSLATE_NOOP(
                "domain",
                "Name the ombudsman or regulator the customer may turn to, in at least one "
                "language.",
            ),
        )
    phone = clean_line(referral.phone).strip()
    if len(phone) > PHONE_LIMIT or not PHONE.match(phone):
        raise ValidationError(
            "phone",
            QT_TRANSLATE_NOOP(
                "domain", "A phone number may hold only digits, spaces and + - ( ) . /"
            ),
        )
    website = clean_line(referral.website).strip()
    if len(website) > WEBSITE_LIMIT or " " in website:
        raise ValidationError(
            "website",
            QT_TRANSLATE_NOOP(
                "domain", "Write the website as an address without spaces, such as www.example.org."
            ),
        )
    if not phone and not website:
        raise ValidationError(
            "phone",
            QT_TRANSLATE_NOOP(
                "domain", "Give a phone number or a website, so the customer can reach them."
            ),
        )
    if not 0 <= referral.months <= MONTHS_LIMIT:
        raise ValidationError(
            "months",
            QT_TRANSLATE_NOOP("domain", "Enter a whole number from {low} to {high}."),
            low=0,
            high=MONTHS_LIMIT,
        )
    return Referral(
        names=names,
        phone=phone,
        website=website,
        months=referral.months,
        waives_time_limits=referral.waives_time_limits,
        leaflet=referral.leaflet,
    )


@as_actor
def set_referral(actor: Actor, referral: Referral | None) -> Branch:
    """Change where the letters send an unhappy customer (None: the country's default).
    A setting equal to the default is stored as the default, so it keeps following the
    branch's country and kind of business."""
    actor.require_manager(
        QT_TRANSLATE_NOOP(
            "domain", "Only a manager may change where the letters send an unhappy customer."
        )
    )
    text = ""
    if referral is not None:
        cleaned = check_referral(referral)
        branch = get_branch()
        if cleaned != default_referral(branch.country, branch.category_preset):
            text = cleaned.to_json()
    with atomic():
        branch = get_branch()
        if branch.referral != text:
            branch.referral = text
            branch.save()
    return branch


# -- which letter ---------------------------------------------------------------------


def offered(complaint: Complaint) -> tuple[str, ...]:
    """The letters this complaint's status allows, in the order they are sent."""
    if complaint.status == "void":
        return ()
    kinds = ["ack"]
    if complaint.status in OPEN_STATES:
        kinds.append("holding")
    if complaint.status in ("resolved", "closed"):
        kinds.append("final")
    return tuple(kinds)


def suggested(complaint: Complaint, today: dt.date | None = None) -> str | None:
    """The letter most likely wanted now: the final response once resolved, a holding
    letter when the reply is near or late, else the acknowledgement."""
    kinds = offered(complaint)
    if not kinds:
        return None
    if "final" in kinds:
        return "final"
    today = today or now().date()
    if "holding" in kinds and (complaint.due_date - today).days <= NEAR_DAYS:
        return "holding"
    return "ack"


def is_summary_resolution(complaint: Complaint, branch: Branch | None = None) -> bool:
    """Under the FCA's rules a complaint settled by the close of the third business day,
    the customer accepting, gets a summary resolution instead of a final response."""
    branch = branch or get_branch()
    return (
        branch.deadline_preset == "uk_fca"
        and complaint.status in ("resolved", "closed")
        and complaint.first_due is not None
        and complaint.resolved_at is not None
        and complaint.resolved_at.date() <= complaint.first_due
        and complaint.customer_accepted is True
    )


def printed_kind(complaint: Complaint, kind: str, branch: Branch | None = None) -> str:
    if kind == "final" and is_summary_resolution(complaint, branch):
        return "summary"
    return kind


def expected_default(complaint: Complaint, today: dt.date | None = None) -> dt.date:
    """When a holding letter says the final response is expected: the reply date, or a
    few working days on when that has passed."""
    today = today or now().date()
    if complaint.due_date >= today:
        return complaint.due_date
    return deadlines.add_working_days(today, OVERDUE_GRACE_WORKING_DAYS, get_branch().country)


def holding_reason_default(complaint: Complaint) -> str:
    """The reason given when more time was asked for, as a start for the letter's."""
    latest = first_of(
        Event.select(Event.text)
        .where(
            (Event.complaint == complaint.id)
            & Event.kind.in_(("extension_request", "extension"))
            & (Event.text != "")
        )
        .order_by(Event.id.desc())
    )
    if latest is None:
        return ""
    return latest.text.split(" / ", 1)[0]  # an approval adds " / comment" to the request


# -- what the letter says --------------------------------------------------------------


class Money(NamedTuple):
    amount: Decimal
    currency: str


# A part of a letter: the key of its words in the report's words (with the values that
# fill them), or VERBATIM with the staff's own text under "text".
Part = tuple[str, dict[str, Any]]
VERBATIM = ""


@dataclass(frozen=True)
class Letter:
    """Everything one letter prints; ``parts`` is its body in order."""

    complaint_id: int
    kind: str  # one of PRINTED_KINDS
    lang: str
    register_no: str
    written_on: dt.date
    customer_name: str
    received: dt.date
    category: str  # in the letter's language
    branch_name: str
    branch_address: str
    contact: str  # the handler's name; empty: the letter names the role
    referral: Referral
    reply_by: dt.date | None = None  # ack: the reply date; holding: expected final response
    resolved: dt.date | None = None
    outcome: str = ""
    text: str = ""  # holding: why not yet; final: what was decided and done
    compensation: Money | None = None
    note: str = ""  # for the timeline: what it said that the register does not hold yet
    parts: list[Part] = field(default_factory=list)

    @property
    def referral_name(self) -> str:
        return self.referral.name(self.lang)


def _check_kind(complaint: Complaint, kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(
            "kind", QT_TRANSLATE_NOOP("domain", "There is no letter called {value}."), value=kind
        )
    if kind not in offered(complaint):
        why = NOT_OFFERED["void" if complaint.status == "void" else kind]
        raise InvalidTransition(why, register_no=complaint.register_no)


def prepare(
    actor: Actor,
    complaint_id: int,
    kind: str,
    lang: str,
    *,
    reason: str = "",
    expected: dt.date | None = None,
    explanation: str = "",
    today: dt.date | None = None,
) -> Letter:
    """The letter ``kind`` of the complaint in ``lang``, checked: the person the complaint
    is about may not send it, a clerk only for a complaint they handle, the status must
    allow it, and a holding letter says why and until when."""
    today = today or now().date()
    complaint = load_for_change(complaint_id, None, actor)
    _check_kind(complaint, kind)
    if lang not in ALL_LANGUAGES:
        raise ValidationError(
            "lang", QT_TRANSLATE_NOOP("domain", "There is no letter language {value}."), value=lang
        )
    branch = get_branch()
    referral = branch_referral(branch)
    if referral is None:
        raise ValidationError("referral", NO_REFERRAL, country=branch.country)
    printed = printed_kind(complaint, kind, branch)
    text = ""
    reply_by: dt.date | None = None
    if kind == "ack":
        reply_by = complaint.due_date
    elif kind == "holding":
        text = check_length("reason", clean(reason).strip())
        if not text:
            raise ValidationError(
                "reason",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Say why the final response is not ready yet: the holding letter tells "
                    "the customer.",
                ),
            )
        reply_by = expected or expected_default(complaint, today)
        if reply_by < today:
            raise ValidationError(
                "expected",
                QT_TRANSLATE_NOOP(
                    "domain", "The date the final response is expected cannot be in the past."
                ),
            )
    else:
        text = check_length("remedy", clean(explanation).strip()) or complaint.remedy
        if not text:
            raise ValidationError(
                "explanation",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Say what was decided and done: the final response gives the customer "
                    "the reasons.",
                ),
            )
    money = (
        Money(complaint.compensation, complaint.currency or branch.currency)
        if complaint.compensation
        else None
    )
    letter = Letter(
        complaint_id=complaint.id,
        kind=printed,
        lang=lang,
        register_no=complaint.register_no,
        written_on=today,
        customer_name=complaint.customer_name,
        received=complaint.received_at.date(),
        category=load_categories(branch.category_preset).label(complaint.category, lang),
        branch_name=branch.name,
        branch_address=branch.address,
        contact=complaint.handler.name if complaint.handler_id and complaint.handler else "",
        referral=referral,
        reply_by=reply_by,
        resolved=complaint.resolved_at.date() if complaint.resolved_at else None,
        outcome=complaint.outcome,
        text=text,
        compensation=money,
        note="" if text == complaint.remedy else text,
    )
    letter.parts.extend(_parts(letter, complaint))
    return letter


def _parts(letter: Letter, complaint: Complaint) -> list[Part]:
    """The body, in order. What each kind must carry:

    - acknowledgement: received, the register number to quote, when the reply is due;
    - holding: why there is no final response yet, when it is expected, and that the
      customer may go to the ombudsman or regulator now;
    - final: the decision (accepted with redress, redress without accepting, or refused
      with reasons), that the customer may refer it, free, within the time limit, whether
      the branch waives that limit, and the body's leaflet enclosed;
    - summary resolution: that it is considered resolved, that the customer may still
      refer it if later unhappy, whether the time limits are waived, the body's website.
    Every letter ends with the body's phone and website and whom to contact here."""
    name = letter.referral_name
    base = {"register_no": letter.register_no, "received": letter.received}
    parts: list[Part] = []
    if letter.kind == "ack":
        parts.append(("letter_ack_thanks", {**base, "category": letter.category}))
        promised = complaint.promised_at.date() if complaint.promised_at else None
        if promised is not None and promised < complaint.due_date:
            parts.append(("letter_ack_promised", {"promised": promised}))
        parts.append(("letter_ack_due", {"due": letter.reply_by}))
        parts.append(("letter_referral_ack", {"name": name, "due": letter.reply_by}))
    elif letter.kind == "holding":
        parts.append(("letter_holding_intro", base))
        parts.append(("letter_holding_reason", {}))
        parts.append((VERBATIM, {"text": letter.text}))
        parts.append(("letter_holding_expected", {"expected": letter.reply_by}))
        parts.append(("letter_referral_holding", {"name": name}))
    else:
        summary = letter.kind == "summary"
        if summary:
            parts.append(("letter_summary_intro", {**base, "resolved": letter.resolved}))
        else:
            parts.append(("letter_final_intro", base))
            parts.append((f"letter_decision_{letter.outcome or 'upheld'}", {}))
        parts.append(("letter_final_what", {}))
        parts.append((VERBATIM, {"text": letter.text}))
        if letter.compensation is not None:
            goodwill = letter.outcome == "not_upheld"
            key = "letter_compensation_goodwill" if goodwill else "letter_compensation"
            parts.append((key, {"amount": letter.compensation}))
        if summary:
            parts.append(("letter_referral_summary", {"name": name}))
        else:
            parts.append(("letter_referral_final", {"name": name}))
            if letter.referral.months:
                parts.append(("letter_referral_months", {"months": letter.referral.months}))
        if letter.referral.months:
            waived = letter.referral.waives_time_limits
            key = "letter_limits_waived" if waived else "letter_limits_kept"
            parts.append((key, {"name": name}))
    if letter.referral.phone:
        parts.append(("letter_referral_phone", {"phone": letter.referral.phone}))
    if letter.referral.website:
        parts.append(("letter_referral_website", {"website": letter.referral.website}))
    if letter.contact:
        parts.append(("letter_contact", {"contact": letter.contact, **base}))
    else:
        parts.append(("letter_contact_desk", base))
    return parts


def enclosures(letter: Letter) -> list[Part]:
    """What goes in the envelope with the letter: the body's leaflet with a final response."""
    if letter.kind == "final" and letter.referral.leaflet:
        return [("letter_enclosure_leaflet", {"name": letter.referral_name})]
    return []


@as_actor
def record_printed(actor: Actor, letter: Letter, file_name: str) -> Event:
    """The letter goes on the complaint's timeline and in the audit trail of what left
    the register, in one transaction (the caller keeps the file only if this succeeds)."""
    with atomic():
        complaint = load_for_change(letter.complaint_id, None, actor)
        event = log(
            complaint,
            actor,
            TIMELINE_KIND,
            field=letter.kind,
            old=letter.lang,
            new=letter.reply_by or letter.resolved,
            text=letter.note,
        )
        disclosure.record(
            actor,
            "letter",
            register_no=letter.register_no,
            kind=letter.kind,
            lang=letter.lang,
            file=file_name,
        )
    return event


def default_file_name(letter: Letter) -> str:
    """No personal data in the name: the register number, the kind and the language."""
    return f"letter-{letter.register_no}-{letter.kind}-{letter.lang}.pdf"
