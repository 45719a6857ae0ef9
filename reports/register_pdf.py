"""The monthly complaint register as a PDF: the page a branch head signs and hands over.

One row per complaint received in the month, in register order, void rows kept;
statistics, the complaints still open from earlier months, a sign-off block, and
an integrity line (record count and SHA-256 of the month's records as stored) that
``verify-register`` checks against the database later.

Speed: the table is cut into small chunks so reportlab never re-measures thousands
of rows at a page split, the column header is drawn by the page template, and a
``Paragraph`` (slow) is used only for text that needs wrapping.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
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

from models import categories, disclosure, guided, opinions, vocab
from models.actors import Actor
from models.branch import get_branch
from models.errors import QT_TRANSLATE_NOOP
from models.integrity import chain_head
from models.masking import mask_customer
from models.records import month_digest
from models.schema import Complaint, Staff
from models.statistics import MonthStats, month_stats, open_from_earlier
from reports import charts
from reports.pdf_base import (
    FONT,
    INK,
    MUTED,
    RULE,
    numbered_canvas,
    para_text,
    register_fonts,
    styles,
    wrap_lines,
)
from reports.words import words

PAGE = landscape(A4)
MARGIN = 12 * mm
HEADER_H = 16 * mm
COLUMN_BAND_H = 7 * mm
FOOTER_H = 12 * mm
CELL_FONT = 7
CELL_PAD = 2.2
CHUNK = 20
KEYWORD_PREFIX = "complaintbook-register"

COLUMNS = (  # key, width in mm (summary takes what is left)
    ("col_no", 27),
    ("col_received", 19),
    ("col_channel", 17),
    ("col_customer", 23),
    ("col_category", 32),
    ("col_summary", 0),
    ("col_handler", 17),
    ("col_status", 18),
    ("col_due", 16),
    ("col_closed", 16),
    ("col_days", 9),
    ("col_on_time", 10),
    ("col_outcome", 20),
    ("col_satisfaction", 10),
)
CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


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


def _widths() -> list[float]:
    usable = PAGE[0] - 2 * MARGIN
    fixed = sum(w for _, w in COLUMNS) * mm
    return [(w * mm if w else usable - fixed) for _, w in COLUMNS]


class _Feeder(Flowable):
    """Hands the layout one table chunk at a time, so a 10,000-row month never exists as
    10,000 laid-out rows in memory at once."""

    def __init__(self, source: Iterator[Table]) -> None:
        super().__init__()
        self._source = source
        self._pending: Flowable | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1  # never fits: the frame asks us to split

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The next piece that fits here, then ourselves; nothing when the page is full."""
        # Platypus marks a flowable it had to move to the next page and gives up if that
        # happens twice; we move on every page by design, so the mark is cleared here.
        self.__dict__.pop("_postponed", None)
        table = self._pending or next(self._source, None)
        self._pending = None
        if table is None:
            return [Spacer(0, 0)]
        _, height = table.wrap(available_width, available_height)
        if height <= available_height:
            return [table, self]
        parts = table.split(available_width, available_height)
        if not parts:
            self._pending = table  # starts the next page
            return []
        self._pending = parts[1] if len(parts) > 1 else None
        return [parts[0], self]

    def draw(self) -> None:  # pragma: no cover - always split, never drawn
        pass


class _Cells:
    """Cell text as plain strings, wrapped here to the column width.

    Plain strings are never parsed as markup and cost a fraction of a Paragraph, which
    is what lets a 10,000-complaint month build in seconds.
    """

    def __init__(self, widths: list[float]) -> None:
        self.widths = widths

    def __call__(
        self, text: str, column: int, void: bool = False, always_wrap: bool = False
    ) -> str:
        return wrap_lines(text, self.widths[column] - 2 * CELL_PAD - 0.5, CELL_FONT)


ROW_FIELDS = (
    Complaint.register_no,
    Complaint.received_at,
    Complaint.channel,
    Complaint.customer_name,
    Complaint.customer_phone,
    Complaint.category,
    Complaint.summary,
    Complaint.handler,
    Complaint.status,
    Complaint.due_date,
    Complaint.closed_at,
    Complaint.resolved_at,
    Complaint.outcome,
    Complaint.satisfaction,
    Complaint.void_reason,
)


