"""Realistic demo data: complaints in four languages across every status and month.

Timestamps are spread over past months as a real register would be; the text comes
from ``resources/demo/corpus.json``.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from models.book import opinions
from models.core import deadlines
from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
from models.core.resources import LANGUAGES, load_json
from models.core.vocab import CHANNELS, OUTCOMES, SCOPES, SEVERITIES
from models.people.branch import get_branch, update_branch
from models.register.complaints import insert_complaint
from models.register.timeline import log
from models.storage.audit import acting, as_actor, made_up_history
from models.storage.db import atomic
from models.storage.schema import BoxOpening, Complaint, ReadSignoff, Staff, now
from models.trust.auth import HASHER

CHANNEL_WEIGHTS = (30, 25, 5, 12, 8, 6, 6, 3)
# The causes a resolved demo complaint of each top-level category is put down to, taken
# in turn by register number (no random draw, so every other demo value stays as it was).
DEMO_CAUSES = {
    "bank": {
        "deposit": ("management_rules", "information_disclosure"),
        "loan": ("contract_terms", "management_rules"),
        "bank_card": ("facilities_systems", "fund_security"),
        "payment_settlement": ("facilities_systems", "management_rules"),
        "wealth_products": ("marketing_methods", "information_disclosure"),
        "agency_sales": ("marketing_methods", "consumer_choice"),
        "foreign_exchange": ("management_rules", "pricing_fees"),
        "cash_services": ("service_attitude_quality", "facilities_systems"),
        "credit_reporting": ("management_rules", "personal_info_security"),
        "personal_information": ("personal_info_security",),
        "fees": ("pricing_fees", "information_disclosure"),
        "account_operations": ("management_rules", "service_attitude_quality"),
        "facilities_waiting": ("facilities_systems", "service_attitude_quality"),
        "staff_conduct": ("service_attitude_quality", "marketing_methods"),
    },
    "retail": {
        "product_quality": ("product_maker", "product_seller", "customer_use"),
        "service_attitude": ("bad_attitude", "lack_of_knowledge"),
        "waiting_time": ("slow_reception", "wrong_order"),
        "pricing": ("poor_communication", "overpromising_advertising"),
        "delivery": ("logistics_partner", "system_error"),
        "information": ("poor_communication", "lack_of_knowledge"),
        "after_sales": ("after_sales_promise_broken", "product_seller"),
    },
}


def demo_cause(preset: str, category: str, seq: int) -> str:
    """A plausible cause for a resolved demo complaint (the bank preset requires one)."""
    causes = DEMO_CAUSES.get(preset, {}).get(category.split(".", 1)[0], ("other_cause",))
    return causes[seq % len(causes)]


SEVERITY_WEIGHTS = (30, 45, 20, 5)
SCOPE_WEIGHTS = (85, 13, 2)


@dataclass
class DemoResult:
    complaints: int
    staff: int


def _month_starts(today: dt.date, months: int) -> list[dt.date]:
    first = today.replace(day=1)
    out = []
    for back in range(months - 1, -1, -1):
        year, month = first.year, first.month - back
        while month <= 0:
            month += 12
            year -= 1
        out.append(dt.date(year, month, 1))
    return out


DEMO_ONLY_EMPTY = QT_TRANSLATE_NOOP(
    "domain",
    "Demo data goes into an empty register only: this one already holds staff or records. "
    "Use another data folder (COMPLAINTBOOK_HOME) or --db to try the demo.",
)


def require_empty_register() -> None:
    """Refuse demo data on a register in use: it would add made-up complaints, and
    accounts whose passwords the README prints."""
    if Staff.select().exists() or Complaint.select().exists() or get_branch().configured:
        raise PermissionDenied(DEMO_ONLY_EMPTY)


# A demo branch set up as a real one would be: its categories, deadline policy, country
# and currency belong together (a bank under China's banking rules, a shop under
# Vietnam's consumer law).
DEMO_BRANCHES: dict[str, dict[str, str]] = {
    "bank": {
        "name": "Demo Bank · Riverside Branch",
        "code": "DEMO",
        "address": "1 Riverside Road",
        "country": "CN",
        "currency": "CNY",
        "deadline_preset": "china_banking",
        "category_preset": "bank",
    },
    "shop": {
        "name": "Demo Shop · Riverside",
        "code": "DEMO",
        "address": "1 Riverside Road",
        "country": "VN",
        "currency": "VND",
        "deadline_preset": "vietnam_consumer",
        "category_preset": "retail",
    },
}


def set_up_branch(actor: Actor, kind: str = "bank") -> None:
    """Set the demo branch up fully before its complaints are made (an empty register
    only): a demo left "not set up" with a shop's categories under a bank's deadline
    policy taught the wrong thing."""
    require_empty_register()
    corpus = load_json("demo/corpus.json")
    update_branch(actor, head_name=corpus["zh_CN"]["staff"][0], **DEMO_BRANCHES[kind])


def _ensure_staff(rng: random.Random) -> list[Staff]:
    staff = list(Staff.select().where(Staff.active == True))  # noqa: E712
    if len(staff) >= 4:
        return staff
    # Accounts with the README's passwords never join a staff list people sign in from.
    if Staff.select().where((Staff.password_hash != "") | (Staff.pin_hash != "")).exists():
        raise PermissionDenied(DEMO_ONLY_EMPTY)
    corpus = load_json("demo/corpus.json")
    names = [corpus[lang]["staff"][i] for i, lang in enumerate(("zh_CN", "vi", "en", "zh_TW"))]
    names.append(corpus["zh_CN"]["staff"][4])
    existing = {s.name for s in staff}
    for i, name in enumerate(names):
        if name not in existing:
            staff.append(Staff.create(name=name, role="manager" if i == 0 else "clerk"))
    _demo_credentials(staff)
    return staff


DEMO_MANAGER = ("manager", "manager-2026")
DEMO_CLERK_PASSWORD = "clerk-2026"
DEMO_CLERK_PIN = "135790"


def _demo_credentials(staff: list[Staff]) -> None:
    """Sign-in details the README lists, so a newcomer can try every role."""

    branch = get_branch()
    if not branch.allow_pin:
        branch.allow_pin = True
        branch.save()
    clerks = 0
    for member in staff:
        if member.username:
            continue
        if (
            member.role == "manager"
            and not Staff.select().where(Staff.username == DEMO_MANAGER[0]).exists()
        ):
            member.username, member.password_hash = DEMO_MANAGER[0], HASHER.hash(DEMO_MANAGER[1])
        elif member.role == "clerk":
            clerks += 1
            name = f"clerk{clerks}"
            while Staff.select().where(Staff.username == name).exists():
                clerks += 1
                name = f"clerk{clerks}"
            member.username = name
            member.password_hash = HASHER.hash(DEMO_CLERK_PASSWORD)
            member.pin_hash = HASHER.hash(DEMO_CLERK_PIN)
        member.save()


def _office_hours(t: dt.datetime, rng: random.Random) -> dt.datetime:
    """Move a moment outside 9:00-17:30 to the next morning, as staff work then."""
    if 9 <= t.hour < 17:
        return t
    day = t.date() + dt.timedelta(days=1 if t.hour >= 17 else 0)
    return dt.datetime.combine(day, dt.time(9, rng.randint(0, 59), rng.randint(0, 59)))


_PHONE_STARTS = {"vi": ("09", 8), "en": ("07", 9), "zh_TW": ("09", 8)}


def _phone(rng: random.Random, lang: str) -> str:
    """A made-up phone number shaped like the language's own, from one random draw (the
    bulk loader makes a million)."""
    start, digits = _PHONE_STARTS.get(lang, ("", 0))
    if not start:
        return f"1{'3589'[rng.randrange(4)]}{rng.randrange(10**9):09d}"
    return f"{start}{rng.randrange(10**digits):0{digits}d}"


@as_actor
def fill(
    actor: Actor,
    *,
    months: int = 6,
    per_month: int = 25,
    seed: int = 1,
    today: dt.date | None = None,
) -> DemoResult:
    """Add ``per_month`` complaints to each of the last ``months`` months (this one included)."""
    rng = random.Random(seed)
    corpus = load_json("demo/corpus.json")
    branch = get_branch()
    preset = branch.category_preset if branch.category_preset in ("retail", "bank") else "retail"
    moment = now()
    today = today or moment.date()
    made = 0
    with atomic():
        staff = _ensure_staff(rng)
        clerks = [s for s in staff if s.role == "clerk"] or staff
        for start in _month_starts(today, months):
            last_day = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(
                days=1
            )
            span_end = min(last_day, today)
            span = (span_end - start).days
            times = sorted(
                dt.datetime.combine(
                    start + dt.timedelta(days=rng.randint(0, span)),
                    dt.time(rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59)),
                )
                for _ in range(per_month)
            )
            for received in times:
                received = min(received, moment - dt.timedelta(minutes=5))
                _one(actor, rng, corpus, preset, branch, staff, clerks, received, moment)
                made += 1
    return DemoResult(complaints=made, staff=Staff.select().count())


def _one(actor, rng, corpus, preset, branch, staff, clerks, received, moment) -> Complaint:  # type: ignore[no-untyped-def]
    lang = rng.choices(LANGUAGES, weights=(25, 35, 15, 25))[0]
    entry = rng.choice(corpus[lang][preset])
    handler = rng.choice(clerks)
    subject = rng.choice([s for s in staff if s.id != handler.id]) if rng.random() < 0.2 else None
    values = {
        "received_at": received,
        "channel": rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS)[0],
        "customer_name": rng.choice(corpus[lang]["customers"]) if rng.random() > 0.05 else "",
        "customer_phone": _phone(rng, lang) if rng.random() > 0.1 else "",
        "customer_id_no": "".join(rng.choice("0123456789") for _ in range(12))
        if rng.random() < 0.3
        else "",
        "vulnerable": rng.random() < 0.06,
        "vulnerable_note": "",
        "category": entry["category"],
        "cause": "",
        "scope": rng.choices(SCOPES, weights=SCOPE_WEIGHTS)[0],
        "severity": rng.choices(SEVERITIES, weights=SEVERITY_WEIGHTS)[0],
        "subject_staff": subject.id if subject else None,
        "subject_text": "",
        "summary": entry["summary"][:120],
        "description": entry["description"],
        "desired_outcome": entry["desired_outcome"],
        "promised_at": received + dt.timedelta(days=rng.choice((1, 2, 3, 5, 7))),
        "handler": handler.id,
    }
    if values["vulnerable"]:
        values["vulnerable_note"] = {
            "en": "Elderly customer, hard of hearing",
            "zh_CN": "老年客户，听力不好",
            "zh_TW": "年長客戶，聽力不佳",
            "vi": "Khách hàng cao tuổi, nghe kém",
        }[lang]
    with made_up_history(received):
        c = insert_complaint(actor, values, at=received)
        c.created_at = received
        c.save()
    age = (moment - received).days
    # How far along a complaint of this age would be.
    r = rng.random()
    stage = (
        5
        if age > 20 and r < 0.85
        else 4
        if age > 10 and r < 0.8
        else rng.choice((0, 1, 2, 3, 4, 5))
        if age > 3
        else rng.choice((0, 0, 1, 2))
    )
    if rng.random() < 0.02:
        c.void_reason = {
            "en": "Entered twice by mistake",
            "zh_CN": "重复登记",
            "zh_TW": "重複登記",
            "vi": "Nhập trùng",
        }[lang]
        voided = received + dt.timedelta(hours=1)
        log(
            c,
            actor,
            "status",
            field="status",
            old="received",
            new="void",
            text=c.void_reason,
            at=voided,
        )
        c.status = "void"
        with made_up_history(voided):
            c.save()
        return c
    t = received
    handler_actor = Actor(handler.id, handler.name, handler.role)

    def step(status: str, hours: float) -> None:
        nonlocal t
        t = min(_office_hours(t + dt.timedelta(hours=hours), rng), moment)
        log(c, handler_actor, "status", field="status", old=c.status, new=status, at=t)
        c.status = status
        if status == "resolved":
            c.resolved_at = t
            c.followup_due = deadlines.followup_due(t.date(), branch.country)
        elif status == "closed":
            c.closed_at = t
        # Each step is saved when it happened, as a clerk at the counter would have.
        with made_up_history(t), acting(handler_actor):
            c.save()

    if stage >= 1:
        step("acknowledged", rng.uniform(0.1, 6))
    if stage >= 2:
        step("investigating", rng.uniform(2, 48))
        if rng.random() < 0.4:
            log(
                c,
                handler_actor,
                "contact",
                field="phone",
                new=rng.choice(("reached", "no_answer")),
                at=t + dt.timedelta(hours=1),
            )
    if stage >= 3:
        c.outcome = rng.choices(OUTCOMES, weights=(50, 30, 20))[0]
        c.cause = demo_cause(preset, c.category, c.seq)
        c.remedy = entry["remedy"]
        c.root_cause = entry["root_cause"]
        c.corrective_action = entry["corrective_action"]
        if c.outcome != "not_upheld" and rng.random() < 0.4:
            c.compensation = Decimal(rng.choice((20, 50, 100, 200, 500)))
            c.currency = branch.currency
        c.customer_accepted = rng.random() < 0.85
        step("resolved", rng.uniform(24, 24 * 12))
    if stage >= 4 and t < moment - dt.timedelta(days=2):
        c.followup_done_at = min(
            _office_hours(t + dt.timedelta(days=rng.uniform(1, 4)), rng), moment
        )
        c.satisfaction = rng.choices((1, 2, 3, 4, 5), weights=(5, 8, 20, 35, 32))[0]
        log(c, handler_actor, "followup", new=f"{c.satisfaction}/5", at=c.followup_done_at)
        t = c.followup_done_at
        with made_up_history(t), acting(handler_actor):
            c.save()
    if stage >= 5 and c.followup_done_at is not None:
        step("closed", rng.uniform(1, 24))
    return c


@dataclass
class OpinionDemo:
    entries: int
    openings: int
    signoffs: int


@as_actor
def fill_opinions(
    actor: Actor, *, months: int = 6, seed: int = 1, today: dt.date | None = None
) -> OpinionDemo:
    """Opinion entries of every kind (some replied, some promoted), box openings, sign-offs."""

    rng = random.Random(seed + 1000)
    texts = load_json("demo/opinions.json")
    corpus = load_json("demo/corpus.json")
    branch = get_branch()
    preset = branch.category_preset if branch.category_preset in ("retail", "bank") else "retail"
    today = today or dt.date.today()
    start = _month_starts(today, months)[0]
    made = openings = signoffs = 0
    with atomic():
        staff = _ensure_staff(rng)
        manager = next((s for s in staff if s.role == "manager"), staff[0])
        day = start
        while day <= today:
            signs = day.weekday() < 6 and (
                rng.random() < 0.85 or day == today - dt.timedelta(days=1)
            )
            if (
                signs
                and day < today
                and not ReadSignoff.select().where(ReadSignoff.day == day).exists()
            ):
                ReadSignoff.create(
                    day=day,
                    signed_by=manager.name,
                    signed_at=dt.datetime.combine(day, dt.time(17, rng.randint(0, 50))),
                )
                signoffs += 1
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                made += _opinion(
                    actor, rng, texts, corpus, preset, staff, day, "opinion_book", None
                )
            if day.weekday() == 0 and day < today:
                slips = rng.randint(1, 4)
                opening = BoxOpening.create(
                    opened_at=dt.datetime.combine(day, dt.time(9, rng.randint(0, 30))),
                    opened_by=manager.name,
                    witness=rng.choice([s for s in staff if s.id != manager.id]).name,
                    slips_found=slips,
                    created_by=actor.name,
                )
                for _ in range(slips):
                    made += _opinion(
                        actor,
                        rng,
                        texts,
                        corpus,
                        preset,
                        staff,
                        day - dt.timedelta(days=rng.randint(0, 6)),
                        "suggestion_box",
                        opening.id,
                    )
                opening.closed_at = opening.opened_at + dt.timedelta(minutes=40)
                opening.save()
                openings += 1
            day += dt.timedelta(days=1)
    return OpinionDemo(entries=made, openings=openings, signoffs=signoffs)


def _opinion(actor, rng, texts, corpus, preset, staff, written, source, opening_id) -> int:  # type: ignore[no-untyped-def]

    lang = rng.choices(LANGUAGES, weights=(25, 35, 15, 25))[0]
    kind = rng.choices(opinions.KINDS, weights=(30, 30, 15, 25))[0]
    named = rng.random() < 0.6
    entry = opinions.add_entry(
        actor,
        opinions.EntryForm(
            source=source,
            page_ref=str(rng.randint(1, 120)),
            written_on=written,
            kind=kind,
            text=rng.choice(texts[lang][kind]),
            name=rng.choice(corpus[lang]["customers"]) if named else "",
            contact=_phone(rng, lang) if named and rng.random() < 0.5 else "",
            about_staff_id=rng.choice(staff).id
            if kind == "praise" and rng.random() < 0.8
            else None,
            opening_id=opening_id,
        ),
        today=max(written, dt.date.today()),
    )
    created = dt.datetime.combine(written, dt.time(rng.randint(9, 16), rng.randint(0, 59)))
    entry.created_at = min(created, now())
    if kind != "praise" and rng.random() < 0.6:
        entry.reply_text = {
            "en": "Thank you, we have looked into it.",
            "zh_CN": "感谢您的意见，我们已处理。",
            "zh_TW": "謝謝您的意見，我們已處理。",
            "vi": "Cảm ơn anh/chị, chúng tôi đã xử lý.",
        }[lang]
        entry.reply_method = rng.choice(opinions.REPLY_METHODS)
        entry.reply_date = min(written + dt.timedelta(days=rng.randint(0, 2)), dt.date.today())
    entry.save()
    if kind == "complaint" and rng.random() < 0.4:
        form = opinions.promotion_form(entry)
        sample = rng.choice(corpus[lang][preset])
        form.category = sample["category"]
        form.desired_outcome = sample["desired_outcome"]
        form.received_at = entry.created_at
        form.handler_id = rng.choice(staff).id
        if form.handler_id == form.subject_staff_id:
            form.subject_staff_id = None
        opinions.promote(actor, entry.id, form)
    return 1
