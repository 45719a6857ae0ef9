"""The program's entry: parse, start the window or run one command, log how it ended.

``python main.py``, the ``complaint-book`` / ``complaint-book-gui`` scripts and the frozen
app all come here. A command runs with every way it can fail told to the user in a
sentence and logged; a traceback goes to the log, never to the screen.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

import peewee

from models.core.command_name import started_as
from models.core.errors import DomainError
from models.core.location import take_move_note
from models.storage.db import translate_error

from cli import commands
from cli.job import EXIT_USER_ERROR, Job
from cli.language import cli_message, install_cli_translator
from cli.opening import run_on_register
from cli.parser import OWN_CONNECTION, build_parser, command_name, needs_sign_in
from cli.places import data_dir, setup_logging

# The window (the ``gui`` command, and no command at all), found by name as the commands
# are (cli.commands.MODULES): a command never loads Qt Widgets, and cli/ imports nothing
# of ui/ but ui.shell.
WINDOW = "ui.window.app"


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # started by a person: the commands our messages quote are theirs
        started_as(sys.argv[0])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "returns" and not (args.half or args.month):
        parser.error("returns needs --half YYYY-H1 (or H2), --month YYYY-MM, or both")
    if needs_sign_in(args) and not args.user:
        parser.error(
            f"{args.command} needs --user NAME: sign in as in the app (your password or PIN "
            "is asked for)"
        )
    home = data_dir()
    log_path = setup_logging(home)
    if args.command in (None, "gui"):
        run_gui = importlib.import_module(WINDOW).run_gui
        return int(run_gui(home, args.db))
    moved_from = take_move_note(home)
    if moved_from is not None:
        print(f"note: the data folder moved from {moved_from} to {home}", file=sys.stderr)
    install_cli_translator(home)
    log = logging.getLogger("cli")
    # What ran and how it ended, as the GUI logs its work: the command's name, never its
    # arguments (file names, a month, a user name) nor anything typed at the prompt.
    log.info("command %s started", command_name(args))
    code = _run_logged(args, home, log, log_path)
    log.info("command %s ended with exit code %d", command_name(args), code)
    return code


def _run_logged(args: argparse.Namespace, home: Path, log: logging.Logger, log_path: Path) -> int:
    """The command, with each way it can fail told to the user and logged by its kind
    (the error's code or the system's error number: no message, as those name people
    and files)."""
    command = command_name(args)
    try:
        run = commands.command(args.command)
        if args.command in OWN_CONNECTION:
            return run(Job(args, home))
        return run_on_register(args, home, run)
    except DomainError as exc:
        log.warning("command %s refused: %s (%s)", command, type(exc).__name__, exc.code)
        print(f"error: {cli_message(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except (peewee.DatabaseError, sqlite3.Error) as exc:
        told = translate_error(exc)
        log.warning("command %s: database error %s", command, type(exc).__name__)
        if isinstance(told, DomainError):
            print(f"error: {cli_message(told)}", file=sys.stderr)
        else:
            print(f"error: the database could not be used: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as exc:
        log.warning(
            "command %s: system error %s (errno %s)", command, type(exc).__name__, exc.errno
        )
        print(
            f"error: {exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except Exception:
        log.exception("unexpected error in %s", command)
        print(f"error: something unexpected went wrong; details are in {log_path}", file=sys.stderr)
        return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
