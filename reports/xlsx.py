"""A month of the register as an Excel workbook: one sheet of complaints, one of figures.

Every cell is typed from its value (``reports.cells``): text is a string cell, never a
formula, however it starts; numbers are numbers.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from models import disclosure
from models.actors import Actor
from models.location import check_output_file, remove_quietly, write_failed
from models.records import COLUMNS
from models.statistics import month_stats
from reports.cells import xlsx_row
from reports.words import words


def write_xlsx(
    path: Path, month: str, lang: str = "en", *, actor: Actor, full: bool = False
) -> int:
    """Write the month's complaints and figures to ``path``; return the number of complaints.
    Personal data is masked unless ``full`` (a manager's export)."""
    disclosure.check_export(actor, full=full)
    check_output_file(path)
    w = words(lang)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.freeze_panes = "B2"
    # Before the first row: a write-only sheet writes its columns with it, later is ignored.
    for i, column in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = (
            40 if column in ("summary", "description") else 16
        )
    sheet.append(xlsx_row(sheet, COLUMNS))
    n = 0
    for record in disclosure.complaint_records(actor, month, full=full):
        sheet.append(xlsx_row(sheet, (record[c] for c in COLUMNS)))
        n += 1
    s = month_stats(month)
    figures = book.create_sheet("Statistics")
    figures.append(xlsx_row(figures, [w["stats_title"].format(month=f"{month[:4]}-{month[4:]}")]))
    for label, value in (
        ("received", s.received),
        ("resolved", s.resolved),
        ("closed", s.closed),
        ("still_open", s.still_open),
        ("void", s.voided),
        ("on_time", s.on_time),
        ("decided", s.decided),
        ("median_days_to_resolve", round(s.median_days, 2) if s.median_days is not None else ""),
        ("p90_days_to_resolve", round(s.p90_days, 2) if s.p90_days is not None else ""),
        ("upheld_or_partly", s.upheld),
    ):
        figures.append(xlsx_row(figures, [label, value]))
    for currency, amount in sorted(s.compensation.items()):
        figures.append(xlsx_row(figures, [f"compensation_{currency}", float(amount)]))
    figures.append(xlsx_row(figures, []))
    figures.append(xlsx_row(figures, ["category", "count"]))
    for code, count in s.by_category:
        figures.append(xlsx_row(figures, [code, count]))
    figures.append(xlsx_row(figures, []))
    figures.append(xlsx_row(figures, ["channel", "count"]))
    for code, count in s.by_channel.items():
        figures.append(xlsx_row(figures, [code, count]))
    figures.append(xlsx_row(figures, []))
    figures.append(xlsx_row(figures, ["month", "received"]))
    for m, count in s.trend:
        figures.append(xlsx_row(figures, [f"{m[:4]}-{m[4:]}", count]))
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
