"""Guided de-escalation runs: each step taken is saved the moment it is taken.

A run follows one checklist with one customer. It records what was shown (in the
language shown), what the clerk did, the three changes if they were needed, and a
safety exit. A crash loses nothing: the next start offers the unfinished run back.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

import peewee as pw

from models.core import checklists
from models.core.actors import Actor
from models.core.countries import fill_numbers
from models.core.errors import QT_TRANSLATE_NOOP, InvalidTransition, NotFound, ValidationError
from models.core.resources import pick
from models.core.text import check_length, clean, clean_line
from models.people.branch import emergency_numbers
from models.register.statistics import month_bounds
from models.register.timeline import log
from models.storage.audit import as_actor
from models.storage.db import atomic
from models.storage.schema import (
    Appointment,
    ChecklistDef,
    Complaint,
    GuidedRun,
    RunStep,
    Staff,
    now,
)
from models.storage.typed import first_of

RESULTS = ("done", "skipped", "na", "answered", "chosen")


def active_checklist() -> checklists.Checklist:
    """The branch's own imported checklist if there is one, else the shipped default."""
    row = (
        ChecklistDef.select()
        .where(ChecklistDef.active == True)  # noqa: E712
        .order_by(ChecklistDef.id.desc())
        .first()
    )  # noqa: E712
    if row is not None:
        return checklists.parse(json.loads(row.body))
    return checklists.parse(checklists.default_document())


@as_actor
def import_checklist(actor: Actor, data: dict[str, Any]) -> ChecklistDef:
    """Make a validated checklist the branch's active one (older imports stay on record)."""
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may import a checklist."))
    checklists.parse(data)  # raises ChecklistInvalid, changing nothing
    with atomic():
        return ChecklistDef.create(
            key=data["id"],
            version=data["version"],
            body=json.dumps(data, ensure_ascii=False),
            imported_by=actor.name,
        )


def checklist_of(run: GuidedRun) -> checklists.Checklist:
    return checklists.parse(json.loads(run.checklist_body))


def get_run(run_id: int) -> GuidedRun:
    run = GuidedRun.get_or_none(GuidedRun.id == run_id)
    if run is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "No checklist run #{id}."), id=run_id)
    return run


def _open_run(run_id: int) -> GuidedRun:
    run = get_run(run_id)
    if run.outcome != "active":
        raise InvalidTransition(
            QT_TRANSLATE_NOOP("domain", "This checklist run has already ended.")
        )
    return run


@as_actor
def start_run(actor: Actor, lang: str, practice: bool = False) -> GuidedRun:
    """A new run; ``practice`` runs are for learning the guide and count nowhere."""
    checklist = active_checklist()
    with atomic():
        return GuidedRun.create(
            practice=practice,
            checklist_key=checklist.key,
            checklist_version=checklist.version,
            checklist_body=json.dumps(checklist.body, ensure_ascii=False),
            lang=lang,
            started_by=actor.staff_id,
            started_by_name=actor.name,
            handler_name=actor.name,
            current_step=checklist.first,
        )


@as_actor
def unfinished_run(actor: Actor) -> GuidedRun | None:
    """The newest run this person left open (after a crash or a closed window)."""
    query = GuidedRun.select().where(GuidedRun.outcome == "active")
    query = query.where(
        (GuidedRun.started_by == actor.staff_id)
        if actor.staff_id is not None
        else GuidedRun.started_by.is_null()
    )
    return first_of(query.order_by(GuidedRun.id.desc()))


def _append(
    run: GuidedRun,
    actor_name: str,
    step_id: str,
    kind: str,
    shown: dict[str, Any],
    result: str,
    answer: str = "",
    note: str = "",
    seconds: int | None = None,
) -> RunStep:
    seq = (RunStep.select().where(RunStep.run == run).count()) + 1
    return RunStep.create(
        run=run,
        seq=seq,
        step_id=step_id,
        kind=kind,
        shown=json.dumps(shown, ensure_ascii=False),
        result=result,
        answer=answer,
        note=note,
        seconds=seconds,
        actor_name=actor_name,
    )


