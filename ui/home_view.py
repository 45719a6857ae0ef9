"""The home view: what needs attention today, at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import queries

from ui import labels


class HomeView(QWidget):
    open_complaint = Signal(int)
    new_complaint = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Today"), self)
        self.title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("New complaint (Ctrl+N)"), self)
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_complaint.emit)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        outer.addLayout(top)

        figures = QHBoxLayout()
        self.figure_labels: dict[str, QLabel] = {}
        for key, text in (
            ("overdue", self.tr("Overdue")),
            ("due_today", self.tr("Due today")),
            ("due_this_week", self.tr("Due in 7 days")),
            ("open_total", self.tr("Open")),
            ("received_this_month", self.tr("Received this month")),
        ):
            box = QGroupBox(text, self)
            box.setObjectName(f"figure_{key}")
            inner = QVBoxLayout(box)
            number = QLabel("0", box)
            number.setObjectName("bigNumber")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(number)
            self.figure_labels[key] = number
            figures.addWidget(box)
        outer.addLayout(figures)

        grid = QGridLayout()
        self.lists: dict[str, QListWidget] = {}
        for col, (key, text) in enumerate(
            (
                ("overdue", self.tr("Overdue: reply date passed")),
                ("due_today", self.tr("Due today")),
                ("due_this_week", self.tr("Due in the next 7 days")),
            )
        ):
            box = QGroupBox(text, self)
            inner = QVBoxLayout(box)
            lst = QListWidget(box)
            lst.setObjectName(f"list_{key}")
            lst.setWordWrap(True)
            lst.setSpacing(3)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.itemActivated.connect(self._activated)
            inner.addWidget(lst)
            self.lists[key] = lst
            grid.addWidget(box, 0, col)
        outer.addLayout(grid, 1)

        later = QGroupBox(self.tr("Coming next"), self)
        later_layout = QVBoxLayout(later)
        self.later_label = QLabel(
            self.tr(
                "Opinion book sign-off, suggestion box openings and counter-checklist "
                "appointments will appear here once those screens are added."
            ),
            later,
        )
        self.later_label.setWordWrap(True)
        self.later_label.setObjectName("hint")
        later_layout.addWidget(self.later_label)
        outer.addWidget(later)

    def refresh(self) -> None:
        figures = queries.home_figures()
        self.figure_labels["overdue"].setText(str(len(figures.overdue)))
        self.figure_labels["due_today"].setText(str(len(figures.due_today)))
        self.figure_labels["due_this_week"].setText(str(len(figures.due_this_week)))
        self.figure_labels["open_total"].setText(str(figures.open_total))
        self.figure_labels["received_this_month"].setText(str(figures.received_this_month))
        for key, rows in (
            ("overdue", figures.overdue),
            ("due_today", figures.due_today),
            ("due_this_week", figures.due_this_week),
        ):
            lst = self.lists[key]
            lst.clear()
            for row in rows:
                text = f"{row.register_no}  ·  {labels.date(row.due_date)}\n{row.summary}"
                item = QListWidgetItem(text, lst)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(
                    f"{row.customer_name} · {labels.name('status', row.status)} · {row.handler}"
                )
            if not rows:
                empty = QListWidgetItem(self.tr("Nothing here."), lst)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        complaint_id = item.data(Qt.ItemDataRole.UserRole)
        if complaint_id:
            self.open_complaint.emit(int(complaint_id))
