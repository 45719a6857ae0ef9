"""Printing the customer's slip: the PDF made in the customer's language, then the
print dialog (Enter prints), the pages painted at the printer's resolution, then the
slip recorded on the complaint's timeline and in the trail (off the GUI thread)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRect, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from models.core.actors import Actor
from models.counter import slip
from models.register import disclosure
from reports.slip_pdf import write_slip

from ui.common.operations import Op
from ui.reporting.reports_view import render_page


class SlipPrinter(QObject):
    """One slip at a time; ``said`` carries what to tell the clerk (and whether it failed)."""

    said = Signal(str, bool)

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget) -> None:
        super().__init__(parent)
        self._actor_getter = actor_getter
        self._parent = parent
        self.pdf: Path | None = None
        self.dialog: QPrintDialog | None = None
        self._folder = Path(tempfile.mkdtemp(prefix="complaint-slip-"))

    def start(self, complaint_id: int, lang: str, size: str = "80mm") -> None:
        made = slip.prepare(complaint_id, lang)  # refusals come before any file
        self.pdf = self._folder / f"{made.register_no}-slip.pdf"
        write_slip(self.pdf, made, size)
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(self.pdf))
        try:
            width, height = document[0].get_size()  # points
        finally:
            document.close()
        layout = QPageLayout(
            QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "slip"),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(layout)
        printer.setDocName(self.pdf.name)
        dialog = QPrintDialog(printer, self._parent)
        dialog.accepted.connect(lambda: self._print(printer, layout, complaint_id, lang))
        self.dialog = dialog
        QDialog.open(dialog)  # PySide6's QPrintDialog.open wants a receiver otherwise

    def _print(self, printer: QPrinter, layout: QPageLayout, complaint_id: int, lang: str) -> None:
        assert self.pdf is not None
        # The dialog puts the printer's default paper back: the slip keeps its own size
        # (80 mm wide, or A5).
        printer.setPageLayout(layout)
        painter = QPainter()
        if not painter.begin(printer):
            self.said.emit(self.tr("The printer could not be started."), True)
            return
        try:
            image = render_page(self.pdf, 0, min(printer.resolution(), 300))
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()
        actor = self._actor_getter()

        def record() -> None:  # on the op's thread
            slip.record_printed(actor, complaint_id, lang)
            disclosure.record(actor, "slip", complaint=complaint_id, lang=lang)

        Op(self._parent, record).success(
            lambda _: self.said.emit(self.tr("The customer's slip was sent to the printer."), False)
        ).failure(lambda text, _exc: self.said.emit(text, True)).run()
