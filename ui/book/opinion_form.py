"""Transcribing opinion book pages and suggestion-box slips, one after another, by keyboard.

Ctrl+S (or Ctrl+Enter) saves and starts the next entry, keeping the source, the date
and the box opening, and moving the page or slip number on by one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.book import opinions
from models.core import attachments
from models.core.actors import Actor
from models.core.errors import DomainError, ValidationError
from models.people.branch import list_staff
from models.storage.schema import BoxOpening, OpinionEntry

from ui.common.date_field import DateField
from ui.common.operations import Op, message_for
from ui.common.widgets import NO_SILENT_CUT, mark_invalid, set_combo_data
from ui.common.write_gate import mark_writing
from ui.shell import labels


def source_names(_widget: QWidget | None = None) -> dict[str, str]:
    return {
        "opinion_book": QCoreApplication.translate("OpinionNames", "Opinion book"),
        "suggestion_box": QCoreApplication.translate("OpinionNames", "Suggestion box"),
        "comment_card": QCoreApplication.translate("OpinionNames", "Comment card"),
    }


def kind_names(_widget: QWidget | None = None) -> dict[str, str]:
    return {
        "praise": QCoreApplication.translate("OpinionNames", "Praise"),
        "suggestion": QCoreApplication.translate("OpinionNames", "Suggestion"),
        "question": QCoreApplication.translate("OpinionNames", "Question"),
        "complaint": QCoreApplication.translate("OpinionNames", "Complaint"),
    }


class OpinionForm(QGroupBox):
    saved = Signal(int)

    def __init__(
        self, actor_getter: Callable[[], Actor], data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Transcribe an entry"))
        self._actor_getter = actor_getter
        self._data_dir = data_dir
        self._scan = ""
        self.dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        form = QFormLayout()
        layout.addLayout(form)
        self.source = QComboBox(self)
        for code, name in source_names(self).items():
            self.source.addItem(name, code)
        self.opening = QComboBox(self)
        self.page_ref = QLineEdit(self)
        self.page_ref.setPlaceholderText(self.tr("book page or slip number"))
        self.written_on = DateField(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("- choose -"), "")
        for code, name in kind_names(self).items():
            self.kind.addItem(name, code)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The customer's words, as written"))
        self.text.setMinimumHeight(90)
        self.name = QLineEdit(self)
        self.name.setMaxLength(NO_SILENT_CUT)
        self.name.setPlaceholderText(self.tr("leave empty if anonymous"))
        self.contact = QLineEdit(self)
        self.contact.setMaxLength(NO_SILENT_CUT)
        self.about_staff = QComboBox(self)
        self.about_service = QLineEdit(self)
        self.about_service.setMaxLength(NO_SILENT_CUT)
        scan_row = QHBoxLayout()
        self.scan_button = QPushButton(self.tr("Attach scan or photo..."), self)
        self.scan_label = QLabel(self)
        self.scan_label.setObjectName("hint")
        scan_row.addWidget(self.scan_button)
        scan_row.addWidget(self.scan_label, 1)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Box opening"), self.opening)
        form.addRow(self.tr("Page / slip no."), self.page_ref)
        form.addRow(self.tr("Date written"), self.written_on)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("About staff member"), self.about_staff)
        form.addRow(self.tr("About service"), self.about_service)
        form.addRow(self.tr("Scan"), scan_row)
        self.save_button = QPushButton(self.tr("Save and next (Ctrl+S)"), self)
        self.save_button.setObjectName("primary")
        mark_writing(self.save_button)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QWidget] = {
            "source": self.source,
            "kind": self.kind,
            "text": self.text,
            "written_on": self.written_on,
            "opening_id": self.opening,
            "scan": self.scan_button,
        }
        order = [
            self.source,
            self.opening,
            self.page_ref,
            self.written_on,
            self.kind,
            self.text,
            self.name,
            self.contact,
            self.about_staff,
            self.about_service,
            self.scan_button,
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.save_button.clicked.connect(self.save)
        self.scan_button.clicked.connect(self.choose_scan)
        self.source.currentIndexChanged.connect(self._source_changed)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_if_offered, context=context)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._save_if_offered, context=context)
        self.written_on.setDate(QDate.currentDate())

    def refresh(self) -> None:
        keep_staff = self.about_staff.currentData()
        self.about_staff.clear()
        self.about_staff.addItem(self.tr("(nobody named)"), None)
        for member in list_staff():
            self.about_staff.addItem(member.name, member.id)
        set_combo_data(self.about_staff, keep_staff)
        keep = self.opening.currentData()
        self.opening.clear()
        self.opening.addItem(self.tr("(not from a box opening)"), None)
        for opening in (
            BoxOpening.select()
            .where(BoxOpening.closed_at.is_null())
            .order_by(BoxOpening.opened_at.desc())
        ):
            self.opening.addItem(
                self.tr("Opened %1 (witness %2)")
                .replace("%1", labels.datetime(opening.opened_at))
                .replace("%2", opening.witness),
                opening.id,
            )
        set_combo_data(self.opening, keep)
        self._source_changed()

    def use_opening(self, opening_id: int) -> None:
        """Start transcribing the slips of a box opening."""
        set_combo_data(self.source, "suggestion_box")
        self.refresh()
        set_combo_data(self.opening, opening_id)
        self.page_ref.setText("1")
        self.kind.setFocus()

    @Slot()
    def _source_changed(self) -> None:
        box = self.source.currentData() == "suggestion_box"
        self.opening.setEnabled(box)
        if not box:
            self.opening.setCurrentIndex(0)

    @Slot()
    def choose_scan(self) -> None:
        self.dialog = QFileDialog(self, self.tr("Choose the scan or photo"), str(Path.home()))
        self.dialog.setNameFilter(
            self.tr("Pictures and PDF (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff *.pdf)")
        )
        self.dialog.fileSelected.connect(lambda name: self.attach_scan(Path(name)))
        self.dialog.open()

    def attach_scan(self, path: Path) -> None:
        try:
            self._scan = attachments.store(self._data_dir, path)
        except DomainError as exc:
            self._show_error(exc)
            return
        self.scan_label.setText(path.name)

    def _show_error(self, exc: BaseException) -> None:
        for widget in self.fields.values():
            mark_invalid(widget, False)
        self.error.setText(message_for(exc))
        self.error.show()
        if isinstance(exc, ValidationError) and exc.field in self.fields:
            mark_invalid(self.fields[exc.field], True)
            self.fields[exc.field].setFocus()

    def form(self) -> opinions.EntryForm:
        return opinions.EntryForm(
            source=self.source.currentData(),
            page_ref=self.page_ref.text(),
            written_on=self.written_on.checked("written_on"),  # type: ignore[arg-type]
            kind=self.kind.currentData() or "",
            text=self.text.toPlainText(),
            name=self.name.text(),
            contact=self.contact.text(),
            about_staff_id=self.about_staff.currentData(),
            about_service=self.about_service.text(),
            scan_file=self._scan,
            opening_id=self.opening.currentData() if self.opening.isEnabled() else None,
        )

    @Slot()
    def _save_if_offered(self) -> None:
        """The keys save only when the button is offered (not while the server is away)."""
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        try:
            form = self.form()
        except DomainError as exc:  # a date that cannot be read
            self._show_error(exc)
            return
        actor = self._actor_getter()
        Op(self, lambda: opinions.add_entry(actor, form)).success(self._saved).failure(
            lambda _text, exc: self._show_error(exc)
        ).run()

    def _saved(self, entry: OpinionEntry) -> None:
        self.error.hide()
        for widget in self.fields.values():
            mark_invalid(widget, False)
        # Next entry: same source and opening; the page or slip number moves on. The date
        # starts at today again: a date carried over from the last entry went unnoticed.
        self.written_on.setDate(dt.date.today())
        ref = self.page_ref.text().strip()
        self.page_ref.setText(str(int(ref) + 1) if ref.isdigit() else ref)
        self.kind.setCurrentIndex(0)
        for edit in (self.name, self.contact, self.about_service):
            edit.clear()
        self.text.clear()
        self.about_staff.setCurrentIndex(0)
        self._scan = ""
        self.scan_label.clear()
        self.kind.setFocus()
        self.saved.emit(entry.id)

    def written(self) -> dt.date:
        found = self.written_on.value()
        return found if isinstance(found, dt.date) else dt.date.today()
