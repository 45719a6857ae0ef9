"""Deadline policies: when a complaint's reply is due, in the branch country's working days.

Each preset says how the due dates follow from the day a complaint was received.
Working days come from the ``holidays`` library, which also knows the make-up
working weekends some countries (China, Vietnam) use around long holidays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError

PRESETS = ("china_banking", "vietnam_consumer", "uk_fca", "custom")
FOLLOWUP_WORKING_DAYS = 3


@dataclass(frozen=True)
class Deadlines:
    """``first`` is an earlier interim deadline where the policy has one (UK summary resolution)."""

    due: dt.date
    first: dt.date | None = None


@cache
def _calendar(country: str) -> holidays.HolidayBase:
    import holidays  # a tenth of a second: paid at the first deadline, not at start-up

    try:
        return holidays.country_holidays(country.upper())
    except NotImplementedError as exc:
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP(
                "domain", "No public holiday calendar is known for country code {value}."
            ),
            value=country,
        ) from exc


def check_country(country: str) -> None:
    """Raise ValidationError unless a holiday calendar exists for ``country``."""
    _calendar(country)


def is_working_day(day: dt.date, country: str) -> bool:
    return bool(_calendar(country).is_working_day(day))


def add_working_days(start: dt.date, days: int, country: str) -> dt.date:
    """The ``days``-th working day after ``start`` (the day of receipt itself not counted)."""
    cal = _calendar(country)
    day = start
    remaining = days
    while remaining > 0:
        day += dt.timedelta(days=1)
        if cal.is_working_day(day):
            remaining -= 1
    return day


def next_working_day(day: dt.date, country: str) -> dt.date:
    """``day`` itself if it is a working day, else the next one."""
    cal = _calendar(country)
    while not cal.is_working_day(day):
        day += dt.timedelta(days=1)
    return day


# China: 15 days, extendable to 30 and then by another 30 with a recorded approval.
CHINA_STEPS = (15, 30, 60)


def max_extensions(preset: str) -> int:
    return len(CHINA_STEPS) - 1 if preset == "china_banking" else 0


def compute(
    preset: str,
    received: dt.date,
    country: str,
    *,
    custom_days: int = 10,
    extension_level: int = 0,
) -> Deadlines:
    """Due dates for a complaint received on ``received`` under ``preset``."""
    if preset == "china_banking":
        # Calendar days; a deadline landing on a rest day moves to the next working day.
        days = CHINA_STEPS[min(extension_level, len(CHINA_STEPS) - 1)]
        return Deadlines(next_working_day(received + dt.timedelta(days=days), country))
    if preset == "vietnam_consumer":
        return Deadlines(add_working_days(received, 7, country))
    if preset == "uk_fca":
        return Deadlines(
            due=received + dt.timedelta(weeks=8),
            first=add_working_days(received, 3, country),
        )
    if preset == "custom":
        return Deadlines(add_working_days(received, max(1, custom_days), country))
    raise ValidationError(
        "deadline_preset",
        QT_TRANSLATE_NOOP("domain", "Unknown deadline policy {value}."),
        value=preset,
    )


def followup_due(resolved: dt.date, country: str) -> dt.date:
    return add_working_days(resolved, FOLLOWUP_WORKING_DAYS, country)
