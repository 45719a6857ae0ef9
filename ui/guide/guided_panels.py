"""The parts of the guided view: one step, a rung of the three changes, the safety exit, the end."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.checklists import Checklist, Step
from models.core.countries import fill_numbers
from models.core.resources import pick
from models.counter import replies
from models.people.branch import emergency_numbers, get_branch, list_staff

from ui.common.date_field import DateField
from ui.common.widgets import NO_SILENT_CUT


def big_label(object_name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class StepPanel(QWidget):
    """Title, what to do, what to say, why; plus the answer, choices or replies the step needs."""

    choice_made = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.title = big_label("guideTitle", self)
        self.do = big_label("guideDo", self)
        self.say_frame = QFrame(self)
        self.say_frame.setObjectName("sayFrame")
        say_layout = QVBoxLayout(self.say_frame)
        self.say_caption = QLabel(self.tr("You can say:"), self.say_frame)
        self.say_caption.setObjectName("guideCaption")
        self.say_caption.setWordWrap(True)
        self.say = big_label("guideSay", self.say_frame)
        say_layout.addWidget(self.say_caption)
        say_layout.addWidget(self.say)
        self.why = big_label("guideWhy", self)
        self.timer = QLabel(self)
        self.timer.setObjectName("guideTimer")
        self.answer_text = QLineEdit(self)
        self.answer_text.setMaxLength(NO_SILENT_CUT)
        self.answer_text.setObjectName("guideAnswer")
        self.answer_time = DateField(self, with_time=True)
        self.answer_time.setObjectName("guideAnswer")
        self.choices_box = QWidget(self)
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choice_buttons: list[QPushButton] = []
        self.replies_caption = QLabel(
            self.tr("Standard replies for this kind of complaint (double-click to use):"), self
        )
        self.replies_caption.setObjectName("guideCaption")
        self.replies = QListWidget(self)
        self.replies.setWordWrap(True)
        self.replies.setMaximumHeight(150)
        for widget in (
            self.title,
            self.do,
            self.say_frame,
            self.why,
            self.timer,
            self.answer_text,
            self.answer_time,
            self.choices_box,
            self.replies_caption,
            self.replies,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_step(self, checklist: Checklist, step: Step, lang: str, category: str | None) -> None:
        self.title.setText(step.text("title", lang))
        self.do.setText(step.text("do", lang))
        say = step.text("say", lang)
        self.say.setText(say)
        self.say_frame.setVisible(bool(say))
        self.why.setText(
            self.tr("Why: %1").replace("%1", step.text("why", lang))
            if step.text("why", lang)
            else ""
        )
        self.timer.setVisible(step.timer)
        is_question = step.kind == "question"
        self.answer_text.setVisible(is_question and step.answer == "text")
        self.answer_time.setVisible(is_question and step.answer == "datetime")
        self.answer_text.clear()
        if step.answer == "datetime":
            self.answer_time.setDateTime(
                dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)
            )
        for button in self.choice_buttons:
            button.deleteLater()
        self.choice_buttons = []
        for option in step.choices:
            button = QPushButton(
                f"{option['key']}   {pick(option['label'], lang)}", self.choices_box
            )
            button.setObjectName("guideChoice")
            button.clicked.connect(lambda _=False, key=option["key"]: self.choice_made.emit(key))
            self.choices_layout.addWidget(button)
            self.choice_buttons.append(button)
        self.choices_box.setVisible(bool(step.choices))
        self.replies.clear()
        if step.replies:
            for reply in replies.ranked(category)[:12]:
                item = QListWidgetItem(f"{reply.title(lang)}\n{reply.text(lang)}", self.replies)
                item.setData(Qt.ItemDataRole.UserRole, reply.id)
                # Shown: what to say; put into the run's note: what the record says.
                item.setData(Qt.ItemDataRole.UserRole + 1, reply.written(lang))
        self.replies.setVisible(step.replies and self.replies.count() > 0)
        self.replies_caption.setVisible(self.replies.isVisible())

    def focus_input(self) -> None:
        if self.answer_text.isVisible():
            self.answer_text.setFocus()
        elif self.answer_time.isVisible():
            self.answer_time.setFocus()


class RungPanel(QWidget):
    """One of the three changes: what to do and what to record (who, where, when)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("guideCaption")
        self.title = big_label("guideTitle", self)
        self.do = big_label("guideDo", self)
        self.say_frame = QFrame(self)
        self.say_frame.setObjectName("sayFrame")
        say_layout = QVBoxLayout(self.say_frame)
        say_caption = QLabel(self.tr("You can say:"), self.say_frame)
        say_caption.setObjectName("guideCaption")
        say_caption.setWordWrap(True)
        self.say = big_label("guideSay", self.say_frame)
        say_layout.addWidget(say_caption)
        say_layout.addWidget(self.say)
        self.why = big_label("guideWhy", self)
        self.field_caption = QLabel(self)
        self.field_caption.setObjectName("guideCaption")
        self.person = QComboBox(self)
        self.place = QLineEdit(self)
        self.place.setMaxLength(NO_SILENT_CUT)
        row = QHBoxLayout()
        self.when = DateField(self, with_time=True)
        self.with_whom = QComboBox(self)
        row.addWidget(self.when, 1)
        row.addWidget(self.with_whom, 1)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NO_SILENT_CUT)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.error = QLabel(self)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        for widget in (
            self.caption,
            self.title,
            self.do,
            self.say_frame,
            self.why,
            self.field_caption,
            self.person,
            self.place,
        ):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.records = ""

    def show_rung(self, checklist: Checklist, level: int, lang: str, current_handler: str) -> None:
        rung = checklist.rungs[level]
        self.records = rung.records
        self.caption.setText(
            self.tr("Customer still upset: change %1 of 3").replace("%1", str(level + 1))
        )
        self.title.setText(rung.text("title", lang))
        self.do.setText(rung.text("do", lang))
        self.say.setText(rung.text("say", lang))
        self.why.setText(
            self.tr("Why: %1").replace("%1", rung.text("why", lang))
            if rung.text("why", lang)
            else ""
        )
        self.say_frame.setVisible(bool(rung.text("say", lang)))
        self.error.hide()
        self.note.clear()
        staff = [s for s in list_staff() if s.name != current_handler]
        self.person.clear()
        self.with_whom.clear()
        for member in staff:
            self.person.addItem(member.name, member.id)
        for member in sorted(list_staff(), key=lambda s: s.role != "manager"):
            self.with_whom.addItem(member.name, member.id)
        self.place.clear()
        self.when.setDateTime(
            dt.datetime.now().replace(minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
        )
        captions = {
            "person": self.tr("Who takes over:"),
            "place": self.tr("Where you moved to:"),
            "appointment": self.tr("When, and with which senior manager:"),
        }
        self.field_caption.setText(captions[rung.records])
        self.person.setVisible(rung.records == "person")
        self.place.setVisible(rung.records == "place")
        self.when.setVisible(rung.records == "appointment")
        self.with_whom.setVisible(rung.records == "appointment")

    def focus_input(self) -> None:
        {"person": self.person, "place": self.place, "appointment": self.when}[
            self.records
        ].setFocus()


class SafetyPanel(QWidget):
    """Threats or violence: stop, and show what to do, in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = big_label("safetyTitle", self)
        self.do = big_label("guideDo", self)
        self.steps = big_label("safetySteps", self)
        self.numbers = big_label("safetyNumbers", self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(NO_SILENT_CUT)
        self.note.setPlaceholderText(self.tr("What happened (optional, can be written later)"))
        for widget in (self.title, self.do, self.steps, self.numbers, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_safety(self, checklist: Checklist, lang: str) -> None:
        safety = checklist.safety
        self.title.setText(pick(safety["title"], lang))
        self.do.setText(pick(safety["do"], lang))
        numbers = emergency_numbers()
        self.steps.setText(
            "\n".join(
                f"{i}.  {fill_numbers(pick(s, lang), numbers)}"
                for i, s in enumerate(safety["steps"], 1)
            )
        )
        police = numbers.police + (f" ({numbers.also})" if numbers.also else "")
        self.numbers.setText(
            self.tr("Police %1 · Ambulance %2 · Fire %3")
            .replace("%1", police or "?")
            .replace("%2", numbers.ambulance or "?")
            .replace("%3", numbers.fire or "?")
        )


class EndPanel(QWidget):
    """The run is over: record the complaint, link it to one, or finish."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = big_label("guideTitle", self)
        self.title.setText(self.tr("Well done. What happens to this conversation?"))
        self.summary = big_label("guideDo", self)
        self.record_button = QPushButton(self.tr("1   Record the complaint now (Enter)"), self)
        self.record_button.setObjectName("guideChoice")
        link_row = QHBoxLayout()
        self.link_button = QPushButton(self.tr("2   Add to an existing complaint:"), self)
        self.link_button.setObjectName("guideChoice")
        self.register_no = QLineEdit(self)
        example = f"{get_branch().code}-{dt.date.today():%Y%m}-0007"  # this branch's, this month
        self.register_no.setPlaceholderText(
            self.tr("register number, e.g. %1").replace("%1", example)
        )
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.register_no, 1)
        self.finish_button = QPushButton(self.tr("3   Finish without a complaint"), self)
        self.finish_button.setObjectName("guideChoice")
        self.error = QLabel(self)
        self.error.setObjectName("errorBox")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.record_button)
        layout.addLayout(link_row)
        layout.addWidget(self.finish_button)
        layout.addWidget(self.error)
        layout.addStretch(1)


