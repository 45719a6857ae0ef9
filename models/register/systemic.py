"""The systemic check: is a new complaint one of several about the same problem?

When a complaint is saved, the complaints of the 30 days before it in the same
category, or with the same words (found through the search index), are shown as
"possibly the same problem". A complaint whose scope is "line" or "plane", or a third
alike within 7 days, asks the manager to open a root-cause task linking them; the task
is put on every linked complaint's timeline and printed in the month's register.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, InvalidTransition, NotFound
from models.core.text import check_length, clean
from models.register.queries import WORKING_SQL
from models.register.statistics import month_bounds
from models.register.timeline import log
from models.search import index as search
from models.search import postgres as search_pg
from models.search import tokens as search_tokens
from models.storage.audit import as_actor
from models.storage.db import atomic, database, is_sqlite
from models.storage.schema import Complaint, RootCauseLink, RootCauseTask

WINDOW_DAYS = 30
BURST_DAYS = 7
BURST_COUNT = 3  # complaints alike within BURST_DAYS, the new one included
WIDE_SCOPES = ("line", "plane")
MAX_WORDS = 5  # tokens of the summary looked up; two of them must match
LISTED = 20


@dataclass(frozen=True)
class Alike:
    id: int
    register_no: str
    received_at: dt.datetime
    summary: str
    status: str
    category: str


@dataclass(frozen=True)
class Similar:
    """The complaints that may be the same problem as one complaint."""

    complaints: list[Alike]  # the newest ``LISTED`` of them
    count: int  # all of them
    in_burst: int  # of them, received in the BURST_DAYS before the complaint
    asks_root_cause: bool  # scope line/plane, or BURST_COUNT alike in BURST_DAYS
    reason: str  # "line", "plane" or "burst" ("" when it does not ask)
    tasks: list[RootCauseTask] = field(default_factory=list)  # tasks already linking it


def _top(category: str) -> str:
    return category.split(".", 1)[0]


def summary_tokens(text: str, fold: Callable[[str], str] = search_tokens.fold) -> list[str]:
    """The words of a summary the index would hold (as ``fold`` stores them), longest
    (most telling) first: a Chinese run gives its bigrams, other words of 3 letters or
    more themselves."""
    tokens: list[str] = []
    for kind, run in search_tokens._runs(text):
        if kind == "cjk":
            tokens.extend(search_tokens._cjk_tokens(run))
        elif len(run) >= 3 and not run.isdigit():
            tokens.append(run)
    seen: dict[str, None] = {}
    for token in sorted((fold(t) for t in tokens), key=len, reverse=True):
        seen.setdefault(token, None)
    return list(seen)[:MAX_WORDS]


def _words_sql(summary: str, low: int, high: int) -> tuple[str, list[object]] | None:
    """``id IN (...)``: the complaints whose indexed text holds two of the summary's
    words, ids within ``low``..``high`` so the index reads only the window's part of
    each word's list. SQLite's FTS5 index, or the branch server's GIN index."""
    if not search.ready(database.obj):
        return None
    if is_sqlite():
        tokens = summary_tokens(summary)
        if len(tokens) < 2:
            return None
        quoted = ['"' + token.replace('"', "") + '"' for token in tokens]
        pairs = [f"({a} AND {b})" for a, b in itertools.combinations(quoted, 2)]
        table = search.FTS_TABLE
        return (
            f"id IN (SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ?)",
            ["body : (" + " OR ".join(pairs) + ")", low, high],
        )
    tokens = summary_tokens(summary, search_pg.fold)
    if len(tokens) < 2:
        return None
    quoted = ["'" + token.replace("'", "''").replace("\\", "\\\\") + "'" for token in tokens]
    pairs = [f"({a} & {b})" for a, b in itertools.combinations(quoted, 2)]
    table = search_pg.TABLE
    return (
        f"id IN (SELECT id FROM {table} WHERE doc @@ %s::tsquery AND id BETWEEN %s AND %s)",
        [" | ".join(pairs), low, high],
    )


