"""A month of the register as an Excel workbook: one sheet of complaints, one of figures.

Written in the chosen language: column headings, and coded values (channel, category,
cause, status...) by their names, as a branch head reads them. Dates and amounts are
typed cells, so a sheet sorts by date and sums compensation without retyping anything.
Every other cell is typed from its value (``reports.cells``): text is a string cell,
never a formula, however it starts.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter

from models.core import categories, vocab
from models.core.actors import Actor
from models.core.location import check_output_file, remove_quietly, write_failed
from models.people.branch import get_branch
from models.register import disclosure
from models.register.records import COLUMNS
from models.register.statistics import month_stats
from reports.cells import money_cell, xlsx_cell
from reports.words import words

DATE_TIME = "yyyy-mm-dd hh:mm"
DATE = "yyyy-mm-dd"
CODED = {  # column -> vocabulary group of its codes
    "channel": "channel",
    "scope": "scope",
    "severity": "severity",
    "status": "status",
    "resolution": "outcome",
}
FLAGS = ("vulnerable", "customer_accepted", "followup_waived")
WIDTHS = {  # characters; anything else 16
    "register_no": 18,
    "received_at": 17,
    "closed_at": 17,
    "promised_at": 17,
    "resolved_at": 17,
    "followup_done_at": 17,
    "first_due": 12,
    "due_date": 12,
    "followup_due": 12,
    "category": 34,
    "cause": 28,
    "summary": 40,
    "description": 60,
    "desired_outcome": 40,
    "remedy": 40,
    "root_cause": 40,
    "corrective_action": 40,
    "followup_comment": 30,
    "void_reason": 30,
    "subject_text": 24,
    "customer_id_no": 20,
    "compensation": 13,
    "currency": 9,
    "extension_level": 10,
    "satisfaction": 10,
    "scope": 12,
    "severity": 12,
}
STANDARD_COLUMNS = ("jrt_channel", "jrt_business", "jrt_cause")


def _row(sheet: Any, values: list[Any]) -> list[Any]:
    """Cells typed here (a date, an amount) stay as they are; every other value is typed
    from what it is, so no text becomes a formula (``reports.cells``)."""
    return [v if isinstance(v, Cell) else xlsx_cell(sheet, v) for v in values]


def _typed(sheet: Any, value: object, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def _converter(
    column: str, lang: str, w: dict[str, str], tree: categories.CategoryTree, sheet: Any
) -> Callable[[Any], object]:
    """How one column's stored value is written: a name, a typed date or amount, text."""
    if column in CODED:
        group = CODED[column]
        return lambda v: vocab.name(group, v, lang) if v else ""
    if column == "category":
        return lambda v: tree.label(v, lang) if v else ""
    if column == "cause":
        return lambda v: tree.cause_name(v, lang) if v else ""
    if column in FLAGS:
        return lambda v: "" if v is None else w["yes" if v else "no"]
    if column == "compensation":
        return lambda v: money_cell(sheet, v) if isinstance(v, (Decimal, int, float)) else ""

    def dated(v: Any) -> object:
        if isinstance(v, dt.datetime):
            return _typed(sheet, v, DATE_TIME)
        if isinstance(v, dt.date):
            return _typed(sheet, v, DATE)
        return v

    return dated


def write_xlsx(
    path: Path, month: str, lang: str = "en", *, actor: Actor, full: bool = False
) -> int:
    """Write the month's complaints and figures to ``path``; return the number of complaints.
    Personal data is masked unless ``full`` (a manager's export)."""
    disclosure.check_export(actor, full=full)
    check_output_file(path)
    w = words(lang)
    branch = get_branch()
    tree = categories.for_branch(branch.category_preset, branch.country)
    standard = tree.standard
    book = Workbook(write_only=True)
    sheet = book.create_sheet(w["sheet_register"])
    sheet.freeze_panes = "B2"
    extra = STANDARD_COLUMNS if standard is not None else ()
    # Widths go in before the first row: a write-only sheet writes its columns with it.
    for i, column in enumerate((*COLUMNS, *extra), 1):
        sheet.column_dimensions[get_column_letter(i)].width = WIDTHS.get(column, 16)
    headings = [w["field_" + c] for c in COLUMNS]
    if standard is not None:
        headings += [w["field_" + c].format(standard=standard.code) for c in extra]
    sheet.append(_row(sheet, headings))
    convert = [_converter(c, lang, w, tree, sheet) for c in COLUMNS]
    n = 0
    for record in disclosure.complaint_records(actor, month, full=full):
        row = [fn(record[c]) for fn, c in zip(convert, COLUMNS, strict=True)]
        if standard is not None:
            codes = tree.standard_codes(record["category"], record["cause"])
            assert codes is not None
            row += [codes.channel, codes.business, codes.cause]
        sheet.append(_row(sheet, row))
        n += 1
    _figures(book, month, lang, w, tree)
    # Made in memory first (one month's workbook is small): openpyxl left to write into a
    # full disk itself leaves a half zip behind that fails again, loudly, when collected.
    made = io.BytesIO()
    book.save(made)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(made.getbuffer())
        tmp.replace(path)
    except OSError as exc:  # no half or empty workbook is left behind
        remove_quietly(tmp)
        raise write_failed(path, exc) from exc
    except BaseException:
        remove_quietly(tmp)
        raise
    disclosure.record(
        actor, "export", what="complaints", format="xlsx", month=month, records=n, full=full
    )
    return n


def _figures(
    book: Workbook, month: str, lang: str, w: dict[str, str], tree: categories.CategoryTree
) -> None:
    s = month_stats(month)
    t = s.timeliness
    figures = book.create_sheet(w["sheet_statistics"])
    figures.column_dimensions["A"].width = 44
    figures.column_dimensions["B"].width = 14
    figures.append(_row(figures, [(w["stats_title"].format(month=f"{month[:4]}-{month[4:]}"))]))
    figures.append(_row(figures, [w["figure_column"], w["value_column"]]))

    def days(value: float | None) -> object:
        return round(value, 2) if value is not None else ""

    for key, value in (
        ("stat_received", s.received),
        ("stat_resolved", s.resolved),
        ("stat_closed", s.closed),
        ("stat_open", s.still_open),
        ("stat_void", s.voided),
        ("stat_on_time", t.on_time),
        ("stat_counted", t.counted),
        ("stat_late", t.late),
        ("stat_late_open", t.late_open),
        ("stat_not_due", t.not_due),
        ("stat_median", days(s.median_days)),
        ("stat_p90", days(s.p90_days)),
        ("stat_upheld", s.upheld),
    ):
        figures.append(_row(figures, [w[key], value]))
    for currency, amount in sorted(s.compensation.items()):
        figures.append(
            _row(
                figures,
                [w["stat_compensation"].format(currency=currency), money_cell(figures, amount)],
            )
        )
    for title, rows in (
        (w["by_category"], [(tree.label(code, lang), n) for code, n in s.by_category]),
        (w["by_channel"], [(vocab.name("channel", k, lang), n) for k, n in s.by_channel.items()]),
        (
            w["by_cause"],
            [
                (tree.cause_name(code, lang) if code else w["not_recorded"], n)
                for code, n in s.by_cause
            ],
        ),
    ):
        figures.append([])
        figures.append(_row(figures, [title, w["count"]]))
        for name, count in rows:
            figures.append(_row(figures, [name, count]))
    figures.append([])
    figures.append(_row(figures, [w["month_column"], w["stat_received"]]))
    for m, count in s.trend:
        figures.append(_row(figures, [f"{m[:4]}-{m[4:]}", count]))
