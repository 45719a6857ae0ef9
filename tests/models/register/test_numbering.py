"""Register numbers: consecutive per month, never reused, safe under concurrent saves."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from pathlib import Path
from typing import Any

from models.maintenance.integrity import check_database
from models.people.branch import update_branch
from models.register.complaints import create_complaint
from models.storage.schema import Complaint, OpinionEntry

from tests.factories import make_form


def test_numbers_run_per_month_with_branch_code(manager) -> None:
    update_branch(manager, code="SH12")
    a = create_complaint(manager, make_form(received_at=dt.datetime(2026, 10, 30, 9)))
    b = create_complaint(manager, make_form(received_at=dt.datetime(2026, 11, 2, 9)))
    c = create_complaint(manager, make_form(received_at=dt.datetime(2026, 10, 31, 9)))
    assert (a.register_no, b.register_no, c.register_no) == (
        "SH12-202610-0001",
        "SH12-202611-0001",
        "SH12-202610-0002",
    )


def test_failed_save_does_not_consume_a_number(manager) -> None:
    create_complaint(manager, make_form())
    try:
        create_complaint(manager, make_form(summary=""))
    except Exception:
        pass
    second = create_complaint(manager, make_form())
    assert second.seq == 2


def _writer(home: str, url: str, count: int, ready: Any) -> None:
    from models.book.opinions import EntryForm, add_entry
    from models.core.actors import CLI_ACTOR
    from models.maintenance.store import open_store

    from tests.factories import make_form as form

    store = open_store(Path(home), url)
    ready.wait()
    for i in range(count):
        create_complaint(CLI_ACTOR, form())
        if i % 5 == 0:
            add_entry(CLI_ACTOR, EntryForm(kind="praise", text="很好 rất tốt"))
    store.close()


def test_concurrent_saves_from_several_processes_get_distinct_consecutive_numbers(store) -> None:
    """Several counter PCs saving at once, on a SQLite file or on the branch server."""
    ctx = multiprocessing.get_context("spawn")  # what Windows does
    writers, each = 4, 15
    barrier = ctx.Barrier(writers)
    procs = [
        ctx.Process(target=_writer, args=(str(store.data_dir), store.url, each, barrier))
        for _ in range(writers)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    seqs = sorted(c.seq for c in Complaint.select())
    assert seqs == list(range(1, writers * each + 1))
    assert Complaint.select(Complaint.register_no).distinct().count() == writers * each
    assert OpinionEntry.select().count() == writers * 3
    assert check_database().ok  # one unbroken audit chain, whoever saved first
