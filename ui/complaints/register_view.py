"""The register list: every complaint, filtered, searched and sorted, read lazily."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.core.vocab import STATUSES
from models.people.branch import list_staff
from models.register import queries
from models.storage.schema import Complaint

from ui.complaints.register_model import RegisterModel
from ui.shell import labels


class RegisterView(QWidget):
    open_complaint = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Complaint register"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search number, customer, phone, text... (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.month = QComboBox(self)
        self.status = QComboBox(self)
        self.category = QComboBox(self)
        self.handler = QComboBox(self)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        bar.addWidget(self.search, 3)
        for label, widget in (
            (self.tr("Month"), self.month),
            (self.tr("Status"), self.status),
            (self.tr("Category"), self.category),
            (self.tr("Handler"), self.handler),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget, 1)
        bar.addWidget(self.overdue)
        outer.addLayout(bar)

        self.model = RegisterModel(self)
        self.model.rowsInserted.connect(lambda *_: self._update_count())  # a long search, all
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((140, 125, 80, 100, 160, 320, 90, 110, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)
        outer.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        outer.addWidget(self.count_label)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.month, self.status, self.category, self.handler):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self._filling = False

    def fill_filters(self) -> None:
        """(Re)load the filter choices: months with complaints, statuses, categories, staff."""
        self._filling = True
        try:
            keep = {
                c: c.currentData() for c in (self.month, self.status, self.category, self.handler)
            }
            self.month.clear()
            self.month.addItem(self.tr("All months"), None)
            months = [
                r.month
                for r in Complaint.select(Complaint.month)
                .distinct()
                .order_by(Complaint.month.desc())
            ]
            for month in months:
                self.month.addItem(f"{month[:4]}-{month[4:]}", month)
            self.status.clear()
            self.status.addItem(self.tr("Any status"), None)
            self.status.addItem(self.tr("Not closed"), "open")
            for code in STATUSES:
                self.status.addItem(labels.name("status", code), code)
            self.category.clear()
            self.category.addItem(self.tr("Any category"), None)
            for cat in labels.category_tree().top:
                self.category.addItem(cat.name(labels.language()), cat.code)
            self.handler.clear()
            self.handler.addItem(self.tr("Anyone"), None)
            for member in list_staff(include_inactive=True):
                self.handler.addItem(member.name, member.id)
            for combo, value in keep.items():
                index = combo.findData(value)
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False

    def current_filter(self) -> queries.ListFilter:
        old = self.model.current_filter
        return queries.ListFilter(
            month=self.month.currentData(),
            status=self.status.currentData(),
            category=self.category.currentData(),
            handler_id=self.handler.currentData(),
            overdue=self.overdue.isChecked(),
            search=self.search.text().strip(),
            sort=old.sort,
            descending=old.descending,
            today=dt.date.today(),
        )

    @Slot()
    def apply_filter(self) -> None:
        if self._filling:
            return
        self.model.set_filter(self.current_filter())
        self._update_count()

    def refresh(self) -> None:
        self.fill_filters()
        self.apply_filter()

    def _update_count(self) -> None:
        rows = self.model.rowCount()
        if self.model.complete:
            self.count_label.setText(self.tr("%n complaint(s)", "", rows))
        else:  # a search on the branch server: the rest is counted on reaching the end
            self.count_label.setText(self.tr("More than %n complaints", "", rows))

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        complaint_id = self.model.complaint_id(index.row())
        if complaint_id is not None:
            self.open_complaint.emit(complaint_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
