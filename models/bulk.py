"""Loading many records at once: a large demo register, benchmarks, big imports.

Saving one record at a time through the ORM costs a read, an audit event and a
commit each: fine at the counter, hours for a million rows. Here rows go in with
``executemany`` in large transactions, and each batch is still complete and
tamper-evident: timeline lines, the search index, the register counters, and one
audit event per batch holding every row's values (``bulk_create``; personal values as
references, see ``personal``), which ``check`` replays like single events.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import Any

import peewee as pw

from models import audit, numbering, personal, search
from models.actors import Actor
from models.branch import get_branch
from models.db import atomic, database, is_sqlite
from models.resources import LANGUAGES
from models.schema import (
    BaseModel,
    Complaint,
    Event,
    OpinionEntry,
    Staff,
    append_audit,
    now,
)

BATCH = 20_000
BULK_ACTION = "bulk_create"
# An upgrade's one entry for rows that existed before their table was audited (the
# timeline's lines): shaped as a bulk creation, unsigned, sealed by the first manager who
# signs in after the upgrade (``models.upgrade_seal``).
ADOPT_ACTION = "adopt"
REPLAYED_AS_BULK = (BULK_ACTION, ADOPT_ACTION)
Progress = Callable[[int, int], None]


def _default(field: pw.Field) -> Any:
    default = field.default
    return default() if callable(default) else default


def _fields(model: type[BaseModel]) -> list[pw.Field]:
    return [f for f in model._meta.sorted_fields if f is not model._meta.primary_key]


def _next_id(model: type[BaseModel]) -> int:
    return int(model.select(pw.fn.COALESCE(pw.fn.MAX(model._meta.primary_key), 0)).scalar()) + 1


def _converters(fields: list[pw.Field]) -> list[Callable[[Any], tuple[Any, Any]]]:
    """Per field: value -> (what the driver stores, what the audit trail records), the
    same as the ORM's save and ``audit.row_values`` give, without their per-call cost."""
    sqlite = is_sqlite()

    def plain(v: Any) -> tuple[Any, Any]:
        return v, v

    def moment(v: Any) -> tuple[Any, Any]:
        if v is None:
            return None, None
        text = v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat()
        return (text if sqlite else v), text

    def flag(v: Any) -> tuple[Any, Any]:
        if v is None:
            return None, None
        return (int(bool(v)) if sqlite else bool(v)), bool(v)

    def general(field: pw.Field) -> Callable[[Any], tuple[Any, Any]]:
        def convert(v: Any) -> tuple[Any, Any]:
            stored = field.db_value(v)
            return stored, audit.canonical(None if stored is None else field.python_value(stored))

        return convert

    out: list[Callable[[Any], tuple[Any, Any]]] = []
    for f in fields:
        if isinstance(f, (pw.DateTimeField, pw.DateField)):
            out.append(moment)
        elif isinstance(f, pw.BooleanField):
            out.append(flag)
        elif isinstance(f, (pw.CharField, pw.TextField, pw.ForeignKeyField)) or type(f) is (
            pw.IntegerField
        ):
            out.append(plain)
        else:
            out.append(general(f))
    return out


def _insert_sql(table: str, columns: list[str]) -> str:
    """One INSERT for ``executemany``, in the driver's own parameter style."""
    mark = "?" if is_sqlite() else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join([mark] * len(columns))})'


