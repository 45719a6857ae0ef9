"""A month of the register as an Excel workbook: one sheet of complaints, one of figures."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from models import disclosure
from models.actors import Actor
from models.records import COLUMNS, to_text
from models.statistics import month_stats
from reports.words import words

# Excel refuses control characters in cells; the register never stores them, but be safe.
_ILLEGAL = dict.fromkeys(list(range(0, 9)) + [11, 12] + list(range(14, 32)))


def _cell(value: object) -> object:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return to_text(value).translate(_ILLEGAL)


def write_xlsx(
    path: Path, month: str, lang: str = "en", *, actor: Actor, full: bool = False
) -> int:
    """Write the month's complaints and figures to ``path``; return the number of complaints.
    Personal data is masked unless ``full`` (a manager's export)."""
    disclosure.check_export(actor, full=full)
    w = words(lang)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.freeze_panes = "B2"
    sheet.append(list(COLUMNS))
    n = 0
    for record in disclosure.complaint_records(actor, month, full=full):
        sheet.append([_cell(record[c]) for c in COLUMNS])
        n += 1
    for i, column in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = (
            40 if column in ("summary", "description") else 16
        )
    s = month_stats(month)
    figures = book.create_sheet("Statistics")
    figures.append([w["stats_title"].format(month=f"{month[:4]}-{month[4:]}")])
    for label, value in (
        ("received", s.received),
        ("resolved", s.resolved),
        ("closed", s.closed),
        ("still_open", s.still_open),
        ("void", s.voided),
        ("on_time", s.timeliness.on_time),
        ("counted_for_on_time", s.timeliness.counted),
        ("median_days_to_resolve", round(s.median_days, 2) if s.median_days is not None else ""),
        ("p90_days_to_resolve", round(s.p90_days, 2) if s.p90_days is not None else ""),
        ("upheld_or_partly", s.upheld),
    ):
        figures.append([label, value])
    for currency, amount in sorted(s.compensation.items()):
        figures.append([f"compensation_{currency}", float(amount)])
    figures.append([])
    figures.append(["category", "count"])
    for code, count in s.by_category:
        figures.append([code, count])
    figures.append([])
    figures.append(["channel", "count"])
    for code, count in s.by_channel.items():
        figures.append([code, count])
    figures.append([])
    figures.append(["month", "received"])
    for m, count in s.trend:
        figures.append([f"{m[:4]}-{m[4:]}", count])
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)
    disclosure.record(
        actor, "export", what="complaints", format="xlsx", month=month, records=n, full=full
    )
    return n
