"""``check`` reads the signatures: was each change signed by the person it names?

A hash chain can be recomputed by anyone who can write the file; a signature only by
the holder of the private key, which is sealed under that person's password. So, once
the branch has its root key (the first manager's), ``check`` requires:

- every signature to verify with the key it names, and that key to be its actor's;
- every key to be registered in the trail by an event the key itself signed, and
  vouched for by a manager's key or the holder's own earlier key (the root, and keys
  made at a first sign-in by someone who had a password before the root, excepted);
- every event of a person who has a key to be signed, and every unsigned event of the
  system to be an upgrade step that only adds new fields, or an activity record.

What remains open, and is said in the README: an insider who rewrites the key table
and the whole chain with keys of their own is caught by the root key's fingerprint and
the chain head printed on the monthly register, not by ``check`` alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from models.core import keys
from models.storage.schema import ACTIVITY_TABLE, AuditEvent, Staff, StaffKey
from models.storage.typed import tuples_of
from models.trust.upgrade_seal import UPGRADE_ACTIONS, unsealed_problems


@dataclass(frozen=True)
class _Key:
    id: int
    staff_id: int
    kind: str
    public: str
    vouched_by: int | None
    vouch: str


def _keys() -> dict[int, _Key]:
    query = StaffKey.select(
        StaffKey.id,
        StaffKey.staff,
        StaffKey.kind,
        StaffKey.public_key,
        StaffKey.vouched_by,
        StaffKey.vouch,
    )
    return {row[0]: _Key(*row) for row in tuples_of(query)}


def _registrations() -> dict[int, tuple[int, int | None]]:
    """Key id -> (id of the event that created it, key that signed that event)."""
    query = AuditEvent.select(AuditEvent.row_id, AuditEvent.id, AuditEvent.key_id).where(
        (AuditEvent.table_name == "staff_key") & (AuditEvent.action == "create")
    )
    return {row: (event, signed_by) for row, event, signed_by in tuples_of(query)}


def _system_step(table: str, action: str, changes: str) -> bool:
    """An unsigned event the app itself writes: an activity record, or an upgrade step
    that only gives records their new fields' starting values."""
    if table == ACTIVITY_TABLE:
        return True
    if action not in UPGRADE_ACTIONS:
        return False
    try:
        return all(old is None for old, _new in json.loads(changes).values())
    except (ValueError, TypeError, AttributeError):
        return False


