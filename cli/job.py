"""One command's run: what was typed, where, on which register, by whom; and how it ends.

Every command under ``cli/commands`` takes a ``Job`` and returns one of the exit codes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.core.actors import Actor
from models.maintenance.store import Store

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


@dataclass
class Job:
    args: argparse.Namespace
    home: Path  # the data folder
    # The register, opened for every command but those that reach a server themselves
    # (cli.parser.OWN_CONNECTION).
    store: Store | None = None
    # Who signed in: set for the commands that sign in first (cli.parser.needs_sign_in).
    actor: Actor | None = None

    @property
    def register(self) -> Store:
        assert self.store is not None, "this command opens no register"
        return self.store

    @property
    def user(self) -> Actor:
        assert self.actor is not None, "this command does not sign in"
        return self.actor


Command = Callable[[Job], int]
