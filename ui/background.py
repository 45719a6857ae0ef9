"""Slow work (backups, exports) in a thread of its own, so the window never freezes.

The thread opens its own database connection (peewee keeps one per thread) and closes
it when done; the job reports progress through a callback and its result or a plain
error message through signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from models.db import database
from models.errors import DomainError

from ui.messages import describe

LOG = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


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
        except DomainError as exc:
            self.failed.emit(describe(exc))
        except OSError as exc:
            self.failed.emit(f"{exc.filename or ''} {exc.strerror or exc}".strip())
        except Exception:  # the log keeps the details; the user gets one plain line
            LOG.exception("background task failed")
            self.failed.emit(self.tr("an unexpected problem (the details are in the log)"))
        else:
            self.succeeded.emit(result)
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only
