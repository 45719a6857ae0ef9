"""Backups as witnesses, and a cut-off tail: what ``check`` finds when the register's
newest entries were removed or its trail rewritten behind the app, after a backup."""

from __future__ import annotations

import pytest

from models.maintenance.backup import take_backup
from models.register.complaints import create_complaint

from tests.cli.test_cli import run
from tests.factories import make_form
from tests.models.trust.test_paper_seal import _forget_head
from tests.models.trust.test_signatures import branch  # noqa: F401  (the fixture)
from tests.rawdb import Raw


@pytest.fixture
def backed_up(branch, store, home):  # type: ignore[no-untyped-def]  # noqa: F811
    """A register with a backup taken after its first complaints, then one more."""
    if store.file is None:
        pytest.skip("the branch server's backups are pg_dump files the app does not read")
    manager, clerk = branch
    create_complaint(clerk, make_form(summary="Charged twice"))
    backup = take_backup(home, "manual")
    create_complaint(clerk, make_form(summary="Queue too long"))
    return backup


def _cut_tail(store, from_event: int) -> None:  # type: ignore[no-untyped-def]
    raw = Raw(store)
    raw.drop_delete_guard("audit_event")
    raw.execute("DELETE FROM audit_event WHERE id >= ?", (from_event,))
    raw.commit_and_close()


def test_backups_that_agree_are_said_to(backed_up, home) -> None:
    ok = run(home, "check")
    assert ok.returncode == 0, ok.stderr
    assert "backup(s) agree" in ok.stdout and "Branch key" in ok.stdout


def test_a_tail_cut_before_a_backup_is_proven_by_it(backed_up, store, home) -> None:
    raw = Raw(store)
    # The insider removes everything from the first complaint on: the complaints, their
    # timelines, their audit entries, resets the numbering and the head note.
    first = raw.execute(
        "SELECT min(id) FROM audit_event WHERE table_name = 'complaint'"
    ).fetchone()[0]
    raw.drop_delete_guard("event")
    raw.execute("DELETE FROM event")
    raw.execute("DELETE FROM complaint")
    raw.execute("DELETE FROM register_counter")
    raw.commit_and_close()
    _cut_tail(store, first)
    _forget_head(home)
    bad = run(home, "check")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert backed_up.name in bad.stderr and "cut short" in bad.stderr
    assert f"The last entry both agree on is #{first - 1}" in bad.stderr


def test_a_rewritten_trail_is_proven_by_a_backup(backed_up, store, home) -> None:
    raw = Raw(store)
    raw.execute("UPDATE complaint SET summary = 'Asked a question' WHERE seq = 1")
    raw.rewrite_trail(
        lambda table, row, action, changes: (
            changes.replace("Charged twice", "Asked a question")
            if table == "complaint"
            else changes
        )
    )
    raw.commit_and_close()
    _forget_head(home)
    bad = run(home, "check")
    assert bad.returncode == 1
    assert backed_up.name in bad.stderr and "rewritten after this backup" in bad.stderr


def test_the_newest_complaint_removed_with_its_entries_is_caught_by_the_numbering(
    branch,  # noqa: F811
    store,
    home,
) -> None:
    manager, clerk = branch
    create_complaint(clerk, make_form(summary="Charged twice"))
    newest = create_complaint(clerk, make_form(summary="Queue too long"))
    raw = Raw(store)
    first = raw.execute(
        "SELECT min(id) FROM audit_event WHERE table_name = 'complaint' AND row_id = ?",
        (newest.id,),
    ).fetchone()[0]
    raw.foreign_keys_off()
    raw.drop_delete_guard("event")
    raw.execute("DELETE FROM event WHERE complaint_id = ?", (newest.id,))
    raw.execute("DELETE FROM complaint WHERE id = ?", (newest.id,))
    raw.commit_and_close()
    _cut_tail(store, first)
    _forget_head(home)
    bad = run(home, "check", db=store.url)
    assert bad.returncode == 1
    assert "gave 2 number(s)" in bad.stderr and "complaints up to number 1" in bad.stderr
