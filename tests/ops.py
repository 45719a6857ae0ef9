"""Waiting, as the person at the counter does, for what they pressed to go through: the
window's writes run off the GUI thread (ui/common/operations.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from models.storage.schema import SAVE_HOOKS, BaseModel

from ui.common import operations


def settle(qtbot: Any, timeout: int = 10_000, background: bool = False) -> None:
    """Until no op pressed for is running (its result is then on the screen); work in
    the background (a backup, a check, an export, a list read as a page shows) goes on,
    unless ``background``: then until that has ended too."""
    qtbot.waitUntil(lambda: not operations.running(quiet=background), timeout=timeout)


_watching: list[list[tuple[str, str]]] = []


def _note_write(model: type[BaseModel]) -> None:  # a save hook: on the thread that saves
    for seen in _watching:
        seen.append((model._meta.table_name, threading.current_thread().name))


@contextmanager
def writes_seen() -> Iterator[list[tuple[str, str]]]:
    """Every row saved meanwhile, as (table, the thread that saved it): the register's
    own save hook (models.storage.schema.SAVE_HOOKS) tells, on the real code path."""
    SAVE_HOOKS.register(written=_note_write, name="tests: the thread of each save")
    seen: list[tuple[str, str]] = []
    _watching.append(seen)
    try:
        yield seen
    finally:
        _watching.remove(seen)
