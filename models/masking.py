"""Personal data masked for print: enough to recognise a case, not to identify a person."""

from __future__ import annotations

import re


def mask_name(name: str) -> str:
    """Keep the first character: 张伟 -> 张**, Nguyễn Văn An -> N**."""
    name = name.strip()
    if not name:
        return ""
    return name[0] + "**"


def mask_phone(phone: str) -> str:
    """Keep the first 3 and last 4 digits: 13812341234 -> 138****1234."""
    digits = re.sub(r"\D", "", phone)
    if not digits:
        return ""
    if len(digits) <= 7:  # too short to show 7 digits safely: only the last two
        return "*" * max(len(digits) - 2, 1) + digits[-2:]
    return digits[:3] + "****" + digits[-4:]


def mask_id(number: str) -> str:
    """Keep the last 4 characters of an ID or account number."""
    compact = re.sub(r"\s", "", number)
    if not compact:
        return ""
    return "****" + compact[-4:] if len(compact) > 4 else "*" * len(compact)


def mask_customer(name: str, phone: str) -> str:
    return " ".join(part for part in (mask_name(name), mask_phone(phone)) if part)


def initials(name: str) -> str:
    """Staff a complaint is about, printed as initials: Julie Parker -> J.P., 张伟 -> 张.

    Colleagues and an inspector can tell who it was from the handling; a customer who
    sees the page cannot look a person up by name.
    """
    parts = name.split()
    return "".join(part[0] + "." for part in parts)
