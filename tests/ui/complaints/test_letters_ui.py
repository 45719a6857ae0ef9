"""Letters from the complaint's page, as the handler prints them: the button, the letter
and language chosen in the dialog, the PDF saved through the file dialog, the line on
the timeline; and the referral setting changed in Settings through its dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QPushButton, QSpinBox

from models.core.actors import Actor
from models.counter import letters
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.timeline import events_of
from models.storage.schema import AuditEvent, Complaint, Event

from ui.common import operations
from ui.common.action_dialog import ActionDialog
from ui.complaints.letter_dialog import LetterDialog
from ui.shell import i18n
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form, pdf_text
from tests.ops import settle, writes_seen

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, qapp, home: Path, actor: Actor, lang: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, lang), actor=actor)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, background=True)  # the shipped replies join at the first sign-in
    return win


def _open_letter_dialog(qtbot, win: MainWindow, complaint_id: int) -> LetterDialog:  # type: ignore[no-untyped-def]
    win.open_complaint(complaint_id)
    button = win.detail.buttons["letter"]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    settle(qtbot)
    dialog = win.detail.letter_dialog
    assert isinstance(dialog, LetterDialog) and dialog.isVisible()
    return dialog


def _type_over(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def _save_through(qtbot, dialog: LetterDialog, target: Path, meanwhile=None) -> None:  # type: ignore[no-untyped-def]
    """Press Save PDF...; in the save dialog it opens, go to the folder, type the name,
    press Save, and wait for the letter dialog to close (``meanwhile``: what happens
    elsewhere while the save dialog is open; the letter dialog then stays)."""
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle(qtbot)
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog) and files.isVisible()
    assert files.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    files.setDirectory(str(target.parent))  # the folder the user browses to
    _type_over(qtbot, files.findChild(QLineEdit, "fileNameEdit"), target.name)
    save = files.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    if meanwhile is not None:
        meanwhile()
    qtbot.mouseClick(save, LEFT)
    settle(qtbot)
    if meanwhile is None:
        qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_handler_prints_a_holding_letter_in_vietnamese(
    qtbot, qapp, store, home: Path, manager, clerk, tmp_path: Path
) -> None:
    c = create_complaint(manager, make_form(handler_id=clerk.staff_id, customer_name="Phạm Thu Hà"))
    win = _window(qtbot, qapp, home, clerk)
    dialog = _open_letter_dialog(qtbot, win, c.id)
    # Just received: the acknowledgement first, in the screen's language.
    assert dialog.kind.currentData() == "ack" and dialog.lang.currentData() == "en"
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == ["ack", "holding"]
    assert not dialog.reason.isVisible()
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.kind.currentData() == "holding" and dialog.reason.isVisible()
    dialog.lang.setFocus()
    qtbot.keyClick(dialog.lang, Qt.Key.Key_End)
    assert dialog.lang.currentData() == "vi"
    # No reason yet: refused in the dialog, before any file is asked for.
    qtbot.mouseClick(dialog.save_button, LEFT)
    settle(qtbot)
    assert dialog.error.isVisible() and "not ready yet" in dialog.error.text()
    assert dialog.file_dialog is None
    dialog.reason.setFocus()
    # Vietnamese is typed through an input method, which commits whole words.
    dialog.reason.insertPlainText("Chúng tôi đang chờ tổ chức thẻ gửi sao kê giao dịch.")
    target = tmp_path / "thu-tam-hoan.pdf"
    with writes_seen() as seen:
        _save_through(qtbot, dialog, target)
    # The letter's record was written on the operations layer's write thread.
    assert (Event._meta.table_name, "register-writes") in seen
    assert {thread for _table, thread in seen} == {"register-writes"}

    text = " ".join(pdf_text(target).split())
    assert c.register_no in text and "Phạm Thu Hà" in text
    assert "Chúng tôi đang chờ tổ chức thẻ gửi sao kê giao dịch." in text
    assert "12315" in text  # where a shop's customer in China may turn
    timeline = win.detail.timeline.toPlainText()
    assert "Holding letter printed in Tiếng Việt" in timeline
    assert win.detail.notice.isVisible() and str(target) in win.detail.notice.text()
    assert AuditEvent.select().where(AuditEvent.action == "letter").count() == 1


def test_a_letter_refused_on_saving_is_told_in_vietnamese_and_the_dialog_stays(
    qtbot, qapp, store, home: Path, manager, clerk, tmp_path: Path
) -> None:
    """While the clerk chooses where to save, a manager voids the complaint on another
    PC: the write thread refuses the letter, the clerk reads why in Vietnamese in the
    dialog, no file is left, and the dialog still answers (Cancel closes it)."""
    c = create_complaint(manager, make_form(handler_id=clerk.staff_id))
    try:
        win = _window(qtbot, qapp, home, clerk, "vi")
        dialog = _open_letter_dialog(qtbot, win, c.id)
        target = tmp_path / "thu-bao-nhan.pdf"
        with qtbot.assertNotEmitted(operations.bus().changed):
            _save_through(
                qtbot, dialog, target, lambda: lifecycle.void(manager, c.id, "Entered twice")
            )
        assert dialog.isVisible() and dialog.error.isVisible()
        assert dialog.error.text() == (
            f"Khiếu nại {c.register_no} đã hủy nên không gửi thư nào về khiếu nại này."
        )
        assert not target.exists() and list(tmp_path.glob("*.part")) == []
        assert [e for e in events_of(c.id) if e.kind == "letter"] == []
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, LEFT)
        assert not dialog.isVisible() and win.detail.isVisible()
    finally:
        i18n.install("en", home / "cache")


def test_a_manager_on_a_chinese_screen_prints_the_final_response_in_chinese(
    qtbot, qapp, store, home: Path, manager, clerk, tmp_path: Path
) -> None:
    c = create_complaint(manager, make_form(handler_id=clerk.staff_id))
    lifecycle.acknowledge(clerk, c.id)
    lifecycle.start_investigation(clerk, c.id)
    lifecycle.resolve(clerk, c.id, outcome="upheld", remedy="已全额退款并致歉", compensation="20")
    try:
        win = _window(qtbot, qapp, home, manager, "zh_CN")
        dialog = _open_letter_dialog(qtbot, win, c.id)
        assert dialog.kind.currentData() == "final" and dialog.lang.currentData() == "zh_CN"
        assert dialog.explanation.isVisible()
        assert dialog.explanation.toPlainText() == "已全额退款并致歉"
        target = tmp_path / "final-response.pdf"
        _save_through(qtbot, dialog, target)
        text = "".join(pdf_text(target).split())
        assert "投诉处理最终答复函" in text and c.register_no in text
        assert "市场监督管理部门（全国12315平台）" in text and "已全额退款并致歉" in text
        assert "¥20.00" in text
        line = [e for e in events_of(c.id) if e.kind == "letter"][-1]
        assert (line.field, line.old_value) == ("final", "zh_CN")
        timeline = win.detail.timeline.toPlainText()
        assert "Final response" not in timeline and "简体中文" in timeline
    finally:
        i18n.install("en", home / "cache")


def test_no_letter_for_the_person_complained_about_nor_for_a_clerk_not_handling_it(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    about = create_complaint(clerk, make_form(subject_staff_id=manager.staff_id))
    win = _window(qtbot, qapp, home, manager)
    win.open_complaint(about.id)
    assert not win.detail.buttons["letter"].isEnabled()
    assert win.detail.recused_note.isVisible()
    someone_elses = create_complaint(manager, make_form(handler_id=manager.staff_id))
    clerk_window = _window(qtbot, qapp, home, clerk)
    clerk_window.open_complaint(someone_elses.id)
    assert not clerk_window.detail.buttons["letter"].isEnabled()
    mine = create_complaint(clerk, make_form())
    clerk_window.open_complaint(mine.id)
    assert clerk_window.detail.buttons["letter"].isEnabled()
    lifecycle.void(manager, mine.id, "Entered twice")
    clerk_window.open_complaint(mine.id)
    assert not clerk_window.detail.buttons["letter"].isEnabled()
    assert Complaint.get_by_id(mine.id).status == "void"


def test_a_manager_changes_where_letters_send_customers_in_settings(
    qtbot, qapp, store, home: Path, manager
) -> None:
    win = _window(qtbot, qapp, home, manager)
    win.show_page("settings")
    settings = win.settings_view
    assert "12315" in settings.referral_text.text()
    qtbot.mouseClick(settings.referral_button, LEFT)
    settle(qtbot)
    dialog = settings.dialog
    assert isinstance(dialog, ActionDialog) and dialog.isVisible()
    _type_over(qtbot, dialog.widgets["name_en"], "the regional consumer office")
    chinese = dialog.widgets["name_zh_CN"]
    chinese.setFocus()
    qtbot.keyClick(chinese, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    chinese.insert("区消费者权益保护委员会")  # as a Chinese input method commits it
    _type_over(qtbot, dialog.widgets["phone"], "020-1234 5678")
    months = dialog.widgets["months"]
    assert isinstance(months, QSpinBox)
    months.setFocus()
    qtbot.keyClick(months, Qt.Key.Key_Up)
    qtbot.keyClick(months, Qt.Key.Key_Up)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    found = letters.branch_referral()
    assert found.names["en"] == "the regional consumer office" and found.phone == "020-1234 5678"
    assert found.names["zh_CN"] == "区消费者权益保护委员会"
    assert found.months == 2 and found.website == "www.12315.cn"
    assert "the regional consumer office" in settings.referral_text.text()
    assert "2 months" in settings.referral_text.toolTip()

    # Back to the country's default with one button.
    qtbot.mouseClick(settings.referral_button, LEFT)
    settle(qtbot)
    dialog = settings.dialog
    default = next(
        b for b in dialog.buttons.findChildren(QPushButton) if b.text() == "Country default"
    )
    qtbot.mouseClick(default, LEFT)
    settle(qtbot)
    assert dialog.widgets["phone"].text() == "12315"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert letters.referral_is_default()
    assert "the country's default" in settings.referral_text.toolTip()


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_clerk_sees_where_letters_send_customers_but_cannot_change_it(
    qtbot, qapp, store, home: Path, clerk, lang: str
) -> None:
    try:
        win = _window(qtbot, qapp, home, clerk, lang)
        win.show_page("settings")
        assert (
            win.settings_view.referral_text.isVisible()
            and "12315" in win.settings_view.referral_text.text()
        )
        assert not win.settings_view.referral_button.isVisible()
    finally:
        i18n.install("en", home / "cache")


@pytest.mark.parametrize("lang", i18n.UI_LANGUAGES)
def test_the_letter_and_referral_dialogs_cut_no_word_in_any_language(
    qtbot, qapp, store, home: Path, manager, clerk, lang: str
) -> None:
    from tests.ui.window.test_layout_fit import clipped

    open_one = create_complaint(manager, make_form(handler_id=clerk.staff_id))
    resolved = create_complaint(manager, make_form(handler_id=clerk.staff_id))
    lifecycle.acknowledge(clerk, resolved.id)
    lifecycle.start_investigation(clerk, resolved.id)
    lifecycle.resolve(clerk, resolved.id, outcome="not_upheld", remedy="Explained the fee")
    try:
        win = _window(qtbot, qapp, home, manager, lang)
        problems = []
        for complaint_id in (open_one.id, resolved.id):
            dialog = _open_letter_dialog(qtbot, win, complaint_id)
            for index in range(dialog.kind.count()):
                dialog.kind.setFocus()
                qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)
                for _ in range(index):
                    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
                qapp.processEvents()
                problems += [f"{dialog.kind.currentData()}: {p}" for p in clipped(dialog)]
            dialog.reject()
        win.show_page("settings")
        qtbot.mouseClick(win.settings_view.referral_button, LEFT)
        settle(qtbot)
        qapp.processEvents()
        problems += [f"referral: {p}" for p in clipped(win.settings_view.dialog)]
        assert problems == []
    finally:
        i18n.install("en", home / "cache")
