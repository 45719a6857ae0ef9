"""peewee, typed where its stubs fall short. They type every row of a model's select as a
model instance, even after ``.tuples()`` or ``.dicts()``, ``.first()`` as untyped, and a
table's primary key as possibly ``False``; these return the very same object, typed as
it is, so the domain is checked strictly without ignoring peewee."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeAlias, TypeVar, cast

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


def primary_key(model: type[pw.Model]) -> pw.Field[Any]:
    """The table's primary key field (every table of the register has one)."""
    return cast("pw.Field[Any]", model._meta.primary_key)


# The open register (``models.storage.db.database``, a proxy) or a database itself: the
# schema's steps and checks are handed either.
AnyDatabase: TypeAlias = pw.Database | pw.DatabaseProxy


def unwrapped(db: AnyDatabase) -> pw.Database:
    """The database itself, behind the open register's proxy."""
    return cast(pw.Database, db.obj) if isinstance(db, pw.DatabaseProxy) else db
