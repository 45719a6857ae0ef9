"""Signed audit events: what someone with write access to the register but without the
staff's passwords can no longer do unseen."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from models.core import keys
from models.core.actors import actor_for
from models.maintenance.integrity import check_database
from models.people.branch import add_staff
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.storage import audit
from models.storage.schema import AuditEvent, Complaint, StaffKey
from models.trust import auth
from models.trust.signatures import root_fingerprint

from tests.factories import make_form, new_staff
from tests.rawdb import Raw

MANAGER_PASSWORD = "manager-password-1"
CLERK_PASSWORD = "clerk-password-1"


@pytest.fixture
def branch(store):  # type: ignore[no-untyped-def]
    """A branch set up as on a first start, its manager and a clerk signed in."""
    auth.set_up(
        {"name": "Riverside", "code": "RS1", "country": "GB", "deadline_preset": "uk_fca"},
        "Mai Lê",
        "mai",
        MANAGER_PASSWORD,
    )
    manager = auth.sign_in("mai", MANAGER_PASSWORD)
    clerk_row = add_staff(manager, "Tom Baker", "clerk")
    auth.set_credentials(manager, clerk_row.id, username="tom", password=CLERK_PASSWORD)
    clerk = auth.sign_in("tom", CLERK_PASSWORD)
    return manager, clerk


def _newest_hash(raw: Raw) -> str:
    return raw.execute("SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()[0]


def _append(raw: Raw, actor_id, actor_name, table, row_id, action, changes, key_id=None, sig=""):  # type: ignore[no-untyped-def]
    """An event appended the documented way: its hash computed, as an insider could."""
    prev = _newest_hash(raw)
    at = dt.datetime.now().replace(microsecond=0)
    text = audit.to_json(changes)
    digest = audit.new_event_hash(
        prev, audit.canonical(at), actor_name, table, row_id, action, text
    )
    raw.execute(
        "INSERT INTO audit_event (at, actor_id, actor_name, table_name, row_id, action, changes, "
        "prev_hash, hash, key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (at, actor_id, actor_name, table, row_id, action, text, prev, digest, key_id, sig),
    )


def test_what_a_signed_in_person_does_is_signed_and_checks_clean(branch) -> None:
    manager, clerk = branch
    c = create_complaint(clerk, make_form())
    lifecycle.acknowledge(clerk, c.id)
    signed = AuditEvent.select().where(
        (AuditEvent.table_name == "complaint") & (AuditEvent.row_id == c.id)
    )
    assert signed.count() >= 2
    assert all(e.key_id is not None and len(e.signature) == 128 for e in signed)
    assert {e.actor_id for e in signed} == {clerk.staff_id}
    report = check_database()
    assert report.ok, report.problems
    assert root_fingerprint() and root_fingerprint().count("-") == 3


def test_an_event_appended_in_the_managers_name_is_caught(branch, store) -> None:
    manager, clerk = branch
    c = create_complaint(clerk, make_form(customer_phone=""))
    raw = Raw(store)
    # The insider edits the complaint and appends the event that explains it, hash and all.
    raw.execute("UPDATE complaint SET summary = 'Nothing happened' WHERE id = ?", (c.id,))
    _append(
        raw,
        manager.staff_id,
        manager.name,
        "complaint",
        c.id,
        "update",
        {"summary": [c.summary, "Nothing happened"]},
    )
    raw.commit_and_close()
    problems = check_database().problems
    assert any("is not signed" in p and manager.name in p for p in problems), problems


def test_a_made_up_signature_is_caught(branch, store) -> None:
    manager, clerk = branch
    c = create_complaint(clerk, make_form(customer_phone=""))
    key_id = StaffKey.get(StaffKey.staff == manager.staff_id).id
    fake = keys.Signer(key_id, keys.new_private_key())  # a key of the insider's own
    raw = Raw(store)
    raw.execute("UPDATE complaint SET summary = 'Nothing happened' WHERE id = ?", (c.id,))
    prev = _newest_hash(raw)
    raw.commit_and_close()
    at = dt.datetime.now().replace(microsecond=0)
    changes = audit.to_json({"summary": [c.summary, "Nothing happened"]})
    digest = audit.new_event_hash(
        prev, audit.canonical(at), manager.name, "complaint", c.id, "update", changes
    )
    raw = Raw(store)
    _append(
        raw,
        manager.staff_id,
        manager.name,
        "complaint",
        c.id,
        "update",
        {"summary": [c.summary, "Nothing happened"]},
        key_id,
        fake.sign(digest.encode()),
    )
    raw.commit_and_close()
    problems = check_database().problems
    assert any("does not match" in p for p in problems), problems


def test_rewriting_and_rechaining_the_trail_is_caught(branch, store) -> None:
    manager, clerk = branch
    c = create_complaint(clerk, make_form(customer_phone="", summary="Charged twice"))
    lifecycle.acknowledge(clerk, c.id)
    raw = Raw(store)
    raw.execute("UPDATE complaint SET summary = 'Asked a question' WHERE id = ?", (c.id,))

    def edit(table: str, row_id: int, action: str, changes: str) -> str:
        if table == "complaint" and row_id == c.id and action == "create":
            return changes.replace("Charged twice", "Asked a question")
        return changes

    raw.rewrite_trail(edit)
    raw.commit_and_close()
    problems = check_database().problems
    assert not any("chain" in p.lower() and "broken" in p.lower() for p in problems)
    assert any("does not match" in p and f"complaint #{c.id}" in p for p in problems), problems


def test_a_key_slipped_into_the_key_table_is_caught(branch, store) -> None:
    manager, clerk = branch
    intruder = keys.new_private_key()
    raw = Raw(store)
    next_id = raw.execute("SELECT max(id) + 1 FROM staff_key").fetchone()[0]
    public = keys.public_hex(intruder)
    raw.execute(
        "INSERT INTO staff_key (id, staff_id, kind, public_key, sealed, created_at, vouched_by, "
        "vouch) VALUES (?, ?, 'password', ?, 'x', ?, NULL, '')",
        (next_id, clerk.staff_id, public, dt.datetime.now()),
    )
    signer = keys.Signer(next_id, intruder)
    prev = _newest_hash(raw)
    at = dt.datetime.now().replace(microsecond=0)
    values = {
        "staff": [None, clerk.staff_id],
        "kind": [None, "password"],
        "public_key": [None, public],
        "sealed": [None, {"sha256": "0" * 64}],
        "created_at": [None, audit.canonical(at)],
        "retired_at": [None, None],
        "vouched_by": [None, None],
        "vouch": [None, ""],
    }
    text = audit.to_json(values)
    digest = audit.new_event_hash(
        prev, audit.canonical(at), clerk.name, "staff_key", next_id, "create", text
    )
    raw.execute(
        "INSERT INTO audit_event (at, actor_id, actor_name, table_name, row_id, action, changes, "
        "prev_hash, hash, key_id, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            at,
            clerk.staff_id,
            clerk.name,
            "staff_key",
            next_id,
            "create",
            text,
            prev,
            digest,
            next_id,
            signer.sign(digest.encode()),
        ),
    )
    raw.commit_and_close()
    problems = check_database().problems
    assert any("without a manager's approval" in p and clerk.name in p for p in problems), problems


def test_a_changed_password_keeps_the_key_and_a_reset_gives_a_new_one(branch) -> None:
    manager, clerk = branch
    first = StaffKey.get((StaffKey.staff == clerk.staff_id) & StaffKey.retired_at.is_null())
    auth.set_credentials(clerk, clerk.staff_id, password="a-new-password-2")
    again = auth.sign_in("tom", "a-new-password-2")
    assert again.signer is not None and again.signer.key_id == first.id
    auth.reset_account(manager, clerk.staff_id, "reset-by-manager-3")
    after = auth.sign_in("tom", "reset-by-manager-3")
    assert after.signer is not None and after.signer.key_id != first.id
    new = StaffKey.get_by_id(after.signer.key_id)
    assert new.vouched_by == manager.signer.key_id  # the manager who reset it vouches
    assert StaffKey.get_by_id(first.id).retired_at is not None
    create_complaint(after, make_form())
    report = check_database()
    assert report.ok, report.problems


def test_a_pin_opens_a_key_of_its_own(branch) -> None:
    manager, clerk = branch
    from models.people.branch import update_branch

    update_branch(manager, allow_pin=True)
    auth.set_credentials(manager, clerk.staff_id, pin="482916")
    by_pin = auth.sign_in("tom", "482916")
    by_password = auth.sign_in("tom", CLERK_PASSWORD)
    assert by_pin.signer is not None and by_password.signer is not None
    assert by_pin.signer.key_id != by_password.signer.key_id
    create_complaint(by_pin, make_form())
    report = check_database()
    assert report.ok, report.problems


def test_a_key_sealed_under_another_secret_says_what_to_do(branch, store) -> None:
    manager, clerk = branch
    raw = Raw(store)
    other = keys.seal(keys.new_private_key(), "not the clerk's password")
    raw.execute("UPDATE staff_key SET sealed = ? WHERE staff_id = ?", (other, clerk.staff_id))
    raw.commit_and_close()
    with pytest.raises(keys.KeyUnavailable, match="reset your password"):
        auth.sign_in("tom", CLERK_PASSWORD)


def test_an_older_register_brings_its_people_in_at_their_sign_in(
    store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Accounts from before signing get a key at their next sign-in; the first manager's
    becomes the root, and what came before is sealed by it."""
    from models.people import staff_keys

    with monkeypatch.context() as older_app:  # passwords given before keys existed
        older_app.setattr(staff_keys, "for_new_secret", lambda *args: None)
        head = actor_for(new_staff("Old manager", "manager"))
        clerk_row = add_staff(head, "Old clerk", "clerk")
        auth.set_credentials(head, clerk_row.id, username="old", password=CLERK_PASSWORD)
        auth.set_credentials(head, head.staff_id, username="head", password=MANAGER_PASSWORD)
        create_complaint(head, make_form())
    assert not StaffKey.select().exists()
    manager = auth.sign_in("head", MANAGER_PASSWORD)
    clerk = auth.sign_in("old", CLERK_PASSWORD)
    c = create_complaint(clerk, make_form())
    lifecycle.acknowledge(manager, c.id)
    report = check_database()
    assert report.ok, report.problems
    assert Complaint.select().count() == 2
    assert json.loads(AuditEvent.select().order_by(AuditEvent.id.desc()).get().changes)
