"""The main window: navigation, the pages, the current user, and draft recovery."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QEventLoop, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, DomainError, PermissionDenied
from models.counter import guided, replies
from models.maintenance.store import (
    Store,
    checkpoint,
    defer_checkpoints,
    mark_check_failed,
    quick_check,
)
from models.people.branch import get_branch, update_branch
from models.storage import audit, drafts
from models.storage.db import ConnectionLost, database
from models.trust import auth

from ui import check_words, operations
from ui.background import Task
from ui.server_check import AT_SIGN_IN, ServerCheck
from ui.shell import labels
from ui.shell.messages import describe
from ui.shell.settings import Settings
from ui.widgets import Banner
from ui.write_gate import WriteGate

if TYPE_CHECKING:
    from models.maintenance.integrity import CheckReport
    from models.register.complaints import ComplaintForm
    from models.storage.schema import Complaint

    from ui.detail_view import DetailView
    from ui.guided_view import GuidedView
    from ui.home_view import HomeView
    from ui.intake_form import IntakeForm
    from ui.opinions_view import OpinionsView
    from ui.register_view import RegisterView
    from ui.replies_view import RepliesView
    from ui.reports_view import ReportsView
    from ui.server_watch import ServerWatch
    from ui.settings_view import SettingsView
    from ui.sign_in_view import SetupView, SignInView

PAGES = ("home", "register", "intake", "opinions", "reports", "replies", "settings")
CHECKPOINT_EVERY_MS = 30_000
FIRST_SERVER_CHECK_MS = 60_000  # the day's check of a server register, a minute after start
LOG = logging.getLogger(__name__)
P = TypeVar("P", bound=QWidget)


class Page(Generic[P]):
    """A page of the window, built (module imported, widgets made, signals wired) the
    first time it is used: start-up builds only the page it shows."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get__(self, window: MainWindow, owner: Any = None) -> P:
        return window.page(self.key)  # type: ignore[return-value]


