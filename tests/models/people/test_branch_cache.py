"""The branch's settings as every thread reads them: only ever what was committed."""

from __future__ import annotations

import threading

import pytest

from models.people.branch import get_branch, update_branch
from models.storage.db import atomic, database


class Refused(Exception):
    """Something later in the same transaction refused: all of it is rolled back."""


def _read_on_another_thread() -> str:
    """The branch's name as another thread reads it (the window while a write runs)."""
    seen: list[str] = []

    def read() -> None:
        try:
            seen.append(get_branch().name)
        finally:
            database.close()  # that thread's own connection

    reader = threading.Thread(target=read)
    reader.start()
    reader.join()
    return seen[0]


def test_a_branch_change_rolled_back_is_never_read_elsewhere(manager) -> None:
    update_branch(manager, name="Nanjing Road")
    with pytest.raises(Refused), atomic():
        update_branch(manager, name="Never kept")
        assert get_branch().name == "Never kept"  # the changing thread sees its change
        assert _read_on_another_thread() == "Nanjing Road"
        raise Refused
    assert get_branch().name == "Nanjing Road"
    assert _read_on_another_thread() == "Nanjing Road"


def test_a_committed_branch_change_is_read_at_once_everywhere(manager) -> None:
    update_branch(manager, name="Nanjing Road")
    with atomic():
        update_branch(manager, name="Riverside")
        assert _read_on_another_thread() == "Nanjing Road"  # not committed yet
    assert get_branch().name == "Riverside"  # not the old row read meanwhile
    assert _read_on_another_thread() == "Riverside"
