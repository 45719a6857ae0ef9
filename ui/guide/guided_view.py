"""The guided view: a calm, full-window walk through the de-escalation checklist.

Keyboard: Enter = done/next, Backspace = back (outside a text box), digits choose an
answer, E = the next of the three changes, F12 = safety exit, Esc = leave (the run stays
open and is offered back). Every step is saved the moment it is taken, off the GUI
thread (ui/common/operations.py): the guide moves on once the step is stored, and a key
pressed again meanwhile is not a second step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Actor
from models.core.checklists import Checklist
from models.counter import guided, replies
from models.register.complaints import get_complaint
from models.storage.schema import Complaint, GuidedRun, now

from ui.common.operations import Op, busy
from ui.guide.guided_panels import EndPanel, LastResortPanel, RungPanel, SafetyPanel, StepPanel
from ui.shell import labels

T = TypeVar("T")


def _taken(run_id: int) -> list[str]:
    """The steps a run recorded, in order (a recovered run is shown where it stopped)."""
    return [s.step_id for s in guided.steps_of(run_id) if s.kind == "step"]


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


class GuidedView(QWidget):
    """Signals carry the run id; the main window decides what happens next."""

    record_complaint = Signal(int)
    open_complaint = Signal(int)
    left = Signal()

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidedView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._actor_getter = actor_getter
        self.run: GuidedRun | None = None
        self.checklist: Checklist | None = None
        self.step_id = ""
        self.history: list[str] = []
        self.step_started = now()
        self.mode = "step"  # step, rung, safety, end
        self._last_op: Op[Any] | None = None
        self.refusal: QMessageBox | None = None  # a run that could not be started says why
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_clocks)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 20, 40, 20)
        top = QHBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("guideCaption")
        self.handler_label = QLabel(self)
        self.handler_label.setObjectName("guideCaption")
        self.elapsed = QLabel(self)
        self.elapsed.setObjectName("guideElapsed")
        self.leave_button = QPushButton(self.tr("Leave (Esc)"), self)
        top.addWidget(self.name_label)
        top.addSpacing(20)
        top.addWidget(self.handler_label, 1)
        top.addWidget(self.elapsed)
        top.addSpacing(20)
        top.addWidget(self.leave_button)
        outer.addLayout(top)
        self.practice_label = QLabel(
            self.tr("Practice run: not counted in the figures, not attached to a complaint."),
            self,
        )
        self.practice_label.setObjectName("infoBox")
        self.practice_label.hide()
        outer.addWidget(self.practice_label)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        outer.addWidget(self.progress)

        self.stack = QStackedWidget(self)
        self.step_panel = StepPanel(self.stack)
        self.rung_panel = RungPanel(self.stack)
        self.safety_panel = SafetyPanel(self.stack)
        self.end_panel = EndPanel(self.stack)
        self.last_panel = LastResortPanel(self.stack)
        for panel in (
            self.step_panel,
            self.rung_panel,
            self.safety_panel,
            self.end_panel,
            self.last_panel,
        ):
            self.stack.addWidget(panel)
        outer.addWidget(self.stack, 1)

        self.error = QLabel(self)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.note = QLineEdit(self)
        self.note.setMaxLength(10_000)
        self.note.setPlaceholderText(self.tr("Note for this step (optional)"))
        outer.addWidget(self.note)

        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back (Backspace)"), self)
        self.skip_button = QPushButton(self.tr("Skip (S)"), self)
        self.na_button = QPushButton(self.tr("Not applicable (N)"), self)
        self.next_button = QPushButton(self.tr("Done, next (Enter)"), self)
        self.next_button.setObjectName("primary")
        self.escalate_button = QPushButton(self.tr("Still upset: three changes (E)"), self)
        self.escalate_button.setObjectName("escalate")
        self.safety_button = QPushButton(self.tr("Safety exit (F12)"), self)
        self.safety_button.setObjectName("danger")
        for button in (self.back_button, self.skip_button, self.na_button, self.next_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.escalate_button)
        bar.addWidget(self.safety_button)
        outer.addLayout(bar)
        for button in (
            self.back_button,
            self.skip_button,
            self.na_button,
            self.next_button,
            self.escalate_button,
            self.safety_button,
            self.leave_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the view

        # What is pressed while a step is being stored is dropped: the guide moves on
        # once it is stored, and a second press is not a second step.
        free = self._when_free
        self.leave_button.clicked.connect(free(self.leave))
        self.back_button.clicked.connect(free(self.back))
        self.skip_button.clicked.connect(free(lambda: self.complete("skipped")))
        self.na_button.clicked.connect(free(lambda: self.complete("na")))
        self.next_button.clicked.connect(free(self.advance))
        self.escalate_button.clicked.connect(free(self.start_escalation))
        self.safety_button.clicked.connect(free(self.enter_safety))
        self.step_panel.choice_made.connect(self._choice_pressed)
        self.step_panel.replies.itemActivated.connect(self._use_reply)
        self.end_panel.record_button.clicked.connect(free(self.end_record))
        self.end_panel.link_button.clicked.connect(free(self.end_link))
        self.end_panel.finish_button.clicked.connect(free(self.end_finish))
        self.end_panel.register_no.returnPressed.connect(free(self.end_link))
        self.last_panel.end_button.clicked.connect(free(self.show_end))
        self.last_panel.safety_button.clicked.connect(free(self.enter_safety))
        self.last_panel.calmer_button.clicked.connect(free(self.back))

    @Slot(str)
    def _choice_pressed(self, key: str) -> None:
        if not self._waiting():
            self.choose(key)

    def _when_free(self, slot: Callable[[], None]) -> Callable[..., None]:
        """``slot``, unless a write of this view is still going (a button's argument dropped)."""

        def pressed(*_args: object) -> None:
            if not self._waiting():
                slot()

        return pressed

    # -- starting ------------------------------------------------------------
    def begin(self, then: Callable[[], None], practice: bool = False) -> None:
        """F2: this person's unfinished run, else a new one; Shift+F2: a new practice run.
        Found or started off the GUI thread; ``then`` once the run is on the view."""
        actor, lang = self._actor(), labels.language()

        def job() -> tuple[GuidedRun, list[str]]:  # on the op's thread
            run = None if practice else guided.unfinished_run(actor)
            if run is None:
                run = guided.start_run(actor, lang, practice=practice)
            return run, _taken(run.id)

        def opened(found: tuple[GuidedRun, list[str]]) -> None:
            self.attach_run(*found)
            then()

        self._op(job, opened, self._not_begun)

    def _not_begun(self, text: str, _exc: BaseException) -> None:
        """No run could be started: the view is not on screen, so a box over the window
        says why (the window stays as it was)."""
        self.refusal = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Op", "Not done"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        self.refusal.open()

    def attach_run(self, run: GuidedRun, taken: list[str]) -> None:
        """Show ``run`` where it stands: a new one at its first step, a recovered one where
        it was (``taken``: the steps it recorded, in order)."""
        self.run = run
        self.checklist = guided.checklist_of(run)
        current = run.current_step or self.checklist.first
        self.history = []
        for step_id in taken:
            if step_id == current:
                break
            if step_id not in self.history:
                self.history.append(step_id)
        self.name_label.setText(self.checklist.name(run.lang))
        self.practice_label.setVisible(bool(run.practice))
        self._tick.start()
        self.show_step(current)

    def _actor(self) -> Actor:
        """The signed-in person: the run is theirs even after a colleague took over."""
        return self._actor_getter()

    # -- writing -----------------------------------------------------------------
    def _op(
        self,
        job: Callable[[], T],
        then: Callable[[T], None],
        refused: Callable[[str, BaseException], None] | None = None,
    ) -> Op[T] | None:
        """Store off the GUI thread, then ``then`` (the guide moves on only once the write
        went through); a refusal is said in the error box of what is on screen. None
        while a write of this view is still going (a key pressed twice)."""
        op = Op(self, job).success(then).failure(refused or self._refused)
        if not op.run():
            return None
        self._last_op = op
        return op

    def _refused(self, text: str, _exc: BaseException) -> None:
        self.error.setText(text)
        self.error.show()

    def _waiting(self) -> bool:
        """A step is being stored: what is pressed meanwhile waits for it (is dropped)."""
        return busy(self)

    # -- steps -----------------------------------------------------------------
    def show_step(self, step_id: str) -> None:
        assert self.checklist is not None and self.run is not None
        self.mode = "step"
        self.step_id = step_id
        step = self.checklist.step(step_id)
        self.step_started = now()
        self.error.hide()
        self.note.clear()
        self.note.show()
        self.step_panel.show_step(self.checklist, step, self.run.lang, None)
        self.stack.setCurrentWidget(self.step_panel)
        ids = [s.id for s in self.checklist.steps]
        self.progress.setRange(0, len(ids))
        self.progress.setValue(ids.index(step_id) + 1)
        for button in (
            self.back_button,
            self.skip_button,
            self.na_button,
            self.next_button,
            self.escalate_button,
            self.safety_button,
        ):
            button.show()
        self.back_button.setEnabled(bool(self.history))
        self.back_button.setText(self.tr("Back (Backspace)"))
        self.next_button.setText(self.tr("Done, next (Enter)"))
        self.next_button.setVisible(step.kind != "choice")
        self.escalate_button.setText(
            self.tr("Still upset: three changes (E)")
            if guided.changes_left(self.run)
            else self.tr("Still upset: appointment or safety exit (E)")
        )
        self._update_clocks()
        self.step_panel.focus_input() if step.kind == "question" else self.setFocus()

    def _update_clocks(self) -> None:
        if self.run is None:
            return
        self.elapsed.setText(_clock((now() - self.run.started_at).total_seconds()))
        if self.run.handler_name == self.run.started_by_name:
            serving = self.tr("Serving the customer: you (%1)").replace("%1", self.run.handler_name)
        else:
            serving = self.tr("Serving the customer: your colleague %1").replace(
                "%1", self.run.handler_name
            )
        self.handler_label.setText(serving)
        if self.mode == "step":
            self.step_panel.timer.setText(
                self.tr("Listening for %1").replace(
                    "%1", _clock((now() - self.step_started).total_seconds())
                )
            )

    def _save(self, result: str, choice: str | None = None) -> None:
        """Store the step on screen, then go where the checklist says."""
        assert self.run is not None and self.checklist is not None
        step = self.checklist.step(self.step_id)
        answer: object = None
        if step.kind == "question" and result == "done":
            result = "answered"
            answer = (
                self.step_panel.answer_time.value()
                if step.answer == "datetime"
                else self.step_panel.answer_text.text()
            )
        actor, run_id, step_id, note = self._actor(), self.run.id, self.step_id, self.note.text()
        seconds = int((now() - self.step_started).total_seconds())

        def job() -> tuple[str, GuidedRun]:  # on the op's thread
            target = guided.record_step(
                actor,
                run_id,
                step_id,
                result,
                answer=answer,  # type: ignore[arg-type]  # a field with a time gives a datetime
                choice=choice,
                note=note,
                seconds=seconds,
            )
            if target == "safety_exit":  # the answer was threats or violence: stop here
                return target, guided.safety_exit(actor, run_id)
            return target, guided.get_run(run_id)

        def stored(found: tuple[str, GuidedRun]) -> None:
            target, self.run = found
            self._go(target)

        self._op(job, stored)

    def _go(self, target: str) -> None:
        if target == "escalate":
            self.start_escalation()
        elif target == "safety_exit":
            self.enter_safety()
        elif target == "end":
            self.show_end()
        else:
            self.history.append(self.step_id)
            self.show_step(target)

    @Slot()
    def advance(self) -> None:
        if self.mode == "rung":
            self.record_rung()
        elif self.mode == "safety":
            self.leave()
        else:
            self.complete("done")

    def complete(self, result: str) -> None:
        if self.mode != "step" or self.checklist is None:
            return
        if self.checklist.step(self.step_id).kind == "choice" and result == "done":
            return  # a choice step moves on when an answer is chosen
        self._save(result)

    @Slot(str)
    def choose(self, key: str) -> None:
        if self.mode != "step" or self.checklist is None:
            return
        step = self.checklist.step(self.step_id)
        if step.kind != "choice" or key not in {c["key"] for c in step.choices}:
            return
        self._save("chosen", key)

    @Slot()
    def back(self) -> None:
        if self.mode in ("rung", "last"):
            self.show_step(self.step_id)
            return
        if self.mode != "step" or not self.history or self.run is None:
            return
        actor, run_id, previous = self._actor(), self.run.id, self.history[-1]

        def went_back(_: None) -> None:
            self.history.pop()
            self.show_step(previous)

        self._op(lambda: guided.go_back(actor, run_id, previous), went_back)

    @Slot(QListWidgetItem)
    def _use_reply(self, item: QListWidgetItem) -> None:
        """Put the reply into the note for editing, and count that it was used."""
        reply_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.note.setText(str(item.data(Qt.ItemDataRole.UserRole + 1)))
        self.note.setFocus()
        actor = self._actor()
        self._op(lambda: replies.count_use(actor, reply_id), lambda _: None)

    # -- the three changes ---------------------------------------------------
    @Slot()
    def start_escalation(self) -> None:
        if self.run is None or self.checklist is None or self.mode not in ("step",):
            return
        if not guided.changes_left(self.run):
            self.show_last_resort()
            return
        self.mode = "rung"
        self.rung_panel.show_rung(
            self.checklist, self.run.escalation_level, self.run.lang, self.run.handler_name
        )
        self.stack.setCurrentWidget(self.rung_panel)
        self.note.hide()
        self.error.hide()
        for button in (self.skip_button, self.na_button, self.escalate_button):
            button.hide()
        self.back_button.setEnabled(True)
        self.back_button.setText(self.tr("Cancel (Esc)"))
        self.next_button.setText(self.tr("Record and continue (Enter)"))
        self.next_button.show()
        self.rung_panel.focus_input()

    def record_rung(self) -> None:
        assert self.run is not None
        panel = self.rung_panel
        actor, run_id, appointment = self._actor(), self.run.id, panel.records == "appointment"
        person_id = panel.person.currentData() if panel.records == "person" else None
        place, note = panel.place.text(), panel.note.text()
        when = panel.when.value() if appointment else None
        with_id = panel.with_whom.currentData() if appointment else None

        def recorded(run: GuidedRun) -> None:
            self.run = run
            self.show_step(self.step_id)

        def refused(text: str, _exc: BaseException) -> None:
            panel.error.setText(text)
            panel.error.show()

        self._op(
            lambda: guided.escalate(
                actor,
                run_id,
                person_id=person_id,
                place=place,
                appointment_at=when,  # type: ignore[arg-type]
                appointment_with_id=with_id,
                note=note,
            ),
            recorded,
            refused,
        )

    def show_last_resort(self) -> None:
        """After the third change: the appointment it booked, or the safety exit."""
        assert self.run is not None
        self.mode = "last"
        appointment = guided.appointment_of(self.run)
        self.last_panel.show_options(
            labels.datetime(appointment.at) if appointment else "",
            appointment.with_name if appointment else "",
        )
        self.stack.setCurrentWidget(self.last_panel)
        self.note.hide()
        self.error.hide()
        for button in (self.skip_button, self.na_button, self.escalate_button, self.next_button):
            button.hide()
        self.safety_button.show()
        self.back_button.setEnabled(True)
        self.back_button.setText(self.tr("Back (Backspace)"))
        self.setFocus()

    # -- safety exit -----------------------------------------------------------
    @Slot()
    def enter_safety(self) -> None:
        if self.run is None or self.checklist is None or self.mode == "safety":
            return
        if self.run.outcome == "active":
            actor, run_id = self._actor(), self.run.id
            self._op(lambda: guided.safety_exit(actor, run_id), self._show_safety)
        else:
            self._show_safety(self.run)

    def _show_safety(self, run: GuidedRun) -> None:
        assert self.checklist is not None
        self.run = run
        self.mode = "safety"
        self.safety_panel.show_safety(self.checklist, self.run.lang)
        self.stack.setCurrentWidget(self.safety_panel)
        self.note.hide()
        for button in (
            self.back_button,
            self.skip_button,
            self.na_button,
            self.escalate_button,
            self.safety_button,
        ):
            button.hide()
        self.next_button.setText(self.tr("Close (Enter)"))
        self.next_button.show()

    # -- the end ---------------------------------------------------------------
    def show_end(self) -> None:
        assert self.run is not None
        self.mode = "end"
        run = self.run
        lines = [
            self.tr("Time with the customer: %1").replace(
                "%1", _clock((now() - run.started_at).total_seconds())
            )
        ]
        if run.desired_outcome:
            lines.append(self.tr("Outcome wanted: %1").replace("%1", run.desired_outcome))
        if run.promised_at:
            lines.append(self.tr("Promised by: %1").replace("%1", labels.datetime(run.promised_at)))
        if run.escalation_level:
            lines.append(
                self.tr("Changes needed: %1 of 3").replace("%1", str(run.escalation_level))
            )
        lines += moved_and_met(run)
        if not run.practice:
            lines.append(
                self.tr("The register number is given when the complaint is recorded (1).")
            )
        # A practice run ends here: nothing to record, nothing to attach.
        self.end_panel.record_button.setVisible(not run.practice)
        self.end_panel.link_button.setVisible(not run.practice)
        self.end_panel.register_no.setVisible(not run.practice)
        self.end_panel.summary.setText("\n".join(lines))
        self.end_panel.error.hide()
        self.stack.setCurrentWidget(self.end_panel)
        self.note.hide()
        for button in (
            self.skip_button,
            self.na_button,
            self.next_button,
            self.escalate_button,
            self.safety_button,
        ):
            button.hide()
        self.back_button.setEnabled(True)
        self.back_button.setText(self.tr("Back (Backspace)"))
        self.setFocus()

    @Slot()
    def end_record(self) -> None:
        if self.run is not None and self.run.practice:
            self.end_finish()  # a practice run records nothing
        elif self.run is not None:
            self.record_complaint.emit(self.run.id)

    @Slot()
    def end_link(self) -> None:
        """Attach the run to the complaint whose register number was typed."""
        if self.run is None:
            return
        number = self.end_panel.register_no.text().strip().upper()
        actor, run_id = self._actor(), self.run.id

        def job() -> int | None:  # on the op's thread
            complaint = Complaint.get_or_none(Complaint.register_no == number)
            if complaint is None:
                return None
            guided.attach(actor, run_id, complaint.id)
            return get_complaint(complaint.id).id

        def linked(complaint_id: int | None) -> None:
            if complaint_id is None:
                self.end_panel.error.setText(
                    self.tr("No complaint has the register number %1.").replace("%1", number or "—")
                )
                self.end_panel.error.show()
                self.end_panel.register_no.setFocus()
                return
            self._stop()
            self.open_complaint.emit(complaint_id)

        def refused(text: str, _exc: BaseException) -> None:
            self.end_panel.error.setText(text)
            self.end_panel.error.show()

        self._op(job, linked, refused)

    @Slot()
    def end_finish(self) -> None:
        if self.run is not None and self.run.outcome == "active":
            actor, run_id = self._actor(), self.run.id
            self._op(lambda: guided.finish(actor, run_id), lambda _run: self._left())
        else:
            self._left()

    @Slot()
    def leave(self, wait: bool = False) -> None:
        """Leave the view; an unfinished run stays open and is offered back later.
        ``wait``: the screen is being locked; the note is stored (or refused) before."""
        if wait and self._last_op is not None:
            self._last_op.wait()  # the step being stored first
        if self.mode == "safety" and self.run is not None and self.safety_panel.note.text().strip():
            actor, run_id, note = self._actor(), self.run.id, self.safety_panel.note.text()

            def noted(_: None) -> None:
                self.safety_panel.note.clear()
                self._left()

            op = self._op(lambda: guided.add_note(actor, run_id, note), noted)
            if wait and op is not None:
                op.wait()
            return
        self._left()

    def _left(self) -> None:
        self._stop()
        self.left.emit()

    def _stop(self) -> None:
        self._tick.stop()
        self.run = None

    # -- keys --------------------------------------------------------------------
    def _typing(self) -> bool:
        focus = self.focusWidget()
        return isinstance(focus, (QLineEdit, QAbstractSpinBox)) and focus.isVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self._waiting():
            return  # a step is being stored: the next key is for the screen that follows
        key = event.key()
        text = event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.mode == "last":
                self.show_end()
            elif self.mode == "step":
                self.advance()
            elif self.mode == "rung":
                self.record_rung()
            elif self.mode == "safety":
                self.leave()
            elif self.mode == "end" and not self._typing():  # (a number typed: Link)
                self.end_record()  # Enter goes on here too: the first choice, record it
            return
        if key == Qt.Key.Key_Escape:
            self.back() if self.mode == "rung" else self.leave()
            return
        if key == Qt.Key.Key_F12:
            self.enter_safety()
            return
        if self._typing():
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Backspace:
            self.back()
        elif text.isdigit() and self.mode == "step":
            self.choose(text)
        elif text.isdigit() and self.mode == "last":
            {"1": self.show_end, "2": self.enter_safety, "3": self.back}.get(text, lambda: None)()
        elif text.isdigit() and self.mode == "end":
            {
                "1": self.end_record,
                "2": self.end_panel.register_no.setFocus,
                "3": self.end_finish,
            }.get(text, lambda: None)()
        elif text.lower() == "e" and self.mode == "step":
            self.start_escalation()
        elif text.lower() == "s" and self.mode == "step":
            self.complete("skipped")
        elif text.lower() == "n" and self.mode == "step":
            self.complete("na")
        else:
            super().keyPressEvent(event)

    def promised_and_outcome(self) -> tuple[str, dt.datetime | None]:
        assert self.run is not None
        return self.run.desired_outcome, self.run.promised_at


def moved_and_met(run: GuidedRun) -> list[str]:
    """Where the customer was moved to and the appointment booked, in the reader's
    language: the guide's last screen and the form it fills both say it."""
    lines = []
    if run.place:
        lines.append(
            QCoreApplication.translate("GuidedView", "Moved to: %1").replace("%1", run.place)
        )
    if (appointment := guided.appointment_of(run)) is not None:
        text = (
            QCoreApplication.translate("GuidedView", "Appointment: %1 with %2")
            .replace("%1", labels.datetime(appointment.at))
            .replace("%2", appointment.with_name)
        )
        if appointment.place and appointment.place != run.place:
            text += " · " + appointment.place
        lines.append(text)
    return lines
