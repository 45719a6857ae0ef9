"""Print a letter to the customer: which letter, in which language, saved as a PDF.

The letters the complaint's status allows are offered, the likeliest first chosen; the
language is the screen's unless the customer reads another. The domain checks again
and refuses with a reason, shown here with everything typed kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Actor
from models.core.errors import DomainError, ValidationError
from models.counter import letters
from models.storage.schema import Complaint

from ui.common.date_field import DateField
from ui.common.operations import Op, busy
from ui.common.widgets import mark_invalid
from ui.shell import i18n, labels
from ui.shell.messages import describe


class LetterDialog(QDialog):
    printed = Signal(object)  # Path of the saved letter

    def __init__(
        self, complaint: Complaint, actor_getter: Callable[[], Actor], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.complaint = complaint
        self._actor_getter = actor_getter
        self.file_dialog: QFileDialog | None = None
        self.setWindowTitle(
            self.tr("Letter to the customer about %1").replace("%1", complaint.register_no)
        )
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The letter is addressed to the customer and gives the register number, the "
                "dates and where the customer may turn if unhappy. It is saved as a PDF to "
                "print, and noted on the timeline."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.error = QLabel(self)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        form = self.form = QFormLayout()
        layout.addLayout(form)
        self.kind = QComboBox(self)
        names = self.kind_names()
        for kind in letters.offered(complaint):
            self.kind.addItem(names[letters.printed_kind(complaint, kind)], kind)
        suggested = letters.suggested(complaint)
        self.kind.setCurrentIndex(max(0, self.kind.findData(suggested)))
        form.addRow(self.tr("Letter"), self.kind)
        self.lang = QComboBox(self)
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.lang.addItem(name, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(labels.language())))
        form.addRow(self.tr("Language of the letter"), self.lang)

        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(70)
        self.reason.setMaximumHeight(110)
        self.reason.setPlainText(letters.holding_reason_default(complaint))
        self.reason.setPlaceholderText(
            self.tr("In the customer's language: what we are still waiting for")
        )
        form.addRow(self.tr("Why there is no final response yet"), self.reason)
        self.expected = DateField(self)
        self.expected.setMinimumDate(QDate.currentDate())
        self.expected.setDate(letters.expected_default(complaint))
        form.addRow(self.tr("Final response expected by"), self.expected)
        self.explanation = QPlainTextEdit(self)
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMinimumHeight(90)
        self.explanation.setMaximumHeight(180)
        self.explanation.setPlainText(complaint.remedy)
        form.addRow(self.tr("What was found and done (printed as written)"), self.explanation)
        self._rows = {
            "holding": (self.reason, self.expected),
            "final": (self.explanation,),
        }

        self.referral = QLabel(self)
        self.referral.setWordWrap(True)
        self.referral.setObjectName("hint")
        layout.addWidget(self.referral)
        self._show_referral()

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save PDF..."), self)
        self.save_button.setObjectName("primary")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def kind_names(self) -> dict[str, str]:
        return {
            "ack": self.tr("Acknowledgement"),
            "holding": self.tr("Holding letter (no final response yet)"),
            "final": self.tr("Final response"),
            "summary": self.tr("Summary resolution (settled within three business days)"),
        }

    def _show_referral(self) -> None:
        found = letters.branch_referral()
        if found is None:
            self.referral.setText(
                self.tr(
                    "No ombudsman or regulator is set for this branch's country, so no letter "
                    "can be printed: a manager sets it in Settings."
                )
            )
            return
        name = found.name(labels.language())
        reach = " · ".join(x for x in (found.phone, found.website) if x)
        self.referral.setText(
            self.tr("An unhappy customer is told to turn to %1 (%2).")
            .replace("%1", name)
            .replace("%2", reach)
        )

    @Slot()
    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        for key, widgets in self._rows.items():
            for widget in widgets:
                self.form.setRowVisible(widget, kind == key)
        self.adjustSize()

    def _options(self) -> dict[str, object]:
        kind = self.kind.currentData()
        return {
            "reason": self.reason.toPlainText() if kind == "holding" else "",
            "expected": self.expected.checked("expected") if kind == "holding" else None,
            "explanation": self.explanation.toPlainText() if kind == "final" else "",
        }

    def _refused(self, text: str, exc: BaseException) -> None:
        self.error.setText(text)
        self.error.show()
        fields = {"reason": self.reason, "expected": self.expected, "explanation": self.explanation}
        if isinstance(exc, ValidationError) and exc.field in fields:
            mark_invalid(fields[exc.field], True)
            fields[exc.field].setFocus()

    @Slot()
    def ask_file(self) -> None:
        """Check the letter first (a refusal is said here, before any file is chosen),
        then ask where to save it."""
        if busy(self):
            return  # the letter is being written: a second press is not a second letter
        for widget in (self.reason, self.expected, self.explanation):
            mark_invalid(widget, False)
        try:
            letter = letters.prepare(
                self._actor_getter(),
                self.complaint.id,
                self.kind.currentData(),
                self.lang.currentData(),
                **self._options(),  # type: ignore[arg-type]
            )
        except DomainError as exc:
            self._refused(describe(exc), exc)
            return
        self.error.hide()
        dialog = QFileDialog(
            self,
            self.tr("Save the letter"),
            str(Path.home() / letters.default_file_name(letter)),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda chosen: self.save_to(Path(chosen)))
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, target: Path) -> None:
        """Write and record off the GUI thread, then close; a refusal or a disk error
        keeps the dialog open with everything typed."""
        from reports.letter_pdf import print_letter

        actor, complaint_id = self._actor_getter(), self.complaint.id
        kind, lang, options = self.kind.currentData(), self.lang.currentData(), self._options()

        def refused(text: str, exc: BaseException) -> None:
            if isinstance(exc, OSError):
                text = (
                    self.tr("Could not write %1: %2")
                    .replace("%1", str(target))
                    .replace("%2", exc.strerror or str(exc))
                )
            self._refused(text, exc)

        def saved(_letter: object) -> None:
            self.printed.emit(target)
            self.accept()

        Op(
            self,
            lambda: print_letter(
                actor,
                complaint_id,
                kind,
                lang,
                target,
                **options,  # type: ignore[arg-type]
            ),
        ).success(saved).failure(refused).run()
