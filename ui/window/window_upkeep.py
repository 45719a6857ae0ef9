"""Backups, the write-ahead log's checkpoint, the whole-file check and what
follows damage, restoring a backup: the register's upkeep from the window.

A part of ``MainWindow`` (ui/window/main_window.py), which keeps the shell."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QMessageBox,
    QProgressDialog,
)

from models.core.errors import DomainError
from models.maintenance.store import (
    checkpoint,
    defer_checkpoints,
    mark_check_failed,
    quick_check,
)
from models.storage.db import database

from ui.common import operations
from ui.common.operations import Op, wait_for
from ui.shell.messages import describe
from ui.window.opening import open_in_background
from ui.window.window_state import WindowState

LOG = logging.getLogger(__name__)


class UpkeepMixin(WindowState):
    """Mixed into ``MainWindow``: its attributes and methods are reached through ``self``."""

    # -- backups -------------------------------------------------------------
    def backup(self, reason: str, only_if_changed: bool = False) -> Op[Any] | None:
        """Take a backup in the background (never while read-only); failures are told,
        never fatal. A register on the branch server is backed up on the server
        (pg_dump): only a backup asked for by hand says so, the automatic ones are
        skipped. Returns the running backup, if one was started."""
        if self.store is None or self.read_only or self._backup_task is not None:
            return None
        if self.store.file is None and reason != "manual":
            return None
        from models.maintenance.backup import take_backup
        from models.maintenance.integrity import chain_head

        events = chain_head()[0]
        if only_if_changed and events == self._backed_up_events:
            return None
        data_dir = self.store.data_dir
        op = (
            Op(self, lambda: take_backup(data_dir, reason), writes=False, quiet=True)
            .success(lambda path: self._backed_up(path, reason, events))
            .failure(
                lambda message, _exc: self.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "The backup could not be made: %1"
                    ).replace("%1", message),
                    15_000,
                )
            )
            .ended(self._backup_done)
        )
        self._backup_task = op
        self.backup_bar.show()
        op.run()
        return op

    def _backed_up(self, path: Path, reason: str, events: int) -> None:
        self._backed_up_events = events
        if reason in ("manual", "register"):
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Backed up to %1").replace(
                    "%1", str(path)
                ),
                10_000,
            )
        if (view := self.built("settings")) is not None:
            view.show_last_backup()

    @Slot()
    def _backup_done(self) -> None:
        self._backup_task = None
        self.backup_bar.hide()

    def shut_down(self) -> None:
        """The window is closing: whatever is typed is kept as a draft, nothing more is
        written by a timer, and what is running is let finish."""
        intake = self.built("intake")
        if self._actor is not None and intake is not None:
            intake.save_draft()  # whatever is typed survives closing
        # A closed window writes nothing more (its draft timer would otherwise save into
        # whichever register is open next, as that user's draft).
        for timer in (self._idle, self._backup_timer, self._checkpoint_timer):
            timer.stop()
        if self.server_watch is not None:
            self.server_watch.stop()
        if self.server_check is not None:
            self.server_check.stop()
        operations.wait_idle()  # a save pressed just before closing goes through
        if self._checkpoint_task is not None:
            self._checkpoint_task.wait()  # a copy within the file: it ends on its own
        if intake is not None:
            intake._autosave.stop()
        self.backup("auto", only_if_changed=True)
        self.wait_for_backup()
        if self._check_task is not None:
            self._check_task.wait()  # a read-only check: it ends on its own

    def wait_for_backup(self) -> None:
        """Let a running backup finish, showing that it is being made (closing waits)."""
        task = self._backup_task
        if task is None:
            return
        dialog = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Backing up the register before closing..."),
            "",
            0,
            0,
            self,
        )
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        task.wait()
        dialog.close()
        dialog.deleteLater()

    # -- the write-ahead log, copied into the register file in the background -------
    @Slot()
    def checkpoint(self) -> Op[Any] | None:
        """Copy the saves of the last half minute from the log into the register file,
        off the GUI thread (a save never waits for it). Returns the running copy."""
        if (
            self.store is None
            or self.store.file is None
            or self.read_only
            or self._checkpoint_task is not None
        ):
            return None
        file = self.store.file
        # No record changes: no ``changed``, and a thread of its own, beside the saves.
        op = (
            Op(self, lambda: checkpoint(file), writes=False, quiet=True)
            .failure(lambda message, _exc: LOG.warning("checkpoint: %s", message))
            .ended(self._checkpoint_done)
        )
        self._checkpoint_task = op
        op.run()
        return op

    @Slot()
    def _checkpoint_done(self) -> None:
        self._checkpoint_task = None

    # -- the whole-file check, in the background ---------------------------------
    @Slot()
    def _check_file(self) -> None:
        if self.store is None or self.store.file is None:
            return
        file, data_dir = self.store.file, self.store.data_dir
        op = (
            Op(self, lambda: quick_check(file), writes=False, quiet=True)
            .success(lambda verdict: self._file_checked(str(verdict), data_dir))
            .ended(self._check_done)
        )
        self._check_task = op
        op.run()

    @Slot()
    def _check_done(self) -> None:
        self._check_task = None

    def _file_checked(self, verdict: str, data_dir: Path) -> None:
        if verdict == "ok":
            if self.store is not None and not self.read_only:
                self._checkpoint_timer.start()
            return
        mark_check_failed(data_dir, verdict)
        self.damage_found(verdict)

    def damage_found(self, verdict: str) -> None:
        """The register file cannot be fully read: it turns read-only at once (nothing
        more is written into it, not even the log's copy), and the newest good backup is
        offered now, or as soon as someone signs in."""
        if self.store is None or self.store.file is None or self._damage is not None:
            return
        self._damage = verdict
        self._go_read_only()
        self._notice(
            QCoreApplication.translate(
                "MainWindow",
                "The register file failed its check (%1). It is now open read-only: you can "
                "read and print, nothing more is written to it.",
            ).replace("%1", verdict[:200])
        )
        if self._actor is not None:
            self._offer_backup_after_damage()

    def _go_read_only(self) -> None:
        from models.maintenance.store import reopen_read_only

        self._checkpoint_timer.stop()
        self._backup_timer.stop()
        if self._checkpoint_task is not None:
            self._checkpoint_task.wait()  # a copy within the file: it ends on its own
        assert self.store is not None
        self.store = reopen_read_only(self.store)
        self.read_only = True
        if (intake := self.built("intake")) is not None:
            intake.save_button.setEnabled(False)

    def _offer_backup_after_damage(self) -> None:
        from models.maintenance.backup import newest_good

        if self.store is None or self._damage_box is not None:
            return
        best = newest_good(self.store.data_dir)
        if best is None:
            text = QCoreApplication.translate(
                "MainWindow",
                "The register file failed its check, and no good backup was found. Keep "
                "working read-only and ask for help; the file is kept as it is.",
            )
            buttons = QMessageBox.StandardButton.Ok
        else:
            text = (
                QCoreApplication.translate(
                    "MainWindow",
                    "The register file failed its check. Restore the newest good backup, from "
                    "%1 (%2 complaints)? The damaged file is moved aside untouched, and everyone "
                    "signs in again.",
                )
                .replace("%1", f"{best.taken_at:%Y-%m-%d %H:%M}")
                .replace("%2", str(best.complaints))
            )
            buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Complaint Book"),
            text,
            buttons,
            self,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: QAbstractButton) -> None:
            self._damage_box = None
            if best is not None and box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.recover_from_damage()

        box.buttonClicked.connect(answered)
        self._damage_box = box
        box.open()

    def recover_from_damage(self) -> None:
        """Move the damaged file aside, untouched, and put the newest good backup in its
        place (no role is needed: the app chose it); everyone signs in again."""
        from models.maintenance.restore import recover
        from models.maintenance.store import clear_check_failed, quarantine

        store = self.store
        if store is None or store.file is None:
            return
        self.wait_for_backup()
        if self._check_task is not None:
            self._check_task.wait()
        store.close()
        try:
            quarantine(store.file)
            clear_check_failed(store.data_dir)
            info, self.store = open_in_background(
                lambda _progress: recover(store.data_dir, store.url)
            )
        except DomainError as exc:
            self._notice(describe(exc))
            return
        self._damage = None
        self.read_only = False
        defer_checkpoints(database)
        self._checkpoint_timer.start()
        self._backup_timer.start()
        self.read_only_banner.show_text("")
        self._actor = None
        self.show_sign_in(
            QCoreApplication.translate(
                "MainWindow", "Restored the backup of %1 (%2 complaints). Sign in again."
            )
            .replace("%1", f"{info.taken_at:%Y-%m-%d %H:%M}")
            .replace("%2", str(info.complaints))
        )
        self._fresh_pages()
        self._work_of = None

    @Slot(object)
    def restore_backup(self, path: Path) -> None:
        """Swap in a checked backup; everyone signs in again on the restored register."""
        if self.store is None:
            return
        self.wait_for_backup()
        if not self.current_actor().is_manager:
            self.settings_view.say(
                QCoreApplication.translate("MainWindow", "Only a manager may restore a backup."),
                error=True,
            )
            return
        from models.maintenance.restore import restore

        operations.wait_for_writes()  # the shipped replies being added at a sign-in, a save
        actor, store = self.current_actor(), self.store
        try:  # checked, copied and swapped in off the GUI thread, the window waiting
            info, self.store = wait_for(
                lambda _progress: restore(actor, store, path),
                QCoreApplication.translate(
                    "MainWindow",
                    "Restoring the backup...\n\nThe register as it is now is backed up "
                    "first; a large register takes a while.",
                ),
            )
        except DomainError as exc:
            self.settings_view.say(describe(exc), error=True)
            return
        self._actor = None
        self.show_sign_in(
            QCoreApplication.translate(
                "MainWindow", "Restored the backup of %1 (%2 complaints). Sign in again."
            )
            .replace("%1", f"{info.taken_at:%Y-%m-%d %H:%M}")
            .replace("%2", str(info.complaints))
        )
        self._fresh_pages()  # they show the register as it was before the restore
        self._work_of = None
