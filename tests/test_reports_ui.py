"""The Reports screen: make the register without freezing, preview, save, print, export, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models.complaints import create_complaint

from ui.app import configure
from ui.main_window import MainWindow

from tests.factories import branch_manager, make_form, pdf_text


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


def test_make_preview_save_and_print(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.reports
    view.lang.setCurrentIndex(view.lang.findData("zh_CN"))
    view.make()
    assert not view.make_button.isEnabled() and view.cancel_button.isVisible()
    with qtbot.waitSignal(view.worker.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: view.worker is None)
    assert view.pages >= 3 and "5" in view.message.text()
    assert view.preview.pixmap() is not None and not view.preview.pixmap().isNull()
    view.page.setValue(2)
    assert view.prev_button.isEnabled()
    saved = tmp_path / "register.pdf"
    view.save_to(saved)
    assert "客户投诉登记簿" in pdf_text(saved)
    printer = view.make_printer()
    printed = tmp_path / "printed.pdf"
    printer.setOutputFormat(printer.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    view.print_to(printer)
    assert printed.exists() and printed.stat().st_size > 10_000
    assert "Sent" in view.message.text()


def test_cancel_leaves_nothing(qtbot, window: MainWindow) -> None:
    view = window.reports
    view.make()
    view.cancel()
    # Not a wait for the thread's finished signal: a cancelled worker may have emitted it
    # before the wait began. The view lets go of its worker once it is done.
    qtbot.waitUntil(lambda: view.worker is None, timeout=60_000)
    assert view.make_button.isEnabled()
    assert view.pdf is None and "Cancelled" in view.message.text()
    assert not view.print_button.isEnabled()


def test_exports_from_the_same_screen(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.reports
    view.export_to(tmp_path / "m.csv", "csv")
    assert not view.csv_button.isEnabled() and view.progress.isVisible()  # busy, not frozen
    qtbot.waitUntil(lambda: view.exporter is None, timeout=60_000)
    view.export_to(tmp_path / "m.xlsx", "xlsx")
    qtbot.waitUntil(lambda: view.exporter is None, timeout=60_000)
    assert view.csv_button.isEnabled()
    assert (tmp_path / "m.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "m.xlsx").stat().st_size > 1000
    assert "Exported 5" in view.message.text()
