"""A month of the register in figures: what the printed register's statistics pages show.

Every figure is counted from the complaints as they stood at the month's end
(``models.register.month_end``: later changes undone from the audit trail), so a register
printed later, after a complaint was reopened or corrected, shows the same. Every share
says what it is a share of: a figure an inspector cannot recount from the rows is
worse than none.
"""

from __future__ import annotations

import datetime as dt
import statistics as stats
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from models.core import deadlines
from models.core.vocab import CHANNELS, SCOPES, SEVERITIES
from models.people.branch import get_branch
from models.register.month_end import (
    MonthBounds,
    bounds,
    complaints_as_of,
    later_values,
    staff_names_as_of,
)
from models.storage.schema import Complaint

UPHELD = ("upheld", "partly_upheld")
FCA_SUMMARY_DAYS = 3  # business days: the summary resolution communication (DISP 1.5)
FCA_FINAL_WEEKS = 8  # the final response (DISP 1.6.2)


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """The month's first moment and the first one after it (``month_end.bounds``)."""
    found = bounds(month)
    return found.start, found.end


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


def trend(
    end_month: str, months: int = 36, moment: dt.datetime | None = None
) -> list[tuple[str, int]]:
    """Complaints received per month (void entries left out), oldest first: one indexed
    range count per month, so ten years of register cost no more than one. With
    ``moment``, as they stood then: one voided later still counts."""
    window = previous_months(end_month, months)
    counts = {
        m: Complaint.select(Complaint.id)
        .where((Complaint.month == m) & (Complaint.status != "void"))
        .count()
        for m in window
    }
    if moment is not None:
        for month, was, now_ in _status_changes(window, moment):
            counts[month] += (now_ == "void") - (was == "void")
    return list(counts.items())


