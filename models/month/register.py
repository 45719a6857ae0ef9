"""The month register, assembled once: everything the printed register of a month shows,
as one value that ``reports`` only renders.

Its rows (as they stood at the month's end, streamed), the month's figures, the counter's
and the opinion book's, the complaints still open from earlier months, the root-cause
tasks opened in it, and the record count, digest and seal printed under it. The month's
bounds are worked out once (``models.register.month_end.bounds``), so every part stands
at the same moment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from models.book import opinions
from models.core import categories
from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP
from models.counter import guided
from models.maintenance import integrity
from models.people.branch import get_branch
from models.register import systemic
from models.register.month_end import MonthBounds, bounds, staff_names_as_of
from models.register.month_rows import Facts, month_rows, timeline_facts
from models.register.records import month_digest
from models.register.returns import CodedTable, coded_table
from models.register.statistics import MonthStats, OpenCase, month_stats, open_from_earlier
from models.trust import printed_seal

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RootCauseLine:
    """A root-cause task opened in the month and the register numbers it links: a problem
    many customers had, shown as one."""

    task_id: int
    opened_at: dt.datetime
    opened_by: str
    reason: str  # a scope code, "burst", or anything else: a manager's own
    note: str
    linked: tuple[str, ...]


@dataclass(frozen=True)
class Branch:
    """The branch as the register's heading and sign-off name it."""

    name: str
    code: str
    head_name: str


@dataclass(frozen=True)
class MonthRegister:
    """Everything the register of ``span.month`` prints."""

    span: MonthBounds
    branch: Branch
    tree: categories.CategoryTree
    count: int  # records of the month, void entries included
    digest: str  # SHA-256 of those records as they stood at the month's end
    seal: printed_seal.Seal
    staff: Mapping[int, str]  # names as they were at the month's end
    facts: Mapping[int, Facts]  # what the timeline adds to a row, by complaint id
    figures: MonthStats
    coded: CodedTable | None  # counted by the categories' standard, when they carry one
    counter: guided.GuidedStats
    book: opinions.MonthFigures
    open_earlier: tuple[OpenCase, ...]
    root_cause_tasks: tuple[RootCauseLine, ...]

    def rows(self) -> Iterator[dict[str, Any]]:
        """The month's complaints in register order, as they stood at its end (streamed)."""
        return month_rows(self.span)


def month_register(
    month: str, actor: Actor | None = None, progress: Progress | None = None
) -> MonthRegister:
    """The register of ``month`` (YYYYMM). With an ``actor`` it is to be signed: only a
    manager may, and only over an intact register (a seal must never vouch for a change
    made behind the app)."""
    if actor is not None:
        actor.require_manager(
            QT_TRANSLATE_NOOP("domain", "Only a manager may print and sign the register.")
        )
        if progress is not None:
            progress("check", 0, 1)
        integrity.require_intact()
    found = get_branch()
    span = bounds(month)
    tree = categories.for_branch(found.category_preset, found.country)
    count, digest = month_digest(month)
    return MonthRegister(
        span=span,
        branch=Branch(found.name, found.code, found.head_name),
        tree=tree,
        count=count,
        digest=digest,
        seal=printed_seal.make(actor, found.code, month, count, digest),
        staff=staff_names_as_of(span.end),
        facts=timeline_facts(month, span.end),
        figures=month_stats(month, span),
        coded=coded_table(month) if tree.standard is not None else None,
        counter=guided.stats(month),
        book=opinions.month_figures(month),
        open_earlier=tuple(open_from_earlier(month, span)),
        root_cause_tasks=tuple(
            RootCauseLine(
                task.id, task.opened_at, task.opened_by_name, task.reason, task.note, tuple(linked)
            )
            for task, linked in systemic.opened_in(month)
        ),
    )
