"""The screens as a clerk uses them: real widgets, real database, keyboard first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.core.actors import actor_for
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.timeline import events_of
from models.storage import drafts
from models.storage.schema import Complaint

from ui.complaints.register_model import RegisterModel
from ui.shell.settings import Settings
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import branch_manager, make_form, new_staff
from tests.ops import settle

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, qapp, store, home: Path) -> MainWindow:
    settings = configure(qapp, home, "en")
    win = MainWindow(settings, actor=branch_manager())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


def _fill_minimum(qtbot, win: MainWindow, summary: str = "Card swallowed by the ATM") -> None:
    form = win.intake
    form.channel.setFocus()
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)  # first channel
    form.category_top.setFocus()
    qtbot.keyClick(form.category_top, Qt.Key.Key_Down)
    qtbot.keyClicks(form.summary.edit, summary)
    qtbot.keyClicks(form.desired_outcome.edit, "Card back today")


def test_keyboard_walkthrough_from_new_to_closed(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is window.intake
    _fill_minimum(qtbot, window)
    assert "2026" in window.intake.due_label.text() or window.intake.due_label.text()[:2].isdigit()
    qtbot.keyClick(window.intake.summary.edit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert window.stack.currentWidget() is window.detail
    complaint = Complaint.get()
    assert window.detail.title.text() == complaint.register_no
    assert complaint.summary == "Card swallowed by the ATM"

    detail = window.detail
    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, CTRL)
    settle(qtbot)
    assert Complaint.get().status == "acknowledged"
    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, CTRL)
    settle(qtbot)
    assert Complaint.get().status == "investigating"

    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, CTRL)
    settle(qtbot)
    dialog = detail.dialog
    assert dialog is not None and dialog.isVisible()
    outcome = dialog.widgets["outcome"]
    outcome.setFocus()
    qtbot.keyClick(outcome, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.widgets["remedy"], "Card returned at the counter")
    qtbot.keyClicks(dialog.widgets["root_cause"], "Card reader misaligned")
    qtbot.keyClick(dialog.widgets["compensation"], Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Complaint.get().status == "resolved"

    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, CTRL)
    settle(qtbot)
    dialog = detail.dialog
    qtbot.keyClicks(dialog.widgets["comment"], "Happy with how fast it went")
    dialog.widgets["satisfaction"].setFocus()
    qtbot.keyClick(dialog.widgets["satisfaction"], Qt.Key.Key_Return)  # no score chosen yet
    settle(qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()
    qtbot.keyClicks(dialog.widgets["satisfaction"], "5")  # the customer's own answer
    qtbot.keyClick(dialog.widgets["satisfaction"], Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Complaint.get().followup_done_at is not None

    qtbot.keyClick(detail.next_button, Qt.Key.Key_Return, CTRL)
    settle(qtbot)
    dialog = detail.dialog
    dialog.buttons.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Complaint.get().status == "closed"
    assert detail.status_badge.text() == "Closed"
    assert "Closed" in detail.timeline.toPlainText()


def test_missing_required_fields_are_marked_and_nothing_saved(qtbot, window: MainWindow) -> None:
    window.new_complaint()
    window.intake.customer_name.insert("Lý Văn Bình")  # as an input method commits it
    qtbot.keyClick(window.intake.customer_name, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert window.stack.currentWidget() is window.intake
    assert window.intake.error_box.isVisible()
    message = window.intake.error_box.text()
    assert "summary" in message.lower() and "channel" in message.lower()
    assert window.intake.summary.property("invalid") is True
    assert window.intake.customer_name.text() == "Lý Văn Bình"  # nothing typed is lost
    assert Complaint.select().count() == 0


def test_pasted_megabyte_is_refused_whole_not_cut(qtbot, window: MainWindow) -> None:
    window.new_complaint()
    _fill_minimum(qtbot, window, summary="")
    QApplication.clipboard().setText("投" * 1_000_000)
    window.intake.summary.edit.setFocus()
    qtbot.keyClick(window.intake.summary.edit, Qt.Key.Key_V, CTRL)
    assert len(window.intake.summary.text()) == 1_000_000
    assert window.intake.summary.counter.property("over") is True
    window.intake.save()
    settle(qtbot)
    assert "1,000,000" in window.intake.error_box.text() and "120" in window.intake.error_box.text()
    assert Complaint.select().count() == 0


def _message_box(qtbot) -> QMessageBox:
    box = None

    def found() -> bool:
        nonlocal box
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        return box is not None

    qtbot.waitUntil(found)
    assert box is not None
    return box


def test_escape_asks_before_discarding(qtbot, window: MainWindow) -> None:
    window.new_complaint()
    qtbot.keyClicks(window.intake.summary.edit, "Rude answer at counter 3")
    qtbot.keyClick(window.intake.summary.edit, Qt.Key.Key_Escape)
    box = _message_box(qtbot)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.intake.summary.text() == "Rude answer at counter 3"

    qtbot.keyClick(window.intake.summary.edit, Qt.Key.Key_Escape)
    box = _message_box(qtbot)
    box.button(QMessageBox.StandardButton.Discard).click()
    assert window.intake.summary.text() == ""
    assert window.stack.currentWidget() is window.home


def test_draft_survives_a_crash_and_is_offered_back(qtbot, window: MainWindow, home: Path) -> None:
    window.intake._autosave.setInterval(10)
    window.new_complaint()
    window.intake.summary.edit.insert("Queue jumped by a VIP 插队")
    qtbot.keyClicks(window.intake.customer_phone, "0912 345 678")
    owner = drafts.owner_key(window.current_actor().staff_id)
    qtbot.waitUntil(
        lambda: (
            (drafts.load_draft(owner, "intake") or ({},))[0].get("customer_phone") == "0912 345 678"
        )
    )

    # The power goes: no close event, no save. The next start offers the draft.
    again = MainWindow(Settings(home), actor=window.current_actor())
    qtbot.addWidget(again)
    again.show()
    assert again.banner.isVisible()
    again.restore_button.click()
    settle(qtbot)
    assert again.stack.currentWidget() is again.intake
    assert again.intake.summary.text() == "Queue jumped by a VIP 插队"
    assert again.intake.customer_phone.text() == "0912 345 678"


def test_saving_clears_the_draft(qtbot, window: MainWindow) -> None:
    window.intake._autosave.setInterval(10)
    window.new_complaint()
    _fill_minimum(qtbot, window)
    owner = drafts.owner_key(window.current_actor().staff_id)
    qtbot.waitUntil(lambda: drafts.load_draft(owner, "intake") is not None)
    window.intake.save()
    settle(qtbot)
    assert drafts.load_draft(owner, "intake") is None


def test_register_model_is_lazy_and_well_behaved(qtbot, qtmodeltester, manager) -> None:
    for i in range(450):
        create_complaint(
            manager,
            make_form(
                summary=f"Complaint {i}",
                received_at=dt.datetime(2026, 10, 1, 9) + dt.timedelta(minutes=i),
            ),
        )
    model = RegisterModel()
    model.set_filter(model.current_filter)
    assert model.rowCount() == 450
    assert model._pages == {}  # nothing read until something is shown
    model.data(model.index(449, 0))
    assert list(model._pages) == [2]
    qtmodeltester.check(model, force_py=True)


def test_register_search_finds_chinese_substrings_and_marks_overdue(
    qtbot, window: MainWindow, manager
) -> None:
    old = create_complaint(
        manager,
        make_form(summary="理财产品收益与宣传不符", received_at=dt.datetime(2025, 1, 6, 10)),
    )
    create_complaint(manager, make_form(summary="ATM kept the card"))
    window.show_page("register")
    view = window.register
    assert view.model.rowCount() == 2
    view.search.insert("收益")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 0)) == old.register_no
    status = view.model.data(view.model.index(0, 7))
    assert "overdue" in status
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    view.search.clear()
    view.overdue.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)


def test_home_lists_overdue_and_opens_the_complaint(qtbot, window: MainWindow, manager) -> None:
    c = create_complaint(manager, make_form(received_at=dt.datetime(2025, 3, 3, 10)))
    window.show_page("home")
    lst = window.home.lists["overdue"]
    assert lst.count() == 1 and c.register_no in lst.item(0).text()
    assert window.home.figure_labels["overdue"].text() == "1"
    lst.itemActivated.emit(lst.item(0))
    assert window.stack.currentWidget() is window.detail
    assert window.detail.title.text() == c.register_no
    assert "OVERDUE" in window.detail.due.text()


def test_detail_void_needs_a_reason_and_keeps_dialog_open(
    qtbot, window: MainWindow, manager
) -> None:
    c = create_complaint(manager, make_form())
    window.open_complaint(c.id)
    window.detail.buttons["void"].click()
    settle(qtbot)
    dialog = window.detail.dialog
    dialog.submit()
    settle(qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()
    qtbot.keyClicks(dialog.widgets["reason"], "Same customer recorded twice")
    dialog.submit()
    settle(qtbot)
    assert not dialog.isVisible()
    assert Complaint.get_by_id(c.id).status == "void"
    assert window.detail.status_badge.text() == "Void"


def test_clerk_cannot_void_and_is_told_why(qtbot, window: MainWindow, manager) -> None:
    clerk = new_staff("Mai Anh", "clerk")
    window.signed_in(actor_for(clerk))
    c = create_complaint(manager, make_form())
    window.open_complaint(c.id)
    window.detail.buttons["void"].click()
    settle(qtbot)
    dialog = window.detail.dialog
    qtbot.keyClicks(dialog.widgets["reason"], "oops")
    dialog.submit()
    settle(qtbot)
    assert "manager" in dialog.error.text()
    assert Complaint.get_by_id(c.id).status == "received"


def test_edit_from_detail_logs_the_change(qtbot, window: MainWindow, manager) -> None:
    c = create_complaint(manager, make_form())
    lifecycle.acknowledge(manager, c.id)
    window.open_complaint(c.id)
    window.detail.buttons["edit"].click()
    settle(qtbot)
    assert window.stack.currentWidget() is window.intake
    window.intake.summary.edit.selectAll()
    window.intake.summary.edit.insert("牛奶过期三天")
    window.intake.save()
    settle(qtbot)
    assert window.stack.currentWidget() is window.detail
    assert any(e.field == "summary" and e.new_value == "牛奶过期三天" for e in events_of(c.id))


def test_window_size_is_restored_between_runs(qtbot, store, home: Path) -> None:
    first = MainWindow(Settings(home))
    qtbot.addWidget(first)
    first.show()
    first.resize(1200, 700)
    first.close()
    second = MainWindow(Settings(home))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1200, 700)


def test_settings_change_branch_code_used_for_new_numbers(qtbot, window: MainWindow) -> None:
    window.show_page("settings")
    view = window.settings_view
    view.code.setText("HN03")
    view.save_button.click()
    settle(qtbot)
    assert "HN03" in window.branch_label.text()
    c = create_complaint(window.current_actor(), make_form())
    assert c.register_no.startswith("HN03-")
    view.code.setText("bad code!")
    view.save_button.click()
    settle(qtbot)
    assert view.message.objectName() == "errorBox"


def test_unexpected_error_is_logged_shown_once_and_keeps_the_draft(
    qtbot, window: MainWindow, home: Path, caplog
) -> None:
    import sys

    from ui.window.app import ErrorHook

    hook = ErrorHook(home / "complaint-book.log")
    hook.keep_work.append(window.intake.save_draft)
    window.new_complaint()
    window.intake.summary.edit.insert("Half-typed complaint 一半")
    for _ in range(3):  # a burst of errors
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            hook(*sys.exc_info())
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    assert "complaint-book.log" in boxes[0].text() and "boom" not in boxes[0].text()
    assert "RuntimeError: boom" in caplog.text
    owner = drafts.owner_key(window.current_actor().staff_id)
    assert drafts.load_draft(owner, "intake")[0]["summary"] == "Half-typed complaint 一半"
    boxes[0].close()


def test_a_lost_branch_server_outside_a_save_is_explained_not_called_unexpected(
    qtbot, window: MainWindow, home: Path
) -> None:
    import sys

    from models.storage.db import _connection_lost_error

    from ui.window.app import ErrorHook

    hook = ErrorHook(home / "complaint-book.log")
    try:
        raise _connection_lost_error()
    except Exception:
        hook(*sys.exc_info())
    assert hook.box is not None
    assert "branch server" in hook.box.text() and "unexpected" not in hook.box.text()
    hook.box.close()


def test_resolve_dialog_offers_standard_replies_and_counts_use(
    qtbot, window: MainWindow, manager
) -> None:
    from models.counter import replies
    from models.storage.schema import StandardReply

    reply = replies.save_reply(
        manager,
        category="product_quality",
        title="Expired goods",
        text="We refund and check the shelf.",
        lang="en",
    )
    c = create_complaint(manager, make_form())
    lifecycle.acknowledge(manager, c.id)
    lifecycle.start_investigation(manager, c.id)
    window.open_complaint(c.id)
    window.detail.next_step()
    dialog = window.detail.dialog
    combo = dialog.widgets["reply"]
    index = combo.findText("Expired goods")
    assert index > 0
    product_titles = {r.title("en") for r in replies.ranked() if r.category == "product_quality"}
    assert {
        combo.itemText(i) for i in range(1, len(product_titles) + 1)
    } == product_titles  # own category first
    combo.activated.emit(index)
    assert dialog.widgets["remedy"].toPlainText() == "We refund and check the shelf."
    settle(qtbot, background=True)
    assert StandardReply.get_by_id(reply.id).use_count == 1
