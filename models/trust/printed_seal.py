"""The seal printed on a register: what ties a signed sheet of paper to the audit trail.

A register's digest alone proves little: whoever can rewrite the database can reprint
a register that matches it. So each printed register (and each opinion-book sign-off)
carries a *seal*: the branch key's fingerprint, the audit trail's head at printing (the
newest entry's number and hash, and how many entries led to it) and the records' digest,
all signed with the printing manager's own key. ``verify-register`` holds the paper to
the database:

- a branch key replaced behind the app shows as a fingerprint that differs from the one
  on the signed sheet;
- a trail rewritten or cut short no longer runs through the printed head;
- a file whose printed figures were patched no longer matches its signature.

A seal whose every part matches the database proves the trail up to the printed head
is the one the branch head signed for; the fingerprint is compared by eye with paper.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from models.core import keys
from models.core.actors import Actor
from models.storage.schema import AuditEvent, ReadSignoff, StaffKey
from models.storage.typed import tuples_of
from models.trust.signatures import root_fingerprint

PREFIX = "complaintbook-seal-v1"


@dataclass(frozen=True)
class Seal:
    """Everything the paper shows and the signature covers."""

    branch: str
    subject: str  # what was printed: a month "YYYYMM", or "opinions:YYYY-MM-DD"
    count: int  # records the subject holds
    digest: str  # SHA-256 of those records
    events: int  # audit entries up to and including the head
    head_id: int
    head: str  # hash of the head entry
    root: str  # the branch key's fingerprint
    key_id: int | None
    signer: str
    signature: str  # hex; "" when no signing key was open (nothing proves the sheet)

    def payload(self) -> bytes:
        return "|".join(
            (
                PREFIX,
                self.branch,
                self.subject,
                str(self.count),
                self.digest,
                str(self.events),
                str(self.head_id),
                self.head,
                self.root,
                str(self.key_id or ""),
            )
        ).encode("utf-8")

    def fields(self) -> dict[str, str]:
        """The seal as ``name=value`` pairs for a PDF's metadata (ASCII only: the signer's
        name is printed on the page, and the signature does not cover it)."""
        return {
            f"seal_{k}": "" if v is None else str(v)
            for k, v in asdict(self).items()
            if k != "signer"
        }

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Seal | None:
        try:
            return cls(**json.loads(text))
        except (ValueError, TypeError):
            return None

    @classmethod
    def from_fields(cls, fields: dict[str, str]) -> Seal | None:
        try:
            return cls(
                branch=fields["seal_branch"],
                subject=fields["seal_subject"],
                count=int(fields["seal_count"]),
                digest=fields["seal_digest"],
                events=int(fields["seal_events"]),
                head_id=int(fields["seal_head_id"]),
                head=fields["seal_head"],
                root=fields["seal_root"],
                key_id=int(fields["seal_key_id"]) if fields["seal_key_id"] else None,
                signer="",
                signature=fields["seal_signature"],
            )
        except (KeyError, ValueError):
            return None


def _head() -> tuple[int, int, str]:
    """(entries, newest entry's id, its hash) of the trail now."""
    last = AuditEvent.select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).first()
    if last is None:
        return 0, 0, ""
    return AuditEvent.select().count(), last.id, last.hash


def make(actor: Actor | None, branch: str, subject: str, count: int, digest: str) -> Seal:
    """The seal of what is being printed now, signed by ``actor`` when their key is open."""
    events, head_id, head = _head()
    unsigned = Seal(
        branch,
        subject,
        count,
        digest,
        events,
        head_id,
        head,
        root_fingerprint(),
        None,
        actor.name if actor else "",
        "",
    )
    if actor is None or actor.signer is None:
        return unsigned
    signed = Seal(**{**asdict(unsigned), "key_id": actor.signer.key_id})
    return Seal(**{**asdict(signed), "signature": actor.signer.sign(signed.payload())})


@dataclass(frozen=True)
class Finding:
    """One way the paper and the database disagree, in words a branch head understands."""

    what: str
    proof: str


def findings(seal: Seal, count: int, digest: str) -> list[Finding]:
    """Where the database no longer matches the sealed paper; empty when it does."""
    out: list[Finding] = []
    root_now = root_fingerprint()
    if seal.root != root_now:
        out.append(
            Finding(
                f"The branch key printed on the paper is {seal.root or 'missing'}, but the "
                f"database's branch key is {root_now or 'missing'}: the signing keys were "
                "replaced after it was printed.",
                "the branch key printed on the paper",
            )
        )
    event = (
        AuditEvent.select(AuditEvent.id, AuditEvent.hash, AuditEvent.at)
        .where(AuditEvent.id == seal.head_id)
        .first()
    )
    up_to = AuditEvent.select().where(AuditEvent.id <= seal.head_id).count()
    if seal.head_id and (event is None or event.hash != seal.head or up_to != seal.events):
        last = AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id.desc()).first()
        if event is None:
            what = (
                f"The audit trail no longer holds entry #{seal.head_id}, the newest when this "
                f"was printed (the trail now ends at #{last.id if last else 0}): entries were "
                "removed after printing."
            )
        else:
            what = (
                f"Audit entry #{seal.head_id} or an earlier one is not what it was when this "
                "was printed: the trail was rewritten after printing."
            )
        out.append(Finding(what, "the audit trail's head printed on the paper"))
    if not seal.signature:
        if seal.root or root_now:  # the branch signs: an unsigned sheet proves nothing
            out.append(
                Finding(
                    "The paper carries no signature (no manager's key was open when it was "
                    "printed), so it cannot prove what the database held.",
                    "",
                )
            )
    elif not _signature_holds(seal):
        out.append(
            Finding(
                "The seal's signature does not match the figures printed with it: the file "
                "was changed after printing, or the key that signed it was replaced.",
                "the signature printed on the paper",
            )
        )
    if count != seal.count or digest != seal.digest:
        out.append(
            Finding(
                f"The paper shows {seal.count} records; the database now gives {count} with "
                "a different digest: records were changed, added or removed after printing.",
                "the records' digest printed on the paper",
            )
        )
    return out


def _signature_holds(seal: Seal) -> bool:
    if seal.key_id is None:
        return False
    key = StaffKey.get_or_none(StaffKey.id == seal.key_id)
    return key is not None and keys.verify(key.public_key, seal.signature, seal.payload())


def signoff_problems() -> list[str]:
    """Each daily reading sign-off's seal still holds: the trail runs through the head
    the manager saw, under the same branch key, and the signature is theirs. (The day's
    entries may have been answered since, so their digest is not compared.)"""
    problems = []
    query = ReadSignoff.select(ReadSignoff.day, ReadSignoff.seal).where(ReadSignoff.seal != "")
    for day, text in tuples_of(query):
        seal = Seal.from_json(text)
        if seal is None:
            problems.append(f"The opinion-book sign-off of {day} carries a damaged seal.")
            continue
        for finding in findings(seal, seal.count, seal.digest):
            problems.append(f"Opinion-book sign-off of {day}: {finding.what}")
    return problems
