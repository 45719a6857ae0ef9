"""Reading the register: filtered, sorted, paged lists and the home view's figures.

Lists are read a page at a time so a branch with years of complaints never loads
the whole register into memory.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee as pw

from models.db import is_sqlite
from models.schema import Complaint, Staff

DONE_STATES = ("resolved", "closed", "void")
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


def like(column: pw.Field, term: str) -> pw.Node:
    """Substring match with wildcards escaped; case-insensitive for Latin text."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    op = "LIKE" if is_sqlite() else "ILIKE"
    return pw.NodeList((column, pw.SQL(op), f"%{escaped}%", pw.SQL("ESCAPE '\\'")))


def overdue_condition(today: dt.date) -> pw.Expression:
    return Complaint.status.not_in(DONE_STATES) & (Complaint.due_date < today)


def _where(flt: ListFilter) -> list[pw.Node]:
    conditions: list[pw.Node] = []
    if flt.month:
        conditions.append(Complaint.month == flt.month)
    if flt.status == "open":
        conditions.append(Complaint.status.not_in(("closed", "void")))
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
    for term in flt.search.split():
        conditions.append(
            pw.reduce(
                lambda a, b: a | b,
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


def _filtered(
    query: pw.ModelSelect, flt: ListFilter, extra: pw.Node | None = None
) -> pw.ModelSelect:
    conditions = _where(flt) + ([extra] if extra is not None else [])
    return query.where(*conditions) if conditions else query


def count(flt: ListFilter) -> int:
    return _filtered(Complaint.select(), flt).count()


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


def page(flt: ListFilter, offset: int, limit: int, extra: pw.Node | None = None) -> list[Row]:
    columns = SORTABLE.get(flt.sort, SORTABLE["register_no"])
    order = [c.desc() if flt.descending else c.asc() for c in columns]
    order.append(Complaint.id.desc() if flt.descending else Complaint.id.asc())
    query = (
        _filtered(
            Complaint.select(
                Complaint.id,
                Complaint.register_no,
                Complaint.received_at,
                Complaint.channel,
                Complaint.customer_name,
                Complaint.category,
                Complaint.summary,
                Complaint.status,
                Complaint.due_date,
                Staff.name.alias("handler_name"),
            ).join(Staff, pw.JOIN.LEFT_OUTER, on=(Complaint.handler == Staff.id)),
            flt,
            extra,
        )
        .order_by(*order)
        .offset(offset)
        .limit(limit)
        .dicts()
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
            status=r["status"],
            due_date=r["due_date"],
            overdue=r["status"] not in DONE_STATES and r["due_date"] < flt.today,
        )
        for r in query
    ]


@dataclass(frozen=True)
class HomeFigures:
    overdue: list[Row]
    due_today: list[Row]
    due_this_week: list[Row]
    received_this_month: int
    open_total: int


def home_figures(today: dt.date | None = None, limit: int = 50) -> HomeFigures:
    """What needs attention: overdue, due today, due in the next seven days."""
    today = today or dt.date.today()
    open_ = Complaint.status.not_in(DONE_STATES)
    by_due = ListFilter(today=today, sort="due_date", descending=False)
    week_end = today + dt.timedelta(days=7)
    return HomeFigures(
        overdue=page(by_due, 0, limit, open_ & (Complaint.due_date < today)),
        due_today=page(by_due, 0, limit, open_ & (Complaint.due_date == today)),
        due_this_week=page(
            by_due,
            0,
            limit,
            open_ & (Complaint.due_date > today) & (Complaint.due_date <= week_end),
        ),
        received_this_month=Complaint.select()
        .where(Complaint.month == today.strftime("%Y%m"))
        .count(),
        open_total=Complaint.select().where(open_).count(),
    )
