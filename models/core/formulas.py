"""Text that a spreadsheet would take for a formula, and the quote that stops it.

Excel and LibreOffice take a cell that starts with ``= + - @`` (or a tab or carriage
return) for a formula, so a customer's name such as ``=HYPERLINK(...)`` or
``+cmd|' /C calc'!A0`` written raw into a CSV file becomes a live link or command on
the PC that opens it (OWASP's "CSV injection"). One single quote in front makes both
show it as text. The import takes exactly that quote off again, so an export still
re-imports to the same records: this rule belongs to the CSV format that the exports
(``reports``) and the import (``models.register.importer``) share, hence it lives here.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_STARTS = frozenset(FORMULA_STARTS)  # (every start is one character)


def looks_like_formula(text: str) -> bool:
    """Would a spreadsheet read ``text``, typed into a cell, as a formula?"""
    return text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """``text`` with a quote in front where a spreadsheet would take it for a formula.

    Text that already starts with quotes before such a character gets one more too, so
    that :func:`restore`, which takes one off, gives back exactly what was written."""
    first = text[:1]
    if first in _STARTS or (first == QUOTE and looks_like_formula(text.lstrip(QUOTE))):
        return QUOTE + text
    return text


def restore(text: str) -> str:
    """What :func:`neutralise` was given: the one quote it added taken off again."""
    if text.startswith(QUOTE) and looks_like_formula(text.lstrip(QUOTE)):
        return text[1:]
    return text
