"""Reading the register: filtered, sorted, paged lists and the home view's figures.

Lists are read a page at a time so a branch with years of complaints never loads
the whole register into memory.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import peewee as pw

from models.core.vocab import STATUSES
from models.people.branch import get_branch
from models.search import index as search
from models.search import postgres as search_pg
from models.storage.db import database, facts, is_sqlite
from models.storage.schema import Complaint, Staff
from models.storage.typed import dicts_of, tuples_of

M = TypeVar("M", bound=pw.Model)

DONE_STATES = ("resolved", "closed", "void")
# Listed, not "NOT IN DONE_STATES": an IN list seeks the status index straight to the
# few open complaints instead of reading ten years of closed ones.
WORKING_STATES = tuple(s for s in STATUSES if s not in DONE_STATES)
# The same condition written out, not bound: SQLite uses the partial index
# complaint_working_due only when the query holds the index's own WHERE term.
WORKING_SQL = "status IN (" + ", ".join(f"'{s}'" for s in WORKING_STATES) + ")"


def working() -> pw.SQL:
    return pw.SQL(WORKING_SQL)


SORTABLE = {
    "register_no": (Complaint.month, Complaint.seq),
    "received_at": (Complaint.received_at,),
    "channel": (Complaint.channel,),
    "customer_name": (Complaint.customer_name,),
    "category": (Complaint.category,),
    "summary": (Complaint.summary,),
    "handler": (Complaint.handler,),
    "status": (Complaint.status,),
    "due_date": (Complaint.due_date,),
}


SEARCH_COUNT_CAP = 1_000  # matches counted at first on the branch server (list_count)


@dataclass
class ListFilter:
    month: str | None = None  # YYYYMM
    status: str | None = None  # a status code, or "open"
    category: str | None = None  # top-level or child code
    handler_id: int | None = None
    overdue: bool = False
    search: str = ""
    sort: str = "register_no"
    descending: bool = True
    today: dt.date = field(default_factory=dt.date.today)


def like(column: pw.Field[Any] | pw.Function, term: str) -> pw.Node:
    """Substring match with wildcards escaped; case-insensitive for Latin text."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if is_sqlite():
        return pw.NodeList((column, pw.SQL("LIKE"), f"%{escaped}%", pw.SQL("ESCAPE '\\'")))
    pattern: pw.Node = pw.Value(f"%{escaped}%")
    if _has_unaccent():
        column, pattern = pw.fn.unaccent(column), pw.fn.unaccent(pattern)
    return pw.NodeList((column, pw.SQL("ILIKE"), pattern, pw.SQL("ESCAPE '\\'")))


def _has_unaccent() -> bool:
    known = facts()
    if known.has_unaccent is None:
        known.has_unaccent = bool(
            database.execute_sql("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'").fetchone()
        )
    return known.has_unaccent


def _dates_on_or_before(day: dt.date, inclusive: bool, final_only: bool = False) -> pw.Expression:
    """Some date the complaint must meet falls before ``day`` (or on it, ``inclusive``):
    its final date; its first reply (the UK's 3 business days) while none has been given;
    the completion time promised to the customer, if one was promised. ``final_only``:
    the final date alone, which is all a complaint without the other two dates has."""
    if inclusive:
        until = day + dt.timedelta(days=1)
        final = Complaint.due_date <= day
        first = Complaint.first_due <= day
    else:
        until = day
        final = Complaint.due_date < day
        first = Complaint.first_due < day
    if final_only:
        return final
    # promised_at holds a time: promised before midnight starting ``until``.
    promised = Complaint.promised_at.is_null(False) & (
        Complaint.promised_at < dt.datetime.combine(until, dt.time())
    )
    # Each part is false, never NULL, where a date is missing: the caller negates it.
    first = (Complaint.status == "received") & Complaint.first_due.is_null(False) & first
    return final | first | promised


def overdue_condition(today: dt.date, final_only: bool = False) -> pw.Expression:
    """Open and past a date it had to meet: the final date, a first reply not given, or
    the time promised to the customer."""
    return working() & _dates_on_or_before(today, inclusive=False, final_only=final_only)


