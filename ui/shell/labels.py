"""Display names for coded values in the UI's current language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from models.core import categories, vocab
from models.core.actors import PROGRAM_NAMES
from models.people.branch import get_branch

_language = "en"


def set_language(lang: str) -> None:
    global _language
    _language = lang


def language() -> str:
    return _language


def name(group: str, code: str) -> str:
    return vocab.name(group, code, _language) if code else ""


def actor(staff_id: int | None, name: str) -> str:
    """Who made a change, as the audit trail names them: the program's own names (no
    person) in the reader's language, a person's name as it is written."""
    if staff_id is None and name in PROGRAM_NAMES:
        return QCoreApplication.translate("actor", name)
    return name


def category_tree() -> categories.CategoryTree:
    return categories.load(get_branch().category_preset)


def category(code: str) -> str:
    return category_tree().label(code, _language) if code else ""


# Numeric dates as each region writes them: one table for fields, lists and the
# register's prose (models.core.vocab).
DATE_FORMATS = vocab.DATE_FORMATS


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return value.strftime(DATE_FORMATS.get(_language, "%Y-%m-%d"))


def datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime(DATE_FORMATS.get(_language, "%Y-%m-%d") + " %H:%M")


SYMBOLS = {"CNY": "¥", "VND": "₫", "GBP": "£", "TWD": "NT$", "HKD": "HK$", "USD": "$", "EUR": "€"}


def money(amount: object, currency: str) -> str:
    """An amount as people of the UI language write it: 1,234.50 £ / ¥1,234.50 / 1.234,50 ₫."""
    from PySide6.QtCore import QLocale

    if amount is None:
        return ""
    locale = QLocale(
        {"en": "en_GB", "zh_CN": "zh_CN", "zh_TW": "zh_TW", "zh_HK": "zh_HK", "vi": "vi_VN"}.get(
            _language, "en_GB"
        )
    )
    return locale.toCurrencyString(float(str(amount)), SYMBOLS.get(currency, currency), 2)


def recent_months(count: int) -> list[tuple[str, str]]:
    """(shown as YYYY-MM, YYYYMM) for this month and the ``count - 1`` before it, newest first."""
    from models.register.statistics import previous_months

    this = dt.date.today().strftime("%Y%m")
    return [(f"{m[:4]}-{m[4:]}", m) for m in reversed(previous_months(this, count))]
