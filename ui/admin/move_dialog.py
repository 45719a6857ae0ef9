"""Settings > Branch server > Move this PC's register to this server.

Runs ``main.py move-to-server`` as a process of its own: the move opens this PC's
register and the server's one after the other, which the running window (holding this
PC's register open) must not do in itself. The window follows that process from a quiet
op (ui/common/operations.py), which reads its report as it comes: a process that cannot
be started is told as every failed op is, and the dialog never waits on a process that
never ran. The manager types their password again (the
move signs its event with their key); the server's password goes to the process in its
environment, never on its command line. On a server with two users (README) the move is
the owner role's work: its name and password are typed here for this one move and kept
nowhere. The process reports in JSON lines, shown here in the window's language.
"""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from models.core.errors import DomainError
from models.maintenance.server_roles import owner_url

from ui.common.operations import Op
from ui.common.widgets import show_message
from ui.shell import labels
from ui.shell.messages import describe
from ui.shell.settings import split_password

MAIN = Path(__file__).resolve().parents[2] / "main.py"


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
        self.setMinimumWidth(680)
        self.server_url = server_url
        self.bare, self.server_password = split_password(server_url)
        self.username = username
        self.data_dir = data_dir
        self.moving: Op[tuple[int, str]] | None = None  # the move's process, followed
        self.exit_code: int | None = None
        self._said: list[dict[str, Any]] = []  # what the process reported, line by line
        self._shown = 0  # how many of those lines the window has shown
        self._owner_typed = False  # the running move is the owner's
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
        owner_box = QGroupBox(self.tr("The server's owner (a server with two users only)"), self)
        owner_form = QFormLayout(owner_box)
        owner_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        owner_hint = QLabel(
            self.tr(
                "If the branch server was set up with two users, only its owner role may move "
                "a register in. Type the owner's user name and password: they are used for "
                "this move only and are not kept anywhere. Otherwise leave them empty."
            ),
            owner_box,
        )
        owner_hint.setWordWrap(True)
        owner_hint.setObjectName("hint")
        owner_form.addRow(owner_hint)
        self.owner = QLineEdit(owner_box)
        self.owner_password = QLineEdit(owner_box)
        self.owner_password.setEchoMode(QLineEdit.EchoMode.Password)
        owner_form.addRow(self.tr("Owner's user name"), self.owner)
        owner_form.addRow(self.tr("Owner's password"), self.owner_password)
        form.addRow(owner_box)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        form.addRow(self.status)
        self.output = QTextEdit(self)
        self.output.setReadOnly(True)
        self.output.setMinimumHeight(180)
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
        # Room for the report from the start: wrapped lines make the layout's height depend
        # on its width, and Qt then does not grow a window to fit a longer message.
        self.resize(720, 660)

    def _target(self) -> tuple[str, str]:
        """The server register's address without its password, and the password: the
        owner's when one is typed (raises DomainError for an owner that cannot be)."""
        owner = self.owner.text().strip()
        if not owner:
            return self.bare, self.server_password
        url, _app = owner_url(self.server_url, owner, self.owner_password.text())
        return split_password(url)

    @Slot()
    def start(self) -> None:
        if self.moving is not None:
            return
        if not self.password.text():
            show_message(self.status, self.tr("Type your password first."), error=True)
            return
        if self.owner.text().strip() and not self.owner_password.text():
            show_message(self.status, self.tr("Type the owner's password too."), error=True)
            self.owner_password.setFocus()
            return
        try:
            target, server_password = self._target()
        except DomainError as exc:
            show_message(self.status, describe(exc), error=True)
            self.owner.setFocus()
            return
        self.output.clear()
        said: list[dict[str, Any]] = []
        self._said, self._shown = said, 0
        self._owner_typed = bool(self.owner.text().strip())
        show_message(self.status, self.tr("Moving... (this can take a few minutes)"))
        self.start_button.setEnabled(False)
        self.close_button.setEnabled(False)
        env = dict(os.environ)
        env["COMPLAINTBOOK_HOME"] = str(self.data_dir)
        env["COMPLAINTBOOK_LANG"] = labels.language()  # refusals in the window's words
        env["PYTHONIOENCODING"] = "utf-8"
        env.pop("COMPLAINTBOOK_DB", None)
        env.pop("PGPASSWORD", None)
        if server_password:
            env["PGPASSWORD"] = server_password
        command = [*_command(), "move-to-server", target, "--user", self.username, "--for-window"]
        typed = self.password.text() + "\n"
        self.password.clear()
        self.owner_password.clear()  # used for this move only

        def job() -> tuple[int, str]:
            return _run_move(command, env, typed, said, lambda: op.progress(len(said), 0))

        op: Op[tuple[int, str]] = (
            Op(self, job, writes=False, quiet=True)
            .progressed(lambda _stage, _done, _total: self._show_steps())
            .success(self._finished)
            .failure(self._not_started)
        )
        self.moving = op
        op.run()

    def _show_steps(self) -> None:
        """The steps the process reported since the last look, in the window's language."""
        while self._shown < len(self._said):
            said = self._said[self._shown]
            self._shown += 1
            if "say" in said:
                step = QCoreApplication.translate("domain", said["say"])
                self.output.append(f"<p>{html.escape(step)}</p>")

    def _not_started(self, text: str, _exc: BaseException) -> None:
        self.moving = None
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(True)
        show_message(self.status, self.tr("Nothing was moved: %1").replace("%1", text), True)

    def _finished(self, ended: tuple[int, str]) -> None:
        code, errors = ended
        self._show_steps()
        self.exit_code = code
        self.moving = None
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(code != 0)
        report = next((s for s in self._said if "report" in s), None)
        refused = next((s for s in self._said if "refused" in s), None)
        if report is not None:
            self.output.append(self._report_html(report))
        if code == 0:
            show_message(
                self.status,
                self.tr(
                    "Moved, and both registers passed their check. Press Use this server, then "
                    "start Complaint Book again on every PC."
                ),
            )
        elif refused is not None and refused["refused"] == "move_needs_owner":
            params = refused.get("params", {})
            show_message(
                self.status,
                self.tr(
                    "Nothing was moved: on this server only its owner role %1 may move a "
                    "register in, not %2. Type the owner's user name and password above, then "
                    "press Move now."
                )
                .replace("%1", str(params.get("owner", "")))
                .replace("%2", str(params.get("user", ""))),
                True,
            )
            self.owner.setFocus()
        elif refused is not None and refused["refused"] == "server_login_refused":
            params = refused.get("params", {})
            user = str(params.get("user", ""))
            if self._owner_typed:
                text = self.tr(
                    "Nothing was moved: the branch server %1 refused the owner's user name %2 "
                    "with the password typed. Check the owner's user name and password, type "
                    "them again, then press Move now."
                )
                self.owner.setFocus()
            else:
                text = self.tr(
                    "Nothing was moved: the branch server %1 refused user name %2 with the "
                    "password typed in Settings. Check the server's fields there."
                )
            show_message(
                self.status,
                text.replace("%1", str(params.get("where", ""))).replace("%2", user),
                True,
            )
        elif refused is not None:
            show_message(
                self.status,
                self.tr("Nothing was moved: %1").replace("%1", str(refused.get("text", ""))),
                True,
            )
        elif report is None:
            told = [
                ln.removeprefix("error: ") for ln in errors.splitlines() if ln.startswith("error: ")
            ]
            show_message(
                self.status,
                self.tr("Nothing was moved: %1").replace(
                    "%1", " ".join(told) or self.tr("the move stopped unexpectedly.")
                ),
                True,
            )
        else:
            show_message(
                self.status,
                self.tr("Nothing was moved, or the move did not check out: see below."),
                True,
            )

    def _report_html(self, said: dict[str, Any]) -> str:
        """The counts side by side in a table and each check's result, in the window's
        language (a table: names in Vietnamese or Chinese do not line up in columns of
        spaces)."""
        before: dict[str, int] = said["report"]["before"]
        after: dict[str, int] = said["report"]["after"]
        pc, server = self.tr("this PC"), self.tr("server")
        cell = '<td style="padding: 1px 12px 1px 0">{}</td>'
        number = '<td align="right" style="padding: 1px 12px">{}</td>'
        rows = ["<tr>" + cell.format("") + number.format(pc) + number.format(server) + "</tr>"]
        for name, n in before.items():
            moved = after.get(name, 0)
            mark = "" if moved == n or not after else self.tr("differs")
            rows.append(
                "<tr>"
                + cell.format(html.escape(QCoreApplication.translate("domain", name)))
                + number.format(n)
                + number.format(moved)
                + (f'<td style="color: #b00020">{html.escape(mark)}</td>' if mark else "")
                + "</tr>"
            )
        parts = ["<table>" + "".join(rows) + "</table>"]
        for side, caption in (("pc", pc), ("server", server)):
            checked = said.get("checks", {}).get(side)
            if checked is None:
                continue
            if checked["ok"]:
                passed = self.tr("Check on %1: OK").replace("%1", caption)
                parts.append(f"<p>{html.escape(passed)}</p>")
                continue
            head = (
                self.tr("Check on %1: %2 problem(s)")
                .replace("%1", caption)
                .replace("%2", str(len(checked["problems"])))
            )
            items = "".join(f"<li>{html.escape(p)}</li>" for p in checked["problems"])
            parts.append(f"<p>{html.escape(head)}</p><ul>{items}</ul>")
        return "".join(parts)


def _run_move(
    command: list[str],
    env: dict[str, str],
    typed: str,
    said: list[dict[str, Any]],
    heard: Callable[[], None],
) -> tuple[int, str]:
    """On the op's thread: run the move, the manager's password on its standard input;
    each JSON line it reports goes into ``said`` (then ``heard()``). Its exit code and
    what it wrote on its standard error (into a file: a full pipe would stop it)."""
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=env,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
        )
        assert process.stdin is not None and process.stdout is not None
        with process.stdin:
            process.stdin.write(typed.encode("utf-8"))
        for raw in process.stdout:
            line = raw.decode("utf-8", "replace").strip()
            try:
                found = json.loads(line)
            except ValueError:
                continue  # not the report (a library's chatter): the log has what matters
            if isinstance(found, dict):
                said.append(found)
                heard()
        code = process.wait()
        process.stdout.close()
        errors.seek(0)
        return code, errors.read().decode("utf-8", "replace")
