"""The demo register, made at the command line, is one a branch could really keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.core import categories
from models.maintenance.integrity import check_database
from models.maintenance.store import open_store
from models.people.branch import forget_branch, get_branch
from models.register.statistics import month_stats, previous_months
from models.storage.schema import Complaint

from tests.cli.test_cli import run

KINDS = {
    # option, then what the branch must be: categories, deadlines, country, currency
    "bank": ((), ("bank", "china_banking", "CN", "CNY")),
    "shop": (("--branch", "shop"), ("retail", "vietnam_consumer", "VN", "VND")),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_demo_branch_is_set_up_and_coherent(kind: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    option, expected = KINDS[kind]
    made = run(home, "demo", "--months", "3", "--per-month", "12", *option)
    assert made.returncode == 0, made.stderr
    store = open_store(home)
    try:
        forget_branch()
        branch = get_branch()
        assert branch.configured  # the window's header names the branch, not "not set up"
        assert branch.name and branch.code == "DEMO" and branch.head_name
        settings = (
            branch.category_preset,
            branch.deadline_preset,
            branch.country,
            branch.currency,
        )
        assert settings == expected
        tree = categories.load(branch.category_preset)
        rows = list(Complaint.select())
        assert rows and all(tree.by_code.get(c.category) for c in rows)
        assert all(c.currency in ("", branch.currency) for c in rows)
        resolved = [c for c in rows if c.resolved_at is not None]
        assert resolved and all(c.cause in tree.causes_by_code for c in resolved)
        # Its past months stand at their ends as a real register's do: what was resolved
        # then counts as resolved then (each step recorded when it happened).
        first = previous_months(max(c.month for c in rows), 3)[0]
        by_then = [
            c for c in resolved if c.month == first and c.resolved_at.strftime("%Y%m") == first
        ]
        assert by_then and month_stats(first).resolved >= len(by_then)
        assert check_database().ok
    finally:
        store.close()
