"""Beside a complaint: the complaints that may be the same problem, and the manager's
root-cause task for them (see models.register.systemic)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Actor
from models.register import systemic

from ui.shell import labels


class SimilarPanel(QGroupBox):
    open_requested = Signal(int)  # a complaint's id
    task_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("similarPanel")
        layout = QVBoxLayout(self)
        self.ask = QLabel(self)
        self.ask.setObjectName("infoBox")
        self.ask.setWordWrap(True)
        self.task_button = QPushButton(self.tr("Open a root-cause task..."), self)
        self.task_button.clicked.connect(self.task_requested.emit)
        self.tasks = QLabel(self)
        self.tasks.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(160)
        self.list.itemActivated.connect(self._open)
        for widget in (self.ask, self.task_button, self.tasks, self.list):
            layout.addWidget(widget)
        self.found: systemic.Similar | None = None

    def show_for(self, complaint_id: int, actor: Actor) -> None:
        found = systemic.similar(complaint_id)
        self.found = found
        self.setTitle(self.tr("Possibly the same problem: %1").replace("%1", str(found.count)))
        self.list.clear()
        for alike in found.complaints:
            item = QListWidgetItem(
                f"{alike.register_no}  ·  {labels.date(alike.received_at.date())}  ·  "
                f"{labels.name('status', alike.status)}\n{alike.summary}",
                self.list,
            )
            item.setData(Qt.ItemDataRole.UserRole, alike.id)
        if not found.complaints:
            empty = QListWidgetItem(
                self.tr(
                    "No other complaint of the 30 days before it in its category or with its words."
                ),
                self.list,
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        reasons = {
            "line": self.tr("Its scope is a group of customers (line)."),
            "plane": self.tr("Its scope is all customers (plane)."),
            "burst": self.tr("%1 complaints alike within 7 days.").replace(
                "%1", str(found.in_burst + 1)
            ),
        }
        if found.asks_root_cause:
            reason = reasons.get(found.reason, "")
            if actor.is_manager:
                self.ask.setText(
                    self.tr("%1 Open a root-cause task linking these complaints?").replace(
                        "%1", reason
                    )
                )
            else:
                self.ask.setText(
                    self.tr("%1 A manager is asked to open a root-cause task.").replace(
                        "%1", reason
                    )
                )
        self.ask.setVisible(found.asks_root_cause)
        self.task_button.setVisible(found.asks_root_cause and actor.is_manager)
        self.tasks.setText(
            "\n".join(
                self.tr("Root-cause task #%1, opened by %2 on %3: %4 complaints linked.")
                .replace("%1", str(task.id))
                .replace("%2", task.opened_by_name)
                .replace("%3", labels.date(task.opened_at.date()))
                .replace("%4", str(len(systemic.linked(task.id))))
                + (" " + self.tr("Note: %1").replace("%1", task.note) if task.note else "")
                for task in found.tasks
            )
        )
        self.tasks.setVisible(bool(found.tasks))

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        found = item.data(Qt.ItemDataRole.UserRole)
        if found is not None:
            self.open_requested.emit(int(found))
