"""The branch's own settings and its staff list."""

from __future__ import annotations

import json
import re
import threading
import time
from typing import Any

from models.core import categories, countries, deadlines
from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from models.core.location import is_reserved_name
from models.core.text import check_length, clean_line
from models.core.vocab import ROLES
from models.storage import schema
from models.storage.audit import as_actor
from models.storage.db import atomic, database, when_transaction_ends
from models.storage.schema import Branch, Staff, now

BRANCH_CODE = re.compile(r"^[A-Za-z0-9]{1,16}$")
EDITABLE = (
    "name",
    "code",
    "address",
    "head_name",
    "country",
    "currency",
    "deadline_preset",
    "custom_days",
    "category_preset",
    "allow_pin",
    "idle_minutes",
    "retention_years",
    "second_backup_folder",
)
NUMBERS = {"custom_days": (1, 365), "idle_minutes": (1, 240), "retention_years": (1, 30)}


# The branch row is read by every save (code, deadlines, currency): kept for a few
# seconds instead of read three times per save. The cache is shared by every thread,
# so it only ever holds a committed row: a change made here clears it when saved and
# again once committed (another thread may have read the old row meanwhile), and the
# thread that changed it keeps its uncommitted row to itself (rolled back, nobody saw
# it). One made on another counter PC is seen within BRANCH_TTL_S.
BRANCH_TTL_S = 5.0
_branch_cache: dict[str, tuple[Any, float, dict[str, Any]]] = {}
_changing = threading.local()  # .branch: this thread's open transaction changed it


def get_branch() -> Branch:
    """The branch row, as a fresh instance the caller may change and save."""
    mine = getattr(_changing, "branch", False)
    hit = None if mine else _branch_cache.get("row")
    if hit is None or hit[0] is not database.obj or time.monotonic() - hit[1] > BRANCH_TTL_S:
        row = Branch.select().order_by(Branch.id).get()
        hit = (database.obj, time.monotonic(), dict(row.__data__))
        if not mine:
            _branch_cache["row"] = hit
    branch = Branch(**hit[2])
    branch._dirty.clear()
    return branch


def forget_branch() -> None:
    _branch_cache.clear()


def _transaction_ended() -> None:
    if getattr(_changing, "branch", False):
        _changing.branch = False
        forget_branch()  # whatever was read while it was open is not what is there now


@as_actor
def update_branch(actor: Actor, **changes: object) -> Branch:
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may change the branch settings.")
    )
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not branch settings: {sorted(unknown)}")
    clean: dict[str, object] = {}
    for key, value in changes.items():
        if key == "allow_pin":
            clean[key] = bool(value)
            continue
        if key in NUMBERS:
            low, high = NUMBERS[key]
            try:
                number = int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):
                number = low - 1
            if not low <= number <= high:
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP("domain", "Enter a whole number from {low} to {high}."),
                    low=low,
                    high=high,
                )
            clean[key] = number
            continue
        text = clean_line(str(value))
        if key == "code" and not BRANCH_CODE.match(text):
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Branch code must be 1-16 letters or digits (it starts every register number).",
                ),
            )
        if key == "name" and not text:
            raise ValidationError(key, QT_TRANSLATE_NOOP("domain", "The branch needs a name."))
        if key == "country":
            kept = countries.find(text) is None and text.upper() == get_branch().country
            text = text.upper() if kept else countries.get(text).code  # an older code stays
        if key == "currency" and not re.fullmatch(r"[A-Za-z]{3}", text):
            raise ValidationError(
                key,
                QT_TRANSLATE_NOOP(
                    "domain", "Currency is a three-letter code such as CNY, VND or GBP."
                ),
            )
        if key == "deadline_preset" and text not in deadlines.PRESETS:
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("domain", "Unknown deadline policy {value}."), value=text
            )
        if key == "category_preset" and text not in categories.available_presets():
            raise ValidationError(
                key, QT_TRANSLATE_NOOP("domain", "Unknown category preset {value}."), value=text
            )
        if key == "second_backup_folder":
            reserved = [p for p in re.split(r"[\\/]", text) if p and is_reserved_name(p)]
            if reserved:
                raise ValidationError(
                    key,
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "{name} is a name Windows keeps for a device, so no folder can have "
                        "it; choose another folder.",
                    ),
                    name=reserved[0],
                )
        if key in ("name", "address", "head_name", "second_backup_folder"):
            check_length("name" if key in ("name", "head_name") else "address", text)
        clean[key] = text.upper() if key == "currency" else text
    with atomic():
        branch = get_branch()
        for key, value in clean.items():
            setattr(branch, key, value)
        if not branch.configured or branch.set_up_on is None:
            branch.set_up_on = now().date()  # reminders count from this day on
        branch.configured = True
        branch.save()
    return branch


