"""A month of the register in figures: what the printed register's statistics pages show.

Status at the end of a past month is read from the resolved and closed timestamps,
so a register printed later still shows the month as it stood at its end.
"""

from __future__ import annotations

import datetime as dt
import statistics as stats
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from models.schema import Complaint
from models.vocab import CHANNELS, SCOPES, SEVERITIES


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime(int(month[:4]), int(month[4:]), 1)
    end = dt.datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start, end


def previous_months(month: str, n: int) -> list[str]:
    """The ``n`` months ending with ``month``, oldest first, as YYYYMM."""
    year, mon = int(month[:4]), int(month[4:])
    out = []
    for _ in range(n):
        out.append(f"{year}{mon:02d}")
        mon -= 1
        if mon == 0:
            year, mon = year - 1, 12
    return out[::-1]


def trend(end_month: str, months: int = 36) -> list[tuple[str, int]]:
    """Complaints received per month (void entries left out), oldest first: one indexed
    range count per month, so ten years of register cost no more than one."""
    return [
        (
            m,
            Complaint.select(Complaint.id)
            .where((Complaint.month == m) & (Complaint.status != "void"))
            .count(),
        )
        for m in previous_months(end_month, months)
    ]


def _resolved_by(c: Complaint, moment: dt.datetime) -> bool:
    done = c.resolved_at or c.closed_at
    return done is not None and done < moment


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (what a reader can check by counting)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, int(-(-q * len(ordered) // 1)))  # ceil(q * n)
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class MonthStats:
    month: str
    received: int = 0
    voided: int = 0
    resolved: int = 0
    closed: int = 0
    still_open: int = 0
    by_category: list[tuple[str, int]] = field(
        default_factory=list
    )  # top-level code, count; commonest first
    by_channel: dict[str, int] = field(default_factory=dict)
    by_scope: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)
    on_time: int = 0
    decided: int = 0  # resolved complaints with a deadline to compare against
    median_days: float | None = None
    p90_days: float | None = None
    upheld: int = 0
    compensation: dict[str, Decimal] = field(default_factory=dict)  # currency -> total
    repeat_complainants: list[tuple[str, str, int]] = field(
        default_factory=list
    )  # name, phone, count
    trend: list[tuple[str, int]] = field(default_factory=list)  # 12 months, YYYYMM -> received

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.decided if self.decided else None

    @property
    def upheld_rate(self) -> float | None:
        return self.upheld / self.decided if self.decided else None


def month_stats(month: str) -> MonthStats:
    start, end = month_bounds(month)
    result = MonthStats(month=month)
    rows = list(Complaint.select().where(Complaint.month == month))
    live = [c for c in rows if c.status != "void"]
    result.voided = len(rows) - len(live)
    result.received = len(live)
    result.resolved = sum(1 for c in live if _resolved_by(c, end))
    result.closed = sum(1 for c in live if c.closed_at is not None and c.closed_at < end)
    result.still_open = result.received - result.resolved
    top = Counter(c.category.split(".", 1)[0] for c in live)
    result.by_category = sorted(top.items(), key=lambda kv: (-kv[1], kv[0]))
    result.by_channel = {k: sum(1 for c in live if c.channel == k) for k in CHANNELS}
    result.by_scope = {k: sum(1 for c in live if c.scope == k) for k in SCOPES}
    result.by_severity = {k: sum(1 for c in live if c.severity == k) for k in SEVERITIES}
    days: list[float] = []
    for c in live:
        done = c.resolved_at or c.closed_at
        if done is None or done >= end:
            continue
        result.decided += 1
        days.append((done - c.received_at).total_seconds() / 86400)
        if done.date() <= c.due_date:
            result.on_time += 1
        if c.outcome in ("upheld", "partly_upheld"):
            result.upheld += 1
        if c.compensation is not None:
            currency = c.currency or "?"
            result.compensation[currency] = (
                result.compensation.get(currency, Decimal(0)) + c.compensation
            )
    result.median_days = stats.median(days) if days else None
    result.p90_days = percentile(days, 0.9)
    result.repeat_complainants = _repeats(month, live)
    result.trend = trend(month, 12)
    return result


def _repeats(month: str, live: list[Complaint]) -> list[tuple[str, str, int]]:
    """Complainants of this month with two or more complaints in the twelve months to it."""
    window = previous_months(month, 12)
    keys = {_key(c) for c in live if _key(c)}
    if not keys:
        return []
    counts: Counter[str] = Counter()
    sample: dict[str, Complaint] = {}
    query = Complaint.select(
        Complaint.customer_name, Complaint.customer_phone, Complaint.status
    ).where(Complaint.month.in_(window) & (Complaint.status != "void"))
    for c in query:
        key = _key(c)
        if key in keys:
            counts[key] += 1
            sample.setdefault(key, c)
    return sorted(
        (
            (sample[k].customer_name, sample[k].customer_phone, n)
            for k, n in counts.items()
            if n >= 2
        ),
        key=lambda t: (-t[2], t[0]),
    )


def _key(c: Complaint) -> str:
    """Same customer: the same phone digits, or the same name when there is no phone."""
    digits = "".join(ch for ch in c.customer_phone if ch.isdigit())
    if digits:
        return "p:" + digits
    return "n:" + c.customer_name.strip().casefold() if c.customer_name.strip() else ""


@dataclass(frozen=True)
class OpenCase:
    register_no: str
    received_at: dt.datetime
    summary: str
    status: str
    handler: str
    age_days: int
    due_date: dt.date


def open_from_earlier(month: str) -> list[OpenCase]:
    """Complaints received before ``month`` and not yet resolved at its end, oldest first."""
    start, end = month_bounds(month)
    query = (
        Complaint.select()
        .where((Complaint.received_at < start) & (Complaint.status != "void"))
        .where(Complaint.resolved_at.is_null() | (Complaint.resolved_at >= end))
        .where(Complaint.closed_at.is_null() | (Complaint.closed_at >= end))
        .order_by(Complaint.received_at)
    )
    reference = min(end, dt.datetime.now())
    return [
        OpenCase(
            c.register_no,
            c.received_at,
            c.summary,
            c.status,
            c.handler.name if c.handler_id else "",
            (reference - c.received_at).days,
            c.due_date,
        )
        for c in query
    ]
