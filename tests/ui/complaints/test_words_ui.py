"""Words a native clerk trusts, on screen: the Vietnamese void dialog does not offer
"Hủy" for both voiding and going back, and a standard reply inserted into the record
is the written text, not what the clerk says at the counter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from models.core.actors import Actor
from models.counter import replies
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.storage.schema import Complaint

from ui.common.action_dialog import ActionDialog
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form
from tests.ops import settle

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, qapp, home: Path, actor: Actor, lang: str) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, lang), actor=actor)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _press(qtbot, button: QPushButton) -> ActionDialog:  # type: ignore[no-untyped-def]
    detail = button.parentWidget()
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)
    settle(qtbot)
    dialog = detail.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    return dialog


def test_vietnamese_void_dialog_confirms_with_xac_nhan_huy(
    qtbot, qapp, store, home: Path, manager
) -> None:
    c = create_complaint(manager, make_form())
    win = _window(qtbot, qapp, home, manager, "vi")
    win.open_complaint(c.id)
    dialog = _press(qtbot, win.detail.buttons["void"])
    assert dialog.windowTitle() == f"Hủy khiếu nại {c.register_no}"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    back = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (ok.text(), back.text()) == ("Xác nhận hủy", "Quay lại")
    assert all(b.text() != "Hủy" for b in dialog.buttons.buttons())
    qtbot.keyClicks(dialog.widgets["reason"], "Recorded twice")
    qtbot.mouseClick(ok, LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Complaint.get_by_id(c.id).status == "void"
    assert win.detail.status_badge.text() == "Đã hủy"  # the status; no button says it


def test_inserting_a_standard_reply_puts_the_written_text_in_the_record(
    qtbot, qapp, store, home: Path, manager
) -> None:
    replies.seed_defaults(manager)
    c = create_complaint(manager, make_form(handler_id=manager.staff_id))
    lifecycle.acknowledge(manager, c.id)
    lifecycle.start_investigation(manager, c.id)
    win = _window(qtbot, qapp, home, manager, "vi")
    win.open_complaint(c.id)
    detail = win.detail
    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    dialog = detail.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    insert = dialog.widgets["reply"]
    insert.setFocus()
    qtbot.keyClick(insert, Qt.Key.Key_Down)  # the first reply, as a clerk picks it
    reply_id = insert.itemData(1)[0]
    reply = next(r for r in replies.ranked() if r.id == reply_id)
    remedy = dialog.widgets["remedy"].toPlainText()
    assert remedy == reply.written("vi")
    assert "Quý khách" in remedy and not remedy.startswith("Dạ")  # written, not spoken
    assert remedy != reply.text("vi")
    outcome = dialog.widgets["outcome"]
    outcome.setCurrentIndex(outcome.findData("upheld"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = Complaint.get_by_id(c.id)
    assert saved.status == "resolved" and saved.remedy == reply.written("vi")
    assert next(r for r in replies.ranked() if r.id == reply_id).use_count == 1
