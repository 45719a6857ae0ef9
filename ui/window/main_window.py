"""The main window's shell; its pages, sessions, server watch, guided view and upkeep
are parts of their own (ui/window/window_*.py)."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Actor
from models.maintenance.store import Store, defer_checkpoints
from models.people.branch import get_branch
from models.storage.db import database

from ui.common import operations
from ui.common.widgets import Banner
from ui.common.write_gate import WriteGate
from ui.shell.settings import Settings
from ui.window.window_guided import GuidedMixin
from ui.window.window_pages import PAGES, PagesMixin
from ui.window.window_server import ServerMixin
from ui.window.window_session import SessionMixin
from ui.window.window_upkeep import UpkeepMixin

CHECKPOINT_EVERY_MS = 30_000
FIRST_SERVER_CHECK_MS = 60_000  # the day's check of a server register, a minute after start
LOG = logging.getLogger(__name__)


class MainWindow(PagesMixin, SessionMixin, ServerMixin, GuidedMixin, UpkeepMixin, QMainWindow):
    """The shell: the navigation, the top bar, the banners, the page stack and the status
    bar, its shortcuts, timers and watches wired up; each concern lives in its own part."""

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
        self._damage = None  # what the background check found, once found
        self._damage_box = None
        self._actor = actor
        # Whose work the built pages hold (searches, messages, previews, open forms): a
        # different person signing in gets them all built afresh.
        self._work_of = None
        self._left_at = None  # page and complaint
        # Dialogs of the person who locked, hidden while the screen is locked.
        self._set_aside = []

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
        self.server_watch = None
        self.write_gate = WriteGate(self)  # shut while the server is away
        self.check_banner = Banner(right)  # the server register failed its check
        right_layout.addWidget(self.check_banner)
        self.server_check = None
        self._check_report = None

        self.stack = QStackedWidget(right)
        right_layout.addWidget(self.stack, 1)
        self.pages = {}  # the pages built so far, by name
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
        self._backup_task = None
        self._check_task = None
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
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_complaint, context=context)
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
        self._watching = None  # the window whose keys and clicks restart the idle clock
        cast(QApplication, QApplication.instance()).focusWindowChanged.connect(self._watch_window)
        if actor is not None:
            self.signed_in(actor)
        else:
            self.show_sign_in()
        if store is not None and not store.checked:
            QTimer.singleShot(0, self._check_file)
        self._checkpoint_task = None
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_EVERY_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)
        if store is not None and store.file is not None and not self.read_only:
            defer_checkpoints(database)  # saves stay quick; the log is copied over here
            if store.checked:  # else once the file passed its check: never into a damaged one
                self._checkpoint_timer.start()
        if store is not None and store.file is None:
            from ui.server.server_watch import ServerWatch

            self.server_watch = ServerWatch(store.url, self)
            self.server_watch.lost.connect(self._server_lost)
            self.server_watch.back.connect(self._server_back)
            # The watch's own slot: the app-wide bus lets go of it with the window.
            operations.bus().connection_lost.connect(self.server_watch.missed)
        if store is not None:
            local = store.data_dir if store.file is not None else None
            from ui.server.server_check import ServerCheck  # its first run is a minute on

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

    @Slot(object)
    def _watch_window(self, window: QWindow | None) -> None:
        """A dialog's keys and clicks count as activity too. (Here, not in a part: a
        slot of the window's own class is let go with the window by the application's
        signal that calls it.)"""
        if window is not None:
            window.installEventFilter(self)

    def _notice(self, text: str) -> None:
        """A banner about the register itself (read-only, failed check); while the screen
        is locked it waits for someone to sign in."""
        self.read_only_banner.show_text(text)
        if self._actor is None:
            self.read_only_banner.hide()

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

    @Slot()
    def bring_forward(self) -> None:
        """A second start asked for this window."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.shut_down()
        self.save_window()
        super().closeEvent(event)
