"""A complaint's page at the end of its life, through the buttons a manager and a
handler press: waiving the call, the follow-up score, correcting the resolution,
resolving again after a reopening, and the timeline and History in the user's language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from models.core.actors import Actor, actor_for
from models.people.branch import add_staff
from models.register import lifecycle
from models.register.complaints import create_complaint, form_of, update_complaint
from models.storage.schema import Complaint

from ui.common.action_dialog import ActionDialog
from ui.shell import i18n
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form
from tests.ops import settle

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, qapp, home: Path, actor: Actor, lang: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, lang), actor=actor)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # Ctrl+Enter reaches the active window only
    return win


def _resolved(actor: Actor, handler: Actor | None = None, **form: object) -> Complaint:
    handler = handler or actor
    c = create_complaint(actor, make_form(handler_id=handler.staff_id, **form))
    lifecycle.acknowledge(handler, c.id)
    lifecycle.start_investigation(handler, c.id)
    return lifecycle.resolve(
        handler,
        c.id,
        outcome="partly_upheld",
        remedy="Refunded the milk and apologised",
        compensation="6.16",
        customer_accepted=True,
        root_cause="",
    )


def _press(qtbot, button: QPushButton) -> ActionDialog:  # type: ignore[no-untyped-def]
    """Press a button of the complaint's page; the dialog it opens."""
    detail = button.parentWidget()
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, LEFT)
    settle(qtbot)
    dialog = detail.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    return dialog


def _ok(qtbot, dialog: ActionDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)


