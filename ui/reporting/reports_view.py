"""Reports: make the month's register, preview it, print it, save it, export the month."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRect, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core import categories
from models.core.actors import Actor
from models.core.errors import DomainError
from models.core.location import check_output_file, remove_quietly, write_failed
from models.people.branch import get_branch
from models.register import disclosure
from models.register.queries import registered_since

from ui.common.operations import Cancelled, Op
from ui.common.widgets import show_message
from ui.common.write_gate import mark_writing
from ui.shell import labels
from ui.shell.messages import describe

if TYPE_CHECKING:
    from reports.register_pdf import RegisterResult

REPORT_LANGUAGES = (
    ("en", "English"),
    ("zh_CN", "简体中文"),
    ("zh_TW", "繁體中文（台灣）"),
    ("zh_HK", "繁體中文（香港）"),
    ("vi", "Tiếng Việt"),
)


def render_page(pdf: Path, index: int, dpi: float) -> QImage:
    """One PDF page as an image (pdfium, bundled with pypdfium2: no system software needed)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        bitmap = document[index].render(scale=dpi / 72)
        image = bitmap.to_pil().convert("RGB")
    finally:
        document.close()
    data = image.tobytes()
    return QImage(
        data, image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888
    ).copy()


def copy_pages(pdf: Path, target: Path, indexes: list[int]) -> None:
    """Some pages of a PDF into a new file, as they are (text, not pictures of it)."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(pdf))
    chosen = pdfium.PdfDocument.new()
    try:
        chosen.import_pages(source, indexes)
        chosen.save(str(target))
    finally:
        chosen.close()
        source.close()


def page_count(pdf: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


class ReportsView(QWidget):
    register_made = Signal()

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor_getter = actor_getter
        self.making: Op[RegisterResult] | None = None  # the register being made
        self.exporter: Op[Any] | None = None
        self.pdf: Path | None = None
        self.pages = 0
        self.dialog: QFileDialog | QPrintDialog | None = None
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Monthly complaint register"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        bar = QHBoxLayout()
        self.month = QComboBox(self)
        self.lang = QComboBox(self)
        for code, name in REPORT_LANGUAGES:
            self.lang.addItem(name, code)
        self.make_button = QPushButton(self.tr("Make the register"), self)
        mark_writing(self.make_button)
        self.make_button.setObjectName("primary")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        widget: QWidget
        for caption, widget in ((self.tr("Month"), self.month), (self.tr("Language"), self.lang)):
            label = QLabel(caption, self)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.make_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.progress, 1)
        outer.addLayout(bar)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.masked_note = QLabel(
            self.tr(
                "Making and printing the register is a manager's task. Your exports show names, "
                "phone and ID numbers masked."
            ),
            self,
        )
        self.masked_note.setObjectName("hint")
        self.masked_note.setWordWrap(True)
        outer.addWidget(self.masked_note)

        tools = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("< Previous page"), self)
        self.page = QSpinBox(self)
        self.page_of = QLabel(self)
        self.next_button = QPushButton(self.tr("Next page >"), self)
        self.zoom = QComboBox(self)
        self.zoom_label = QLabel(self.tr("Zoom"), self)
        for percent in (50, 75, 100, 125, 150, 200):
            self.zoom.addItem(f"{percent}%", percent)
        self.zoom.setCurrentIndex(2)
        self.print_button = QPushButton(self.tr("Print..."), self)
        self.save_button = QPushButton(self.tr("Save as PDF..."), self)
        self.csv_button = QPushButton(self.tr("Export CSV..."), self)
        self.xlsx_button = QPushButton(self.tr("Export Excel..."), self)
        # Head office's figures: the half-year return, and the month's coded table where
        # the branch's categories follow a standard (a bank's, JR/T 0169).
        self.returns_button = QPushButton(self.tr("Returns for head office..."), self)
        # Exports are masked unless a manager asks for the full personal data.
        self.full_export = QCheckBox(self.tr("Full names, phone and ID numbers"), self)
        self.full_export.setToolTip(
            self.tr("Without this, names, phone and ID numbers are masked as on the register.")
        )
        for widget in (
            self.prev_button,
            self.page,
            self.page_of,
            self.next_button,
            self.zoom_label,
            self.zoom,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (self.print_button, self.save_button):
            tools.addWidget(widget)
        outer.addLayout(tools)
        # The month's data for others (a spreadsheet, head office) on a row of its own:
        # on one row with the preview's tools the labels were cut at 1366 pixels.
        exports = QHBoxLayout()
        exports.addStretch(1)
        for widget in (self.full_export, self.csv_button, self.xlsx_button, self.returns_button):
            exports.addWidget(widget)
        outer.addLayout(exports)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview = QLabel(self.scroll_area)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area.setWidget(self.preview)
        self.scroll_area.setWidgetResizable(True)
        outer.addWidget(self.scroll_area, 1)

        self.make_button.clicked.connect(self.make)
        self.cancel_button.clicked.connect(self.cancel)
        self.prev_button.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next_button.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.page.valueChanged.connect(self.show_page)
        self.zoom.currentIndexChanged.connect(self.show_page)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        self.csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.returns_button.clicked.connect(self.ask_returns)
        self._set_busy(False)

    def refresh(self) -> None:
        manager = self._actor_getter().is_manager
        self.full_export.setVisible(manager)
        if not manager:
            self.full_export.setChecked(False)
        self.masked_note.setVisible(not manager)
        # Making, printing and signing the register is a manager's task.
        for widget in (
            self.make_button,
            self.prev_button,
            self.page,
            self.page_of,
            self.next_button,
            self.zoom,
            self.zoom_label,
            self.print_button,
            self.save_button,
            self.returns_button,
        ):
            widget.setVisible(manager)
        if self.month.count():
            return
        # From the first month the register holds anything (set up, or its oldest
        # complaint, imported or not): no months offered from before the branch existed.
        first = registered_since()
        for shown, code in labels.recent_months(36):
            if first is None or code >= first:
                self.month.addItem(shown, code)
        # A month's register is made once it has ended: the last one is the usual choice.
        self.month.setCurrentIndex(min(1, self.month.count() - 1))
        self.lang.setCurrentIndex(max(0, self.lang.findData(labels.language())))

    def _set_busy(self, busy: bool) -> None:
        self.make_button.setEnabled(not busy)
        self.csv_button.setEnabled(not busy)
        self.xlsx_button.setEnabled(not busy)
        self.returns_button.setEnabled(not busy)
        self.cancel_button.setVisible(busy and self.making is not None)
        self.progress.setVisible(busy)
        ready = not busy and self.pdf is not None
        for widget in (
            self.prev_button,
            self.page,
            self.next_button,
            self.zoom,
            self.print_button,
            self.save_button,
        ):
            widget.setEnabled(ready)
        if ready:
            self._page_buttons()

    def _page_buttons(self) -> None:
        """Previous and next only where there is a page to go to."""
        self.prev_button.setEnabled(self.page.value() > 1)
        self.next_button.setEnabled(self.page.value() < self.pages)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error)

    # -- making -------------------------------------------------------------------
    @Slot()
    def make(self) -> None:
        """Make the month's register as an op of its own (a thread of its own: a long
        register never holds up a save), the page's own bar showing how far it got."""
        if self.making is not None:
            return
        self._say("")
        self.progress.setRange(0, 0)
        month, lang, actor = self.month.currentData(), self.lang.currentData(), self._actor_getter()
        folder = Path(tempfile.mkdtemp(prefix="complaint-register-"))
        path = folder / f"register-{month}-{lang}.pdf"

        def job() -> RegisterResult:
            # reportlab is imported here, not at start-up: it costs a fifth of a second.
            from reports.register_pdf import RegisterCancelled, build_register

            try:
                return build_register(
                    path,
                    month,
                    lang=lang,
                    prepared_by=actor.name,
                    actor=actor,
                    progress=lambda stage, done, total: op.progress(done, total, stage),
                    cancelled=lambda: op.is_cancelled(),
                )
            except RegisterCancelled:
                raise Cancelled() from None

        op: Op[RegisterResult] = (
            Op(self, job, writes=False, quiet=True)
            .progressed(self._progressed)
            .success(self._made)
            .failure(self._failed)
            .cancelled(self._cancelled)
            .ended(self._making_done)
        )
        self.making = op
        self._set_busy(True)
        op.run()

    @Slot()
    def cancel(self) -> None:
        if self.making is not None:
            self.making.cancel()

    def _progressed(self, stage: str, done: int, total: int) -> None:
        if stage == "rows" and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Reading complaints: %v of %m"))
        elif stage == "check":
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Checking the register against its audit trail"))
        elif stage == "pages":
            self.progress.setRange(0, 0)
            self.progress.setFormat(self.tr("Laying out page %1").replace("%1", str(done)))

    def _made(self, result: RegisterResult) -> None:
        self.pdf = result.path
        self.pages = result.pages
        self.page.setRange(1, max(1, result.pages))
        self.page_of.setText(self.tr("of %1").replace("%1", str(result.pages)))
        self._say(
            self.tr("Register ready: %1 complaints on %2 pages.")
            .replace("%1", str(result.records))
            .replace("%2", str(result.pages))
        )
        self.page.setValue(1)
        self.show_page()
        self.register_made.emit()  # a register to be signed: keep a backup of what it shows

    def _failed(self, message: str, _exc: BaseException) -> None:
        self._say(self.tr("The register could not be made: %1").replace("%1", message), error=True)

    def _cancelled(self) -> None:
        self._say(self.tr("Cancelled. Nothing was saved."))

    def _making_done(self) -> None:
        self.making = None
        self._set_busy(False)

    # -- preview -------------------------------------------------------------------
    @Slot()
    def show_page(self) -> None:
        if self.pdf is None or not self.pdf.exists():
            return
        dpi = 96 * self.zoom.currentData() / 100
        image = render_page(self.pdf, self.page.value() - 1, dpi)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._page_buttons()

    # -- print, save, export ---------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(0, 0, 0, 0),
            )
        )
        printer.setDocName(self.pdf.name if self.pdf else "register")
        return printer

    @Slot()
    def ask_print(self) -> None:
        if self.pdf is None:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.pages))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.dialog = dialog
        # QDialog.open(): PySide6 binds QPrintDialog.open to its (receiver, slot) overload
        # only, so the plain call raised TypeError and the user saw "an unexpected problem".
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        """Paint each page at the printer's resolution (at most 300 dpi, enough for text);
        the pages chosen in the print dialog, or all of them. A printer that writes a PDF
        file gets the register's own PDF instead (``print_to_pdf_file``)."""
        assert self.pdf is not None
        wanted: range | list[int] = range(1, self.pages + 1)
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()  # "2-3, 5" as typed in the dialog
            if not ranges.isEmpty():
                wanted = [n for n in wanted if ranges.contains(n)]
            elif printer.fromPage():
                wanted = range(max(1, printer.fromPage()), min(self.pages, printer.toPage()) + 1)
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self.print_to_pdf_file(Path(printer.outputFileName()), list(wanted))
        else:
            self.paint_pages(printer, list(wanted))

    def paint_pages(self, printer: QPrinter, wanted: list[int]) -> None:
        """Each wanted page drawn for a printer that prints on paper."""
        assert self.pdf is not None
        painter = QPainter()
        if not painter.begin(printer):
            self._say(self.tr("The printer could not be started."), error=True)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            dpi = min(printer.resolution(), 300)
            for count, number in enumerate(wanted):
                if count:
                    printer.newPage()
                image = render_page(self.pdf, number - 1, dpi)
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # Drawn into the page's rectangle, not scaled up first: a copy at the
                # printer's own 1200 dpi took 140 million pixels (400 MB) per page.
                painter.drawImage(QRect(target.topLeft(), scaled), image)
        finally:
            painter.end()
        printed = len(wanted)
        self._record("print", pages=printed)
        self._say(self.tr("Sent %1 pages to the printer.").replace("%1", str(printed)))

    def print_to_pdf_file(self, target: Path, wanted: list[int]) -> None:
        """A printer that writes a PDF file ("Print to file (PDF)") gets the register's own
        PDF, as "Save as PDF" writes it: its text and integrity record stay in it, so
        ``verify-register`` can check it (a picture of each page could not be checked).
        Chosen pages are copied as they are."""
        assert self.pdf is not None
        whole = wanted == list(range(1, self.pages + 1))
        part = target.with_name(target.name + ".part")
        try:
            check_output_file(target)
            if whole:
                shutil.copyfile(self.pdf, part)
            else:
                copy_pages(self.pdf, part, [n - 1 for n in wanted])
            part.replace(target)
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        except OSError as exc:
            remove_quietly(part)
            self._say(describe(write_failed(target, exc)), error=True)
            return
        self._record("print", pages=len(wanted), file=target.name)
        if whole:
            self._say(
                self.tr(
                    "Printed to %1: the register's own PDF, which verify-register can check."
                ).replace("%1", str(target))
            )
        else:
            self._say(
                self.tr(
                    "Printed %1 pages to %2. Only the whole register can be checked with "
                    "verify-register."
                )
                .replace("%1", str(len(wanted)))
                .replace("%2", str(target))
            )

    def _record(self, action: str, **details: Any) -> None:
        """A printed or saved register leaves the app: the audit trail says who and when
        (a write, as a quiet op: it is never refused as a second click, and a refusal is
        told where the page speaks)."""
        actor, month = self._actor_getter(), self.month.currentData()
        Op(
            self, lambda: disclosure.record(actor, action, month=month, **details), quiet=True
        ).failure(lambda text, _exc: self._say(text, error=True)).run()

    def _save_dialog(
        self, title: str, name: str, filter_: str, then: Callable[[Path], None]
    ) -> None:
        dialog = QFileDialog(self, title, str(Path.home() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(filter_)
        dialog.fileSelected.connect(lambda chosen: self._checked(Path(chosen), then))
        self.dialog = dialog
        dialog.open()

    def _checked(self, target: Path, then: Callable[[Path], None]) -> None:
        """A name Windows could not hold (CON, a "?"...) is refused here, on every PC."""
        try:
            check_output_file(target)
        except DomainError as exc:
            self._say(describe(exc), error=True)
            return
        then(target)

    @Slot()
    def ask_save(self) -> None:
        from reports.register_pdf import default_file_name

        if self.pdf is not None:
            self._save_dialog(
                self.tr("Save the register"),
                default_file_name(self.month.currentData()),
                self.tr("PDF files (*.pdf)"),
                self.save_to,
            )

    def save_to(self, target: Path) -> None:
        assert self.pdf is not None
        part = target.with_name(target.name + ".part")
        try:
            shutil.copyfile(self.pdf, part)  # under a temporary name: no half file is left
            part.replace(target)
        except OSError as exc:
            remove_quietly(part)
            self._say(describe(write_failed(target, exc)), error=True)
            return
        self._record("save", file=target.name, pages=self.pages)
        self._say(self.tr("Saved to %1").replace("%1", str(target)))

    def ask_export(self, fmt: str) -> None:
        from reports.register_pdf import default_file_name

        month = self.month.currentData()
        name = default_file_name(month).removesuffix(".pdf") + f".{fmt}"
        filter_ = (
            self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("Excel workbooks (*.xlsx)")
        )
        self._save_dialog(
            self.tr("Export the month"), name, filter_, lambda path: self.export_to(path, fmt)
        )

    @Slot()
    def ask_returns(self) -> None:
        month = self.month.currentData()
        name = f"complaint-returns-{get_branch().code}-{self._half(month)}-{month}.xlsx"
        self._save_dialog(
            self.tr("Returns for head office"),
            name,
            self.tr("Excel workbooks (*.xlsx)"),
            self.returns_to,
        )

    @staticmethod
    def _half(month: str) -> str:
        return f"{month[:4]}H{1 if int(month[4:]) <= 6 else 2}"

    def returns_to(self, target: Path) -> None:
        """The half-year return of the chosen month's half, and the month's coded table
        where the branch's categories follow a standard, in one workbook."""
        if self.exporter is not None:
            return
        month, lang, actor = self.month.currentData(), self.lang.currentData(), self._actor_getter()
        coded = categories.load(get_branch().category_preset).standard is not None

        def job() -> list[str]:
            from reports.returns import write_returns

            return write_returns(
                target, lang, actor=actor, half=self._half(month), month=month if coded else None
            )

        self._say("")
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Exporting..."))
        # A thread of its own (a long export never holds up a save), no progress window:
        # the page's own bar moves meanwhile.
        self.exporter = (
            Op(self, job, writes=False, quiet=True)
            .success(
                lambda sheets: self._say(
                    self.tr("Returns written to %1").replace("%1", str(target))
                )
            )
            .failure(
                lambda reason, _exc: self._say(
                    self.tr("Could not write %1: %2")
                    .replace("%1", str(target))
                    .replace("%2", reason),
                    error=True,
                )
            )
            .ended(self._export_done)
        )
        self._set_busy(True)
        self.exporter.run()

    def export_to(self, target: Path, fmt: str) -> None:
        """Write the month as CSV or Excel in the background, with the progress bar."""
        if self.exporter is not None:
            return
        month, lang = self.month.currentData(), self.lang.currentData()
        actor, full = self._actor_getter(), self.full_export.isChecked()

        def job() -> int:
            from reports.export import export_to
            from reports.xlsx import write_xlsx

            if fmt == "xlsx":
                return write_xlsx(target, month, lang, actor=actor, full=full)
            return export_to(target, "csv", month, actor=actor, full=full)

        self._say("")
        self.progress.setRange(0, 0)
        self.progress.setFormat(self.tr("Exporting..."))
        # A thread of its own (a long export never holds up a save), no progress window:
        # the page's own bar moves meanwhile.
        self.exporter = (
            Op(self, job, writes=False, quiet=True)
            .success(
                lambda n: self._say(
                    self.tr("Exported %1 complaints to %2")
                    .replace("%1", str(n))
                    .replace("%2", str(target))
                )
            )
            .failure(
                lambda reason, _exc: self._say(
                    self.tr("Could not write %1: %2")
                    .replace("%1", str(target))
                    .replace("%2", reason),
                    error=True,
                )
            )
            .ended(self._export_done)
        )
        self._set_busy(True)
        self.exporter.run()

    @Slot()
    def _export_done(self) -> None:
        self.exporter = None
        self._set_busy(False)
