"""Display names for coded values in the UI's current language."""

from __future__ import annotations

import datetime as dt

from models import categories, vocab
from models.branch import get_branch

_language = "en"


def set_language(lang: str) -> None:
    global _language
    _language = lang


def language() -> str:
    return _language


def name(group: str, code: str) -> str:
    return vocab.name(group, code, _language) if code else ""


def category_tree() -> categories.CategoryTree:
    return categories.load(get_branch().category_preset)


def category(code: str) -> str:
    return category_tree().label(code, _language) if code else ""


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return value.isoformat()


def datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%Y-%m-%d %H:%M")
