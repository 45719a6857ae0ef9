"""Settings > Branch server: point this PC at the branch's PostgreSQL server, after a test.

The test runs as a quiet op that only reads (``run_connection_test``: a thread of its
own, as it may wait the whole connect timeout for a PC that is switched off; the box says
it is testing, so no progress window). The choice is only stored here; it takes effect at
the next start. The box says where the password is kept: in the PC's credential store,
or, on a PC without one, in settings.ini (``ui.shell.settings``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from models.core.actors import Actor
from models.core.errors import DomainError
from models.storage.db import CONNECT_TIMEOUT_S, sqlite_path
from models.storage.server import (
    ProbeResult,
    check_may_choose,
    parse_url,
    probe,
)

from ui.admin.server_fields import ServerFields
from ui.common.operations import Op
from ui.common.widgets import show_message
from ui.shell.messages import describe, translate_template
from ui.shell.settings import credential_store, password_in_file


def run_connection_test(
    parent: QObject,
    url: str,
    found: Callable[[ProbeResult], None],
    failed: Callable[[str], None],
) -> Op[ProbeResult]:
    """Test the server at ``url`` (``probe``: its own connection, nothing shared) as a quiet
    op that only reads: ``found`` gets what the test found; ``failed`` the sentence for a
    test that could not run at all, as every op's failure is told."""
    op = (
        Op(parent, lambda: probe(url), writes=False, quiet=True)
        .success(found)
        .failure(lambda text, _exc: failed(text))
    )
    op.run()
    return op


