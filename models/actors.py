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

    def require_manager(self, template: str) -> None:
        """Raise PermissionDenied with ``template`` (a translatable sentence) unless a manager."""
        if not self.is_manager:
            raise PermissionDenied(template, who=self.name)


CLI_ACTOR = Actor(None, "command line", "manager")


def actor_for(staff: Staff) -> Actor:
    return Actor(staff.id, staff.name, staff.role)