def _moment(value: object) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def similar(complaint_id: int) -> Similar:
    """Complaints of the 30 days up to ``complaint_id``'s receipt that may be the same
    problem.
    Plain statements (no query builder), each a range of the (received_at, category,
    status) index, which holds all they test: it runs at every opening of a complaint,
    on registers of a million complaints, where reading the rows the words find (up to
    2,000 in a month for common words) took 50 ms from disk."""
    p = database.param
    own = database.execute_sql(
        f"SELECT received_at, category, scope, summary FROM complaint WHERE id = {p}",
        (complaint_id,),
    ).fetchone()
    if own is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "No complaint #{id}."), id=complaint_id)
    received, category, scope, summary = _moment(own[0]), own[1], own[2], own[3]
    start, end = received - dt.timedelta(days=WINDOW_DAYS), received
    window = f"received_at >= {p} AND received_at <= {p} AND id <> {p} AND status <> 'void'"
    params: list[object] = [start, end, complaint_id]
    # SQLite would read the rows by id for the words' matches, or walk the received_at
    # index and read every row for the newest; the index below answers from itself.
    source, _wide = _sources()
    alike: list[str] = []
    alike_params: list[object] = []
    if category:
        top = _top(category)
        # "top" or "top.child": compared as strings ('/' follows '.'), cheaper than LIKE.
        alike.append(f"(category = {p} OR (category > {p} AND category < {p}))")
        alike_params += [top, top + ".", top + "/"]
    burst = [received - dt.timedelta(days=BURST_DAYS), received]
    in_burst_sql = f"received_at >= {p} AND received_at <= {p}"
    same = " OR ".join(alike) if alike else "0 = 1"
    # One pass over the window in the index: complaints of the category, those within
    # the burst days, and the window's id range.
    count, in_burst, low, high = database.execute_sql(
        f"SELECT COALESCE(SUM(CASE WHEN {same} THEN 1 ELSE 0 END), 0), "
        f"COALESCE(SUM(CASE WHEN ({same}) AND {in_burst_sql} THEN 1 ELSE 0 END), 0), "
        f"MIN(id), MAX(id) FROM {source} WHERE {window}",
        [*alike_params, *alike_params, *burst, *params],
    ).fetchone()
    words = _words_sql(summary, low, high) if low is not None else None
    newest: list[tuple[object, int]] = []  # (received_at, id) of the words' newest finds
    if words is not None:
        # Those the words find that the category did not: the window's index entries
        # again (in memory now), each id looked up in the words' matches; counted, and
        # the newest of them kept for the list, so the words are searched only once.
        rows = database.execute_sql(
            "SELECT received_at, id, COUNT(*) OVER (), "
            f"SUM(CASE WHEN {in_burst_sql} THEN 1 ELSE 0 END) OVER () "
            f"FROM {source} WHERE {window} AND NOT ({same}) AND {words[0]} "
            f"ORDER BY received_at DESC, id DESC LIMIT {LISTED}",
            [*burst, *params, *alike_params, *words[1]],
        ).fetchall()
        if rows:
            count, in_burst = count + rows[0][2], in_burst + rows[0][3]
        newest = [(r[0], r[1]) for r in rows]
    found: list[Alike] = []
    if count:
        found = _newest(f"{window} AND ({same})", params + alike_params, source, newest)
    tasks = tasks_of(complaint_id)
    reason = ""
    if scope in WIDE_SCOPES:
        reason = scope
    elif in_burst + 1 >= BURST_COUNT:
        reason = "burst"
    asks = bool(reason) and not any(t.status == "open" for t in tasks)
    return Similar(found, int(count), int(in_burst), asks, reason, tasks)


def _newest(
    where: str, params: list[object], source: str, others: list[tuple[object, int]]
) -> list[Alike]:
    """The ``LISTED`` newest of the complaints ``where`` selects and of ``others``
    ((received_at, id) pairs, newest first), by receipt then id, as the list shows them."""
    columns = "id, register_no, received_at, summary, status, category"
    rows = database.execute_sql(
        f"SELECT {columns} FROM {source} WHERE {where} "
        f"ORDER BY received_at DESC, id DESC LIMIT {LISTED}",
        params,
    ).fetchall()
    keys = sorted([(r[2], r[0]) for r in rows] + others, reverse=True)[:LISTED]
    wanted = {key[1] for key in keys} - {r[0] for r in rows}
    if wanted:
        p = database.param
        rows += database.execute_sql(
            f"SELECT {columns} FROM complaint WHERE id IN ({', '.join([p] * len(wanted))})",
            sorted(wanted),
        ).fetchall()
    by_id = {r[0]: r for r in rows}
    return [
        Alike(r[0], r[1], _moment(r[2]), r[3], r[4], r[5]) for r in (by_id[key[1]] for key in keys)
    ]


def tasks_of(complaint_id: int) -> list[RootCauseTask]:
    if not RootCauseLink.select().where(RootCauseLink.complaint == complaint_id).exists():
        return []  # the usual case, answered from the link index alone
    return list(
        RootCauseTask.select()
        .join(RootCauseLink)
        .where(RootCauseLink.complaint == complaint_id)
        .order_by(RootCauseTask.id)
    )


def linked(task_id: int) -> list[Complaint]:
    return list(
        Complaint.select(Complaint.id, Complaint.register_no)
        .join(RootCauseLink)
        .where(RootCauseLink.task == task_id)
        .order_by(Complaint.month, Complaint.seq)
    )


