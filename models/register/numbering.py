"""Register numbers: ``<branch code>-<YYYYMM>-<NNNN>``, consecutive per month, never reused.

The counter row is incremented inside the caller's write transaction, so a number is
only consumed when the complaint that carries it is committed: no gaps, no doubles,
whichever counter PC saves first.
"""

from __future__ import annotations

import re

from models.storage import statements
from models.storage.schema import RegisterCounter

PATTERN = re.compile(r"^(?P<code>[A-Za-z0-9]{1,16})-(?P<month>\d{6})-(?P<seq>\d{4,})$")


def format_no(branch_code: str, month: str, seq: int) -> str:
    return f"{branch_code}-{month}-{seq:04d}"


def next_number(branch_code: str, month: str) -> tuple[str, int]:
    """Take the next number of ``month``; call inside a write transaction. One statement:
    the month's counter is created at 1 or raised by one, and its new value returned."""
    seq = int(
        statements.scalar(
            "next_number",
            'INSERT INTO "register_counter" ("branch_code", "month", "last_no") VALUES (?, ?, 1) '
            'ON CONFLICT ("branch_code", "month") DO UPDATE SET "last_no" = '
            '"register_counter"."last_no" + 1 RETURNING "last_no"',
            (branch_code, month),
        )
    )
    return format_no(branch_code, month, seq), seq


def claim_number(branch_code: str, month: str, seq: int) -> None:
    """Record that an imported number is taken, so new numbers continue after it."""
    RegisterCounter.insert(
        branch_code=branch_code, month=month, last_no=0
    ).on_conflict_ignore().execute()
    RegisterCounter.update(last_no=seq).where(
        (RegisterCounter.branch_code == branch_code)
        & (RegisterCounter.month == month)
        & (RegisterCounter.last_no < seq)
    ).execute()


def parse(register_no: str) -> tuple[str, str, int] | None:
    match = PATTERN.match(register_no.strip())
    if not match:
        return None
    return match["code"], match["month"], int(match["seq"])
