"""Is the branch server there? Asked every few seconds, so the window can say
"unreachable since hh:mm; retrying" instead of showing an empty register or an error at
each click. The question is a quiet op that only reads (a thread of its own, no progress
window): a timer asks it, not a person, and it may wait the whole connect timeout."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from models.storage.db import CONNECT_TIMEOUT_S

from ui.common.operations import Op

LOG = logging.getLogger(__name__)
EVERY_MS = 15_000


def reachable(url: str) -> bool:
    """One short connection and ``SELECT 1``: does the server answer now?"""
    import psycopg

    try:
        with psycopg.connect(
            url, connect_timeout=CONNECT_TIMEOUT_S, application_name="Complaint Book (watch)"
        ) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


class ServerWatch(QObject):
    """Emits ``lost`` (with the time it was first missed) and ``back``."""

    lost = Signal(object)  # datetime.datetime
    back = Signal()

    def __init__(self, url: str, parent: QObject | None = None, every_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self.url = url
        self.since: dt.datetime | None = None  # unreachable since; None while reachable
        self._ping: Op[bool] | None = None  # the question still waiting for its answer
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> None:
        if self._ping is not None:
            return  # the last question is still waiting for its answer
        url = self.url
        ping = (
            Op(self, lambda: reachable(url), writes=False, quiet=True)
            .success(self._answered)
            .failure(lambda text, _exc: LOG.warning("the branch server's watch: %s", text))
            .ended(self._ping_ended)
        )
        self._ping = ping
        ping.run()

    def _ping_ended(self) -> None:
        self._ping = None

    @Slot(bool)
    def _answered(self, ok: bool) -> None:
        if ok and self.since is not None:
            self.since = None
            LOG.info("the branch server is back")
            self.back.emit()
        elif not ok and self.since is None:
            self.since = dt.datetime.now()
            LOG.warning("the branch server cannot be reached")
            self.lost.emit(self.since)
        elif not ok:
            self.lost.emit(self.since)

    @Slot()
    def missed(self) -> None:
        """The window found the server away (a read failed): say so now, check again."""
        self._answered(False)
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        if self._ping is not None:
            self._ping.wait()
