"""Complaints loaded many at a time (an import, the demo): written by ``models.storage.bulk``'s
engine with the same hooks as a single save (one audit entry per batch, the search
index), each with its timeline's first line, and the month's numbering moved past them.
"""

from __future__ import annotations

from typing import Any

from models.core.actors import Actor
from models.register import numbering
from models.storage.bulk import insert_rows
from models.storage.schema import Complaint, Event, now


def insert_complaints(actor: Actor, rows: list[dict[str, Any]]) -> list[int]:
    """Complaints whose register numbers are already set (``register_no``, ``month``,
    ``seq``), with their timeline's first line, search entries and counters."""
    ids = insert_rows(Complaint, rows)
    events = [
        {
            "complaint": cid,
            "at": row.get("created_at") or row["received_at"],
            "actor": actor.staff_id,
            "actor_name": actor.name,
            "kind": "created",
            "new_value": row["register_no"],
        }
        for cid, row in zip(ids, rows, strict=True)
    ]
    insert_rows(Event, events)
    top: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (row["register_no"].rsplit("-", 2)[0], row["month"])  # CODE-YYYYMM-NNNN
        top[key] = max(top.get(key, 0), row["seq"])
    for (code, month), seq in top.items():
        numbering.claim_number(code, month, seq)
    return ids


def add_timeline(actor: Actor, lines: list[tuple[int, str, str]]) -> None:
    """Timeline lines (complaint id, kind, text) by ``actor``, now."""
    moment = now()
    insert_rows(
        Event,
        [
            {
                "complaint": cid,
                "at": moment,
                "actor": actor.staff_id,
                "actor_name": actor.name,
                "kind": kind,
                "text": text,
            }
            for cid, kind, text in lines
        ],
    )


# -- a large demo register -------------------------------------------------------
