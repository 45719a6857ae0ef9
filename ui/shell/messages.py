"""Domain errors as sentences in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from models.core.errors import DomainError, ValidationErrors

from ui.shell import labels

# Parameters that hold codes are shown by their display name.
_CODED_PARAMS = {"status": "status"}


def translate_template(template: str, params: dict[str, Any]) -> str:
    text = QCoreApplication.translate("domain", template)
    shown = {
        key: labels.name(_CODED_PARAMS[key], value)
        if key in _CODED_PARAMS
        else describe(value)  # one refusal told inside another, in the same language
        if isinstance(value, DomainError)
        else value
        for key, value in params.items()
    }
    try:
        return text.format(**shown)
    except (KeyError, IndexError, ValueError):
        return text


def describe(error: DomainError) -> str:
    """One message for any domain error; several lines for several invalid fields."""
    if isinstance(error, ValidationErrors):
        return "\n".join(describe(e) for e in error.errors)
    return translate_template(error.template, error.params)
