"""The lifecycle rules: the path a complaint takes, and the shortcuts refused."""

from __future__ import annotations

import datetime as dt

import pytest

from models.core.errors import ConcurrentEdit, InvalidTransition, PermissionDenied, ValidationError
from models.people.branch import add_staff
from models.register import lifecycle
from models.register.complaints import ComplaintForm, create_complaint, form_of, update_complaint
from models.register.timeline import events_of
from models.storage.schema import Complaint

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


def test_a_follow_up_records_the_score_the_customer_gave_never_a_default(clerk) -> None:
    c = create_complaint(clerk, make_form())
    _to_resolved(clerk, c.id)
    for missing in (None, "", 0, 6):
        with pytest.raises(ValidationError) as info:
            lifecycle.record_followup(clerk, c.id, satisfaction=missing)
        assert info.value.field == "satisfaction"
    assert Complaint.get_by_id(c.id).followup_done_at is None
    assert lifecycle.record_followup(clerk, c.id, satisfaction=2).satisfaction == 2


def test_a_manager_waives_the_call_on_a_resolved_complaint_with_a_reason(clerk, manager) -> None:
    """A customer with no phone: the complaint is closed on a manager's reason, without a
    follow-up call that never happened."""
    c = create_complaint(clerk, make_form(customer_phone=""))
    _to_resolved(clerk, c.id)
    with pytest.raises(PermissionDenied):
        lifecycle.close(clerk, c.id, waive_followup=True, waiver_reason="No phone number")
    with pytest.raises(ValidationError) as info:
        lifecycle.close(manager, c.id, waive_followup=True, waiver_reason=" ")
    assert info.value.field == "reason"
    closed = lifecycle.close(
        manager, c.id, waive_followup=True, waiver_reason="No phone number left"
    )
    assert closed.status == "closed" and closed.followup_waived
    assert closed.followup_done_at is None and closed.satisfaction is None
    last = events_of(c.id)[-1]
    assert (last.kind, last.new_value, last.text) == ("status", "closed", "No phone number left")


def test_a_complaint_about_the_manager_is_not_theirs_to_waive(clerk, manager) -> None:
    deputy = add_staff(manager, "Phạm Thu", "manager")
    about = create_complaint(
        clerk, make_form(subject_staff_id=manager.staff_id, handler_id=clerk.staff_id)
    )
    _to_resolved(clerk, about.id)
    with pytest.raises(PermissionDenied):
        lifecycle.close(manager, about.id, waive_followup=True, waiver_reason="No phone")
    from models.core.actors import actor_for

    lifecycle.close(actor_for(deputy), about.id, waive_followup=True, waiver_reason="No phone")


def test_the_resolution_is_corrected_without_reopening_and_each_change_is_on_the_timeline(
    clerk, manager
) -> None:
    c = create_complaint(clerk, make_form(handler_id=clerk.staff_id))
    _to_resolved(clerk, c.id, root_cause="")
    lifecycle.correct_resolution(
        clerk,
        c.id,
        remedy="Refunded 12.50 and apologised",
        compensation="6.16",
        root_cause="The fridge was set two degrees too warm",
        corrective_action="Thermometer checked at opening",
        reason="Found the cause after the customer left",
    )
    fixed = Complaint.get_by_id(c.id)
    assert fixed.status == "resolved" and str(fixed.compensation) == "6.16"
    assert fixed.root_cause == "The fridge was set two degrees too warm"
    events = events_of(c.id)
    corrected = [i for i, e in enumerate(events) if e.kind == "correction"]
    assert [events[i].text for i in corrected] == ["Found the cause after the customer left"]
    changes = {e.field: (e.old_value, e.new_value) for e in events[corrected[0] + 1 :]}
    assert changes == {  # the remedy was given unchanged: no line for it
        "compensation": ("12.50", "6.16"),
        "root_cause": ("", "The fridge was set two degrees too warm"),
        "corrective_action": ("", "Thermometer checked at opening"),
    }
    assert all(e.actor_name == clerk.name for e in events[corrected[0] :])
    # Nothing changed: nothing is written.
    before = len(events_of(c.id))
    lifecycle.correct_resolution(
        manager,
        c.id,
        remedy=fixed.remedy,
        compensation=fixed.compensation,
        root_cause=fixed.root_cause,
        corrective_action=fixed.corrective_action,
    )
    assert len(events_of(c.id)) == before
    # The remedy stays required; clearing the compensation clears its currency.
    with pytest.raises(ValidationError) as info:
        lifecycle.correct_resolution(
            manager, c.id, remedy=" ", compensation="", root_cause="x", corrective_action=""
        )
    assert info.value.field == "remedy"
    lifecycle.correct_resolution(
        manager, c.id, remedy="Apologised", compensation="", root_cause="x", corrective_action=""
    )
    cleared = Complaint.get_by_id(c.id)
    assert (cleared.compensation, cleared.currency) == (None, "")


