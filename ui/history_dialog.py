"""A record's audit history for managers: who changed what, when, old and new value."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import audit
from models.personal import Hidden


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
        rows: list[tuple[str, str, str, str, str, str]] = []
        for event, changes in audit.readable_history(table, row_id):
            for name, (old, new) in sorted(changes.items()):
                rows.append(
                    (
                        str(event.at),
                        event.actor_name,
                        event.action,
                        name,
                        self._show(old),
                        self._show(new),
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
            for col, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        for column in (4, 5):  # long texts are cut short here; the tooltip holds them whole
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _show(self, value: object) -> str:
        """A recorded value, or what stands for one the register no longer keeps."""
        if value is Hidden.REMOVED:
            return self.tr("(removed)")
        if value is Hidden.SECRET:
            return self.tr("(secret)")
        if value is None:
            return "—"
        text = str(value)
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
