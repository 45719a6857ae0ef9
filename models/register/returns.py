"""Figures head office sends on: the half-year complaints return (shaped like the FCA's,
DISP 1 Annex 1R) and a month's table coded by the preset's standard (JR/T 0169-2018).

Values only; ``reports.returns`` writes them as a workbook. Both are counted the way the
monthly register counts: void entries left out, and a period still under way as it
stands now.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from models.core import categories
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.people.branch import get_branch
from models.register.month_end import complaints_as_of, end_of
from models.register.statistics import (
    FCA_FINAL_WEEKS,
    FCA_SUMMARY_DAYS,
    UPHELD,
    Calendar,
    cutoff,
    done_at,
)
from models.storage.schema import Complaint

HALF = re.compile(r"(\d{4})-?H([12])", re.IGNORECASE)


def half_bounds(period: str) -> tuple[dt.datetime, dt.datetime]:
    """``2026H1`` is January to June, ``2026H2`` July to December (calendar halves)."""
    match = HALF.fullmatch(period.strip())
    if not match:
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP("domain", "{value} is not a half-year like 2026-H1 or 2026-H2."),
            value=period,
        )
    year, half = int(match[1]), int(match[2])
    if half == 1:
        return dt.datetime(year, 1, 1), dt.datetime(year, 7, 1)
    return dt.datetime(year, 7, 1), dt.datetime(year + 1, 1, 1)


@dataclass
class ReturnRow:
    """One product group's line of the return (``group`` "" is the branch's total)."""

    group: str
    outstanding_start: int = 0
    opened: int = 0
    closed_3_days: int = 0  # by the end of the third business day after receipt
    closed_8_weeks: int = 0  # after that, within eight weeks of receipt
    closed_after_8_weeks: int = 0
    upheld: int = 0  # of those closed in the period, upheld in full or in part
    redress: dict[str, Decimal] = field(default_factory=dict)  # currency -> paid
    outstanding_end: int = 0

    @property
    def closed(self) -> int:
        return self.closed_3_days + self.closed_8_weeks + self.closed_after_8_weeks

    @property
    def upheld_share(self) -> float | None:
        return self.upheld / self.closed if self.closed else None


@dataclass
class HalfYearReturn:
    period: str  # "2026H2"
    start: dt.date
    end: dt.date  # the last day of the period
    as_at: dt.datetime  # the period's end, or now while it is under way
    groups: list[ReturnRow]  # product groups (the branch's top-level categories), largest first
    total: ReturnRow


def half_year_return(period: str) -> HalfYearReturn:
    """The half-year's complaints return: outstanding, opened, closed by how fast, upheld,
    redress, per product group. "Closed" is resolved: the final response was given."""
    start, end = half_bounds(period)
    at = cutoff(end)
    calendar = Calendar(get_branch().country)
    query = (
        Complaint.select(
            Complaint.category,
            Complaint.received_at,
            Complaint.resolved_at,
            Complaint.closed_at,
            Complaint.outcome,
            Complaint.compensation,
            Complaint.currency,
        )
        .where((Complaint.received_at < end) & (Complaint.status != "void"))
        .where(
            (Complaint.resolved_at >= start)
            | (Complaint.closed_at >= start)
            | (Complaint.resolved_at.is_null() & Complaint.closed_at.is_null())
        )
        .dicts()
    )
    total = ReturnRow("")
    groups: dict[str, ReturnRow] = {}
    for c in query.iterator():
        done = done_at(c)
        if done is not None and done < start:
            continue  # resolved before the period (a later closing does not bring it back)
        group = c["category"].split(".", 1)[0]
        row = groups.setdefault(group, ReturnRow(group))
        for line in (row, total):
            _count(line, c, done, start, end, calendar)
    ordered = sorted(groups.values(), key=lambda r: (-(r.opened + r.outstanding_start), r.group))
    return HalfYearReturn(
        period=f"{start.year}H{1 if start.month == 1 else 2}",
        start=start.date(),
        end=(end - dt.timedelta(days=1)).date(),
        as_at=at,
        groups=ordered,
        total=total,
    )


def _count(
    line: ReturnRow,
    c: dict[str, Any],
    done: dt.datetime | None,
    start: dt.datetime,
    end: dt.datetime,
    calendar: Calendar,
) -> None:
    received = c["received_at"]
    if received < start:
        line.outstanding_start += 1
    else:
        line.opened += 1
    if done is None or done >= end:
        line.outstanding_end += 1
        return
    day = received.date()
    if done.date() <= calendar.working_days(day, FCA_SUMMARY_DAYS):
        line.closed_3_days += 1
    elif done.date() <= day + dt.timedelta(weeks=FCA_FINAL_WEEKS):
        line.closed_8_weeks += 1
    else:
        line.closed_after_8_weeks += 1
    if c["outcome"] in UPHELD:
        line.upheld += 1
    if c["compensation"] is not None:
        currency = c["currency"] or "?"
        line.redress[currency] = line.redress.get(currency, Decimal(0)) + c["compensation"]


NO_STANDARD = QT_TRANSLATE_NOOP(
    "domain",
    "This branch's categories carry no statistical codes. The bank categories (Settings) are "
    "coded by JR/T 0169-2018.",
)


@dataclass
class CodedLine:
    """A code of the standard with how many complaints it counts (its sub-codes included)
    and which of the branch's own categories or causes are counted under it."""

    code: str
    parent: str | None
    count: int
    ours: list[str]  # category or cause codes of the preset


