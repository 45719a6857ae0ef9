"""The window's one operations layer (ui/common/operations.py): a domain call pressed in a view
runs off the GUI thread, its refusal is told in the user's language, a slow one shows a
progress window, and a write tells every open view through one ``changed`` signal."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QProgressDialog, QWidget
from shiboken6 import isValid

from models.book import opinions
from models.core.actors import Actor, actor_for
from models.core.errors import DatabaseUnavailable
from models.maintenance.store import open_store
from models.register.complaints import create_complaint
from models.storage.schema import AuditEvent, Complaint

from ui.common import operations
from ui.common.action_dialog import ActionDialog
from ui.common.operations import Op
from ui.window.app import configure
from ui.window.main_window import MainWindow
from ui.window.opening import open_in_background

from tests.factories import make_form, new_staff
from tests.ops import settle

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot, qapp, home: Path, actor: Actor, lang: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, lang), actor=actor)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, background=True)  # the shipped replies join at the first sign-in
    return win


def test_a_refusal_from_the_worker_is_told_in_vietnamese_in_the_dialog(
    qtbot, qapp, store, home: Path, manager: Actor
) -> None:
    """A clerk voids a complaint: the domain refuses on the op's thread, and the dialog
    says so in Vietnamese (the one error path translates), keeping the reason typed."""
    clerk = actor_for(new_staff("Mai Anh", "clerk"))
    c = create_complaint(manager, make_form())
    win = _window(qtbot, qapp, home, clerk, "vi")
    win.open_complaint(c.id)
    qtbot.mouseClick(win.detail.buttons["void"], LEFT)
    dialog = win.detail.dialog
    assert isinstance(dialog, ActionDialog)
    qtbot.keyClicks(dialog.widgets["reason"], "typed twice")
    with qtbot.assertNotEmitted(operations.bus().changed):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
        qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Chỉ quản lý mới được hủy khiếu nại."
    assert dialog.isVisible() and dialog.widgets["reason"].toPlainText() == "typed twice"
    assert Complaint.get_by_id(c.id).status == "received"


def test_a_write_runs_off_the_gui_thread_in_the_signed_in_persons_name(
    qtbot, qapp, store, home: Path, manager: Actor
) -> None:
    """Ctrl+Enter on a complaint acknowledges it from the op's thread; the audit trail
    still names the person signed in at this window."""
    c = create_complaint(manager, make_form())
    win = _window(qtbot, qapp, home, manager)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.open_complaint(c.id)
    threads: list[str] = []
    real = operations.Op.run

    def noted(op: Op) -> bool:  # type: ignore[type-arg]
        job = op._job
        op._job = lambda: (threads.append(threading.current_thread().name), job())[1]
        return real(op)

    operations.Op.run = noted  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(operations.bus().changed):
            qtbot.keyClick(win.detail.next_button, Qt.Key.Key_Return, CTRL)
    finally:
        operations.Op.run = real  # type: ignore[method-assign]
    settle(qtbot)
    assert Complaint.get_by_id(c.id).status == "acknowledged"
    assert threads == ["register-writes"]
    last = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert last.actor_id == manager.staff_id


def test_a_slow_op_shows_the_progress_window_and_closes_it(qtbot, qapp, store) -> None:
    """Nothing for a second; then a progress window over the page until the op ends."""
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    release = threading.Event()
    done: list[object] = []
    op = Op(page, lambda: release.wait(10) and "saved").success(done.append)
    assert op.run()
    assert not Op(page, lambda: None).run()  # a second click meanwhile is not a second save
    assert op.dialog is None  # under a second: no window
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=3000)
    assert op.dialog is not None and "moment" in op.dialog.labelText()
    shown = op.dialog
    release.set()
    settle(qtbot)
    assert done == ["saved"]
    assert not isValid(shown) or not shown.isVisible()


def test_a_quick_op_shows_no_progress_window(qtbot, qapp, store) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    op = Op(page, lambda: 42)
    with qtbot.waitSignal(operations.bus().changed):
        op.run()
    settle(qtbot)
    assert op.dialog is None


def test_a_write_updates_the_open_list_through_changed(qtbot, qapp, store, home: Path) -> None:
    """A reply saved in the entry's panel: the open list's state column changes, because
    the list listens to ``changed``, not because anyone refreshed it by hand."""
    manager = actor_for(new_staff("Chen Jing", "manager"))
    entry = opinions.add_entry(manager, opinions.EntryForm(kind="complaint", text="Slow queue"))
    win = _window(qtbot, qapp, home, manager)
    win.show_page("opinions")
    tab = win.opinions.entries
    assert tab.table.item(0, 4).text() == "not replied"
    tab.table.selectRow(0)
    qtbot.keyClicks(tab.reply_text, "We opened a second counter.")
    with qtbot.waitSignal(operations.bus().changed):
        qtbot.mouseClick(tab.reply_button, LEFT)
    qtbot.waitUntil(lambda: tab.table.item(0, 4).text() == "replied")
    assert opinions.get_entry(entry.id).reply_text == "We opened a second counter."
    # Transcribing the next entry: the list shows it as soon as it is saved.
    form = tab.form
    form.kind.setFocus()
    qtbot.keyClick(form.kind, Qt.Key.Key_Down)
    qtbot.keyClicks(form.text, "The new counter is great")
    qtbot.keyClick(form.text, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)


def test_the_register_opened_at_the_start_is_an_op_that_is_waited_for(
    qtbot, qapp, home: Path
) -> None:
    """At the start there is no window yet: the open runs as an op all the same, the GUI
    thread handling events meanwhile; past a second its progress window says what is
    happening, its bar following the upgrade; a refusal is raised to the start, which
    asks what to do (try the server again, put a backup back)."""
    seen: list[tuple[str, int, int, str]] = []
    release = threading.Event()

    def look() -> None:  # what the person sees while the register opens
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(
                    (widget.labelText(), widget.maximum(), widget.value(), widget.windowTitle())
                )
                release.set()
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    gui = threading.current_thread()

    def upgrading(progress: operations.Progress) -> str:  # as a long upgrade reports
        assert threading.current_thread() is not gui
        progress(1, 4)
        assert release.wait(10)
        return "opened"

    assert open_in_background(upgrading) == "opened"
    assert seen == [
        (
            "Opening the register...\n\nThe first start after an update can take a few "
            "minutes with a large register, while it is brought up to date.",
            4,
            1,
            "Complaint Book",
        )
    ]
    nobody = "postgresql://clerk:pw@127.0.0.1:1/branch"  # nothing answers on port 1
    with pytest.raises(DatabaseUnavailable):
        open_in_background(lambda _progress: open_store(home, nobody))
    assert not operations.running()


def test_waiting_for_an_op_whose_job_has_ended_returns(qtbot, qapp) -> None:
    """Closing the window waits for the day's check: a check whose job had just ended,
    its result still on its way to the GUI thread, was waited for for ever."""
    from PySide6.QtCore import QCoreApplication

    page = QWidget()
    qtbot.addWidget(page)
    told: list[int] = []
    op = Op(page, lambda: 7, writes=False, quiet=True).success(told.append)
    assert op.run()
    for thread in threading.enumerate():  # its job ends, the GUI thread handling nothing
        if thread.name == "register-read":
            thread.join()
    hung: list[bool] = []
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (hung.append(True), QCoreApplication.exit()))
    guard.start(5_000)
    op.wait()
    guard.stop()
    assert not hung and told == [7] and not op.running
