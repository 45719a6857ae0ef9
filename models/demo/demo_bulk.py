"""A large made-up register in minutes: the demo's bulk filler, for trying the app on
years of complaints and for the benchmarks. It writes through ``models.storage.bulk`` (one audit
entry per batch, the search index, the counters) with the texts and people of
``models.demo.demo``; a real register is never filled this way (``demo.require_empty_register``).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import Any

import peewee as pw

from models.book.opinions import KINDS as OPINION_KINDS
from models.core.actors import CLI_ACTOR, Actor
from models.core.resources import LANGUAGES, load_json
from models.core.vocab import CHANNELS, SCOPES, SEVERITIES
from models.demo import demo
from models.demo.demo import _phone
from models.people.branch import get_branch
from models.register import numbering
from models.register.batch_complaints import insert_complaints
from models.register.complaints import due_dates
from models.search.index import settle_search_index
from models.storage import audit, bulk
from models.storage.bulk import Progress, insert_rows
from models.storage.db import analyse, atomic, database
from models.storage.schema import Complaint, OpinionEntry, Staff, now

# Cumulative weights of the demo's choices, summed once.
LANGUAGE_WEIGHTS = list(accumulate((25, 35, 15, 25)))  # en, zh_CN, zh_TW, vi
SATISFACTION_WEIGHTS = list(accumulate((5, 8, 20, 35, 32)))
OPINION_KIND_WEIGHTS = list(accumulate((30, 30, 15, 25)))


@dataclass
class BulkResult:
    complaints: int
    opinions: int


@lru_cache(maxsize=8192)
def _due(day: dt.date) -> tuple[dt.date | None, dt.date]:

    due = due_dates(day)
    return due.first, due.due


def fill_register(
    n: int,
    *,
    seed: int = 1,
    months: int = 120,
    end: dt.date | None = None,
    opinions_per_complaint: float = 0.3,
    actor: Actor | None = None,
    progress: Progress | None = None,
) -> BulkResult:
    """``n`` realistic complaints in four languages spread over ``months`` months up to
    ``end``, with opinion entries in proportion: years of a busy branch, in minutes."""

    actor = actor or CLI_ACTOR
    rng = random.Random(seed)
    corpus = load_json("demo/corpus.json")
    texts = load_json("demo/opinions.json")
    _due.cache_clear()
    with atomic(), audit.acting(actor):
        staff = demo._ensure_staff(rng)
        branch = get_branch()
    preset = branch.category_preset if branch.category_preset in ("retail", "bank") else "retail"
    clerks = [s.id for s in staff if s.role == "clerk"] or [s.id for s in staff]
    end = end or dt.date.today()
    month_starts = demo._month_starts(end, months)
    moment = now()
    per_month = [n // months + (1 if i < n % months else 0) for i in range(months)]
    # Weights summed once (random.choices sums them at every call otherwise).
    channel_weights = list(accumulate(demo.CHANNEL_WEIGHTS))
    scope_weights = list(accumulate(demo.SCOPE_WEIGHTS))
    severity_weights = list(accumulate(demo.SEVERITY_WEIGHTS))
    made = opinions = 0
    pending: list[dict[str, Any]] = []
    pending_opinions: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal made, opinions
        with atomic(), audit.acting(actor):
            insert_complaints(actor, pending)
            insert_rows(OpinionEntry, pending_opinions)
        made += len(pending)
        opinions += len(pending_opinions)
        pending.clear()
        pending_opinions.clear()
        if progress and made < n:  # the last step is reported once the index is settled
            progress(made, n)

    code = branch.code
    for start, count in zip(month_starts, per_month, strict=True):
        month = start.strftime("%Y%m")
        seq0 = int(
            Complaint.select(pw.fn.COALESCE(pw.fn.MAX(Complaint.seq), 0))
            .where(Complaint.month == month)
            .scalar()
        )
        days = ((start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - start).days
        if start.year == end.year and start.month == end.month:
            days = end.day
        seconds = sorted(rng.randrange(days * 86400) for _ in range(count))
        for i, offset in enumerate(seconds, start=1):
            received = dt.datetime.combine(start, dt.time(8)) + dt.timedelta(
                seconds=offset * 10 // 24  # office hours: 08:00 to 18:00
            )
            received = min(received, moment)
            row = _complaint_row(
                rng,
                corpus,
                preset,
                clerks,
                received,
                moment,
                code,
                month,
                seq0 + i,
                branch.currency,
            )
            row["channel"] = rng.choices(CHANNELS, cum_weights=channel_weights)[0]
            row["scope"] = rng.choices(SCOPES, cum_weights=scope_weights)[0]
            row["severity"] = rng.choices(SEVERITIES, cum_weights=severity_weights)[0]
            pending.append(row)
            if rng.random() < opinions_per_complaint:
                pending_opinions.append(_opinion_row(rng, texts, corpus, staff, received))
            if len(pending) >= bulk.BATCH:  # read at run time: tests load in small batches
                flush()
    if pending:
        flush()
    with atomic():
        settle_search_index(made)
    if progress:
        progress(made, n)

    analyse(database)  # the tables' shape changed: the planner should know
    return BulkResult(complaints=made, opinions=opinions)


def _complaint_row(
    rng: random.Random,
    corpus: dict[str, Any],
    preset: str,
    clerks: list[int],
    received: dt.datetime,
    moment: dt.datetime,
    code: str,
    month: str,
    seq: int,
    currency: str,
) -> dict[str, Any]:

    lang = rng.choices(LANGUAGES, cum_weights=LANGUAGE_WEIGHTS)[0]
    entry = rng.choice(corpus[lang][preset])
    first_due, due = _due(received.date())
    age = (moment - received).days
    closed = age > 30 and rng.random() < 0.97
    row: dict[str, Any] = {
        "register_no": numbering.format_no(code, month, seq),
        "month": month,
        "seq": seq,
        "received_at": received,
        "customer_name": rng.choice(corpus[lang]["customers"]) if rng.random() > 0.05 else "",
        "customer_phone": _phone(rng, lang) if rng.random() > 0.1 else "",
        "category": entry["category"],
        "summary": entry["summary"][:120],
        "description": entry["description"],
        "desired_outcome": entry["desired_outcome"],
        "handler": rng.choice(clerks),
        "first_due": first_due,
        "due_date": due,
        "created_at": received,
        "updated_at": received,
        "status": "received",
    }
    if closed:
        resolved = received + dt.timedelta(hours=rng.uniform(24, 24 * 12))
        row.update(
            status="closed",
            outcome=rng.choice(("upheld", "partly_upheld", "not_upheld")),
            remedy=entry["remedy"],
            root_cause=entry["root_cause"],
            corrective_action=entry["corrective_action"],
            customer_accepted=rng.random() < 0.85,
            resolved_at=resolved.replace(microsecond=0),
            followup_done_at=(resolved + dt.timedelta(days=2)).replace(microsecond=0),
            satisfaction=rng.choices((1, 2, 3, 4, 5), cum_weights=SATISFACTION_WEIGHTS)[0],
            closed_at=(resolved + dt.timedelta(days=2, hours=1)).replace(microsecond=0),
        )
        if row["outcome"] != "not_upheld" and rng.random() < 0.3:
            row["compensation"] = Decimal(rng.choice((20, 50, 100, 200)))
            row["currency"] = currency
    elif age > 3:
        row["status"] = rng.choice(("acknowledged", "investigating", "resolved"))
        if row["status"] == "resolved":  # resolved: with its outcome, follow-up still to do
            resolved = min(received + dt.timedelta(hours=rng.uniform(24, 24 * 3)), moment)
            row.update(
                outcome=rng.choice(("upheld", "partly_upheld", "not_upheld")),
                remedy=entry["remedy"],
                root_cause=entry["root_cause"],
                corrective_action=entry["corrective_action"],
                resolved_at=resolved.replace(microsecond=0),
            )
    return row


def _opinion_row(
    rng: random.Random,
    texts: dict[str, Any],
    corpus: dict[str, Any],
    staff: list[Staff],
    received: dt.datetime,
) -> dict[str, Any]:

    lang = rng.choices(LANGUAGES, cum_weights=LANGUAGE_WEIGHTS)[0]
    kind = rng.choices(OPINION_KINDS, cum_weights=OPINION_KIND_WEIGHTS)[0]
    named = rng.random() < 0.6
    answered = kind != "praise" and rng.random() < 0.9
    return {
        "reply_text": {
            "en": "Thank you, we have looked into it.",
            "zh_CN": "感谢您的意见，我们已处理。",
            "zh_TW": "謝謝您的意見，我們已處理。",
            "vi": "Cảm ơn anh/chị, chúng tôi đã xử lý.",
        }[lang]
        if answered
        else "",
        "reply_date": min(received.date() + dt.timedelta(days=1), dt.date.today())
        if answered
        else None,
        "reply_method": "phone" if answered else "",
        "source": rng.choice(("opinion_book", "opinion_book", "suggestion_box")),
        "page_ref": str(rng.randint(1, 120)),
        "written_on": received.date(),
        "kind": kind,
        "text": rng.choice(texts[lang][kind]),
        "name": rng.choice(corpus[lang]["customers"]) if named else "",
        "contact": _phone(rng, lang) if named and rng.random() < 0.5 else "",
        "about_staff": rng.choice(staff).id if kind == "praise" and rng.random() < 0.8 else None,
        "created_at": received,
        "created_by": "demo",
    }
