"""The monthly complaint register as a PDF: the page a branch head signs and hands over.

One block per complaint received in the month, in register order, void entries kept,
each with its whole handling (``reports.register_rows``); then the month's figures with
the rules they are counted by, the deadline policy's own figures, the causes, the
standard's codes where the categories carry them, the complaints still open from
earlier months, a sign-off block, and an integrity line (record count and SHA-256 of
the month's records as stored) that ``verify-register`` checks against the database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.book import opinions
from models.core import categories, vocab
from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.location import remove_quietly, write_failed
from models.core.masking import mask_customer
from models.counter import guided
from models.maintenance import integrity
from models.people.branch import get_branch
from models.register import disclosure, systemic
from models.register.month_end import complaints_as_of, staff_names_as_of
from models.register.records import month_digest
from models.register.statistics import (
    MonthStats,
    cutoff,
    month_bounds,
    month_stats,
    open_from_earlier,
)
from models.storage.schema import Complaint
from models.trust import printed_seal
from reports import charts, register_rows
from reports.pdf_base import (
    FONT,
    INK,
    MUTED,
    RULE,
    numbered_canvas,
    para_text,
    register_fonts,
    styles,
    wrap_list,
)
from reports.register_rows import BOTTOM, CASE, TOP, Block, Columns, Feeder, Layout
from reports.words import words

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADER_H = 16 * mm
BAND_ROW_H = 5.6 * mm
COLUMN_BAND_H = 2 * BAND_ROW_H
FOOTER_H = 12 * mm
KEYWORD_PREFIX = "complaintbook-register"
HEAD_FILL = colors.HexColor("#e9eef4")


class RegisterCancelled(Exception):
    """The person making the register cancelled it; no file is left behind."""


@dataclass
class RegisterResult:
    path: Path
    pages: int
    records: int
    digest: str


def default_file_name(month: str, branch_code: str | None = None) -> str:
    code = branch_code or get_branch().code
    return f"complaint-register-{code}-{month[:4]}-{month[4:]}.pdf"


def keywords(branch_code: str, month: str, count: int, digest: str) -> str:
    return f"{KEYWORD_PREFIX};branch={branch_code};month={month};count={count};sha256={digest}"


# Tables that only place things side by side; the font matters because reportlab
# sets each cell's font even when the cell holds other flowables.
LAYOUT = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 8)]


def build_register(
    path: Path,
    month: str,
    *,
    lang: str = "en",
    prepared_by: str = "",
    invariant: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor: Actor | None = None,
) -> RegisterResult:
    """Write the register of ``month`` (YYYYMM) to ``path``; a cancelled run leaves no file.

    Printing the register to sign is a manager's task: a clerk ``actor`` is refused.
    """
    if actor is not None:
        actor.require_manager(
            QT_TRANSLATE_NOOP("domain", "Only a manager may print and sign the register.")
        )
        if progress is not None:
            progress("check", 0, 1)
        integrity.require_intact()  # a seal must never vouch for a change behind the app
    register_fonts()
    w = words(lang)
    st = styles()
    branch = get_branch()
    tree = categories.for_branch(branch.category_preset, branch.country)
    month_text = f"{month[:4]}-{month[4:]}"
    generated = dt.datetime(2000, 1, 1) if invariant else dt.datetime.now().replace(microsecond=0)
    count, digest = month_digest(month)
    seal = printed_seal.make(actor, branch.code, month, count, digest)
    usable = PAGE[0] - 2 * MARGIN
    columns = Columns.for_width(usable)
    _start, end = month_bounds(month)
    staff = staff_names_as_of(end)
    layout = Layout(
        columns,
        w,
        lang,
        tree,
        staff,
        register_rows.timeline_facts(month, end),
        cutoff(end).date(),
    )

    def check(stage: str, done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise RegisterCancelled()
        if progress is not None:
            progress(stage, done, total)

    def blocks() -> Iterator[Block]:
        query = (
            Complaint.select(*register_rows.ROW_FIELDS)
            .where(Complaint.month == month)
            .order_by(Complaint.seq, Complaint.id)
        )
        for n, complaint in enumerate(complaints_as_of(query, end), 1):
            yield layout.block(complaint)
            if n % 500 == 0:
                check("rows", n, count)

    story: list[Any] = [NextPageTemplate("register")]
    if count:
        story.append(Feeder(blocks(), columns, w["continued"]))
    else:
        story.append(Spacer(1, 8 * mm))
        story.append(Paragraph(para_text(w["empty_month"].format(month=month_text)), st["h1"]))
    story += [NextPageTemplate("plain"), PageBreak()]
    story += _statistics(month, month_text, lang, w, st, tree, end)
    story += _open_earlier(month, w, st)
    story += _root_cause_tasks(month, lang, w, st)
    story += _signoff(w, st, prepared_by, branch.head_name)
    story += seal_block(w, st, seal)

    events, head = seal.events, seal.head
    footer = w["integrity"].format(count=count, digest=digest, events=events, head=head[:16])
    footer_left = w["generated"].format(
        at=generated.strftime("%Y-%m-%d %H:%M"), who=prepared_by or "—"
    )
    case_title = w[CASE[0]]
    titles = dict(w)
    if tree.standard is not None:
        titles["col_category"] = w["col_category_std"].format(standard=tree.standard.code)
    top_titles = [
        (titles[key], x, width) for (key, _), (x, width) in zip(TOP, columns.top, strict=True)
    ]
    bottom_titles = [
        (w[key], x, width) for (key, _), (x, width) in zip(BOTTOM, columns.bottom, strict=True)
    ]

    def page_frame(canvas: Any, doc: Any, with_columns: bool) -> None:
        canvas.saveState()
        top = PAGE[1] - MARGIN
        canvas.setFillColor(INK)
        canvas.setFont(FONT, 13)
        canvas.drawString(MARGIN, top - 5 * mm, w["register_title"])
        canvas.setFont(FONT, 9)
        canvas.drawString(
            MARGIN,
            top - 10.5 * mm,
            f"{branch.name} · {branch.code} · {w['month_label'].format(month=month_text)}",
        )
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, top - HEADER_H + 2 * mm, PAGE[0] - MARGIN, top - HEADER_H + 2 * mm)
        if with_columns:
            band_top = top - HEADER_H
            canvas.setFillColor(HEAD_FILL)
            canvas.rect(MARGIN, band_top - COLUMN_BAND_H, usable, COLUMN_BAND_H, stroke=0, fill=1)
            canvas.setStrokeColor(colors.white)
            canvas.setLineWidth(0.8)
            canvas.line(
                MARGIN + columns.case,
                band_top - BAND_ROW_H,
                PAGE[0] - MARGIN,
                band_top - BAND_ROW_H,
            )
            canvas.setFillColor(INK)
            pad = register_rows.CELL_PAD
            _title(
                canvas,
                case_title,
                MARGIN + pad,
                band_top - COLUMN_BAND_H,
                columns.case - 2 * pad,
                COLUMN_BAND_H,
            )
            for title, x, width in top_titles:
                _title(
                    canvas,
                    title,
                    MARGIN + x + pad,
                    band_top - BAND_ROW_H,
                    width - 2 * pad,
                    BAND_ROW_H,
                )
            for title, x, width in bottom_titles:
                _title(
                    canvas,
                    title,
                    MARGIN + x + pad,
                    band_top - COLUMN_BAND_H,
                    width - 2 * pad,
                    BAND_ROW_H,
                )
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, footer_left)
        canvas.drawString(MARGIN, MARGIN - 5.5 * mm, footer)
        canvas.restoreState()
        check("pages", doc.page, 0)

    body_h = PAGE[1] - 2 * MARGIN - HEADER_H - FOOTER_H + 4 * mm
    register_frame = Frame(
        MARGIN,
        MARGIN + FOOTER_H - 4 * mm,
        usable,
        body_h - COLUMN_BAND_H,
        id="register",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    plain_frame = Frame(
        MARGIN,
        MARGIN + FOOTER_H - 4 * mm,
        usable,
        body_h,
        id="plain",
        leftPadding=0,
        rightPadding=0,
        topPadding=2 * mm,
        bottomPadding=0,
    )
    tmp = path.with_name(path.name + ".part")
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{w['register_title']} {branch.code} {month_text}",
        author="Complaint Book",
        subject=footer,
        keywords=";".join(
            [
                keywords(branch.code, month, count, digest) + f";chain={events}:{head}",
                *(f"{k}={v}" for k, v in seal.fields().items()),
            ]
        ),
        invariant=int(invariant),
        creator="Complaint Book",
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="register", frames=[register_frame], onPage=lambda c, d: page_frame(c, d, True)
            ),
            PageTemplate(
                id="plain", frames=[plain_frame], onPage=lambda c, d: page_frame(c, d, False)
            ),
        ]
    )
    try:
        canvas_class = numbered_canvas(w["page_x_of_y"])
        doc.build(story, canvasmaker=canvas_class)
        tmp.replace(path)
    except OSError as exc:  # a full disk, a read-only folder: said plainly, nothing left
        remove_quietly(tmp)
        raise write_failed(path, exc) from exc
    except BaseException:
        remove_quietly(tmp)
        raise
    if actor is not None:
        disclosure.record(
            actor,
            "register",
            month=month,
            records=count,
            pages=doc.page,
            lang=lang,
            file=path.name,
        )
    return RegisterResult(path=path, pages=doc.page, records=count, digest=digest)


def _title(canvas: Any, title: str, x: float, bottom: float, width: float, height: float) -> None:
    """A column title that fits its place: smaller type, then more lines; never cut."""
    for size in (6.5, 6, 5.5, 5, 4.5, 4):
        lines = wrap_list(title, width, size)
        leading = size * 1.12
        if len(lines) * leading <= height - 1.5:
            break
    canvas.setFont(FONT, size)
    first = bottom + (height + len(lines) * leading) / 2 - size * 0.9
    for i, line in enumerate(lines):
        canvas.drawString(x, first - i * leading, line)


TABLE_HEAD = [
    ("FONT", (0, 0), (-1, -1), FONT, 8),
    ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _table(data: list[list[Any]], widths: list[float], right_from: int) -> Table:
    """A small figures table: a header row, numbers right-aligned from ``right_from`` on."""
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([*TABLE_HEAD, ("ALIGN", (right_from, 0), (-1, -1), "RIGHT")]))
    return table


def _cell(text: str, st: dict[str, Any]) -> Paragraph:
    return Paragraph(para_text(text), st["cell"])


def _kv_table(
    title: str, rows: list[tuple[str, int]], total: int, w: dict[str, str], st: dict[str, Any]
) -> Table:
    data: list[list[Any]] = [[title, w["count"], w["share"]]]
    for name, count in rows:
        data.append([_cell(name, st), str(count), _share(count, total)])
    return _table(data, [60 * mm, 16 * mm, 16 * mm], 1)


def _share(count: int, total: int | None) -> str:
    return f"{100 * count / total:.0f}%" if total else "—"


def _pct(value: float | None) -> str:
    return f"{value:.0%}" if value is not None else "—"


def _days(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "—"


def _money(amounts: dict[str, Decimal] | tuple[tuple[str, Decimal], ...], none: str) -> str:
    items = sorted(dict(amounts).items())
    return ", ".join(f"{amount:,.2f} {currency}" for currency, amount in items) or none


def _line(text: str, st: dict[str, Any], style: str = "body") -> Paragraph:
    return Paragraph(para_text(text), st[style])


def _statistics(
    month: str,
    month_text: str,
    lang: str,
    w: dict[str, str],
    st: dict[str, Any],
    tree: categories.CategoryTree,
    end: dt.datetime,
) -> list[Any]:
    s: MonthStats = month_stats(month)
    at = cutoff(end)
    out: list[Any] = [
        Paragraph(para_text(w["stats_title"].format(month=month_text)), st["h1"]),
        _line(
            w["totals"].format(
                received=s.received,
                resolved=s.resolved,
                closed=s.closed,
                open=s.still_open,
                void=s.voided,
            ),
            st,
        ),
        _line(
            w["rules"].format(at=at.strftime("%Y-%m-%d %H:%M"), not_due=s.timeliness.not_due),
            st,
            "small",
        ),
        Spacer(1, 3 * mm),
    ]
    cat_rows = [(tree.label(code, lang), n) for code, n in s.by_category]
    pareto = charts.pareto(
        [name for name, _ in cat_rows], [n for _, n in cat_rows], 150 * mm, 70 * mm
    )
    left = [_kv_table(w["by_category"], cat_rows, s.received, w, st)]
    out.append(
        Table(
            [[left, [_line(w["pareto"], st, "small"), pareto]]],
            colWidths=[100 * mm, 160 * mm],
            style=LAYOUT,
        )
    )
    out.append(Spacer(1, 3 * mm))
    groups = [
        _kv_table(
            w["by_channel"],
            [(vocab.name("channel", k, lang), n) for k, n in s.by_channel.items() if n],
            s.received,
            w,
            st,
        ),
        _kv_table(
            w["by_scope"],
            [(vocab.name("scope", k, lang), n) for k, n in s.by_scope.items()],
            s.received,
            w,
            st,
        ),
        _kv_table(
            w["by_severity"],
            [(vocab.name("severity", k, lang), n) for k, n in s.by_severity.items()],
            s.received,
            w,
            st,
        ),
    ]
    out.append(Table([groups], colWidths=[95 * mm, 92 * mm, 92 * mm], style=LAYOUT))
    t = s.timeliness
    performance = [
        _line(w["performance"], st, "h2"),
        _line(
            w["on_time_rate"].format(
                rate=_pct(t.rate),
                on_time=t.on_time,
                counted=t.counted,
                late=t.late,
                late_open=t.late_open,
            ),
            st,
        ),
        _line(w["days_to_resolve"].format(median=_days(s.median_days), p90=_days(s.p90_days)), st),
        _line(
            w["upheld_rate"].format(rate=_pct(s.upheld_rate), upheld=s.upheld, resolved=s.resolved),
            st,
        ),
        _line(
            w["compensation"].format(amount=_money(s.compensation, w["none"]), count=s.compensated),
            st,
        ),
    ]
    if s.regime is not None:
        policy = vocab.name("deadline_preset", s.regime.preset, lang)
        performance.append(_line(w["regime_title"].format(policy=policy), st, "h2"))
        for figure in s.regime.figures:
            performance.append(
                _line(
                    w[figure.key].format(
                        share=_pct(figure.share),
                        count=figure.count,
                        total=figure.total,
                        amount=_money(figure.money, w["none"]),
                        days=figure.days,
                    ),
                    st,
                )
            )
    repeats = [_line(w["repeat"], st, "h2")]
    if s.repeat_complainants:
        for name, phone, n in s.repeat_complainants[:15]:
            repeats.append(
                _line(f"{mask_customer(name, phone) or '—'}: {w['complaints_n'].format(n=n)}", st)
            )
    else:
        repeats.append(_line(w["none"], st))
    trend = charts.trend(
        [f"{m[2:4]}-{m[4:]}" for m, _ in s.trend], [n for _, n in s.trend], 120 * mm, 55 * mm
    )
    out.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                Table(
                    [[performance + repeats, [_line(w["trend"], st, "h2"), trend]]],
                    colWidths=[140 * mm, 130 * mm],
                    style=LAYOUT,
                ),
            ]
        )
    )
    out += _causes(s, lang, w, st, tree)
    out += _standard(month, lang, w, st, tree)
    runs = guided.stats(month)
    book = opinions.month_figures(month)
    counter = [
        _line(w["counter"], st, "h2"),
        _line(
            w["counter_runs"].format(
                runs=runs.runs,
                person=runs.rungs[0],
                place=runs.rungs[1],
                time=runs.rungs[2],
                safety=runs.safety_exits,
            ),
            st,
        ),
        _line(
            w["book_numbers"].format(
                total=book.total,
                praise=book.by_kind.get("praise", 0),
                suggestion=book.by_kind.get("suggestion", 0),
                question=book.by_kind.get("question", 0),
                complaint=book.by_kind.get("complaint", 0),
                promoted=book.promoted,
                rate=_pct(book.reply_rate),
                read=book.days_read,
                days=book.days_in_month,
                openings=book.openings,
            ),
            st,
        ),
    ]
    out.append(KeepTogether(counter))
    return out


def _cause_label(code: str, lang: str, w: dict[str, str], tree: categories.CategoryTree) -> str:
    if not code:
        return w["not_recorded"]
    name = tree.cause_name(code, lang)
    found = tree.causes_by_code.get(code)
    standard = found.standard.get("cause") if found is not None else None
    return f"{name} · {standard}" if standard else name


def _causes(
    s: MonthStats, lang: str, w: dict[str, str], st: dict[str, Any], tree: categories.CategoryTree
) -> list[Any]:
    """Counts by cause, and by category and cause together: what keeps going wrong."""
    by_cause = _kv_table(
        w["by_cause"],
        [(_cause_label(code, lang, w, tree), n) for code, n in s.by_cause],
        s.received,
        w,
        st,
    )
    data: list[list[Any]] = [[w["category_column"], w["cause_column"], w["count"], w["share"]]]
    for category, cause, n in s.by_category_cause[:20]:
        data.append(
            [
                _cell(tree.label(category, lang), st),
                _cell(_cause_label(cause, lang, w, tree), st),
                str(n),
                _share(n, s.received),
            ]
        )
    pairs = _table(data, [55 * mm, 62 * mm, 14 * mm, 14 * mm], 2)
    return [
        KeepTogether(
            [
                _line(w["causes_title"], st, "h1"),
                Table(
                    [[[by_cause], [_line(w["by_category_cause"], st, "small"), pairs]]],
                    colWidths=[100 * mm, 160 * mm],
                    style=LAYOUT,
                ),
            ]
        )
    ]


def _standard(
    month: str, lang: str, w: dict[str, str], st: dict[str, Any], tree: categories.CategoryTree
) -> list[Any]:
    """The month counted by the preset's standard (JR/T 0169), its codes beside our names."""
    if tree.standard is None:
        return []
    from models.register.returns import coded_table

    table = coded_table(month)
    standard = table.standard
    sep = "、" if lang.startswith("zh") else ", "
    out: list[Any] = []
    heading = [
        _line(w["std_title"].format(standard=standard.code), st, "h1"),
        _line(w["std_note"].format(standard=standard.code), st, "small"),
    ]
    for dimension, title in (
        ("channel", w["std_channel"]),
        ("business", w["std_business"]),
        ("cause", w["std_cause"]),
    ):
        data: list[list[Any]] = [
            [w["code_column"], w["standard_column"], w["ours_column"], w["count"]]
        ]
        for line in table.dimensions[dimension]:
            ours = [
                tree.cause_name(code, lang) if dimension == "cause" else tree.label(code, lang)
                for code in line.ours
            ]
            if dimension == "channel" and line.code == standard.channel_default:
                ours.append(w["all_other_categories"])
            depth = 0
            parent = line.parent
            while parent is not None:
                depth += 1
                parent = standard.by_code[parent].parent
            data.append(
                [
                    "\u00a0\u00a0" * depth + line.code,
                    _cell(standard.name(line.code, lang), st),
                    _cell(sep.join(ours), st),
                    str(line.count),
                ]
            )
        block: list[Any] = [
            *heading,
            _line(title, st, "h2"),
            _table(data, [16 * mm, 70 * mm, 168 * mm, 16 * mm], 3),
        ]
        if dimension == "cause":
            block.append(_line(w["std_no_cause"].format(count=table.no_cause), st))
        out.append(KeepTogether(block))
        heading = []
    return out


