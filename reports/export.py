"""Complaint exports in CSV (Excel-friendly) and JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TextIO

from models.records import COLUMNS, iter_records, to_json_value, to_text

FORMATS = ("csv", "json")


def write_csv(out: TextIO, month: str | None = None) -> int:
    """Write the header and one line per complaint; return the number of complaints."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    n = 0
    for record in iter_records(month):
        writer.writerow([to_text(record[c]) for c in COLUMNS])
        n += 1
    return n


def write_json(out: TextIO, month: str | None = None) -> int:
    """A JSON list with one object per complaint, written as it streams."""
    out.write("[")
    n = 0
    for record in iter_records(month):
        out.write(",\n " if n else "\n ")
        json.dump({c: to_json_value(record[c]) for c in COLUMNS}, out, ensure_ascii=False)
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def export_to(path: Path, fmt: str, month: str | None = None) -> int:
    """Write to ``path`` via a temporary file, so a failed export leaves no half file."""
    tmp = path.with_name(path.name + ".part")
    # CSV gets a BOM so Excel on Windows reads UTF-8 correctly.
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with tmp.open("w", encoding=encoding, newline="") as fh:
        n = write_csv(fh, month) if fmt == "csv" else write_json(fh, month)
    tmp.replace(path)
    return n