def _row(
    c: dict[str, Any],
    handlers: dict[int, str],
    tree: categories.CategoryTree,
    lang: str,
    w: dict[str, str],
    cells: _Cells,
) -> list[Any]:
    void = c["status"] == "void"
    done = c["resolved_at"] or c["closed_at"]
    days = str((done.date() - c["received_at"].date()).days) if done else ""
    on_time = "" if done is None else (w["yes"] if done.date() <= c["due_date"] else w["no"])
    summary = c["summary"]
    if void:
        summary = w["void_row"].format(reason=c["void_reason"]) + "\n" + summary
    return [
        c["register_no"],
        c["received_at"].strftime("%Y-%m-%d\n%H:%M"),
        cells(vocab.name("channel", c["channel"], lang), 2),
        cells(mask_customer(c["customer_name"], c["customer_phone"]), 3),
        cells(tree.label(c["category"], lang), 4),
        cells(summary, 5),
        cells(handlers.get(c["handler"], "") if c["handler"] else "", 6),
        cells(vocab.name("status", c["status"], lang), 7),
        c["due_date"].isoformat(),
        c["closed_at"].date().isoformat() if c["closed_at"] else "",
        days,
        on_time,
        cells(vocab.name("outcome", c["outcome"], lang) if c["outcome"] else "", 12),
        f"{c['satisfaction']}/5" if c["satisfaction"] else "",
    ]


# Tables that only place things side by side; the font matters because reportlab
# sets each cell's font even when the cell holds other flowables.
LAYOUT = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 8)]

