"""Starting the GUI: application object, language, fonts, error hook, database, window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.errors import DomainError
from models.store import Store, open_store

from ui import fonts, i18n
from ui.messages import describe
from ui.settings import Settings
from ui.style import STYLE_SHEET

LOG = logging.getLogger("ui")


class ErrorHook:
    """Unexpected errors: full traceback to the log, one plain dialog per burst."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.box: QMessageBox | None = None
        self.keep_work: list[Callable[[], None]] = []

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        LOG.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        for keep in self.keep_work:  # whatever is being typed goes into its draft first
            try:
                keep()
            except Exception:
                LOG.exception("could not keep the draft after an error")
        if self.box is not None and self.box.isVisible():
            return
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ErrorHook", "Something went wrong"),
            QCoreApplication.translate(
                "ErrorHook",
                "Complaint Book hit an unexpected problem. What you saved is safe, and what you are "
                "typing is kept as a draft. Details were written to %1.",
            ).replace("%1", str(self.log_path)),
        )
        self.box.open()


def configure(app: QApplication, home: Path, lang: str | None = None) -> Settings:
    """Name, look, font and language of the application; shared by the app and its tests."""
    app.setApplicationName("Complaint Book")
    if app.styleSheet() != STYLE_SHEET:  # re-applying repolishes every widget: slow
        app.setStyleSheet(STYLE_SHEET)
    fonts.install(app)
    settings = Settings(home)
    i18n.install(lang or settings.get("ui/language") or i18n.system_language(), home / "cache")
    return settings


def run_gui(home: Path, db_url: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    settings = configure(app, home)
    hook = ErrorHook(home / "complaint-book.log")
    sys.excepthook = hook
    try:
        store: Store = open_store(home, db_url)
    except DomainError as exc:
        box = QMessageBox(QMessageBox.Icon.Critical, "Complaint Book", describe(exc))
        box.finished.connect(app.quit)
        box.open()
        app.exec()
        return 1
    from ui.main_window import MainWindow

    window = MainWindow(settings)
    hook.keep_work.append(window.intake.save_draft)
    window.show()
    QTimer.singleShot(0, window.raise_)
    try:
        return app.exec()
    finally:
        store.close()
