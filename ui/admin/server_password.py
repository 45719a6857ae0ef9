"""The branch server's password was changed: type the new one at the start.

The server's password is the authority: whoever knows it may put it on this PC. It is
tested against the server before it is kept, and kept as Settings keeps it (the
credential store where the PC has one, else settings.ini).
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from models.storage.db import CONNECT_TIMEOUT_S
from models.storage.server import ProbeResult, parse_url

from ui.admin.server_box import run_connection_test
from ui.common.operations import Op
from ui.common.widgets import show_message
from ui.shell.messages import translate_template
from ui.shell.settings import join_password, split_password


class ServerPasswordDialog(QDialog):
    """Accepted with ``url``: the server's address with the new, tested password."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New password of the branch server"))
        self.setMinimumWidth(520)
        self.bare = split_password(url)[0]
        self.url: str | None = None
        self.testing: Op[ProbeResult] | None = None  # the new password being tested
        self._tested = ""
        address = parse_url(url)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(
            self.tr(
                "Type the password the branch server now has for user %1 on %2. It is tested "
                "before this PC keeps it."
            )
            .replace("%1", address.user if address else "")
            .replace("%2", f"{address.host}:{address.port}" if address else ""),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New password"), self.password)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        form.addRow(self.status)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.ok_button = QPushButton(self.tr("Test and keep"), self)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        form.addRow(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.test)

    @Slot()
    def test(self) -> None:
        if self.testing is not None:
            return
        if not self.password.text():
            show_message(self.status, self.tr("Type the new password."), error=True)
            return
        show_message(
            self.status,
            self.tr("Testing the new password (this takes at most %1 seconds)...").replace(
                "%1", str(CONNECT_TIMEOUT_S)
            ),
        )
        self.ok_button.setEnabled(False)
        self._tested = join_password(self.bare, self.password.text())
        self.testing = run_connection_test(self, self._tested, self._probed, self._not_tested)

    def _not_tested(self, text: str) -> None:
        self.testing = None
        self.ok_button.setEnabled(True)
        self.status.setToolTip("")
        show_message(self.status, text, True)

    def _probed(self, result: ProbeResult) -> None:
        tested = self._tested
        self.testing = None
        self.ok_button.setEnabled(True)
        if result.reached:
            self.url = tested
            self.accept()
            return
        self.password.clear()
        self.status.setToolTip(result.detail)
        show_message(self.status, translate_template(result.template, result.params), True)
