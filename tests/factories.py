"""Valid test data that each test changes only where it matters."""

from __future__ import annotations

from pathlib import Path

from models.register.complaints import ComplaintForm


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
    from models.storage.schema import Staff

    return actor_for(Staff.create(name="Branch manager", role="manager"))
