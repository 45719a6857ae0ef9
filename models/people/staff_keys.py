"""Each person's signing key: made, vouched for, opened at sign-in, retired.

The rules ``check`` holds the keys to (``models.trust.signatures``):
- the branch's *root* is the first key of a manager; it vouches for itself;
- every later key is vouched for: signed by a manager's key when a manager gives the
  password (a new account, a reset), or by the holder's own current key when they
  change their own password or PIN;
- a person who already had a password before the branch had any key gets theirs at
  their next sign-in, vouched by nobody: that is how an older register is brought in,
  and the root's own first event seals everything written before it.

A key's registration is an audit event signed by the new key itself (it proves the
key's holder wrote it), so the chain up to that moment is signed too.
"""

from __future__ import annotations

import peewee as pw

from models.core import keys
from models.core.actors import Actor
from models.core.keys import Signer
from models.storage.audit import acting
from models.storage.schema import StaffKey, now
from models.storage.typed import first_of

PASSWORD, PIN = "password", "pin"


def active_key(staff_id: int, kind: str) -> StaffKey | None:
    return first_of(
        StaffKey.select()
        .where(
            (StaffKey.staff == staff_id) & (StaffKey.kind == kind) & StaffKey.retired_at.is_null()
        )
        .order_by(StaffKey.id.desc())
    )


def _next_id() -> int:
    """Ids are chosen here, inside the write transaction, because the new key signs its
    own registration event and so must know its id before the row is written."""
    return int(StaffKey.select(pw.fn.MAX(StaffKey.id)).scalar() or 0) + 1


def issue(holder: Actor, kind: str, secret: str, voucher: Signer | None = None) -> Signer:
    """A new key of ``kind`` for ``holder``, sealed under ``secret``; the one it replaces
    is retired. ``voucher`` (a manager's key, or the holder's own) signs the new public
    key. Call inside the write transaction."""
    assert holder.staff_id is not None
    private = keys.new_private_key()
    public = keys.public_hex(private)
    signer = Signer(_next_id(), private)
    with acting(Actor(holder.staff_id, holder.name, holder.role, signer)):
        old = active_key(holder.staff_id, kind)
        StaffKey(
            id=signer.key_id,
            staff=holder.staff_id,
            kind=kind,
            public_key=public,
            sealed=keys.seal(private, secret),
            vouched_by=voucher.key_id if voucher else None,
            vouch=voucher.sign(bytes.fromhex(public)) if voucher else "",
        ).save(force_insert=True)
        if old is not None:  # after the new key's registration, which it signs
            old.retired_at = now()
            old.save()
    return signer


def reseal(signer: Signer, secret: str) -> None:
    """The same key under a new secret (the holder changed their own password)."""
    row = StaffKey.get_by_id(signer.key_id)
    row.sealed = keys.seal(signer.private, secret)
    row.save()


def open_key(staff_id: int, kind: str, secret: str) -> Signer | None:
    """The person's key of ``kind`` opened with ``secret``; None when they have none yet."""
    row = active_key(staff_id, kind)
    if row is None:
        return None
    return Signer(row.id, keys.open_sealed(row.sealed, secret))


def retire(staff_id: int, kind: str) -> None:
    """No key of ``kind`` any more (a PIN switched off)."""
    row = active_key(staff_id, kind)
    if row is not None:
        row.retired_at = now()
        row.save()


def for_new_secret(actor: Actor, holder: Actor, kind: str, secret: str) -> None:
    """``actor`` gave ``holder`` a new password or PIN: the holder changing their own
    keeps their key under the new secret; otherwise a new key, vouched for by the
    actor's key (a manager's, or the holder's own)."""
    own = actor.staff_id == holder.staff_id
    current = active_key(holder.staff_id, kind) if holder.staff_id is not None else None
    if (
        own
        and actor.signer is not None
        and current is not None
        and actor.signer.key_id == current.id
    ):
        reseal(actor.signer, secret)
        return
    voucher = actor.signer if actor.signer is not None and (actor.is_manager or own) else None
    issue(holder, kind, secret, voucher)
