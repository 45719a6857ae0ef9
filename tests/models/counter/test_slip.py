"""The slip the customer takes home: one key after saving, in their language, with the
number, the promised date, whom to ask and the regulator's line; personal data masked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from models.counter import replies, slip
from models.people.branch import update_branch
from models.register.complaints import create_complaint
from models.storage.schema import AuditEvent, Event
from reports.slip_pdf import write_slip

from ui.common import operations
from ui.shell import i18n
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form, pdf_text
from tests.ops import settle, writes_seen

LEFT = Qt.MouseButton.LeftButton


@pytest.mark.parametrize(
    ("lang", "country", "words"),
    [
        ("vi", "VN", ("Số tiếp nhận", "1800 6838", "Chúng tôi sẽ trả lời trước ngày")),
        ("zh_CN", "CN", ("登记编号", "12315", "我们将于以下日期前答复")),
        ("zh_TW", "CN", ("登記編號", "12315", "請妥善保管本回執")),
        ("en", "GB", ("Register no.", "Citizens Advice", "0808 223 1133", "We will reply by")),
    ],
)
def test_the_slip_in_the_customers_language_names_the_countrys_line(
    manager, tmp_path: Path, lang: str, country: str, words: tuple[str, ...]
) -> None:
    update_branch(manager, country=country)
    c = create_complaint(
        manager,
        make_form(
            customer_name="Nguyễn Thị Hương",
            customer_phone="0912345678",
            desired_outcome="Refund the fee",
            promised_at=dt.datetime(2026, 12, 20, 10, 0),
        ),
    )
    out = tmp_path / "slip.pdf"
    write_slip(out, slip.prepare(c.id, lang), "80mm")
    text = pdf_text(out)
    for word in (*words, c.register_no, "Refund the fee"):
        assert word in text, word
    assert "Hương" not in text and "0912345678" not in text and "5678" in text  # masked
    assert "10:00" in text  # the promised time, with its hour
    assert any(part in text for part in ("2026", "20"))


@pytest.mark.parametrize(
    ("country", "words", "not_words"),
    [
        ("GB", ("Ombudsman Service", "0800 023 4567"), ("Citizens Advice",)),
        ("VN", ("Ngân hàng Nhà nước Việt Nam", "sbv.gov.vn"), ("1800 6838",)),
    ],
)
def test_a_banks_slip_names_the_banks_referral_body(
    manager, tmp_path: Path, country: str, words: tuple[str, ...], not_words: tuple[str, ...]
) -> None:
    """A UK shop's customer goes to Citizens Advice, a UK bank's to the Ombudsman; a
    bank in Vietnam answers to the State Bank, not the consumer authority's line."""
    update_branch(manager, country=country, category_preset="bank")
    c = create_complaint(manager, make_form(category="deposit"))
    out = tmp_path / "slip.pdf"
    write_slip(out, slip.prepare(c.id, "vi" if country == "VN" else "en"), "A5")
    text = pdf_text(out)
    for word in words:
        assert word in text, word
    for word in not_words:
        assert word not in text, word


# The offscreen platform cannot raise or grab for the print dialog (a real screen does).
OFFSCREEN_PRINT_DIALOG = pytest.mark.qt_log_ignore(
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints",
)


def _window(qtbot, qapp, home: Path, manager, lang: str = "en") -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, lang), actor=manager)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    settle(qtbot, background=True)  # the shipped replies join at the first sign-in
    return win


def _print_with_f9(qtbot, detail, printed: Path) -> None:  # type: ignore[no-untyped-def]
    """F9, then in the print dialog: print to ``printed``, press OK, wait for the record."""
    detail.title.setFocus()
    qtbot.keyClick(detail, Qt.Key.Key_F9)
    dialog = detail.slips.dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    field = dialog.findChild(QLineEdit, "filename")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, str(printed))
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)


@OFFSCREEN_PRINT_DIALOG
def test_f9_after_saving_prints_the_slip(qtbot, qapp, store, home: Path, manager, tmp_path) -> None:
    from pypdf import PdfReader

    win = _window(qtbot, qapp, home, manager)
    c = create_complaint(manager, make_form())
    win.open_complaint(c.id)
    detail = win.detail
    detail.slip_lang.setCurrentIndex(detail.slip_lang.findData("zh_CN"))
    printed = tmp_path / "printed-slip.pdf"
    with writes_seen() as seen:
        _print_with_f9(qtbot, detail, printed)
        qtbot.waitUntil(lambda: "slip was sent" in detail.notice.text(), timeout=30_000)
    page = PdfReader(str(printed)).pages[0]
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80  # a receipt's width
    assert "登记编号" in pdf_text(detail.slips.pdf)
    assert Event.select().where(Event.kind == "slip").count() == 1
    assert "Slip given to the customer (zh_CN)" in detail.timeline.toPlainText()
    assert AuditEvent.select().where(AuditEvent.action == "slip").count() == 1
    # The record was written on the operations layer's write thread, not the GUI's.
    assert (Event._meta.table_name, "register-writes") in seen
    assert {thread for _table, thread in seen} == {"register-writes"}


@OFFSCREEN_PRINT_DIALOG
def test_a_slip_the_register_cannot_record_is_told_in_vietnamese(
    qtbot, qapp, store, home: Path, clerk, tmp_path: Path, read_only
) -> None:
    """The register file became read-only (a copy on a locked share, a full backup
    drive swapped in): the slip is printed, its record refused on the write thread, the
    clerk reads why in Vietnamese, and the page goes on working (F9 again). (A clerk: a
    manager's Home reads in the background as it shows, and a connection closed while
    others are open leaves SQLite a writable handle on the file to use again, which a
    file made read-only under a running app cannot take back.)"""
    c = create_complaint(clerk, make_form())
    replies.seed_defaults(clerk)  # as at any sign-in but the first: nothing is written
    try:
        win = _window(qtbot, qapp, home, clerk, "vi")
        win.open_complaint(c.id)
        detail = win.detail
        read_only(home / "complaints.sqlite3")
        with qtbot.assertNotEmitted(operations.bus().changed):
            _print_with_f9(qtbot, detail, tmp_path / "printed-slip.pdf")
        qtbot.waitUntil(detail.error.isVisible)
        assert detail.error.text() == (
            "Sổ theo dõi khiếu nại đang mở ở chế độ chỉ đọc nên không lưu được gì trên máy này."
        )
        assert not detail.notice.isVisible()
        assert Event.select().where(Event.kind == "slip").count() == 0
        first = detail.slips.dialog
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        detail.title.setFocus()
        qtbot.keyClick(detail, Qt.Key.Key_F9)  # the page still answers
        again = detail.slips.dialog
        assert again is not None and again is not first and again.isVisible()
        again.reject()
    finally:
        i18n.install("en", home / "cache")
