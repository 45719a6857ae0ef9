"""What a query's rows are, for the type checker. peewee's stubs type every row of a
model's select as a model instance, even after ``.tuples()`` or ``.dicts()``, and
``.first()`` as untyped; these return the very same query or row, typed as it is."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar, cast

import peewee as pw

M = TypeVar("M", bound=pw.Model)


def tuples_of(query: pw.SelectQuery) -> Iterable[tuple[Any, ...]]:
    """``query.tuples()``: each row a tuple of the selected columns."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def dicts_of(query: pw.SelectQuery) -> Iterable[dict[str, Any]]:
    """``query.dicts()``: each row a dict of column name to value."""
    return cast("Iterable[dict[str, Any]]", query.dicts())


def first_of(query: pw.ModelSelect[M]) -> M | None:
    """``query.first()``: the first model instance, or None."""
    return cast("M | None", query.first())
