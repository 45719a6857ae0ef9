"""Settings > Branch server > Move this PC's register to this server.

Runs ``main.py move-to-server`` as a process of its own: the move opens this PC's
register and the server's one after the other, which the running window (holding this
PC's register open) must not do in itself. The manager types their password again (the
move signs its event with their key); the server's password goes to the process in its
environment, never on its command line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ui.shell.settings import split_password
from ui.widgets import show_message

MAIN = Path(__file__).resolve().parent.parent / "main.py"


def _command() -> list[str]:
    """How to start this app's command line (a frozen build is its own executable)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, str(MAIN)]


class MoveDialog(QDialog):
    def __init__(
        self, server_url: str, username: str, data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move this PC's register to the branch server"))
        self.setMinimumWidth(620)
        self.bare, self.server_password = split_password(server_url)
        self.username = username
        self.data_dir = data_dir
        self.process: QProcess | None = None
        self.exit_code: int | None = None
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        intro = QLabel(
            self.tr(
                "Everything in this PC's register is copied into the server's register, which "
                "must be empty: complaints with their timelines and audit history, the opinion "
                "book, box openings, sign-offs, checklist runs, and staff with their roles and "
                "passwords. Both registers are then checked and their counts shown side by "
                "side. This PC's register is left as it is."
            ),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Your password (%1)").replace("%1", username), self.password)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        form.addRow(self.status)
        self.output = QPlainTextEdit(self)
        self.output.setReadOnly(True)
        self.output.setMinimumHeight(220)
        form.addRow(self.output)
        buttons = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.start_button = QPushButton(self.tr("Move now"), self)
        self.start_button.setObjectName("primary")
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)
        form.addRow(buttons)
        self.close_button.clicked.connect(self.reject)
        self.start_button.clicked.connect(self.start)

    @Slot()
    def start(self) -> None:
        if self.process is not None:
            return
        if not self.password.text():
            show_message(self.status, self.tr("Type your password first."), error=True)
            return
        self.output.clear()
        show_message(self.status, self.tr("Moving... (this can take a few minutes)"))
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        process = QProcess(self)
        env = QProcessEnvironment.systemEnvironment()
        env.insert("COMPLAINTBOOK_HOME", str(self.data_dir))
        env.insert("PYTHONIOENCODING", "utf-8")
        env.remove("COMPLAINTBOOK_DB")
        if self.server_password:
            env.insert("PGPASSWORD", self.server_password)
        process.setProcessEnvironment(env)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        program, *args = _command()
        process.start(program, [*args, "move-to-server", self.bare, "--user", self.username])
        process.write((self.password.text() + "\n").encode("utf-8"))
        process.closeWriteChannel()
        self.password.clear()
        self.process = process

    @Slot()
    def _read(self) -> None:
        if self.process is not None:
            text = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
            self.output.insertPlainText(text)

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        self.exit_code = code
        self.process = None
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(code != 0)
        if code == 0:
            show_message(
                self.status,
                self.tr(
                    "Moved, and both registers passed their check. Press Use this server, then "
                    "start Complaint Book again on every PC."
                ),
            )
        else:
            show_message(
                self.status,
                self.tr("Nothing was moved, or the move did not check out: see below."),
                True,
            )
