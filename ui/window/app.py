"""Starting the GUI: application object, language, fonts, error hook, database, window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.core.errors import DatabaseUnavailable, DomainError
from models.core.location import take_move_note
from models.maintenance.store import (
    ChangesLost,
    DatabaseDamaged,
    RegisterMissing,
    ServerLoginRefused,
    Store,
    clear_check_failed,
    needs_full_check,
    open_store,
    quarantine,
)
from models.storage.db import display_url, sqlite_path

from ui.common.operations import Progress
from ui.shell import i18n
from ui.shell.messages import describe
from ui.shell.settings import Settings, resolve_gui_url
from ui.window import fonts
from ui.window.main_window import MainWindow
from ui.window.opening import open_in_background
from ui.window.style import STYLE_SHEET

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
        text = QCoreApplication.translate(
            "ErrorHook",
            "Complaint Book hit an unexpected problem. What you saved is safe, and what you are "
            "typing is kept as a draft. Details were written to %1.",
        ).replace("%1", str(self.log_path))
        if isinstance(value, DomainError):  # e.g. the branch server went away during a read
            text = describe(value)
        self.box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("ErrorHook", "Something went wrong"),
            text,
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


def switch_language(window: MainWindow, lang: str) -> MainWindow:
    """Show the app in ``lang`` at once: a new window in the new language replaces the old
    one, signed in as the same person, with anything being typed carried across."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    actor = window._actor
    intake = window.built("intake")
    dirty = actor is not None and intake is not None and intake.is_dirty()
    typed = intake.form().to_json() if dirty else None
    editing = intake._editing if intake is not None else None
    # The branch server typed in Settings (not saved yet) goes across too.
    settings_page = window.built("settings")
    server_typed = settings_page.server.fields.address() if settings_page is not None else None
    window.settings.set("ui/language", lang)
    window.settings.sync()
    configure(app, window.settings.data_dir, lang)
    fresh = MainWindow(window.settings, actor=actor, store=window.store)
    fresh.language_switch.connect(lambda code: switch_language(fresh, code))
    if typed is not None and editing is None:
        fresh.intake.restore_draft(typed)
        fresh.show_page("intake")
    else:
        fresh.show_page("settings")
        if server_typed is not None:
            fresh.settings_view.server.fields.fill(server_typed)
    fresh.restoreGeometry(window.saveGeometry())
    fresh.show()
    if intake is not None:
        intake._dirty = False  # what was typed lives on in the new window
    window.store = None  # the new window owns the database from now on
    window.close()
    window.deleteLater()
    _windows[:] = [fresh]
    return fresh


_windows: list[MainWindow] = []


def _keep_typed() -> None:
    """After a crash: what the current window's complaint form holds becomes a draft."""
    intake = _windows[0].built("intake") if _windows else None
    if intake is not None:
        intake.save_draft()


def _say_and_quit(
    app: QApplication, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Critical
) -> int:
    box = QMessageBox(icon, "Complaint Book", text)
    box.finished.connect(app.quit)
    box.open()
    app.exec()
    return 1


def _ask_retry(app: QApplication, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Complaint Book",
        text,
        QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
    )
    answer: list[int] = []
    box.buttonClicked.connect(lambda button: answer.append(int(box.standardButton(button))))
    box.finished.connect(app.quit)
    box.open()
    app.exec()
    return bool(answer) and answer[0] == int(QMessageBox.StandardButton.Retry)


def _ask_new_password(app: QApplication, url: str) -> str | None:
    """The server's new password, typed and tested; the URL with it, or None."""
    from ui.admin.server_password import ServerPasswordDialog

    dialog = ServerPasswordDialog(url)
    dialog.finished.connect(app.quit)
    dialog.open()
    app.exec()
    chosen = dialog.url
    dialog.deleteLater()
    return chosen