def _open_earlier(month: str, w: dict[str, str], st: dict[str, Any]) -> list[Any]:
    cases = open_from_earlier(month)
    out: list[Any] = [Spacer(1, 4 * mm), _line(w["open_earlier"], st, "h1")]
    if not cases:
        return out + [_line(w["no_open_earlier"], st)]
    data: list[list[Any]] = [
        [
            w["col_no"],
            w["col_received"],
            w["col_summary"],
            w["col_handler"],
            w["col_due"],
            w["age_days"],
            w["overdue_days"],
        ]
    ]
    for case in cases:
        data.append(
            [
                case.register_no,
                case.received_at.strftime("%Y-%m-%d"),
                _cell(case.summary, st),
                _cell(case.handler, st),
                case.due_date.isoformat(),
                str(case.age_days),
                str(case.overdue_days) if case.overdue_days else "",
            ]
        )
    table = Table(
        data,
        colWidths=[32 * mm, 22 * mm, 118 * mm, 32 * mm, 22 * mm, 20 * mm, 24 * mm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                *TABLE_HEAD,
                ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                ("ALIGN", (-2, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return out + [table]


def _root_cause_tasks(month: str, lang: str, w: dict[str, str], st: dict[str, Any]) -> list[Any]:
    """The root-cause tasks opened in the month and the complaints each links: a
    problem many customers had is shown as one, not only as separate lines."""
    tasks = systemic.opened_in(month)
    out: list[Any] = [Spacer(1, 4 * mm), _line(w["root_cause_tasks"], st, "h1")]
    if not tasks:
        return out + [_line(w["no_root_cause_tasks"], st)]
    data: list[list[Any]] = [[w["col_task"], w["col_opened"], w["col_why"], w["col_linked"]]]
    for task, numbers in tasks:
        if task.reason in vocab.SCOPES:
            why = vocab.name("scope", task.reason, lang)
        elif task.reason == "burst":
            why = w["why_burst"].format(count=len(numbers))
        else:
            why = w["why_manager"]
        if task.note:
            why = f"{why}: {task.note}"
        data.append(
            [
                f"#{task.id}",
                f"{task.opened_at:%Y-%m-%d} · {task.opened_by_name}",
                _cell(why, st),
                _cell(", ".join(numbers), st),
            ]
        )
    table = Table(data, colWidths=[16 * mm, 50 * mm, 90 * mm, 114 * mm], repeatRows=1)
    table.setStyle(TableStyle([*TABLE_HEAD, ("FONT", (0, 0), (-1, -1), FONT, 7.5)]))
    return out + [table]


def _signoff(w: dict[str, str], st: dict[str, Any], prepared_by: str, head: str) -> list[Any]:
    line = "_" * 28
    data = [
        [
            w["prepared_by"].format(name=prepared_by or line),
            f"{w['date_line']}{w['label_colon']}{line}",
            f"{w['signature_line']}{w['label_colon']}{line}",
        ],
        [
            w["reviewed_by"].format(name=head or line),
            f"{w['date_line']}{w['label_colon']}{line}",
            f"{w['signature_line']}{w['label_colon']}{line}",
        ],
    ]
    table = Table(data, colWidths=[110 * mm, 75 * mm, 85 * mm], rowHeights=[14 * mm, 14 * mm])
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    )
    return [KeepTogether([Spacer(1, 6 * mm), Paragraph(para_text(w["signoff"]), st["h1"]), table])]


def seal_block(w: dict[str, str], st: dict[str, Any], seal: printed_seal.Seal) -> list[Any]:
    """The seal under the signatures: the branch key to compare by eye with earlier
    sheets, the trail's head, and the signature ``verify-register`` checks."""
    lines = [w["seal_key"].format(root=seal.root or "—")]
    lines.append(
        w["seal_trail"].format(events=seal.events, head_id=seal.head_id, head=seal.head or "—")
    )
    if seal.signature:
        lines.append(
            w["seal_signed"].format(who=seal.signer, key=seal.key_id, signature=seal.signature)
        )
    else:
        lines.append(w["seal_unsigned"])
    lines.append(w["seal_check"])
    return [
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                Paragraph(para_text(w["seal_heading"]), st["h2"]),
                Paragraph(para_text(lines[0]), st["body"]),  # compared by eye: larger
                *(Paragraph(para_text(line), st["small"]) for line in lines[1:]),
            ]
        )
    ]


_KEYWORDS = re.compile(rb"/Keywords\s*\((" + KEYWORD_PREFIX.encode() + rb"[^)]*)\)")


def read_integrity(pdf: Path) -> dict[str, str] | None:
    """The branch, month, count and digest a register PDF was printed with, or None."""
    match = _KEYWORDS.search(pdf.read_bytes())
    if not match:
        return None
    fields = dict(
        part.split("=", 1)
        for part in match.group(1).decode("ascii", "replace").split(";")[1:]
        if "=" in part
    )
    return fields if {"month", "count", "sha256"} <= set(fields) else None
