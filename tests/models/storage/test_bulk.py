"""Loading years of complaints at once: complete, numbered, searchable, tamper-evident.

Runs on SQLite and PostgreSQL (conftest.BOTH_ENGINES).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from models.demo.demo_bulk import fill_register
from models.maintenance.integrity import check_database
from models.register import queries
from models.register.complaints import create_complaint
from models.register.timeline import events_of
from models.storage.schema import Complaint, Event, OpinionEntry

from tests.factories import make_form
from tests.rawdb import Raw


def test_bulk_register_is_complete_and_checks_clean(store, manager) -> None:
    result = fill_register(600, months=3, end=dt.date(2026, 10, 31), seed=3)
    assert result.complaints == Complaint.select().count() == 600
    assert result.opinions == OpinionEntry.select().count() > 100
    assert Event.select().where(Event.kind == "created").count() == 600
    months = {c.month for c in Complaint.select(Complaint.month)}
    assert months == {"202608", "202609", "202610"}
    report = check_database()
    assert report.ok, report.problems[:5]
    # A bulk-loaded complaint behaves like any other: timeline, search, numbering.
    first = Complaint.select().order_by(Complaint.id).first()
    assert events_of(first.id)[0].new_value == first.register_no
    word = first.summary[:2]
    assert first.id in {r.id for r in queries.page(queries.ListFilter(search=word), 0, 600)}
    later = create_complaint(manager, make_form(received_at=dt.datetime(2026, 10, 31, 17)))
    assert later.seq == Complaint.select().where(Complaint.month == "202610").count()
    assert check_database().ok


def test_changing_a_bulk_loaded_row_behind_the_app_is_found(store) -> None:
    fill_register(50, months=1, end=dt.date(2026, 10, 31), seed=4)
    victim = Complaint.select().order_by(Complaint.id.desc()).first()
    con = Raw(store)
    con.execute("UPDATE complaint SET summary = 'quietly changed' WHERE id = ?", (victim.id,))
    con.commit_and_close()
    problems = check_database().problems
    assert any(f"complaint #{victim.id} field summary" in p for p in problems)


def test_a_demo_register_exports_and_imports_again(store, tmp_path) -> None:
    """Every demo complaint is in a state the app allows (a resolved one has its
    outcome), so the demo's export is imported into another register without a refusal."""
    from models.core.actors import CLI_ACTOR
    from models.register.importer import import_csv
    from models.register.records import iter_records
    from reports.export import export_to

    fill_register(400, months=2, end=dt.date(2026, 10, 31), seed=5)
    done = Complaint.select().where(Complaint.status.in_(("resolved", "closed")))
    assert done.count() > 50 and all(c.outcome for c in done)
    exported = tmp_path / "demo.csv"
    assert export_to(exported, "csv", actor=CLI_ACTOR, full=True) == 400
    before = list(iter_records())
    store.close()

    from models.maintenance.store import open_store

    from tests import pg

    other_url = None if store.file else pg.create_database()
    other = open_store(tmp_path / "other", other_url)
    try:
        report = import_csv(CLI_ACTOR, exported)
        assert report.ok, report.errors[:3]
        assert list(iter_records()) == before
    finally:
        other.close()
        if other_url:
            pg.drop_database(other_url)


@pytest.mark.sqlite_only
def test_saves_after_a_bulk_load_never_rewrite_its_search_index(
    store, manager, monkeypatch
) -> None:
    """FTS5 merges a level of its index once it holds 16 segments. Left where a bulk load
    writes them, the loaded segments were merged by the 11th save after it, which then
    waited 1.6 s per 100,000 complaints loaded; the load now settles them where hundreds
    of saves do not reach (search.settle). Six batches of 100 stand in for the million."""
    from models.search import index as search
    from models.storage import bulk
    from models.storage.db import database

    monkeypatch.setattr(bulk, "BATCH", 100)
    fill_register(600, months=2, end=dt.date(2026, 10, 31), seed=5)

    def segments() -> set[bytes]:
        """Each segment's pages, hashed: a segment merged again is written anew (its id
        may be reused, its pages are not the same)."""
        rows = database.execute_sql(f"SELECT id >> 37, block FROM {search.FTS_TABLE}_data")
        pages: dict[int, list[bytes]] = {}
        for segment, block in rows.fetchall():
            pages.setdefault(segment, []).append(block)
        return {hashlib.sha256(b"".join(p)).digest() for s, p in pages.items() if s > 0}

    loaded = segments()
    for n in range(300):
        create_complaint(manager, make_form(summary=f"zebrafinch {n}"))
    assert loaded <= segments()  # what the load wrote was never merged again
    # ...and the index still finds what was loaded and what came after.
    found = queries.page(queries.ListFilter(search="zebrafinch"), 0, 500)
    assert len(found) == 300
    first = Complaint.select().order_by(Complaint.id).first()
    assert first.id in {
        r.id for r in queries.page(queries.ListFilter(search=first.register_no), 0, 5)
    }
