"""The Reports screen through its buttons, as a manager uses it: make the register without
freezing, cancel, page through the preview, print through the print dialog, save it and
export the month through the file dialogs."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from models.register.complaints import create_complaint
from models.storage.schema import AuditEvent

from ui.common import operations
from ui.reporting.reports_view import ReportsView
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import branch_manager, make_form, pdf_text
from tests.ops import settle

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, qapp, store, home: Path, manager) -> MainWindow:
    for i in range(5):
        create_complaint(
            manager, make_form(received_at=dt.datetime(2026, 10, 3, 9) + dt.timedelta(hours=i))
        )
    win = MainWindow(configure(qapp, home, "en"), actor=branch_manager())
    qtbot.addWidget(win)
    win.show()
    win.show_page("reports")
    view = win.reports
    view.month.setCurrentIndex(view.month.findData("202610"))
    return win


def _make(qtbot, view: ReportsView) -> None:  # type: ignore[no-untyped-def]
    """Press Make and wait for the register, as the user waits for the progress bar."""
    qtbot.mouseClick(view.make_button, LEFT)
    settle(qtbot)
    assert not view.make_button.isEnabled() and view.cancel_button.isVisible()
    qtbot.waitUntil(lambda: view.making is None, timeout=60_000)
    assert view.pdf is not None, view.message.text()


def _type_over(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what a line edit holds and type over it, as the user does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)
    assert edit.text() == text


def _save_through(qtbot, view: ReportsView, button: QWidget, target: Path) -> None:  # type: ignore[no-untyped-def]
    """Press ``button``; in the save dialog it opens, go to the folder, type the file name
    and press Save."""
    qtbot.mouseClick(button, LEFT)
    settle(qtbot)
    dialog = view.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.setDirectory(str(target.parent))  # the folder the user browses to
    _type_over(qtbot, dialog.findChild(QLineEdit, "fileNameEdit"), target.name)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, LEFT)
    settle(qtbot)
    assert not dialog.isVisible()


def test_make_page_through_and_save_as_pdf(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.reports
    view.lang.setCurrentIndex(view.lang.findData("zh_CN"))
    assert not view.print_button.isEnabled() and not view.save_button.isEnabled()
    _make(qtbot, view)
    assert view.pages >= 3 and "5 complaints" in view.message.text()
    assert view.preview.pixmap() is not None and not view.preview.pixmap().isNull()
    assert view.page.value() == 1 and not view.prev_button.isEnabled()
    first = view.preview.pixmap().toImage()
    qtbot.mouseClick(view.next_button, LEFT)
    settle(qtbot)
    assert view.page.value() == 2 and view.prev_button.isEnabled()
    assert view.preview.pixmap().toImage() != first  # the next page is shown
    for _ in range(view.pages - 2):
        qtbot.mouseClick(view.next_button, LEFT)
        settle(qtbot)
    assert view.page.value() == view.pages and not view.next_button.isEnabled()
    qtbot.mouseClick(view.prev_button, LEFT)
    settle(qtbot)
    assert view.page.value() == view.pages - 1 and view.next_button.isEnabled()

    saved = tmp_path / "register.pdf"
    _save_through(qtbot, view, view.save_button, saved)
    assert "客户投诉登记簿" in pdf_text(saved)
    assert "Saved to" in view.message.text()
    saves = AuditEvent.select().where(
        (AuditEvent.table_name == "activity") & (AuditEvent.action == "save")
    )
    qtbot.waitUntil(lambda: saves.count() == 1)  # recorded by an op


# Typing a file name into the print dialog pops up its file-name completer, which the
# offscreen test platform cannot raise or give the keyboard to (it says so; a real
# screen does both).
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_print_goes_through_the_print_dialog(
    qtbot, window: MainWindow, tmp_path: Path, home: Path, store
) -> None:
    """Print... once raised TypeError (QPrintDialog.open() in PySide6 wants a receiver):
    the manager saw "an unexpected problem" and nothing was printed. Printed to a PDF
    file, the register came out as pictures of its pages that verify-register could
    not check; it is now the register's own PDF."""
    from pypdf import PdfReader

    from reports.register_pdf import read_integrity

    from tests.cli.test_cli import run

    view = window.reports
    _make(qtbot, view)
    qtbot.mouseClick(view.print_button, LEFT)
    settle(qtbot)
    dialog = view.dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    # The dialog as the user sees it: this test PC has no printer but "Print to File
    # (PDF)", whose file name is typed into the dialog's own field.
    printed = tmp_path / "printed.pdf"
    _type_over(qtbot, dialog.findChild(QLineEdit, "filename"), str(printed))
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: "Printed to" in view.message.text(), timeout=60_000)
    assert not dialog.isVisible() and "verify-register" in view.message.text()

    # The register's own PDF, as "Save as PDF" writes it: text, not pictures of pages.
    assert printed.read_bytes() == view.pdf.read_bytes()
    reader = PdfReader(str(printed))
    assert len(reader.pages) == view.pages
    assert not any(page.images for page in reader.pages)
    assert "Complaint register" in pdf_text(printed)
    assert read_integrity(printed) is not None
    checked = run(home, "verify-register", str(printed), db=store.url)
    assert checked.returncode == 0 and "OK" in checked.stdout, checked.stderr
    prints = AuditEvent.select().where(
        (AuditEvent.table_name == "activity") & (AuditEvent.action == "print")
    )
    qtbot.waitUntil(lambda: prints.count() == 1)  # recorded by an op


