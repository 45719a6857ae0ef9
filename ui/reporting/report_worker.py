"""Making the register in a worker thread, so the window stays responsive and can cancel."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from models.core.actors import Actor
from models.core.errors import DomainError
from models.storage.db import database

from ui.common.operations import message_for

LOG = logging.getLogger(__name__)


class RegisterWorker(QThread):
    """Builds the PDF into a temporary file; the thread uses its own database connection."""

    progressed = Signal(str, int, int)
    succeeded = Signal(str, int, int)  # path, pages, records
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, month: str, lang: str, actor: Actor, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.month, self.lang, self.actor = month, lang, actor
        self._cancel = False
        folder = Path(tempfile.mkdtemp(prefix="complaint-register-"))
        self.path = folder / f"register-{month}-{lang}.pdf"

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:  # runs in the worker thread
        # reportlab is imported here, not at start-up: it costs a fifth of a second.
        from reports.register_pdf import RegisterCancelled, build_register

        try:
            result = build_register(
                self.path,
                self.month,
                lang=self.lang,
                prepared_by=self.actor.name,
                actor=self.actor,
                progress=lambda stage, done, total: self.progressed.emit(stage, done, total),
                cancelled=lambda: self._cancel,
            )
        except RegisterCancelled:
            self.was_cancelled.emit()
        except DomainError as exc:  # in the user's language, as everywhere else
            self.failed.emit(message_for(exc))
        except Exception as exc:  # the log keeps the details; the user gets one plain line
            LOG.exception("register build failed")
            self.failed.emit(message_for(exc))
        else:
            self.succeeded.emit(str(result.path), result.pages, result.records)
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only
