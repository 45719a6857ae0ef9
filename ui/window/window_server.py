"""The branch server seen from the window: where the register is, the outage
banner and watch, the check banner, choosing a server.

A part of ``MainWindow`` (ui/window/main_window.py), which keeps the shell."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot

from ui.common import check_words
from ui.window.window_state import WindowState

if TYPE_CHECKING:
    from models.maintenance.integrity import CheckReport


LOG = logging.getLogger(__name__)


class ServerMixin(WindowState):
    """Mixed into ``MainWindow``: its attributes and methods are reached through ``self``."""

    def register_place(self) -> str:
        """Which register this window works on, in words: this PC's, or the server's."""
        from models.storage.server import parse_url

        address = parse_url(self.store.url) if self.store is not None else None
        if address is None:
            return QCoreApplication.translate("MainWindow", "register on this PC")
        return (
            QCoreApplication.translate("MainWindow", "branch server %1, database %2")
            .replace("%1", f"{address.host}:{address.port}")
            .replace("%2", address.dbname)
        )

    def _show_place(self) -> None:
        place = self.register_place()
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Complaint Book - %1").replace("%1", place)
        )
        self.place_label.setText(place)

    @Slot(object)
    def _server_lost(self, since: dt.datetime) -> None:
        self.server_banner.show_text(
            QCoreApplication.translate(
                "MainWindow",
                "Branch server unreachable since %1; retrying. What you type is kept as a "
                "draft on this PC; nothing can be saved until the server is back.",
            ).replace("%1", since.strftime("%H:%M"))
        )
        self.write_gate.close(
            QCoreApplication.translate(
                "MainWindow",
                "The branch server cannot be reached (since %1), so this cannot be saved now. "
                "It is offered again as soon as the server is back.",
            ).replace("%1", since.strftime("%H:%M"))
        )

    @Slot(object)
    def _server_check_failed(self, report: CheckReport) -> None:
        self._check_report = report
        self._show_check_banner()

    @Slot(object)
    def _server_check_passed(self, _report: CheckReport) -> None:
        self._check_report = None
        self.check_banner.hide()

    def _show_check_banner(self) -> None:
        """What the check of the register found: named for a manager (it may quote a
        record's values), a pointer to a manager for anyone else."""
        report = self._check_report
        if report is None or self._actor is None:
            self.check_banner.hide()
            return
        if self._actor.is_manager:
            text = (
                QCoreApplication.translate(
                    "MainWindow",
                    "This register failed its audit check: %1 (%2 problem(s) in all; the "
                    "command check lists them). Compare it with the last signed register and "
                    "the backups before going on.",
                )
                .replace("%1", check_words.headline(report.problems[0]))
                .replace("%2", str(len(report.problems)))
            )
            # The check's own sentence (English, as the command prints it) on hover.
            self.check_banner.text.setToolTip(report.problems[0])
        else:
            text = QCoreApplication.translate(
                "MainWindow",
                "This register failed its audit check. A manager sees what failed; tell one.",
            )
            self.check_banner.text.setToolTip("")  # what failed is a manager's to read
        self.check_banner.show_text(text)

    @Slot()
    def _server_missed(self) -> None:
        """An op found the server gone before the watch did: banner and greyed-out
        buttons now, not at its next question."""
        if self.server_watch is not None:
            self.server_watch.missed()

    @Slot()
    def _server_back(self) -> None:
        self.server_banner.hide()
        self.write_gate.open()
        if self._actor is not None:
            self.refresh_current()

    @Slot(str)
    def _server_chosen(self, url: str) -> None:
        """This PC's database from the next start (Settings > Branch server)."""
        self.settings.set("database/url", url)
        self.settings.sync()
