"""Who is doing something: every change in the register is attributed to an actor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.core.errors import PermissionDenied
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


CLI_ACTOR = Actor(None, "command line", "manager")
# The program itself, for the one change nobody asks for: the branch's row a new
# register starts with.
SYSTEM = Actor(None, "system", "manager")


def actor_for(staff: Staff, signer: Signer | None = None) -> Actor:
    return Actor(staff.id, staff.name, staff.role, signer)
