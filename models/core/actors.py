"""Who is doing something: every change in the register is attributed to an actor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.core.errors import QT_TRANSLATE_NOOP, PermissionDenied
from models.core.keys import Signer

if TYPE_CHECKING:  # an actor is made from a staff row; the tables are a layer above
    from models.storage.schema import Staff


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    name: str
    role: str
    # The person's opened signing key, while they are signed in: every audit event they
    # cause is signed with it. None for the system (an upgrade) and for tests' actors.
    signer: Signer | None = field(default=None, compare=False, repr=False)

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    def require_manager(self, template: str) -> None:
        """Raise PermissionDenied with ``template`` (a translatable sentence) unless a manager."""
        if not self.is_manager:
            raise PermissionDenied(template, who=self.name)


def _program(name: str) -> Actor:
    return Actor(None, name, "manager")


# The program acting by itself, no person: the name its changes carry in the audit
# trail is stored in English and shown in the reader's language (``PROGRAM_NAMES``).
CLI_ACTOR = _program(QT_TRANSLATE_NOOP("actor", "command line"))
SYSTEM = _program(QT_TRANSLATE_NOOP("actor", "system"))  # a new register's branch row
FIRST_START = _program(QT_TRANSLATE_NOOP("actor", "first start"))
SCHEMA_UPGRADE = _program(QT_TRANSLATE_NOOP("actor", "schema upgrade"))
START_UP = _program(QT_TRANSLATE_NOOP("actor", "start-up"))
AUTOMATIC_BACKUP = _program(QT_TRANSLATE_NOOP("actor", "automatic backup"))
LOST_CHANGES_RECOVERY = _program(QT_TRANSLATE_NOOP("actor", "recovery of lost changes"))
DAMAGE_RECOVERY = _program(QT_TRANSLATE_NOOP("actor", "damage recovery"))
DEMO = _program(QT_TRANSLATE_NOOP("actor", "demo"))
PROGRAM_NAMES = frozenset(
    a.name
    for a in (
        CLI_ACTOR,
        SYSTEM,
        FIRST_START,
        SCHEMA_UPGRADE,
        START_UP,
        AUTOMATIC_BACKUP,
        LOST_CHANGES_RECOVERY,
        DAMAGE_RECOVERY,
        DEMO,
    )
)


def actor_for(staff: Staff, signer: Signer | None = None) -> Actor:
    return Actor(staff.id, staff.name, staff.role, signer)