def test_pages_drawn_for_a_paper_printer_are_the_registers_pages(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A printer that prints on paper gets each page drawn at its resolution. This PC has
    no such printer (its print dialog offers a PDF file only, which now gets the
    register's own PDF), so the drawing is checked on a printer writing into a file."""
    import pypdfium2 as pdfium
    from pypdf import PdfReader

    view = window.reports
    _make(qtbot, view)
    printer = view.make_printer()
    paper = tmp_path / "paper.pdf"
    printer.setOutputFileName(str(paper))
    view.paint_pages(printer, list(range(1, view.pages + 1)))
    assert f"Sent {view.pages} pages" in view.message.text()
    reader = PdfReader(str(paper))
    assert len(reader.pages) == view.pages
    for page in reader.pages:  # A4 landscape, as the register is laid out
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)
    # The printed first page is the register's first page (compared small, in grey).
    size = (280, 198)
    got = reader.pages[0].images[0].image.convert("L").resize(size)
    source = pdfium.PdfDocument(str(view.pdf))
    try:
        expected = source[0].render(scale=1).to_pil().convert("L").resize(size)
    finally:
        source.close()
    diff = sum(abs(a - b) for a, b in zip(got.tobytes(), expected.tobytes(), strict=True))
    assert diff / (size[0] * size[1]) < 8, diff / (size[0] * size[1])


@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_print_only_the_pages_chosen_in_the_dialog(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    view = window.reports
    _make(qtbot, view)
    assert view.pages >= 3
    qtbot.mouseClick(view.print_button, LEFT)
    settle(qtbot)
    dialog = view.dialog
    assert isinstance(dialog, QPrintDialog)
    printed = tmp_path / "pages.pdf"
    _type_over(qtbot, dialog.findChild(QLineEdit, "filename"), str(printed))
    qtbot.mouseClick(dialog.findChild(QRadioButton, "printRange"), LEFT)
    settle(qtbot)
    for name, number in (("to", "3"), ("from", "2")):
        spin = dialog.findChild(QSpinBox, name)
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, number)
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: "Printed 2 pages" in view.message.text(), timeout=60_000)
    reader = PdfReader(str(printed))
    assert len(reader.pages) == 2 and not any(page.images for page in reader.pages)
    pages = [page.extract_text() for page in PdfReader(str(view.pdf)).pages]
    assert [page.extract_text() for page in reader.pages] == pages[1:3]  # pages 2 and 3


