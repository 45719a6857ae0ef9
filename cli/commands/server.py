"""Commands for the branch server (PostgreSQL): test-server, server-setup (and its alias
server-upgrade), move-to-server. Each reaches its databases itself."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
from pathlib import Path

import peewee

from models.core.errors import DomainError
from models.maintenance import server_roles
from models.maintenance.move import move_to_server
from models.storage.db import default_url, sqlite_path, translate_error
from models.storage.server import probe

from ui.shell.settings import join_password, split_password, stored_database_url

from cli.job import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, Command, Job
from cli.language import cli_message, cli_message_of
from cli.places import database_url
from cli.session import read_secret, sign_in


def run_test_server(job: Job) -> int:
    url = job.args.url or database_url(job.args.db, job.home)
    result = probe(url)
    print(cli_message_of(result.template, result.params))
    if result.detail:
        print(result.detail)
    return EXIT_OK if result.usable else EXIT_USER_ERROR


def run_server_setup(job: Job) -> int:
    """The branch server's register created or upgraded by its owner role (the counter
    PCs' role may not change it: ``models.maintenance.server_roles``)."""
    args, home = job.args, job.home

    def announce(found: int) -> None:
        print(f"Upgrading the register from schema {found}...", file=sys.stderr, flush=True)

    url = database_url(args.db, home)
    server_roles.owner_url(url, args.owner, "")  # a wrong address is said before the prompt
    password = read_secret(f"Password of the server's owner role {args.owner}: ")
    if not password:
        print(
            "error: no password was given: type the owner role's password when asked, or "
            "give it on standard input.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    report = server_roles.set_up(home, url, args.owner, password, announce)
    print(cli_message_of(report.template, report.params))
    return EXIT_OK


def run_move_to_server(job: Job) -> int:
    """Copy this PC's register to the server's empty one, check both, counts side by side."""
    args, home = job.args, job.home
    source = args.db if args.db and sqlite_path(args.db) else default_url(home)
    target = args.url or stored_database_url(home)
    if not target:
        print(
            "error: name the server register (postgresql://user@host:port/dbname), or choose "
            "it first in Settings > Branch server",
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not split_password(target)[1] and os.environ.get("PGPASSWORD"):
        target = join_password(target, os.environ["PGPASSWORD"])
    if args.for_window:
        return _move_for_window(home, source, target, args.user)
    report = move_to_server(
        home,
        source,
        target,
        lambda: sign_in(args.user),
        say=lambda text: print(text, file=sys.stderr, flush=True),
    )
    width = max(len(name) for name in report.before)
    print(f"{'':{width}}  {'this PC':>9}  {'server':>9}")
    for name, n in report.before.items():
        after = report.after.get(name, 0)
        mark = "" if after == n else "  <- differs"
        print(f"{name:{width}}  {n:>9}  {after:>9}{mark}")
    for side, checked in (("this PC", report.source_check), ("server", report.target_check)):
        if checked is None:
            continue
        for problem in checked.problems:
            print(f"PROBLEM ({side}): {problem}", file=sys.stderr)
        print(f"check on {side}: {'OK' if checked.ok else f'{len(checked.problems)} problem(s)'}")
    if report.source_check is not None and not report.source_check.ok:
        print(
            "error: this PC's register does not pass its check, so nothing was moved; see "
            "the lines above",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    if not report.ok:
        print("error: the move did not check out; see the lines above", file=sys.stderr)
        return EXIT_USER_ERROR
    print(
        f"Moved to {report.target}. Point every PC at it in Settings > Branch server; this "
        "PC's own register is left as it was."
    )
    return EXIT_OK


def _move_for_window(home: Path, source: str, target: str, user: str) -> int:
    """The move for Settings' Move... dialog: each step, a refusal (its code, its words in
    the window's language and its names) and the report, as JSON lines on standard output."""

    def tell(**what: object) -> None:
        print(json.dumps(what, ensure_ascii=False), flush=True)

    try:
        report = move_to_server(
            home, source, target, lambda: sign_in(user), say=lambda text: tell(say=text)
        )
    except (DomainError, peewee.DatabaseError, sqlite3.Error) as exc:
        told = exc if isinstance(exc, DomainError) else translate_error(exc)
        if not isinstance(told, DomainError):
            raise
        logging.getLogger("cli").warning("move-to-server refused: %s", told.code)
        names = {k: v for k, v in told.params.items() if isinstance(v, (str, int))}
        tell(refused=told.code, text=cli_message(told), params=names)
        return EXIT_USER_ERROR
    checks = {
        side: {"ok": checked.ok, "problems": checked.problems}
        for side, checked in (("pc", report.source_check), ("server", report.target_check))
        if checked is not None
    }
    tell(
        report={"target": report.target, "before": report.before, "after": report.after},
        checks=checks,
        ok=report.ok,
    )
    return EXIT_OK if report.ok else EXIT_USER_ERROR


COMMANDS: dict[str, Command] = {
    "test-server": run_test_server,
    "server-setup": run_server_setup,
    "server-upgrade": run_server_setup,
    "move-to-server": run_move_to_server,
}
