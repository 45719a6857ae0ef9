"""The window's pages, each built when first used, and going from one to another.

A part of ``MainWindow`` (ui/window/main_window.py), which keeps the shell."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QWidget

from models.core.errors import DatabaseUnavailable
from models.storage.db import ConnectionLost

from ui.window.window_state import WindowState

PAGES = ("home", "register", "intake", "opinions", "reports", "replies", "settings")
LOG = logging.getLogger(__name__)


class PagesMixin(WindowState):
    """Mixed into ``MainWindow``: its attributes and methods are reached through ``self``."""

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built now if it has not been yet."""
        found = self.pages.get(name)
        if found is None:
            found = self.pages[name] = getattr(self, f"_build_{name}")()
            self.stack.addWidget(found)
            if self.write_gate.shut:
                self.write_gate.close(self.write_gate.reason)  # its writing buttons too
        return found

    @Slot()
    def _staff_changed(self) -> None:
        """Settings changed the staff: a form nobody has typed into offers the new list."""
        intake = self.built("intake")
        if intake is not None and not intake.is_dirty():
            intake.reset()

    def built(self, name: str) -> Any:
        """The page if it has been built, else None (nothing to save, reset or stop)."""
        return self.pages.get(name)

    def _build_home(self) -> QWidget:
        from ui.complaints.home_view import HomeView

        home = HomeView(self.current_actor, self.stack)
        home.open_complaint.connect(self.open_complaint)
        home.new_complaint.connect(self.new_complaint)
        home.open_opinions.connect(lambda: self.show_page("opinions"))
        return home

    def _build_register(self) -> QWidget:
        from ui.complaints.register_view import RegisterView

        register = RegisterView(self.stack)
        register.model.viewer = lambda: self._actor
        register.open_complaint.connect(self.open_complaint)
        header = self.settings.get("register/header_state")
        if header and not header.isEmpty():
            register.table.horizontalHeader().restoreState(header)
        return register

    def _build_intake(self) -> QWidget:
        from ui.complaints.intake_form import IntakeForm

        intake = IntakeForm(self.current_actor, self.stack)
        intake.saved.connect(self._intake_saved)
        intake.discarded.connect(lambda: self.show_page("home"))
        if self.read_only:
            intake.save_button.setEnabled(False)
        return intake

    def _build_opinions(self) -> QWidget:
        from ui.book.opinions_view import OpinionsView

        view = OpinionsView(self.current_actor, self.settings.data_dir, self.stack)
        view.promote_requested.connect(self._promote_entry)
        view.open_complaint.connect(self.open_complaint)
        return view

    def _build_reports(self) -> QWidget:
        from ui.reporting.reports_view import ReportsView

        view = ReportsView(self.current_actor, self.stack)
        view.register_made.connect(lambda: self.backup("register"))
        return view

    def _build_replies(self) -> QWidget:
        from ui.replies.replies_view import RepliesView

        return RepliesView(self.current_actor, self.stack)

    def _build_settings(self) -> QWidget:
        from ui.admin.settings_view import SettingsView

        view = SettingsView(self.current_actor, self.stack)
        view.backup_requested.connect(lambda: self.backup("manual"))
        view.restore_requested.connect(self.restore_backup)
        view.language_chosen.connect(self.language_switch.emit)
        view.data_dir = self.store.data_dir if self.store else None
        view.store_url = self.store.url if self.store else ""
        view.server_setting = lambda: str(self.settings.get("database/url"))
        view.server_chosen.connect(self._server_chosen)
        view.staff_changed.connect(self._staff_changed)
        view.branch_changed.connect(self._branch_changed)
        return view

    def _build_guided(self) -> QWidget:
        from ui.guide.guided_view import GuidedView

        view = GuidedView(self.current_actor, self.stack)
        view.record_complaint.connect(self._guided_record)
        view.open_complaint.connect(self._guided_linked)
        view.left.connect(self._guided_left)
        return view

    def _build_detail(self) -> QWidget:
        from ui.complaints.detail_view import DetailView

        view = DetailView(self.current_actor, self.stack)
        view.changed.connect(self._complaint_changed)
        view.edit_requested.connect(self.edit_complaint)
        view.back_requested.connect(self.go_back)
        return view

    def _build_sign_in(self) -> QWidget:
        from ui.start.sign_in_view import SignInView

        view = SignInView(self.stack)
        view.signed_in.connect(self.signed_in)
        return view

    def _build_setup(self) -> QWidget:
        from ui.start.sign_in_view import SetupView

        view = SetupView(self.stack)
        view.done.connect(self._set_up)
        return view

    def _current_name(self) -> str | None:
        current = self.stack.currentWidget()
        return next((name for name, page in self.pages.items() if page is current), None)

    # -- pages ---------------------------------------------------------------
    def show_page(self, name: str) -> None:
        if self._actor is None:
            self.show_sign_in()
            return
        self._calm(False)
        self._show(self.page(name), PAGES.index(name))
        self.refresh_current()
        if name == "intake":
            self.intake.focus_first()

    def _show(self, page: QWidget, row: int | None) -> None:
        """Put ``page`` on screen and mark ``row`` of the navigation (-1: none, None: as it
        is). The navigation stays silent meanwhile: hiding the old page moves the keyboard
        focus on, often into the navigation list, and a list with no current row (as on
        a complaint's page) makes its first row, Home, current on focus-in. Heard, that
        switched to Home from inside this switch; the stack is not reentrant and left two
        pages drawn, Home under every later page and under the lock screen."""
        self.nav.blockSignals(True)
        try:
            self.stack.setCurrentWidget(page)
            if row is not None:
                self.nav.setCurrentRow(row)
                if row < 0:
                    self.nav.clearSelection()
        finally:
            self.nav.blockSignals(False)

    @Slot(int)
    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.show_page(PAGES[row])

    @Slot()
    def refresh_current(self) -> None:
        name = self._current_name()
        try:
            if name in ("home", "register", "settings", "replies", "opinions", "reports"):
                self.pages[name].refresh()  # type: ignore[attr-defined]
            elif name == "detail":
                self.detail.reload()
        except ConnectionLost:
            # The page keeps what it showed; the banner says why nothing is new.
            if self.server_watch is not None:
                self.server_watch.missed()

    @Slot()
    def new_complaint(self) -> None:
        if self.intake.is_dirty():
            self.show_page("intake")  # keep what was typed; the clerk decides
            return
        self.intake.reset()
        self.show_page("intake")

    @Slot()
    def find_complaint(self) -> None:
        """Ctrl+F: the register's search box (not QWidget.find, which finds a window by id)."""
        self.show_page("register")
        self.register.focus_search()

    @Slot(int)
    def open_complaint(self, complaint_id: int) -> None:
        name = self._current_name()
        if name in PAGES and name != "intake":
            self._back_to = name
        try:
            self.detail.show_complaint(complaint_id)
        except (ConnectionLost, DatabaseUnavailable):
            # Nothing was lost and nothing needs a dialog: the banner says the server is
            # away, the status bar says why the complaint did not open.
            self._server_missed()
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "The branch server cannot be reached, so the complaint cannot be opened "
                    "now; it can be once the server answers again.",
                ),
                15_000,
            )
            return
        self._calm(False)
        self._show(self.detail, -1)
        self.detail.next_button.setFocus()

    @Slot(int)
    def edit_complaint(self, complaint_id: int) -> None:
        if self.intake.is_dirty():
            self.show_page("intake")
            return
        self.intake.edit_complaint(complaint_id)
        self._calm(False)
        self._show(self.intake, -1)
        self.intake.focus_first()

    @Slot()
    def go_back(self) -> None:
        self.show_page(self._back_to)

    @Slot(int)
    def _intake_saved(self, complaint_id: int) -> None:
        self.intake.reset()
        self.open_complaint(complaint_id)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Saved as %1").replace(
                "%1", self.detail.title.text()
            ),
            10_000,
        )

    @Slot(int)
    def _complaint_changed(self, _complaint_id: int) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved."), 5_000)
