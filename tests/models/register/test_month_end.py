"""A month's register as it stood at the month's end: later changes leave it as printed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.records import month_digest
from models.register.statistics import month_stats, open_from_earlier
from models.storage.schema import Complaint
from reports.register_pdf import build_register, read_integrity

from tests.cli.test_cli import run
from tests.factories import make_form, pdf_text

MONTH = "202610"


def _october(manager, clock) -> dict[str, Complaint]:
    """Three October complaints: one handled and closed in October, one still open at the
    month's end and resolved in November, one voided."""
    clock(dt.datetime(2026, 10, 5, 10))
    closed = create_complaint(
        manager,
        make_form(received_at=dt.datetime(2026, 10, 5, 9, 30), summary="Price at the till"),
    )
    clock(dt.datetime(2026, 10, 28, 15))
    still_open = create_complaint(
        manager,
        make_form(received_at=dt.datetime(2026, 10, 28, 14), summary="Parcel never came"),
    )
    clock(dt.datetime(2026, 10, 6, 9))
    lifecycle.acknowledge(manager, closed.id)
    lifecycle.start_investigation(manager, closed.id)
    clock(dt.datetime(2026, 10, 9, 11))
    lifecycle.resolve(
        manager,
        closed.id,
        outcome="upheld",
        remedy="Refunded the difference",
        compensation="20",
        customer_accepted=True,
        root_cause="Old shelf label",
        corrective_action="Labels checked on Mondays",
    )
    clock(dt.datetime(2026, 10, 12, 10))
    lifecycle.record_followup(manager, closed.id, satisfaction=5, comment="Thanks")
    lifecycle.close(manager, closed.id)
    waived = create_complaint(
        manager, make_form(received_at=dt.datetime(2026, 10, 12, 9), summary="No phone left")
    )
    lifecycle.acknowledge(manager, waived.id)
    lifecycle.start_investigation(manager, waived.id)
    lifecycle.resolve(
        manager,
        waived.id,
        outcome="not_upheld",
        remedy="Explained by letter",
        root_cause="Misread leaflet",
    )
    lifecycle.close(manager, waived.id, waive_followup=True, waiver_reason="No phone number")
    clock(dt.datetime(2026, 10, 29, 9))
    lifecycle.acknowledge(manager, still_open.id)
    return {"closed": closed, "open": still_open, "waived": waived}


def _november(manager, clock, made: dict[str, Complaint]) -> None:
    """The closed one reopened and resolved again otherwise; the open one resolved."""
    clock(dt.datetime(2026, 11, 10, 10))
    lifecycle.reopen(manager, made["closed"].id, "The refund never reached the card")
    clock(dt.datetime(2026, 11, 12, 16))
    lifecycle.resolve(
        manager,
        made["closed"].id,
        outcome="partly_upheld",
        remedy="Refunded again in cash",
        compensation="250",
        customer_accepted=False,
        root_cause="Card refunds were not checked",
        corrective_action="Refunds checked the next day",
    )
    lifecycle.start_investigation(manager, made["open"].id)
    lifecycle.resolve(manager, made["open"].id, outcome="not_upheld", remedy="Explained")
    lifecycle.reopen(manager, made["waived"].id, "The customer phoned after all")


def _printed(path: Path) -> str:
    """The register's text without its footer's audit-chain part and its seal's trail
    line (the chain grows with every later change; the register's own records and
    digest must not)."""
    text = re.sub(r"audit trail \d+ entries, newest [0-9a-f]+", "", pdf_text(path))
    text = re.sub(r"Audit trail at printing: .*?hash [0-9a-f]+\.", "", text, flags=re.S)
    return re.sub(r"\s+", " ", text)


def test_a_later_reopening_leaves_the_earlier_months_register_as_printed(
    manager, clock, tmp_path: Path, home: Path, store
) -> None:
    made = _october(manager, clock)
    clock(dt.datetime(2026, 11, 2, 9))
    before_pdf = tmp_path / "october-printed-in-november.pdf"
    before = build_register(before_pdf, MONTH, lang="en", invariant=True)
    before_stats = month_stats(MONTH)
    before_text = _printed(before_pdf)
    # As October ended: the first closed on the 12th, the second still open.
    assert "Closed 12/10/2026" in before_text and "Compensation 20.00 CNY" in before_text
    assert "Parcel never came" in before_text and "still open" in before_text
    assert "Follow-up call waived by Chen Jing 陈静: No phone number" in before_text
    assert (before_stats.resolved, before_stats.still_open, before_stats.closed) == (2, 1, 2)

    _november(manager, clock, made)
    assert Complaint.get_by_id(made["closed"].id).compensation == 250  # today's values
    clock(dt.datetime(2026, 12, 1, 9))
    after_pdf = tmp_path / "october-printed-in-december.pdf"
    after = build_register(after_pdf, MONTH, lang="en", invariant=True)

    assert _printed(after_pdf) == before_text  # rows, figures, causes, sign-off
    assert (after.records, after.digest) == (before.records, before.digest)
    printed, again = read_integrity(before_pdf), read_integrity(after_pdf)
    assert printed is not None and again is not None
    moving = {"chain", "seal_events", "seal_head_id", "seal_head", "seal_signature"}
    assert {k: v for k, v in again.items() if k not in moving} == {
        k: v for k, v in printed.items() if k not in moving
    }
    assert month_stats(MONTH) == before_stats
    assert month_digest(MONTH) == (before.records, before.digest)
    # The inspector's check of the paper printed in November still passes in December.
    checked = run(home, "verify-register", str(before_pdf), db=store.url)
    assert checked.returncode == 0 and "OK" in checked.stdout, checked.stderr
    # November's register lists October's complaints still open at November's end: the
    # one resolved in November is not, the one reopened in November is.
    listed = [c.register_no for c in open_from_earlier("202611")]
    assert listed == [made["waived"].register_no]


def test_open_from_earlier_months_is_read_as_each_month_ended(manager, clock) -> None:
    made = _october(manager, clock)
    _november(manager, clock, made)
    clock(dt.datetime(2026, 12, 3, 9))
    lifecycle.reopen(manager, made["open"].id, "Customer came back")
    # At November's end the one resolved in November was not open, whatever it is now.
    assert [c.register_no for c in open_from_earlier("202611")] == [made["waived"].register_no]
    # Reopened in December: open from an earlier month in December's register.
    december = [c.register_no for c in open_from_earlier("202612")]
    assert december == [made["waived"].register_no, made["open"].register_no]  # oldest first


def test_a_change_behind_the_app_is_still_found_after_a_later_change(
    manager, clock, tmp_path: Path, home: Path, store
) -> None:
    """Later changes made through the app are undone to read the month as it ended; a
    value changed behind the app since is not one of them, and shows."""
    from tests.rawdb import Raw

    made = _october(manager, clock)
    clock(dt.datetime(2026, 11, 2, 9))
    printed = tmp_path / "october.pdf"
    build_register(printed, MONTH, lang="en", invariant=True)
    _november(manager, clock, made)
    assert run(home, "verify-register", str(printed), db=store.url).returncode == 0
    con = Raw(store)  # the compensation paid in November, changed in the database itself
    con.execute(f"UPDATE complaint SET compensation = 99900 WHERE id = {made['closed'].id}")
    con.commit_and_close()
    checked = run(home, "verify-register", str(printed), db=store.url)
    assert checked.returncode == 1 and "MISMATCH" in checked.stderr
