"""The home view: what needs attention today, at a glance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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

from models.book import opinions
from models.core.actors import Actor
from models.counter import guided
from models.register import disclosure, lifecycle, queries, systemic

from ui.common.operations import Op
from ui.shell import labels


class HomeView(QWidget):
    open_complaint = Signal(int)
    new_complaint = Signal()
    open_opinions = Signal()

    def __init__(
        self,
        actor_getter: Callable[[], Actor],
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._actor_getter = actor_getter
        self._approvals_asked = 0  # the newest reading of the approvals list wins
        self.today = today  # the day Home is about (a test can look at another)
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
            lst.itemClicked.connect(self._activated)
            inner.addWidget(lst)
            self.lists[key] = lst
            grid.addWidget(box, 0, col)
        # A manager's own work: requests for more time that wait for their approval.
        self.approvals_box = QGroupBox(
            self.tr("Waiting for you: more time, root-cause tasks"), self
        )
        inner = QVBoxLayout(self.approvals_box)
        self.approvals = QListWidget(self.approvals_box)
        self.approvals.setObjectName("list_approvals")
        self.approvals.setWordWrap(True)
        self.approvals.setSpacing(3)
        self.approvals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.approvals.itemActivated.connect(self._activated)
        self.approvals.itemClicked.connect(self._activated)
        inner.addWidget(self.approvals)
        grid.addWidget(self.approvals_box, 0, 3)
        outer.addLayout(grid, 1)

        bottom = QHBoxLayout()
        appointments = QGroupBox(self.tr("Appointments booked with customers"), self)
        inner = QVBoxLayout(appointments)
        self.appointments = QListWidget(appointments)
        self.appointments.setObjectName("appointments")
        self.appointments.setMaximumHeight(110)
        self.appointments.itemActivated.connect(self._activated)
        self.appointments.itemClicked.connect(self._activated)
        inner.addWidget(self.appointments)
        counter = QGroupBox(self.tr("At the counter this month"), self)
        inner = QVBoxLayout(counter)
        self.counter_stats = QLabel(counter)
        self.counter_stats.setObjectName("counterStats")
        self.counter_stats.setWordWrap(True)
        inner.addWidget(self.counter_stats)
        inner.addStretch(1)
        book = QGroupBox(self.tr("Opinion book and suggestion box"), self)
        inner = QVBoxLayout(book)
        self.book_flags = QListWidget(book)
        self.book_flags.setObjectName("bookFlags")
        self.book_flags.setMaximumHeight(110)
        self.book_flags.setWordWrap(True)
        self.book_flags.itemActivated.connect(lambda _item: self.open_opinions.emit())
        inner.addWidget(self.book_flags)
        bottom.addWidget(appointments, 1)
        bottom.addWidget(counter, 1)
        bottom.addWidget(book, 1)
        outer.addLayout(bottom)

    def refresh(self) -> None:
        # The figures count every complaint, not only the first rows each list shows, and
        # "received this month" leaves void entries out, as the printed register does.
        figures = queries.home_figures(self.today())
        self.figure_labels["overdue"].setText(str(figures.overdue_count))
        self.figure_labels["due_today"].setText(str(figures.due_today_count))
        self.figure_labels["due_this_week"].setText(str(figures.due_this_week_count))
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
                which, day = row.next_date()
                if which == "first_reply":
                    due = self.tr("first reply by %1").replace("%1", labels.date(day))
                elif which == "promised":
                    due = self.tr("promised to the customer for %1").replace("%1", labels.date(day))
                else:
                    due = labels.date(day)
                marks = []
                if row.vulnerable:
                    marks.append(self.tr("[extra care]"))
                if row.about_staff:
                    marks.append(self.tr("[about staff]"))
                text = f"{row.register_no}  ·  {due}\n{' '.join([*marks, row.summary])}"
                item = QListWidgetItem(text, lst)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                name = disclosure.masked_customer(
                    self._actor_getter(), row.handler_id, {"customer_name": row.customer_name}
                )["customer_name"]
                item.setToolTip(f"{name} · {labels.name('status', row.status)} · {row.handler}")
            if not rows:
                empty = QListWidgetItem(self.tr("Nothing here."), lst)
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
        self._refresh_approvals()
        self._refresh_counter()

    def _refresh_approvals(self) -> None:
        """Requests for more time this manager may approve (not their own, not on a
        complaint about them) and root-cause tasks asked for; the list is not there for a
        clerk. Read off the GUI thread (on a busy register the month's open complaints are
        thousands): the window shows at once and the list follows."""
        actor = self._actor_getter()
        self.approvals_box.setVisible(actor.is_manager)
        self._approvals_asked += 1
        if not actor.is_manager:
            self.approvals.clear()
            return
        asked, today = self._approvals_asked, self.today()

        def read() -> tuple[list[lifecycle.ExtensionRequest], list[systemic.RootCauseAsk]]:
            return lifecycle.pending_extensions(actor), systemic.waiting_root_cause(today)

        Op(self, read, writes=False, quiet=True).success(
            lambda found: self._show_approvals(*found) if asked == self._approvals_asked else None
        ).run()

    def _show_approvals(
        self, requests: list[lifecycle.ExtensionRequest], asks: list[systemic.RootCauseAsk]
    ) -> None:
        self.approvals.clear()
        for request in requests:
            text = (
                self.tr("%1  ·  asked by %2")
                .replace("%1", request.register_no)
                .replace("%2", request.asked_by)
                + f"\n{request.summary}"
            )
            item = QListWidgetItem(text, self.approvals)
            item.setData(Qt.ItemDataRole.UserRole, request.complaint_id)
            item.setToolTip(
                self.tr("Asked %1, reply due %2: %3")
                .replace("%1", labels.datetime(request.asked_at))
                .replace("%2", labels.date(request.due_date))
                .replace("%3", request.reason)
            )
        for ask in asks:
            why = (
                self.tr("%1 alike in 7 days").replace("%1", str(ask.alike))
                if ask.reason == "burst"
                else self.tr("scope: %1").replace("%1", labels.name("scope", ask.reason))
            )
            text = (
                self.tr("%1  ·  root-cause task asked (%2)")
                .replace("%1", ask.register_no)
                .replace("%2", why)
                + f"\n{ask.summary}"
            )
            item = QListWidgetItem(text, self.approvals)
            item.setData(Qt.ItemDataRole.UserRole, ask.complaint_id)
            item.setToolTip(self.tr("Open it to see the complaints alike and open the task."))
        if self.approvals.count() == 0:
            empty = QListWidgetItem(self.tr("Nothing here."), self.approvals)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def _refresh_book(self) -> None:
        self.book_flags.clear()
        flags: list[str] = []
        signs = self._actor_getter().is_manager  # the reading is a manager's to sign
        if signs and self.today() in opinions.unsigned_days(self.today(), lookback=1):
            flags.append(self.tr("Today's reading of the opinion book is not signed yet."))
        waiting = opinions.count_flagged()
        if waiting:
            flags.append(
                self.tr(
                    "%1 complaint(s) from the book or box not answered or registered within 3 days."
                ).replace("%1", str(waiting))
            )
        missed = opinions.missed_openings()
        if missed:
            flags.append(
                self.tr("Suggestion box opening missed: %1").replace(
                    "%1", ", ".join(labels.date(d) for d in missed)
                )
            )
        for text in flags:
            item = QListWidgetItem(text, self.book_flags)
            item.setForeground(Qt.GlobalColor.darkRed)
        if not flags:
            done = QListWidgetItem(
                self.tr("All read, answered and opened on time."), self.book_flags
            )
            done.setFlags(Qt.ItemFlag.NoItemFlags)

    def _refresh_counter(self) -> None:
        self._refresh_book()
        self.appointments.clear()
        for appointment in guided.upcoming_appointments():
            who = (
                appointment.complaint.register_no
                if appointment.complaint_id and appointment.complaint
                else self.tr("no complaint yet")
            )
            text = f"{labels.datetime(appointment.at)}  ·  {appointment.with_name}  ·  {who}"
            item = QListWidgetItem(text, self.appointments)
            item.setData(Qt.ItemDataRole.UserRole, appointment.complaint_id)
        if self.appointments.count() == 0:
            empty = QListWidgetItem(self.tr("No appointments ahead."), self.appointments)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        figures = guided.stats(dt.date.today().strftime("%Y%m"))
        lines = [self.tr("Checklist runs: %1").replace("%1", str(figures.runs))]
        if figures.runs:
            lines.append(
                self.tr("Changed person %1, place %2, time %3; safety exits %4")
                .replace("%1", str(figures.rungs[0]))
                .replace("%2", str(figures.rungs[1]))
                .replace("%3", str(figures.rungs[2]))
                .replace("%4", str(figures.safety_exits))
            )
            if figures.median_seconds_to_calm is not None:
                minutes = figures.median_seconds_to_calm / 60
                lines.append(self.tr("Median time to calm: %1 min").replace("%1", f"{minutes:.1f}"))
            if figures.most_skipped:
                checklist = guided.active_checklist()
                skipped = ", ".join(
                    f"{checklist.step(step).text('title', labels.language()) if step in checklist.step_ids else step} ({n})"
                    for step, n in figures.most_skipped
                )
                lines.append(self.tr("Most skipped steps: %1").replace("%1", skipped))
        self.counter_stats.setText("\n".join(lines))

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        """A click on a line opens its complaint (Enter and a double click do too; the
        second click of a double click finds Home already left and does nothing)."""
        complaint_id = item.data(Qt.ItemDataRole.UserRole)
        if complaint_id and self.isVisible():
            self.open_complaint.emit(int(complaint_id))