class ServerBox(QGroupBox):
    chosen = Signal(str)  # the database URL from the next start; "" = this PC's own file

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Branch server"), parent)
        self._actor_getter = actor_getter
        self.testing: Op[ProbeResult] | None = None  # the connection test running
        self._tested = ""  # the URL it tests
        self._filled = False
        self._passed: str | None = None  # the URL of the last test that passed
        self._save_when_passed = False
        self._settings_dir: Path | None = None  # where this PC's settings.ini is

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(
            self.tr(
                "Several counter PCs share one register when it is kept on a PostgreSQL "
                "server on the branch network."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        form.addRow(intro)
        self.fields = ServerFields(self)
        form.addRow(self.fields)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        form.addRow(self.test_button)
        choice = QHBoxLayout()
        self.use_server_button = QPushButton(self.tr("Use this server"), self)
        self.use_server_button.setObjectName("primary")
        self.use_local_button = QPushButton(self.tr("Use this PC only"), self)
        choice.addWidget(self.use_server_button)
        choice.addWidget(self.use_local_button)
        form.addRow(choice)
        self.move_button = QPushButton(self.tr("Move this PC's register to this server..."), self)
        self.move_button.hide()  # shown while this PC works on its own register
        self.move_dialog: QWidget | None = None
        form.addRow(self.move_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        form.addRow(self.status)
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        form.addRow(self.current)
        self.password_note = QLabel(self)  # where the password is kept
        self.password_note.setWordWrap(True)
        self.password_note.setObjectName("hint")
        form.addRow(self.password_note)

        self.test_button.clicked.connect(self.test)
        self.use_server_button.clicked.connect(self.use_server)
        self.use_local_button.clicked.connect(self.use_local)
        self.move_button.clicked.connect(self.move_register)

    def show_setting(
        self, stored_url: str, running_url: str, settings_dir: Path | None = None
    ) -> None:
        """Fill the fields from this PC's setting (once: later, what was typed stays) and say
        which database this start is working on, and where the password is kept."""
        self._settings_dir = settings_dir
        self._show_password_place()
        if not self._filled:
            self._filled = True
            address = parse_url(stored_url)
            if address is not None:
                self.fields.fill(address)
        running = parse_url(running_url)
        if running is not None:
            self.current.setText(
                self.tr("Now working on: the branch server %1, database %2.")
                .replace("%1", f"{running.host}:{running.port}")
                .replace("%2", running.dbname)
            )
        elif sqlite_path(running_url) is not None:
            self.current.setText(self.tr("Now working on: this PC's own register file."))
        else:
            self.current.clear()
        self.move_button.setVisible(sqlite_path(running_url) is not None)

    def _show_password_place(self) -> None:
        """In plain words, where this PC keeps (or will keep) the server's password."""
        in_file = self._settings_dir is not None and password_in_file(self._settings_dir)
        if credential_store() is None:
            text = self.tr(
                "No credential store on this PC: the password is kept in settings.ini in the "
                "data folder. On a shared counter PC, protect the Windows account with a "
                "password of its own."
            )
        elif in_file:
            text = self.tr(
                "The password is still kept in settings.ini. Press Use this server to move it "
                "into this PC's credential store."
            )
        else:
            text = self.tr(
                "The password is kept in this PC's credential store (Windows Credential "
                "Manager on Windows), not in settings.ini."
            )
        self.password_note.setText(text)

    def url(self) -> str:
        """The typed server as a URL (raises ValidationError for what is missing)."""
        return self.fields.url()

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.status, text, error)

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.use_server_button, self.use_local_button):
            button.setEnabled(not busy)

    @Slot()
    def test(self) -> None:
        self._save_when_passed = False
        self._start_test()

    def _start_test(self) -> None:
        if self.testing is not None:
            return
        try:
            url = self.url()
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        self._say(
            self.tr("Testing the connection to %1 (this takes at most %2 seconds)...")
            .replace("%1", self.fields.host.text().strip())
            .replace("%2", str(CONNECT_TIMEOUT_S))
        )
        self._busy(True)
        self._tested = url
        self.testing = run_connection_test(self, url, self._probed, self._not_tested)

    def _not_tested(self, text: str) -> None:
        self.testing = None
        self._busy(False)
        self._passed = None
        self._save_when_passed = False
        self.status.setToolTip("")
        self._say(text, error=True)

    def _probed(self, result: ProbeResult) -> None:
        tested = self._tested
        self.testing = None
        self._busy(False)
        self._passed = tested if result.usable else None
        text = translate_template(result.template, result.params)
        self.status.setToolTip(result.detail)
        save = result.usable and self._save_when_passed and tested == self._url_or_none()
        self._save_when_passed = False
        if save:
            self._choose(tested, text)
        else:
            self._say(text, error=not result.usable)

    def _url_or_none(self) -> str | None:
        try:
            return self.url()
        except DomainError:
            return None

    def _may_choose(self) -> bool:
        try:
            check_may_choose(self._actor_getter())
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return False
        return True

    @Slot()
    def use_server(self) -> None:
        """Store the typed server for the next start, once a test of it has passed (a test
        runs first when the fields changed since the last one)."""
        if not self._may_choose():
            return
        url = self._url_or_none()
        if url is not None and url == self._passed:
            self._choose(url)
        else:
            self._save_when_passed = True
            self._start_test()

    @Slot()
    def move_register(self) -> None:
        """Copy this PC's register into the typed server's (empty) register."""
        from models.trust import auth

        from ui.admin.move_dialog import MoveDialog

        if not self._may_choose() or self._settings_dir is None:
            return
        try:
            url = self.url()
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        actor = self._actor_getter()
        username = auth.staff_username(actor.staff_id) if actor.staff_id else ""
        dialog = MoveDialog(url, username, self._settings_dir, self)
        self.move_dialog = dialog
        dialog.open()

    @Slot()
    def use_local(self) -> None:
        if self._may_choose():
            self._choose("")

    def _choose(self, url: str, found: str = "") -> None:
        self.chosen.emit(url)  # stored by the time it returns
        self._show_password_place()
        if url:
            text = self.tr(
                "Saved. Close and start Complaint Book again to work on the branch server."
            )
        else:
            text = self.tr(
                "Saved. Close and start Complaint Book again to work on this PC's own register "
                "file."
            )
        self._say(f"{found}\n\n{text}" if found else text)
