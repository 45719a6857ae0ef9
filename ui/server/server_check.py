"""The register is checked in the window too, as ``check`` does it: its audit trail
verified in the background once a day; on the branch server also at a manager's sign-in
when the register was restored (its chain no longer holds the newest event this PC
saw); on this PC at a manager's sign-in (once an hour at most), with the backups as witnesses, so the
branch head hears of a change behind the app without opening a terminal.

The day's check and the last head seen are kept in this PC's settings; a check that
finds problems is shown in a banner naming the first of them.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from models.maintenance.integrity import CheckReport, check_database
from models.maintenance.witnesses import witness_problems
from models.storage.audit import GENESIS
from models.storage.schema import AuditEvent

from ui.common.operations import Op
from ui.shell.settings import Settings

LOG = logging.getLogger(__name__)
EVERY = dt.timedelta(days=1)
# On this PC, also at a manager's sign-in, once an hour at most: the whole check reads
# the whole trail, and managers lock and unlock many times a day.
AT_SIGN_IN = dt.timedelta(hours=1)
LOOK_EVERY_MS = 60 * 60 * 1000  # whether a day has passed, asked every hour


def head_now() -> tuple[int, str]:
    """The newest audit event's id and hash (0 and GENESIS for an empty trail)."""
    last = AuditEvent.select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    return (int(last.id), str(last.hash)) if last else (0, GENESIS)


def still_holds(event_id: int, hash_: str) -> bool:
    """Does the trail still hold event ``event_id`` with that hash? (A restored register
    comes back without the newest events, or with others in their place.)"""
    if event_id == 0:
        return True
    return (
        AuditEvent.select().where((AuditEvent.id == event_id) & (AuditEvent.hash == hash_)).exists()
    )


class ServerCheck(QObject):
    found = Signal(object)  # CheckReport with problems
    passed = Signal(object)  # CheckReport

    def __init__(
        self, settings: Settings, parent: QObject | None = None, data_dir: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir  # a register on this PC: its backups are witnesses
        self.task: Op[CheckReport] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOOK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()

    def last_checked(self) -> dt.datetime | None:
        text = str(self.settings.get("server/checked_at") or "")
        try:
            return dt.datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    @Slot()
    def run_if_due(self, every: dt.timedelta = EVERY) -> None:
        last = self.last_checked()
        if last is None or dt.datetime.now() - last >= every:
            self.run()

    def restored_since(self) -> bool:
        """The register no longer holds the newest event this PC saw: restored (or cut)."""
        seen = str(self.settings.get("server/head") or "")
        if ":" not in seen:
            return False
        event_id, _, hash_ = seen.partition(":")
        try:
            return not still_holds(int(event_id), hash_)
        except ValueError:
            return False

    def note_head(self) -> None:
        event_id, hash_ = head_now()
        self.settings.set("server/head", f"{event_id}:{hash_}")
        self.settings.sync()

    def run(self) -> None:
        if self.task is not None:
            return
        # Reads only, in the background: a thread of its own, no progress window.
        op = (
            Op(self, self._check, writes=False, quiet=True)
            .success(self._checked)
            .failure(lambda text, _exc: LOG.warning("the server check could not run: %s", text))
            .ended(self._done)
        )
        self.task = op
        op.run()

    def _check(self) -> CheckReport:  # in the worker thread
        report = check_database()
        if self.data_dir is not None:
            found, _notes, _read = witness_problems(self.data_dir)
            report.problems.extend(found)
        return report

    @Slot()
    def _done(self) -> None:
        self.task = None

    @Slot(object)
    def _checked(self, report: Any) -> None:
        assert isinstance(report, CheckReport)
        self.settings.set("server/checked_at", dt.datetime.now().isoformat(timespec="seconds"))
        self.settings.sync()
        if report.ok:
            self.note_head()
            self.passed.emit(report)
        else:
            LOG.warning("the register failed its check: %d problem(s)", len(report.problems))
            self.found.emit(report)

    def stop(self) -> None:
        self.timer.stop()
        if self.task is not None:
            self.task.wait()
