"""What the window's parts (``ui/window/window_*.py``) share through ``self``, declared once.

``MainWindow`` is one QMainWindow made of parts (pages, session, server, guided view,
upkeep). Each part reaches the shell's widgets and the other parts' methods through
``self``; here they are written down, with their types, so the type checker holds every
part to them: the widgets and state ``MainWindow`` sets when it is built, the pages
(built when first used), and the few methods one part calls on another. At run time
this is a plain base class with the pages' descriptors; for the checker it is the
QMainWindow the parts are mixed into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QTimer, SignalInstance
    from PySide6.QtWidgets import (
        QFrame,
        QLabel,
        QListWidget,
        QMainWindow,
        QMessageBox,
        QProgressBar,
        QStackedWidget,
    )

    from models.core.actors import Actor
    from models.maintenance.integrity import CheckReport
    from models.maintenance.store import Store

    from ui.admin.settings_view import SettingsView
    from ui.book.opinions_view import OpinionsView
    from ui.common.operations import Op
    from ui.common.widgets import Banner
    from ui.common.write_gate import WriteGate
    from ui.complaints.detail_view import DetailView
    from ui.complaints.home_view import HomeView
    from ui.complaints.intake_form import IntakeForm
    from ui.complaints.register_view import RegisterView
    from ui.guide.guided_view import GuidedView
    from ui.replies.replies_view import RepliesView
    from ui.reporting.reports_view import ReportsView
    from ui.server.server_check import ServerCheck
    from ui.server.server_watch import ServerWatch
    from ui.shell.settings import Settings
    from ui.start.sign_in_view import SetupView, SignInView

    _Window = QMainWindow
else:
    _Window = object

P = TypeVar("P", bound=QWidget)


class Page(Generic[P]):
    """A page of the window, built (module imported, widgets made, signals wired) the
    first time it is used: start-up builds only the page it shows."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get__(self, window: WindowState, owner: Any = None) -> P:
        return cast(P, window.page(self.key))


class WindowState(_Window):
    # The pages, by what the parts call them (``PagesMixin`` builds them).
    home: Page[HomeView] = Page("home")
    register: Page[RegisterView] = Page("register")
    intake: Page[IntakeForm] = Page("intake")
    opinions: Page[OpinionsView] = Page("opinions")
    reports: Page[ReportsView] = Page("reports")
    replies: Page[RepliesView] = Page("replies")
    settings_view: Page[SettingsView] = Page("settings")
    guided: Page[GuidedView] = Page("guided")
    detail: Page[DetailView] = Page("detail")
    sign_in_view: Page[SignInView] = Page("sign_in")
    setup_view: Page[SetupView] = Page("setup")

    # Set by ``MainWindow.__init__``.
    settings: Settings
    store: Store | None
    read_only: bool
    pages: dict[str, QWidget]
    stack: QStackedWidget
    nav: QListWidget
    top_bar: QWidget
    user_label: QLabel
    place_label: QLabel
    banner: QFrame
    banner_text: QLabel
    run_banner: Banner
    read_only_banner: Banner
    server_banner: Banner
    check_banner: Banner
    backup_bar: QProgressBar
    write_gate: WriteGate
    server_watch: ServerWatch | None
    server_check: ServerCheck | None
    _actor: Actor | None
    _work_of: Actor | None
    _left_at: tuple[str | None, int | None] | None
    _set_aside: list[QWidget]
    _damage: str | None
    _damage_box: QMessageBox | None
    _back_to: str
    _check_report: CheckReport | None
    _backed_up_events: int
    _backup_task: Op[Any] | None
    _check_task: Op[Any] | None
    _checkpoint_task: Op[Any] | None
    _backup_timer: QTimer
    _checkpoint_timer: QTimer
    _idle: QTimer
    _watching: object  # the window whose keys and clicks restart the idle clock

    if TYPE_CHECKING:  # what one part calls on another (each defined in one part)
        language_switch: SignalInstance

        def page(self, name: str) -> QWidget: ...
        def built(self, name: str) -> Any: ...
        def show_page(self, name: str) -> None: ...
        def open_complaint(self, complaint_id: int) -> None: ...
        def refresh_current(self) -> None: ...
        def _show(self, page: QWidget, row: int | None) -> None: ...
        def _current_name(self) -> str | None: ...
        def current_actor(self) -> Actor: ...
        def signed_in(self, actor: Actor) -> None: ...
        def show_sign_in(self, message: str = "") -> None: ...
        def _fresh_pages(self) -> None: ...
        def _set_up(self, actor: Actor) -> None: ...
        def _calm(self, on: bool) -> None: ...
        def check_unfinished_run(self) -> None: ...
        def _guided_record(self, run_id: int) -> None: ...
        def _guided_linked(self, complaint_id: int) -> None: ...
        def _guided_left(self) -> None: ...
        def _promote_entry(self, entry_id: int) -> None: ...
        def register_place(self) -> str: ...
        def _server_chosen(self, url: str) -> None: ...
        def _server_missed(self) -> None: ...
        def _show_check_banner(self) -> None: ...
        def backup(self, reason: str, only_if_changed: bool = False) -> Op[Any] | None: ...
        def restore_backup(self, path: Path) -> None: ...
        def _offer_backup_after_damage(self) -> None: ...
        def _notice(self, text: str) -> None: ...
        def _branch_changed(self) -> None: ...