def list_staff(include_inactive: bool = False) -> list[Staff]:
    query = Staff.select().order_by(Staff.name)
    if not include_inactive:
        query = query.where(Staff.active == True)  # noqa: E712
    return list(query)


@as_actor
def add_staff(actor: Actor, name: str, role: str = "clerk") -> Staff:
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may add staff."))
    name = check_length("name", clean_line(name))
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("domain", "Enter the staff member's name."))
    if role not in ROLES:
        raise ValidationError(
            "role", QT_TRANSLATE_NOOP("domain", "Role must be clerk or manager."), value=role
        )
    with atomic():
        return Staff.create(name=name, role=role)


@as_actor
def set_staff_active(actor: Actor, staff_id: int, active: bool) -> Staff:
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may change staff accounts."))
    with atomic():
        staff = Staff.get_or_none(Staff.id == staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "No staff member #{id}."), id=staff_id)
        if not active and staff.active and staff.role == "manager" and _active_managers() <= 1:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "{name} is the branch's last active manager and cannot be switched off: "
                    "add another manager first.",
                ),
                name=staff.name,
            )
        staff.active = active
        staff.save()
    return staff


def _active_managers() -> int:
    return (
        Staff.select()
        .where((Staff.role == "manager") & (Staff.active == True))  # noqa: E712
        .count()
    )


def other_managers(staff_id: int | None) -> int:
    """Active managers other than ``staff_id``: who else can act on a complaint about them."""
    query = Staff.select().where((Staff.role == "manager") & (Staff.active == True))  # noqa: E712
    if staff_id is not None:
        query = query.where(Staff.id != staff_id)
    return query.count()


def find_staff(value: str) -> Staff | None:
    """A staff member by exact name (case-insensitive) or numeric id."""
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        found = Staff.get_or_none(Staff.id == int(value))
        if found:
            return found
    for staff in Staff.select():
        if staff.name.casefold() == value.casefold():
            return staff
    return None


def emergency_numbers(branch: Branch | None = None) -> countries.Emergency:
    """The branch's emergency numbers: a manager's setting, else its country's own
    (never the screen language's)."""
    branch = branch or get_branch()
    if branch.emergency:
        data = json.loads(branch.emergency)
        return countries.Emergency(
            data["police"], data["ambulance"], data["fire"], data.get("also", "")
        )
    found = countries.find(branch.country)
    return found.emergency if found else countries.Emergency("", "", "")


@as_actor
def set_emergency(actor: Actor, numbers: countries.Emergency | None) -> Branch:
    """Change the numbers the safety exit shows (None: the country's own). A setting equal
    to the country's is stored as the default, so it keeps following the country."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may change the emergency numbers.")
    )
    text = ""
    if numbers is not None:
        cleaned = countries.Emergency(
            countries.number("police", numbers.police),
            countries.number("ambulance", numbers.ambulance),
            countries.number("fire", numbers.fire),
            " ".join(numbers.also.split()),
        )
        found = countries.find(get_branch().country)
        if found is None or cleaned != found.emergency:
            text = cleaned.to_json()
    with atomic():
        branch = get_branch()
        if branch.emergency != text:
            branch.emergency = text
            branch.save()
    return branch


def _written(model: type[schema.BaseModel]) -> None:
    if model is Branch:
        forget_branch()  # the cached row is stale once anyone writes the table
        if database.in_transaction():
            _changing.branch = True


schema.SAVE_HOOKS.register(written=_written, name="branch cache")
when_transaction_ends(_transaction_ended)
