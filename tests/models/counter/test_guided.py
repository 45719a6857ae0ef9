"""Guided runs in the domain: saved step by step, the three changes, safety exit, figures."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from models.core.actors import actor_for
from models.core.errors import InvalidTransition, ValidationError
from models.counter import guided
from models.register.complaints import create_complaint
from models.register.timeline import events_of
from models.storage.schema import Appointment, GuidedRun, Staff

from tests.factories import make_form


def test_each_step_is_saved_with_the_words_shown(clerk) -> None:
    run = guided.start_run(clerk, "zh_CN")
    assert (
        guided.record_step(clerk, run.id, "safety", "done", note="moved to the side desk")
        == "thank"
    )
    assert guided.record_step(clerk, run.id, "thank", "skipped") == "listen"
    steps = guided.steps_of(run.id)
    assert [(s.step_id, s.result) for s in steps] == [("safety", "done"), ("thank", "skipped")]
    shown = json.loads(steps[0].shown)
    checklist = guided.checklist_of(run)
    assert shown["title"] == checklist.step("safety").text("title", "zh_CN")
    assert steps[0].note == "moved to the side desk" and steps[0].actor_name == clerk.name
    assert GuidedRun.get_by_id(run.id).current_step == "listen"


def test_answers_fill_outcome_and_promised_time_and_mark_calm(clerk) -> None:
    run = guided.start_run(clerk, "en")
    with pytest.raises(ValidationError):
        guided.record_step(clerk, run.id, "outcome", "answered", answer="   ")
    guided.record_step(clerk, run.id, "outcome", "answered", answer="Refund the fee today")
    promised = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=2)
    guided.record_step(clerk, run.id, "promise", "answered", answer=promised)
    run = GuidedRun.get_by_id(run.id)
    assert run.desired_outcome == "Refund the fee today"
    assert run.promised_at == promised and run.calm_at is not None


def test_choices_follow_their_links(clerk) -> None:
    run = guided.start_run(clerk, "en")
    assert guided.record_step(clerk, run.id, "check_mood", "chosen", choice="1") == "outcome"
    assert guided.record_step(clerk, run.id, "check_mood", "chosen", choice="2") == "escalate"
    assert guided.record_step(clerk, run.id, "check_mood", "chosen", choice="3") == "safety_exit"


def test_three_changes_in_order_with_an_appointment(clerk, manager) -> None:
    run = guided.start_run(clerk, "en")
    with pytest.raises(ValidationError):
        guided.escalate(clerk, run.id, person_id=None)
    run = guided.escalate(clerk, run.id, person_id=manager.staff_id)
    assert run.handler_name == manager.name
    run = guided.escalate(
        actor_for(Staff.get_by_id(manager.staff_id)), run.id, place="Meeting room 2"
    )
    assert run.place == "Meeting room 2"
    when = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)
    with pytest.raises(ValidationError):
        guided.escalate(
            clerk,
            run.id,
            appointment_at=dt.datetime(2020, 1, 1),
            appointment_with_id=manager.staff_id,
        )
    run = guided.escalate(clerk, run.id, appointment_at=when, appointment_with_id=manager.staff_id)
    assert run.escalation_level == 3
    with pytest.raises(InvalidTransition):
        guided.escalate(clerk, run.id, place="again")
    appointment = Appointment.get()
    assert appointment.at == when and appointment.with_name == manager.name
    assert guided.upcoming_appointments()[0].id == appointment.id


def test_safety_exit_ends_the_run_and_is_recorded(clerk) -> None:
    run = guided.start_run(clerk, "vi")
    run = guided.safety_exit(clerk, run.id, note="Customer threatened the teller")
    assert run.outcome == "safety_exit" and run.ended_at is not None
    last = guided.steps_of(run.id)[-1]
    assert last.kind == "safety_exit" and json.loads(last.shown)["steps"]
    with pytest.raises(InvalidTransition):
        guided.record_step(clerk, run.id, "thank", "done")


def test_unfinished_run_is_found_again_for_the_same_person(clerk, manager) -> None:
    run = guided.start_run(clerk, "en")
    guided.record_step(clerk, run.id, "safety", "done")
    assert guided.unfinished_run(clerk).id == run.id
    assert guided.unfinished_run(manager) is None
    guided.finish(clerk, run.id)
    assert guided.unfinished_run(clerk) is None


def test_attaching_puts_the_run_and_appointment_on_the_complaint(clerk, manager) -> None:
    run = guided.start_run(clerk, "en")
    guided.escalate(clerk, run.id, person_id=manager.staff_id)
    guided.escalate(clerk, run.id, place="Office")
    guided.escalate(
        clerk,
        run.id,
        appointment_at=dt.datetime.now() + dt.timedelta(days=3),
        appointment_with_id=manager.staff_id,
    )
    complaint = create_complaint(clerk, make_form())
    guided.attach(clerk, run.id, complaint.id)
    assert guided.runs_of(complaint.id)[0].id == run.id
    assert Appointment.get().complaint_id == complaint.id
    assert any(e.kind == "checklist" for e in events_of(complaint.id))
    other = create_complaint(clerk, make_form())
    with pytest.raises(InvalidTransition):
        guided.attach(clerk, run.id, other.id)


def test_figures_for_managers(clerk, manager) -> None:
    calm = guided.start_run(clerk, "en")
    guided.record_step(clerk, calm.id, "thank", "skipped")
    guided.record_step(clerk, calm.id, "outcome", "answered", answer="Apology")
    upset = guided.start_run(clerk, "en")
    guided.record_step(clerk, upset.id, "thank", "skipped")
    guided.escalate(clerk, upset.id, person_id=manager.staff_id)
    guided.escalate(clerk, upset.id, place="Office")
    stopped = guided.start_run(clerk, "en")
    guided.safety_exit(clerk, stopped.id)
    figures = guided.stats(dt.date.today().strftime("%Y%m"))
    assert figures.runs == 3
    assert figures.rungs == (1, 1, 0)
    assert figures.safety_exits == 1
    assert figures.median_seconds_to_calm is not None
    assert figures.most_skipped[0] == ("thank", 2)
