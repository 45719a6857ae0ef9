"""Complaint exports in CSV (Excel-friendly) and JSON.

CSV is opened in a spreadsheet, so text that one would run as a formula gets a quote in
front (``reports.cells``); JSON is data, not a sheet, and keeps every value exact.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from models.book import opinions
from models.core.actors import Actor
from models.core.location import check_output_file, remove_quietly, write_failed
from models.register import disclosure
from models.register.records import COLUMNS, to_json_value
from models.storage.schema import OpinionEntry
from reports.cells import csv_cell

FORMATS = ("csv", "json")


def _rows_csv(out: TextIO, columns: Sequence[str], records: Iterable[dict[str, Any]]) -> int:
    writer = csv.writer(out)
    writer.writerow(columns)
    n = 0
    for record in records:
        writer.writerow([csv_cell(record[c]) for c in columns])
        n += 1
    return n


def _rows_json(out: TextIO, columns: Sequence[str], records: Iterable[dict[str, Any]]) -> int:
    out.write("[")
    n = 0
    for record in records:
        out.write(",\n " if n else "\n ")
        json.dump({c: to_json_value(record[c]) for c in columns}, out, ensure_ascii=False)
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def _recorded(actor: Actor, what: str, fmt: str, month: str | None, full: bool, n: int) -> int:
    disclosure.record(
        actor, "export", what=what, format=fmt, month=month or "all", records=n, full=full
    )
    return n


def write_csv(out: TextIO, month: str | None = None, *, actor: Actor, full: bool = False) -> int:
    """Complaints: the header and one line per complaint; return the number written.
    Personal data is masked unless ``full`` (a manager's export)."""
    disclosure.check_export(actor, full=full)  # before the header is written
    n = _rows_csv(out, COLUMNS, disclosure.complaint_records(actor, month, full=full))
    return _recorded(actor, "complaints", "csv", month, full, n)


def write_json(out: TextIO, month: str | None = None, *, actor: Actor, full: bool = False) -> int:
    """Complaints: a JSON list with one object per complaint, written as it streams."""
    disclosure.check_export(actor, full=full)
    n = _rows_json(out, COLUMNS, disclosure.complaint_records(actor, month, full=full))
    return _recorded(actor, "complaints", "json", month, full, n)


def _opinion_records(month: str, full: bool) -> Iterator[dict[str, Any]]:
    query = opinions.filtered(opinions.EntryFilter(month=month)).order_by(
        OpinionEntry.written_on, OpinionEntry.id
    )
    for entry in query.iterator():
        record = opinions.entry_record(entry)
        yield record if full else disclosure.masked(record, disclosure.MASKED_OPINION_COLUMNS)


def write_opinions(out: TextIO, fmt: str, month: str, *, actor: Actor, full: bool = False) -> int:
    """Opinion-book and suggestion-box entries of ``month``; names and contacts masked
    unless ``full``."""
    disclosure.check_export(actor, full=full)
    writer = _rows_csv if fmt == "csv" else _rows_json
    n = writer(out, opinions.ENTRY_COLUMNS, _opinion_records(month, full))
    return _recorded(actor, "opinions", fmt, month, full, n)


def export_to(
    path: Path,
    fmt: str,
    month: str | None = None,
    what: str = "complaints",
    *,
    actor: Actor,
    full: bool = False,
) -> int:
    """Write to ``path`` via a temporary file, so a failed export (a full disk, a folder
    that cannot be written) leaves no half or empty file, and says why in plain words."""
    disclosure.check_export(actor, full=full)
    check_output_file(path)
    tmp = path.with_name(path.name + ".part")
    # CSV gets a BOM so Excel on Windows reads UTF-8 correctly.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    try:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            if what == "opinions":
                assert month is not None
                n = write_opinions(fh, fmt, month, actor=actor, full=full)
            else:
                writer = write_csv if fmt == "csv" else write_json
                n = writer(fh, month, actor=actor, full=full)
        tmp.replace(path)
    except OSError as exc:
        remove_quietly(tmp)
        raise write_failed(path, exc) from exc
    except BaseException:
        remove_quietly(tmp)
        raise
    return n
