"""The tamper-evident register: every change audited, chained, append-only, checkable."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import peewee
import pytest

from models.maintenance.integrity import chain_head, check_database
from models.people.branch import update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.storage.audit import NobodyActing, acting
from models.storage.schema import AuditEvent, Complaint, Event

from tests.factories import make_form
from tests.rawdb import Raw


def test_every_change_is_an_audit_event_with_who_and_old_new(manager, clerk) -> None:
    c = create_complaint(clerk, make_form())
    lifecycle.acknowledge(clerk, c.id)
    update_branch(manager, name="Nanjing Road")
    events = list(AuditEvent.select().order_by(AuditEvent.id))
    created = next(e for e in events if e.table_name == "complaint" and e.action == "create")
    assert created.actor_name == clerk.name
    status = [
        json.loads(e.changes)["status"]
        for e in events
        if e.table_name == "complaint" and "status" in json.loads(e.changes)
    ]
    assert status[-1] == ["received", "acknowledged"]
    branch = [e for e in events if e.table_name == "branch" and e.action == "update"][-1]
    assert (
        json.loads(branch.changes)["name"][1] == "Nanjing Road"
        and branch.actor_name == manager.name
    )
    report = check_database()
    assert report.ok, report.problems
    assert (report.events, report.head) == chain_head()


def test_a_change_naming_nobody_is_refused_and_not_saved(manager, clerk) -> None:
    """Nothing is attributed to whoever signed in last (another thread's person, another
    register's): a save that names nobody is a mistake in the program, refused before
    anything is written."""
    c = create_complaint(clerk, make_form())
    events = AuditEvent.select().count()
    row = Complaint.get_by_id(c.id)
    row.summary = "changed in nobody's name"
    with pytest.raises(NobodyActing):
        row.save()
    assert Complaint.get_by_id(c.id).summary == make_form().summary
    assert AuditEvent.select().count() == events
    with acting(manager):
        row.save()
    assert AuditEvent.select().order_by(AuditEvent.id.desc()).get().actor_name == manager.name
    assert check_database().ok


def test_a_chain_written_with_unusual_text_checks_clean(manager, clerk) -> None:
    """New events are hashed from their changes' JSON text as written; the check hashes
    what it reads back. Both must agree for quotes, Chinese, Vietnamese and emoji."""
    odd = make_form(
        customer_name='Trần "Út" 陳\\ 😀', summary='退款 {"x": [1, 2]} \u2028 tab\there'
    )
    create_complaint(clerk, odd)
    update_branch(manager, name='Chi nhánh "Quận 1" 分行')
    report = check_database()
    assert report.ok, report.problems
    assert report.events >= 2


def test_database_refuses_to_change_or_delete_audit_and_timeline_rows(manager) -> None:
    create_complaint(manager, make_form())
    with pytest.raises(peewee.IntegrityError):
        AuditEvent.update(actor_name="someone else").execute()
    with pytest.raises(peewee.IntegrityError):
        AuditEvent.delete().execute()
    with pytest.raises(peewee.IntegrityError):
        Event.delete().execute()


def test_check_names_a_field_changed_behind_the_apps_back(manager, store) -> None:
    c = create_complaint(manager, make_form(summary="Original words"))
    con = Raw(store)
    con.execute("UPDATE complaint SET summary = 'Quietly rewritten' WHERE id = ?", (c.id,))
    con.commit_and_close()
    report = check_database()
    assert not report.ok
    assert any(
        f"complaint #{c.id} field summary" in p and "text its audit history does not" in p
        for p in report.problems
    )
    # Free text may name a customer: the report names the field, never repeats the text.
    assert not any("Quietly rewritten" in p or "Original words" in p for p in report.problems)


def test_check_finds_an_audit_row_deleted_after_dropping_its_trigger(manager, store) -> None:
    create_complaint(manager, make_form())
    c2 = create_complaint(manager, make_form())
    lifecycle.acknowledge(manager, c2.id)
    con = Raw(store)
    con.drop_delete_guard("audit_event")
    victim = con.execute(
        "SELECT id FROM audit_event WHERE table_name = 'complaint' AND row_id = ? AND action = 'create'",
        (c2.id,),
    ).fetchone()[0]
    con.execute("DELETE FROM audit_event WHERE id = ?", (victim,))
    con.commit_and_close()
    report = check_database()
    assert any(
        "Audit chain broken" in p and f"The last good entry is #{victim - 1}" in p
        for p in report.problems
    ), report.problems


def test_cutting_the_newest_events_shows_as_a_mismatch(manager, store) -> None:
    c = create_complaint(manager, make_form())
    lifecycle.acknowledge(manager, c.id)
    con = Raw(store)
    con.drop_delete_guard("audit_event")
    con.execute("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    con.commit_and_close()
    report = check_database()
    assert any(f"complaint #{c.id} field status" in p for p in report.problems)


def test_check_finds_a_deleted_complaint_and_the_gap(manager, store) -> None:
    first = create_complaint(manager, make_form())
    middle = create_complaint(manager, make_form())
    create_complaint(manager, make_form())
    con = Raw(store)
    con.foreign_keys_off()
    con.drop_delete_guard("event")
    con.execute("DELETE FROM event WHERE complaint_id = ?", (middle.id,))
    con.execute("DELETE FROM complaint WHERE id = ?", (middle.id,))
    con.commit_and_close()
    report = check_database()
    assert any(
        f"complaint #{middle.id} is in the audit history but missing" in p for p in report.problems
    )
    assert any(middle.register_no in p and "missing" in p for p in report.problems)
    assert first.register_no not in " ".join(report.problems)


def test_cli_check(tmp_path: Path) -> None:
    from tests.cli.test_cli import run

    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "4").returncode == 0
    ok = run(home, "check")
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout
    con = sqlite3.connect(home / "complaints.sqlite3")
    con.execute("UPDATE staff SET role = 'manager' WHERE id = (SELECT max(id) FROM staff)")
    con.commit()
    con.close()
    bad = run(home, "check")
    assert bad.returncode == 1 and "field role" in bad.stderr and "Traceback" not in bad.stderr
