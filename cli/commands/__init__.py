"""The commands, by concern, and the one table that finds a command's module.

``MODULES`` is a registry read by name: a command's module (and the libraries it needs,
reportlab, openpyxl, psycopg...) is imported only when that command runs, so starting
the window or running ``check`` does not load every command's libraries. Each module
lists what it runs in its own ``COMMANDS`` (command name -> function of a ``Job``).
"""

from __future__ import annotations

import importlib

from cli.job import Command

MODULES: dict[str, str] = {
    "demo": "register",
    "setup": "register",
    "import": "register",
    "register": "register",
    "verify-register": "register",
    "export": "exports",
    "export-opinions": "exports",
    "returns": "exports",
    "letter": "counter",
    "booklet": "counter",
    "checklist": "counter",
    "check": "maintenance",
    "backup": "maintenance",
    "restore": "maintenance",
    "anonymise": "maintenance",
    "test-server": "server",
    "server-setup": "server",
    "server-upgrade": "server",
    "move-to-server": "server",
}


def command(name: str) -> Command:
    """The function that runs the command ``name``, its module imported now."""
    module = importlib.import_module(f"{__name__}.{MODULES[name]}")
    found: Command = module.COMMANDS[name]
    return found
