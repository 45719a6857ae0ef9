"""Coded values (channel, scope, severity, status...) and their names in every language.

Codes are what the database, CSV and JSON hold; their English names are marked in
``models.core.vocab_names`` and translated in the catalogues (``models.core.catalogue``),
so the app, the CLI and the reports agree on wording.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from models.core.catalogue import translate
from models.core.resources import LANGUAGES
from models.core.vocab_names import NAMES

CHANNELS = (
    "in_person",
    "phone",
    "letter",
    "email",
    "opinion_book",
    "suggestion_box",
    "referral",
    "other",
)
SCOPES = ("point", "line", "plane")
SEVERITIES = ("low", "medium", "high", "critical")
STATUSES = ("received", "acknowledged", "investigating", "resolved", "closed", "void")
OUTCOMES = ("upheld", "partly_upheld", "not_upheld")
ROLES = ("clerk", "manager")
CONTACT_METHODS = ("phone", "in_person", "letter", "email", "sms")
CONTACT_RESULTS = ("reached", "no_answer", "left_message", "wrong_number")

# Numeric dates as each region writes them (day first in the UK and Vietnam): the same
# in the screens' fields and lists and in the prose of the printed register.
DATE_FORMATS = {
    "en": "%d/%m/%Y",
    "zh_CN": "%Y-%m-%d",
    "zh_TW": "%Y/%m/%d",
    "zh_HK": "%d/%m/%Y",
    "vi": "%d/%m/%Y",
}


def date_text(value: dt.date | str, lang: str) -> str:
    """``value`` (a date, or an ISO date as the timeline keeps it) in ``lang``'s format."""
    if isinstance(value, str):
        text = value
        try:
            value = dt.date.fromisoformat(text[:10])
        except ValueError:
            return text
    return value.strftime(DATE_FORMATS.get(lang, "%Y-%m-%d"))


GROUPS: dict[str, tuple[str, ...]] = {
    "channel": CHANNELS,
    "scope": SCOPES,
    "severity": SEVERITIES,
    "status": STATUSES,
    "outcome": OUTCOMES,
    "role": ROLES,
    "contact_method": CONTACT_METHODS,
    "contact_result": CONTACT_RESULTS,
}


def name(group: str, code: str, lang: str = "en") -> str:
    """Display name of ``code``; the code itself if the vocabulary lacks it."""
    english = NAMES.get(group, {}).get(code)
    return translate("vocab", english, lang, f"{group}.{code}") if english else code


def codes(group: str) -> tuple[str, ...]:
    if group in GROUPS:
        return GROUPS[group]
    return tuple(NAMES[group])


@lru_cache(maxsize=4096)  # an import asks the same few names again for every row
def resolve(group: str, value: str) -> str | None:
    """Map a code or a name in any language (case-insensitive) to its code."""
    wanted = value.strip().casefold()
    if not wanted:
        return None
    for code in codes(group):
        if code.casefold() == wanted:
            return code
        if any(wanted in _forms(name(group, code, lang)) for lang in LANGUAGES):
            return code
    return None


def _forms(name: str) -> set[str]:
    """A name as written, and its short form before any bracketed explanation."""
    full = name.strip().casefold()
    short = re.split(r"\s*[（(]", full, maxsplit=1)[0].strip()
    return {full, short} if short else {full}