class LastResortPanel(QWidget):
    """All three changes have been tried and the customer is still upset: the guide does
    not stop here, it offers the two ways on (the booked appointment, the safety exit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.title = big_label("guideTitle", self)
        self.title.setText(self.tr("All three changes have been tried"))
        self.do = big_label("guideDo", self)
        self.appointment = big_label("guideSay", self)
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("guideChoice")
        self.safety_button = QPushButton(
            self.tr("2   Threats or violence: safety exit (F12)"), self
        )
        self.safety_button.setObjectName("guideChoice")
        self.calmer_button = QPushButton(
            self.tr("3   The customer is calmer now: go on with the checklist"), self
        )
        self.calmer_button.setObjectName("guideChoice")
        for widget in (
            self.title,
            self.do,
            self.appointment,
            self.end_button,
            self.safety_button,
            self.calmer_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_options(self, when: str, with_whom: str) -> None:
        if when:
            self.do.setText(
                self.tr(
                    "Do not start again. Confirm the appointment with the customer, give them "
                    "the time and the name, and end the conversation calmly."
                )
            )
            self.appointment.setText(
                self.tr("Appointment: %1 with %2").replace("%1", when).replace("%2", with_whom)
            )
            self.end_button.setText(self.tr("1   Confirm the appointment and end (Enter)"))
        else:
            self.do.setText(
                self.tr(
                    "Do not start again. Offer an appointment with a senior manager, "
                    "and end the conversation calmly."
                )
            )
            self.appointment.setText("")
            self.end_button.setText(self.tr("1   End the conversation (Enter)"))
        self.appointment.setVisible(bool(when))
