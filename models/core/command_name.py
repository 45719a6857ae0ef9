"""How a person at this PC calls the command line, for the commands our messages quote.

From a checkout it is ``python main.py``; installed, ``complaint-book`` (a wheel's script
or the frozen app's program). The command line and the window say which at start
(``cli.main``); until then, and in tests, the checkout's.
"""

from __future__ import annotations

from pathlib import Path

CHECKOUT = "python main.py"
INSTALLED = "complaint-book"
_current = [CHECKOUT]


def command_line() -> str:
    """What to type before a command: ``python main.py`` or ``complaint-book``."""
    return _current[0]


def started_as(program: str) -> str:
    """Note how this process was started (``sys.argv[0]``) and return the command."""
    _current[0] = CHECKOUT if Path(program).name == "main.py" else INSTALLED
    return _current[0]
