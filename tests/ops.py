"""Waiting, as the person at the counter does, for what they pressed to go through: the
window's writes run off the GUI thread (ui/common/operations.py)."""

from __future__ import annotations

from typing import Any

from ui.common import operations


def settle(qtbot: Any, timeout: int = 10_000) -> None:
    """Until no op pressed for is running (its result is then on the screen); work in
    the background (a backup, a check, an export) goes on."""
    qtbot.waitUntil(lambda: not operations.running(quiet=False), timeout=timeout)
