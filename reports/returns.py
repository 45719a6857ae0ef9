"""Head office's workbook: the half-year complaints return and a month's coded table.

The figures come from ``models.register.returns``; this writes them as XLSX in the chosen
language, numbers as numbers. A manager's task, recorded in the audit trail like every
other report that leaves the register. The command line (``main.py returns``) and the
Reports screen both call ``write_returns``.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from models.core import categories
from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP
from models.people.branch import get_branch
from models.register import disclosure
from models.register.returns import CodedTable, HalfYearReturn, coded_table, half_year_return
from reports.cells import money_cell
from reports.words import words

SHARE = "0%"
RETURNS_DENIED = QT_TRANSLATE_NOOP(
    "domain", "Only a manager may make the complaints returns for head office."
)


def _typed(sheet: Any, value: object, number_format: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def write_returns(
    path: Path,
    lang: str = "en",
    *,
    actor: Actor,
    half: str | None = None,
    month: str | None = None,
) -> list[str]:
    """Write the return for ``half`` (2026H1) and/or the coded table of ``month``
    (YYYYMM) to ``path``; return the sheets' names. Refused to a clerk."""
    actor.require_manager(RETURNS_DENIED)
    if half is None and month is None:
        raise ValueError("a half-year, a month or both")
    w = words(lang)
    branch = get_branch()
    book = Workbook(write_only=True)
    if half is not None:
        _return_sheet(book, half_year_return(half), lang, w, branch)
    if month is not None:
        _coded_sheet(book, coded_table(month), lang, w, branch)
    tmp = path.with_name(path.name + ".part")
    book.save(tmp)
    tmp.replace(path)
    disclosure.record(actor, "returns", half=half, month=month, lang=lang)
    return list(book.sheetnames)


def _return_sheet(
    book: Workbook, ret: HalfYearReturn, lang: str, w: dict[str, str], branch: Any
) -> None:
    tree = categories.for_branch(branch.category_preset, branch.country)
    sheet = book.create_sheet(f"{w['return_sheet']} {ret.period}"[:31])
    currencies = sorted({c for row in [*ret.groups, ret.total] for c in row.redress})
    columns = [
        "ret_outstanding_start",
        "ret_opened",
        "ret_closed_3_days",
        "ret_closed_8_weeks",
        "ret_closed_after_8_weeks",
        "ret_closed",
        "ret_upheld",
        "ret_upheld_share",
    ]
    sheet.column_dimensions["A"].width = 36
    for i in range(len(columns) + len(currencies) + 1):
        sheet.column_dimensions[get_column_letter(i + 2)].width = 16
    sheet.append(
        [
            w["return_title"].format(
                branch=f"{branch.name} ({branch.code})",
                start=ret.start.isoformat(),
                end=ret.end.isoformat(),
            )
        ]
    )
    sheet.append(
        [w["return_as_at"].format(at=ret.as_at.strftime("%Y-%m-%d %H:%M"), country=branch.country)]
    )
    sheet.append([])
    sheet.append(
        [w["ret_group"]]
        + [w[c] for c in columns]
        + [w["ret_redress"].format(currency=c) for c in currencies]
        + [w["ret_outstanding_end"]]
    )
    for row in [*ret.groups, ret.total]:
        name = tree.label(row.group, lang) if row.group else w["total"]
        share = row.upheld_share
        sheet.append(
            [
                name,
                row.outstanding_start,
                row.opened,
                row.closed_3_days,
                row.closed_8_weeks,
                row.closed_after_8_weeks,
                row.closed,
                row.upheld,
                _typed(sheet, share, SHARE) if share is not None else "",
                *[money_cell(sheet, row.redress.get(c, Decimal(0))) for c in currencies],
                row.outstanding_end,
            ]
        )


def _coded_sheet(
    book: Workbook, table: CodedTable, lang: str, w: dict[str, str], branch: Any
) -> None:
    tree = categories.for_branch(branch.category_preset, branch.country)
    standard = table.standard
    month_text = f"{table.month[:4]}-{table.month[4:]}"
    title = w["std_sheet"].format(standard=standard.code, month=month_text)
    sheet = book.create_sheet(title.replace("/", "-")[:31])  # a sheet name may hold no "/"
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 10
    sheet.append(
        [
            w["std_table_title"].format(
                month=month_text, standard=standard.code, branch=f"{branch.name} ({branch.code})"
            )
        ]
    )
    sheet.append([w["std_note"].format(standard=standard.code)])
    sheet.append([w["std_received"].format(count=table.received)])
    sep = "、" if lang.startswith("zh") else ", "
    for dimension, heading in (
        ("channel", w["std_channel"]),
        ("business", w["std_business"]),
        ("cause", w["std_cause"]),
    ):
        sheet.append([])
        sheet.append([heading])
        sheet.append([w["code_column"], w["standard_column"], w["ours_column"], w["count"]])
        for line in table.dimensions[dimension]:
            ours = [
                tree.cause_name(code, lang) if dimension == "cause" else tree.label(code, lang)
                for code in line.ours
            ]
            if dimension == "channel" and line.code == standard.channel_default:
                ours.append(w["all_other_categories"])
            sheet.append([line.code, standard.name(line.code, lang), sep.join(ours), line.count])
        if dimension == "cause":
            sheet.append([w["std_no_cause"].format(count=table.no_cause)])
    causes = [c.code for c in standard.dimensions["cause"]]
    sheet.append([])
    sheet.append([w["std_cross"]])
    sheet.append(["", "", "", "", *causes])
    for business in standard.dimensions["business"]:
        counts = [table.cross.get((business.code, cause), 0) for cause in causes]
        sheet.append([business.code, standard.name(business.code, lang), "", sum(counts), *counts])