def _open_retrying(
    app: QApplication, home: Path, url: str, source: str, settings: Settings | None = None
) -> Store | None:
    """Open the register; when the branch server cannot be reached, offer to try again
    (it may still be starting) rather than quit at once. When it refuses the password
    this PC keeps, offer to type the new one (tested, then kept as Settings keeps it).
    None: the user closed."""
    while True:
        try:
            # The whole-file check runs in the background once the window is up, so
            # start-up takes as long with ten years of register as with one month.
            def opener(progress: Progress, url: str = url) -> Store:
                return open_store(
                    home, url, check=needs_full_check(home), upgrade_progress=progress
                )

            return open_in_background(opener)
        except DatabaseUnavailable as exc:
            if sqlite_path(url) is not None:
                raise
            text = describe(exc)
            if isinstance(exc, ServerLoginRefused) and source == "setting" and settings:
                choice = _choose(
                    app,
                    text,
                    [
                        QCoreApplication.translate("App", "Type the new password"),
                        QCoreApplication.translate("App", "Try again"),
                        QCoreApplication.translate("App", "Close"),
                    ],
                )
                if choice is None:
                    return None
                if choice == 0:
                    typed = _ask_new_password(app, url)
                    if typed is not None:
                        settings.set("database/url", typed)
                        settings.sync()
                        url = str(settings.get("database/url"))
                continue
            if source == "setting":
                text += "\n\n" + QCoreApplication.translate(
                    "App",
                    "This PC is set to work on the branch server (Settings, Branch server). "
                    "Complaint Book needs it to open the register.",
                )
            if not _ask_retry(app, text):
                return None


