"""The month register assembled once by the domain (``models.month.register``): one value
that the PDF only lays out, standing at one moment, the same however late it is made."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from models.core.errors import PermissionDenied
from models.month.register import month_register
from models.register.records import month_digest
from models.register.statistics import month_stats, open_from_earlier

from tests.models.register.test_month_end import MONTH, _november, _october

REPORTS = Path(__file__).resolve().parents[3] / "reports"
LONGEST = 80  # lines: a function of reports/ lays out one part of the page


def test_the_month_register_is_one_value_as_the_month_ended(manager, clock) -> None:
    made = _october(manager, clock)
    clock(dt.datetime(2026, 11, 2, 9))
    before = month_register(MONTH)
    rows_before = list(before.rows())

    assert before.span.text == "2026-10"
    assert before.span.start == dt.datetime(2026, 10, 1)
    assert before.span.end == before.span.at == dt.datetime(2026, 11, 1)  # a month gone by
    assert (before.count, before.digest) == month_digest(MONTH)
    assert [row["register_no"] for row in rows_before] == [
        made[k].register_no for k in ("closed", "open", "waived")
    ]
    assert before.figures == month_stats(MONTH)
    assert (before.figures.resolved, before.figures.still_open) == (2, 1)
    waived = before.facts[made["waived"].id].waived
    assert waived is not None and waived[1] == "No phone number"
    assert before.branch.code and before.seal.subject == MONTH
    assert before.seal.signature == ""  # printed unsigned: no actor

    _november(manager, clock, made)
    clock(dt.datetime(2026, 12, 1, 9))
    after = month_register(MONTH)
    assert list(after.rows()) == rows_before  # the rows as October ended, not as today
    assert (after.count, after.digest, after.figures) == (
        before.count,
        before.digest,
        before.figures,
    )
    assert after.facts == before.facts

    november = month_register("202611")
    assert november.span.at == dt.datetime(2026, 12, 1)
    assert list(november.open_earlier) == open_from_earlier("202611")


def test_the_month_under_way_stands_at_one_moment(manager, clock) -> None:
    clock(dt.datetime(2026, 10, 20, 15, 30))
    register = month_register(MONTH)
    assert register.span.at == dt.datetime(2026, 10, 20, 15, 30)  # now, not the month's end
    assert register.count == 0 and list(register.rows()) == []


def test_a_clerk_may_not_assemble_the_register_to_sign(clerk) -> None:
    with pytest.raises(PermissionDenied):
        month_register(MONTH, clerk)


def test_no_function_in_reports_is_longer_than_a_page_part() -> None:
    long = []
    for path in sorted(REPORTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > LONGEST:
                    long.append(f"{path.name}:{node.lineno} {node.name} ({lines} lines)")
    assert long == []
