"""A small dialog for one action on a complaint (resolve, note, void...).

The fields are declared, the domain call is passed in and runs as an op; a domain error is shown in
the dialog, which stays open with everything typed, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import ValidationError, ValidationErrors

from ui.common.operations import Op
from ui.common.widgets import NO_SILENT_CUT, mark_invalid


@dataclass
class Field:
    key: str
    label: str
    kind: str = "line"  # line, text, choice, int, check
    choices: list[tuple[str, Any]] = field(default_factory=list)
    default: Any = None
    minimum: int = 0
    maximum: int = 100
    target: str = ""  # kind "insert": the text field the chosen text goes into
    on_use: Callable[[Any], None] | None = None  # kind "insert": told which choice was used


class ActionDialog(QDialog):
    done_ok = Signal()

    def __init__(
        self,
        title: str,
        fields: list[Field],
        action: Callable[[dict[str, Any]], object],
        parent: QWidget | None = None,
        intro: str = "",
        confirm: tuple[str, str] | None = None,
    ) -> None:
        """``confirm``: the texts of the OK and Cancel buttons where the generic ones would
        collide with the action's name (Vietnamese "Hủy" is both void and cancel)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self._action = action
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.error = QLabel(self)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        form = QFormLayout()
        layout.addLayout(form)
        for spec in fields:
            widget = self._make(spec)
            self.widgets[spec.key] = widget
            if spec.kind == "check":
                form.addRow("", widget)
            else:
                form.addRow(spec.label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        if confirm is not None:
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            ok.setText(confirm[0])
            cancel.setText(confirm[1])
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _make(self, spec: Field) -> QWidget:
        if spec.kind == "text":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setPlainText(spec.default or "")
            edit.moveCursor(QTextCursor.MoveOperation.End)  # a prefilled text is added to
            edit.setMinimumHeight(80)
            return edit
        if spec.kind == "choice":
            combo = QComboBox(self)
            for text, data in spec.choices:
                combo.addItem(text, data)
            if spec.default is not None:
                combo.setCurrentIndex(max(0, combo.findData(spec.default)))
            return combo
        if spec.kind == "insert":
            combo = QComboBox(self)
            combo.addItem(spec.default or "", None)
            for text, data in spec.choices:
                combo.addItem(text, data)
            combo.activated.connect(
                lambda index, spec=spec, combo=combo: self._insert(spec, combo, index)
            )
            return combo
        if spec.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(spec.default or spec.minimum)
            return spin
        if spec.kind == "check":
            box = QCheckBox(spec.label, self)
            box.setChecked(bool(spec.default))
            return box
        line = QLineEdit(self)
        line.setMaxLength(NO_SILENT_CUT)
        line.setText(spec.default or "")
        return line

    def _insert(self, spec: Field, combo: QComboBox, index: int) -> None:
        """Put the chosen text into the target field for editing, and report the use."""
        data = combo.itemData(index)
        target = self.widgets.get(spec.target)
        if data is None or not isinstance(target, QPlainTextEdit):
            return
        key, text = data
        target.setPlainText(text)
        target.setFocus()
        if spec.on_use is not None:
            spec.on_use(key)
        combo.setCurrentIndex(0)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                if widget.currentIndex() >= 0 and not isinstance(widget.currentData(), tuple):
                    out[key] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                out[key] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    @Slot()
    def submit(self) -> None:
        """The action runs as an op (off the GUI thread); the dialog closes when it went
        through and stays open, everything typed, with the refusal when it did not."""
        for widget in self.widgets.values():
            mark_invalid(widget, False)
        values = self.values()
        Op(self, lambda: self._action(values)).success(self._done).failure(self._refused).run()

    def _done(self, _result: object) -> None:
        self.done_ok.emit()
        self.accept()
        # Closed from the op's result, not from the click: the window it belongs to takes
        # the keyboard back (Ctrl+Enter goes on working) on every platform.
        owner = self.parentWidget()
        if owner is not None and owner.window().isVisible():
            owner.window().activateWindow()

    def _refused(self, text: str, exc: BaseException) -> None:
        self.error.setText(text)
        self.error.show()
        problems = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        for problem in problems:
            if isinstance(problem, ValidationError) and problem.field in self.widgets:
                mark_invalid(self.widgets[problem.field], True)
                self.widgets[problem.field].setFocus()
