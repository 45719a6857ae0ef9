"""What leaves the register: exports, printed registers, backup copies, restores.

On a shared counter PC the register file is the one place personal data is kept; every
copy that leaves it is allowed by role here, whichever door it goes out by (the screens,
the command line), and answered for in the audit trail: one event says who, what, which
month and how many records. A clerk may take out the masked register only (names,
phones and ID numbers shortened as on the printed register); full personal data leaves
only with a manager.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP
from models.core.masking import mask_id, mask_name, mask_phone
from models.register.records import iter_records
from models.storage.audit import acting
from models.storage.db import atomic, facts
from models.storage.schema import ACTIVITY_TABLE, AuditEvent
from models.storage.trail import append_audit

FULL_EXPORT_DENIED = QT_TRANSLATE_NOOP(
    "domain",
    "Only a manager may export full names, phone and ID numbers; a clerk's export is masked.",
)


def _hidden(_value: str) -> str:
    return "***" if _value else ""


# Column -> how the masked export shows it.
MASKED_COMPLAINT_COLUMNS: dict[str, Callable[[str], str]] = {
    "customer_name": mask_name,
    "customer_phone": mask_phone,
    "customer_id_no": mask_id,
    "vulnerable_note": _hidden,
}
MASKED_OPINION_COLUMNS: dict[str, Callable[[str], str]] = {
    "name": mask_name,
    "contact": mask_phone,
}


def may_read_personal(actor: Actor | None, handler_id: int | None) -> bool:
    """Whether ``actor`` sees a complaint's customer in full on screen: a manager always,
    a clerk on the complaints they handle (their own, by default). Anyone else sees the
    customer masked, as the printed register shows them."""
    if actor is None:
        return False
    return actor.is_manager or (actor.staff_id is not None and actor.staff_id == handler_id)


def masked_customer(
    actor: Actor | None, handler_id: int | None, record: dict[str, Any]
) -> dict[str, Any]:
    """``record`` (customer fields by name) as ``actor`` may see it on screen."""
    if may_read_personal(actor, handler_id):
        return record
    return masked(record, MASKED_COMPLAINT_COLUMNS)


def check_export(actor: Actor, *, full: bool) -> None:
    """Refuse a clerk's export of unmasked personal data."""
    if full:
        actor.require_manager(FULL_EXPORT_DENIED)


def masked(record: dict[str, Any], columns: dict[str, Callable[[str], str]]) -> dict[str, Any]:
    """``record`` with its personal values shortened (a new dict)."""
    out = dict(record)
    for name, mask in columns.items():
        value = out.get(name)
        if value:
            out[name] = mask(str(value))
    return out


def complaint_records(
    actor: Actor, month: str | None = None, *, full: bool = False
) -> Iterator[dict[str, Any]]:
    """The complaints an export may write for ``actor``: masked unless ``full``."""
    check_export(actor, full=full)
    for record in iter_records(month):
        yield record if full else masked(record, MASKED_COMPLAINT_COLUMNS)


def record(actor: Actor, action: str, **details: Any) -> None:
    """One audit event for something that left the register (or replaced it)."""
    if not facts().audit_ready:
        # A register opened read-only cannot be written to, not even its trail.
        logging.getLogger("disclosure").warning(
            "%s by %s not recorded: the register is read-only (%s)", action, actor.name, details
        )
        return
    with atomic(), acting(actor):
        # Shaped like a record's changes ({name: [old, new]}), so every reader of the
        # trail reads it the same way.
        append_audit(ACTIVITY_TABLE, 0, action, {k: [None, v] for k, v in details.items()})


def activity(limit: int = 200) -> list[Any]:
    """The newest exports, prints, backups and restores, newest first (for managers)."""
    return list(
        AuditEvent.select()
        .where(AuditEvent.table_name == ACTIVITY_TABLE)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