@as_actor
def record_step(
    actor: Actor,
    run_id: int,
    step_id: str,
    result: str,
    *,
    answer: str | dt.datetime | None = None,
    choice: str | None = None,
    note: str = "",
    seconds: int | None = None,
) -> str:
    """Save what was done at ``step_id`` (``actor`` runs the guide: signs the entry);
    return where the checklist goes next."""
    if result not in RESULTS:
        raise ValueError(result)
    note = check_length("note", clean(note).strip())
    with atomic():
        run = _open_run(run_id)
        checklist = checklist_of(run)
        step = checklist.step(step_id)
        shown = checklist.shown(step, run.lang)
        text = ""
        if step.kind == "question" and result == "answered":
            if step.answer == "datetime":
                if not isinstance(answer, dt.datetime):
                    raise ValidationError(
                        "answer",
                        QT_TRANSLATE_NOOP("domain", "Enter the date and time you promised."),
                    )
                moment = answer.replace(second=0, microsecond=0)
                if moment < run.started_at.replace(second=0, microsecond=0):
                    raise ValidationError(
                        "answer",
                        QT_TRANSLATE_NOOP("domain", "The promised time is already in the past."),
                    )
                text = moment.isoformat(sep=" ", timespec="minutes")
                if step.fills == "promised_at":
                    run.promised_at = moment
            else:
                text = check_length("desired_outcome", clean(str(answer or "")).strip())
                if not text:
                    raise ValidationError(
                        "answer",
                        QT_TRANSLATE_NOOP(
                            "domain", "Write down the customer's answer, or skip the step."
                        ),
                    )
                if step.fills == "desired_outcome":
                    run.desired_outcome = text
        target = checklist.after(step_id)
        if step.kind == "choice" and result == "chosen":
            target = checklist.after(step_id, choice)
            text = choice or ""
        if step.calm and run.calm_at is None:
            run.calm_at = now()
        # The signed-in person who runs the guide is the one on record; a colleague who
        # took over is named in the run (handler_name), not made the author of the steps.
        _append(run, run.started_by_name, step_id, "step", shown, result, text, note, seconds)
        run.current_step = target if target not in checklists.SPECIAL_TARGETS else step_id
        run.save()
    return target


@as_actor
def go_back(actor: Actor, run_id: int, step_id: str) -> None:
    """Remember that the clerk went back to ``step_id`` (the steps taken stay recorded)."""
    with atomic():
        run = _open_run(run_id)
        run.current_step = step_id
        run.save()


@as_actor
def escalate(
    actor: Actor,
    run_id: int,
    *,
    person_id: int | None = None,
    place: str = "",
    appointment_at: dt.datetime | None = None,
    appointment_with_id: int | None = None,
    note: str = "",
) -> GuidedRun:
    """Take the next of the three changes: person, then place, then time."""
    note = check_length("note", clean(note).strip())
    with atomic():
        run = _open_run(run_id)
        checklist = checklist_of(run)
        if run.escalation_level >= len(checklist.rungs):
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "All three changes have been tried; book the appointment or use the safety exit.",
                )
            )
        rung = checklist.rungs[run.escalation_level]
        shown = checklist.shown(rung, run.lang)
        answer = ""
        if rung.records == "person":
            person = Staff.get_or_none(Staff.id == person_id) if person_id else None
            if person is None or not person.active:
                raise ValidationError(
                    "person", QT_TRANSLATE_NOOP("domain", "Choose the colleague who takes over.")
                )
            answer = person.name
            previous = run.handler_name
            run.handler_name = person.name
            shown["handed_over_from"] = previous
            shown["colleague"] = person.name
        elif rung.records == "place":
            answer = check_length("reason", clean_line(place))
            if not answer:
                raise ValidationError(
                    "place", QT_TRANSLATE_NOOP("domain", "Write where you moved to.")
                )
            run.place = answer
        else:
            who = (
                Staff.get_or_none(Staff.id == appointment_with_id) if appointment_with_id else None
            )
            if who is None:
                raise ValidationError(
                    "with",
                    QT_TRANSLATE_NOOP(
                        "domain", "Choose the senior manager the customer will meet."
                    ),
                )
            if appointment_at is None or appointment_at <= now():
                raise ValidationError(
                    "appointment_at",
                    QT_TRANSLATE_NOOP("domain", "Choose a date and time in the future."),
                )
            Appointment.create(
                run=run,
                complaint=run.complaint,
                at=appointment_at.replace(second=0, microsecond=0),
                with_name=who.name,
                with_staff=who,
                place=run.place,
                note=note,
            )
            answer = f"{appointment_at:%Y-%m-%d %H:%M} · {who.name}"
        _append(run, actor.name, rung.id, "escalation", shown, "recorded", answer, note)
        run.escalation_level += 1
        run.save()
    return run


@as_actor
def safety_exit(actor: Actor, run_id: int, note: str = "") -> GuidedRun:
    """Stop the checklist because of threats or violence; it is recorded as such."""
    note = check_length("note", clean(note).strip())
    with atomic():
        run = _open_run(run_id)
        checklist = checklist_of(run)
        numbers = emergency_numbers()
        shown = {
            "title": pick(checklist.safety["title"], run.lang),
            "do": pick(checklist.safety["do"], run.lang),
            "steps": [fill_numbers(pick(s, run.lang), numbers) for s in checklist.safety["steps"]],
            "numbers": {
                "police": numbers.police,
                "ambulance": numbers.ambulance,
                "fire": numbers.fire,
            },
        }
        _append(run, actor.name, "safety_exit", "safety_exit", shown, "done", "", note)
        run.outcome = "safety_exit"
        run.ended_at = now()
        run.save()
    return run


