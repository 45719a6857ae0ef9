"""Any text a customer or a spreadsheet can hold: stored exactly (after the documented
normalisation) or refused with a message; never a crash in the PDF or the exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models.core.actors import CLI_ACTOR
from models.core.errors import DomainError, ValidationError, ValidationErrors
from models.core.text import LIMITS, clean, clean_line
from models.register.complaints import create_complaint
from models.register.importer import import_csv
from models.register.records import COLUMNS
from models.storage.schema import Complaint
from reports.export import write_csv, write_json
from reports.register_pdf import build_register

from tests.factories import make_form

NASTY = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(
            ["\x00", "\u202e", "\u2066", "😡", "𠀋", "<b>", "&", "\r\n", "\t", "<img src='x'/>"]
        ),
    ),
    max_size=60,
).map("".join)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(summary=NASTY, description=NASTY)
@example(summary="x" * 1_000_000, description="ok")
@example(summary="ok", description="长" * 1_000_000)
def test_any_text_is_stored_exactly_or_refused(store, summary: str, description: str) -> None:
    before = Complaint.select().count()
    try:
        c = create_complaint(CLI_ACTOR, make_form(summary=summary, description=description))
    except (ValidationError, ValidationErrors) as exc:
        assert exc.message  # a message that says what to fix
        assert Complaint.select().count() == before
        return
    saved = Complaint.get_by_id(c.id)
    assert saved.summary == clean_line(summary).strip()
    assert saved.description == clean(description).strip()
    assert len(saved.summary) <= LIMITS["summary"]


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(NASTY, min_size=1, max_size=6))
def test_nothing_breaks_the_register_pdf_or_exports(
    store, tmp_path: Path, texts: list[str]
) -> None:
    for text in texts:
        try:
            create_complaint(
                CLI_ACTOR,
                make_form(
                    received_at=dt.datetime(2026, 10, 5, 10),
                    summary=text[:100] or "x",
                    description=text,
                    customer_name=text[:50],
                    desired_outcome=text or "refund",
                ),
            )
        except DomainError:
            pass
    build_register(tmp_path / "r.pdf", "202610", lang="zh_CN", invariant=True)
    out = io.StringIO()
    write_csv(out, "202610", actor=CLI_ACTOR, full=True)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(COLUMNS)
    out = io.StringIO()
    write_json(out, "202610", actor=CLI_ACTOR)
    json.loads(out.getvalue())


@FUZZ
@given(value=NASTY)
@example(value="\ud800 王芳")
def test_csv_import_never_crashes(store, tmp_path: Path, value: str) -> None:
    path = tmp_path / "fuzz.csv"
    header = "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,severity,summary,description,desired_outcome"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header.split(","))
    writer.writerow(
        [
            "2026-10-05T10:00",
            value or "phone",
            value,
            "",
            value,
            "pricing",
            "point",
            "low",
            value,
            value,
            value,
        ]
    )
    # A lone surrogate is written as a careless program writes it: bytes that are not
    # UTF-8, which the import must refuse or read, never crash on.
    path.write_text(buffer.getvalue(), encoding="utf-8", errors="surrogatepass", newline="")
    before = Complaint.select().count()
    try:
        report = import_csv(CLI_ACTOR, path)
    except DomainError as exc:
        assert exc.message
        return
    if report.errors:
        assert Complaint.select().count() == before  # all or nothing
        assert all(line >= 2 and message for line, message in report.errors)