def test_a_manager_closes_without_the_call_from_the_resolved_complaint(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    """A customer with no phone: the manager waives the follow-up on the resolved
    complaint itself, with a reason, instead of recording a call that never happened."""
    c = _resolved(manager, clerk, customer_phone="")
    lifecycle.correct_resolution(
        clerk,
        c.id,
        remedy=c.remedy,
        compensation=c.compensation,
        root_cause="Fridge two degrees too warm",
        corrective_action="",
    )
    win = _window(qtbot, qapp, home, manager)
    win.open_complaint(c.id)
    detail = win.detail
    assert "follow-up" in detail.next_button.text()  # Ctrl+Enter still offers the call
    dialog = _press(qtbot, detail.buttons["waive"])
    _ok(qtbot, dialog)  # no reason: refused, and the dialog stays
    assert dialog.isVisible() and dialog.error.isVisible()
    qtbot.keyClicks(dialog.widgets["reason"], "No phone number; the customer will not come back")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    closed = Complaint.get_by_id(c.id)
    assert closed.status == "closed" and closed.followup_waived
    assert closed.followup_done_at is None and closed.satisfaction is None
    assert "No phone number; the customer will not come back" in detail.timeline.toPlainText()
    assert not detail.buttons["waive"].isVisible() and not detail.buttons["correct"].isVisible()


def test_the_waiver_is_a_managers_and_not_on_a_complaint_about_them(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    c = _resolved(manager, clerk)
    clerk_window = _window(qtbot, qapp, home, clerk)
    clerk_window.open_complaint(c.id)
    assert not clerk_window.detail.buttons["waive"].isVisible()
    about = _resolved(clerk, clerk, subject_staff_id=manager.staff_id)
    win = _window(qtbot, qapp, home, manager)
    win.open_complaint(about.id)
    assert not win.detail.buttons["waive"].isEnabled()
    assert not win.detail.buttons["correct"].isEnabled()


def test_the_follow_up_score_is_chosen_not_assumed(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    c = _resolved(manager, clerk)
    win = _window(qtbot, qapp, home, clerk)
    win.open_complaint(c.id)
    detail = win.detail
    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    dialog = detail.dialog
    score = dialog.widgets["satisfaction"]
    assert score.currentData() is None  # nothing chosen in advance
    qtbot.keyClicks(dialog.widgets["comment"], "Fine now")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "satisfied" in dialog.error.text()
    assert Complaint.get_by_id(c.id).followup_done_at is None
    score.setFocus()
    qtbot.keyClicks(score, "2")
    assert score.currentData() == 2
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Complaint.get_by_id(c.id).satisfaction == 2


def test_the_handler_corrects_the_resolution_without_reopening(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    c = _resolved(manager, clerk)
    other = actor_for(add_staff(manager, "Tom Baker", "clerk"))
    bystander = _window(qtbot, qapp, home, other)
    bystander.open_complaint(c.id)
    assert not bystander.detail.buttons["correct"].isVisible()  # not theirs to correct

    win = _window(qtbot, qapp, home, clerk)
    win.open_complaint(c.id)
    detail = win.detail
    dialog = _press(qtbot, detail.buttons["correct"])
    assert dialog.widgets["remedy"].toPlainText() == "Refunded the milk and apologised"
    assert dialog.widgets["compensation"].text() == "6.16"
    compensation = dialog.widgets["compensation"]
    compensation.setFocus()
    qtbot.keyClick(compensation, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(compensation, "8.20")
    qtbot.keyClicks(dialog.widgets["root_cause"], "Fridge two degrees too warm")
    qtbot.keyClicks(dialog.widgets["reason"], "Cause found after the customer left")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    fixed = Complaint.get_by_id(c.id)
    assert fixed.status == "resolved" and fixed.compensation == Decimal("8.20")
    assert fixed.root_cause == "Fridge two degrees too warm"
    timeline = detail.timeline.toPlainText()
    assert "Resolution corrected" in timeline and "Cause found after the customer left" in timeline
    assert "Root cause: — → Fridge two degrees too warm" in timeline
    assert "Compensation: ¥6.16 → ¥8.20" in timeline


def test_resolve_again_after_reopening_starts_from_what_was_recorded(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    """Resolving again once opened an empty dialog: the 6.16 compensation became nothing
    and the remedy was typed over."""
    c = _resolved(manager, clerk)
    win = _window(qtbot, qapp, home, manager)
    win.open_complaint(c.id)
    detail = win.detail
    dialog = _press(qtbot, detail.buttons["reopen"])
    qtbot.keyClicks(dialog.widgets["reason"], "The refund never reached the card")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Complaint.get_by_id(c.id).status == "investigating"
    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    dialog = detail.dialog
    assert dialog.widgets["outcome"].currentData() == "partly_upheld"
    assert dialog.widgets["remedy"].toPlainText() == "Refunded the milk and apologised"
    assert dialog.widgets["compensation"].text() == "6.16"
    assert dialog.widgets["customer_accepted"].isChecked()
    qtbot.keyClicks(dialog.widgets["remedy"], "; refunded again in cash")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    again = Complaint.get_by_id(c.id)
    assert again.status == "resolved" and again.compensation == Decimal("6.16")
    assert again.remedy == "Refunded the milk and apologised; refunded again in cash"


@pytest.fixture
def chinese(qapp, home: Path):  # type: ignore[no-untyped-def]
    yield "zh_CN"
    i18n.install("en", home / "cache")


def test_timeline_and_history_in_chinese_with_names_not_ids(
    qtbot, qapp, store, home: Path, manager, clerk, chinese: str
) -> None:
    """The timeline once showed raw field names and values in English on a Chinese
    screen (resolved_at, customer_accepted: true, subject_staff: — → 1), and History
    showed "handler 5 -> 3"."""
    teller = add_staff(manager, "李娜", "clerk")
    c = create_complaint(manager, make_form(handler_id=clerk.staff_id))
    form = form_of(c)
    form.subject_staff_id = teller.id
    form.handler_id = manager.staff_id
    update_complaint(manager, c.id, form)
    lifecycle.acknowledge(manager, c.id)
    lifecycle.start_investigation(manager, c.id)
    lifecycle.resolve(
        manager, c.id, outcome="upheld", remedy="退款", customer_accepted=True, root_cause="过期"
    )
    win = _window(qtbot, qapp, home, manager, chinese)
    win.open_complaint(c.id)
    timeline = win.detail.timeline.toPlainText()
    for raw in ("resolved_at", "customer_accepted", "subject_staff", "true", "handler", "→ 1"):
        assert raw not in timeline, raw
    assert f"涉及员工：— → {teller.name}" in timeline
    assert f"经办人：{clerk.name} → {manager.name}" in timeline
    assert "客户是否接受：— → 是" in timeline
    assert "认定结果：— → 投诉成立" in timeline

    qtbot.mouseClick(win.detail.buttons["history"], LEFT)
    settle(qtbot)
    table = win.detail.history_dialog.table
    rows = [
        [table.item(r, col).text() for col in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    handler = [r for r in rows if r[3] == "经办人" and r[2] == "修改"]
    assert handler and handler[0][4:] == [clerk.name, manager.name]
    subject = [r for r in rows if r[3] == "涉及员工" and r[2] == "修改"]
    assert subject and subject[0][4:] == ["—", teller.name]
    fields = {r[3] for r in rows}
    assert not fields & {"handler", "resolved_at", "customer_accepted", "status"}
    assert any(r[3] == "状态" and r[5] == "处理完毕" for r in rows)


def test_a_bank_branch_records_the_cause_in_the_resolve_dialog(
    qtbot, qapp, store, home: Path, manager
) -> None:
    """A bank's complaint is not resolved without its cause; the dialog asks for it
    instead of sending the user back to Edit."""
    from models.people.branch import update_branch

    update_branch(manager, category_preset="bank")
    c = create_complaint(manager, make_form(category="deposit"))
    lifecycle.acknowledge(manager, c.id)
    lifecycle.start_investigation(manager, c.id)
    win = _window(qtbot, qapp, home, manager)
    win.open_complaint(c.id)
    detail = win.detail
    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    dialog = detail.dialog
    assert isinstance(dialog, ActionDialog) and "cause" in dialog.widgets
    outcome = dialog.widgets["outcome"]
    outcome.setCurrentIndex(outcome.findData("upheld"))
    qtbot.keyClicks(dialog.widgets["remedy"], "Fee refunded")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "cause" in dialog.error.text()  # refused without it
    cause = dialog.widgets["cause"]
    cause.setCurrentIndex(1)
    chosen = cause.currentData()
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    done = Complaint.get_by_id(c.id)
    assert (done.status, done.cause) == ("resolved", chosen)
