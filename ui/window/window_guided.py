"""The guided de-escalation view from the window: F2, practice, an unfinished
run, recording a complaint from a run, promoting an opinion entry.

A part of ``MainWindow`` (ui/window/main_window.py), which keeps the shell."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot

from models.core.actors import Actor
from models.counter import guided

from ui.common.operations import Op
from ui.shell import labels
from ui.window.window_state import WindowState

if TYPE_CHECKING:
    from models.register.complaints import ComplaintForm
    from models.storage.schema import Complaint, GuidedRun


LOG = logging.getLogger(__name__)


class GuidedMixin(WindowState):
    """Mixed into ``MainWindow``: its attributes and methods are reached through ``self``."""

    # -- the guided de-escalation view ----------------------------------------
    def _calm(self, on: bool) -> None:
        """The guided view fills the window: no navigation, no distractions."""
        self.nav.setVisible(not on)
        self.top_bar.setVisible(not on)
        if on:
            self.banner.hide()
            self.run_banner.hide()

    @Slot()
    def start_guided(self) -> None:
        """F2: continue this person's unfinished run, or start a new one."""
        if self._actor is None:
            return  # the lock screen: the guide is a signed-in person's
        if self._current_name() == "guided" and self.guided.run is not None:
            return
        self.guided.begin(self._enter_guided)

    @Slot()
    def practice_guided(self) -> None:
        """Shift+F2: the guide to learn or show it; the run is kept but never counted."""
        if self._actor is None or self._current_name() == "guided":
            return
        self.guided.begin(self._enter_guided, practice=True)

    def _enter_guided(self) -> None:
        """The run is stored and on the view: the guide fills the window."""
        if self._actor is None:
            return  # locked meanwhile
        self._calm(True)
        self._show(self.guided, None)
        self.guided.setFocus()

    @Slot()
    def resume_guided(self) -> None:
        self.start_guided()

    @Slot()
    def close_unfinished_run(self) -> None:
        actor = self.current_actor()

        def job() -> None:  # on the op's thread
            unfinished = guided.unfinished_run(actor)
            if unfinished is not None:
                guided.finish(actor, unfinished.id)

        Op(self.run_banner, job).success(lambda _: self.run_banner.hide()).run()

    def check_unfinished_run(self) -> None:
        unfinished = guided.unfinished_run(self.current_actor())
        if unfinished is None:
            self.run_banner.hide()
            return
        self.run_banner.show_text(
            QCoreApplication.translate(
                "MainWindow", "A counter checklist started at %1 was not finished. Resume it?"
            ).replace("%1", labels.datetime(unfinished.started_at))
        )

    @Slot(int)
    def _guided_record(self, run_id: int) -> None:
        """Open the intake form filled from the run; saving it attaches the run."""
        from models.register.complaints import ComplaintForm, create_complaint

        run = guided.get_run(run_id)

        def create_and_attach(actor: Actor, form: ComplaintForm) -> Complaint:
            complaint = create_complaint(actor, form)
            guided.attach(actor, run_id, complaint.id)
            return complaint

        self.intake.start_prefilled(
            ComplaintForm(
                received_at=run.started_at,
                desired_outcome=run.desired_outcome,
                promised_at=run.promised_at,
                handler_id=self.current_actor().staff_id,
            ),
            create_and_attach,
            self._run_context(run),
        )
        self.show_page("intake")

    def _run_context(self, run: GuidedRun) -> str:
        """What the guide recorded that the form has no field for: where the customer was
        moved to and the appointment booked (also on the slip and the timeline)."""
        from ui.guide.guided_view import moved_and_met  # the guide's page, built on F2

        lines = moved_and_met(run)
        if not lines:
            return ""
        return QCoreApplication.translate("MainWindow", "From the guide: %1").replace(
            "%1", "; ".join(lines)
        )

    @Slot(int)
    def _promote_entry(self, entry_id: int) -> None:
        """The complaint form filled from an opinion entry; saving records and links both."""
        from models.book import opinions

        form = opinions.promotion_form(opinions.get_entry(entry_id))
        form.handler_id = self.current_actor().staff_id
        self.intake.start_prefilled(form, lambda actor, f: opinions.promote(actor, entry_id, f))
        self.show_page("intake")

    @Slot(int)
    def _guided_linked(self, complaint_id: int) -> None:
        self.open_complaint(complaint_id)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Checklist added to the complaint."), 10_000
        )

    @Slot()
    def _guided_left(self) -> None:
        self.show_page("home")
        self.check_unfinished_run()
