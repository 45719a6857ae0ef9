"""Domain errors. The UI and the CLI turn these into messages in the user's language.

An error keeps its message *template* (marked for Qt's translation tools) and the
values that fill it, so the edge can translate the template and then fill it in;
``str(error)`` is the English sentence.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(  # noqa: N802 - the name lupdate looks for
    context: str, text: str, disambiguation: str = ""
) -> str:
    """Mark ``text`` for extraction into the translation files, without importing Qt
    (``models.core.catalogue`` reads it back; ``disambiguation`` tells apart one English
    text translated two ways in one context)."""
    return text


def tr_domain(text: str) -> str:
    """Identity; documents that ``text`` was marked with QT_TRANSLATE_NOOP("domain", ...)."""
    return text


class DomainError(Exception):
    """Base of every error the domain raises on purpose."""

    code = "error"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        try:
            self.message = template.format(**params)
        except (KeyError, IndexError, ValueError):
            self.message = template
        super().__init__(self.message)


class ValidationError(DomainError):
    """Input that cannot be saved as it is; ``field`` names what to fix."""

    code = "invalid"

    def __init__(self, field: str, template: str, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field


class ValidationErrors(DomainError):
    """Several fields at once, so a form can mark all of them."""

    code = "invalid_many"

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(" ".join(e.message for e in errors))
        self.errors = errors


class InvalidTransition(DomainError):
    """A lifecycle move that the register's rules do not allow."""

    code = "invalid_transition"


class PermissionDenied(DomainError):
    code = "permission_denied"


class NotFound(DomainError):
    code = "not_found"


class ConcurrentEdit(DomainError):
    """Someone else saved the record after it was opened here."""

    code = "concurrent_edit"
    current_version: int | None = None  # the saved version, to merge against


class SchemaTooNew(DomainError):
    """The database was written by a newer version of the app."""

    code = "schema_too_new"


class DatabaseUnavailable(DomainError):
    code = "database_unavailable"