def test_only_the_handler_or_a_manager_corrects_and_only_while_resolved(clerk, manager) -> None:
    other = add_staff(manager, "Tom Baker", "clerk")
    from models.core.actors import actor_for

    c = create_complaint(clerk, make_form(handler_id=clerk.staff_id))
    values = dict(remedy="Apologised", compensation="", root_cause="x", corrective_action="")
    with pytest.raises(InvalidTransition):  # not resolved yet: that is what Resolve is for
        lifecycle.correct_resolution(clerk, c.id, **values)
    _to_resolved(clerk, c.id)
    with pytest.raises(PermissionDenied):
        lifecycle.correct_resolution(actor_for(other), c.id, **values)
    lifecycle.correct_resolution(manager, c.id, **values)
    lifecycle.record_followup(clerk, c.id, satisfaction=4)
    lifecycle.close(clerk, c.id)
    with pytest.raises(InvalidTransition):
        lifecycle.correct_resolution(manager, c.id, **values)
    about = create_complaint(
        clerk, make_form(subject_staff_id=manager.staff_id, handler_id=clerk.staff_id)
    )
    _to_resolved(clerk, about.id)
    with pytest.raises(PermissionDenied):  # nobody corrects a complaint about themselves
        lifecycle.correct_resolution(manager, about.id, **values)


def test_requests_for_more_time_wait_for_the_managers_who_may_approve_them(clerk, manager) -> None:
    from models.core.actors import actor_for

    deputy = actor_for(add_staff(manager, "Phạm Thu", "manager"))
    first = create_complaint(clerk, make_form(handler_id=clerk.staff_id))
    second = create_complaint(manager, make_form(summary="Card not returned"))
    about = create_complaint(
        clerk, make_form(subject_staff_id=manager.staff_id, handler_id=clerk.staff_id)
    )
    create_complaint(clerk, make_form(summary="nobody asked for more time"))
    lifecycle.request_extension(clerk, first.id, "Waiting for the supplier's report")
    lifecycle.request_extension(manager, second.id, "CCTV footage takes a week")
    lifecycle.request_extension(clerk, about.id, "Head office reviews it")
    waiting = lifecycle.pending_extensions(manager)
    # Not the manager's own request, not the complaint about them.
    assert [(r.register_no, r.asked_by) for r in waiting] == [(first.register_no, clerk.name)]
    assert waiting[0].reason == "Waiting for the supplier's report"
    assert {r.register_no for r in lifecycle.pending_extensions(deputy)} == {
        first.register_no,
        second.register_no,
        about.register_no,
    }
    assert lifecycle.pending_extensions(clerk) == []
    lifecycle.extend_deadline(deputy, first.id)
    assert [r.register_no for r in lifecycle.pending_extensions(manager)] == []
    lifecycle.void(deputy, second.id, "Recorded twice")
    assert second.register_no not in {r.register_no for r in lifecycle.pending_extensions(deputy)}


def test_a_reopened_complaint_is_followed_up_again_before_it_closes(manager) -> None:
    """The call after the first resolution was about that one: once reopened and resolved
    again, closing waits for a new call (or a manager's waiver)."""
    c = create_complaint(manager, make_form())
    _to_resolved(manager, c.id)
    lifecycle.record_followup(manager, c.id, satisfaction=5, comment="Happy")
    lifecycle.close(manager, c.id)
    lifecycle.reopen(manager, c.id, "The refund never arrived")
    reopened = Complaint.get_by_id(c.id)
    assert (reopened.resolved_at, reopened.followup_done_at, reopened.satisfaction) == (
        None,
        None,
        None,
    )
    lifecycle.resolve(manager, c.id, outcome="upheld", remedy="Refunded in cash", root_cause="x")
    with pytest.raises(InvalidTransition, match="follow-up call has not been recorded"):
        lifecycle.close(manager, c.id)


def test_more_time_cannot_be_asked_for_once_the_reply_is_late(manager, clerk) -> None:
    """An extension approved after the due date would turn a late complaint into an
    on-time one: the request is refused once the date has passed."""
    import datetime as dt

    from models.core.errors import InvalidTransition
    from models.storage.schema import Complaint

    c = create_complaint(clerk, make_form(received_at=dt.datetime(2026, 1, 5, 10)))
    assert Complaint.get_by_id(c.id).due_date < dt.date.today()
    with pytest.raises(InvalidTransition) as refused:
        lifecycle.request_extension(clerk, c.id, "Waiting for the card centre")
    assert "already late" in refused.value.message
