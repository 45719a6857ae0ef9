"""Opening the register while the person waits: at the start, and when a backup is put
back in place of a damaged file."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from ui.common.operations import Progress, wait_for

T = TypeVar("T")


def open_in_background(opener: Callable[[Progress], T]) -> T:
    """Open the register as an op (a thread of its own) while the GUI thread goes on
    handling events, with a progress window if it takes a while: the first start after an
    update may upgrade the register, and making a big register's search index again takes
    minutes (a million complaints: 3.5, with the backup copy). Errors are raised here, as
    if opened here; the GUI thread then opens its own connection when it first uses the
    register. ``opener(progress)`` reports an upgrade's progress with it."""
    return wait_for(
        opener,
        QCoreApplication.translate(
            "App",
            "Opening the register...\n\nThe first start after an update can take a few "
            "minutes with a large register, while it is brought up to date.",
        ),
    )
