"""Domain errors. The UI and the CLI turn these into messages in the user's language.

Each error carries a machine-readable ``code`` and the values needed to phrase the
message, so translation happens at the edge; ``str(error)`` is a plain English fallback.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every error the domain raises on purpose."""

    code = "error"

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


class ValidationError(DomainError):
    """Input that cannot be saved as it is; ``field`` names what to fix."""

    code = "invalid"

    def __init__(self, field: str, message: str, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field


class ValidationErrors(DomainError):
    """Several fields at once, so a form can mark all of them."""

    code = "invalid_many"

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
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


class SchemaTooNew(DomainError):
    """The database was written by a newer version of the app."""

    code = "schema_too_new"


class DatabaseUnavailable(DomainError):
    code = "database_unavailable"