def signature_problems() -> list[str]:
    found = _keys()
    if not found:
        return []  # a register from before signing, until its first manager signs in
    names: dict[int, str] = dict(tuples_of(Staff.select(Staff.id, Staff.name)))
    managers = {sid for (sid,) in tuples_of(Staff.select(Staff.id).where(Staff.role == "manager"))}
    registered = _registrations()
    problems: list[str] = []
    root = next(
        (k for k in sorted(found.values(), key=lambda k: k.id) if k.staff_id in managers), None
    )
    root_event = registered.get(root.id, (0, None))[0] if root else None
    if root is None or root_event is None:
        return problems
    had_password = _had_password_before(root_event)
    first_key_event: dict[int, int] = {}
    enrolled: set[tuple[int, str]] = set()  # (staff, kind) that already had a key
    for key in sorted(found.values(), key=lambda k: k.id):
        first_of_kind = (key.staff_id, key.kind) not in enrolled
        enrolled.add((key.staff_id, key.kind))
        who = names.get(key.staff_id, f"#{key.staff_id}")
        event = registered.get(key.id)
        if event is None:
            problems.append(
                f"The signing key #{key.id} of {who} is not in the audit trail: it was added "
                "behind the app."
            )
            continue
        event_id, signed_by = event
        first_key_event.setdefault(key.staff_id, event_id)
        if signed_by != key.id:
            problems.append(
                f"The signing key #{key.id} of {who} was not registered by its holder "
                f"(audit event #{event_id}): it was added behind the app."
            )
        legacy = first_of_kind and (event_id < root_event or key.staff_id in had_password)
        if key.id == root.id or (key.vouched_by is None and legacy):
            continue
        voucher = found.get(key.vouched_by) if key.vouched_by is not None else None
        vouched = (
            voucher is not None
            and (voucher.staff_id in managers or voucher.staff_id == key.staff_id)
            and registered.get(voucher.id, (event_id, None))[0] < event_id
            and keys.verify(voucher.public, key.vouch, bytes.fromhex(key.public))
        )
        if not vouched:
            problems.append(
                f"The signing key #{key.id} of {who} was made without a manager's approval "
                f"(audit event #{event_id}): it may have been added behind the app."
            )
    manager_keys = {k.id for k in found.values() if k.staff_id in managers}
    signed_by_manager: list[int] = []
    query = AuditEvent.select(
        AuditEvent.id,
        AuditEvent.actor_id,
        AuditEvent.actor_name,
        AuditEvent.table_name,
        AuditEvent.row_id,
        AuditEvent.action,
        AuditEvent.changes,
        AuditEvent.hash,
        AuditEvent.key_id,
        AuditEvent.signature,
    ).order_by(AuditEvent.id)
    for (
        event_id,
        actor_id,
        actor,
        table,
        row,
        action,
        changes,
        digest,
        key_id,
        signature,
    ) in query.tuples().iterator():
        where = f"audit event #{event_id} ({table} #{row}, by {actor})"
        if key_id is not None and key_id in manager_keys:
            signed_by_manager.append(event_id)
        if key_id is not None:
            signer = found.get(key_id)
            if signer is None or not keys.verify(signer.public, signature, digest.encode("ascii")):
                problems.append(
                    f"The signature of {where} does not match: the event was forged or "
                    "changed after it was signed."
                )
            elif signer.staff_id != actor_id:
                problems.append(
                    f"{_upper_first(where)} is signed with the key of "
                    f"{names.get(signer.staff_id, '?')}, not of the person it names."
                )
            elif registered.get(key_id, (event_id, None))[0] > event_id:
                problems.append(f"{_upper_first(where)} is signed with a key made after it.")
            continue
        if event_id <= root_event:
            continue  # sealed: the root's registration signs the chain up to it
        if actor_id is not None and actor_id in first_key_event:
            if event_id > first_key_event[actor_id]:
                problems.append(
                    f"{_upper_first(where)} is not signed, though that person signs everything "
                    "they do: it was added behind the app."
                )
        elif actor_id is None and not _system_step(table, action, changes):
            problems.append(
                f"{_upper_first(where)} is not signed by anyone: it was added behind the app."
            )
    problems.extend(unsealed_problems(signed_by_manager, manager_keys))
    return problems


def entry_signed(event: AuditEvent) -> bool:
    """Whether ``event`` carries a valid signature by the key it names."""
    key = StaffKey.get_or_none(StaffKey.id == event.key_id) if event.key_id else None
    return key is not None and keys.verify(key.public_key, event.signature, event.hash.encode())


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]  # str.capitalize would lower-case the names


def _had_password_before(event_id: int) -> set[int]:
    """Staff who were given a password before ``event_id`` (the root's registration):
    their first key, made at their next sign-in, needs no one's approval."""
    query = AuditEvent.select(AuditEvent.row_id, AuditEvent.changes).where(
        (AuditEvent.table_name == "staff")
        & (AuditEvent.id < event_id)
        & AuditEvent.changes.contains("password_hash")
    )
    out = set()
    for row_id, changes in tuples_of(query):
        try:
            new = json.loads(changes).get("password_hash", [None, None])[1]
        except (ValueError, AttributeError):
            continue
        if new:
            out.add(row_id)
    return out


def root_fingerprint() -> str:
    """The branch's root key as printed on paper, or "" before there is one."""
    managers = Staff.select(Staff.id).where(Staff.role == "manager")
    root = StaffKey.select().where(StaffKey.staff.in_(managers)).order_by(StaffKey.id).first()
    return keys.fingerprint(root.public_key) if root else ""
