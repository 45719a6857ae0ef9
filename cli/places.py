"""Where a run keeps its things: the data folder, the log, and the register's address."""

from __future__ import annotations

import logging
import logging.handlers
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths

from models.core.location import move_data_folder

from ui.shell.settings import resolve_gui_url, stored_database_url

APP_NAME = "Complaint Book"


def data_dir() -> Path:
    """``COMPLAINTBOOK_HOME`` if set, else this PC's own app data folder: on Windows the
    local one (%LOCALAPPDATA%), not the roaming one (%APPDATA%), which Windows copies to
    a server at every sign-out. A register in the roaming folder of an earlier version
    is moved there once (not while an older app has it open); the user is told."""
    override = os.environ.get("COMPLAINTBOOK_HOME")
    if override:
        return Path(override)
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)
    where = QStandardPaths.StandardLocation
    local = Path(QStandardPaths.writableLocation(where.AppLocalDataLocation))
    roaming = Path(QStandardPaths.writableLocation(where.AppDataLocation))
    if roaming == local or not (roaming / "complaints.sqlite3").exists():
        return local
    lock = QLockFile(str(roaming / "complaint-book.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        return roaming  # in use by a running app: moved at a later start
    try:
        move_data_folder(roaming, local)
    except OSError:
        logging.getLogger("cli").exception("the data folder could not be moved to %s", local)
        return roaming if not (local / "complaints.sqlite3").exists() else local
    finally:
        lock.unlock()
    return local


def setup_logging(home: Path) -> Path:
    """A rotating log in the data directory: tracebacks go there, never to the user. A
    log that cannot be written (read-only folder, full disk) is not the user's problem:
    it goes to the temporary folder instead, or nowhere, and a failed write is dropped."""
    logging.raiseExceptions = False  # a failing log write prints no traceback to the user
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for folder in (home, Path(tempfile.gettempdir())):
        path = folder / "complaint-book.log"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        return path
    root.addHandler(logging.NullHandler())
    return home / "complaint-book.log"


def database_url(cli_url: str | None, home: Path) -> str:
    """``--db``, else ``COMPLAINTBOOK_DB``, else this PC's Settings choice, else the local file."""
    url, _source = resolve_gui_url(
        cli_url, os.environ.get("COMPLAINTBOOK_DB"), stored_database_url(home), home
    )
    return url
