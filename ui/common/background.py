"""Slow work (backups, exports) in a thread of its own, so the window never freezes.

The thread opens its own database connection (peewee keeps one per thread) and closes
it when done; the job reports progress through a callback and its result or a plain
error message through signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Signal
from PySide6.QtWidgets import QLabel, QProgressDialog

from models.core.errors import DomainError
from models.storage.db import database

from ui.common.operations import message_for

LOG = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
T = TypeVar("T")


class Task(QThread):
    """Runs ``job(progress)`` off the GUI thread."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[Progress], Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._job = job

    def retire(self) -> None:
        """Delete the task once its thread has quite ended ("finished" comes a moment
        before it has)."""
        self.wait()
        self.deleteLater()

    def run(self) -> None:  # runs in the worker thread
        try:
            result = self._job(lambda done, total: self.progressed.emit(done, total))
        except (DomainError, OSError) as exc:
            self.failed.emit(message_for(exc))  # the op layer's one way of telling it
        except Exception as exc:  # the log keeps the details; the user gets one plain line
            LOG.exception("background task failed")
            self.failed.emit(message_for(exc))
        else:
            self.succeeded.emit(result)
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only


OPENING_SHOWN_AFTER_MS = 1000  # a register that opens in less shows no progress window


def open_in_background(opener: Callable[[Progress], T]) -> T:
    """Open the register in a thread of its own while the GUI thread goes on handling
    events, with a progress window if it takes a while: the first start after an update
    may upgrade the register, and making a big register's search index again takes
    minutes (a million complaints: 3.5, with the backup copy). Errors are raised here,
    as if opened here; the GUI thread then opens its own connection when it first uses
    the register. ``opener(progress)`` reports an upgrade's progress with it."""
    outcome: dict[str, Any] = {}

    def job(progress: Progress) -> None:
        try:
            outcome["store"] = opener(progress)
        except Exception as exc:  # the GUI thread decides what to do with it
            outcome["error"] = exc

    dialog = QProgressDialog(
        QCoreApplication.translate(
            "App",
            "Opening the register...\n\nThe first start after an update can take a few "
            "minutes with a large register, while it is brought up to date.",
        ),
        "",
        0,
        0,
    )
    dialog.setWindowTitle("Complaint Book")
    label = QLabel(dialog.labelText())
    label.setWordWrap(True)
    dialog.setLabel(label)
    dialog.setFixedWidth(480)
    dialog.setCancelButton(None)  # an upgrade is one transaction: stopping it undoes it
    dialog.setMinimumDuration(OPENING_SHOWN_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(job)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    task.progressed.connect(progressed)
    loop = QEventLoop()
    task.finished.connect(loop.quit)  # queued to this thread: never missed
    task.start()
    loop.exec()
    task.retire()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["store"]