def _choose(app: QApplication, text: str, choices: list[str]) -> int | None:
    """Ask with one button per choice (the last one closes); the index chosen, or None."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Complaint Book", text)
    buttons = [
        box.addButton(
            label,
            QMessageBox.ButtonRole.RejectRole
            if i == len(choices) - 1
            else QMessageBox.ButtonRole.AcceptRole,
        )
        for i, label in enumerate(choices)
    ]
    box.setDefaultButton(buttons[0])
    answer: list[int] = []
    box.buttonClicked.connect(lambda button: answer.append(buttons.index(button)))
    box.finished.connect(app.quit)
    box.open()
    app.exec()
    return answer[0] if answer and answer[0] < len(choices) - 1 else None


def _recover_at_start(
    app: QApplication, home: Path, url: str, problem: DomainError
) -> Store | None:
    """The register file cannot be used as it is. Damaged, empty or cut short: it is
    moved aside untouched. Then (and when it is missing) the newest backup that passes
    its own check is offered, with its date and count; with none, a new, empty register
    only when asked for. When it lost its newest changes, the backup holding more is
    offered, or going on with it as it is. None: the user closed."""
    from models.maintenance.backup import holding_more, newest_good
    from models.maintenance.restore import recover, restore_lost_changes

    text = describe(problem)
    if isinstance(problem, DatabaseDamaged):
        moved = quarantine(problem.file)
        clear_check_failed(home)
        text += "\n\n" + QCoreApplication.translate(
            "App", "It was moved aside, untouched: %1"
        ).replace("%1", moved.name)
    if isinstance(problem, ChangesLost):
        best = holding_more(home, problem.found.events)
        keep = QCoreApplication.translate("App", "Go on with the register as it is")
        if best is None:
            text += "\n\n" + QCoreApplication.translate(
                "App", "No backup holds more of its changes."
            )
            if _choose(app, text, [keep, QCoreApplication.translate("App", "Close")]) is None:
                return None
            return open_in_background(lambda _p: open_store(home, url, accept_loss=True))
        text += "\n\n" + QCoreApplication.translate(
            "App", "The backup of %1 holds more: %2 complaints, %3 entries in its audit trail."
        ).replace("%1", f"{best.taken_at:%Y-%m-%d %H:%M}").replace(
            "%2", str(best.complaints)
        ).replace("%3", str(best.events))
        choice = _choose(
            app,
            text,
            [
                QCoreApplication.translate("App", "Restore that backup"),
                keep,
                QCoreApplication.translate("App", "Close"),
            ],
        )
        if choice is None:
            return None
        if choice == 1:
            return open_in_background(lambda _p: open_store(home, url, accept_loss=True))

        def put_back(_progress: Progress) -> Store:
            lost = open_store(home, url, accept_loss=True)
            return restore_lost_changes(lost, best.path)[1]

        return open_in_background(put_back)
    good = newest_good(home)
    if good is None:
        text += "\n\n" + QCoreApplication.translate(
            "App",
            "No good backup was found. You can start a new, empty register here (what was "
            "moved aside stays where it is), or close and ask for help.",
        )
        if (
            _choose(
                app,
                text,
                [
                    QCoreApplication.translate("App", "Start a new, empty register"),
                    QCoreApplication.translate("App", "Close"),
                ],
            )
            is None
        ):
            return None
        return open_in_background(lambda _p: open_store(home, url, allow_new=True))
    text += "\n\n" + QCoreApplication.translate(
        "App", "Restore the newest good backup, from %1 (%2 complaints)?"
    ).replace("%1", f"{good.taken_at:%Y-%m-%d %H:%M}").replace("%2", str(good.complaints))
    if (
        _choose(
            app,
            text,
            [
                QCoreApplication.translate("App", "Restore the backup"),
                QCoreApplication.translate("App", "Close"),
            ],
        )
        is None
    ):
        return None
    return open_in_background(lambda _p: recover(home, url)[1])


def first_start(home: Path, url: str, source: str) -> bool:
    """This PC holds no register and was never pointed anywhere: the two doors are due."""
    from models.maintenance.store import held_register

    file = sqlite_path(url)
    return (
        source == "local"
        and file is not None
        and not file.exists()
        and not held_register(file, home)
    )


def choose_door(app: QApplication, settings: Settings) -> str | None:
    """Ask a PC's first start which door it takes: "" for a new branch on this PC, the
    branch server's URL (tested, and stored as Settings stores it) for joining it, None
    when the window was closed."""
    from ui.start.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    dialog.finished.connect(app.quit)
    dialog.open()
    app.exec()
    url = dialog.url
    dialog.deleteLater()
    if url:
        settings.set("database/url", url)  # the password into the credential store
        settings.sync()
    return url


def where_to_open(
    app: QApplication, home: Path, settings: Settings, cli_url: str | None
) -> tuple[str, str] | None:
    """The register this start opens and where the choice came from (``resolve_gui_url``),
    after the first-start doors where they are due; None: the user closed."""
    url, source = resolve_gui_url(
        cli_url, os.environ.get("COMPLAINTBOOK_DB"), settings.get("database/url"), home
    )
    if first_start(home, url, source):
        chosen = choose_door(app, settings)
        if chosen is None:
            return None
        if chosen:
            return str(settings.get("database/url")), "setting"
    return url, source


def run_gui(home: Path, db_url: str | None) -> int:
    # instance() is typed as the core application; here it is always the widgets one.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    settings = configure(app, home)
    from ui.window.instance import SingleInstance

    instance = SingleInstance(home)
    if not instance.acquire():
        user, pc = instance.holder()
        instance.ask_running_to_raise()
        return _say_and_quit(
            app,
            QCoreApplication.translate(
                "App",
                "Complaint Book is already open with this register (by %1 on %2). "
                "Its window has been brought to the front.",
            )
            .replace("%1", user)
            .replace("%2", pc),
            QMessageBox.Icon.Information,
        )
    hook = ErrorHook(home / "complaint-book.log")
    sys.excepthook = hook
    where = where_to_open(app, home, settings, db_url)
    if where is None:
        instance.release()
        return 1
    db_url, source = where
    LOG.info("opening the register at %s (from %s)", display_url(db_url), source)
    try:
        opened = _open_retrying(app, home, db_url, source, settings)
        if opened is None:
            instance.release()
            return 1
        store: Store = opened
    except (DatabaseDamaged, RegisterMissing, ChangesLost) as exc:
        try:
            recovered = _recover_at_start(app, home, db_url, exc)
        except DomainError as failed:
            instance.release()
            return _say_and_quit(app, describe(failed))
        if recovered is None:
            instance.release()
            return 1
        store = recovered
    except DomainError as exc:
        instance.release()
        return _say_and_quit(app, describe(exc))
    window = MainWindow(settings, store=store)
    _windows[:] = [window]
    window.language_switch.connect(lambda code: switch_language(window, code))
    instance.raise_requested.connect(lambda: _windows[0].bring_forward())
    hook.keep_work.append(_keep_typed)
    window.show()
    QTimer.singleShot(0, window.raise_)
    moved_from = take_move_note(home)
    if moved_from is not None:
        told = QMessageBox(
            QMessageBox.Icon.Information,
            "Complaint Book",
            QCoreApplication.translate(
                "App",
                "The register and its backups were moved from %1 to %2, this PC's own app data "
                "folder. Windows copies the old one (the roaming folder) to a server at every "
                "sign-out, which is slow for a register and not safe for it.",
            )
            .replace("%1", str(moved_from))
            .replace("%2", str(home)),
            QMessageBox.StandardButton.Ok,
            window,
        )
        told.open()
    try:
        return app.exec()
    finally:
        if _windows and _windows[0].store is not None:
            _windows[0].store.close()
        instance.release()
