"""The lifecycle rules: the path a complaint takes, and the shortcuts refused."""

from __future__ import annotations

import datetime as dt

import pytest

from models import lifecycle
from models.branch import add_staff
from models.complaints import ComplaintForm, create_complaint, form_of, update_complaint
from models.errors import ConcurrentEdit, InvalidTransition, PermissionDenied, ValidationError
from models.schema import Complaint
from models.timeline import events_of

from tests.factories import make_form


def _to_resolved(
    actor, complaint_id: int, root_cause: str = "Stock rotation not checked"
) -> Complaint:
    lifecycle.acknowledge(actor, complaint_id)
    lifecycle.start_investigation(actor, complaint_id)
    return lifecycle.resolve(
        actor,
        complaint_id,
        outcome="upheld",
        remedy="Refunded 12.50 and apologised",
        compensation="12.5",
        customer_accepted=True,
        root_cause=root_cause,
    )


def test_full_path_to_closed_is_on_the_timeline(clerk) -> None:
    c = create_complaint(clerk, make_form())
    _to_resolved(clerk, c.id)
    lifecycle.record_followup(clerk, c.id, satisfaction=5, comment="满意")
    closed = lifecycle.close(clerk, c.id)
    assert closed.status == "closed" and closed.closed_at is not None
    assert str(closed.compensation) == "12.50" and closed.currency == "CNY"
    moves = [(e.old_value, e.new_value) for e in events_of(c.id) if e.kind == "status"]
    assert moves == [
        ("received", "acknowledged"),
        ("acknowledged", "investigating"),
        ("investigating", "resolved"),
        ("resolved", "closed"),
    ]
    assert all(e.actor_name == clerk.name for e in events_of(c.id))


def test_cannot_skip_steps(clerk) -> None:
    c = create_complaint(clerk, make_form())
    with pytest.raises(InvalidTransition):
        lifecycle.resolve(clerk, c.id, outcome="upheld", remedy="x")
    with pytest.raises(InvalidTransition):
        lifecycle.close(clerk, c.id)
    with pytest.raises(InvalidTransition):
        lifecycle.start_investigation(clerk, c.id)
    assert Complaint.get_by_id(c.id).status == "received"


def test_closing_needs_root_cause(clerk) -> None:
    c = create_complaint(clerk, make_form())
    _to_resolved(clerk, c.id, root_cause="")
    lifecycle.record_followup(clerk, c.id, satisfaction=3)
    with pytest.raises(ValidationError) as info:
        lifecycle.close(clerk, c.id)
    assert info.value.field == "root_cause"


def test_closing_without_follow_up_needs_a_managers_waiver(clerk, manager) -> None:
    c = create_complaint(clerk, make_form())
    _to_resolved(clerk, c.id)
    with pytest.raises(InvalidTransition):
        lifecycle.close(clerk, c.id)
    with pytest.raises(PermissionDenied):
        lifecycle.close(
            clerk, c.id, waive_followup=True, waiver_reason="Customer asked not to be called"
        )
    with pytest.raises(ValidationError):
        lifecycle.close(manager, c.id, waive_followup=True, waiver_reason="  ")
    closed = lifecycle.close(
        manager, c.id, waive_followup=True, waiver_reason="Customer asked not to be called"
    )
    assert closed.followup_waived and closed.status == "closed"


def test_void_keeps_the_number_and_needs_a_reason(clerk, manager) -> None:
    c = create_complaint(clerk, make_form())
    with pytest.raises(PermissionDenied):
        lifecycle.void(clerk, c.id, "typo")
    with pytest.raises(ValidationError):
        lifecycle.void(manager, c.id, "")
    voided = lifecycle.void(manager, c.id, "Recorded twice")
    assert voided.status == "void" and voided.register_no == c.register_no
    assert voided.void_reason == "Recorded twice"
    with pytest.raises(InvalidTransition):
        lifecycle.void(manager, c.id, "again")
    nxt = create_complaint(clerk, make_form())
    assert nxt.seq == c.seq + 1


def test_reopen_takes_a_closed_complaint_back_to_investigating(clerk, manager) -> None:
    c = create_complaint(clerk, make_form())
    _to_resolved(clerk, c.id)
    lifecycle.record_followup(clerk, c.id, satisfaction=2)
    lifecycle.close(clerk, c.id)
    with pytest.raises(PermissionDenied):
        lifecycle.reopen(clerk, c.id, "Customer came back")
    reopened = lifecycle.reopen(manager, c.id, "Customer came back: refund never arrived")
    assert reopened.status == "investigating" and reopened.closed_at is None


def test_handler_may_not_be_the_person_complained_about(manager) -> None:
    teller = add_staff(manager, "Lê Thị Hoa", "clerk")
    other = add_staff(manager, "Tom Baker", "clerk")
    with pytest.raises(ValidationError) as info:
        create_complaint(manager, make_form(subject_staff_id=teller.id, handler_id=teller.id))
    assert info.value.field == "handler_id"
    c = create_complaint(manager, make_form(subject_staff_id=teller.id, handler_id=other.id))
    with pytest.raises(ValidationError):
        lifecycle.reassign(manager, c.id, teller.id)


def test_field_edits_are_logged_with_old_and_new_values(clerk) -> None:
    c = create_complaint(clerk, make_form())
    form: ComplaintForm = form_of(c)
    form.severity = "high"
    form.summary = "牛奶过期，顾客要求退款"
    update_complaint(clerk, c.id, form, c.version)
    changes = {e.field: (e.old_value, e.new_value) for e in events_of(c.id) if e.kind == "field"}
    assert changes["severity"] == ("medium", "high")
    assert changes["summary"] == ("买到的牛奶已过期", "牛奶过期，顾客要求退款")


def test_stale_edit_is_refused_and_changes_nothing(clerk) -> None:
    c = create_complaint(clerk, make_form())
    lifecycle.add_note(clerk, c.id, "Called the supplier")
    stale = form_of(c)
    stale.summary = "stale"
    with pytest.raises(ConcurrentEdit):
        update_complaint(clerk, c.id, stale, expected_version=c.version)
    assert Complaint.get_by_id(c.id).summary == "买到的牛奶已过期"


def test_received_date_cannot_move_to_another_month(clerk) -> None:
    c = create_complaint(clerk, make_form(received_at=dt.datetime(2026, 10, 31, 17, 0)))
    form = form_of(c)
    form.received_at = dt.datetime(2026, 11, 1, 9, 0)
    with pytest.raises(ValidationError):
        update_complaint(clerk, c.id, form)


def test_closed_complaint_cannot_be_edited(clerk) -> None:
    c = create_complaint(clerk, make_form())
    _to_resolved(clerk, c.id)
    lifecycle.record_followup(clerk, c.id, satisfaction=4)
    lifecycle.close(clerk, c.id)
    with pytest.raises(InvalidTransition):
        update_complaint(clerk, c.id, form_of(Complaint.get_by_id(c.id)))


def test_contact_attempts_and_notes_are_on_the_timeline(clerk) -> None:
    c = create_complaint(clerk, make_form())
    lifecycle.record_contact(clerk, c.id, method="phone", result="no_answer", note="Rang twice")
    lifecycle.add_note(clerk, c.id, "Supplier says batch 2611 was recalled")
    kinds = [(e.kind, e.text) for e in events_of(c.id)]
    assert ("contact", "Rang twice") in kinds
    assert ("note", "Supplier says batch 2611 was recalled") in kinds
