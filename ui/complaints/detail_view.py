"""One complaint: every field, its timeline, and the actions that move it along."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.book import opinions
from models.core import deadlines
from models.core.actors import Actor
from models.core.errors import DomainError
from models.core.vocab import CONTACT_METHODS, CONTACT_RESULTS, OUTCOMES
from models.counter import guided, letters, replies
from models.people.branch import get_branch, list_staff, other_managers
from models.register import disclosure, lifecycle, systemic
from models.register.complaints import get_complaint, is_recused
from models.register.timeline import events_of
from models.storage.personal import Hidden, shown_timeline, values_of
from models.storage.schema import Appointment, Complaint, GuidedRun

from ui.book.opinion_form import source_names
from ui.common.action_dialog import ActionDialog, Field
from ui.common.field_text import FieldText
from ui.common.history_dialog import HistoryDialog
from ui.common.operations import Op, bus, busy
from ui.common.widgets import show_message
from ui.common.write_gate import mark_writing
from ui.complaints.letter_dialog import LetterDialog
from ui.complaints.similar_panel import SimilarPanel
from ui.complaints.slip_printer import SlipPrinter
from ui.shell import i18n, labels
from ui.shell.i18n import LANGUAGE_NAMES
from ui.shell.messages import describe

# A date and time as the guide stores an answer ("2026-12-09 10:00").
_ISO_MOMENT = re.compile(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b")


class DetailView(QWidget):
    changed = Signal(int)
    edit_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, actor_getter: Callable[[], Actor], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor_getter = actor_getter
        self.complaint: Complaint | None = None
        self.dialog: ActionDialog | None = None
        self.letter_dialog: LetterDialog | None = None
        self._personal: dict[str, str | None] = {}  # digest -> value, for the timeline
        self.field_text = FieldText(self)
        self._build()
        bus().changed.connect(self._register_changed)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self,
            self.next_step,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_F9),
            self,
            self.print_slip,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("Alt+Left"),
            self,
            self.back_requested.emit,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.back_button.clicked.connect(self.back_requested.emit)
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.status_badge = QLabel(self)
        self.status_badge.setObjectName("badge")
        self.due = QLabel(self)
        head.addWidget(self.back_button)
        head.addWidget(self.title)
        head.addWidget(self.status_badge)
        head.addStretch(1)
        head.addWidget(self.due)
        outer.addLayout(head)

        self.error = QLabel(self)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        # Shown on a complaint about the person signed in: they read it, others act on it.
        self.recused_note = QLabel(self)
        self.recused_note.setObjectName("infoBox")
        self.recused_note.setWordWrap(True)
        self.recused_note.hide()
        outer.addWidget(self.recused_note)

        # Two rows: the complaint's next step (and, once resolved, closing without the
        # call or correcting the resolution), then what may be done at any time. One row
        # held them all and cut their words at 1366 pixels.
        step_bar = QHBoxLayout()
        bar = QHBoxLayout()
        slip_bar = QHBoxLayout()
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.next_step)
        mark_writing(self.next_button)  # acknowledge, investigate, resolve, close: writes
        step_bar.addWidget(self.next_button)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("waive", self.tr("&Waive follow-up and close...")),
            ("correct", self.tr("Correct the &resolution...")),
            ("letter", self.tr("&Print a letter...")),
            ("note", self.tr("Add &note")),
            ("contact", self.tr("&Contact attempt")),
            ("reassign", self.tr("Reassi&gn")),
            ("extend", self.tr("E&xtend deadline")),
            ("edit", self.tr("&Edit")),
            ("reopen", self.tr("Re&open")),
            ("void", self.tr("&Void")),
            ("history", self.tr("&History")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(getattr(self, f"do_{key}"))
            self.buttons[key] = button
            if key != "history":
                mark_writing(button)
            (step_bar if key in ("waive", "correct", "letter") else bar).addWidget(button)
        # The customer's slip: one key (F9) after saving at the counter, in the language
        # chosen beside it (the customer's; the guide's language when a run led here).
        self.slip_button = QPushButton(self.tr("Slip for the customer (F9)"), self)
        self.slip_button.clicked.connect(self.print_slip)
        self.slip_lang = QComboBox(self)
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.slip_lang.addItem(name, code)
        self.slip_size = QComboBox(self)
        self.slip_size.addItem(self.tr("80 mm receipt"), "80mm")
        self.slip_size.addItem(self.tr("A5 page"), "A5")
        for widget in (self.slip_button, self.slip_lang, self.slip_size):
            slip_bar.addWidget(widget)
        self.slips = SlipPrinter(self._actor, self)
        self.slips.said.connect(self._slip_said)
        step_bar.addStretch(1)
        bar.addStretch(1)
        slip_bar.addStretch(1)
        outer.addLayout(step_bar)
        outer.addLayout(bar)
        outer.addLayout(slip_bar)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.fields_view = QTextBrowser(split)
        self.fields_view.setObjectName("fields")
        self.groups = (
            (
                self.tr("Receipt"),
                (
                    ("received_at", self.tr("Received")),
                    ("channel", self.tr("Channel")),
                    ("handler", self.tr("Handler")),
                    ("promised_at", self.tr("Promised by")),
                    ("due_date", self.tr("Reply due")),
                ),
            ),
            (
                self.tr("Customer"),
                (
                    ("customer_name", self.tr("Name")),
                    ("customer_phone", self.tr("Phone")),
                    ("customer_id_no", self.tr("ID or account no.")),
                    ("vulnerable", self.tr("Extra care")),
                ),
            ),
            (
                self.tr("Classification"),
                (
                    ("category", self.tr("Category")),
                    ("cause", self.tr("Cause")),
                    ("scope", self.tr("Scope")),
                    ("severity", self.tr("Severity")),
                    ("subject", self.tr("About")),
                ),
            ),
            (
                self.tr("The complaint"),
                (
                    ("summary", self.tr("Summary")),
                    ("description", self.tr("Description")),
                    ("desired_outcome", self.tr("Outcome wanted")),
                ),
            ),
            (
                self.tr("Resolution"),
                (
                    ("outcome", self.tr("Decision")),
                    ("remedy", self.tr("Remedy")),
                    ("compensation", self.tr("Compensation")),
                    ("customer_accepted", self.tr("Customer accepted")),
                    ("root_cause", self.tr("Root cause")),
                    ("corrective_action", self.tr("Corrective action")),
                ),
            ),
            (
                self.tr("Follow-up and closing"),
                (
                    ("followup_due", self.tr("Call-back due")),
                    ("followup_done_at", self.tr("Called back")),
                    ("satisfaction", self.tr("Satisfaction")),
                    ("followup_comment", self.tr("Comment")),
                    ("closed_at", self.tr("Closed")),
                    ("void_reason", self.tr("Void reason")),
                ),
            ),
        )
        side = QWidget(split)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.similar = SimilarPanel(side)
        self.similar.open_requested.connect(self.show_complaint)
        self.similar.task_requested.connect(self.do_root_cause)
        timeline_box = QGroupBox(self.tr("Timeline"), side)
        tl = QVBoxLayout(timeline_box)
        self.timeline = QTextBrowser(timeline_box)
        tl.addWidget(self.timeline)
        side_layout.addWidget(self.similar)
        side_layout.addWidget(timeline_box, 1)
        split.addWidget(self.fields_view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

    # -- showing -------------------------------------------------------------
    def show_complaint(self, complaint_id: int) -> None:
        if self.complaint is None or self.complaint.id != complaint_id:
            self.notice.hide()
            runs = guided.runs_of(complaint_id)
            lang = runs[-1].lang if runs else labels.language()
            self.slip_lang.setCurrentIndex(max(0, self.slip_lang.findData(lang)))
        self.complaint = get_complaint(complaint_id)
        self.error.hide()
        self._render()

    def reload(self) -> None:
        if self.complaint is not None:
            self.show_complaint(self.complaint.id)

    def _render(self) -> None:
        c = self.complaint
        assert c is not None
        today = dt.date.today()
        overdue = c.status in lifecycle.OPEN_STATES and c.due_date < today
        self.title.setText(c.register_no)
        self.status_badge.setText(labels.name("status", c.status))
        self.status_badge.setProperty("status", c.status)
        self.status_badge.style().unpolish(self.status_badge)
        self.status_badge.style().polish(self.status_badge)
        due_text = self.tr("Reply due %1").replace("%1", labels.date(c.due_date))
        if overdue:
            due_text = self.tr("OVERDUE since %1").replace("%1", labels.date(c.due_date))
        self.due.setText(due_text)
        self.due.setObjectName("overdue" if overdue else "")
        self.due.style().unpolish(self.due)
        self.due.style().polish(self.due)
        yes, no = self.tr("yes"), self.tr("no")
        money = labels.money(c.compensation, c.currency) if c.compensation is not None else ""
        first_reply = self.tr("first reply by %1").replace("%1", labels.date(c.first_due))
        waived = self.tr("follow-up waived")
        # A clerk sees the customer of a complaint they do not handle masked.
        customer = disclosure.masked_customer(
            self._actor(),
            c.handler_id,
            {
                "customer_name": c.customer_name,
                "customer_phone": c.customer_phone,
                "customer_id_no": c.customer_id_no,
                "vulnerable_note": c.vulnerable_note,
            },
        )
        shown: dict[str, str] = {
            "received_at": labels.datetime(c.received_at),
            "channel": labels.name("channel", c.channel),
            "handler": c.handler.name if c.handler else self.tr("(not assigned)"),
            "promised_at": labels.datetime(c.promised_at),
            "due_date": labels.date(c.due_date) + (f"  ({first_reply})" if c.first_due else ""),
            "customer_name": customer["customer_name"],
            "customer_phone": customer["customer_phone"],
            "customer_id_no": customer["customer_id_no"],
            "vulnerable": (
                yes + (f": {customer['vulnerable_note']}" if customer["vulnerable_note"] else "")
            )
            if c.vulnerable
            else no,
            "category": labels.category(c.category),
            "cause": next(
                (
                    x.name(labels.language())
                    for x in labels.category_tree().causes
                    if x.code == c.cause
                ),
                "",
            ),
            "scope": labels.name("scope", c.scope),
            "severity": labels.name("severity", c.severity),
            "subject": ", ".join(
                x for x in (c.subject_staff.name if c.subject_staff else "", c.subject_text) if x
            ),
            "summary": c.summary,
            "description": c.description,
            "desired_outcome": c.desired_outcome,
            "outcome": labels.name("outcome", c.outcome),
            "remedy": c.remedy,
            "compensation": money,
            "customer_accepted": ""
            if c.customer_accepted is None
            else (yes if c.customer_accepted else no),
            "root_cause": c.root_cause,
            "corrective_action": c.corrective_action,
            "followup_due": labels.date(c.followup_due),
            "followup_done_at": labels.datetime(c.followup_done_at),
            "satisfaction": f"{c.satisfaction} / 5" if c.satisfaction else "",
            "followup_comment": c.followup_comment,
            "closed_at": labels.datetime(c.closed_at)
            + (f" ({waived})" if c.followup_waived else ""),
            "void_reason": c.void_reason,
        }
        self.shown = shown
        self.fields_view.setHtml(self._fields_html(shown) + self._runs_html(c))
        self.timeline.setHtml(self._timeline_html(c))
        self.similar.show_for(c.id, self._actor())
        self._update_actions(c)

    def _fields_html(self, shown: dict[str, str]) -> str:
        """All fields as wrapped, selectable rich text: two columns of groups."""

        def group(title: str, rows: tuple[tuple[str, str], ...]) -> str:
            cells = "".join(
                "<tr><td style='color:#5f6b7a; padding:2px 10px 2px 0' width='32%'>{}</td>"
                "<td style='padding:2px 0'>{}</td></tr>".format(
                    html.escape(label),
                    html.escape(shown.get(key, "") or "—").replace("\n", "<br/>"),
                )
                for key, label in rows
            )
            return (
                f"<p style='font-weight:600; margin:6px 0 2px 0'>{html.escape(title)}</p>"
                f"<table width='100%' cellspacing='0'>{cells}</table>"
            )

        blocks = [group(title, rows) for title, rows in self.groups]
        pairs = "".join(
            "<tr><td width='50%' valign='top' style='padding-right:14px'>{}</td>"
            "<td width='50%' valign='top'>{}</td></tr>".format(
                blocks[i], blocks[i + 1] if i + 1 < len(blocks) else ""
            )
            for i in range(0, len(blocks), 2)
        )
        return f"<table width='100%' cellspacing='0'>{pairs}</table>"

    def _runs_html(self, c: Complaint) -> str:
        """The counter checklist runs of this complaint, step by step, as they were shown."""
        esc = html.escape
        results = {
            "done": self.tr("done"),
            "skipped": self.tr("skipped"),
            "na": self.tr("not applicable"),
            "answered": self.tr("answered"),
            "chosen": self.tr("chose"),
            "recorded": self.tr("recorded"),
        }
        parts: list[str] = []
        for run in guided.runs_of(c.id):
            seconds = int(((run.ended_at or run.started_at) - run.started_at).total_seconds())
            minutes = max(1, -(-seconds // 60))  # whole minutes begun, as the timeline says
            head = (
                self.tr("Counter checklist, %1, %2 min")
                .replace("%1", labels.datetime(run.started_at))
                .replace("%2", str(minutes))
            )
            if run.outcome == "safety_exit":
                head += " · " + self.tr("stopped by the safety exit")
            rows = []
            for step in guided.steps_of(run.id):
                shown = json.loads(step.shown)
                what = shown.get("title") or (
                    self.tr("Note") if step.kind == "note" else step.step_id
                )
                detail = results.get(step.result, step.result)
                if step.answer:  # times are kept as ISO text: shown as the reader writes them
                    detail += ": " + _ISO_MOMENT.sub(
                        lambda m: labels.datetime(dt.datetime.fromisoformat(m[0])), step.answer
                    )
                if step.note:
                    detail += f" ({step.note})"
                rows.append(
                    f"<tr><td style='color:#5f6b7a; padding-right:8px'>{esc(step.at.strftime('%H:%M:%S'))}</td>"
                    f"<td style='padding-right:8px'>{esc(what)}</td><td>{esc(detail)} · {esc(step.actor_name)}</td></tr>"
                )
            parts.append(
                f"<p style='font-weight:600; margin:10px 0 2px 0'>{esc(head)}</p>"
                f"<table cellspacing='0'>{''.join(rows)}</table>"
            )
        sources = {
            "opinion_book": self.tr("opinion book"),
            "suggestion_box": self.tr("suggestion box"),
            "comment_card": self.tr("comment card"),
        }
        for entry in opinions.entries_of(c.id):
            parts.append(
                "<p>"
                + esc(
                    self.tr("Copied from the %1 (page or slip %2), written %3")
                    .replace("%1", sources.get(entry.source, entry.source))
                    .replace("%2", entry.page_ref or "—")
                    .replace("%3", labels.date(entry.written_on))
                )
                + "</p>"
            )
        for appointment in (
            Appointment.select().where(Appointment.complaint == c.id).order_by(Appointment.at)
        ):
            parts.append(
                "<p>"
                + esc(
                    self.tr("Appointment: %1 with %2")
                    .replace("%1", labels.datetime(appointment.at))
                    .replace("%2", appointment.with_name)
                )
                + "</p>"
            )
        return "".join(parts)

    def _timeline_html(self, c: Complaint) -> str:
        rows = []
        self._personal = values_of("complaint", c.id)  # the values its lines refer to
        for event in reversed(events_of(c.id)):
            what = self._describe_event(event)
            rows.append(
                f"<p><b>{html.escape(labels.datetime(event.at))}</b> · {html.escape(self._actor_name(event))}<br/>{what}</p>"
            )
        return "".join(rows)

    def _actor_name(self, event: Any) -> str:
        return labels.actor(event.actor_id, str(event.actor_name))

    def _describe_event(self, e: Any) -> str:
        esc = html.escape
        text = f"<br/><i>{esc(e.text)}</i>" if e.text else ""
        if e.kind == "created":
            return esc(self.tr("Recorded as %1").replace("%1", e.new_value)) + text
        if e.kind == "imported":
            return esc(self.tr("Imported from a CSV file")) + text
        if e.kind == "status":
            return (
                esc(
                    self.tr("Status: %1 → %2")
                    .replace("%1", labels.name("status", e.old_value))
                    .replace("%2", labels.name("status", e.new_value))
                )
                + text
            )
        if e.kind == "note":
            return esc(self.tr("Note")) + text
        if e.kind == "contact":
            return (
                esc(
                    self.tr("Contact attempt (%1): %2")
                    .replace("%1", labels.name("contact_method", e.field))
                    .replace("%2", labels.name("contact_result", e.new_value))
                )
                + text
            )
        if e.kind == "reassign":
            return (
                esc(
                    self.tr("Handler: %1 → %2")
                    .replace("%1", e.old_value or "—")
                    .replace("%2", e.new_value)
                )
                + text
            )
        if e.kind == "extension":
            return (
                esc(
                    self.tr("Deadline extended: %1 → %2")
                    .replace("%1", self.field_text.value("complaint", "due_date", e.old_value))
                    .replace("%2", self.field_text.value("complaint", "due_date", e.new_value))
                )
                + text
            )
        if e.kind == "promoted":  # the line keeps "source page": say the source's name
            source, _, page = e.text.partition(" ")
            where = " ".join(p for p in (source_names().get(source, source), page) if p)
            shown = f"<br/><i>{esc(where)}</i>" if where else ""
            return esc(self.tr("Recorded from an opinion book or suggestion box entry")) + shown
        if e.kind == "slip":
            return esc(self.tr("Slip given to the customer (%1)").replace("%1", e.new_value)) + text
        if e.kind == "root_cause":
            # The trail keeps its English one-liner ("3 complaints: A, B, C"); shown here
            # in the reader's language.
            linked = re.fullmatch(r"(\d+) complaints: (.*)", e.text or "", flags=re.S)
            if linked:
                shown = (
                    self.tr("%1 complaints linked: %2")
                    .replace("%1", linked[1])
                    .replace("%2", linked[2])
                )
                text = f"<br/><i>{esc(shown)}</i>"
            return esc(self.tr("Linked to root-cause task #%1").replace("%1", e.new_value)) + text
        if e.kind == "checklist":
            line = self._run_line(e.new_value)
            shown = f"<br/><i>{esc(line)}</i>" if line else text
            return esc(self.tr("Counter checklist run attached")) + shown
        if e.kind == "extension_request":
            return esc(self.tr("Asked for more time")) + text
        if e.kind == "followup":
            return esc(self.tr("Follow-up call: satisfaction %1").replace("%1", e.new_value)) + text
        if e.kind == "correction":
            return esc(self.tr("Resolution corrected")) + text
        if e.kind == letters.TIMELINE_KIND:
            return esc(self._letter_line(e)) + text
        # A changed field: its name and values as the screen shows them (a staff member by
        # name, a date as the region writes it), not as stored.
        currency = self.complaint.currency if self.complaint is not None else ""
        return (
            esc(
                self.tr("%1: %2 → %3")
                .replace("%1", self.field_text.label(e.field))
                .replace("%2", self._timeline_text(e.field, e.old_value, currency))
                .replace("%3", self._timeline_text(e.field, e.new_value, currency))
            )
            + text
        )

    def _run_line(self, run_id: str) -> str:
        """The run's one-liner in the reader's language (the timeline keeps it in
        English, for the record): how long, which changes, who took over."""
        run = GuidedRun.get_or_none(GuidedRun.id == int(run_id)) if run_id.isdigit() else None
        if run is None:
            return ""
        seconds = int(((run.ended_at or run.started_at) - run.started_at).total_seconds())
        names = (self.tr("person"), self.tr("place"), self.tr("time"))[: run.escalation_level]
        parts = [
            self.tr("%1 min").replace("%1", str(max(1, -(-seconds // 60)))),
            self.tr("changes: %1").replace("%1", ", ".join(names) if names else self.tr("none")),
        ]
        if run.handler_name and run.handler_name != run.started_by_name:
            parts.append(self.tr("colleague who took over: %1").replace("%1", run.handler_name))
        if run.outcome == "safety_exit":
            parts.append(self.tr("safety exit"))
        return "; ".join(parts)

    def _letter_line(self, e: Any) -> str:
        """A printed letter: which one, in which language, and the date it gave."""
        language = LANGUAGE_NAMES.get(e.old_value, e.old_value)
        day = self.field_text.value("complaint", "due_date", e.new_value)
        if e.field == "ack":
            line = self.tr("Acknowledgement letter printed in %1; reply due %2")
        elif e.field == "holding":
            line = self.tr("Holding letter printed in %1; final response expected by %2")
        elif e.field == "summary":
            line = self.tr("Summary resolution letter printed in %1")
        else:
            line = self.tr("Final response letter printed in %1")
        return line.replace("%1", language).replace("%2", day)

    def _timeline_text(self, field: str, stored: str, currency: str) -> str:
        """A line's value as the screens say it; a personal one looked up where it is kept."""
        value = shown_timeline(stored, self._personal)
        if value is Hidden.REMOVED:
            return self.tr("(removed)")
        c = self.complaint
        if (
            field in disclosure.MASKED_COMPLAINT_COLUMNS
            and value
            and not disclosure.may_read_personal(self._actor(), c.handler_id if c else None)
        ):
            return disclosure.MASKED_COMPLAINT_COLUMNS[field](str(value))
        return self.field_text.value("complaint", field, value, currency)

    def _update_actions(self, c: Complaint) -> None:
        nxt = {
            "received": self.tr("&Acknowledge (Ctrl+Enter)"),
            "acknowledged": self.tr("&Start investigating (Ctrl+Enter)"),
            "investigating": self.tr("&Resolve... (Ctrl+Enter)"),
            "resolved": self.tr("Record &follow-up... (Ctrl+Enter)")
            if c.followup_done_at is None
            else self.tr("C&lose... (Ctrl+Enter)"),
        }.get(c.status)
        self.next_button.setVisible(nxt is not None)
        if nxt:
            self.next_button.setText(nxt)
        open_ = c.status in lifecycle.OPEN_STATES
        pending = lifecycle.pending_extension(c.id)
        self.buttons["extend"].setText(
            self.tr("Approve e&xtension") if pending is not None else self.tr("Ask for more &time")
        )
        self.buttons["extend"].setEnabled(
            open_
            and c.extension_level < deadlines.max_extensions(get_branch().deadline_preset)
            # Approving is a manager's (and never of their own request).
            and (
                pending is None
                or (self._actor().is_manager and pending.actor_id != self._actor().staff_id)
            )
        )
        actor = self._actor()
        manager = actor.is_manager
        self.buttons["history"].setVisible(manager)
        # Only what this person may do is offered (the domain refuses the rest anyway).
        self.buttons["reassign"].setVisible(manager)
        self.buttons["reopen"].setVisible(manager)
        self.buttons["void"].setVisible(manager)
        self.buttons["reassign"].setEnabled(open_ or c.status == "resolved")
        self.buttons["edit"].setEnabled(c.status not in ("closed", "void"))
        self.buttons["reopen"].setEnabled(c.status in ("resolved", "closed"))
        self.buttons["void"].setEnabled(c.status not in ("void", "closed"))
        self.buttons["note"].setEnabled(True)
        self.buttons["contact"].setEnabled(c.status != "void")
        resolved = c.status == "resolved"
        # Only a manager waives the call; the handler or a manager corrects the resolution.
        self.buttons["waive"].setVisible(manager and resolved and c.followup_done_at is None)
        self.buttons["correct"].setVisible(
            resolved and (manager or (c.handler_id is not None and c.handler_id == actor.staff_id))
        )
        self.buttons["waive"].setEnabled(True)
        self.buttons["correct"].setEnabled(True)
        # Letters: for the handler or a manager, as the status allows.
        self.buttons["letter"].setEnabled(
            bool(letters.offered(c))
            and (manager or (c.handler_id is not None and c.handler_id == actor.staff_id))
        )
        recused = is_recused(actor, c)
        if recused:
            for key in (
                "waive",
                "correct",
                "letter",
                "note",
                "contact",
                "reassign",
                "extend",
                "edit",
                "reopen",
                "void",
            ):
                self.buttons[key].setEnabled(False)
            self.next_button.setVisible(False)
            alone = manager and other_managers(actor.staff_id) == 0
            if not manager:
                note = self.tr(
                    "This complaint is about you: you may read it, but a manager must act on it."
                )
            elif alone:
                note = self.tr(
                    "This complaint is about you: you may read it, but head office must act on "
                    "it (this branch has no other manager)."
                )
            else:
                note = self.tr(
                    "This complaint is about you: you may read it, but another manager must "
                    "act on it."
                )
            self.recused_note.setText(note)
        self.recused_note.setVisible(recused)

    # -- actions -------------------------------------------------------------
    def _actor(self) -> Actor:
        return self._actor_getter()

    def _count_reply_use(self, reply_id: int) -> None:
        """A standard reply was put into the answer: the booklet ranks replies by use."""
        actor = self._actor()
        Op(self, lambda: replies.count_use(actor, reply_id), quiet=True).run()

    def _run(self, action: Callable[[], object]) -> None:
        Op(self, action).success(lambda _r: self._said_saved()).failure(self._refused).run()

    def _said_saved(self) -> None:
        """An op of this page went through: the window says so (the page itself is
        drawn again on the app's ``changed``, as every page is)."""
        if self.complaint is not None:
            self.changed.emit(self.complaint.id)

    @Slot()
    def _register_changed(self) -> None:
        """Something was written, here or on another page: draw the complaint again."""
        if self.complaint is None or not self.isVisible():
            return
        try:
            self.reload()
        except DomainError as exc:  # the branch server went away meanwhile
            self.error.setText(describe(exc))
            self.error.show()

    def _refused(self, text: str, _exc: BaseException) -> None:
        self.error.setText(text)
        self.error.show()

    def _dialog(
        self,
        title: str,
        fields: list[Field],
        action: Callable[[dict[str, Any]], object],
        intro: str = "",
        confirm: tuple[str, str] | None = None,
    ) -> None:
        self.dialog = ActionDialog(title, fields, action, self, intro, confirm)
        self.dialog.done_ok.connect(self._said_saved)
        self.dialog.open()

    @Slot()
    def next_step(self) -> None:
        c = self.complaint
        if c is None or not self.next_button.isEnabled():
            return  # its key (Ctrl+Enter) offers no more than its button does
        actor = self._actor()
        if c.status == "received":
            self._run(lambda: lifecycle.acknowledge(actor, c.id, c.version))
        elif c.status == "acknowledged":
            self._run(lambda: lifecycle.start_investigation(actor, c.id, c.version))
        elif c.status == "investigating":
            self.do_resolve()
        elif c.status == "resolved":
            self.do_followup() if c.followup_done_at is None else self.do_close()

    @Slot()
    def do_resolve(self) -> None:
        c = self.complaint
        assert c is not None
        # Resolved again after a reopening: the dialog holds what was recorded last time
        # (remedy, compensation, decision), to be changed where it must, not typed again.
        self._dialog(
            self.tr("Resolve %1").replace("%1", c.register_no),
            [
                Field(
                    "outcome",
                    self.tr("Decision"),
                    "choice",
                    [(self.tr("- choose -"), "")]
                    + [(labels.name("outcome", o), o) for o in OUTCOMES],
                    default=c.outcome or "",
                ),
                Field(
                    "reply",
                    self.tr("Standard reply"),
                    "insert",
                    [
                        # The record takes the written text, not what is said at the counter.
                        (r.title(labels.language()), (r.id, r.written(labels.language())))
                        for r in replies.ranked(c.category)[:20]
                    ],
                    default=self.tr("- insert a standard reply -"),
                    target="remedy",
                    on_use=self._count_reply_use,
                ),
                Field(
                    "remedy", self.tr("What was done for the customer"), "text", default=c.remedy
                ),
                Field(
                    "compensation",
                    self.tr("Compensation (%1)").replace("%1", c.currency or get_branch().currency),
                    default=_amount(c.compensation),
                ),
                Field(
                    "customer_accepted",
                    self.tr("Customer accepted the resolution"),
                    "check",
                    default=True if c.customer_accepted is None else c.customer_accepted,
                ),
                Field("root_cause", self.tr("Root cause"), "text", default=c.root_cause),
                Field(
                    "corrective_action",
                    self.tr("Corrective action"),
                    "text",
                    default=c.corrective_action,
                ),
                # Where the branch counts complaints by cause (a bank), it is asked here too.
                *(
                    [
                        Field(
                            "cause",
                            self.tr("Cause"),
                            "choice",
                            [(self.tr("- choose -"), "")]
                            + [(x.name(labels.language()), x.code) for x in tree.causes],
                            default=c.cause or "",
                        )
                    ]
                    if (tree := labels.category_tree()).cause_required
                    else []
                ),
            ],
            lambda v: lifecycle.resolve(
                self._actor(),
                c.id,
                outcome=v["outcome"],
                remedy=v["remedy"],
                compensation=v["compensation"],
                customer_accepted=v["customer_accepted"],
                root_cause=v["root_cause"],
                corrective_action=v["corrective_action"],
                cause=v.get("cause") or "",
                version=c.version,
            ),
        )

    @Slot()
    def do_followup(self) -> None:
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Follow-up call for %1").replace("%1", c.register_no),
            [
                # No score is chosen in advance: the one recorded is the customer's answer.
                Field(
                    "satisfaction",
                    self.tr("How satisfied the customer is"),
                    "choice",
                    [
                        (self.tr("- choose -"), None),
                        (self.tr("1 - very unhappy"), 1),
                        (self.tr("2 - unhappy"), 2),
                        (self.tr("3 - neither happy nor unhappy"), 3),
                        (self.tr("4 - happy"), 4),
                        (self.tr("5 - very happy"), 5),
                    ],
                ),
                Field("comment", self.tr("What the customer said"), "text"),
            ],
            lambda v: lifecycle.record_followup(
                self._actor(),
                c.id,
                satisfaction=v["satisfaction"],
                comment=v["comment"],
                version=c.version,
            ),
        )

    @Slot()
    def do_close(self) -> None:
        c = self.complaint
        assert c is not None
        if c.followup_done_at is None:
            self.do_waive()
            return
        self._dialog(
            self.tr("Close %1").replace("%1", c.register_no),
            [],
            lambda v: lifecycle.close(self._actor(), c.id, version=c.version),
            self.tr("Close %1. The follow-up call has been recorded.").replace("%1", c.register_no),
        )

    @Slot()
    def do_waive(self) -> None:
        """Close a resolved complaint without the follow-up call, on a manager's reason
        (no phone number, the customer asked not to be called): no call is made up."""
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Close %1 without a follow-up call").replace("%1", c.register_no),
            [Field("reason", self.tr("Why there is no follow-up call"), "text")],
            lambda v: lifecycle.close(
                self._actor(),
                c.id,
                waive_followup=True,
                waiver_reason=v["reason"],
                version=c.version,
            ),
            self.tr(
                "A manager may waive the follow-up call, for example when the customer has no "
                "phone or asked not to be called. The reason is kept on the timeline."
            ),
        )

    @Slot()
    def do_correct(self) -> None:
        """Put right the remedy, compensation, root cause or corrective action of a
        resolved complaint; each change goes on the timeline with its old value."""
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Correct the resolution of %1").replace("%1", c.register_no),
            [
                Field(
                    "remedy", self.tr("What was done for the customer"), "text", default=c.remedy
                ),
                Field(
                    "compensation",
                    self.tr("Compensation (%1)").replace("%1", c.currency or get_branch().currency),
                    default=_amount(c.compensation),
                ),
                Field("root_cause", self.tr("Root cause"), "text", default=c.root_cause),
                Field(
                    "corrective_action",
                    self.tr("Corrective action"),
                    "text",
                    default=c.corrective_action,
                ),
                Field("reason", self.tr("Why it is corrected (optional)"), "line"),
            ],
            lambda v: lifecycle.correct_resolution(
                self._actor(),
                c.id,
                remedy=v["remedy"],
                compensation=v["compensation"],
                root_cause=v["root_cause"],
                corrective_action=v["corrective_action"],
                reason=v["reason"],
                version=c.version,
            ),
            self.tr(
                "The decision stays as it is (reopen the complaint to change it). Each "
                "correction goes on the timeline with the value it replaces."
            ),
        )

    @Slot()
    def print_slip(self) -> None:
        """F9: the acknowledgement slip for the customer, in their language."""
        if self.complaint is None or busy(self):
            return  # (its record goes in after this page's write that is still going)
        try:
            self.slips.start(
                self.complaint.id, self.slip_lang.currentData(), self.slip_size.currentData()
            )
        except DomainError as exc:
            self.error.setText(describe(exc))
            self.error.show()

    @Slot(str, bool)
    def _slip_said(self, text: str, failed: bool) -> None:
        if failed:
            self.error.setText(text)
            self.error.show()
            return
        self.notice.setText(text)
        self.notice.show()
        self._said_saved()  # the page is drawn again on the app's ``changed``

    @Slot()
    def do_root_cause(self) -> None:
        """The manager opens a root-cause task linking this complaint and those alike."""
        c = self.complaint
        assert c is not None
        count = self.similar.found.count if self.similar.found else 0
        self._dialog(
            self.tr("Open a root-cause task"),
            [Field("note", self.tr("What to look into (optional)"), "text")],
            lambda v: systemic.open_task(self._actor(), c.id, v["note"]),
            self.tr(
                "The task links this complaint and the %1 alike, is put on each of their "
                "timelines and is printed in the month's register."
            ).replace("%1", str(count)),
        )

    @Slot()
    def do_note(self) -> None:
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Add a note"),
            [Field("note", self.tr("Note"), "text")],
            lambda v: lifecycle.add_note(self._actor(), c.id, v["note"]),
        )

    @Slot()
    def do_contact(self) -> None:
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Record a contact attempt"),
            [
                Field(
                    "method",
                    self.tr("How"),
                    "choice",
                    [(labels.name("contact_method", m), m) for m in CONTACT_METHODS],
                ),
                Field(
                    "result",
                    self.tr("Result"),
                    "choice",
                    [(labels.name("contact_result", r), r) for r in CONTACT_RESULTS],
                ),
                Field("note", self.tr("Note"), "text"),
            ],
            lambda v: lifecycle.record_contact(
                self._actor(), c.id, method=v["method"], result=v["result"], note=v["note"]
            ),
        )

    @Slot()
    def do_reassign(self) -> None:
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Reassign %1").replace("%1", c.register_no),
            [
                Field(
                    "handler",
                    self.tr("New handler"),
                    "choice",
                    [(s.name, s.id) for s in list_staff()],
                    default=c.handler_id,
                ),
                Field("reason", self.tr("Reason"), "text"),
            ],
            lambda v: lifecycle.reassign(
                self._actor(), c.id, v["handler"], v["reason"], version=c.version
            ),
        )

    @Slot()
    def do_extend(self) -> None:
        """Ask for more time, or approve someone else's request (a manager)."""
        c = self.complaint
        assert c is not None
        pending = lifecycle.pending_extension(c.id)
        if pending is None:
            self._dialog(
                self.tr("Ask for more time on %1").replace("%1", c.register_no),
                [Field("reason", self.tr("Why more time is needed"), "text")],
                lambda v: lifecycle.request_extension(
                    self._actor(), c.id, v["reason"], version=c.version
                ),
                self.tr(
                    "Another manager approves the request; the new due date follows the branch's policy."
                ),
            )
            return
        self._dialog(
            self.tr("Approve more time on %1").replace("%1", c.register_no),
            [Field("comment", self.tr("Comment (optional)"), "text")],
            lambda v: lifecycle.extend_deadline(
                self._actor(), c.id, v["comment"], version=c.version
            ),
            self.tr("%1 asked: %2").replace("%1", pending.actor_name).replace("%2", pending.text),
        )

    @Slot()
    def do_letter(self) -> None:
        """Choose the letter and its language, then save it as a PDF to print."""
        c = self.complaint
        assert c is not None
        self.letter_dialog = LetterDialog(c, self._actor, self)
        self.letter_dialog.printed.connect(self._letter_printed)
        self.letter_dialog.open()

    def _letter_printed(self, path: object) -> None:
        """The letter is on the timeline (the page was drawn again on ``changed``)."""
        show_message(self.notice, self.tr("Letter saved to %1").replace("%1", str(path)))

    @Slot()
    def do_history(self) -> None:
        """Every audited change of this complaint: who, when, which field, old and new."""
        c = self.complaint
        assert c is not None
        self.history_dialog = HistoryDialog(
            self.tr("History of %1").replace("%1", c.register_no), "complaint", c.id, self
        )
        self.history_dialog.open()

    @Slot()
    def do_void(self) -> None:
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Void %1").replace("%1", c.register_no),
            [Field("reason", self.tr("Reason (the entry keeps its number)"), "text")],
            lambda v: lifecycle.void(self._actor(), c.id, v["reason"], version=c.version),
            self.tr(
                "A void entry stays in the register, marked void, so the numbering has no gaps."
            ),
            confirm=(self.tr("Confirm void"), self.tr("Go back")),
        )

    @Slot()
    def do_reopen(self) -> None:
        c = self.complaint
        assert c is not None
        self._dialog(
            self.tr("Reopen %1").replace("%1", c.register_no),
            [Field("reason", self.tr("Reason"), "text")],
            lambda v: lifecycle.reopen(self._actor(), c.id, v["reason"], version=c.version),
        )

    @Slot()
    def do_edit(self) -> None:
        if self.complaint is not None:
            self.edit_requested.emit(self.complaint.id)


def _amount(value: Decimal | None) -> str:
    """A stored amount as the compensation field takes it back (6.16, not 6.1600)."""
    return "" if value is None else f"{value:.2f}"
