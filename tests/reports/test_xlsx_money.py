"""Every amount of money in every workbook is a number in the money format, never "General"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from models.people.branch import update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint
from reports.cells import MONEY, xlsx_row
from reports.returns import write_returns
from reports.words import words
from reports.xlsx import write_xlsx

from tests.factories import make_form

MONTH = "202610"


def _paid_month(manager, clock) -> None:
    """A bank month with compensation paid in two currencies, one complaint unpaid."""
    update_branch(manager, category_preset="bank", deadline_preset="uk_fca", country="GB")
    clock(dt.datetime(2026, 10, 20, 10))
    for amount, currency in (("1234567.5", "CNY"), ("20", "CNY"), ("99.99", "GBP"), (None, "")):
        c = create_complaint(
            manager,
            make_form(
                received_at=dt.datetime(2026, 10, 5, 9), category="loan", cause="contract_terms"
            ),
        )
        lifecycle.acknowledge(manager, c.id)
        lifecycle.start_investigation(manager, c.id)
        lifecycle.resolve(
            manager,
            c.id,
            outcome="upheld",
            remedy="Refunded",
            compensation=amount,
            currency=currency,
            root_cause="Rate keyed in by hand",
        )


def _money_cells(path: Path, lang: str) -> list[tuple[str, str, object, str]]:
    """(sheet, cell, value, format) of every cell holding an amount: the compensation
    column, the redress columns and the compensation figures, found by their words."""
    w = words(lang)
    compensation = w["field_compensation"]
    redress = w["ret_redress"].split("{", 1)[0]
    paid = w["stat_compensation"].split("{", 1)[0]
    out = []
    for sheet in load_workbook(path):
        money_columns: set[int] = set()
        for row in sheet.iter_rows():
            for cell in row:
                text = cell.value if isinstance(cell.value, str) else ""
                if text == compensation or (redress and text.startswith(redress)):
                    money_columns.add(cell.column)
            label = row[0].value if row and isinstance(row[0].value, str) else ""
            for cell in row:
                amount = cell.column in money_columns or (
                    label.startswith(paid) and cell.column == 2
                )
                if amount and cell.value is not None and not isinstance(cell.value, str):
                    out.append((sheet.title, cell.coordinate, cell.value, cell.number_format))
    return out


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_amount_in_the_exports_is_money_formatted(
    manager, clerk, clock, tmp_path: Path, lang: str
) -> None:
    _paid_month(manager, clock)
    made = {
        "full": lambda p: write_xlsx(p, MONTH, lang, actor=manager, full=True),
        "masked": lambda p: write_xlsx(p, MONTH, lang, actor=clerk),
        "returns": lambda p: write_returns(p, lang, actor=manager, half="2026H2"),
    }
    for name, write in made.items():
        path = tmp_path / f"{name}-{lang}.xlsx"
        write(path)
        cells = _money_cells(path, lang)
        # Four complaints, three paid: the register's column, the figures per currency,
        # the return's redress per currency (group and total rows).
        assert len(cells) >= (3 if name != "returns" else 4), (name, cells)
        wrong = [c for c in cells if c[3] != MONEY or not isinstance(c[2], (int, float))]
        assert wrong == [], name
        assert any(c[2] >= 1_234_567 for c in cells)  # a million is a number, summable


def test_a_decimal_anywhere_is_written_as_money(tmp_path: Path) -> None:
    """The one way a value reaches a cell (``xlsx_row``): a Decimal is an amount."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("s")
    sheet.append(xlsx_row(sheet, ["Refund", Decimal("20.00"), 3]))
    path = tmp_path / "money.xlsx"
    book.save(path)
    row = next(load_workbook(path)["s"].iter_rows())
    assert (row[1].value, row[1].number_format) == (20, MONEY)
    assert row[2].number_format == "General"  # a count stays a count
