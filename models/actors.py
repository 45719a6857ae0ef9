"""Who is doing something: every change in the register is attributed to an actor."""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import PermissionDenied
from models.schema import Staff


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"

    def require_manager(self, action: str) -> None:
        if not self.is_manager:
            raise PermissionDenied(
                f"Only a manager may {action}.", action=action
            )


CLI_ACTOR = Actor(None, "command line", "manager")


def actor_for(staff: Staff) -> Actor:
    return Actor(staff.id, staff.name, staff.role)
