"""Loading many records at once: a large demo register, benchmarks, big imports.

Saving one record at a time through the ORM costs a read, an audit event and a
commit each: fine at the counter, hours for a million rows. Here rows go in with
``executemany`` in large transactions, and each batch is still complete and
tamper-evident: timeline lines, the search index, the register counters, and one
audit event per batch holding every row's values (``bulk_create``; personal values as
references, see ``personal``), which ``check`` replays like single events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import peewee as pw

from models.storage import audit
from models.storage.db import database, is_sqlite
from models.storage.schema import (
    SAVE_HOOKS,
    BaseModel,
)

BATCH = 20_000
Progress = Callable[[int, int], None]


def _default(field: pw.Field) -> Any:
    default = field.default
    return default() if callable(default) else default


def _fields(model: type[BaseModel]) -> list[pw.Field]:
    return [f for f in model._meta.sorted_fields if f is not model._meta.primary_key]


def next_id(model: type[BaseModel]) -> int:
    return int(model.select(pw.fn.COALESCE(pw.fn.MAX(model._meta.primary_key), 0)).scalar()) + 1


def _converters(fields: list[pw.Field]) -> list[Callable[[Any], tuple[Any, Any]]]:
    """Per field: value -> (what the driver stores, what the audit trail records), the
    same as the ORM's save and ``audit.row_values`` give, without their per-call cost."""
    sqlite = is_sqlite()

    def plain(v: Any) -> tuple[Any, Any]:
        return v, v

    def moment(v: Any) -> tuple[Any, Any]:
        if v is None:
            return None, None
        text = v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v.isoformat()
        return (text if sqlite else v), text

    def flag(v: Any) -> tuple[Any, Any]:
        if v is None:
            return None, None
        return (int(bool(v)) if sqlite else bool(v)), bool(v)

    def general(field: pw.Field) -> Callable[[Any], tuple[Any, Any]]:
        def convert(v: Any) -> tuple[Any, Any]:
            stored = field.db_value(v)
            return stored, audit.canonical(None if stored is None else field.python_value(stored))

        return convert

    out: list[Callable[[Any], tuple[Any, Any]]] = []
    for f in fields:
        if isinstance(f, (pw.DateTimeField, pw.DateField)):
            out.append(moment)
        elif isinstance(f, pw.BooleanField):
            out.append(flag)
        elif isinstance(f, (pw.CharField, pw.TextField, pw.ForeignKeyField)) or type(f) is (
            pw.IntegerField
        ):
            out.append(plain)
        else:
            out.append(general(f))
    return out


def _insert_sql(table: str, columns: list[str]) -> str:
    """One INSERT for ``executemany``, in the driver's own parameter style."""
    mark = "?" if is_sqlite() else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join([mark] * len(columns))})'


def insert_rows(model: type[BaseModel], rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` (values by field name) into an audited table in the caller's write
    transaction; returns their ids. One audit event records them all."""
    if not rows:
        return []
    fields = _fields(model)
    first = next_id(model)
    ids = list(range(first, first + len(rows)))
    table = model._meta.table_name
    sql = _insert_sql(table, ["id", *(f.column_name for f in fields)])
    stored: list[tuple[Any, ...]] = []
    trail: list[list[Any]] = []
    names = [f.name for f in fields]
    convert = _converters(fields)
    at = {name: i for i, name in enumerate(names)}
    blank = [c(_default(f)) for c, f in zip(convert, fields, strict=True)]
    blank_stored, blank_trail = [p[0] for p in blank], [p[1] for p in blank]
    for row_id, row in zip(ids, rows, strict=True):
        # Start from the defaults and convert only the values the row has (about half).
        values, audited = blank_stored.copy(), blank_trail.copy()
        for name, value in row.items():
            i = at.get(name)
            if i is not None:
                values[i], audited[i] = convert[i](value)
        stored.append((row_id, *values))
        trail.append([row_id, *audited])
    cursor = database.cursor()
    cursor.executemany(sql, stored)
    if not is_sqlite():
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM \"{table}\"))"
        )
    # The same hooks as a single save: one audit entry for the batch (personal values
    # beside the chain, secrets as digests), and whatever else follows a write.
    SAVE_HOOKS.batch(model, first, names, trail)
    return ids
