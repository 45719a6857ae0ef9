"""First start on a PC that never held a register: two doors.

"Set up a new branch on this PC" goes on to the set-up of a register in this PC's data
folder, as before. "Join the branch server" asks for the server, tests it and stores it
(password in the credential store, as Settings > Branch server does); no local register
is made, so no clerk can record complaints in a register nobody else sees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import DomainError
from models.storage.db import CONNECT_TIMEOUT_S
from models.storage.server import ProbeResult

from ui.admin.server_box import run_connection_test
from ui.admin.server_fields import ServerFields
from ui.common.operations import Op
from ui.common.widgets import show_message
from ui.shell.messages import describe, translate_template


class FirstStartDialog(QDialog):
    """Accepted with ``url`` "" (a new branch on this PC) or the tested server's URL."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complaint Book: first start on this PC"))
        self.setMinimumWidth(560)
        self.url: str | None = None  # the choice, once made
        self.testing: Op[ProbeResult] | None = None  # the connection test running
        self._tested = ""
        self._passed: str | None = None  # URL of the last test that passed
        self._join_when_passed = False

        outer = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        outer.addWidget(self.pages)

        doors = QWidget(self.pages)
        layout = QVBoxLayout(doors)
        title = QLabel(self.tr("Welcome to Complaint Book"), doors)
        title.setObjectName("pageTitle")
        intro = QLabel(
            self.tr(
                "This PC holds no register yet. Is this the branch's only PC, or does the "
                "branch keep its register on a branch server that other PCs already use?"
            ),
            doors,
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Set up a new branch on this PC"), doors)
        self.new_button.setObjectName("primary")
        new_hint = QLabel(
            self.tr("The register is kept in this PC's own data folder. You become its manager."),
            doors,
        )
        new_hint.setWordWrap(True)
        new_hint.setObjectName("hint")
        self.join_button = QPushButton(self.tr("Join the branch server"), doors)
        join_hint = QLabel(
            self.tr(
                "This PC works on the register the other PCs share (PostgreSQL on the branch "
                "network). Nothing is kept in a register of its own."
            ),
            doors,
        )
        join_hint.setWordWrap(True)
        join_hint.setObjectName("hint")
        for widget in (title, intro, self.new_button, new_hint, self.join_button, join_hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.pages.addWidget(doors)

        join = QWidget(self.pages)
        form = QFormLayout(join)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        join_title = QLabel(self.tr("Join the branch server"), join)
        join_title.setObjectName("pageTitle")
        form.addRow(join_title)
        self.fields = ServerFields(join)  # the same fields as Settings > Branch server
        form.addRow(self.fields)
        self.status = QLabel(join)
        self.status.setWordWrap(True)
        self.status.hide()
        form.addRow(self.status)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), join)
        self.test_button = QPushButton(self.tr("Test connection"), join)
        self.connect_button = QPushButton(self.tr("Join"), join)
        self.connect_button.setObjectName("primary")
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.connect_button)
        form.addRow(buttons)
        self.pages.addWidget(join)

        self.new_button.clicked.connect(self.choose_new)
        self.join_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.back_button.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.test_button.clicked.connect(self.test)
        self.connect_button.clicked.connect(self.join)

    @Slot()
    def choose_new(self) -> None:
        self.url = ""
        self.accept()

    @Slot()
    def test(self) -> None:
        self._join_when_passed = False
        self._start_test()

    @Slot()
    def join(self) -> None:
        """Join the typed server once a test of it passed (testing first if need be)."""
        try:
            url = self.fields.url()
        except DomainError as exc:
            show_message(self.status, describe(exc), error=True)
            return
        if url == self._passed:
            self.url = url
            self.accept()
            return
        self._join_when_passed = True
        self._start_test()

    def _start_test(self) -> None:
        if self.testing is not None:
            return
        try:
            url = self.fields.url()
        except DomainError as exc:
            show_message(self.status, describe(exc), error=True)
            return
        show_message(
            self.status,
            self.tr("Testing the connection to %1 (this takes at most %2 seconds)...")
            .replace("%1", self.fields.host.text().strip())
            .replace("%2", str(CONNECT_TIMEOUT_S)),
        )
        for button in (self.test_button, self.connect_button, self.back_button):
            button.setEnabled(False)
        self._tested = url
        self.testing = run_connection_test(self, url, self._probed, self._not_tested)

    def _not_tested(self, text: str) -> None:
        self.testing = None
        for button in (self.test_button, self.connect_button, self.back_button):
            button.setEnabled(True)
        self._passed = None
        self._join_when_passed = False
        self.status.setToolTip("")
        show_message(self.status, text, True)

    def _probed(self, result: ProbeResult) -> None:
        tested = self._tested
        self.testing = None
        for button in (self.test_button, self.connect_button, self.back_button):
            button.setEnabled(True)
        self._passed = tested if result.usable else None
        self.status.setToolTip(result.detail)
        show_message(
            self.status, translate_template(result.template, result.params), not result.usable
        )
        if result.usable and self._join_when_passed:
            self.url = tested
            self.accept()
        self._join_when_passed = False

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Enter in a field tests and joins rather than closing the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex():
            self.join()
            return
        super().keyPressEvent(event)
