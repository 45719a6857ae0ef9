"""Drafts of unsaved forms, kept in the database so a crash or power cut loses nothing."""

from __future__ import annotations

import json
from typing import Any

from models.db import atomic
from models.schema import Draft, now

INTAKE_FORM = "intake"  # the complaint form's draft


def owner_key(staff_id: int | None) -> str:
    return f"staff:{staff_id}" if staff_id is not None else "anonymous"


def save_draft(owner: str, form: str, payload: dict[str, Any]) -> None:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with atomic():
        Draft.insert(owner=owner, form=form, payload=body, updated_at=now()).on_conflict(
            conflict_target=[Draft.owner, Draft.form],
            update={Draft.payload: body, Draft.updated_at: now()},
        ).execute()


def load_draft(owner: str, form: str) -> tuple[dict[str, Any], Any] | None:
    """The draft's payload and when it was last saved, or None."""
    row = Draft.get_or_none((Draft.owner == owner) & (Draft.form == form))
    if row is None:
        return None
    return json.loads(row.payload), row.updated_at


def discard_draft(owner: str, form: str) -> None:
    with atomic():
        Draft.delete().where((Draft.owner == owner) & (Draft.form == form)).execute()