@as_actor
def open_task(actor: Actor, complaint_id: int, note: str = "") -> RootCauseTask:
    """A manager opens a root-cause task linking the complaint and those alike."""
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may open a root-cause task."))
    note = check_length("note", clean(note).strip())
    found = similar(complaint_id)
    if any(t.status == "open" for t in found.tasks):
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("domain", "A root-cause task is already open for this complaint.")
        )
    complaint = Complaint.get_by_id(complaint_id)
    with atomic():
        task = RootCauseTask.create(
            opened_by=actor.staff_id,
            opened_by_name=actor.name,
            category=_top(complaint.category),
            reason=found.reason or "manager",
            note=note,
        )
        members = [complaint] + [Complaint.get_by_id(a.id) for a in found.complaints]
        for member in members:
            RootCauseLink.create(task=task, complaint=member)
            log(
                member,
                actor,
                "root_cause",
                new=str(task.id),
                text=f"{len(members)} complaints: "
                + ", ".join(m.register_no for m in members[:10])
                + (" ..." if len(members) > 10 else ""),
            )
    return task


def opened_in(month: str) -> list[tuple[RootCauseTask, list[str]]]:
    """Root-cause tasks opened in ``month`` (YYYYMM) and the register numbers they link."""
    start, end = month_bounds(month)
    tasks = (
        RootCauseTask.select()
        .where((RootCauseTask.opened_at >= start) & (RootCauseTask.opened_at < end))
        .order_by(RootCauseTask.id)
    )
    return [(task, [c.register_no for c in linked(task.id)]) for task in tasks]


@dataclass(frozen=True)
class RootCauseAsk:
    """A complaint that asks the manager for a root-cause task no one has opened yet."""

    complaint_id: int
    register_no: str
    summary: str
    reason: str  # "line", "plane" or "burst"
    alike: int  # complaints of its category in the burst days, itself included


def _sources() -> tuple[str, str]:
    """The complaints as read by (received_at, category, status), and those of wide scope:
    each index named on SQLite, whose sampled statistics would otherwise walk the status
    index and read every open row."""
    if not is_sqlite():
        return "complaint", "complaint"
    return (
        "complaint INDEXED BY complaint_received_category_status",
        "complaint INDEXED BY complaint_wide_scope",
    )


def waiting_root_cause(today: dt.date | None = None, limit: int = 20) -> list[RootCauseAsk]:
    """What waits on a manager's Home: open complaints of the last 30 days linked to no
    task whose scope is "line" or "plane", and, for each category with BURST_COUNT or
    more such complaints within BURST_DAYS, its newest one. Categories only (no word
    matching): Home is drawn often; the complaint's own panel counts the words too.

    Read from indexes: the month's open complaints from the (received_at, category,
    status) index alone (a busy branch has thousands), the wide ones from a small index
    of their own; only the complaints asked about are read whole."""
    today = today or dt.date.today()
    since = dt.datetime.combine(today - dt.timedelta(days=WINDOW_DAYS), dt.time())
    p = database.param
    source, wide_source = _sources()
    unlinked = (
        f"received_at >= {p} AND {WORKING_SQL} "
        "AND id NOT IN (SELECT complaint_id FROM root_cause_link)"
    )
    wide = ", ".join(f"'{scope}'" for scope in WIDE_SCOPES)
    asks: dict[int, tuple[dt.datetime, str, int]] = {}  # id -> (received, reason, alike)
    for cid, received, scope in database.execute_sql(
        f"SELECT id, received_at, scope FROM {wide_source} WHERE scope IN ({wide}) AND {unlinked}",
        (since,),
    ).fetchall():
        asks[int(cid)] = (_moment(received), str(scope), 1)
    by_top: dict[str, list[tuple[dt.datetime, int]]] = {}
    for cid, received, category in database.execute_sql(
        f"SELECT id, received_at, category FROM {source} WHERE {unlinked} "
        "ORDER BY received_at DESC",
        (since,),
    ).fetchall():
        by_top.setdefault(_top(category or ""), []).append((_moment(received), int(cid)))
    for top, group in by_top.items():
        if not top:
            continue
        # Newest first: the first complaint with BURST_COUNT alike in the days before it.
        end = 0
        for start, (received, cid) in enumerate(group):
            end = max(end, start)
            while end + 1 < len(group) and group[end + 1][0] >= received - dt.timedelta(
                days=BURST_DAYS
            ):
                end += 1
            alike = end - start + 1
            if alike >= BURST_COUNT:
                asks.setdefault(cid, (received, "burst", alike))
                break
    chosen = sorted(asks.items(), key=lambda item: item[1][0], reverse=True)[:limit]
    if not chosen:
        return []
    marks = ", ".join(p for _ in chosen)
    told = {
        int(cid): (str(number), str(summary))
        for cid, number, summary in database.execute_sql(
            f"SELECT id, register_no, summary FROM complaint WHERE id IN ({marks})",
            [cid for cid, _ in chosen],
        ).fetchall()
    }
    return [
        RootCauseAsk(cid, *told[cid], reason, alike) for cid, (_received, reason, alike) in chosen
    ]
