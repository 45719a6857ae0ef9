"""Who works at the window: signing in, locking (Ctrl+L, the idle clock), the
pages and dialogs of the last person set aside or dropped, drafts kept for them.

A part of ``MainWindow`` (ui/window/main_window.py), which keeps the shell."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QToolTip,
    QWidget,
)
from shiboken6 import isValid

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, DomainError, PermissionDenied
from models.counter import replies
from models.people.branch import get_branch, update_branch
from models.storage import drafts
from models.trust import auth

from ui.common import operations
from ui.server.server_check import AT_SIGN_IN
from ui.shell import labels
from ui.window.window_pages import PAGES
from ui.window.window_state import WindowState

LOG = logging.getLogger(__name__)


class SessionMixin(WindowState):
    """Mixed into ``MainWindow``: its attributes and methods are reached through ``self``."""

    # -- who is working ----------------------------------------------------------
    def current_actor(self) -> Actor:
        if self._actor is None:
            raise PermissionDenied(QT_TRANSLATE_NOOP("domain", "Sign in first."))
        return self._actor

    def show_sign_in(self, message: str = "") -> None:
        """The sign-in page (or the first-start set-up) and nothing else: whoever stands at
        the counter next sees no page, banner, dialog or status message of the last person."""
        self._calm(True)
        self.read_only_banner.hide()
        self.check_banner.hide()  # it may quote a record: the next person signs in first
        self.statusBar().clearMessage()
        self.statusBar().hide()
        QToolTip.hideText()  # a list's tooltip names a customer
        self._set_dialogs_aside()
        if auth.needs_setup():
            self._show(self.setup_view, -1)
            self.setup_view.branch_name.setFocus()
        else:
            self.sign_in_view.prepare(message, self.register_place())
            self._show(self.sign_in_view, -1)
            self.sign_in_view.username.setFocus()

    def _set_dialogs_aside(self) -> None:
        """Hide the dialogs open over the window (an idle lock can come while one is open);
        the person who locked gets them back on signing in again. Open pop-ups just close."""
        for window in self.findChildren(QWidget):
            if not (window.isWindow() and window.isVisible()):
                continue
            if window.windowType() == Qt.WindowType.Popup:
                window.close()
            else:
                window.hide()
                self._set_aside.append(window)
        if self._set_aside and self.isVisible():
            self.activateWindow()  # the keys go to the sign-in screen, not to nowhere

    def _take_dialogs_back(self) -> None:
        """The dialogs set aside, shown again to the person who left them."""
        aside, self._set_aside = self._set_aside, []
        for window in aside:
            if isValid(window):
                window.show()

    def _close_dialogs_set_aside(self) -> None:
        """The last person's dialogs, closed unanswered: the next person never sees them."""
        aside, self._set_aside = self._set_aside, []
        for window in aside:
            if isValid(window):
                window.close()

    def _fresh_pages(self) -> None:
        """Drop every page the last person used: each is built again, empty, when first
        shown. Searches, filters, messages, previews and half-filled forms go with them."""
        register = self.built("register")
        if register is not None:  # the columns are this PC's, not the person's
            self.settings.set(
                "register/header_state", register.table.horizontalHeader().saveState()
            )
        if (intake := self.built("intake")) is not None and self._actor is not None:
            intake.save_draft()  # signed in over someone without a lock: theirs stays theirs
        self._close_dialogs_set_aside()
        dropped = [name for name in self.pages if name not in ("sign_in", "setup")]
        if self._current_name() in dropped:
            self._show(self.sign_in_view, -1)
        for name in dropped:
            self._drop(self.pages.pop(name))
        self._back_to = "register"

    def _drop(self, page: QWidget) -> None:
        """Take ``page`` out of the window and delete it once the ops it runs in the
        background (a register being made, an export) have ended: their results are for
        the page, which must outlive them. A register being made is cancelled. Its timers
        stop at once: a form's autosave must not write the last person's typing as the
        next one's."""
        self.stack.removeWidget(page)
        page.hide()
        for timer in page.findChildren(QTimer):
            timer.stop()
        running = operations.running_under(page)
        if not running:
            page.deleteLater()
            return
        for op in running:
            op.cancel()  # only a job that looks stops: the others end by themselves
        # Asked on the GUI thread, after each op has been delivered.
        poll = QTimer(self)
        poll.setInterval(50)

        def ended() -> None:
            if operations.running_under(page):
                return
            poll.stop()
            poll.deleteLater()
            page.deleteLater()

        poll.timeout.connect(ended)
        poll.start()

    @Slot(object)
    def signed_in(self, actor: Actor) -> None:
        """``actor`` starts working: the same person who locked finds their pages as they
        left them; anyone else gets every page fresh."""
        same_person = self._work_of is not None and self._work_of == actor
        if self._work_of is not None and not same_person:
            self._fresh_pages()
        self._work_of = actor
        self._actor = actor
        if not self.read_only and replies.library_empty():
            # The shipped replies join an empty library in someone's name, signed (once:
            # another PC may have done it meanwhile, and then nothing changed).
            operations.Op(
                self, lambda: replies.seed_defaults(actor), quiet=True, changed_if=bool
            ).failure(self._replies_not_added).run()
        self.settings.set("ui/current_staff_id", actor.staff_id or 0)
        self.user_label.setText(
            QCoreApplication.translate("MainWindow", "Signed in: %1 (%2)")
            .replace("%1", actor.name)
            .replace("%2", labels.name("role", actor.role))
        )
        self._adopt_old_second_folder(actor)
        if (intake := self.built("intake")) is not None:
            intake.reset()
        self.statusBar().show()
        if self.read_only_banner.text.text():
            self.read_only_banner.show()
        left_at, self._left_at = self._left_at, None
        if same_person and left_at is not None and left_at[0] == "detail" and left_at[1]:
            try:
                self.open_complaint(left_at[1])  # back to the complaint they had open
            except DomainError:
                self.show_page("home")
        elif same_person and left_at is not None and left_at[0] in PAGES:
            self.show_page(left_at[0])
        else:
            self.show_page("home")
        self._take_dialogs_back()
        if self.server_check is not None and actor.is_manager:
            if self.server_check.restored_since():
                self.server_check.run()  # restored since the last check: checked now
            elif self.server_check.data_dir is not None:  # the branch head hears of it
                self.server_check.run_if_due(AT_SIGN_IN)
        self._show_check_banner()
        self.check_draft()
        self.check_unfinished_run()
        self._restart_idle()
        if self._damage is not None:
            self._offer_backup_after_damage()

    def _replies_not_added(self, text: str, _exc: BaseException) -> None:
        """Nobody asked for them: no box; the next sign-in adds them (a lost branch
        server is told by its banner)."""
        LOG.warning("the shipped standard replies were not added: %s", text)

    def _adopt_old_second_folder(self, actor: Actor) -> None:
        """The second backup folder used to be a line in this PC's settings file; the
        first manager to sign in after the update makes it the branch's (audited) setting."""
        old = str(self.settings.get("backup/second_folder") or "")
        if not old or not actor.is_manager or self.read_only:
            return

        def adopt() -> bool:  # on the op's thread
            if get_branch().second_backup_folder:
                return False
            update_branch(actor, second_backup_folder=old)
            return True

        def adopted(_: bool) -> None:
            self.settings.set("backup/second_folder", "")

        def kept(text: str, _exc: BaseException) -> None:  # asked again at the next sign-in
            LOG.warning("the old second backup folder could not be kept: %s", text)

        operations.Op(self, adopt, quiet=True, changed_if=bool).success(adopted).failure(kept).run()

    @Slot(object)
    def _set_up(self, actor: Actor) -> None:
        lang = self.setup_view.chosen_language()
        self.settings.set("ui/language", lang)
        self._branch_changed()
        self.signed_in(actor)
        if lang and lang != labels.language():  # the language chosen applies at once
            self.language_switch.emit(lang)

    @Slot()
    def lock(self) -> None:
        """Lock the screen: what was being typed becomes this user's draft; the next person sees nothing of it."""
        if self._actor is None:
            return
        if (intake := self.built("intake")) is not None:
            intake.save_draft()
        if self._current_name() == "guided":
            self.guided.leave(wait=True)  # the run stays open, offered back to the same person
        if intake is not None:
            intake.reset()
        # Where this person was, to take them back there when they sign in again.
        page = self._current_name()
        detail = self.built("detail")
        opened = detail.complaint.id if detail is not None and detail.complaint else None
        self._left_at = (page, opened) if page not in (None, "intake", "guided") else None
        if detail is not None:
            detail.complaint = None
        self._actor = None
        self.user_label.clear()
        self._idle.stop()
        self.show_sign_in(
            QCoreApplication.translate("MainWindow", "The screen was locked. Sign in to continue.")
        )

    def _restart_idle(self) -> None:
        if self._actor is not None:
            self._idle.start(max(1, get_branch().idle_minutes) * 60_000)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Watch the keys and clicks of this window once it exists. The filter sits on
        the window itself, not on the application: every event of every widget would
        otherwise pass through Python, and the first ones cost 40 ms at start-up."""
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle is not self._watching:
            handle.installEventFilter(self)
            self._watching = handle

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
        activity = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
        if event.type() in activity and self._actor is not None and self._idle.isActive():
            self._idle.start()
        return False

    # -- drafts --------------------------------------------------------------
    def check_draft(self) -> None:
        owner = drafts.owner_key(self.current_actor().staff_id)
        found = drafts.load_draft(owner, drafts.INTAKE_FORM)
        if found is None:
            self.banner.hide()
            return
        _, saved_at = found
        self.banner_text.setText(
            QCoreApplication.translate(
                "MainWindow", "A complaint you had not saved was kept from %1. Restore it?"
            ).replace("%1", labels.datetime(saved_at))
        )
        self.banner.show()

    @Slot()
    def restore_draft(self) -> None:
        owner = drafts.owner_key(self.current_actor().staff_id)
        found = drafts.load_draft(owner, drafts.INTAKE_FORM)
        self.banner.hide()
        if found is None:
            return
        self.intake.restore_draft(found[0])
        self.show_page("intake")

    @Slot()
    def drop_draft(self) -> None:
        drafts.discard_draft(drafts.owner_key(self.current_actor().staff_id), drafts.INTAKE_FORM)
        self.banner.hide()
