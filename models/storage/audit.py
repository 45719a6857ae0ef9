"""The audit trail: every change to any record, chained by SHA-256, append-only.

Each audited save writes an event with who, when, the table and row, and the old
and new value of every field that changed (a customer's personal data and password or
PIN hashes only as digests: see ``models.storage.personal``). Each event stores the hash of its content
and of the event before it, so removing or editing an event breaks the chain; the
database refuses UPDATE and DELETE on the audit table outright. Replaying a row's
events gives its current values, so a change made behind the app shows up in
``python main.py check``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from decimal import Decimal
from functools import wraps
from typing import Any, TypeVar

import peewee as pw

from models.core.actors import Actor
from models.storage.typed import primary_key

GENESIS = "0" * 64
# One event records a whole batch of new rows (an import, the demo, a bulk load).
BULK_ACTION = "bulk_create"
# An upgrade's one entry for rows that existed before their table was audited (the
# timeline's lines): shaped as a bulk creation, unsigned, sealed by the first manager who
# signs in after the upgrade (``models.trust.upgrade_seal``).
ADOPT_ACTION = "adopt"
REPLAYED_AS_BULK = (BULK_ACTION, ADOPT_ACTION)
_actor: ContextVar[Actor | None] = ContextVar("audit_actor", default=None)
_told_moment: ContextVar[dt.datetime | None] = ContextVar("audit_told_moment", default=None)
F = TypeVar("F", bound=Callable[..., Any])


class NobodyActing(RuntimeError):
    """A change was about to be saved in nobody's name: a mistake in the program, never
    a person's. Every change names who makes it (``acting``, ``as_actor``); nothing
    falls back on whoever signed in last, so no change is ever signed by the wrong
    person (another thread, another register opened in the same process)."""


def current_actor() -> Actor:
    """Who the change being saved is made by, as named by the call making it."""
    actor = _actor.get()
    if actor is None:
        raise NobodyActing("a change was saved with nobody named as making it")
    return actor


@contextlib.contextmanager
def acting(actor: Actor) -> Iterator[None]:
    token = _actor.set(actor)
    try:
        yield
    finally:
        _actor.reset(token)


@contextlib.contextmanager
def made_up_history(moment: dt.datetime) -> Iterator[None]:
    """Demo data only (an empty register, ``demo.require_empty_register``): the changes
    made inside are recorded as made at ``moment``, so a made-up register's past months
    stand at their ends as a real one's would (``models.register.month_end``)."""
    token = _told_moment.set(moment)
    try:
        yield
    finally:
        _told_moment.reset(token)


def told_moment() -> dt.datetime | None:
    """The moment ``made_up_history`` records changes at, None for the real clock."""
    return _told_moment.get()


def as_actor(fn: F) -> F:
    """Attribute every save inside ``fn`` to its ``actor`` argument (the first one)."""

    @wraps(fn)
    def wrapper(actor: Actor, *args: Any, **kwargs: Any) -> Any:
        with acting(actor):
            return fn(actor, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def canonical(value: Any) -> Any:
    """A field value as the audit trail stores it: JSON-safe and stable."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, Decimal, float)):
        return str(value)
    return str(value)


def row_values(model: type[pw.Model], data: dict[str, Any]) -> dict[str, Any]:
    """Canonical values of a row, each passed through the database's own conversion."""
    out = {}
    for field in model._meta.sorted_fields:
        if field.name == primary_key(model).name:
            continue
        value = data.get(field.name)
        if value is not None:
            value = field.python_value(field.db_value(value))
        out[field.name] = canonical(value)
    return out


def to_json(value: Any) -> str:
    """The one JSON form the chain hashes: sorted keys, no spaces, characters as they are."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(prev: str, content: dict[str, Any]) -> str:
    return hashlib.sha256((prev + "\n" + to_json(content)).encode("utf-8")).hexdigest()


def new_event_hash(
    prev: str, at: str, actor: str, table: str, row: int, action: str, changes: str
) -> str:
    """``event_hash`` of a new event whose changes are already ``to_json`` text: the same
    text as serialising ``content_of`` again, without parsing and writing the changes
    twice more (a bulk load's event holds 20,000 rows)."""
    body = (
        f'{{"action":{to_json(action)},"actor":{to_json(actor)},"at":{to_json(at)},'
        f'"changes":{changes},"row":{to_json(row)},"table":{to_json(table)}}}'
    )
    return hashlib.sha256((prev + "\n" + body).encode("utf-8")).hexdigest()


def content_of(event: Any) -> dict[str, Any]:
    return {
        "at": canonical(event.at),
        "actor": event.actor_name,
        "table": event.table_name,
        "row": event.row_id,
        "action": event.action,
        "changes": json.loads(event.changes),
    }


def verify_rows(rows: list[tuple[Any, ...]]) -> str | None:
    """Check an audit chain given as raw rows (id, at, actor_name, table_name, row_id,
    action, changes, prev_hash, hash); the first problem, or None."""
    prev = GENESIS
    for event_id, at, actor_name, table, row_id, action, changes, prev_hash, stored in rows:
        content = {
            "at": at if isinstance(at, str) else canonical(at),
            "actor": actor_name,
            "table": table,
            "row": row_id,
            "action": action,
            "changes": json.loads(changes),
        }
        if prev_hash != prev or event_hash(prev_hash, content) != stored:
            return f"audit event #{event_id} ({table} #{row_id})"
        prev = stored
    return None


def replay_bulk(changes: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row id, values) of every row a ``bulk_create`` event recorded."""
    columns = changes["columns"][1]
    for row in changes["rows"][1]:
        yield row[0], dict(zip(columns, row[1:], strict=True))
