"""One Complaint Book per database: a second start says who has it open and brings the
running window forward; a lock left by a crash is taken over."""

from __future__ import annotations

import getpass
import hashlib
import json
import socket
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


class SingleInstance(QObject):
    """Holds the lock while the app runs; ``raise_requested`` fires when a second start asks."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.lock = QLockFile(str(data_dir / "complaint-book.lock"))
        self.lock.setStaleLockTime(0)  # a lock whose process is gone is stale at once
        self.key = (
            "complaint-book-" + hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:16]
        )
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the only instance (a stale lock after a crash is taken over)."""
        if not self.lock.tryLock(200):
            return False
        (self.data_dir / "complaint-book.owner.json").write_text(
            json.dumps({"user": getpass.getuser(), "pc": socket.gethostname()}), encoding="utf-8"
        )
        QLocalServer.removeServer(self.key)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._knock)
        self.server.listen(self.key)
        return True

    def holder(self) -> tuple[str, str]:
        """Who has it open: (user, PC), as far as known."""
        try:
            data = json.loads(
                (self.data_dir / "complaint-book.owner.json").read_text(encoding="utf-8")
            )
            return str(data.get("user", "?")), str(data.get("pc", "?"))
        except (OSError, ValueError):
            return "?", "?"

    def ask_running_to_raise(self) -> None:
        socket_ = QLocalSocket()
        socket_.connectToServer(self.key)
        if socket_.waitForConnected(500):
            socket_.write(b"raise")
            socket_.waitForBytesWritten(500)
            socket_.disconnectFromServer()

    def _knock(self) -> None:
        assert self.server is not None
        connection = self.server.nextPendingConnection()
        if connection is not None:
            connection.deleteLater()
        self.raise_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
