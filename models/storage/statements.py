"""The counter's save path, with its SQL written once instead of built per call.

Peewee builds every query's SQL text anew; for the few statements a new complaint needs
(its row, its register number, its timeline line, its audit event) that building was
most of a save's time. Here each statement's text is made once per table, column list
and driver, and values still go through each field's ``db_value`` exactly as peewee's
own INSERT would pass them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import peewee as pw

from models.storage.db import database
from models.storage.typed import primary_key

_SQL: dict[tuple[Any, ...], str] = {}


def _param() -> str:
    return str(database.obj.param)  # "?" for SQLite, "%s" for psycopg


def insert(model: type[pw.Model], data: Mapping[str, Any]) -> int:
    """INSERT one row of ``model`` (values by field name) and return its new id."""
    meta = model._meta
    names = tuple(data)
    key = ("insert", meta.table_name, names, _param())
    sql = _SQL.get(key)
    if sql is None:
        columns = ", ".join(f'"{meta.fields[n].column_name}"' for n in names)
        marks = ", ".join([_param()] * len(names))
        pk = primary_key(model).column_name
        sql = _SQL[key] = (
            f'INSERT INTO "{meta.table_name}" ({columns}) VALUES ({marks}) RETURNING "{pk}"'
        )
    fields = meta.fields
    cursor = database.execute_sql(sql, [fields[n].db_value(data[n]) for n in names])
    return int(cursor.fetchone()[0])


def scalar(name: str, sql: str, params: tuple[Any, ...] = ()) -> Any:
    """The first column of the first row of a fixed statement (``?`` marks are turned
    into the driver's own once), or None when there is no row."""
    key = ("fixed", name, _param())
    text = _SQL.get(key)
    if text is None:
        text = _SQL[key] = sql.replace("?", _param())
    row = database.execute_sql(text, params).fetchone()
    return None if row is None else row[0]
