"""The opinion book and suggestion box: entries, box openings, daily reading, numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.book import opinions
from models.core import attachments
from models.core.actors import Actor
from models.core.errors import DomainError
from models.people.branch import get_branch, list_staff
from models.storage.schema import BoxOpening
from models.trust import printed_seal
from models.trust.signatures import root_fingerprint

from ui.book.opinion_form import OpinionForm, kind_names, source_names
from ui.common.date_field import DateField
from ui.common.history_dialog import HistoryDialog, open_history
from ui.common.operations import Op, follow_changes
from ui.common.widgets import NO_SILENT_CUT, show_message
from ui.common.write_gate import mark_writing
from ui.shell import labels
from ui.shell.messages import describe

LIST_LIMIT = 300


class EntriesTab(QWidget):
    promote_requested = Signal(int)
    open_complaint = Signal(int)

    def __init__(
        self, actor_getter: Callable[[], Actor], data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._actor_getter = actor_getter
        self._data_dir = data_dir
        self._entry_id: int | None = None
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(split)
        self.form = OpinionForm(actor_getter, data_dir, split)
        right = QWidget(split)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit(right)
        self.search.setPlaceholderText(self.tr("Search text, name, page..."))
        self.search.setClearButtonEnabled(True)
        self.f_source = QComboBox(right)
        self.f_kind = QComboBox(right)
        self.f_month = QComboBox(right)
        self.f_state = QComboBox(right)
        bar.addWidget(self.search, 2)
        for combo in (self.f_source, self.f_kind, self.f_month, self.f_state):
            bar.addWidget(combo, 1)
        rl.addLayout(bar)
        self.table = QTableWidget(0, 5, right)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Written"),
                self.tr("Source"),
                self.tr("Kind"),
                self.tr("Text"),
                self.tr("State"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            3, self.table.horizontalHeader().ResizeMode.Stretch
        )
        for column, width in ((0, 90), (1, 110), (2, 80), (4, 130)):
            self.table.setColumnWidth(column, width)
        rl.addWidget(self.table, 3)
        self.count = QLabel(right)
        self.count.setObjectName("hint")
        rl.addWidget(self.count)

        detail = QGroupBox(self.tr("Selected entry"), right)
        dl = QVBoxLayout(detail)
        self.detail_text = QLabel(detail)
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dl.addWidget(self.detail_text)
        reply_form = QFormLayout()
        self.reply_text = QPlainTextEdit(detail)
        self.reply_text.setTabChangesFocus(True)
        self.reply_text.setMaximumHeight(70)
        self.reply_method = QComboBox(detail)
        for code, text in (
            ("in_book", self.tr("Written in the book")),
            ("phone", self.tr("By phone")),
            ("in_person", self.tr("In person")),
        ):
            self.reply_method.addItem(text, code)
        self.reply_date = DateField(detail)
        reply_form.addRow(self.tr("Reply"), self.reply_text)
        reply_form.addRow(self.tr("Given"), self.reply_method)
        reply_form.addRow(self.tr("On"), self.reply_date)
        dl.addLayout(reply_form)
        buttons = QHBoxLayout()
        self.reply_button = QPushButton(self.tr("Save reply"), detail)
        self.promote_button = QPushButton(self.tr("Promote to complaint..."), detail)
        self.complaint_button = QPushButton(self.tr("Open the complaint"), detail)
        self.scan_button = QPushButton(self.tr("View scan"), detail)
        self.history_button = QPushButton(self.tr("History"), detail)
        mark_writing(self.reply_button, self.promote_button)
        for button in (
            self.reply_button,
            self.promote_button,
            self.complaint_button,
            self.scan_button,
            self.history_button,
        ):
            buttons.addWidget(button)
        dl.addLayout(buttons)
        self.message = QLabel(detail)
        self.message.setWordWrap(True)
        self.message.hide()
        dl.addWidget(self.message)
        rl.addWidget(detail, 2)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        follow_changes(self, self.reload)  # an entry saved, a reply, a promotion
        self.search.textChanged.connect(self.reload)
        for combo in (self.f_source, self.f_kind, self.f_month, self.f_state):
            combo.currentIndexChanged.connect(self.reload)
        self.table.itemSelectionChanged.connect(self._selected)
        self.reply_button.clicked.connect(self.save_reply)
        self.promote_button.clicked.connect(
            lambda: self._entry_id and self.promote_requested.emit(self._entry_id)
        )
        self.complaint_button.clicked.connect(self._open_complaint)
        self.scan_button.clicked.connect(self._view_scan)
        self.history_button.clicked.connect(self._history)
        self._filling = False
        self._complaint_id: int | None = None
        self._scan_path: Path | None = None

    def refresh(self) -> None:
        self.history_button.setVisible(self._actor_getter().is_manager)  # the audit is a manager's
        self._filling = True
        try:
            self.f_source.clear()
            self.f_source.addItem(self.tr("Any source"), None)
            for code, name in source_names(self).items():
                self.f_source.addItem(name, code)
            self.f_kind.clear()
            self.f_kind.addItem(self.tr("Any kind"), None)
            for code, name in kind_names(self).items():
                self.f_kind.addItem(name, code)
            self.f_month.clear()
            self.f_month.addItem(self.tr("All months"), None)
            for shown, code in labels.recent_months(24):
                self.f_month.addItem(shown, code)
            self.f_state.clear()
            for text, data in (
                (self.tr("Any state"), None),
                (self.tr("Not replied"), "unreplied"),
                (self.tr("Replied"), "replied"),
                (self.tr("Promoted"), "promoted"),
                (self.tr("Not promoted"), "unpromoted"),
            ):
                self.f_state.addItem(text, data)
        finally:
            self._filling = False
        self.form.refresh()
        self.reload()

    def current_filter(self) -> opinions.EntryFilter:
        state = self.f_state.currentData()
        return opinions.EntryFilter(
            source=self.f_source.currentData(),
            kind=self.f_kind.currentData(),
            month=self.f_month.currentData(),
            replied={"replied": True, "unreplied": False}.get(state or ""),
            promoted={"promoted": True, "unpromoted": False}.get(state or ""),
            search=self.search.text().strip(),
        )

    @Slot()
    def reload(self) -> None:
        if self._filling:
            return
        flt = self.current_filter()
        entries = opinions.list_entries(flt, 0, LIST_LIMIT)
        total = opinions.count_entries(flt)
        sources, kinds = source_names(self), kind_names(self)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            state = (
                self.tr("in register")
                if entry.complaint_id
                else (self.tr("replied") if entry.reply_date else self.tr("not replied"))
            )
            for column, text in enumerate(
                (
                    labels.date(entry.written_on),
                    sources[entry.source],
                    kinds[entry.kind],
                    entry.text.replace("\n", " "),
                    state,
                )
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(entry.text if column == 3 else text)
                self.table.setItem(row, column, item)
        shown = self.tr("%1 entries").replace("%1", str(total))
        if total > len(entries):
            shown += " · " + self.tr(
                "showing the newest %1; narrow the filters to see others"
            ).replace("%1", str(len(entries)))
        self.count.setText(shown)
        if self._entry_id is not None:  # keep the open entry's panel current
            self.show_entry(self._entry_id)

    @Slot()
    def _selected(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        self.show_entry(int(items[0].data(Qt.ItemDataRole.UserRole)))

    def show_entry(self, entry_id: int) -> None:
        entry = opinions.get_entry(entry_id)
        self._entry_id = entry.id
        sources, kinds = source_names(self), kind_names(self)
        lines = [
            f"{sources[entry.source]} {entry.page_ref} · {labels.date(entry.written_on)} · {kinds[entry.kind]}",
            entry.text,
        ]
        who = ", ".join(x for x in (entry.name, entry.contact) if x) or self.tr("anonymous")
        lines.append(self.tr("From: %1").replace("%1", who))
        if entry.about_staff_id or entry.about_service:
            about = ", ".join(
                x
                for x in (
                    entry.about_staff.name if entry.about_staff_id and entry.about_staff else "",
                    entry.about_service,
                )
                if x
            )
            lines.append(self.tr("About: %1").replace("%1", about))
        if entry.complaint_id and entry.complaint:
            lines.append(
                self.tr("In the register as %1").replace("%1", entry.complaint.register_no)
            )
        self.detail_text.setText("\n".join(lines))
        self.reply_text.setPlainText(entry.reply_text)
        index = self.reply_method.findData(entry.reply_method)
        self.reply_method.setCurrentIndex(max(index, 0))
        self.reply_date.setDate(entry.reply_date or dt.date.today())
        self._complaint_id = entry.complaint_id
        self.promote_button.setEnabled(entry.complaint_id is None)
        self.complaint_button.setEnabled(entry.complaint_id is not None)
        self._scan_path = (
            attachments.path_of(self._data_dir, entry.scan_file) if entry.scan_file else None
        )
        self.scan_button.setEnabled(self._scan_path is not None)
        self.message.hide()

    @Slot()
    def save_reply(self) -> None:
        if self._entry_id is None:
            return
        try:
            day = self.reply_date.checked("reply_date")
        except DomainError as exc:
            show_message(self.message, describe(exc), error=True)
            return
        actor, entry_id = self._actor_getter(), self._entry_id
        text, method = self.reply_text.toPlainText(), self.reply_method.currentData()
        Op(
            self,
            lambda: opinions.reply(actor, entry_id, text, method, day),  # type: ignore[arg-type]
        ).success(lambda _r: show_message(self.message, self.tr("Reply saved."))).failure(
            self._refused
        ).run()

    def _refused(self, text: str, _exc: BaseException) -> None:
        show_message(self.message, text, error=True)

    def _open_complaint(self) -> None:
        if self._complaint_id is not None:
            self.open_complaint.emit(self._complaint_id)

    def _history(self) -> None:
        if self._entry_id is None:
            return
        if not self._actor_getter().is_manager:
            show_message(
                self.message, self.tr("Only a manager may read the audit history."), error=True
            )
            return
        self.history = HistoryDialog(
            self.tr("History of entry #%1").replace("%1", str(self._entry_id)),
            "opinion_entry",
            self._entry_id,
            self,
        )
        self.history.open()

    def _view_scan(self) -> None:
        if self._scan_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._scan_path)))


class BoxTab(QWidget):
    transcribe = Signal(int)

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_changes(self, self.refresh)  # after a write, here or elsewhere
        self._actor_getter = actor_getter
        outer = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        new = QGroupBox(self.tr("Open the box"), self)
        nf = QFormLayout(new)
        self.witness = QComboBox(new)
        self.witness.setEditable(True)
        self.slips = QSpinBox(new)
        self.slips.setRange(0, 10_000)
        self.open_button = QPushButton(self.tr("Record the opening"), new)
        self.open_button.setObjectName("primary")
        nf.addRow(self.tr("Witness"), self.witness)
        nf.addRow(self.tr("Slips found"), self.slips)
        nf.addRow("", self.open_button)
        schedule = QGroupBox(self.tr("Opening schedule"), new)
        sl = QHBoxLayout(schedule)
        self.days: list[QCheckBox] = []
        for name in (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ):
            box = QCheckBox(name, schedule)
            sl.addWidget(box)
            self.days.append(box)
        self.schedule_button = QPushButton(self.tr("Save"), schedule)
        sl.addWidget(self.schedule_button)
        nf.addRow(schedule)
        self.missed = QLabel(new)
        self.missed.setWordWrap(True)
        nf.addRow(self.missed)
        row.addWidget(new, 2)

        listing = QGroupBox(self.tr("Openings"), self)
        ll = QVBoxLayout(listing)
        self.openings = QListWidget(listing)
        ll.addWidget(self.openings, 1)
        self.count_label = QLabel(listing)
        self.count_label.setWordWrap(True)
        ll.addWidget(self.count_label)
        self.difference = QLineEdit(listing)
        self.difference.setMaxLength(NO_SILENT_CUT)
        self.difference.setPlaceholderText(
            self.tr("If the numbers differ: why (e.g. two slips stapled together)")
        )
        ll.addWidget(self.difference)
        buttons = QHBoxLayout()
        self.transcribe_button = QPushButton(self.tr("Transcribe its slips"), listing)
        self.close_button = QPushButton(self.tr("Close the opening"), listing)
        self.opening_history_button = QPushButton(self.tr("History"), listing)
        mark_writing(
            self.open_button, self.schedule_button, self.transcribe_button, self.close_button
        )
        buttons.addWidget(self.transcribe_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.opening_history_button)
        ll.addLayout(buttons)
        row.addWidget(listing, 3)

        self.open_button.clicked.connect(self.open_box)
        self.schedule_button.clicked.connect(self.save_schedule)
        self.openings.currentItemChanged.connect(self._selected)
        self.transcribe_button.clicked.connect(self._transcribe)
        self.close_button.clicked.connect(self.close_opening)
        self.opening_history_button.clicked.connect(self._opening_history)

    def refresh(self) -> None:
        manager = self._actor_getter().is_manager
        self.schedule_button.setVisible(manager)  # the schedule is a manager's setting
        for day_box in self.days:
            day_box.setEnabled(manager)
        self.opening_history_button.setVisible(manager)
        me = self._actor_getter().name
        self.witness.clear()
        for member in list_staff():
            if member.name != me:
                self.witness.addItem(member.name)
        weekdays = {int(d) for d in get_branch().box_weekdays.split(",") if d.strip().isdigit()}
        for i, box in enumerate(self.days):
            box.setChecked(i in weekdays)
        missed = opinions.missed_openings()
        self.missed.setText(
            self.tr("Missed openings: %1").replace("%1", ", ".join(labels.date(d) for d in missed))
            if missed
            else ""
        )
        self.missed.setObjectName("overdue" if missed else "")
        self.missed.style().unpolish(self.missed)
        self.missed.style().polish(self.missed)
        keep = self.selected_id()
        self.openings.clear()
        for opening in BoxOpening.select().order_by(BoxOpening.opened_at.desc()).limit(100):
            entered = opinions.slips_entered(opening.id)
            state = self.tr("closed") if opening.closed_at else self.tr("open")
            text = self.tr("%1 · by %2, witness %3 · counted %4, entered %5 · %6")
            for key, value in (
                ("%1", labels.datetime(opening.opened_at)),
                ("%2", opening.opened_by),
                ("%3", opening.witness),
                ("%4", str(opening.slips_found)),
                ("%5", str(entered)),
                ("%6", state),
            ):
                text = text.replace(key, value)
            item = QListWidgetItem(text, self.openings)
            item.setData(Qt.ItemDataRole.UserRole, opening.id)
            if opening.id == keep:
                self.openings.setCurrentItem(item)
        self._selected()

    def selected_id(self) -> int | None:
        item = self.openings.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @Slot()
    def _selected(self) -> None:
        opening_id = self.selected_id()
        opening = BoxOpening.get_or_none(BoxOpening.id == opening_id) if opening_id else None
        self.transcribe_button.setEnabled(opening is not None and opening.closed_at is None)
        self.close_button.setEnabled(opening is not None and opening.closed_at is None)
        if opening is None:
            self.count_label.clear()
            return
        entered = opinions.slips_entered(opening.id)
        if entered == opening.slips_found:
            self.count_label.setText(
                self.tr("All %1 slips are entered.").replace("%1", str(entered))
            )
            self.count_label.setObjectName("okBox")
        else:
            self.count_label.setText(
                self.tr("%1 slips were counted but %2 are entered.")
                .replace("%1", str(opening.slips_found))
                .replace("%2", str(entered))
            )
            self.count_label.setObjectName("errorBox")
        self.count_label.style().unpolish(self.count_label)
        self.count_label.style().polish(self.count_label)

    @Slot()
    def open_box(self) -> None:
        actor, witness, slips = self._actor_getter(), self.witness.currentText(), self.slips.value()
        Op(self, lambda: opinions.open_box(actor, witness=witness, slips_found=slips)).success(
            self._opened
        ).failure(self._refused).run()

    def _opened(self, opening: BoxOpening) -> None:
        show_message(self.message, self.tr("Opening recorded. Now transcribe its slips."))
        self.transcribe.emit(opening.id)

    def _refused(self, text: str, _exc: BaseException) -> None:
        show_message(self.message, text, error=True)

    @Slot()
    def save_schedule(self) -> None:
        actor, days = (
            self._actor_getter(),
            [i for i, box in enumerate(self.days) if box.isChecked()],
        )
        Op(self, lambda: opinions.set_box_schedule(actor, days)).success(
            lambda _r: show_message(self.message, self.tr("Schedule saved."))
        ).failure(self._refused).run()

    def _transcribe(self) -> None:
        if self.selected_id() is not None:
            self.transcribe.emit(self.selected_id())

    def _opening_history(self) -> None:
        opening_id = self.selected_id()
        if opening_id is None:
            return
        self.history = open_history(
            self, self._actor_getter(), self.tr("History of the opening"), "box_opening", opening_id
        )
        if self.history is None:
            show_message(
                self.message, self.tr("Only a manager may read the audit history."), error=True
            )

    @Slot()
    def close_opening(self) -> None:
        opening_id = self.selected_id()
        if opening_id is None:
            return
        actor, difference = self._actor_getter(), self.difference.text()
        Op(self, lambda: opinions.close_opening(actor, opening_id, difference)).success(
            self._closed
        ).failure(self._refused).run()

    def _closed(self, _result: object) -> None:
        self.difference.clear()
        show_message(self.message, self.tr("Opening closed."))


class ReadingTab(QWidget):
    signed = Signal()

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_changes(self, self.refresh)  # after a write, here or elsewhere
        self._actor_getter = actor_getter
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The branch head, or a manager standing in, reads the opinion book every "
                "day and signs it here."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        outer.addWidget(intro)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.today_button = QPushButton(self.tr("I have read today's entries: sign"), self)
        self.today_button.setObjectName("primary")
        outer.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(QLabel(self.tr("Days in the last two weeks without a sign-off:"), self))
        self.days = QListWidget(self)
        outer.addWidget(self.days, 1)
        self.day_button = QPushButton(self.tr("Sign the selected day"), self)
        mark_writing(self.today_button, self.day_button)
        outer.addWidget(self.day_button, 0, Qt.AlignmentFlag.AlignLeft)
        # What was signed, and when: a day signed after the next day was not read on time,
        # and the list says so instead of letting the signature pass for a daily reading.
        outer.addWidget(QLabel(self.tr("Signed in the last two weeks:"), self))
        self.signed_list = QListWidget(self)
        self.signed_list.setObjectName("signoffs")
        outer.addWidget(self.signed_list, 1)
        self.today_button.clicked.connect(lambda: self.sign(dt.date.today()))
        self.day_button.clicked.connect(self._sign_selected)

    def refresh(self) -> None:
        # Signing the reading is the branch head's or a manager's: a clerk sees the days.
        manager = self._actor_getter().is_manager
        self.today_button.setVisible(manager)
        self.day_button.setVisible(manager)
        self.days.clear()
        for day in reversed(opinions.unsigned_days()):
            item = QListWidgetItem(labels.date(day), self.days)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.signed_list.clear()
        for signoff in opinions.signoffs():
            text = (
                self.tr("%1: signed by %2 on %3")
                .replace("%1", labels.date(signoff.day))
                .replace("%2", signoff.signed_by)
                .replace("%3", labels.datetime(signoff.signed_at))
            )
            seal = printed_seal.Seal.from_json(signoff.seal) if signoff.seal else None
            if seal is not None and seal.signature:
                text += "  ·  " + self.tr("sealed: branch key %1, audit trail entry #%2").replace(
                    "%1", seal.root
                ).replace("%2", str(seal.head_id))
            item = QListWidgetItem(text, self.signed_list)
            if opinions.signed_late(signoff):
                item.setText(
                    text
                    + "  ·  "
                    + self.tr("LATE: %1 days after the day read").replace(
                        "%1", str((signoff.signed_at.date() - signoff.day).days)
                    )
                )
                item.setForeground(Qt.GlobalColor.darkRed)
                item.setData(Qt.ItemDataRole.UserRole, "late")

    def sign(self, day: dt.date) -> None:
        actor = self._actor_getter()
        Op(self, lambda: opinions.sign_read(actor, day)).success(
            lambda _r: self._signed(day)
        ).failure(lambda text, _exc: show_message(self.message, text, error=True)).run()

    def _signed(self, day: dt.date) -> None:
        show_message(
            self.message,
            self.tr(
                "Signed for %1. Branch key %2: it must match the key printed on the signed "
                "monthly registers."
            )
            .replace("%1", labels.date(day))
            .replace("%2", root_fingerprint() or "—"),
        )
        self.signed.emit()

    def _sign_selected(self) -> None:
        item = self.days.currentItem()
        if item is not None:
            self.sign(dt.date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)))


class NumbersTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        follow_changes(self, self.refresh)  # after a write, here or elsewhere
        outer = QVBoxLayout(self)
        self.month = QComboBox(self)
        outer.addWidget(self.month, 0, Qt.AlignmentFlag.AlignLeft)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        outer.addWidget(self.figures)
        outer.addWidget(QLabel(self.tr("Praise by staff member:"), self))
        self.praise = QTableWidget(0, 2, self)
        self.praise.setHorizontalHeaderLabels([self.tr("Staff member"), self.tr("Praise")])
        self.praise.verticalHeader().setVisible(False)
        self.praise.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.praise.horizontalHeader().setStretchLastSection(True)
        self.praise.setColumnWidth(0, 260)
        outer.addWidget(self.praise, 1)
        self.month.currentIndexChanged.connect(self.show_month)

    def refresh(self) -> None:
        self.month.blockSignals(True)
        self.month.clear()
        for shown, code in labels.recent_months(24):
            self.month.addItem(shown, code)
        self.month.blockSignals(False)
        self.show_month()

    @Slot()
    def show_month(self) -> None:
        month = self.month.currentData()
        if not month:
            return
        f = opinions.month_figures(month)
        kinds = kind_names(self)
        lines = [
            self.tr("Entries: %1 (%2)")
            .replace("%1", str(f.total))
            .replace("%2", ", ".join(f"{kinds[k]} {n}" for k, n in f.by_kind.items())),
            self.tr("Promoted to complaints: %1").replace("%1", str(f.promoted)),
            self.tr("Replied: %1 (%2 of those needing a reply)")
            .replace("%1", str(f.replied))
            .replace("%2", f"{f.reply_rate:.0%}" if f.reply_rate is not None else "—"),
            self.tr("Days read and signed on time: %1 of %2")
            .replace("%1", str(f.days_read))
            .replace("%2", str(f.days_in_month)),
            self.tr("Days signed late (not counted as read): %1").replace(
                "%1", str(f.days_signed_late)
            ),
            self.tr("Suggestion box openings: %1").replace("%1", str(f.openings)),
        ]
        self.figures.setText("\n".join(lines))
        rows = opinions.praise_by_staff(month)
        self.praise.setRowCount(len(rows))
        for i, (name, n) in enumerate(rows):
            self.praise.setItem(i, 0, QTableWidgetItem(name))
            self.praise.setItem(i, 1, QTableWidgetItem(str(n)))


class OpinionsView(QWidget):
    promote_requested = Signal(int)
    open_complaint = Signal(int)
    changed = Signal()

    def __init__(
        self, actor_getter: Callable[[], Actor], data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Opinion book and suggestion box"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        self.tabs = QTabWidget(self)
        self.entries = EntriesTab(actor_getter, data_dir, self.tabs)
        self.box = BoxTab(actor_getter, self.tabs)
        self.reading = ReadingTab(actor_getter, self.tabs)
        self.numbers = NumbersTab(self.tabs)
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.tabs.addTab(self.box, self.tr("Suggestion box"))
        self.tabs.addTab(self.reading, self.tr("Daily reading"))
        self.tabs.addTab(self.numbers, self.tr("Numbers and praise"))
        outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.entries.promote_requested.connect(self.promote_requested)
        self.entries.open_complaint.connect(self.open_complaint)
        self.box.transcribe.connect(self._transcribe)
        self.reading.signed.connect(self.changed)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.entries:
            self.entries.refresh()
        elif page is self.box:
            self.box.refresh()
        elif page is self.reading:
            self.reading.refresh()
        else:
            self.numbers.refresh()

    @Slot(int)
    def _transcribe(self, opening_id: int) -> None:
        self.tabs.setCurrentWidget(self.entries)
        self.entries.form.use_opening(opening_id)
