"""Valid test data that each test changes only where it matters."""

from __future__ import annotations

from pathlib import Path

from models.core.actors import Actor
from models.register.complaints import ComplaintForm

# Who makes the people and rows a test starts from: every change names its maker
# (``models.storage.audit.current_actor``), a test's own set-up too.
SETTING_UP = Actor(None, "test set-up", "manager")


def make_form(**overrides: object) -> ComplaintForm:
    """A valid complaint form; tests override what they are about."""
    values: dict[str, object] = {
        "channel": "in_person",
        "customer_name": "王芳",
        "customer_phone": "13812341234",
        "category": "product_quality",
        "scope": "point",
        "severity": "medium",
        "summary": "买到的牛奶已过期",
        "description": "顾客说昨天在本店买的牛奶打开后发现已过期三天。",
        "desired_outcome": "退款并道歉",
    }
    values.update(overrides)
    return ComplaintForm(**values)  # type: ignore[arg-type]


def pdf_text(path: Path) -> str:
    """The text a reader of the PDF sees, all pages."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def branch_manager():  # type: ignore[no-untyped-def]
    """A signed-in manager for window tests."""
    from models.core.actors import actor_for

    return actor_for(new_staff("Branch manager", "manager"))


def new_staff(name: str, role: str):  # type: ignore[no-untyped-def]
    """A staff member a test starts from, added in the set-up's name."""
    from models.storage.audit import acting
    from models.storage.schema import Staff

    with acting(SETTING_UP):
        return Staff.create(name=name, role=role)
