"""How a value of a record goes into a spreadsheet cell, so that no text a customer typed
is ever run as a formula by the spreadsheet that opens an export.

CSV has no types: text that looks like a formula gets a quote in front
(``models.core.formulas``). An Excel cell is typed here, not guessed by openpyxl, which left
to itself makes a formula of text that starts with ``=`` (a customer's
``=HYPERLINK(...)`` would become a live link) and an error cell of ``#N/A``.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell

from models.core.formulas import looks_like_formula, neutralise
from models.register.records import to_text

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Money in every workbook: two decimals and thousands separators, never Excel's
# "General" (which shows 20 for 20.00 and 1E+06 for a million). The register keeps
# amounts as Decimal (``MoneyField``) and nothing else as Decimal, so a Decimal is money.
MONEY = "#,##0.00"

# Excel refuses control characters in cells; the register never stores them, but be safe.
_ILLEGAL = dict.fromkeys(list(range(0, 9)) + [11, 12] + list(range(14, 32)))


def csv_cell(value: Any) -> str:
    """A value as CSV text; text that a spreadsheet would run as a formula is quoted
    (numbers and dates are never text a customer typed, and stay numbers and dates)."""
    text = to_text(value)
    return neutralise(text) if isinstance(value, str) else text


def money_cell(sheet: WriteOnlyWorksheet, amount: Decimal | int | float) -> Cell:
    """An amount of money: a number cell in the money format, summable as it stands."""
    cell = WriteOnlyCell(sheet, amount)  # type: ignore[arg-type]  # a Decimal is written as a number
    cell.data_type = "n"
    cell.number_format = MONEY
    return cell


def xlsx_cell(sheet: WriteOnlyWorksheet, value: Any) -> Cell | None:
    """A number cell for a number (money, a Decimal, in the money format), a string cell
    for anything else, as the CSV writes it but without the quote (None, no cell, for
    no text)."""
    if isinstance(value, Decimal):
        return money_cell(sheet, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "n"
        return cell
    text = to_text(value).translate(_ILLEGAL)
    if not text:
        return None
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    if looks_like_formula(text):
        # What Excel itself marks on text typed after a quote: editing the cell later
        # keeps it text instead of turning it into a formula then.
        cell.quotePrefix = True
    return cell


def xlsx_row(sheet: WriteOnlyWorksheet, values: Iterable[Any]) -> list[Cell | None]:
    """A row of typed cells for ``sheet.append``."""
    return [xlsx_cell(sheet, value) for value in values]