def due_by_condition(today: dt.date, last_day: dt.date, final_only: bool = False) -> pw.Expression:
    """Open, not overdue, and a date it must meet falls from today to ``last_day``."""
    if final_only:  # a range of the index (a NOT of a comparison is not one)
        return working() & (Complaint.due_date >= today) & (Complaint.due_date <= last_day)
    condition: pw.Expression = (
        working()
        & ~_dates_on_or_before(today, inclusive=False)
        & _dates_on_or_before(last_day, inclusive=True)
    )
    return condition


def _with_other_dates() -> pw.SelectQuery:
    """The ids of the complaints with a first reply due or a time promised (each from a
    small index of its own): the only ones a date other than the final one applies to."""
    return (
        Complaint.select(Complaint.id)
        .where(Complaint.first_due.is_null(False))
        .union_all(Complaint.select(Complaint.id).where(Complaint.promised_at.is_null(False)))
    )


def _count_by_dates(full: pw.Expression, final_only: pw.Expression) -> int:
    """How many open complaints meet ``full``, a condition on their dates, read from
    indexes alone. Most complaints have only their final date: ``final_only`` counts them
    all as if none had another, from the open complaints' (due_date) index without
    reading a row; then the few that have a first reply due or a promised time (their
    own small indexes) are counted again both ways and the difference put right."""
    source = (  # SQLite's sampled statistics would walk the status index, row by row
        pw.SQL('"complaint" AS "t1" INDEXED BY complaint_working_due') if is_sqlite() else Complaint
    )

    def count(query: pw.Select) -> int:
        return int(query.scalar() or 0)

    by_final = count(Complaint.select(pw.fn.COUNT(pw.SQL("*"))).from_(source).where(final_only))
    few = Complaint.id.in_(_with_other_dates())
    meets = count(Complaint.select(pw.fn.COUNT(pw.SQL("*"))).where(few & full))
    counted_as = count(Complaint.select(pw.fn.COUNT(pw.SQL("*"))).where(few & final_only))
    return by_final + meets - counted_as


def _where(flt: ListFilter) -> list[pw.Node]:
    conditions: list[pw.Node] = []
    if flt.month:
        conditions.append(Complaint.month == flt.month)
    if flt.status == "open":
        conditions.append(Complaint.status.in_((*WORKING_STATES, "resolved")))
    elif flt.status:
        conditions.append(Complaint.status == flt.status)
    if flt.category:
        if "." in flt.category:
            conditions.append(Complaint.category == flt.category)
        else:
            conditions.append(
                (Complaint.category == flt.category)
                | Complaint.category.startswith(flt.category + ".")
            )
    if flt.handler_id is not None:
        conditions.append(Complaint.handler == flt.handler_id)
    if flt.overdue:
        conditions.append(overdue_condition(flt.today))
    terms = flt.search.split()
    if terms and search_index_ready():
        matching = _matching_ids(flt.search)
        if matching is not None:
            conditions.append(Complaint.id.in_(matching))
            terms = [t for t in terms if search.match_expression(t) is None]
    for term in terms:
        conditions.append(
            functools.reduce(
                operator.or_,
                [
                    like(column, term)
                    for column in (
                        Complaint.register_no,
                        Complaint.customer_name,
                        Complaint.customer_phone,
                        Complaint.summary,
                        Complaint.description,
                    )
                ],
            )
        )
    return conditions


def _matching_ids(terms: str) -> pw.Node | None:
    """A subquery of the ids the search index finds for ``terms`` (None: nothing in them
    to look up, only punctuation)."""
    if not is_sqlite():
        return search_pg.matching_ids(terms)
    expression = search.expression(database.obj, terms)
    if expression is None:
        return None
    table = search.FTS_TABLE
    return pw.SQL(f"(SELECT rowid FROM {table} WHERE {table} MATCH ?)", (expression,))


def _filtered(
    query: pw.ModelSelect[M], flt: ListFilter, extra: pw.Node | None = None
) -> pw.ModelSelect[M]:
    conditions = _where(flt) + ([extra] if extra is not None else [])
    return query.where(*conditions) if conditions else query


def search_index_ready() -> bool:
    """True where the bigram index answers searches (FTS5 on SQLite, a GIN index on the
    branch server); LIKE does only in a register still being upgraded."""
    return search.ready(database.obj)