def insert_rows(model: type[BaseModel], rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (values by field name) into an audited table in the caller's write
    transaction; returns their ids. One audit event records them all."""
    if not rows:
        return []
    fields = _fields(model)
    first = _next_id(model)
    ids = list(range(first, first + len(rows)))
    table = model._meta.table_name
    sql = _insert_sql(table, ["id", *(f.column_name for f in fields)])
    stored: list[tuple[Any, ...]] = []
    trail: list[list[Any]] = []
    names = [f.name for f in fields]
    convert = _converters(fields)
    at = {name: i for i, name in enumerate(names)}
    blank = [c(_default(f)) for c, f in zip(convert, fields, strict=True)]
    blank_stored, blank_trail = [p[0] for p in blank], [p[1] for p in blank]
    for row_id, row in zip(ids, rows, strict=True):
        # Start from the defaults and convert only the values the row has (about half).
        values, audited = blank_stored.copy(), blank_trail.copy()
        for name, value in row.items():
            i = at.get(name)
            if i is not None:
                values[i], audited[i] = convert[i](value)
        stored.append((row_id, *values))
        trail.append([row_id, *audited])
    cursor = database.cursor()
    cursor.executemany(sql, stored)
    if not is_sqlite():
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM \"{table}\"))"
        )
    if table in personal.GUARDED and personal.ready():
        # Personal values go beside the chain (one executemany), secrets as digests.
        pending: list[personal.PendingRow] = []
        personal.guard_rows(table, names, trail, pending)
        personal.store(pending)
    append_audit(table, first, BULK_ACTION, {"columns": [None, names], "rows": [None, trail]})
    return ids


def replay_bulk(changes: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row id, values) of every row a ``bulk_create`` event recorded."""
    columns = changes["columns"][1]
    for row in changes["rows"][1]:
        yield row[0], dict(zip(columns, row[1:], strict=True))


def insert_complaints(actor: Actor, rows: list[dict[str, Any]]) -> list[int]:
    """Complaints whose register numbers are already set (``register_no``, ``month``,
    ``seq``), with their timeline's first line, search entries and counters."""
    ids = insert_rows(Complaint, rows)
    events = [
        {
            "complaint": cid,
            "at": row.get("created_at") or row["received_at"],
            "actor": actor.staff_id,
            "actor_name": actor.name,
            "kind": "created",
            "new_value": row["register_no"],
        }
        for cid, row in zip(ids, rows, strict=True)
    ]
    insert_rows(Event, events)
    if search.ready(database.obj):
        search.index_rows(database.cursor(), zip(ids, rows, strict=True))
    top: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row["register_no"].rsplit("-", 2)[0], row["month"])  # CODE-YYYYMM-NNNN
        top[key] = max(top.get(key, 0), row["seq"])
    for (code, month), seq in top.items():
        numbering.claim_number(code, month, seq)
    return ids


def settle_search_index(loaded: int) -> None:
    """After loading ``loaded`` complaints, in the caller's transaction: keep the counter's
    saves from paying for merging them into the search index later (``search.settle``).
    Skipped for a load under one batch or under a tenth of the register: settling
    rewrites the whole index, and a small load's segment is cheap to merge anyway."""
    db = database.obj
    if not is_sqlite(db) or not search.ready(db) or loaded < BATCH:
        return
    if loaded * 10 >= _next_id(Complaint) - 1:
        search.settle(db)


def add_timeline(actor: Actor, lines: list[tuple[int, str, str]]) -> None:
    """Timeline lines (complaint id, kind, text) by ``actor``, now."""
    moment = now()
    insert_rows(
        Event,
        [
            {
                "complaint": cid,
                "at": moment,
                "actor": actor.staff_id,
                "actor_name": actor.name,
                "kind": kind,
                "text": text,
            }
            for cid, kind, text in lines
        ],
    )


# -- a large demo register -------------------------------------------------------


# Cumulative weights of the demo's choices, summed once.
LANGUAGE_WEIGHTS = list(accumulate((25, 35, 15, 25)))  # en, zh_CN, zh_TW, vi
SATISFACTION_WEIGHTS = list(accumulate((5, 8, 20, 35, 32)))
OPINION_KIND_WEIGHTS = list(accumulate((30, 30, 15, 25)))


@dataclass
class BulkResult:
    complaints: int
    opinions: int


@lru_cache(maxsize=8192)
def _due(day: dt.date) -> tuple[dt.date, dt.date]:
    from models.complaints import due_dates

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
    from models import demo
    from models.actors import CLI_ACTOR
    from models.resources import load_json
    from models.vocab import CHANNELS, SCOPES, SEVERITIES

    actor = actor or CLI_ACTOR
    rng = random.Random(seed)
    corpus = load_json("demo/corpus.json")
    texts = load_json("demo/opinions.json")
    _due.cache_clear()
    with atomic():
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
            if len(pending) >= BATCH:
                flush()
    if pending:
        flush()
    with atomic():
        settle_search_index(made)
    if progress:
        progress(made, n)
    from models.store import analyse

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
    from models.demo import _phone

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
    from models import opinions
    from models.demo import _phone

    lang = rng.choices(LANGUAGES, cum_weights=LANGUAGE_WEIGHTS)[0]
    kind = rng.choices(opinions.KINDS, cum_weights=OPINION_KIND_WEIGHTS)[0]
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
