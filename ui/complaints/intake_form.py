"""The intake form: a complaint recorded while the customer is still at the counter.

Keyboard first: the tab order follows the paper form, Ctrl+S saves, Esc asks before
discarding. The form autosaves a draft every few seconds so a crash loses nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QDateTime, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.core.actors import Actor
from models.core.errors import (
    ConcurrentEdit,
    DatabaseUnavailable,
    DomainError,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from models.core.text import LIMITS
from models.core.vocab import CHANNELS, SCOPES, SEVERITIES
from models.people.branch import list_staff
from models.register.complaints import (
    ComplaintForm,
    create_complaint,
    due_dates,
    form_of,
    get_complaint,
    merge_edits,
    update_complaint,
)
from models.storage import drafts
from models.storage.db import ConnectionLost
from models.storage.schema import Complaint

from ui.common.conflict_panel import ConflictPanel
from ui.common.date_field import DateField
from ui.common.operations import Op, busy
from ui.common.widgets import (
    NO_SILENT_CUT,
    CountedLineEdit,
    CountedTextEdit,
    form_label,
    mark_invalid,
    set_combo_data,
)
from ui.common.write_gate import mark_writing
from ui.shell import labels
from ui.shell.messages import describe

DRAFT_FORM = drafts.INTAKE_FORM


def _to_qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(value)  # type: ignore[call-overload]  # PySide6 converts Python dates; its stubs omit it


def _from_qdt(value: QDateTime) -> dt.datetime:
    return cast(dt.datetime, value.toPython()).replace(microsecond=0)


class IntakeForm(QWidget):
    """New complaint, or editing the intake fields of a saved one."""

    saved = Signal(int)
    discarded = Signal()

    def __init__(self, actor_getter: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor_getter = actor_getter
        self._editing: tuple[int, int] | None = None  # (complaint id, version)
        self._base: ComplaintForm | None = None
        self._creator: Callable[[Actor, ComplaintForm], Complaint] | None = None
        self._dirty = False
        self._loading = False
        self._build()
        self._autosave = QTimer(self)
        self._autosave.setInterval(3000)
        self._autosave.timeout.connect(self.save_draft)
        self._autosave.start()
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            self._save_if_offered,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.ask_discard,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.reset()

    # -- building ------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        outer.addWidget(self.title)
        self.error_box = QLabel(self)
        self.error_box.setObjectName("errorBox")
        self.error_box.setWordWrap(True)
        self.error_box.hide()
        outer.addWidget(self.error_box)
        self.conflicts = ConflictPanel(self)  # after an edit conflict: theirs and mine
        self.conflicts.decided.connect(self._take_decision)
        outer.addWidget(self.conflicts)
        self.decided_note = QLabel(
            self.tr("Every field you both changed is decided: check the form and save (Ctrl+S)."),
            self,
        )
        self.decided_note.setObjectName("infoBox")
        self.decided_note.setWordWrap(True)
        self.decided_note.hide()
        outer.addWidget(self.decided_note)
        # What the form was filled from says more than its fields hold (the guide's moves
        # and the appointment it booked): shown above the form, saved with the run.
        self.context_note = QLabel(self)
        self.context_note.setObjectName("hint")
        self.context_note.setWordWrap(True)
        self.context_note.hide()
        outer.addWidget(self.context_note)

        scroll = self.scroll_area = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addWidget(scroll, 1)

        # Receipt and customer, left column.
        receipt = QGroupBox(self.tr("Receipt"), body)
        f = QFormLayout(receipt)
        self.received_at = DateField(receipt, with_time=True)
        self.channel = QComboBox(receipt)
        f.addRow(self._req(self.tr("Received")), self.received_at)
        f.addRow(self._req(self.tr("Channel")), self.channel)

        customer = QGroupBox(self.tr("Customer"), body)
        f2 = QFormLayout(customer)
        self.customer_name = QLineEdit(customer)
        self.customer_name.setMaxLength(NO_SILENT_CUT)
        self.customer_phone = QLineEdit(customer)
        self.customer_phone.setMaxLength(NO_SILENT_CUT)
        self.customer_id_no = QLineEdit(customer)
        self.customer_id_no.setMaxLength(NO_SILENT_CUT)
        self.vulnerable = QCheckBox(self.tr("Needs extra care (vulnerable customer)"), customer)
        self.vulnerable_note = QLineEdit(customer)
        self.vulnerable_note.setMaxLength(NO_SILENT_CUT)
        self.vulnerable_note.setPlaceholderText(self.tr("What help the customer needs"))
        f2.addRow(self.tr("Name"), self.customer_name)
        f2.addRow(self.tr("Phone"), self.customer_phone)
        f2.addRow(self.tr("ID or account no."), self.customer_id_no)
        f2.addRow("", self.vulnerable)
        f2.addRow(self.tr("Care note"), self.vulnerable_note)

        # Classification, right column.
        kind = QGroupBox(self.tr("Classification"), body)
        f3 = QFormLayout(kind)
        self.category_top = QComboBox(kind)
        self.category_child = QComboBox(kind)
        self.cause = QComboBox(kind)
        self.scope = QComboBox(kind)
        self.severity = QComboBox(kind)
        self.subject_staff = QComboBox(kind)
        self.subject_text = QLineEdit(kind)
        self.subject_text.setMaxLength(NO_SILENT_CUT)
        self.subject_text.setPlaceholderText(self.tr("Service, product or counter concerned"))
        f3.addRow(self._req(self.tr("Category")), self.category_top)
        f3.addRow(self.tr("Subcategory"), self.category_child)
        f3.addRow(self.tr("Cause"), self.cause)
        f3.addRow(self._req(self.tr("Scope")), self.scope)
        f3.addRow(self._req(self.tr("Severity")), self.severity)
        f3.addRow(self.tr("Staff complained about"), self.subject_staff)
        f3.addRow(self.tr("Service concerned"), self.subject_text)

        # The complaint itself, full width.
        what = QGroupBox(self.tr("The complaint"), body)
        f4 = QFormLayout(what)
        self.summary = CountedLineEdit(LIMITS["summary"], what)
        self.summary.edit.setPlaceholderText(self.tr("One line: what went wrong"))
        self.description = CountedTextEdit(LIMITS["description"], what)
        self.description.edit.setPlaceholderText(
            self.tr("What the customer said happened, in their words")
        )
        self.description.setMinimumHeight(110)
        self.desired_outcome = CountedTextEdit(LIMITS["desired_outcome"], what)
        self.desired_outcome.edit.setPlaceholderText(self.tr("Ask: what would you like us to do?"))
        self.desired_outcome.setMinimumHeight(70)
        f4.addRow(self._req(self.tr("Summary")), self.summary)
        f4.addRow(self.tr("Description"), self.description)
        f4.addRow(self._req(self.tr("Outcome the customer wants")), self.desired_outcome)

        handling = QGroupBox(self.tr("Handling"), body)
        f5 = QFormLayout(handling)
        promised_row = QHBoxLayout()
        self.promised_set = QCheckBox(self.tr("Promised to the customer by"), handling)
        self.promised_at = DateField(handling, with_time=True)
        promised_row.addWidget(self.promised_set)
        promised_row.addWidget(self.promised_at, 1)
        self.handler = QComboBox(handling)
        self.due_label = QLabel(handling)
        self.due_label.setObjectName("dueLabel")
        f5.addRow(self.tr("Completion time"), promised_row)
        f5.addRow(self.tr("Handler"), self.handler)
        f5.addRow(self.tr("Reply due"), self.due_label)

        grid.addWidget(receipt, 0, 0)
        grid.addWidget(customer, 1, 0)
        grid.addWidget(kind, 0, 1, 2, 1)
        grid.addWidget(what, 2, 0, 1, 2)
        grid.addWidget(handling, 3, 0, 1, 2)

        buttons = QHBoxLayout()
        self.draft_label = QLabel(self)
        self.draft_label.setObjectName("hint")
        self.discard_button = QPushButton(self.tr("Discard (Esc)"), self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.save_button.setDefault(True)
        self.save_button.setObjectName("primary")
        mark_writing(self.save_button)
        buttons.addWidget(self.draft_label, 1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.fields: dict[str, QWidget] = {
            "received_at": self.received_at,
            "channel": self.channel,
            "customer_name": self.customer_name,
            "customer_phone": self.customer_phone,
            "customer_id_no": self.customer_id_no,
            "vulnerable_note": self.vulnerable_note,
            "category": self.category_top,
            "cause": self.cause,
            "scope": self.scope,
            "severity": self.severity,
            "subject_staff_id": self.subject_staff,
            "subject_text": self.subject_text,
            "summary": self.summary,
            "description": self.description,
            "desired_outcome": self.desired_outcome,
            "promised_at": self.promised_at,
            "handler_id": self.handler,
        }
        order = [
            self.received_at,
            self.channel,
            self.customer_name,
            self.customer_phone,
            self.customer_id_no,
            self.vulnerable,
            self.vulnerable_note,
            self.category_top,
            self.category_child,
            self.cause,
            self.scope,
            self.severity,
            self.subject_staff,
            self.subject_text,
            self.summary.edit,
            self.description.edit,
            self.desired_outcome.edit,
            self.promised_set,
            self.promised_at,
            self.handler,
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        for edit in (
            self.customer_name,
            self.customer_phone,
            self.customer_id_no,
            self.vulnerable_note,
            self.subject_text,
        ):
            edit.textChanged.connect(self._changed)
        self.summary.textChanged.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.desired_outcome.textChanged.connect(self._changed)
        for combo in (
            self.channel,
            self.cause,
            self.scope,
            self.severity,
            self.subject_staff,
            self.handler,
            self.category_child,
        ):
            combo.currentIndexChanged.connect(self._changed)
        self.subject_staff.currentIndexChanged.connect(self._subject_changed)
        self.category_top.currentIndexChanged.connect(self._top_category_changed)
        self.vulnerable.toggled.connect(self._changed)
        self.promised_set.toggled.connect(self._promised_toggled)
        self.received_at.dateTimeChanged.connect(self._changed)
        self.promised_at.dateTimeChanged.connect(self._changed)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.ask_discard)

    def _subject_changed(self) -> None:
        """A clerk naming themselves leaves the complaint for a manager to assign (nobody
        handles a complaint about themselves); naming someone else makes it theirs again."""
        if self._loading or self._editing is not None or self._is_manager():
            return
        me = self._signed_in_id()
        about_me = me is not None and self.subject_staff.currentData() == me
        set_combo_data(self.handler, None if about_me else me)

    def _is_manager(self) -> bool:
        try:
            return self.actor().is_manager
        except PermissionDenied:
            return False

    def _req(self, text: str) -> QLabel:
        label = QLabel(f"{text} <span style='color:#b3261e'>*</span>")
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # -- choices -------------------------------------------------------------
    def _fill_choices(self) -> None:
        self._loading = True
        try:
            self.channel.clear()
            self.channel.addItem(self.tr("- choose -"), "")
            for code in CHANNELS:
                self.channel.addItem(labels.name("channel", code), code)
            self.scope.clear()
            for code in SCOPES:
                self.scope.addItem(labels.name("scope", code), code)
            self.severity.clear()
            for code in SEVERITIES:
                self.severity.addItem(labels.name("severity", code), code)
            try:
                tree = labels.category_tree()
                staff = list_staff()
            except (ConnectionLost, DatabaseUnavailable):
                # The branch server is away: a new form is still offered (it is kept as a
                # draft on this PC) with the lists it had; they are read again later.
                self._fill_children(self.category_top.currentData() or "")
                return
            self.category_top.clear()
            self.category_top.addItem(self.tr("- choose -"), "")
            for cat in tree.top:
                self.category_top.addItem(cat.name(labels.language()), cat.code)
            self.cause.clear()
            self.cause.addItem(self.tr("(not yet known)"), "")
            for cause in tree.causes:
                self.cause.addItem(cause.name(labels.language()), cause.code)
            self.subject_staff.clear()
            self.subject_staff.addItem(self.tr("(nobody named)"), None)
            self.handler.clear()
            self.handler.addItem(self.tr("(not assigned)"), None)
            for member in staff:
                self.subject_staff.addItem(member.name, member.id)
                self.handler.addItem(member.name, member.id)
            self._fill_children("")
        finally:
            self._loading = False

    def _fill_children(self, top: str) -> None:
        self.category_child.clear()
        self.category_child.addItem(self.tr("(general)"), top)
        if top:
            for kid in labels.category_tree().children.get(top, ()):
                self.category_child.addItem(kid.name(labels.language()), kid.code)
        self.category_child.setEnabled(bool(top))

    @Slot()
    def _top_category_changed(self) -> None:
        self._fill_children(self.category_top.currentData() or "")
        self._changed()

    @Slot(bool)
    def _promised_toggled(self, on: bool) -> None:
        self.promised_at.setEnabled(on)
        self._changed()

    # -- state ---------------------------------------------------------------
    @Slot()
    def _changed(self, *_: object) -> None:
        if self._loading:
            return
        self._dirty = True
        self._update_due()

    def is_dirty(self) -> bool:
        return self._dirty

    def start_prefilled(
        self,
        form: ComplaintForm,
        creator: Callable[[Actor, ComplaintForm], Complaint] | None = None,
        context: str = "",
    ) -> None:
        """A new complaint filled from elsewhere (a checklist run, an opinion entry).

        ``creator`` records it instead of a plain create, e.g. creating and linking in one
        transaction; it is forgotten once the form is saved or discarded.
        """
        self.reset()
        self.set_form(form)
        self._creator = creator
        self._dirty = True
        if context:
            self.context_note.setText(context)
            self.context_note.show()

    def _update_due(self) -> None:
        if not self.channel.currentData() or not self.category_top.currentData():
            self.due_label.setText(self.tr("shown once channel and category are chosen"))
            return
        try:
            received = self.received_at.value()
            if not isinstance(received, dt.datetime):
                self.due_label.setText("")
                return
            due = due_dates(received.date())
        except DomainError as exc:
            self.due_label.setText(describe(exc))
            return
        text = labels.date(due.due)
        if due.first:
            text = (
                self.tr("%1 (first reply by %2)")
                .replace("%1", text)
                .replace("%2", labels.date(due.first))
            )
        self.due_label.setText(text)

    def _signed_in_id(self) -> int | None:
        """Who is signed in, or None while the screen is locked."""
        try:
            return self.actor().staff_id
        except PermissionDenied:
            return None

    def actor(self) -> Actor:
        return self._actor_getter()

    def form(self) -> ComplaintForm:
        return ComplaintForm(
            received_at=self._moment(self.received_at),
            channel=self.channel.currentData() or "",
            customer_name=self.customer_name.text(),
            customer_phone=self.customer_phone.text(),
            customer_id_no=self.customer_id_no.text(),
            vulnerable=self.vulnerable.isChecked(),
            vulnerable_note=self.vulnerable_note.text(),
            category=self.category_child.currentData() or self.category_top.currentData() or "",
            cause=self.cause.currentData() or "",
            scope=self.scope.currentData() or "",
            severity=self.severity.currentData() or "",
            subject_staff_id=self.subject_staff.currentData(),
            subject_text=self.subject_text.text(),
            summary=self.summary.text(),
            description=self.description.text(),
            desired_outcome=self.desired_outcome.text(),
            promised_at=self._moment(self.promised_at) if self.promised_set.isChecked() else None,
            handler_id=self.handler.currentData(),
        )

    @staticmethod
    def _moment(field: DateField) -> dt.datetime | None:
        found = field.value()
        return found if isinstance(found, dt.datetime) else None

    def set_form(self, form: ComplaintForm) -> None:
        self._loading = True
        try:
            self.received_at.setDateTime(_to_qdt(form.received_at or dt.datetime.now()))
            set_combo_data(self.channel, form.channel)
            self.customer_name.setText(form.customer_name)
            self.customer_phone.setText(form.customer_phone)
            self.customer_id_no.setText(form.customer_id_no)
            self.vulnerable.setChecked(form.vulnerable)
            self.vulnerable_note.setText(form.vulnerable_note)
            top = form.category.split(".", 1)[0] if form.category else ""
            set_combo_data(self.category_top, top)
            self._fill_children(top)
            set_combo_data(self.category_child, form.category or top)
            set_combo_data(self.cause, form.cause)
            set_combo_data(self.scope, form.scope or "point")
            set_combo_data(self.severity, form.severity or "medium")
            set_combo_data(self.subject_staff, form.subject_staff_id)
            self.subject_text.setText(form.subject_text)
            self.summary.setText(form.summary)
            self.description.setText(form.description)
            self.desired_outcome.setText(form.desired_outcome)
            self.promised_set.setChecked(form.promised_at is not None)
            self.promised_at.setEnabled(form.promised_at is not None)
            self.promised_at.setDateTime(
                _to_qdt(form.promised_at or dt.datetime.now() + dt.timedelta(days=1))
            )
            set_combo_data(self.handler, form.handler_id)
        finally:
            self._loading = False
        self._update_due()

    def reset(self) -> None:
        """An empty new-complaint form; the handler defaults to whoever is working."""
        self._editing = None
        self._creator = None
        self._fill_choices()
        self.title.setText(self.tr("New complaint"))
        self.set_form(ComplaintForm(handler_id=self._signed_in_id()))
        # A clerk's new complaint is their own; only a manager hands one to someone else.
        self.handler.setEnabled(self._is_manager())
        self.subject_staff.setEnabled(True)
        self._clear_errors()
        self.conflicts.clear()
        self._dirty = False
        self.draft_label.clear()
        self.context_note.clear()
        self.context_note.hide()
        self.scroll_area.verticalScrollBar().setValue(0)  # a new complaint starts at the top

    def edit_complaint(self, complaint_id: int) -> None:
        complaint = get_complaint(complaint_id)
        self._fill_choices()
        self._editing = (complaint.id, complaint.version)
        self.conflicts.clear()
        self._base = form_of(complaint)  # what the edits started from, for merging
        self.title.setText(self.tr("Edit complaint %1").replace("%1", complaint.register_no))
        self.set_form(self._base)
        # Only a manager assigns; the domain refuses a clerk's change of handler anyway.
        self.handler.setEnabled(self.actor().is_manager)
        # Whom a complaint is about, once named, is changed by a manager only.
        self.subject_staff.setEnabled(self.actor().is_manager or complaint.subject_staff_id is None)
        self._clear_errors()
        self._dirty = False

    def focus_first(self) -> None:
        self.channel.setFocus() if self._editing is None else self.summary.setFocus()

    # -- drafts --------------------------------------------------------------
    def _draft_owner(self) -> str:
        return drafts.owner_key(self.actor().staff_id)

    @Slot()
    def save_draft(self) -> None:
        if not self._dirty or self._editing is not None or busy(self):
            return  # (while the form is being saved, its draft is being discarded)
        try:
            drafts.save_draft(self._draft_owner(), DRAFT_FORM, self.form().to_json())
        except DomainError as exc:  # a draft never interrupts typing; the label says it
            self.draft_label.setText(self.tr("Draft NOT kept: %1").replace("%1", describe(exc)))
            return
        except Exception:
            import logging

            logging.getLogger(__name__).exception("draft autosave failed")
            self.draft_label.setText(self.tr("Draft NOT kept (the log has the details)."))
            return
        self.draft_label.setText(
            self.tr("Draft kept on this PC at %1").replace(
                "%1", dt.datetime.now().strftime("%H:%M:%S")
            )
        )

    def restore_draft(self, payload: dict[str, Any]) -> None:
        self.reset()
        self.set_form(ComplaintForm.from_json(payload))
        self._dirty = True

    # -- saving --------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.error_box.hide()
        self.decided_note.hide()
        for widget in self.fields.values():
            mark_invalid(widget, False)

    def _show_errors(self, error: DomainError) -> None:
        self._clear_errors()
        problems = error.errors if isinstance(error, ValidationErrors) else [error]
        lines: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            text = describe(problem)
            if isinstance(problem, ValidationError):
                key = problem.field if problem.field in self.fields else f"{problem.field}_id"
                widget = self.fields.get(key)
                if widget is not None:
                    mark_invalid(widget, True)
                    first = first or widget
                    label = form_label(widget)
                    text = f"{label}: {text}" if label else text
            lines.append(text)
        self.error_box.setText("\n".join(lines))
        self.error_box.show()
        if first is not None:
            first.setFocus()

    @Slot()
    def _save_if_offered(self) -> None:
        """Ctrl+S saves only when the Save button is offered (not while the server is away
        or the register is read-only)."""
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return  # Ctrl+S offers no more than the button (off while the server is away)
        undecided = self.conflicts.undecided()
        if undecided:
            self.error_box.setText(
                self.tr("Decide first, for each field you both changed: %1.").replace(
                    "%1", ", ".join(self._field_name(name) for name in undecided)
                )
            )
            self.error_box.show()
            return
        try:
            # A date typed so it cannot be read is said, never replaced by today's.
            self.received_at.checked("received_at")
            if self.promised_set.isChecked():
                self.promised_at.checked("promised_at")
            form = self.form()
        except DomainError as exc:
            self._show_errors(exc)
            return
        actor = self.actor()
        editing = self._editing
        creator = self._creator or create_complaint
        owner = self._draft_owner()

        def write() -> Complaint:  # on the op's thread: nothing of the form is read here
            if editing is None:
                made = creator(actor, form)
                drafts.discard_draft(owner, DRAFT_FORM)
                return made
            complaint_id, version = editing
            return update_complaint(actor, complaint_id, form, version)

        Op(self, write).success(self._saved).failure(self._refused).run()

    def _saved(self, complaint: Complaint) -> None:
        self._dirty = False
        self._clear_errors()
        self.saved.emit(complaint.id)

    def _refused(self, _text: str, exc: BaseException) -> None:
        if isinstance(exc, ConcurrentEdit):
            self._merge_after_conflict(exc)
        elif isinstance(exc, DomainError):
            self._show_errors(exc)
        else:
            self.error_box.setText(_text)
            self.error_box.show()

    def _merge_after_conflict(self, error: ConcurrentEdit) -> None:
        """Someone saved this complaint while it was open here: put their changes and ours
        together in the form, point at the fields we both changed, and let the clerk save
        again. Nothing typed here is lost."""
        assert self._editing is not None and self._base is not None
        complaint_id, _ = self._editing
        theirs_saved = get_complaint(complaint_id)
        theirs = form_of(theirs_saved)
        merged, conflicts = merge_edits(self._base, self.form(), theirs)
        self.set_form(merged)
        self._base = theirs
        self._editing = (complaint_id, theirs_saved.version)
        self._dirty = True
        self._clear_errors()
        lines = [describe(error)]
        mine = self.form()
        self.conflicts.show_conflicts(
            {name: (getattr(theirs, name), getattr(mine, name)) for name in conflicts},
            self._field_name,
        )
        if conflicts:
            for name in conflicts:
                widget = self.fields.get(name) or self.fields.get(f"{name}_id")
                if widget is not None:
                    mark_invalid(widget, True)
            lines.append(
                self.tr("You both changed: %1. Decide each one below, then save.").replace(
                    "%1", ", ".join(self._field_name(name) for name in conflicts)
                )
            )
        else:
            lines.append(self.tr("Their changes and yours are both in the form now."))
        self.error_box.setText("\n".join(lines))
        self.error_box.show()

    def _field_name(self, name: str) -> str:
        widget = self.fields.get(name) or self.fields.get(f"{name}_id")
        return (form_label(widget) if widget is not None else "") or name

    @Slot(str, object)
    def _take_decision(self, name: str, value: object) -> None:
        """One field decided: the form takes the chosen value, the rest stays as it is."""
        # the conflict panel hands back a value of the field's own type
        self.set_form(dataclasses.replace(self.form(), **{name: value}))  # type: ignore[arg-type]
        self._dirty = True
        widget = self.fields.get(name) or self.fields.get(f"{name}_id")
        if widget is not None:
            mark_invalid(widget, False)
        if not self.conflicts.undecided():
            # Everything decided: the form is ready to save, and says so.
            self.error_box.hide()
            self.decided_note.show()
            self.save_button.setFocus()
        elif widget is not None:
            widget.setFocus()

    @Slot()
    def ask_discard(self) -> None:
        if not self._dirty:
            self._discard()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this complaint?"),
            self.tr("What you typed will be lost. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("discardConfirm")
        box.buttonClicked.connect(
            lambda button: (
                self._discard()
                if box.standardButton(button) == QMessageBox.StandardButton.Discard
                else None
            )
        )
        box.open()

    def _discard(self) -> None:
        if self._editing is None:
            drafts.discard_draft(self._draft_owner(), DRAFT_FORM)
        self.reset()
        self.discarded.emit()
