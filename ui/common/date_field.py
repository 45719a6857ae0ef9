"""Date fields safe under a hurried keyboard.

A plain text box that takes the whole date as typed: Tab leaves it (Qt's date edits step
Tab through day, month and year, and a space opened their drop-down), nothing typed is
lost when it is left (a date it cannot read stays as typed, framed in red, and saving
says how to write it), and it shows the one date format of the screen's language, the
same as the lists. Every field starts at today (or now), never at the previous entry's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError

from ui.common.widgets import mark_invalid
from ui.shell import labels

# How each language's format is shown to the person typing.
HINTS = {"%d/%m/%Y": "dd/mm/yyyy", "%Y-%m-%d": "yyyy-mm-dd", "%Y/%m/%d": "yyyy/mm/dd"}
UNREADABLE = QT_TRANSLATE_NOOP("domain", "Type the date as {format}, e.g. {example}.")


def _date_format() -> str:
    return labels.DATE_FORMATS.get(labels.language(), "%Y-%m-%d")


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date in ``text`` as people type it in this language: 7/12/2026, 07.12.26,
    2026-12-07, 7/12 (this year), 07122026; None when it cannot be read."""
    today = today or dt.date.today()
    groups = re.findall(r"\d+", text)
    year_first = _date_format().startswith("%Y")
    try:
        if len(groups) == 1 and len(groups[0]) == 8:
            digits = groups[0]
            if digits[:2] in ("19", "20") and year_first:
                return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            return dt.date(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        if len(groups) == 3:
            first, second, third = groups
            if len(first) == 4:
                return dt.date(int(first), int(second), int(third))
            year = int(third) + (2000 if len(third) <= 2 else 0)
            return dt.date(year, int(second), int(first))
        if len(groups) == 2:
            first, second = (int(g) for g in groups)
            if year_first:
                return dt.date(today.year, first, second)
            return dt.date(today.year, second, first)
    except ValueError:
        return None
    return None


def parse_time(text: str) -> dt.time | None:
    groups = re.findall(r"\d+", text)
    try:
        if len(groups) == 1 and len(groups[0]) in (3, 4):
            return dt.time(int(groups[0][:-2]), int(groups[0][-2:]))
        if len(groups) == 2:
            return dt.time(int(groups[0]), int(groups[1]))
        if len(groups) == 1 and len(groups[0]) <= 2:
            return dt.time(int(groups[0]), 0)
    except ValueError:
        return None
    return None


class DateField(QLineEdit):
    """A date (``with_time``: a date and a time) typed in one go; ``date()`` and
    ``dateTime()`` answer like Qt's date edits (an invalid value when unreadable)."""

    dateChanged = Signal(QDate)  # noqa: N815 (Qt's names, so callers need not change)
    dateTimeChanged = Signal(QDateTime)  # noqa: N815

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = False) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self._time = dt.time(9, 0)
        self._minimum: dt.date | None = None
        hint = HINTS.get(_date_format(), "yyyy-mm-dd")
        self.setPlaceholderText(f"{hint} hh:mm" if with_time else hint)
        self.setMaxLength(40)
        self.textEdited.connect(self._edited)
        if with_time:
            self.setDateTime(dt.datetime.now().replace(second=0, microsecond=0))
        else:
            self.setDate(dt.date.today())

    # -- reading ------------------------------------------------------------------
    def value(self) -> dt.datetime | dt.date | None:
        text = self.text().strip()
        if not self.with_time:
            return parse_date(text)
        date_part, _, time_part = text.partition(" ")
        day = parse_date(date_part)
        if day is None:
            return None
        moment = parse_time(time_part) if time_part.strip() else self._time
        return None if moment is None else dt.datetime.combine(day, moment)

    def checked(self, field: str) -> dt.datetime | dt.date:
        """The value, or a ValidationError naming ``field`` that says how to type it."""
        found = self.value()
        if found is None:
            mark_invalid(self, True)
            example = dt.date.today().strftime(_date_format())
            raise ValidationError(
                field,
                UNREADABLE,
                format=self.placeholderText(),
                example=f"{example} 14:30" if self.with_time else example,
            )
        return found

    def date(self) -> QDate:  # noqa: D102
        found = self.value()
        if found is None:
            return QDate()
        return QDate(found.date() if isinstance(found, dt.datetime) else found)  # type: ignore[call-overload]  # PySide6 converts Python dates; its stubs omit it

    def dateTime(self) -> QDateTime:  # noqa: N802, D102
        found = self.value()
        if found is None:
            return QDateTime()
        if not isinstance(found, dt.datetime):
            found = dt.datetime.combine(found, self._time)
        return QDateTime(found)  # type: ignore[call-overload]  # PySide6 converts Python dates; its stubs omit it

    # -- writing ------------------------------------------------------------------
    def setDate(self, value: QDate | dt.date) -> None:  # noqa: N802, D102
        day = cast(dt.date, value.toPython()) if isinstance(value, QDate) else value
        if isinstance(day, dt.datetime):
            day = day.date()
        self.setText(day.strftime(_date_format()))
        self._emit()

    def setDateTime(self, value: QDateTime | dt.datetime) -> None:  # noqa: N802, D102
        moment = cast(dt.datetime, value.toPython()) if isinstance(value, QDateTime) else value
        self._time = moment.time().replace(second=0, microsecond=0)
        self.setText(moment.strftime(_date_format() + (" %H:%M" if self.with_time else "")))
        self._emit()

    def setMinimumDate(self, value: QDate | dt.date) -> None:  # noqa: N802, D102
        self._minimum = cast(dt.date, value.toPython()) if isinstance(value, QDate) else value

    # -- typing -------------------------------------------------------------------
    @Slot(str)
    def _edited(self, _text: str) -> None:
        mark_invalid(self, False)
        self._emit()

    def _emit(self) -> None:
        if self.value() is not None:
            self.dateChanged.emit(self.date())
            self.dateTimeChanged.emit(self.dateTime())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        """Leaving shows what was understood (7/12 becomes 07/12/2026); what cannot be
        read stays exactly as typed, framed in red."""
        super().focusOutEvent(event)
        found = self.value()
        if found is None:
            mark_invalid(self, bool(self.text().strip()))
        elif isinstance(found, dt.datetime):
            self.setText(found.strftime(_date_format() + " %H:%M"))
        else:
            self.setText(found.strftime(_date_format()))
