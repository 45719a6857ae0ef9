"""The register opened for a command: upgraded, refused where it cannot serve the
command, or recovered from a backup; then the user signed in where the command asks."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from models.core.command_name import command_line
from models.core.location import check_output_file
from models.maintenance.backup import holding_more, newest_good
from models.maintenance.restore import recover
from models.maintenance.store import (
    ChangesLost,
    DatabaseDamaged,
    RegisterMissing,
    open_store,
    quarantine,
)

from cli.job import EXIT_OK, EXIT_USER_ERROR, Command, Job
from cli.language import cli_message
from cli.parser import MAKE_A_REGISTER, changes_the_register, needs_sign_in
from cli.places import database_url
from cli.session import sign_in


def run_on_register(args: argparse.Namespace, home: Path, command: Command) -> int:
    def announce(found: int) -> None:
        print(
            f"Upgrading the register from schema {found} (a backup copy is made first; "
            "a large register can take a few minutes)...",
            file=sys.stderr,
            flush=True,
        )

    out = getattr(args, "out", None)
    if out is not None:
        check_output_file(out)  # CON, a "?" or a missing folder: said before anything runs
    url = database_url(args.db, home)
    try:
        store = open_store(
            home,
            url,
            announce_upgrade=announce,
            allow_new=args.command == "setup",
            accept_loss=args.command == "restore" or bool(getattr(args, "accept_loss", False)),
            # Only a task that makes a register (or fills one) starts one where none is.
            create=args.command in MAKE_A_REGISTER,
        )
    except (DatabaseDamaged, RegisterMissing) as exc:
        told = cli_message(exc)
        if isinstance(exc, DatabaseDamaged):
            moved = quarantine(exc.file)
            told += f" It was moved aside, untouched, to {moved.name}."
        if args.command != "restore":
            print(f"error: {told}", file=sys.stderr)
            _suggest_backup(home)
            return EXIT_USER_ERROR
        # Restoring is what this state calls for: said as a note, not as an error.
        print(f"note: {told} The backup is put in its place.", file=sys.stderr)
        return _recover(args, home, url)
    except ChangesLost as exc:
        print(f"error: {cli_message(exc)}", file=sys.stderr)
        _suggest_backup(home, more_than=exc.found.events)
        return EXIT_USER_ERROR
    if store.read_only and changes_the_register(args):
        store.close()
        print(
            f"error: the register {store.file} cannot be written on this PC (the file or its "
            "folder is read-only), so it cannot be changed from the command line. `check`, "
            "exports and backups still read it. Ask for the right to write there, then try "
            "again.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    if store.read_only and needs_sign_in(args):
        print(
            f"note: the register {store.file} cannot be written on this PC (the file or its "
            "folder is read-only): your sign-in is checked, but it and what this command "
            "takes out are not recorded in the register's audit trail; the log on this PC "
            "notes them instead.",
            file=sys.stderr,
        )
    try:
        job = Job(args, home, store)
        if needs_sign_in(args):
            job.actor = sign_in(args.user)
        return command(job)
    finally:
        store.close()


def _suggest_backup(home: Path, more_than: int | None = None) -> None:
    """Offer the newest backup that passes its own check (or, after lost changes, the
    newest that holds more of them), with its date and count, and the command for it."""
    best = newest_good(home) if more_than is None else holding_more(home, more_than)
    if best is not None:
        print(
            f"The newest good backup{'' if more_than is None else ' that holds more'} is from "
            f"{best.taken_at:%Y-%m-%d %H:%M} ({best.complaints} complaints, {best.events} audit "
            f'entries). To restore it: {command_line()} restore "{best.path}" --user NAME',
            file=sys.stderr,
        )
    elif more_than is None:
        print(
            "No good backup was found in the data folder. To start a new, empty register "
            f"instead (what was moved aside stays there): {command_line()} setup ...",
            file=sys.stderr,
        )
    if more_than is not None:
        if best is None:
            print("No backup holds more of its changes.", file=sys.stderr)
        print(
            "To go on with the register as it is (this is recorded in its audit trail): "
            f"{command_line()} check --accept-loss",
            file=sys.stderr,
        )


def _recover(args: argparse.Namespace, home: Path, url: str) -> int:
    """``restore FILE`` where the register was lost: a manager of that backup signs in to
    it, and it is put where the register was."""
    info, store = recover(home, url, args.file, lambda: sign_in(args.user))
    store.close()
    print(f"Restored the backup of {info.taken_at:%Y-%m-%d %H:%M} ({info.complaints} complaints).")
    return EXIT_OK