def _other_filters(flt: ListFilter) -> bool:
    """Whether ``flt`` filters by anything but its search words."""
    return bool(
        flt.month or flt.status or flt.category or flt.handler_id is not None or flt.overdue
    )


def _words_only(flt: ListFilter) -> bool:
    """Whether the search index alone answers ``flt``: search words that are all in its
    reach (not bare punctuation) and no other filter."""
    if _other_filters(flt) or not search_index_ready():
        return False
    return all(search.match_expression(term) is not None for term in flt.search.split())


def _index_only(flt: ListFilter) -> str | None:
    """The full-text expression when the search index alone answers ``flt`` (a search and
    no other filter), so pages and counts come straight from the index."""
    if not flt.search.strip() or not is_sqlite() or not _words_only(flt):
        return None
    return search.expression(database.obj, flt.search)


def count(flt: ListFilter) -> int:
    expression = _index_only(flt)
    if expression is not None:
        sql = f"SELECT count(*) FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ?"
        return int(database.execute_sql(sql, (expression,)).fetchone()[0])
    # COUNT(*) straight on the table: peewee's .count() wraps the query in a subquery,
    # which keeps SQLite from its fast whole-table count.
    return int(_filtered(Complaint.select(pw.fn.COUNT(pw.SQL("*"))), flt).scalar() or 0)


def list_count(flt: ListFilter) -> tuple[int, bool]:
    """How many rows the list has, and whether that is all of them. A search on the
    branch server is counted only up to ``SEARCH_COUNT_CAP``: PostgreSQL reads every
    match to count them (0.3 to 2 s for a common word in a million complaints, at every
    keystroke), while it finds the first thousand in a few milliseconds, and nobody
    reads further down than that before narrowing the search (the rest is counted when
    the list is scrolled to its end). SQLite's index counts them all in 30 ms."""
    if not flt.search.strip() or is_sqlite():
        return count(flt), True
    found = None
    if _words_only(flt):
        found = search_pg.count_matches(database.obj, flt.search, SEARCH_COUNT_CAP + 1)
    if found is None:
        some = _filtered(Complaint.select(pw.SQL("1")), flt).limit(SEARCH_COUNT_CAP + 1)
        found = int(Complaint.select(pw.fn.COUNT(pw.SQL("*"))).from_(some.alias("s")).scalar())
    return (found, True) if found <= SEARCH_COUNT_CAP else (SEARCH_COUNT_CAP, False)


def order_columns(flt: ListFilter) -> list[pw.Field]:
    """The columns a list is ordered by, ending with the id so the order is total.

    Searching in register order uses the order the complaints were entered (the id),
    which is the register order for everything recorded in the app and lets the index
    hand over the newest matches first without sorting them all.
    """
    if flt.sort == "register_no" and flt.search.strip() and search_index_ready():
        return [Complaint.id]
    return [*SORTABLE.get(flt.sort, SORTABLE["register_no"]), Complaint.id]


def keyset_ok(flt: ListFilter) -> bool:
    """Whether ``page(after=...)`` works for this order (no column may be NULL)."""
    return flt.sort != "handler"


@dataclass(frozen=True)
class Row:
    """One line of the register list, with only what the list shows."""

    id: int
    register_no: str
    received_at: dt.datetime
    channel: str
    customer_name: str
    category: str
    summary: str
    handler: str
    status: str
    due_date: dt.date
    overdue: bool
    key: tuple[Any, ...] = ()  # values of the order columns, for keyset paging
    handler_id: int | None = None  # whose complaint it is: who may read its customer in full
    vulnerable: bool = False  # a customer needing extra care (Vietnam's Article 8 list...)
    about_staff: bool = False  # the complaint is about a member of staff
    first_due: dt.date | None = None  # the first reply's date, while none has been given
    promised: dt.date | None = None  # the day promised to the customer, while open

    def next_date(self) -> tuple[str, dt.date]:
        """The earliest date it must meet, and which: "first_reply", "promised", "final"."""
        dates = [("final", self.due_date)]
        if self.first_due is not None:
            dates.append(("first_reply", self.first_due))
        if self.promised is not None:
            dates.append(("promised", self.promised))
        which, day = min(dates, key=lambda pair: pair[1])
        return which, day


def _day_before(value: object, day: dt.date) -> bool:
    """A stored date or time (``_day``) that falls before ``day``; an empty one does not."""
    found = _day(value)
    return found is not None and found < day


