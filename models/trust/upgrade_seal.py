"""An upgrade's unsigned entries, sealed by the first manager who signs in after it.

An upgrade runs before anyone signs in, so what it writes to the audit trail (starting
values of new fields, the timeline's lines recorded when the timeline came under audit)
is signed by nobody. The first manager to sign in afterwards signs one *seal* entry
naming the newest of them: from then on, ``check`` requires every unsigned upgrade entry
to be covered by a seal, unless no manager has signed anything since it was written
(the upgrade is waiting for its seal). An upgrade entry slipped in behind the app is
therefore caught as soon as a manager works again, and the README says what the seal
vouches for: the manager did not write those entries, they vouch that the register they
found after the upgrade is the one they go on with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from models.core.actors import Actor
from models.register import disclosure
from models.storage.audit import ADOPT_ACTION
from models.storage.db import atomic, database
from models.storage.schema import ACTIVITY_TABLE, AuditEvent, Meta
from models.storage.schema_version import UPGRADE_SEALED_KEY as SEALED_KEY
from models.storage.schema_version import current_version
from models.storage.typed import tuples_of

SEAL_ACTION = "seal_upgrade"
UPGRADE_ACTIONS = ("schema", ADOPT_ACTION)


def _unsigned_steps(after: int = 0) -> list[int]:
    query = (
        AuditEvent.select(AuditEvent.id)
        .where(
            AuditEvent.key_id.is_null()
            & AuditEvent.actor_id.is_null()
            & AuditEvent.action.in_(UPGRADE_ACTIONS)
            & (AuditEvent.id > after)
        )
        .order_by(AuditEvent.id)
    )
    return [event_id for (event_id,) in tuples_of(query)]


@dataclass(frozen=True)
class Seal:
    event_id: int
    key_id: int | None
    through: int


def seals() -> list[Seal]:
    query = AuditEvent.select(AuditEvent.id, AuditEvent.key_id, AuditEvent.changes).where(
        (AuditEvent.table_name == ACTIVITY_TABLE) & (AuditEvent.action == SEAL_ACTION)
    )
    out = []
    for event_id, key_id, changes in tuples_of(query):
        try:
            through = int(json.loads(changes)["through"][1])
        except (ValueError, KeyError, TypeError, IndexError):
            continue
        out.append(Seal(event_id, key_id, through))
    return sorted(out, key=lambda s: s.event_id)


def seal_after_upgrade(actor: Actor) -> int:
    """At a manager's sign-in: seal the upgrade entries no seal covers yet; returns how
    many were sealed (0 when there was nothing to seal, or no key to seal with)."""
    if not actor.is_manager or actor.signer is None:
        return 0
    # Upgrade entries come only from an upgrade: once this schema version is sealed, a
    # sign-in reads one row instead of scanning the trail. (A note changed behind the
    # app only skips a seal, and ``check`` then reports the unsealed entries.)
    version = str(current_version(database.obj))
    noted = Meta.get_or_none(Meta.key == SEALED_KEY)
    if noted is not None and noted.value == version:
        return 0
    done = seals()
    pending = _unsigned_steps(done[-1].through if done else 0)
    if pending:
        disclosure.record(actor, SEAL_ACTION, through=pending[-1], entries=len(pending))
    with atomic():
        Meta.insert(key=SEALED_KEY, value=version).on_conflict(
            conflict_target=[Meta.key], update={Meta.value: version}
        ).execute()
    return len(pending)


def unsealed_problems(signed_by_manager: list[int], managers_keys: set[int]) -> list[str]:
    """Upgrade entries a manager's later work should have sealed but no seal covers.
    ``signed_by_manager``: ids of entries signed with a manager's key, ascending."""
    valid = [s for s in seals() if s.key_id in managers_keys]
    if not valid:
        return []  # a register from before seals: its first seal covers everything
    problems = []
    newest_manager_entry = signed_by_manager[-1] if signed_by_manager else 0
    for event_id in _unsigned_steps(valid[0].event_id):
        covered = any(s.event_id > event_id and s.through >= event_id for s in valid)
        if not covered and newest_manager_entry > event_id:
            problems.append(
                f"Audit entry #{event_id} claims to come from an upgrade, but no manager "
                "sealed it though managers have signed in since: it was added behind the app."
            )
    return problems