@as_actor
def add_note(actor: Actor, run_id: int, note: str) -> None:
    """A note written afterwards (e.g. what happened at a safety exit); runs stay append-only."""
    note = check_length("note", clean(note).strip())
    if not note:
        return
    with atomic():
        run = get_run(run_id)
        _append(run, actor.name, "note", "note", {}, "recorded", "", note)


@as_actor
def finish(actor: Actor, run_id: int) -> GuidedRun:
    """The run went to its end (or its person closed it when it was offered back)."""
    with atomic():
        run = _open_run(run_id)
        run.outcome = "completed"
        run.ended_at = now()
        run.save()
    return run


@as_actor
def attach(actor: Actor, run_id: int, complaint_id: int) -> GuidedRun:
    """Put the run (and any appointment it booked) on the complaint's timeline."""
    with atomic():
        run = get_run(run_id)
        if run.practice:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "A practice run is not attached to a complaint. Start the guide with F2 "
                    "when a customer is really at the counter.",
                )
            )
        complaint = Complaint.get_or_none(Complaint.id == complaint_id)
        if complaint is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "No complaint #{id}."), id=complaint_id)
        if run.complaint_id is not None and run.complaint_id != complaint_id:
            raise InvalidTransition(
                QT_TRANSLATE_NOOP("domain", "This run already belongs to another complaint.")
            )
        run.complaint = complaint
        if run.outcome == "active":
            run.outcome, run.ended_at = "completed", now()
        run.save()
        for appointment in Appointment.select().where(Appointment.run == run):
            appointment.complaint = complaint
            appointment.save()
        log(complaint, actor, "checklist", new=str(run.id), text=summary_line(run))
    return run


def changes_left(run: GuidedRun) -> int:
    """How many of the three changes are still to try (0: book the appointment or stop)."""
    return max(0, len(checklist_of(run).rungs) - run.escalation_level)


def appointment_of(run: GuidedRun) -> Appointment | None:
    """The appointment the third change booked, if it did."""
    return first_of(
        Appointment.select().where(Appointment.run == run).order_by(Appointment.id.desc())
    )


def summary_line(run: GuidedRun) -> str:
    """A language-neutral one-liner for the timeline; a colleague who took over is named
    as such, the run itself belongs to the person who started it."""
    minutes = int(((run.ended_at or now()) - run.started_at).total_seconds() // 60)
    changes = ("person", "place", "time")[: run.escalation_level]
    parts = [f"{minutes} min", f"changes: {', '.join(changes) if changes else 'none'}"]
    if run.handler_name and run.handler_name != run.started_by_name:
        parts.append(f"colleague who took over: {run.handler_name}")
    if run.outcome == "safety_exit":
        parts.append("safety exit")
    return "; ".join(parts)


def steps_of(run_id: int) -> list[RunStep]:
    return list(RunStep.select().where(RunStep.run == run_id).order_by(RunStep.seq))


def runs_of(complaint_id: int) -> list[GuidedRun]:
    return list(
        GuidedRun.select().where(GuidedRun.complaint == complaint_id).order_by(GuidedRun.id)
    )


def upcoming_appointments(today: dt.date | None = None, limit: int = 20) -> list[Appointment]:
    start = dt.datetime.combine(today or dt.date.today(), dt.time())
    return list(
        Appointment.select()
        .join(GuidedRun, pw.JOIN.LEFT_OUTER, on=(Appointment.run == GuidedRun.id))
        .where((Appointment.at >= start) & ((GuidedRun.practice == False) | GuidedRun.id.is_null()))  # noqa: E712
        .order_by(Appointment.at)
        .limit(limit)
    )


@dataclass(frozen=True)
class GuidedStats:
    runs: int
    rungs: tuple[int, int, int]  # runs that needed the person, place, time change
    safety_exits: int
    median_seconds_to_calm: float | None
    most_skipped: list[tuple[str, int]]  # (step id, times skipped)


def stats(month: str | None = None) -> GuidedStats:
    """Figures for managers; ``month`` is YYYYMM of the run's start, None for all time."""
    query = GuidedRun.select().where(GuidedRun.practice == False)  # noqa: E712
    if month:
        start, end = month_bounds(month)
        query = query.where((GuidedRun.started_at >= start) & (GuidedRun.started_at < end))
    runs = list(query)
    calm = [(r.calm_at - r.started_at).total_seconds() for r in runs if r.calm_at]
    ids = [r.id for r in runs]
    skipped: Counter[str] = Counter()
    if ids:
        for step in RunStep.select(RunStep.step_id).where(
            RunStep.run.in_(ids) & (RunStep.result == "skipped")
        ):
            skipped[step.step_id] += 1
    return GuidedStats(
        runs=len(runs),
        rungs=tuple(sum(1 for r in runs if r.escalation_level > i) for i in range(3)),  # type: ignore[arg-type]
        safety_exits=sum(1 for r in runs if r.outcome == "safety_exit"),
        median_seconds_to_calm=statistics.median(calm) if calm else None,
        most_skipped=skipped.most_common(3),
    )