class MainWindow(QMainWindow):
    language_switch = Signal(str)

    def __init__(
        self,
        settings: Settings,
        actor: Actor | None = None,
        store: Store | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Signed in as ``actor`` (tests, or after the sign-in page); else the sign-in page shows."""
        super().__init__(parent)
        self.settings = settings
        self.setMinimumSize(1024, 640)
        self.store = store
        self.read_only = bool(store and store.read_only)
        self._damage: str | None = None  # what the background check found, once found
        self._damage_box: QMessageBox | None = None
        self._actor: Actor | None = actor
        # Whose work the built pages hold (searches, messages, previews, open forms): a
        # different person signing in gets them all built afresh.
        self._work_of: Actor | None = None
        self._left_at: tuple[str | None, int | None] | None = None  # page and complaint
        # Dialogs of the person who locked, hidden while the screen is locked.
        self._set_aside: list[QWidget] = []

        central = QWidget(self)
        self.setCentralWidget(central)
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        root.addWidget(self.nav)

        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        root.addWidget(right, 1)

        self.top_bar = QWidget(right)
        top = QHBoxLayout(self.top_bar)
        top.setContentsMargins(0, 0, 0, 0)
        self.branch_label = QLabel(right)
        self.branch_label.setObjectName("hint")
        self.user_label = QLabel(right)
        self.user_label.setObjectName("userLabel")
        self.switch_button = QPushButton(self.tr("Switch user / lock (Ctrl+L)"), right)
        self.switch_button.clicked.connect(self.lock)

        self.upset_button = QPushButton(self.tr("Customer is upset (F2)"), right)
        self.upset_button.setObjectName("upset")
        self.upset_button.clicked.connect(self.start_guided)
        top.addWidget(self.branch_label, 1)
        top.addWidget(self.upset_button)
        top.addSpacing(16)
        top.addWidget(self.user_label)
        top.addWidget(self.switch_button)
        right_layout.addWidget(self.top_bar)

        self.banner = QFrame(right)
        self.banner.setObjectName("banner")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore it"), self.banner)
        self.drop_button = QPushButton(self.tr("Discard it"), self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.restore_button)
        banner_layout.addWidget(self.drop_button)
        self.banner.hide()
        right_layout.addWidget(self.banner)
        self.run_banner = Banner(
            right,
            (self.tr("Resume it"), self.resume_guided),
            (self.tr("Close it"), self.close_unfinished_run),
        )
        right_layout.addWidget(self.run_banner)
        self.read_only_banner = Banner(right)
        right_layout.addWidget(self.read_only_banner)
        self.server_banner = Banner(right)  # the branch server is away: said, not hidden
        right_layout.addWidget(self.server_banner)
        self.server_watch: ServerWatch | None = None
        self.write_gate = WriteGate(self)  # shut while the server is away
        self.check_banner = Banner(right)  # the server register failed its check
        right_layout.addWidget(self.check_banner)
        self.server_check: ServerCheck | None = None
        self._check_report: CheckReport | None = None

        self.stack = QStackedWidget(right)
        right_layout.addWidget(self.stack, 1)
        self.pages: dict[str, QWidget] = {}  # the pages built so far, by name
        for name, text in zip(
            PAGES,
            (
                self.tr("Home"),
                self.tr("Register"),
                self.tr("New complaint"),
                self.tr("Opinion book"),
                self.tr("Reports"),
                self.tr("Standard replies"),
                self.tr("Settings"),
            ),
            strict=True,
        ):
            item = QListWidgetItem(text, self.nav)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(3 * 60 * 60 * 1000)  # every three hours, if anything changed
        self._backup_timer.timeout.connect(lambda: self.backup("auto", only_if_changed=True))
        self._backup_timer.start()
        self._backed_up_events = -1
        self._backup_task: Task | None = None
        self._check_task: Task | None = None
        self.backup_bar = QProgressBar(self)
        self.backup_bar.setRange(0, 0)
        self.backup_bar.setMaximumWidth(220)
        self.backup_bar.setFormat(self.tr("Backing up..."))
        self.backup_bar.setTextVisible(True)
        self.backup_bar.hide()
        self.statusBar().addPermanentWidget(self.backup_bar)
        self.place_label = QLabel(self)  # which register this is: never in doubt
        self.place_label.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.place_label)
        self._show_place()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.lock)

        self.nav.currentRowChanged.connect(self._nav_changed)
        self.restore_button.clicked.connect(self.restore_draft)
        self.drop_button.clicked.connect(self.drop_draft)

        context = Qt.ShortcutContext.WindowShortcut
        QShortcut(QKeySequence.StandardKey.New, self, self.new_complaint, context=context)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh_current, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.start_guided, context=context)
        QShortcut(QKeySequence("Shift+F2"), self, self.practice_guided, context=context)
        QShortcut(QKeySequence("Ctrl+L"), self, self.lock, context=context)
        for i, name in enumerate(PAGES, start=1):
            QShortcut(
                QKeySequence(f"Ctrl+{i}"), self, lambda n=name: self.show_page(n), context=context
            )

        self._back_to = "register"
        self._branch_changed()
        self.restore_window()
        self._watching: object = None  # the window whose keys and clicks restart the idle clock
        QApplication.instance().focusWindowChanged.connect(self._watch_window)
        if actor is not None:
            self.signed_in(actor)
        else:
            self.show_sign_in()
        if store is not None and not store.checked:
            QTimer.singleShot(0, self._check_file)
        self._checkpoint_task: Task | None = None
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_EVERY_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        if store is not None and store.file is not None and not self.read_only:
            defer_checkpoints(database)  # saves stay quick; the log is copied over here
            if store.checked:  # else once the file passed its check: never into a damaged one
                self._checkpoint_timer.start()
        if store is not None and store.file is None:
            from ui.server_watch import ServerWatch

            self.server_watch = ServerWatch(store.url, self)
            self.server_watch.lost.connect(self._server_lost)
            self.server_watch.back.connect(self._server_back)
            operations.bus().connection_lost.connect(self._server_missed)
        if store is not None:
            local = store.data_dir if store.file is not None else None
            self.server_check = ServerCheck(self.settings, self, local)
            self.server_check.found.connect(self._server_check_failed)
            self.server_check.passed.connect(self._server_check_passed)
            QTimer.singleShot(FIRST_SERVER_CHECK_MS, self.server_check.run_if_due)
        if self.read_only:
            self._notice(
                self.tr(
                    "This register is open read-only on this PC (the file or its folder cannot be written). "
                    "You can read and print; nothing can be saved."
                )
            )

    def register_place(self) -> str:
        """Which register this window works on, in words: this PC's, or the server's."""
        from models.storage.server import parse_url

        address = parse_url(self.store.url) if self.store is not None else None
        if address is None:
            return self.tr("register on this PC")
        return (
            self.tr("branch server %1, database %2")
            .replace("%1", f"{address.host}:{address.port}")
            .replace("%2", address.dbname)
        )

    def _show_place(self) -> None:
        place = self.register_place()
        self.setWindowTitle(self.tr("Complaint Book - %1").replace("%1", place))
        self.place_label.setText(place)

    @Slot(object)
    def _server_lost(self, since: dt.datetime) -> None:
        self.server_banner.show_text(
            self.tr(
                "Branch server unreachable since %1; retrying. What you type is kept as a "
                "draft on this PC; nothing can be saved until the server is back."
            ).replace("%1", since.strftime("%H:%M"))
        )
        self.write_gate.close(
            self.tr(
                "The branch server cannot be reached (since %1), so this cannot be saved now. "
                "It is offered again as soon as the server is back."
            ).replace("%1", since.strftime("%H:%M"))
        )

    @Slot(object)
    def _server_check_failed(self, report: CheckReport) -> None:
        self._check_report = report
        self._show_check_banner()

    @Slot(object)
    def _server_check_passed(self, _report: CheckReport) -> None:
        self._check_report = None
        self.check_banner.hide()

    def _show_check_banner(self) -> None:
        """What the check of the register found: named for a manager (it may quote a
        record's values), a pointer to a manager for anyone else."""
        report = self._check_report
        if report is None or self._actor is None:
            self.check_banner.hide()
            return
        if self._actor.is_manager:
            text = (
                self.tr(
                    "This register failed its audit check: %1 (%2 problem(s) in all; the "
                    "command check lists them). Compare it with the last signed register and "
                    "the backups before going on."
                )
                .replace("%1", check_words.headline(report.problems[0]))
                .replace("%2", str(len(report.problems)))
            )
            # The check's own sentence (English, as the command prints it) on hover.
            self.check_banner.text.setToolTip(report.problems[0])
        else:
            text = self.tr(
                "This register failed its audit check. A manager sees what failed; tell one."
            )
            self.check_banner.text.setToolTip("")  # what failed is a manager's to read
        self.check_banner.show_text(text)

    @Slot()
    def _server_missed(self) -> None:
        """An op found the server gone before the watch did: banner and greyed-out
        buttons now, not at its next question."""
        if self.server_watch is not None:
            self.server_watch.missed()

    @Slot()
    def _server_back(self) -> None:
        self.server_banner.hide()
        self.write_gate.open()
        if self._actor is not None:
            self.refresh_current()

    # -- the pages, each built when first used --------------------------------------
    home: Page[HomeView] = Page("home")
    register: Page[RegisterView] = Page("register")
    intake: Page[IntakeForm] = Page("intake")
    opinions: Page[OpinionsView] = Page("opinions")
    reports: Page[ReportsView] = Page("reports")
    replies: Page[RepliesView] = Page("replies")
    settings_view: Page[SettingsView] = Page("settings")
    guided: Page[GuidedView] = Page("guided")
    detail: Page[DetailView] = Page("detail")
    sign_in_view: Page[SignInView] = Page("sign_in")
    setup_view: Page[SetupView] = Page("setup")

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built now if it has not been yet."""
        found = self.pages.get(name)
        if found is None:
            found = self.pages[name] = getattr(self, f"_build_{name}")()
            self.stack.addWidget(found)
            if self.write_gate.shut:
                self.write_gate.close(self.write_gate.reason)  # its writing buttons too
        return found

    def built(self, name: str) -> Any:
        """The page if it has been built, else None (nothing to save, reset or stop)."""
        return self.pages.get(name)

    def _build_home(self) -> QWidget:
        from ui.home_view import HomeView

        home = HomeView(self.current_actor, self.stack)
        home.open_complaint.connect(self.open_complaint)
        home.new_complaint.connect(self.new_complaint)
        home.open_opinions.connect(lambda: self.show_page("opinions"))
        return home

    def _build_register(self) -> QWidget:
        from ui.register_view import RegisterView

        register = RegisterView(self.stack)
        register.model.viewer = lambda: self._actor
        register.open_complaint.connect(self.open_complaint)
        header = self.settings.get("register/header_state")
        if header and not header.isEmpty():
            register.table.horizontalHeader().restoreState(header)
        return register

    def _build_intake(self) -> QWidget:
        from ui.intake_form import IntakeForm

        intake = IntakeForm(self.current_actor, self.stack)
        intake.saved.connect(self._intake_saved)
        intake.discarded.connect(lambda: self.show_page("home"))
        if self.read_only:
            intake.save_button.setEnabled(False)
        return intake

    def _build_opinions(self) -> QWidget:
        from ui.opinions_view import OpinionsView

        view = OpinionsView(self.current_actor, self.settings.data_dir, self.stack)
        view.promote_requested.connect(self._promote_entry)
        view.open_complaint.connect(self.open_complaint)
        return view

    def _build_reports(self) -> QWidget:
        from ui.reports_view import ReportsView

        view = ReportsView(self.current_actor, self.stack)
        view.register_made.connect(lambda: self.backup("register"))
        return view

    def _build_replies(self) -> QWidget:
        from ui.replies_view import RepliesView

        return RepliesView(self.current_actor, self.stack)

    def _build_settings(self) -> QWidget:
        from ui.settings_view import SettingsView

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
        from ui.guided_view import GuidedView

        view = GuidedView(self.current_actor, self.stack)
        view.record_complaint.connect(self._guided_record)
        view.open_complaint.connect(self._guided_linked)
        view.left.connect(self._guided_left)
        return view

    def _build_detail(self) -> QWidget:
        from ui.detail_view import DetailView

        view = DetailView(self.current_actor, self.stack)
        view.changed.connect(self._complaint_changed)
        view.edit_requested.connect(self.edit_complaint)
        view.back_requested.connect(self.go_back)
        return view

    def _build_sign_in(self) -> QWidget:
        from ui.sign_in_view import SignInView

        view = SignInView(self.stack)
        view.signed_in.connect(self.signed_in)
        return view

    def _build_setup(self) -> QWidget:
        from ui.sign_in_view import SetupView

        view = SetupView(self.stack)
        view.done.connect(self._set_up)
        return view

    def _current_name(self) -> str | None:
        current = self.stack.currentWidget()
        return next((name for name, page in self.pages.items() if page is current), None)

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
        """Take ``page`` out of the window and delete it once the work it runs in the
        background (a register being made, an export) has ended: a thread must not be
        deleted while it runs. A register being made is cancelled. Its timers stop at
        once: a form's autosave must not write the last person's typing as the next one's."""
        self.stack.removeWidget(page)
        page.hide()
        for timer in page.findChildren(QTimer):
            timer.stop()
        running = [thread for thread in page.findChildren(QThread) if thread.isRunning()]
        if not running:
            page.deleteLater()
            return
        left = [len(running)]

        def ended() -> None:
            left[0] -= 1
            if left[0] == 0:
                for thread in page.findChildren(QThread):
                    thread.wait()  # "finished" comes a moment before the thread has ended
                page.deleteLater()

        for thread in running:
            cancel = getattr(thread, "cancel", None)
            if cancel is not None:
                cancel()
            thread.finished.connect(ended)

    @Slot(object)
    def signed_in(self, actor: Actor) -> None:
        """``actor`` starts working: the same person who locked finds their pages as they
        left them; anyone else gets every page fresh."""
        same_person = self._work_of is not None and self._work_of == actor
        if self._work_of is not None and not same_person:
            self._fresh_pages()
        self._work_of = actor
        self._actor = actor
        audit.set_default_actor(actor)
        if not self.read_only:
            # The shipped replies join an empty library in someone's name, signed.
            replies.seed_defaults()
        self.settings.set("ui/current_staff_id", actor.staff_id or 0)
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)")
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

    def _adopt_old_second_folder(self, actor: Actor) -> None:
        """The second backup folder used to be a line in this PC's settings file; the
        first manager to sign in after the update makes it the branch's (audited) setting."""
        old = str(self.settings.get("backup/second_folder") or "")
        if not old or not actor.is_manager:
            return
        try:
            if not get_branch().second_backup_folder:
                update_branch(actor, second_backup_folder=old)
        except DomainError:
            LOG.exception("the old second backup folder could not be kept")
            return
        self.settings.set("backup/second_folder", "")

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
            self.guided.leave()  # the run stays open, offered back to the same person
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
        self.show_sign_in(self.tr("The screen was locked. Sign in to continue."))

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

    @Slot(object)
    def _watch_window(self, window: QWindow | None) -> None:
        """A dialog's keys and clicks count as activity too."""
        if window is not None:
            window.installEventFilter(self)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
        activity = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
        if event.type() in activity and self._actor is not None and self._idle.isActive():
            self._idle.start()
        return False

    def _notice(self, text: str) -> None:
        """A banner about the register itself (read-only, failed check); while the screen
        is locked it waits for someone to sign in."""
        self.read_only_banner.show_text(text)
        if self._actor is None:
            self.read_only_banner.hide()

    @Slot()
    def _staff_changed(self) -> None:
        intake = self.built("intake")
        if intake is not None and not intake.is_dirty():
            intake.reset()

    @Slot()
    def _branch_changed(self) -> None:
        branch = get_branch()
        self._restart_idle()  # a new idle time applies at once, not at the next sign-in
        if branch.configured:
            self.branch_label.setText(f"{branch.name} · {branch.code}")
        else:
            self.branch_label.setText(
                self.tr("Branch not set up yet (code %1): see Settings").replace("%1", branch.code)
            )

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
    def find(self) -> None:
        self.show_page("register")
        self.register.focus_search()

    @Slot(int)
    def open_complaint(self, complaint_id: int) -> None:
        name = self._current_name()
        if name in PAGES and name != "intake":
            self._back_to = name
        self.detail.show_complaint(complaint_id)
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
            self.tr("Saved as %1").replace("%1", self.detail.title.text()), 10_000
        )

    @Slot(int)
    def _complaint_changed(self, _complaint_id: int) -> None:
        self.statusBar().showMessage(self.tr("Saved."), 5_000)

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
        unfinished = guided.unfinished_run(self.current_actor())
        if unfinished is not None:
            self.guided.attach_run(unfinished)
        else:
            self.guided.start()
        self._calm(True)
        self._show(self.guided, None)
        self.guided.setFocus()

    @Slot()
    def practice_guided(self) -> None:
        """Shift+F2: the guide to learn or show it; the run is kept but never counted."""
        if self._actor is None or self._current_name() == "guided":
            return
        self.guided.start(practice=True)
        self._calm(True)
        self._show(self.guided, None)
        self.guided.setFocus()

    @Slot()
    def resume_guided(self) -> None:
        self.start_guided()

    @Slot()
    def close_unfinished_run(self) -> None:
        unfinished = guided.unfinished_run(self.current_actor())
        if unfinished is not None:
            guided.finish(unfinished.id)
        self.run_banner.hide()

    def check_unfinished_run(self) -> None:
        unfinished = guided.unfinished_run(self.current_actor())
        if unfinished is None:
            self.run_banner.hide()
            return
        self.run_banner.show_text(
            self.tr("A counter checklist started at %1 was not finished. Resume it?").replace(
                "%1", labels.datetime(unfinished.started_at)
            )
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

    def _run_context(self, run: guided.GuidedRun) -> str:
        """What the guide recorded that the form has no field for: where the customer was
        moved to and the appointment booked (also on the slip and the timeline)."""
        lines = []
        if run.place:
            lines.append(self.tr("Moved to: %1").replace("%1", run.place))
        appointment = guided.appointment_of(run)
        if appointment is not None:
            text = (
                self.tr("Appointment: %1 with %2")
                .replace("%1", labels.datetime(appointment.at))
                .replace("%2", appointment.with_name)
            )
            if appointment.place:
                text += " · " + appointment.place
            lines.append(text)
        if not lines:
            return ""
        return self.tr("From the guide: %1").replace("%1", "; ".join(lines))

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
        self.statusBar().showMessage(self.tr("Checklist added to the complaint."), 10_000)

    @Slot()
    def _guided_left(self) -> None:
        self.show_page("home")
        self.check_unfinished_run()

    # -- drafts --------------------------------------------------------------
    def check_draft(self) -> None:
        owner = drafts.owner_key(self.current_actor().staff_id)
        found = drafts.load_draft(owner, drafts.INTAKE_FORM)
        if found is None:
            self.banner.hide()
            return
        _, saved_at = found
        self.banner_text.setText(
            self.tr("A complaint you had not saved was kept from %1. Restore it?").replace(
                "%1", labels.datetime(saved_at)
            )
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

    # -- window state --------------------------------------------------------
    def restore_window(self) -> None:
        geometry = self.settings.get("window/geometry")
        if geometry and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 768)
        state = self.settings.get("window/state")
        if state and not state.isEmpty():
            self.restoreState(state)

    def save_window(self) -> None:
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        if (register := self.built("register")) is not None:
            self.settings.set(
                "register/header_state", register.table.horizontalHeader().saveState()
            )
        self.settings.sync()

    @Slot(str)
    def _server_chosen(self, url: str) -> None:
        """This PC's database from the next start (Settings > Branch server)."""
        self.settings.set("database/url", url)
        self.settings.sync()

    # -- backups -------------------------------------------------------------
    def backup(self, reason: str, only_if_changed: bool = False) -> Task | None:
        """Take a backup in the background (never while read-only); failures are told,
        never fatal. A register on the branch server is backed up on the server
        (pg_dump): only a backup asked for by hand says so, the automatic ones are
        skipped. Returns the running backup, if one was started."""
        if self.store is None or self.read_only or self._backup_task is not None:
            return None
        if self.store.file is None and reason != "manual":
            return None
        from models.maintenance.backup import take_backup
        from models.maintenance.integrity import chain_head

        events = chain_head()[0]
        if only_if_changed and events == self._backed_up_events:
            return None
        data_dir = self.store.data_dir
        task = Task(lambda _progress: take_backup(data_dir, reason), self)
        task.succeeded.connect(lambda path: self._backed_up(path, reason, events))
        task.failed.connect(
            lambda message: self.statusBar().showMessage(
                self.tr("The backup could not be made: %1").replace("%1", message), 15_000
            )
        )
        task.finished.connect(self._backup_done)
        self._backup_task = task
        self.backup_bar.show()
        task.start()
        return task

    def _backed_up(self, path: Path, reason: str, events: int) -> None:
        self._backed_up_events = events
        if reason in ("manual", "register"):
            self.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(path)), 10_000
            )
        if (view := self.built("settings")) is not None:
            view.show_last_backup()

    @Slot()
    def _backup_done(self) -> None:
        task, self._backup_task = self._backup_task, None
        self.backup_bar.hide()
        if task is not None:
            task.retire()

    def wait_for_backup(self) -> None:
        """Let a running backup finish, showing that it is being made (closing waits)."""
        task = self._backup_task
        if task is None:
            return
        dialog = QProgressDialog(
            self.tr("Backing up the register before closing..."), "", 0, 0, self
        )
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        loop = QEventLoop()
        task.finished.connect(loop.quit)
        if task.isRunning():
            loop.exec()  # the task may be gone after this: _backup_done deletes it
        else:
            task.wait()
        dialog.close()
        dialog.deleteLater()

    # -- the write-ahead log, copied into the register file in the background -------
    @Slot()
    def checkpoint(self) -> Task | None:
        """Copy the saves of the last half minute from the log into the register file,
        off the GUI thread (a save never waits for it). Returns the running copy."""
        if (
            self.store is None
            or self.store.file is None
            or self.read_only
            or self._checkpoint_task is not None
        ):
            return None
        file = self.store.file
        task = Task(lambda _progress: checkpoint(file), self)
        task.failed.connect(lambda message: LOG.warning("checkpoint: %s", message))
        task.finished.connect(self._checkpoint_done)
        self._checkpoint_task = task
        task.start()
        return task

    @Slot()
    def _checkpoint_done(self) -> None:
        task, self._checkpoint_task = self._checkpoint_task, None
        if task is not None:
            task.retire()

    # -- the whole-file check, in the background ---------------------------------
    @Slot()
    def _check_file(self) -> None:
        if self.store is None or self.store.file is None:
            return
        file, data_dir = self.store.file, self.store.data_dir
        task = Task(lambda _progress: quick_check(file), self)
        task.succeeded.connect(lambda verdict: self._file_checked(str(verdict), data_dir))
        task.finished.connect(self._check_done)
        self._check_task = task
        task.start()

    @Slot()
    def _check_done(self) -> None:
        task, self._check_task = self._check_task, None
        if task is not None:
            task.retire()

    def _file_checked(self, verdict: str, data_dir: Path) -> None:
        if verdict == "ok":
            if self.store is not None and not self.read_only:
                self._checkpoint_timer.start()
            return
        mark_check_failed(data_dir, verdict)
        self.damage_found(verdict)

    def damage_found(self, verdict: str) -> None:
        """The register file cannot be fully read: it turns read-only at once (nothing
        more is written into it, not even the log's copy), and the newest good backup is
        offered now, or as soon as someone signs in."""
        if self.store is None or self.store.file is None or self._damage is not None:
            return
        self._damage = verdict
        self._go_read_only()
        self._notice(
            self.tr(
                "The register file failed its check (%1). It is now open read-only: you can "
                "read and print, nothing more is written to it."
            ).replace("%1", verdict[:200])
        )
        if self._actor is not None:
            self._offer_backup_after_damage()

    def _go_read_only(self) -> None:
        from models.maintenance.store import reopen_read_only

        self._checkpoint_timer.stop()
        self._backup_timer.stop()
        if self._checkpoint_task is not None:
            self._checkpoint_task.wait()  # a copy within the file: it ends on its own
        assert self.store is not None
        self.store = reopen_read_only(self.store)
        self.read_only = True
        if (intake := self.built("intake")) is not None:
            intake.save_button.setEnabled(False)

    def _offer_backup_after_damage(self) -> None:
        from models.maintenance.backup import newest_good

        if self.store is None or self._damage_box is not None:
            return
        best = newest_good(self.store.data_dir)
        if best is None:
            text = self.tr(
                "The register file failed its check, and no good backup was found. Keep "
                "working read-only and ask for help; the file is kept as it is."
            )
            buttons = QMessageBox.StandardButton.Ok
        else:
            text = (
                self.tr(
                    "The register file failed its check. Restore the newest good backup, from "
                    "%1 (%2 complaints)? The damaged file is moved aside untouched, and everyone "
                    "signs in again."
                )
                .replace("%1", f"{best.taken_at:%Y-%m-%d %H:%M}")
                .replace("%2", str(best.complaints))
            )
            buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Complaint Book"), text, buttons, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: QAbstractButton) -> None:
            self._damage_box = None
            if best is not None and box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.recover_from_damage()

        box.buttonClicked.connect(answered)
        self._damage_box = box
        box.open()

    def recover_from_damage(self) -> None:
        """Move the damaged file aside, untouched, and put the newest good backup in its
        place (no role is needed: the app chose it); everyone signs in again."""
        from models.maintenance.restore import recover
        from models.maintenance.store import clear_check_failed, quarantine

        from ui.background import open_in_background

        store = self.store
        if store is None or store.file is None:
            return
        self.wait_for_backup()
        if self._check_task is not None:
            self._check_task.wait()
        store.close()
        try:
            quarantine(store.file)
            clear_check_failed(store.data_dir)
            info, self.store = open_in_background(
                lambda _progress: recover(store.data_dir, store.url)
            )
        except DomainError as exc:
            self._notice(describe(exc))
            return
        self._damage = None
        self.read_only = False
        defer_checkpoints(database)
        self._checkpoint_timer.start()
        self._backup_timer.start()
        self.read_only_banner.show_text("")
        self._actor = None
        self.show_sign_in(
            self.tr("Restored the backup of %1 (%2 complaints). Sign in again.")
            .replace("%1", f"{info.taken_at:%Y-%m-%d %H:%M}")
            .replace("%2", str(info.complaints))
        )
        self._fresh_pages()
        self._work_of = None

    @Slot(object)
    def restore_backup(self, path: Path) -> None:
        """Swap in a checked backup; everyone signs in again on the restored register."""
        if self.store is None:
            return
        self.wait_for_backup()
        if not self.current_actor().is_manager:
            self.settings_view.say(self.tr("Only a manager may restore a backup."), error=True)
            return
        from models.maintenance.restore import restore

        try:
            info, self.store = restore(self.current_actor(), self.store, path)
        except DomainError as exc:
            self.settings_view.say(describe(exc), error=True)
            return
        self._actor = None
        self.show_sign_in(
            self.tr("Restored the backup of %1 (%2 complaints). Sign in again.")
            .replace("%1", f"{info.taken_at:%Y-%m-%d %H:%M}")
            .replace("%2", str(info.complaints))
        )
        self._fresh_pages()  # they show the register as it was before the restore
        self._work_of = None

    @Slot()
    def bring_forward(self) -> None:
        """A second start asked for this window."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        intake = self.built("intake")
        if self._actor is not None and intake is not None:
            intake.save_draft()  # whatever is typed survives closing
        # A closed window writes nothing more (its draft timer would otherwise save into
        # whichever register is open next, as that user's draft).
        for timer in (self._idle, self._backup_timer, self._checkpoint_timer):
            timer.stop()
        if self.server_watch is not None:
            self.server_watch.stop()
        if self.server_check is not None:
            self.server_check.stop()
        if self._checkpoint_task is not None:
            self._checkpoint_task.wait()  # a copy within the file: it ends on its own
        if intake is not None:
            intake._autosave.stop()
        self.backup("auto", only_if_changed=True)
        self.wait_for_backup()
        if self._check_task is not None:
            self._check_task.wait()  # a read-only check: it ends on its own
        self.save_window()
        super().closeEvent(event)