TABLE_STYLE = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_FONT, CELL_FONT + 1.8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
)


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
    register_fonts()
    w = words(lang)
    st = styles()
    branch = get_branch()
    tree = categories.load(branch.category_preset)
    month_text = f"{month[:4]}-{month[4:]}"
    generated = dt.datetime(2000, 1, 1) if invariant else dt.datetime.now().replace(microsecond=0)
    count, digest = month_digest(month)
    widths = _widths()
    cells = _Cells(widths)
    handlers = {s.id: s.name for s in Staff.select(Staff.id, Staff.name)}

    def check(stage: str, done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise RegisterCancelled()
        if progress is not None:
            progress(stage, done, total)

    def tables() -> Iterator[Table]:
        chunk: list[list[Any]] = []
        void_rows: list[int] = []
        query = (
            Complaint.select(*ROW_FIELDS)
            .where(Complaint.month == month)
            .order_by(Complaint.seq, Complaint.id)
            .dicts()
        )
        for n, complaint in enumerate(query.iterator(), 1):
            chunk.append(_row(complaint, handlers, tree, lang, w, cells))
            if complaint["status"] == "void":
                void_rows.append(len(chunk) - 1)
            if len(chunk) == CHUNK:
                yield _table(chunk, widths, void_rows)
                chunk, void_rows = [], []
            if n % 500 == 0:
                check("rows", n, count)
        if chunk:
            yield _table(chunk, widths, void_rows)

    story: list[Any] = [NextPageTemplate("register")]
    if count:
        story.append(_Feeder(tables()))
    else:
        story.append(Spacer(1, 8 * mm))
        story.append(Paragraph(para_text(w["empty_month"].format(month=month_text)), st["h1"]))
    story += [NextPageTemplate("plain"), PageBreak()]
    story += _statistics(month, month_text, lang, w, st, tree)
    story += _open_earlier(month, w, st)
    story += _signoff(w, st, prepared_by, branch.head_name)

    events, head = chain_head()
    integrity = w["integrity"].format(count=count, digest=digest, events=events, head=head[:16])
    footer_left = w["generated"].format(
        at=generated.strftime("%Y-%m-%d %H:%M"), who=prepared_by or "—"
    )
    column_titles = [w[key] for key, _ in COLUMNS]

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
            canvas.setFillColor(colors.HexColor("#e9eef4"))
            canvas.rect(
                MARGIN,
                band_top - COLUMN_BAND_H,
                PAGE[0] - 2 * MARGIN,
                COLUMN_BAND_H,
                stroke=0,
                fill=1,
            )
            canvas.setFillColor(INK)
            canvas.setFont(FONT, CELL_FONT)
            x = MARGIN
            for title, width in zip(column_titles, widths, strict=True):
                _header_cell(canvas, title, x + CELL_PAD, band_top, width - 2 * CELL_PAD)
                x += width
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, footer_left)
        canvas.drawString(MARGIN, MARGIN - 5.5 * mm, integrity)
        canvas.restoreState()
        check("pages", doc.page, 0)

    body_h = PAGE[1] - 2 * MARGIN - HEADER_H - FOOTER_H + 4 * mm
    register_frame = Frame(
        MARGIN,
        MARGIN + FOOTER_H - 4 * mm,
        PAGE[0] - 2 * MARGIN,
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
        PAGE[0] - 2 * MARGIN,
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
        subject=integrity,
        keywords=keywords(branch.code, month, count, digest) + f";chain={events}:{head}",
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
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    if actor is not None:
        disclosure.record(actor, "register", month=month, records=count, pages=doc.page, lang=lang)
    return RegisterResult(path=path, pages=doc.page, records=count, digest=digest)


def _header_cell(canvas: Any, title: str, x: float, band_top: float, width: float) -> None:
    """A column title that fits its column: smaller type, then two lines; never cut."""
    for size in (CELL_FONT, 6.5, 6):
        if stringWidth(title, FONT, size) <= width:
            canvas.setFont(FONT, size)
            canvas.drawString(x, band_top - COLUMN_BAND_H + 2.3 * mm, title)
            return
    words_ = title.split(" ")
    lines = (
        [title[: len(title) // 2], title[len(title) // 2 :]]
        if len(words_) == 1
        else [
            " ".join(words_[: len(words_) // 2 or 1]),
            " ".join(words_[len(words_) // 2 or 1 :]),
        ]
    )
    size = 6.0
    while size > 4 and max(stringWidth(line, FONT, size) for line in lines) > width:
        size -= 0.25
    canvas.setFont(FONT, size)
    canvas.drawString(x, band_top - COLUMN_BAND_H + 3.9 * mm, lines[0])
    canvas.drawString(x, band_top - COLUMN_BAND_H + 1.2 * mm, lines[1])


def _table(rows: list[list[Any]], widths: list[float], void_rows: list[int]) -> Table:
    table = Table(rows, colWidths=widths, style=TABLE_STYLE, splitByRow=1)
    extra = [("TEXTCOLOR", (0, r), (-1, r), MUTED) for r in void_rows]
    extra += [
        ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f6f8")) for r in range(1, len(rows), 2)
    ]
    if extra:
        table.setStyle(TableStyle(extra))
    return table


def _kv_table(
    title: str, rows: list[tuple[str, int]], total: int, w: dict[str, str], st: dict[str, Any]
) -> Table:
    data: list[list[Any]] = [[title, w["count"], w["share"]]]
    for name, count in rows:
        data.append(
            [
                Paragraph(para_text(name), st["cell"]),
                str(count),
                f"{100 * count / total:.0f}%" if total else "—",
            ]
        )
    table = Table(data, colWidths=[60 * mm, 16 * mm, 16 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef4")),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _pct(value: float | None) -> str:
    return f"{value:.0%}" if value is not None else "—"


def _days(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "—"


def _statistics(
    month: str,
    month_text: str,
    lang: str,
    w: dict[str, str],
    st: dict[str, Any],
    tree: categories.CategoryTree,
) -> list[Any]:
    s: MonthStats = month_stats(month)
    out: list[Any] = [
        Paragraph(para_text(w["stats_title"].format(month=month_text)), st["h1"]),
        Paragraph(
            para_text(
                w["totals"].format(
                    received=s.received,
                    resolved=s.resolved,
                    closed=s.closed,
                    open=s.still_open,
                    void=s.voided,
                )
            ),
            st["body"],
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
            [[left, [Paragraph(para_text(w["pareto"]), st["small"]), pareto]]],
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
    out.append(
        Table(
            [groups],
            colWidths=[95 * mm, 92 * mm, 92 * mm],
            style=LAYOUT,
        )
    )
    money = (
        ", ".join(
            f"{amount:,.2f} {currency}" for currency, amount in sorted(s.compensation.items())
        )
        or w["none"]
    )
    performance = [
        Paragraph(para_text(w["performance"]), st["h2"]),
        Paragraph(
            para_text(
                w["on_time_rate"].format(
                    rate=_pct(s.on_time_rate), on_time=s.on_time, decided=s.decided
                )
            ),
            st["body"],
        ),
        Paragraph(
            para_text(
                w["days_to_resolve"].format(median=_days(s.median_days), p90=_days(s.p90_days))
            ),
            st["body"],
        ),
        Paragraph(para_text(w["upheld_rate"].format(rate=_pct(s.upheld_rate))), st["body"]),
        Paragraph(para_text(w["compensation"].format(amount=money)), st["body"]),
    ]
    repeats = [Paragraph(para_text(w["repeat"]), st["h2"])]
    if s.repeat_complainants:
        for name, phone, n in s.repeat_complainants[:15]:
            repeats.append(
                Paragraph(
                    para_text(
                        f"{mask_customer(name, phone) or '—'}: {w['complaints_n'].format(n=n)}"
                    ),
                    st["body"],
                )
            )
    else:
        repeats.append(Paragraph(para_text(w["none"]), st["body"]))
    trend = charts.trend(
        [f"{m[2:4]}-{m[4:]}" for m, _ in s.trend], [n for _, n in s.trend], 120 * mm, 55 * mm
    )
    out.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                Table(
                    [[performance + repeats, [Paragraph(para_text(w["trend"]), st["h2"]), trend]]],
                    colWidths=[140 * mm, 130 * mm],
                    style=LAYOUT,
                ),
            ]
        )
    )
    runs = guided.stats(month)
    book = opinions.month_figures(month)
    counter = [
        Paragraph(para_text(w["counter"]), st["h2"]),
        Paragraph(
            para_text(
                w["counter_runs"].format(
                    runs=runs.runs,
                    person=runs.rungs[0],
                    place=runs.rungs[1],
                    time=runs.rungs[2],
                    safety=runs.safety_exits,
                )
            ),
            st["body"],
        ),
        Paragraph(
            para_text(
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
                )
            ),
            st["body"],
        ),
    ]
    out.append(KeepTogether(counter))
    return out


def _open_earlier(month: str, w: dict[str, str], st: dict[str, Any]) -> list[Any]:
    cases = open_from_earlier(month)
    out: list[Any] = [Spacer(1, 4 * mm), Paragraph(para_text(w["open_earlier"]), st["h1"])]
    if not cases:
        return out + [Paragraph(para_text(w["no_open_earlier"]), st["body"])]
    data: list[list[Any]] = [
        [
            w["col_no"],
            w["col_received"],
            w["col_summary"],
            w["col_handler"],
            w["col_due"],
            w["age_days"],
        ]
    ]
    for case in cases:
        data.append(
            [
                case.register_no,
                case.received_at.strftime("%Y-%m-%d"),
                Paragraph(para_text(case.summary), st["cell"]),
                case.handler,
                case.due_date.isoformat(),
                str(case.age_days),
            ]
        )
    table = Table(
        data, colWidths=[30 * mm, 22 * mm, 140 * mm, 30 * mm, 22 * mm, 20 * mm], repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9eef4")),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    return out + [table]


def _signoff(w: dict[str, str], st: dict[str, Any], prepared_by: str, head: str) -> list[Any]:
    line = "_" * 28
    data = [
        [
            w["prepared_by"].format(name=prepared_by or line),
            f"{w['date_line']}: {line}",
            f"{w['signature_line']}: {line}",
        ],
        [
            w["reviewed_by"].format(name=head or line),
            f"{w['date_line']}: {line}",
            f"{w['signature_line']}: {line}",
        ],
    ]
    table = Table(data, colWidths=[110 * mm, 75 * mm, 85 * mm], rowHeights=[14 * mm, 14 * mm])
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    )
    return [KeepTogether([Spacer(1, 6 * mm), Paragraph(para_text(w["signoff"]), st["h1"]), table])]


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
