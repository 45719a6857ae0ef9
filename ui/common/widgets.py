"""Small reusable widgets: text fields that show their limit instead of cutting silently."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# QLineEdit cuts pasted text at maxLength without a word; keep it far above any limit
# so over-long text arrives whole and is refused with a message instead.
NO_SILENT_CUT = 10_000_000


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Show (or clear) the red frame of a field; a counted field frames its editor."""
    for target in (widget, getattr(widget, "edit", None)):
        if isinstance(target, QWidget):
            target.setProperty("invalid", invalid)
            target.style().unpolish(target)
            target.style().polish(target)


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    """A page's one-line message: green when done, red when something needs fixing."""
    label.setText(text)
    label.setObjectName("errorBox" if error else "okBox")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setVisible(bool(text))


def form_label(widget: QWidget) -> str:
    """The plain text of the label a QFormLayout shows beside ``widget``, if any."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QFormLayout):
        return ""
    label = layout.labelForField(widget)
    if not isinstance(label, QLabel):
        return ""
    return label.text().split(" <span", 1)[0].strip()


class CounterLabel(QLabel):
    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setObjectName("counter")
        self.update_count(0)

    def update_count(self, n: int) -> None:
        self.setText(f"{n:,} / {self.limit:,}")
        self.setProperty("over", n > self.limit)
        self.style().unpolish(self)
        self.style().polish(self)


class CountedLineEdit(QWidget):
    """A one-line field with a live character count against its limit."""

    textChanged = Signal(str)

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(NO_SILENT_CUT)
        self.counter = CounterLabel(limit, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counter)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)

    @Slot(str)
    def _on_text(self, text: str) -> None:
        self.counter.update_count(len(text))
        self.textChanged.emit(text)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)


class CountedTextEdit(QWidget):
    """A multi-line field with a live character count against its limit."""

    textChanged = Signal()

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.counter = CounterLabel(limit, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.counter)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_text)

    @Slot()
    def _on_text(self) -> None:
        self.counter.update_count(len(self.edit.toPlainText()))
        self.textChanged.emit()

    def text(self) -> str:
        return self.edit.toPlainText()

    def setText(self, text: str) -> None:
        self.edit.setPlainText(text)


def set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class Banner(QFrame):
    """A yellow strip above the page with a message and a few actions (no modal dialog)."""

    def __init__(self, parent: QWidget, *actions: tuple[str, Callable[[], None]]) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.buttons: list[QPushButton] = []
        for caption, slot in actions:
            button = QPushButton(caption, self)
            button.clicked.connect(slot)
            layout.addWidget(button)
            self.buttons.append(button)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.show()
