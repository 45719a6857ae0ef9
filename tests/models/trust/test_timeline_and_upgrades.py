"""The timeline is evidence too, and an upgrade's unsigned entries are sealed by the
first manager who signs in after it: what an insider can no longer slip in unseen."""

from __future__ import annotations

import pytest

from models.maintenance import migrations
from models.maintenance.integrity import check_database
from models.maintenance.store import open_store
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.storage import schema
from models.storage.schema import AuditEvent, Event, Meta
from models.trust import auth
from models.trust.upgrade_seal import SEAL_ACTION

from tests.factories import make_form
from tests.models.trust.test_signatures import MANAGER_PASSWORD, _append, branch  # noqa: F401
from tests.rawdb import Raw


def test_a_rewritten_timeline_line_is_caught(branch, store) -> None:  # noqa: F811
    manager, clerk = branch
    c = create_complaint(clerk, make_form(customer_phone=""))
    lifecycle.acknowledge(clerk, c.id)
    assert check_database().ok
    raw = Raw(store)
    raw.drop_delete_guard("event")
    if not raw.pg:
        raw.execute("DROP TRIGGER IF EXISTS event_no_update")
    raw.execute(
        "UPDATE event SET actor_name = 'Mai Lê', text = 'Customer accepted' "
        "WHERE complaint_id = ? AND kind = 'status'",
        (c.id,),
    )
    raw.commit_and_close()
    problems = check_database().problems
    assert any(f"a line of the timeline of {c.register_no}" in p for p in problems), problems
    assert any(p.startswith("event #") and "changed behind the app" in p for p in problems), (
        problems
    )


def test_a_deleted_timeline_line_is_caught(branch, store) -> None:  # noqa: F811
    manager, clerk = branch
    c = create_complaint(clerk, make_form(customer_phone=""))
    lifecycle.acknowledge(clerk, c.id)
    raw = Raw(store)
    raw.drop_delete_guard("event")
    raw.execute("DELETE FROM event WHERE complaint_id = ? AND kind = 'status'", (c.id,))
    raw.commit_and_close()
    problems = check_database().problems
    assert any(p.startswith("event #") and "deleted behind the app" in p for p in problems)


@pytest.fixture
def upgraded(branch, store, home, db_url, monkeypatch):  # type: ignore[no-untyped-def]  # noqa: F811
    """A register whose timeline was written by the app before the timeline was audited,
    then upgraded (the step that brings the timeline under audit runs again)."""
    manager, clerk = branch
    with monkeypatch.context() as older_app:
        older_app.setattr(schema, "AUDITED_TABLES", schema.AUDITED_TABLES - {"event"})
        raw = Raw(store)
        if not raw.pg:
            raw.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
        else:
            raw.execute("ALTER TABLE audit_event DISABLE TRIGGER USER")
        raw.execute("DELETE FROM audit_event WHERE table_name = 'event'")
        raw.commit_and_close()
        c = create_complaint(clerk, make_form(customer_phone=""))
        lifecycle.acknowledge(clerk, c.id)
    step = migrations.MIGRATIONS.index(migrations._timeline_under_audit)
    Meta.update(value=str(step)).where(Meta.key == "schema_version").execute()
    store.close()
    reopened = open_store(home, db_url)
    yield reopened
    reopened.close()


def test_an_upgrade_records_the_timeline_and_the_first_manager_seals_it(upgraded) -> None:
    adopted = AuditEvent.select().where(AuditEvent.action == "adopt")
    assert adopted.count() >= 1 and all(e.key_id is None for e in adopted)
    assert Event.select().count() >= 2
    report = check_database()
    assert report.ok, report.problems  # waiting for its seal
    auth.sign_in("mai", MANAGER_PASSWORD)
    seal = AuditEvent.select().where(AuditEvent.action == SEAL_ACTION).get()
    assert seal.key_id is not None and seal.id > max(e.id for e in adopted)
    assert check_database().ok


def test_an_upgrade_entry_slipped_in_after_the_seal_is_caught(upgraded, store) -> None:
    manager = auth.sign_in("mai", MANAGER_PASSWORD)
    raw = Raw(upgraded)
    # An unsigned "upgrade" entry giving a field a value, hash computed the documented way.
    _append(raw, None, "schema upgrade", "branch", 1, "schema", {"referral": [None, ""]})
    raw.commit_and_close()
    create_complaint(manager, make_form(customer_phone=""))  # a manager works again
    problems = check_database().problems
    assert any("claims to come from an upgrade" in p for p in problems), problems