def test_the_register_is_made_by_an_op_of_the_page_and_arrives(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Make runs the register as the window's other slow work runs: an op of the page
    (a page dropped at another person's sign-in waits for it), on a thread of its own,
    its progress on the page's own bar; the register arrives as before."""
    import reports.register_pdf as register_pdf

    real = register_pdf.build_register
    threads: list[str] = []

    def noted(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(register_pdf, "build_register", noted)
    view = window.reports
    qtbot.mouseClick(view.make_button, LEFT)
    assert view.making is not None and operations.running_under(view) == [view.making]
    qtbot.mouseClick(view.make_button, LEFT)  # pressed again: one register is made
    qtbot.waitUntil(lambda: view.making is None, timeout=60_000)
    assert threads == ["register-read"]
    assert view.pdf is not None and view.pdf.exists(), view.message.text()
    assert view.message.text() == f"Register ready: 5 complaints on {view.pages} pages."
    assert view.progress.format().startswith("Laying out page")  # the job's stages came
    made = AuditEvent.select().where(AuditEvent.action == "register")
    assert made.count() == 1


def test_print_dialog_cancelled_prints_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.reports
    _make(qtbot, view)
    qtbot.mouseClick(view.print_button, LEFT)
    settle(qtbot)
    dialog = view.dialog
    assert isinstance(dialog, QPrintDialog)
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    settle(qtbot)
    assert not dialog.isVisible() and "Sent" not in view.message.text()
    assert not AuditEvent.select().where(AuditEvent.action == "print").exists()


def test_cancel_button_leaves_nothing(qtbot, window: MainWindow) -> None:
    view = window.reports
    qtbot.mouseClick(view.make_button, LEFT)
    settle(qtbot)
    assert view.cancel_button.isVisible()
    qtbot.mouseClick(view.cancel_button, LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: view.making is None, timeout=60_000)
    assert view.make_button.isEnabled() and not view.cancel_button.isVisible()
    assert view.pdf is None and "Cancelled" in view.message.text()
    assert not view.print_button.isEnabled() and not view.save_button.isEnabled()


def test_export_csv_and_excel_through_their_dialogs(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    view = window.reports
    csv = tmp_path / "m.csv"
    _save_through(qtbot, view, view.csv_button, csv)
    assert not view.csv_button.isEnabled() and view.progress.isVisible()  # busy, not frozen
    qtbot.waitUntil(lambda: view.exporter is None, timeout=60_000)
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Exported 5" in view.message.text()

    xlsx = tmp_path / "m.xlsx"
    _save_through(qtbot, view, view.xlsx_button, xlsx)
    qtbot.waitUntil(lambda: view.exporter is None, timeout=60_000)
    assert view.csv_button.isEnabled()
    from openpyxl import load_workbook

    rows = list(load_workbook(xlsx)["Register"].values)
    assert len(rows) == 6  # the header and the month's five complaints
    assert "Exported 5" in view.message.text()


@pytest.mark.parametrize("preset", ["retail", "bank"])
def test_returns_for_head_office_through_the_button(
    qtbot, window: MainWindow, tmp_path: Path, preset: str
) -> None:
    """The half-year return of the month's half; a bank's workbook also has the month's
    table coded by its standard."""
    from openpyxl import load_workbook

    from models.people.branch import update_branch

    update_branch(branch_manager(), category_preset=preset)
    view = window.reports
    assert view.returns_button.isVisible()
    target = tmp_path / "returns.xlsx"
    _save_through(qtbot, view, view.returns_button, target)
    qtbot.waitUntil(lambda: view.exporter is None, timeout=60_000)
    assert "Returns written to" in view.message.text(), view.message.text()
    sheets = load_workbook(target).sheetnames
    assert len(sheets) == (2 if preset == "bank" else 1)


def test_the_month_offered_first_is_the_last_one_that_ended(qtbot, qapp, store, home) -> None:  # type: ignore[no-untyped-def]
    from models.register.statistics import previous_months

    win = MainWindow(configure(qapp, home, "en"), actor=branch_manager())
    qtbot.addWidget(win)
    win.show()
    win.show_page("reports")
    this = dt.date.today().strftime("%Y%m")
    assert win.reports.month.currentData() == previous_months(this, 2)[0]


def test_a_register_changed_behind_the_app_is_refused_at_the_make_button(
    qtbot, window: MainWindow, store
) -> None:
    """The seal must never vouch for a change made behind the app: pressing Make says
    the register does not match its trail, and nothing is offered to print or save."""
    from tests.rawdb import Raw

    raw = Raw(store)
    raw.execute("UPDATE complaint SET compensation = 50 WHERE seq = 1")
    raw.commit_and_close()
    view = window.reports
    qtbot.mouseClick(view.make_button, LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: view.making is None, timeout=60_000)
    assert view.pdf is None
    assert "does not match its own audit trail" in view.message.text()


def test_no_month_is_offered_from_before_the_branch_existed(
    qtbot, qapp, store, home: Path, manager
) -> None:
    """A branch set up this month, with one complaint imported from last month: those two
    months are offered, not three years of empty registers."""
    from models.people.branch import update_branch
    from models.storage.schema import Branch

    update_branch(manager, name="Riverside")
    Branch.update(set_up_on=dt.date.today()).execute()
    first = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    create_complaint(manager, make_form(received_at=dt.datetime.combine(first, dt.time(10))))
    win = MainWindow(configure(qapp, home, "en"), actor=manager)
    qtbot.addWidget(win)
    win.show()
    win.show_page("reports")
    months = [win.reports.month.itemData(i) for i in range(win.reports.month.count())]
    assert months == [dt.date.today().strftime("%Y%m"), first.strftime("%Y%m")]
