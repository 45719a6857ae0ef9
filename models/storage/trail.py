"""Writing and reading the audit trail (the rules are in ``models.storage.audit``).

Every audited save reaches ``record_save`` through the save hooks of ``models.storage.schema``,
and every bulk load reaches ``record_batch``: one place decides what an entry holds
(personal values and secrets replaced first, ``models.storage.personal``), chains it after the
newest entry and signs it with the acting person's key. The history a manager reads is
put together here too.
"""

from __future__ import annotations

import json
from typing import Any

from models.storage import audit, personal, schema, statements
from models.storage.audit import BULK_ACTION, current_actor
from models.storage.schema import AuditEvent, BaseModel, now


def append_audit(table: str, row_id: int, action: str, changes: dict[str, Any]) -> AuditEvent:
    """Chain a new event after the newest one (call inside the write transaction).
    Personal values and secrets are replaced first (``personal.protect``): the trail is
    kept forever, they must not be."""

    actor = current_actor()
    changes = personal.protect(table, row_id, changes)

    last = statements.scalar("newest_hash", "SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1")
    event = AuditEvent(
        at=audit.told_moment() or now(),
        actor_id=actor.staff_id,
        actor_name=actor.name,
        table_name=table,
        row_id=row_id,
        action=action,
        changes=audit.to_json(changes),
        prev_hash=last or audit.GENESIS,
    )
    event.hash = audit.new_event_hash(
        event.prev_hash,
        audit.canonical(event.at),
        event.actor_name,
        table,
        row_id,
        action,
        event.changes,
    )
    signer = actor.signer
    if signer is not None:
        event.key_id = signer.key_id
        event.signature = signer.sign(event.hash.encode("ascii"))
    event.save(force_insert=True)
    return event


def record_save(
    model: type[BaseModel],
    row_id: int,
    creating: bool,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """An audited row was saved: its changed fields become one entry."""
    changes = {k: [before.get(k), v] for k, v in after.items() if creating or before.get(k) != v}
    if changes:
        append_audit(model._meta.table_name, row_id, "create" if creating else "update", changes)


def record_batch(
    model: type[BaseModel], first: int, names: list[str], rows: list[list[Any]]
) -> None:
    """Rows loaded in one batch (ids from ``first``, values in ``names`` order after the
    id): personal values go beside the chain, and one entry records them all."""
    table = model._meta.table_name
    if table in personal.GUARDED and personal.ready():
        pending: list[personal.PendingRow] = []
        personal.guard_rows(table, names, rows, pending)
        personal.store(pending)
    append_audit(table, first, BULK_ACTION, {"columns": [None, names], "rows": [None, rows]})


schema.SAVE_HOOKS.register(record_save, record_batch, name="audit trail", last=True)


def history(table: str, row_id: int) -> list[Any]:
    """The audit events of one record, oldest first, for managers to read. A record that
    came in with many others (an import, the demo) was created by one event for the
    whole batch; its own part of that event is shown as its creation."""
    events = list(
        AuditEvent.select()
        .where(
            (AuditEvent.table_name == table)
            & (AuditEvent.row_id == row_id)
            & (AuditEvent.action != BULK_ACTION)  # the batch's first row: shown as below
        )
        .order_by(AuditEvent.id)
    )
    created = _created_in_batch(table, row_id)
    return sorted([*events, created], key=lambda e: e.id) if created else events


def readable_history(table: str, row_id: int) -> list[tuple[Any, dict[str, tuple[Any, Any]]]]:
    """``history`` with each event's changes as a reader may see them: a personal value
    the trail refers to is looked up (``personal.Hidden.REMOVED`` once anonymised), a
    secret's digest is ``personal.Hidden.SECRET``."""

    values = personal.values_of(table, row_id)
    out = []
    for event in history(table, row_id):
        changes = {
            name: (personal.shown(old, values), personal.shown(new, values))
            for name, (old, new) in json.loads(event.changes).items()
        }
        out.append((event, changes))
    return out


def _created_in_batch(table: str, row_id: int) -> Any:
    """The creation of ``row_id`` as recorded by a batch event, or None."""

    batch = (
        AuditEvent.select()
        .where(
            (AuditEvent.table_name == table)
            & (AuditEvent.action == BULK_ACTION)
            & (AuditEvent.row_id <= row_id)
        )
        .order_by(AuditEvent.row_id.desc())
        .first()
    )
    if batch is None:
        return None
    changes = json.loads(batch.changes)
    rows = changes["rows"][1]
    index = row_id - batch.row_id  # a batch holds consecutive ids
    if index >= len(rows) or rows[index][0] != row_id:
        return None
    values = dict(zip(changes["columns"][1], rows[index][1:], strict=True))
    return AuditEvent(
        id=batch.id,
        at=batch.at,
        actor_id=batch.actor_id,
        actor_name=batch.actor_name,
        table_name=table,
        row_id=row_id,
        action="create",
        changes=json.dumps({k: [None, v] for k, v in values.items()}, ensure_ascii=False),
    )
