"""A record's audit history for managers: who changed what, when, old and new value."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.storage import trail
from models.storage.personal import Hidden
from models.storage.schema import Complaint

from ui.common.field_text import FieldText
from ui.shell import labels


class HistoryDialog(QDialog):
    def __init__(self, title: str, table: str, row_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Each line is a saved change. The trail is chained and cannot be edited."), self
        )
        intro.setObjectName("hint")
        layout.addWidget(intro)
        # Field names and values as the screens say them (a handler by name, a date as
        # the region writes it), in the user's language, not as the database stores them.
        text = FieldText(self)
        actions = text.actions()
        currency = ""
        if table == "complaint":
            found = Complaint.select(Complaint.currency).where(Complaint.id == row_id).first()
            currency = found.currency if found else ""
        rows: list[tuple[str, str, str, str, str, str]] = []
        for event, changes in trail.readable_history(table, row_id):
            for name in text.order(table, list(changes)):
                old, new = changes[name]
                rows.append(
                    (
                        _when(event.at),
                        labels.actor(event.actor_id, event.actor_name),
                        actions.get(event.action, event.action),
                        text.label(name, table),
                        self._show(text, table, name, old, currency),
                        self._show(text, table, name, new, currency),
                    )
                )
        self.table = QTableWidget(len(rows), 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for col, cell in enumerate(row):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        for column in (4, 5):  # long texts are cut short here; the tooltip holds them whole
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show(self, text: FieldText, table: str, name: str, value: object, currency: str) -> str:
        """A recorded value as the screens say it, or what stands for one the register no
        longer keeps (anonymised) or never shows (a password or PIN hash)."""
        if value is Hidden.REMOVED:
            return self.tr("(removed)")
        if value is Hidden.SECRET:
            return self.tr("(secret)")
        return _clip(text.value(table, name, value, currency))


def _when(at: dt.datetime | None) -> str:
    """The moment to the second (an audit trail is read closely), the date as the region
    writes it."""
    return f"{labels.date(at.date())} {at:%H:%M:%S}" if at else ""


def _clip(text: str) -> str:
    return text if len(text) <= 200 else text[:200] + "…"


def open_history(
    parent: QWidget, actor: object, title: str, table: str, row_id: int
) -> HistoryDialog | None:
    """Open a record's history for a manager; None (nothing opened) for anyone else."""
    if not getattr(actor, "is_manager", False):
        return None
    dialog = HistoryDialog(title, table, row_id, parent)
    dialog.open()
    return dialog
