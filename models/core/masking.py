"""Personal data masked for print: enough to recognise a case, not to identify a person.

Used by the printed register and every masked export. At least half of any number is
hidden, whatever its length: an 8-digit phone shows 4 of its digits, not 7.
"""

from __future__ import annotations

import re


def mask_name(name: str) -> str:
    """Keep the first character: 张伟 -> 张**, Nguyễn Văn An -> N**."""
    name = name.strip()
    if not name:
        return ""
    return name[0] + "**"


def _shown(length: int) -> int:
    """How many characters of a number of ``length`` may show: never more than half."""
    return length // 2


def mask_phone(phone: str) -> str:
    """Keep the last 4 digits and, of a long number, the first ones, never more than half
    of them: 13812341234 -> 1******1234, 12345678 -> ****5678, 1234567 -> *****67."""
    digits = re.sub(r"\D", "", phone)
    if not digits:
        return ""
    shown = _shown(len(digits)) if len(digits) >= 8 else min(2, _shown(len(digits)))
    last = min(4, shown)
    first = shown - last
    return digits[:first] + "*" * (len(digits) - shown) + digits[len(digits) - last :]


def mask_id(number: str) -> str:
    """Keep the last 4 characters of an ID or account number, and never more than half:
    310101199001011234 -> ****1234, 123456 -> ****456."""
    compact = re.sub(r"\s", "", number)
    if not compact:
        return ""
    shown = min(4, _shown(len(compact)))
    return "****" + compact[len(compact) - shown :] if shown else "*" * len(compact)


# A run of 7 or more digits, allowing the spaces, dots and dashes people type inside a
# phone, card or ID number (an ID's final X included).
_NUMBER = re.compile(r"\d(?:[ .\-]?\d){6,}[Xx]?")


def mask_numbers_in(text: str) -> str:
    """Free text as printed: any phone, card or ID number typed into it masked as a
    phone is (a description often repeats the customer's number)."""
    return _NUMBER.sub(lambda m: mask_phone(m.group(0)), text)


def mask_customer(name: str, phone: str) -> str:
    return " ".join(part for part in (mask_name(name), mask_phone(phone)) if part)


def initials(name: str) -> str:
    """Staff a complaint is about, printed as initials: Julie Parker -> J.P., 张伟 -> 张.

    Colleagues and an inspector can tell who it was from the handling; a customer who
    sees the page cannot look a person up by name.
    """
    parts = name.split()
    return "".join(part[0] + "." for part in parts)