def _day(value: object) -> dt.date | None:
    """A stored date or time as a date (SQLite may hand back text)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def page(
    flt: ListFilter,
    offset: int,
    limit: int,
    extra: pw.Node | None = None,
    *,
    after: tuple[Any, ...] | None = None,
    reverse: bool = False,
) -> list[Row]:
    """Rows of the list in its order: ``limit`` rows from ``offset``, or (keyset paging,
    which needs no OFFSET scan) the rows just after the row whose key is ``after``.
    ``reverse`` reads from the other end, for the last page and for paging up."""
    columns = order_columns(flt)
    descending = flt.descending != reverse
    order = [c.desc() if descending else c.asc() for c in columns]
    expression = _index_only(flt) if extra is None and columns == [Complaint.id] else None
    if expression is not None:
        # Newest matches first, straight from the index: FTS5 stops after ``limit``.
        where, params = f"{search.FTS_TABLE} MATCH ?", [expression]
        if after is not None:
            where += " AND rowid < ?" if descending else " AND rowid > ?"
            params.append(after[0])
        direction = "DESC" if descending else "ASC"
        extra = Complaint.id.in_(
            pw.SQL(
                f"(SELECT rowid FROM {search.FTS_TABLE} WHERE {where} "
                f"ORDER BY rowid {direction} LIMIT ? OFFSET ?)",
                (*params, limit, offset),
            )
        )
        flt = dataclasses.replace(flt, search="")
        offset, after = 0, None
    if after is not None:
        bound = pw.Tuple(*columns)
        values = pw.Tuple(
            *(pw.Value(v, converter=c.db_value) for c, v in zip(columns, after, strict=True))
        )
        keyset = bound < values if descending else bound > values
        extra = keyset if extra is None else (extra & keyset)
    query = (
        _filtered(
            Complaint.select(
                Complaint.id,
                Complaint.month,
                Complaint.seq,
                Complaint.handler,
                Complaint.register_no,
                Complaint.received_at,
                Complaint.channel,
                Complaint.customer_name,
                Complaint.category,
                Complaint.summary,
                Complaint.status,
                Complaint.due_date,
                Complaint.first_due,
                Complaint.promised_at,
                Complaint.vulnerable,
                Complaint.subject_staff,
                Complaint.subject_text,
                Staff.name.alias("handler_name"),
            ).join(Staff, pw.JOIN.LEFT_OUTER, on=(Complaint.handler == Staff.id)),
            flt,
            extra,
        )
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [
        Row(
            id=r["id"],
            register_no=r["register_no"],
            received_at=r["received_at"],
            channel=r["channel"],
            customer_name=r["customer_name"],
            category=r["category"],
            summary=r["summary"],
            handler=r["handler_name"] or "",
            handler_id=r["handler"],
            status=r["status"],
            due_date=r["due_date"],
            overdue=r["status"] not in DONE_STATES
            and (
                r["due_date"] < flt.today
                or (
                    r["status"] == "received"
                    and r["first_due"] is not None
                    and r["first_due"] < flt.today
                )
                or _day_before(r["promised_at"], flt.today)
            ),
            key=tuple(r[c.name] for c in columns),
            vulnerable=bool(r["vulnerable"]),
            about_staff=r["subject_staff"] is not None or bool(r["subject_text"]),
            first_due=r["first_due"] if r["status"] == "received" else None,
            promised=_day(r["promised_at"]) if r["status"] not in DONE_STATES else None,
        )
        for r in dicts_of(query)
    ]


def month_counts(flt: ListFilter) -> list[tuple[str, int]] | None:
    """How many rows of the list each month holds, in the list's order; None when the
    list is not in register order (so not grouped by month). One pass over the
    (month, status) index: tens of milliseconds on a million complaints."""
    if order_columns(flt)[0] is not Complaint.month:
        return None
    query = _filtered(Complaint.select(Complaint.month, pw.fn.COUNT(pw.SQL("*"))), flt)
    month = Complaint.month.desc() if flt.descending else Complaint.month.asc()
    return [(m, n) for m, n in tuples_of(query.group_by(Complaint.month).order_by(month))]


def page_at(flt: ListFilter, start: int, limit: int, months: list[tuple[str, int]]) -> list[Row]:
    """``page(flt, start, limit)`` for a row far from both ends of a list in register
    order: ``months`` (``month_counts``) tells which month row ``start`` falls in, so
    only that month's earlier rows are skipped, not every row before it (a drag of the
    scroll bar to the middle of a million complaints read half a million rows)."""
    before = 0
    for month, rows in months:
        if before + rows > start:
            bound = Complaint.month <= month if flt.descending else Complaint.month >= month
            return page(flt, start - before, limit, bound)
        before += rows
    return page(flt, start, limit)


@dataclass(frozen=True)
class HomeFigures:
    overdue: list[Row]  # the first ``limit`` of each list; the counts are of all of them
    due_today: list[Row]
    due_this_week: list[Row]
    received_this_month: int
    open_total: int
    overdue_count: int = 0
    due_today_count: int = 0
    due_this_week_count: int = 0


def received_in(month: str) -> int:
    """Complaints received in ``month`` as the register counts them: a void entry keeps
    its number and its line but is not a complaint received (models.register.statistics)."""
    return int(
        Complaint.select(pw.fn.COUNT(pw.SQL("*")))
        .where((Complaint.month == month) & (Complaint.status != "void"))
        .scalar()
        or 0
    )


def home_figures(today: dt.date | None = None, limit: int = 50) -> HomeFigures:
    """What needs attention: overdue, due today, due in the next seven days. Each list
    shows its first ``limit`` complaints; its figure counts all of them."""
    today = today or dt.date.today()
    by_due = ListFilter(today=today, sort="due_date", descending=False)
    week_end = today + dt.timedelta(days=7)

    # Every date that applies counts: a UK complaint's first reply (3 business days) as
    # well as its final date (8 weeks), the final date alone under the other policies,
    # and whatever completion time the counter promised the customer. A complaint counts
    # once, under the earliest of its dates. Each figure is given twice: as it is, and
    # for the final date alone (what most complaints have), which the indexes answer.
    def this_week(final_only: bool) -> pw.Expression:
        if final_only:  # after today, to the week's end: a range of the index
            after_today = Complaint.due_date > today
            return working() & after_today & (Complaint.due_date <= week_end)
        condition: pw.Expression = due_by_condition(today, week_end) & ~_dates_on_or_before(
            today, inclusive=True
        )
        return condition

    figures = {
        "overdue": (overdue_condition(today), overdue_condition(today, final_only=True)),
        "due_today": (
            due_by_condition(today, today),
            due_by_condition(today, today, final_only=True),
        ),
        "due_this_week": (this_week(False), this_week(True)),
    }
    lists = {name: _listed(by_due, limit, *conditions) for name, conditions in figures.items()}
    counts = {name: _count_by_dates(*conditions) for name, conditions in figures.items()}
    open_total = Complaint.select(pw.fn.COUNT(pw.SQL("*"))).where(working()).scalar()
    return HomeFigures(
        overdue=lists["overdue"],
        due_today=lists["due_today"],
        due_this_week=lists["due_this_week"],
        received_this_month=received_in(today.strftime("%Y%m")),
        open_total=int(open_total or 0),
        overdue_count=counts["overdue"],
        due_today_count=counts["due_today"],
        due_this_week_count=counts["due_this_week"],
    )


def _listed(
    by_due: ListFilter, limit: int, full: pw.Expression, final_only: pw.Expression
) -> list[Row]:
    """The first ``limit`` complaints meeting ``full``, by due date: those their final
    date alone puts there (a range of the index) and the few with another date, merged."""
    plain = page(by_due, 0, limit, full & final_only)
    few = page(by_due, 0, limit, full & Complaint.id.in_(_with_other_dates()))
    merged = {row.id: row for row in (*plain, *few)}
    return sorted(merged.values(), key=lambda r: (r.due_date, r.id))[:limit]


def registered_since() -> str | None:
    """The first month (YYYYMM) the register holds anything: the month the branch was
    set up, or its oldest complaint's if older (an import, a demo); None if unknown."""
    oldest = Complaint.select(pw.fn.MIN(Complaint.month)).scalar()
    set_up = get_branch().set_up_on
    months = [m for m in (oldest, set_up.strftime("%Y%m") if set_up else None) if m]
    return min(months) if months else None
