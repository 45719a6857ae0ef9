"""The register list's table model: counts rows, fetches them a page at a time.

Only the pages being looked at are held in memory, so ten years of complaints
open as fast as one month's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.core.actors import Actor
from models.register import disclosure, queries

from ui.shell import labels

PAGE_SIZE = 200
MAX_PAGES = 20
FAR = 20 * PAGE_SIZE  # rows from both ends beyond which a jump skips whole months
OVERDUE_BG = QColor("#fde2e1")
OVERDUE_FG = QColor("#8a1c14")

Index = QModelIndex | QPersistentModelIndex
SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.UserRole,
    }
)


class RegisterModel(QAbstractTableModel):
    COLUMNS = (
        ("register_no", "Register no."),
        ("received_at", "Received"),
        ("channel", "Channel"),
        ("customer_name", "Customer"),
        ("category", "Category"),
        ("summary", "Summary"),
        ("handler", "Handler"),
        ("status", "Status"),
        ("due_date", "Due"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = queries.ListFilter()
        self._count = 0
        self._pages: dict[int, list[queries.Row]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._tree: Any = None
        self._texts: dict[int, tuple[str, ...]] = {}
        self._loaded = False  # nothing is read until the list is first shown
        self._complete = True  # False: more rows than counted (a search on the server)
        # Who is looking: a clerk sees the customers of others' complaints masked.
        self.viewer: Callable[[], Actor | None] = lambda: None
        self._months: list[tuple[str, int]] | None = None  # read at the first far jump

    def headers(self) -> list[str]:
        return [
            self.tr("Register no."),
            self.tr("Received"),
            self.tr("Channel"),
            self.tr("Customer"),
            self.tr("Category"),
            self.tr("Summary"),
            self.tr("Handler"),
            self.tr("Status"),
            self.tr("Due"),
        ]

    # -- loading -------------------------------------------------------------
    def set_filter(self, flt: queries.ListFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._pages.clear()
        self._texts.clear()
        self._months = None
        self._count, self._complete = queries.list_count(flt)
        self._tree = labels.category_tree()  # read once per load, not once per cell
        self._loaded = True
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    @property
    def current_filter(self) -> queries.ListFilter:
        return self._filter

    def row_at(self, row: int) -> queries.Row | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number)
            if len(self._pages) >= MAX_PAGES:
                self._pages.pop(next(iter(self._pages)))
            self._pages[number] = page
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _fetch(self, number: int) -> list[queries.Row]:
        """Page ``number``, read from the nearest page already held (keyset paging: no
        OFFSET scan, so paging stays as fast on row 900,000 as on row 10), or from the
        nearer end of the list."""
        flt, start = self._filter, number * PAGE_SIZE
        if not queries.keyset_ok(flt):
            return queries.page(flt, start, PAGE_SIZE)
        before, after = self._pages.get(number - 1), self._pages.get(number + 1)
        if before and len(before) == PAGE_SIZE:
            return queries.page(flt, 0, PAGE_SIZE, after=before[-1].key)
        if after:
            return queries.page(flt, 0, PAGE_SIZE, after=after[0].key, reverse=True)[::-1]
        size = min(PAGE_SIZE, self._count - start)
        from_end = self._count - start - size
        if min(start, from_end) >= FAR:  # the middle of a long list, reached by a jump
            if self._months is None:
                self._months = queries.month_counts(flt) or []
            if self._months:
                return queries.page_at(flt, start, PAGE_SIZE, self._months)
        if from_end < start and self._complete:  # nearer the (true) end: read backwards
            return queries.page(flt, from_end, size, reverse=True)[::-1]
        return queries.page(flt, start, PAGE_SIZE)

    @property
    def complete(self) -> bool:
        """Whether ``rowCount`` is every row of the list, not the first ones counted."""
        return self._complete

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        """The view reached the last row counted: count them all (the user asked)."""
        if parent.isValid() or self._complete:
            return
        total = queries.count(self._filter)
        self._complete = True
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()

    def complaint_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SERVED_ROLES or not index.isValid():
            return None
        number = index.row()
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            # The tooltip is the full text: cells are narrow. The texts of a row are made
            # once, not at every repaint.
            texts = self._texts.get(number)
            if texts is None:
                found = self.row_at(number)
                if found is None:
                    return None
                texts = tuple(self._display(found, key) for key, _ in self.COLUMNS)
                if len(self._texts) > PAGE_SIZE * MAX_PAGES:
                    self._texts.clear()
                self._texts[number] = texts
            return texts[index.column()]
        row = self.row_at(number)
        if row is None:
            return None
        key = self.COLUMNS[index.column()][0]
        if row.overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_FG)
            if role == Qt.ItemDataRole.FontRole and key == "due_date":
                return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: queries.Row, key: str) -> str:
        if key == "received_at":
            return labels.datetime(row.received_at)
        if key == "channel":
            return labels.name("channel", row.channel)
        if key == "category":
            return self._tree.label(row.category, labels.language()) if row.category else ""
        if key == "status":
            text = labels.name("status", row.status)
            return self.tr("%1 (overdue)").replace("%1", text) if row.overdue else text
        if key == "due_date":
            if row.first_due is not None:
                return self.tr("%1 (first reply)").replace("%1", labels.date(row.first_due))
            return labels.date(row.due_date)
        if key == "summary":
            return " ".join([*self.marks(row), row.summary])
        if key == "customer_name":
            shown = disclosure.masked_customer(
                self.viewer(), row.handler_id, {"customer_name": row.customer_name}
            )
            return str(shown["customer_name"])
        return str(getattr(row, key))

    def marks(self, row: queries.Row) -> list[str]:
        """What the clerk must see before opening it: extra care, a complaint about staff."""
        marks = []
        if row.vulnerable:
            marks.append(self.tr("[extra care]"))
        if row.about_staff:
            marks.append(self.tr("[about staff]"))
        return marks

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0]
        if key not in queries.SORTABLE:
            return
        self._filter.sort = key
        self._filter.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:  # the view sorts once when it is built: no need to read then
            self.refresh()
