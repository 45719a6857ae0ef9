"""Home's figures count every open complaint under the earliest date it must meet: the
final date, a first reply due (the UK's 3 business days), a time promised to the
customer. They are read from indexes (most complaints have a final date only); each
figure must still be what counting the rows one by one gives, on both engines."""

from __future__ import annotations

import datetime as dt
import itertools

import peewee as pw

from models.people.branch import update_branch
from models.register import lifecycle, queries
from models.register.complaints import create_complaint
from models.storage.schema import Complaint

from tests.factories import make_form


def _one_by_one(condition: pw.Expression) -> int:
    return int(Complaint.select(pw.fn.COUNT(pw.SQL("*"))).where(condition).scalar() or 0)


def test_home_figures_match_counting_row_by_row(manager, clerk) -> None:
    update_branch(manager, country="GB", currency="GBP", deadline_preset="uk_fca")
    today = dt.date(2026, 12, 7)
    week_end = today + dt.timedelta(days=7)
    received = dt.datetime(2026, 11, 2, 9, 0)
    made = []
    # Every mix: received on several days (first reply due before, on, after today),
    # with a promise before, on, within or after the week, or none; some answered.
    days = (0, 20, 30, 32, 33, 34, 35)
    promises = (None, 1, 2, 4, 6, 40)  # days after it was received
    for n, (day, promise) in enumerate(itertools.product(days, promises)):
        at = received + dt.timedelta(days=day)
        promised = None if promise is None else at + dt.timedelta(days=promise, hours=3)
        complaint = create_complaint(
            clerk, make_form(summary=f"Mix {n}", received_at=at, promised_at=promised)
        )
        if n % 4 == 1:
            lifecycle.acknowledge(clerk, complaint.id)  # a first reply given
        made.append(complaint)
    lifecycle.void(manager, made[-1].id, "Recorded twice")
    figures = queries.home_figures(today=today)
    this_week = queries.due_by_condition(today, week_end) & ~queries._dates_on_or_before(
        today, inclusive=True
    )
    expected = (
        _one_by_one(queries.overdue_condition(today)),
        _one_by_one(queries.due_by_condition(today, today)),
        _one_by_one(this_week),
    )
    assert (figures.overdue_count, figures.due_today_count, figures.due_this_week_count) == expected

    def first(condition: pw.Expression, limit: int) -> list[int]:
        rows = Complaint.select(Complaint.id).where(condition)
        return [c.id for c in rows.order_by(Complaint.due_date, Complaint.id).limit(limit)]

    # The lists are the first complaints by due date, whichever date put them there.
    short = queries.home_figures(today=today, limit=3)
    for listed, condition in (
        (short.overdue, queries.overdue_condition(today)),
        (short.due_today, queries.due_by_condition(today, today)),
        (short.due_this_week, this_week),
    ):
        assert [row.id for row in listed] == first(condition, 3)
    assert all(expected)  # each figure has something to count
    assert sum(expected) <= Complaint.select().where(queries.working()).count()