@dataclass
class CodedTable:
    month: str
    standard: categories.Standard
    received: int
    dimensions: dict[str, list[CodedLine]]  # channel, business, cause; the standard's order
    no_cause: int  # received without a cause recorded: not in the cause dimension
    cross: dict[tuple[str, str], int]  # (business, cause) -> count


def coded_table(month: str) -> CodedTable:
    """The month's complaints counted in each dimension of the preset's standard, as they
    stood at its end, like the register that prints it (``models.register.month_end``)."""

    branch = get_branch()
    tree = categories.for_branch(branch.category_preset, branch.country)
    standard = tree.standard
    if standard is None:
        raise ValidationError("category_preset", NO_STANDARD)
    counts: dict[str, Counter[str]] = {d: Counter() for d in categories.DIMENSIONS}
    cross: Counter[tuple[str, str]] = Counter()
    received = no_cause = 0
    query = Complaint.select(
        Complaint.id, Complaint.category, Complaint.cause, Complaint.status
    ).where(Complaint.month == month)
    for row in complaints_as_of(query, end_of(month)):
        if row["status"] == "void":
            continue
        category, cause = row["category"], row["cause"]
        codes = tree.standard_codes(category, cause)
        assert codes is not None  # the tree has a standard
        received += 1
        counts["channel"][codes.channel] += 1
        counts["business"][codes.business] += 1
        if codes.cause:
            counts["cause"][codes.cause] += 1
            cross[(codes.business, codes.cause)] += 1
        else:
            no_cause += 1
    ours = _ours(tree)
    dimensions: dict[str, list[CodedLine]] = {}
    for dimension, codes_ in standard.dimensions.items():
        below: Counter[str] = Counter()
        for code, n in counts[dimension].items():
            node: str | None = code
            while node is not None:  # a code counts for itself and every level above it
                below[node] += n
                found = standard.by_code.get(node)
                node = found.parent if found else None
        dimensions[dimension] = [
            CodedLine(c.code, c.parent, below[c.code], ours[dimension].get(c.code, []))
            for c in codes_
        ]
    return CodedTable(month, standard, received, dimensions, no_cause, dict(cross))


def _ours(tree: categories.CategoryTree) -> dict[str, dict[str, list[str]]]:
    """The preset's categories and causes under each code they name themselves."""
    out: dict[str, dict[str, list[str]]] = {d: {} for d in categories.DIMENSIONS}
    for item in [*tree.by_code.values(), *tree.causes]:
        for dimension, code in item.standard.items():
            out[dimension].setdefault(code, []).append(item.code)
    return out
