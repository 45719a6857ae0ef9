"""While the branch server is away nothing is offered that cannot work: the buttons that
write (save, sign, act on a complaint...) are switched off, with a tooltip saying why,
and switched back on as they were when the server answers again.

A view marks its writing buttons with ``mark_writing``; it goes on enabling and disabling
them as it always does (a complaint's status, the reader's role): while the gate is shut,
what the view asks for is remembered and given back when the gate opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

WRITES = "complaintbook_writes"  # the dynamic property that marks a writing widget


def mark_writing(*widgets: QWidget) -> None:
    """These widgets write to the register: switched off while the server is away."""
    for widget in widgets:
        widget.setProperty(WRITES, True)


def _wanted_enabled(widget: QWidget) -> bool:
    """The widget's own enabled state (not its parent's)."""
    return not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)


class WriteGate(QObject):
    """Shuts and opens every marked widget under ``root``."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.reason = ""
        self._held: dict[QWidget, tuple[bool, str]] = {}  # wanted enabled, own tooltip
        self._busy = False

    @property
    def shut(self) -> bool:
        return bool(self.reason)

    def close(self, reason: str) -> None:
        """Switch off every marked widget (those built since the last call too)."""
        self.reason = reason
        self._held = {w: v for w, v in self._held.items() if isValid(w)}
        for widget in self.root.findChildren(QWidget):
            if widget.property(WRITES) and widget not in self._held:
                self._hold(widget)
            elif widget in self._held:
                widget.setToolTip(reason)

    def open(self) -> None:
        """Give every held widget back the state its view wants now."""
        self.reason = ""
        held, self._held = self._held, {}
        for widget, (wanted, tip) in held.items():
            if not isValid(widget):
                continue  # its page was built afresh meanwhile
            widget.removeEventFilter(self)
            widget.setToolTip(tip)
            self._set(widget, wanted)

    def _hold(self, widget: QWidget) -> None:
        self._held[widget] = (_wanted_enabled(widget), widget.toolTip())
        widget.installEventFilter(self)
        widget.setToolTip(self.reason)
        self._set(widget, False)

    def _set(self, widget: QWidget, enabled: bool) -> None:
        self._busy = True
        try:
            widget.setEnabled(enabled)
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A view changed a held widget's state: remember what it wants, keep it off."""
        if (
            not self._busy
            and event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched in self._held
        ):
            wanted = _wanted_enabled(watched)
            self._held[watched] = (wanted, self._held[watched][1])
            if wanted:
                self._set(watched, False)
        elif (
            not self._busy
            and event.type() == QEvent.Type.ToolTipChange
            and isinstance(watched, QWidget)
            and watched in self._held
            and watched.toolTip() != self.reason
        ):
            tip = watched.toolTip()  # the view's own tooltip, shown again once open
            self._held[watched] = (self._held[watched][0], tip)
            self._busy = True
            try:
                watched.setToolTip(self.reason)
            finally:
                self._busy = False
        return False
