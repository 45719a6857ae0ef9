"""After an edit conflict: each field both people changed, their value and yours side by
side, to be decided one by one. Until every one is decided the form is not saved, so
neither person's change is dropped unseen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


class ConflictPanel(QFrame):
    """One row per field: name, theirs, yours, and Keep theirs / Keep mine (/ Keep both
    for text). ``decided`` carries the field and the value chosen."""

    decided = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.grid = QGridLayout(self)
        self.open: dict[str, tuple[Any, Any]] = {}  # undecided: field -> (theirs, mine)
        self.buttons: dict[str, dict[str, QPushButton]] = {}
        self.hide()

    def show_conflicts(
        self, conflicts: dict[str, tuple[Any, Any]], label_of: Callable[[str], str]
    ) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.open = dict(conflicts)
        self.buttons = {}
        if not conflicts:
            self.hide()
            return
        head = QLabel(
            self.tr(
                "You both changed these fields. Decide each one before saving: nothing is "
                "saved until you have."
            ),
            self,
        )
        head.setWordWrap(True)
        self.grid.addWidget(head, 0, 0, 1, 5)
        for column, text in enumerate((self.tr("Field"), self.tr("Theirs"), self.tr("Yours")), 0):
            title = QLabel(f"<b>{text}</b>", self)
            self.grid.addWidget(title, 1, column)
        for row, (name, (theirs, mine)) in enumerate(conflicts.items(), start=2):
            self.grid.addWidget(QLabel(label_of(name), self), row, 0)
            for column, value in ((1, theirs), (2, mine)):
                shown = QLabel(_shown(value), self)
                shown.setWordWrap(True)
                shown.setObjectName(f"conflict_{name}_{'theirs' if column == 1 else 'mine'}")
                self.grid.addWidget(shown, row, column)
            choices = {
                "theirs": (self.tr("Keep theirs"), theirs),
                "mine": (self.tr("Keep mine"), mine),
            }
            if isinstance(theirs, str) and isinstance(mine, str):
                choices["both"] = (self.tr("Keep both"), f"{mine}\n{theirs}")
            self.buttons[name] = {}
            for column, (key, (caption, value)) in enumerate(choices.items(), start=3):
                button = QPushButton(caption, self)
                button.clicked.connect(lambda _=False, n=name, v=value: self._decide(n, v))
                self.grid.addWidget(button, row, column)
                self.buttons[name][key] = button
        self.show()

    def _decide(self, name: str, value: Any) -> None:
        self.open.pop(name, None)
        # The form takes the value (and the focus, onto the field) before the buttons
        # are disabled: a disabled or hidden button with the focus would hand it to
        # whatever comes next in the window, the page list, which then changes page.
        self.decided.emit(name, value)
        for button in self.buttons.get(name, {}).values():
            button.setEnabled(False)
        if not self.open:
            self.hide()

    def undecided(self) -> list[str]:
        return list(self.open)

    def clear(self) -> None:
        self.show_conflicts({}, str)