def _status_changes(window: list[str], moment: dt.datetime) -> list[tuple[str, str, str]]:
    """(month, status at ``moment``, status now) of the window's complaints whose status
    changed since ``moment``."""
    ids = Complaint.select(Complaint.id).where(Complaint.month.in_(window))
    then = {
        cid: values["status"]
        for cid, values in later_values(Complaint, moment, ids).items()
        if "status" in values
    }
    if not then:
        return []
    query = Complaint.select(Complaint.id, Complaint.month, Complaint.status).where(
        Complaint.id.in_(list(then))
    )
    rows: Iterable[tuple[int, str, str]] = query.tuples()  # type: ignore[assignment]  # peewee types rows as models
    return [(month, then[cid], status) for cid, month, status in rows]


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile (what a reader can check by counting)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, int(-(-q * len(ordered) // 1)))  # ceil(q * n)
    return ordered[min(rank, len(ordered)) - 1]


def done_at(row: dict[str, Any]) -> dt.datetime | None:
    """When a complaint was resolved (a complaint closed without the step counts as then)."""
    done: dt.datetime | None = row["resolved_at"] or row["closed_at"]
    return done


def resolved_by(row: dict[str, Any], moment: dt.datetime) -> dt.datetime | None:
    """The resolution moment if it came before ``moment``, else None (still open then)."""
    done = done_at(row)
    return done if done is not None and done < moment else None


class Calendar:
    """Deadlines of the branch's policy per day of receipt, worked out once per day:
    a month of 10,000 complaints has only some 30 days of receipt."""

    def __init__(self, country: str) -> None:
        self.country = country
        self._cache: dict[tuple[str, dt.date, int], dt.date] = {}

    def working_days(self, day: dt.date, n: int) -> dt.date:
        key = ("working", day, n)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = deadlines.add_working_days(day, n, self.country)
        return found

    def china(self, day: dt.date, level: int) -> dt.date:
        """The China banking deadline after ``level`` extensions (0: 15 days, 1: 30)."""
        key = ("china", day, level)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = deadlines.compute(
                "china_banking", day, self.country, extension_level=level
            ).due
        return found


def money_total(rows: Iterable[dict[str, Any]]) -> dict[str, Decimal]:
    """Compensation summed per currency (a branch may pay in more than one)."""
    total: dict[str, Decimal] = {}
    for row in rows:
        if row["compensation"] is not None:
            currency = row["currency"] or "?"
            total[currency] = total.get(currency, Decimal(0)) + row["compensation"]
    return total


@dataclass
class Timeliness:
    """Resolved by the reply due date (after any approved extension), counted so that a
    late complaint can never drop out: every complaint resolved by the cut-off, and every
    one whose due date had passed by then, open ones counting as late."""

    on_time: int = 0
    late: int = 0  # resolved after the due date, or still open once it had passed
    late_open: int = 0  # of ``late``: still open at the cut-off
    not_due: int = 0  # still open, due date not reached: not counted yet

    @property
    def counted(self) -> int:
        return self.on_time + self.late

    @property
    def rate(self) -> float | None:
        return self.on_time / self.counted if self.counted else None


@dataclass(frozen=True)
class Figure:
    """One line of a regulator's figures: ``count``, as a share of ``total`` when given,
    and money per currency when the figure is an amount (redress)."""

    key: str
    count: int
    total: int | None = None
    money: tuple[tuple[str, Decimal], ...] = ()
    days: int | None = None  # the policy's number of days, for a custom policy

    @property
    def share(self) -> float | None:
        return self.count / self.total if self.total else None


@dataclass(frozen=True)
class Regime:
    """The figures the branch's deadline policy (``models.core.deadlines`` preset) asks for."""

    preset: str
    figures: tuple[Figure, ...]


SELECTED = (
    Complaint.id,
    Complaint.status,
    Complaint.category,
    Complaint.cause,
    Complaint.channel,
    Complaint.scope,
    Complaint.severity,
    Complaint.received_at,
    Complaint.resolved_at,
    Complaint.closed_at,
    Complaint.due_date,
    Complaint.extension_level,
    Complaint.outcome,
    Complaint.compensation,
    Complaint.currency,
    Complaint.customer_name,
    Complaint.customer_phone,
)


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
    timeliness: Timeliness = field(default_factory=Timeliness)
    median_days: float | None = None
    p90_days: float | None = None
    upheld: int = 0  # upheld in full or in part, of ``resolved``
    compensation: dict[str, Decimal] = field(default_factory=dict)  # currency -> total
    compensated: int = 0  # complaints with an amount paid
    regime: Regime | None = None
    by_cause: list[tuple[str, int]] = field(default_factory=list)  # "" = not recorded
    by_category_cause: list[tuple[str, str, int]] = field(default_factory=list)
    repeat_complainants: list[tuple[str, str, int]] = field(
        default_factory=list
    )  # name, phone, count
    trend: list[tuple[str, int]] = field(default_factory=list)  # 12 months, YYYYMM -> received

    @property
    def on_time_rate(self) -> float | None:
        return self.timeliness.rate

    @property
    def upheld_rate(self) -> float | None:
        return self.upheld / self.resolved if self.resolved else None


def month_stats(month: str, within: MonthBounds | None = None) -> MonthStats:
    """The figures of the complaints received in ``month`` (YYYYMM), as it stood at its end
    (or now, while it is under way); one read of the month's rows, only the columns used.
    ``within``: the month's bounds when the caller has them (one moment for a register)."""
    span = within or bounds(month)
    end, at = span.end, span.at
    result = MonthStats(month=month)
    rows = list(complaints_as_of(Complaint.select(*SELECTED).where(Complaint.month == month), end))
    live = [c for c in rows if c["status"] != "void"]
    result.voided = len(rows) - len(live)
    result.received = len(live)
    resolved = [c for c in live if resolved_by(c, end)]
    result.resolved = len(resolved)
    result.closed = sum(1 for c in live if c["closed_at"] is not None and c["closed_at"] < end)
    result.still_open = result.received - result.resolved
    top = Counter(c["category"].split(".", 1)[0] for c in live)
    result.by_category = _commonest(top)
    result.by_channel = {k: sum(1 for c in live if c["channel"] == k) for k in CHANNELS}
    result.by_scope = {k: sum(1 for c in live if c["scope"] == k) for k in SCOPES}
    result.by_severity = {k: sum(1 for c in live if c["severity"] == k) for k in SEVERITIES}
    result.timeliness = timeliness(live, end, at)
    days = [
        (done - c["received_at"]).total_seconds() / 86400
        for c in resolved
        if (done := done_at(c)) is not None
    ]
    result.median_days = stats.median(days) if days else None
    result.p90_days = percentile(days, 0.9)
    result.upheld = sum(1 for c in resolved if c["outcome"] in UPHELD)
    result.compensation = money_total(resolved)
    result.compensated = sum(1 for c in resolved if c["compensation"] is not None)
    branch = get_branch()
    result.regime = regime(
        branch.deadline_preset, live, end, at, Calendar(branch.country), branch.custom_days
    )
    result.by_cause = _commonest(Counter(c["cause"] for c in live))
    pairs = Counter((c["category"].split(".", 1)[0], c["cause"]) for c in live)
    result.by_category_cause = [
        (category, cause, n)
        for (category, cause), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    result.repeat_complainants = _repeats(month, live, end)
    result.trend = trend(month, 12, end)
    return result


def _commonest(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def timeliness(live: list[dict[str, Any]], end: dt.datetime, at: dt.datetime) -> Timeliness:
    """On time against each complaint's due date, as it stood at ``at`` (see Timeliness)."""
    out = Timeliness()
    for c in live:
        done = resolved_by(c, end)
        if done is not None:
            if done.date() <= c["due_date"]:
                out.on_time += 1
            else:
                out.late += 1
        elif c["due_date"] < at.date():
            out.late += 1
            out.late_open += 1
        else:
            out.not_due += 1
    return out


def regime(
    preset: str,
    live: list[dict[str, Any]],
    end: dt.datetime,
    at: dt.datetime,
    calendar: Calendar,
    custom_days: int = 10,
) -> Regime:
    """The deadline policy's own figures for ``live`` complaints, as they stood at ``at``."""
    resolved = [(c, d) for c in live if (d := resolved_by(c, end)) is not None]
    today = at.date()
    figures: list[Figure] = []
    if preset == "uk_fca":
        by3 = within8 = after8 = 0
        for c, done in resolved:
            received = c["received_at"].date()
            if done.date() <= calendar.working_days(received, FCA_SUMMARY_DAYS):
                by3 += 1
            elif done.date() <= received + dt.timedelta(weeks=FCA_FINAL_WEEKS):
                within8 += 1
            else:
                after8 += 1
        open_past = sum(
            1
            for c in live
            if resolved_by(c, end) is None
            and c["received_at"].date() + dt.timedelta(weeks=FCA_FINAL_WEEKS) < today
        )
        rows = [c for c, _ in resolved]
        figures = [
            Figure("fca_3_days", by3, len(resolved)),
            Figure("fca_8_weeks", within8, len(resolved)),
            Figure("fca_after_8_weeks", after8, len(resolved)),
            Figure("fca_open_8_weeks", open_past),
            Figure("fca_upheld", sum(1 for c in rows if c["outcome"] in UPHELD), len(resolved)),
            Figure(
                "fca_redress",
                sum(1 for c in rows if c["compensation"] is not None),
                money=tuple(sorted(money_total(rows).items())),
            ),
        ]
    elif preset == "china_banking":
        within15 = 0
        for c, done in resolved:
            if done.date() <= calendar.china(c["received_at"].date(), 0):
                within15 += 1
        past30 = 0
        for c in live:
            limit = calendar.china(c["received_at"].date(), 1)
            finished = resolved_by(c, end)
            if (finished is not None and finished.date() > limit) or (
                finished is None and limit < today
            ):
                past30 += 1
        figures = [
            Figure("cn_15_days", within15, len(resolved)),
            Figure("cn_extended", sum(1 for c in live if c["extension_level"] > 0), len(live)),
            Figure("cn_past_30", past30, len(live)),
        ]
    else:
        days = 7 if preset == "vietnam_consumer" else max(1, custom_days)
        within = late = 0
        for c in live:
            limit = calendar.working_days(c["received_at"].date(), days)
            finished = resolved_by(c, end)
            if finished is not None and finished.date() <= limit:
                within += 1
            elif finished is not None or limit < today:
                late += 1
        figures = [
            Figure("days_within", within, within + late, days=days),
            Figure("days_late", late, days=days),
        ]
    return Regime(preset, tuple(figures))


def _repeats(
    month: str, live: list[dict[str, Any]], moment: dt.datetime
) -> list[tuple[str, str, int]]:
    """Complainants of this month with two or more complaints in the twelve months to it,
    as the complaints stood at ``moment``."""
    window = previous_months(month, 12)
    keys = {_key(c["customer_name"], c["customer_phone"]) for c in live} - {""}
    if not keys:
        return []
    counts: Counter[str] = Counter()
    sample: dict[str, tuple[str, str]] = {}
    query = Complaint.select(
        Complaint.id, Complaint.customer_name, Complaint.customer_phone, Complaint.status
    ).where(Complaint.month.in_(window))
    for row in complaints_as_of(query, moment):
        if row["status"] == "void":
            continue
        name, phone = row["customer_name"], row["customer_phone"]
        key = _key(name, phone)
        if key in keys:
            counts[key] += 1
            sample.setdefault(key, (name, phone))
    return sorted(
        ((sample[k][0], sample[k][1], n) for k, n in counts.items() if n >= 2),
        key=lambda t: (-t[2], t[0]),
    )


def _key(name: str, phone: str) -> str:
    """Same customer: the same phone digits, or the same name when there is no phone."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits:
        return "p:" + digits
    return "n:" + name.strip().casefold() if name.strip() else ""


@dataclass(frozen=True)
class OpenCase:
    register_no: str
    received_at: dt.datetime
    summary: str
    status: str
    handler: str
    age_days: int
    due_date: dt.date
    overdue_days: int  # days past the due date at the month's end; 0 if not yet due


def open_from_earlier(month: str, within: MonthBounds | None = None) -> list[OpenCase]:
    """Complaints received before ``month`` and not yet resolved at its end, oldest first,
    as they stood then (one resolved since, or resolved before and reopened since, is
    listed as it was)."""
    span = within or bounds(month)
    start, end = span.start, span.end
    query = (
        Complaint.select(
            Complaint.id,
            Complaint.register_no,
            Complaint.received_at,
            Complaint.summary,
            Complaint.status,
            Complaint.handler,
            Complaint.due_date,
            Complaint.resolved_at,
            Complaint.closed_at,
        )
        .where(Complaint.received_at < start)
        # Open now by these dates, or void now (voided since, perhaps): the candidates
        # whose state at the month's end is then looked at.
        .where(
            (
                (Complaint.resolved_at.is_null() | (Complaint.resolved_at >= end))
                & (Complaint.closed_at.is_null() | (Complaint.closed_at >= end))
            )
            | (Complaint.status == "void")
        )
        .order_by(Complaint.received_at, Complaint.id)
    )
    reference = span.at
    last_day = (reference - dt.timedelta(microseconds=1)).date()
    staff = staff_names_as_of(end)
    out = []
    for c in complaints_as_of(query, end):
        if c["status"] == "void" or resolved_by(c, end) is not None:
            continue
        out.append(
            OpenCase(
                c["register_no"],
                c["received_at"],
                c["summary"],
                c["status"],
                staff.get(c["handler"], "") if c["handler"] else "",
                (reference - c["received_at"]).days,
                c["due_date"],
                max(0, (last_day - c["due_date"]).days),
            )
        )
    return out
