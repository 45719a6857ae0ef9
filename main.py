"""Complaint Book: start the GUI, or run a command-line task.

python main.py                      start the app
python main.py demo                 fill the register with demo complaints
python main.py import FILE.csv      import complaints from a CSV
python main.py export --month YYYY-MM --format csv
python main.py letter BR01-202603-0001 --kind ack --user NAME
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import logging.handlers
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.actors import Actor

APP_NAME = "Complaint Book"
EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def data_dir() -> Path:
    """``COMPLAINTBOOK_HOME`` if set, else this PC's own app data folder: on Windows the
    local one (%LOCALAPPDATA%), not the roaming one (%APPDATA%), which Windows copies to
    a server at every sign-out. A register in the roaming folder of an earlier version
    is moved there once (not while an older app has it open); the user is told."""
    override = os.environ.get("COMPLAINTBOOK_HOME")
    if override:
        return Path(override)
    from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths

    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationName(APP_NAME)
    where = QStandardPaths.StandardLocation
    local = Path(QStandardPaths.writableLocation(where.AppLocalDataLocation))
    roaming = Path(QStandardPaths.writableLocation(where.AppDataLocation))
    if roaming == local or not (roaming / "complaints.sqlite3").exists():
        return local
    from models.location import move_data_folder

    lock = QLockFile(str(roaming / "complaint-book.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        return roaming  # in use by a running app: moved at a later start
    try:
        move_data_folder(roaming, local)
    except OSError:
        logging.getLogger("cli").exception("the data folder could not be moved to %s", local)
        return roaming if not (local / "complaints.sqlite3").exists() else local
    finally:
        lock.unlock()
    return local


def setup_logging(home: Path) -> Path:
    """A rotating log in the data directory: tracebacks go there, never to the user. A
    log that cannot be written (read-only folder, full disk) is not the user's problem:
    it goes to the temporary folder instead, or nowhere, and a failed write is dropped."""
    import tempfile

    logging.raiseExceptions = False  # a failing log write prints no traceback to the user
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for folder in (home, Path(tempfile.gettempdir())):
        path = folder / "complaint-book.log"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            continue
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        return path
    root.addHandler(logging.NullHandler())
    return home / "complaint-book.log"


def month_arg(value: str) -> str:
    """YYYY-MM on the command line; YYYYMM inside the register."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", value.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise argparse.ArgumentTypeError(f"{value!r} is not a month like 2026-03")
    return match[1] + match[2]


def half_arg(value: str) -> str:
    """YYYY-H1 or YYYY-H2 on the command line; YYYYH1 inside."""
    match = re.fullmatch(r"(\d{4})-?[Hh]([12])", value.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{value!r} is not a half-year like 2026-H1 or 2026-H2")
    return f"{match[1]}H{match[2]}"


def positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return number


# Commands that read personal data or change anything: they sign in first.
SIGNED_IN = {
    "import",
    "export",
    "export-opinions",
    "register",
    "backup",
    "restore",
    "anonymise",
    "booklet",
    "letter",
    "returns",
}


# Commands that may start a new register where none has been; every other one says that
# there is no register here (``check`` in a folder never used makes nothing).
MAKE_A_REGISTER = {"setup", "demo", "restore", "checklist"}


# Commands that change the register: refused where it cannot be written. Every other
# one only reads it (an export, a backup, the printed register) and works there too.
CHANGES = {"import", "restore", "anonymise", "setup", "demo"}


def changes_the_register(args: argparse.Namespace) -> bool:
    if args.command == "checklist":
        return bool(args.checklist_command == "import")
    return args.command in CHANGES


def needs_sign_in(args: argparse.Namespace) -> bool:
    if args.command == "checklist":
        return bool(args.checklist_command == "import")
    return args.command in SIGNED_IN


def _sign_in_options() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--user",
        metavar="NAME",
        help="your user name in the app; your password or PIN is asked for (read from "
        "standard input when that is not a terminal, never from the command line)",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    signed = _sign_in_options()
    parser = argparse.ArgumentParser(
        prog="main.py", description=f"{APP_NAME}: the branch complaint register."
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database address: sqlite:///PATH or postgresql://... "
        "(default: the file in the data folder; env COMPLAINTBOOK_DB)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="start the app (the default)")

    demo = sub.add_parser("demo", help="fill the register with realistic demo complaints")
    demo.add_argument("--months", type=positive, default=6, help="how many months back (default 6)")
    demo.add_argument(
        "--per-month", type=positive, default=25, help="complaints per month (default 25)"
    )
    demo.add_argument(
        "--seed", type=int, default=1, help="random seed, for repeatable data (default 1)"
    )
    demo.add_argument(
        "--branch",
        choices=("bank", "shop"),
        default="bank",
        help="a bank branch (bank categories, China banking deadlines, CNY; the default) "
        "or a shop (retail categories, Vietnam consumer deadlines, VND)",
    )
    demo.add_argument(
        "--bulk",
        type=positive,
        metavar="N",
        help="instead: N complaints spread over --months months, loaded in bulk (years of a "
        "busy branch in minutes; for trying out speed)",
    )

    imp = sub.add_parser(
        "import", parents=[signed], help="import complaints from a CSV file (all or nothing)"
    )
    imp.add_argument(
        "file", type=Path, help="CSV file, UTF-8 or GB18030, header names as in the README"
    )
    imp.add_argument("--dry-run", action="store_true", help="check every row, save nothing")

    exp = sub.add_parser("export", parents=[signed], help="export complaints as CSV, JSON or Excel")
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", type=month_arg, help="month of receipt, YYYY-MM")
    which.add_argument("--all", action="store_true", help="every complaint")
    exp.add_argument("--format", choices=("csv", "json", "xlsx"), required=True)
    exp.add_argument("--out", type=Path, help="output file (default: standard output)")
    exp.add_argument(
        "--full",
        action="store_true",
        help="full names, phone and ID numbers (a manager only; otherwise they are masked)",
    )
    exp.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW", "zh_HK", "vi"),
        default="en",
        help="language of an XLSX export's headings and names (default en)",
    )

    ops = sub.add_parser(
        "export-opinions", parents=[signed], help="export opinion book and suggestion box entries"
    )
    ops.add_argument("--month", type=month_arg, required=True, help="month written, YYYY-MM")
    ops.add_argument("--format", choices=("csv", "json"), required=True)
    ops.add_argument("--out", type=Path, help="output file (default: standard output)")
    ops.add_argument("--full", action="store_true", help="full names and contacts (a manager only)")

    reg = sub.add_parser(
        "register", parents=[signed], help="print a month's complaint register as a PDF"
    )
    reg.add_argument("--month", type=month_arg, required=True, help="month of receipt, YYYY-MM")
    reg.add_argument(
        "--out", type=Path, help="PDF file (default: complaint-register-<branch>-<month>.pdf here)"
    )
    reg.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW", "zh_HK", "vi"),
        default="en",
        help="language of the register",
    )

    ret = sub.add_parser(
        "returns",
        parents=[signed],
        help="head office's workbook: the half-year complaints return and/or a month's table "
        "coded by the categories' standard (JR/T 0169-2018), as XLSX (a manager only)",
    )
    ret.add_argument(
        "--half",
        type=half_arg,
        metavar="YYYY-H1|YYYY-H2",
        help="the half-year of the complaints return (January-June or July-December)",
    )
    ret.add_argument(
        "--month", type=month_arg, help="month of receipt, YYYY-MM, for the coded table"
    )
    ret.add_argument(
        "--out",
        type=Path,
        help="XLSX file (default: complaint-returns-<branch>-<period>.xlsx here)",
    )
    ret.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW", "zh_HK", "vi"),
        default="en",
        help="language of the workbook",
    )

    ver = sub.add_parser("verify-register", help="check a printed register against the database")
    ver.add_argument("file", type=Path, help="a register PDF made by this app")

    setup = sub.add_parser(
        "setup",
        help="set up a new register: the branch and its first manager (a never-used register only)",
    )
    setup.add_argument("--branch", required=True, metavar="NAME", help="the branch's name")
    setup.add_argument(
        "--code", required=True, help="branch code, 1-16 letters or digits (starts every number)"
    )
    setup.add_argument(
        "--country",
        default="CN",
        help="ISO country code: CN, HK, MO, TW, VN or GB (default CN); sets the currency",
    )
    setup.add_argument(
        "--preset",
        default="retail",
        choices=("bank", "retail"),
        help="kind of business: its categories and standard replies (default retail)",
    )
    setup.add_argument(
        "--policy",
        default=None,
        choices=("china_banking", "vietnam_consumer", "uk_fca", "custom"),
        help="deadline policy (default: the country's for the kind of business)",
    )
    setup.add_argument("--name", required=True, help="the first manager's full name")
    setup.add_argument(
        "--user",
        required=True,
        metavar="NAME",
        help="the first manager's user name; the password is asked for",
    )

    chk = sub.add_parser(
        "check", help="verify the database: integrity, audit chain, numbering, history"
    )
    chk.add_argument(
        "--accept-loss",
        action="store_true",
        help="go on with a register that lost its newest changes (recorded in its audit trail)",
    )
    srv = sub.add_parser(
        "test-server",
        help="check that a branch server can be reached and whether the register is there",
    )
    srv.add_argument(
        "url",
        nargs="?",
        help="postgresql://user:password@host:port/dbname (default: the one this PC uses)",
    )
    mov = sub.add_parser(
        "move-to-server",
        help="copy this PC's register, whole, into an EMPTY register on the branch server "
        "(a manager's; the password is asked for), then check both",
    )
    mov.add_argument(
        "url",
        nargs="?",
        help="postgresql://user@host:port/dbname of the server register (default: the one "
        "Settings > Branch server holds); its password is taken from the credential store "
        "or the PGPASSWORD environment variable, never typed here",
    )
    mov.add_argument("--user", required=True, metavar="NAME", help="a manager's user name")
    owner = sub.add_parser(
        "server-setup",
        aliases=["server-upgrade"],
        help="create or upgrade the register on the branch server as its owner role, and "
        "give the counter PCs' user only what the app needs (the server named by --db)",
    )
    owner.add_argument(
        "--owner",
        required=True,
        metavar="ROLE",
        help="the server's owner role; its password is asked for (read from standard input "
        "when that is not a terminal, never from the command line)",
    )
    bak = sub.add_parser(
        "backup", parents=[signed], help="back up the register now (safe while the app is open)"
    )
    bak.add_argument(
        "--out", type=Path, help="backup file (default: the backups folder in the data folder)"
    )
    res = sub.add_parser(
        "restore",
        parents=[signed],
        help="replace the register with a backup (the current one is backed up first)",
    )
    res.add_argument("file", type=Path, help="a backup file")
    anon = sub.add_parser(
        "anonymise",
        parents=[signed],
        help="remove personal data of complaints closed longer than the retention period",
    )
    anon.add_argument(
        "--apply", action="store_true", help="do it (without this, only show what would change)"
    )

    checklist = sub.add_parser(
        "checklist", help="check or install a branch's own counter checklist"
    )
    checklist_sub = checklist.add_subparsers(
        dest="checklist_command", metavar="ACTION", required=True
    )
    for name, text in (
        ("validate", "report every problem in a checklist file, change nothing"),
        ("import", "make a valid checklist file the branch's checklist"),
    ):
        action = checklist_sub.add_parser(
            name, help=text, parents=[signed] if name == "import" else []
        )
        action.add_argument(
            "file", type=Path, help="checklist JSON file (format: resources/checklists/README.md)"
        )

    booklet = sub.add_parser(
        "booklet", parents=[signed], help="print the standard replies booklet as a PDF"
    )
    booklet.add_argument(
        "--out", type=Path, help="PDF file (default: standard-replies-<branch>.pdf here)"
    )
    booklet.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW", "zh_HK", "vi"),
        default="en",
        help="language of the booklet",
    )

    letter = sub.add_parser(
        "letter",
        parents=[signed],
        help="print a letter to the customer about one complaint as a PDF",
    )
    letter.add_argument("register_no", metavar="REGISTER_NO", help="e.g. BR01-202603-0001")
    letter.add_argument(
        "--kind",
        required=True,
        choices=("ack", "holding", "final"),
        help="acknowledgement, holding letter (no final response yet) or final response "
        "(a summary resolution where the FCA's rules say so)",
    )
    letter.add_argument(
        "--lang",
        choices=("en", "zh_CN", "zh_TW", "zh_HK", "vi"),
        default="en",
        help="language of the letter",
    )
    letter.add_argument(
        "--out", type=Path, help="PDF file (default: letter-<register no>-<kind>-<lang>.pdf here)"
    )
    letter.add_argument(
        "--reason", default="", help="holding letter: why there is no final response yet"
    )
    letter.add_argument(
        "--expected",
        type=day_arg,
        help="holding letter: YYYY-MM-DD the final response is expected by (default: the "
        "reply date, or a few working days on when it has passed)",
    )
    letter.add_argument(
        "--text",
        default="",
        help="final response: what was found and done (default: the remedy as recorded)",
    )
    return parser


def day_arg(value: str) -> dt.date:
    """YYYY-MM-DD on the command line."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-03-31") from None


def database_url(cli_url: str | None, home: Path) -> str:
    """``--db``, else ``COMPLAINTBOOK_DB``, else this PC's Settings choice, else the local file."""
    from ui.shell.settings import resolve_gui_url, stored_database_url

    url, _source = resolve_gui_url(
        cli_url, os.environ.get("COMPLAINTBOOK_DB"), stored_database_url(home), home
    )
    return url


def _test_server(args: argparse.Namespace, home: Path) -> int:
    from models.server import probe

    url = args.url or database_url(args.db, home)
    result = probe(url)
    print(cli_message_of(result.template, result.params))
    if result.detail:
        print(result.detail)
    return EXIT_OK if result.usable else EXIT_USER_ERROR


def _server_setup(args: argparse.Namespace, home: Path) -> int:
    """The branch server's register created or upgraded by its owner role (the counter
    PCs' role may not change it: ``models.server_roles``)."""
    from models import server_roles

    from cli.session import read_secret

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


def _move_to_server(args: argparse.Namespace, home: Path) -> int:
    """Copy this PC's register to the server's empty one, check both, counts side by side."""
    from models.db import default_url, sqlite_path
    from models.move import move_to_server

    from ui.shell.settings import join_password, split_password, stored_database_url

    from cli.session import sign_in

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


def cli_message_of(template: str, params: dict[str, object]) -> str:
    from ui.shell.messages import translate_template

    return translate_template(template, params)


def run_cli(args: argparse.Namespace, home: Path) -> int:
    from models import audit
    from models.store import ChangesLost, DatabaseDamaged, RegisterMissing, open_store, quarantine

    def announce(found: int) -> None:
        print(
            f"Upgrading the register from schema {found} (a backup copy is made first; "
            "a large register can take a few minutes)...",
            file=sys.stderr,
            flush=True,
        )

    out = getattr(args, "out", None)
    if out is not None:
        from models.location import check_output_file

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
        if args.command == "demo":
            return _demo(args)
        if args.command == "setup":
            return _setup(args)
        if args.command == "check":
            return _check(store)
        if args.command == "verify-register":
            return _verify_register(args)
        if args.command == "checklist" and args.checklist_command == "validate":
            return _checklist(args, None)
        from cli.session import sign_in

        actor = sign_in(args.user)
        audit.set_default_actor(actor)
        if args.command == "import":
            return _import(args, actor)
        if args.command == "export":
            return _export(args, actor)
        if args.command == "backup":
            return _backup(args, store, actor)
        if args.command == "restore":
            return _restore(args, store, actor)
        if args.command == "anonymise":
            return _anonymise(args, actor)
        if args.command == "register":
            return _register(args, store, actor)
        if args.command == "returns":
            return _returns(args, actor)
        if args.command == "export-opinions":
            return _export_opinions(args, actor)
        if args.command == "checklist":
            return _checklist(args, actor)
        if args.command == "booklet":
            return _booklet(args)
        if args.command == "letter":
            return _letter(args, actor)
    finally:
        store.close()
    return EXIT_USAGE


def _demo(args: argparse.Namespace) -> int:
    """Demo data goes into an empty register only: on a live one it would add accounts
    with the passwords the README prints."""
    from models import demo
    from models.actors import Actor

    demo.require_empty_register()
    actor = Actor(None, "demo", "manager")
    demo.set_up_branch(actor, args.branch)
    if args.bulk:
        from models.bulk import fill_register

        def shown(done: int, total: int) -> None:
            print(f"{done:,} of {total:,} complaints", file=sys.stderr, flush=True)

        loaded = fill_register(
            args.bulk, seed=args.seed, months=args.months, progress=shown, actor=actor
        )
        print(f"Added {loaded.complaints} demo complaints and {loaded.opinions} opinion entries.")
        return EXIT_OK
    result = demo.fill(actor, months=args.months, per_month=args.per_month, seed=args.seed)
    book = demo.fill_opinions(actor, months=args.months, seed=args.seed)
    print(
        f"Added {result.complaints} demo complaints ({result.staff} staff), {book.entries} opinion "
        f"entries, {book.openings} box openings and {book.signoffs} daily sign-offs."
    )
    return EXIT_OK


def _setup(args: argparse.Namespace) -> int:
    from models import auth, countries

    from cli.session import new_password

    country = countries.get(args.country)
    actor = auth.set_up(
        {
            "name": args.branch,
            "code": args.code,
            "country": country.code,
            "currency": country.currency,
            "category_preset": args.preset,
            "deadline_preset": args.policy or country.deadline_policy(args.preset),
        },
        args.name,
        args.user,
        new_password(args.user),
    )
    print(
        f"Set up branch {args.branch} ({args.code.upper()}); {actor.name} signs in as {args.user}."
    )
    return EXIT_OK


def _import(args: argparse.Namespace, actor: Actor) -> int:
    from models.importer import import_csv

    report = import_csv(actor, args.file, dry_run=args.dry_run)
    for column in report.ignored_columns:
        print(f"note: column {column!r} is not known and was ignored", file=sys.stderr)
    if report.errors:
        for line, _message in report.errors:
            told = " ".join(cli_message(problem) for problem in report.problems.get(line, []))
            print(f"{args.file.name}: line {line}: {told or _message}", file=sys.stderr)
        print(
            f"Nothing imported: {len(report.errors)} of {report.rows} rows need fixing.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    if report.dry_run:
        print(f"Dry run: all {report.rows} rows are good; nothing was saved.")
    else:
        print(f"Imported {len(report.imported)} complaints.")
    if report.new_staff:
        print(f"New staff added as clerks: {', '.join(report.new_staff)}")
    return EXIT_OK


def _export(args: argparse.Namespace, actor: Actor) -> int:
    from reports.export import export_to, write_csv, write_json

    month = None if args.all else args.month
    if args.format == "xlsx":
        from models.branch import get_branch
        from reports.xlsx import write_xlsx

        if month is None:
            print(
                "error: an XLSX export is made for one month: use --month YYYY-MM", file=sys.stderr
            )
            return EXIT_USER_ERROR
        out = args.out or Path(
            f"complaint-register-{get_branch().code}-{month[:4]}-{month[4:]}.xlsx"
        )
        n = write_xlsx(out, month, args.lang, actor=actor, full=args.full)
        print(f"Exported {n} complaints to {out}", file=sys.stderr)
        return EXIT_OK
    if args.out is None:
        sys.stdout.reconfigure(encoding="utf-8", newline="")  # type: ignore[union-attr]
        writer = write_csv if args.format == "csv" else write_json
        n = writer(sys.stdout, month, actor=actor, full=args.full)
    else:
        n = export_to(args.out, args.format, month, actor=actor, full=args.full)
        print(f"Exported {n} complaints to {args.out}", file=sys.stderr)
    return EXIT_OK


def _suggest_backup(home: Path, more_than: int | None = None) -> None:
    """Offer the newest backup that passes its own check (or, after lost changes, the
    newest that holds more of them), with its date and count, and the command for it."""
    from models.backup import holding_more, newest_good

    best = newest_good(home) if more_than is None else holding_more(home, more_than)
    if best is not None:
        print(
            f"The newest good backup{'' if more_than is None else ' that holds more'} is from "
            f"{best.taken_at:%Y-%m-%d %H:%M} ({best.complaints} complaints, {best.events} audit "
            f'entries). To restore it: python main.py restore "{best.path}" --user NAME',
            file=sys.stderr,
        )
    elif more_than is None:
        print(
            "No good backup was found in the data folder. To start a new, empty register "
            "instead (what was moved aside stays there): python main.py setup ...",
            file=sys.stderr,
        )
    if more_than is not None:
        if best is None:
            print("No backup holds more of its changes.", file=sys.stderr)
        print(
            "To go on with the register as it is (this is recorded in its audit trail): "
            "python main.py check --accept-loss",
            file=sys.stderr,
        )


def _recover(args: argparse.Namespace, home: Path, url: str) -> int:
    """``restore FILE`` where the register was lost: a manager of that backup signs in to
    it, and it is put where the register was."""
    from models.restore import recover

    from cli.session import sign_in

    info, store = recover(home, url, args.file, lambda: sign_in(args.user))
    store.close()
    print(f"Restored the backup of {info.taken_at:%Y-%m-%d %H:%M} ({info.complaints} complaints).")
    return EXIT_OK


def _backup(args: argparse.Namespace, store: object, actor: Actor) -> int:
    from models.backup import backup_to, take_backup

    path = backup_to(actor, args.out) if args.out else take_backup(home_of(store), "manual")
    print(f"Backed up to {path}")
    return EXIT_OK


def home_of(store: object) -> Path:
    return store.data_dir  # type: ignore[attr-defined, no-any-return]


def _restore(args: argparse.Namespace, store: object, actor: Actor) -> int:
    from models.restore import restore

    info, reopened = restore(actor, store, args.file)  # type: ignore[arg-type]
    reopened.close()
    print(
        f"Restored the backup of {info.taken_at:%Y-%m-%d %H:%M} ({info.complaints} complaints). "
        "The database as it was just before is in the backups folder."
    )
    return EXIT_OK


def _anonymise(args: argparse.Namespace, actor: Actor) -> int:
    from models import retention

    candidates = retention.preview()
    for c in candidates:
        print(f"{c.register_no}  closed {c.closed_at:%Y-%m-%d}  clears: {', '.join(c.fields)}")
    if not args.apply:
        print(
            f"{len(candidates)} complaint(s) would be anonymised. Run again with --apply to do it."
        )
        return EXIT_OK
    done = retention.anonymise(actor)
    print(f"Anonymised {done} complaint(s); counts and statistics are unchanged.")
    return EXIT_OK


def _check(store: object) -> int:
    """The register against its own audit trail, signatures and sign-off seals, then
    against every backup it can read (each must hold the start of today's trail)."""
    from models.integrity import check_database
    from models.signatures import root_fingerprint
    from models.witnesses import witness_problems

    report = check_database()
    witnessed, notes = 0, []
    if store.file is not None:  # type: ignore[attr-defined]
        found, notes, witnessed = witness_problems(home_of(store))
        report.problems.extend(found)
    for note in notes:
        print(f"NOTE: {note}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    summary = (
        f"{report.records} records, {report.events} audit events, chain head {report.head[:16]}..."
    )
    root = root_fingerprint()
    key = (
        f" Branch key {root}: compare it with the key printed on the signed registers."
        if root
        else ""
    )
    if report.ok:
        print(
            f"OK: {summary}; everything matches its audit history"
            + (f" and the {witnessed} backup(s) agree with it" if witnessed else "")
            + f".{key}"
        )
        return EXIT_OK
    print(f"{len(report.problems)} problem(s) found ({summary}).{key}", file=sys.stderr)
    return EXIT_USER_ERROR


def _register(args: argparse.Namespace, store: object, actor: Actor) -> int:
    """Make the month's register, then back up the database it was made from, as the app
    does: the backup holds exactly what the signed register shows. A register on the
    branch server is backed up there (pg_dump), so nothing is taken here."""
    from models.backup import BackupFailed, take_backup
    from reports.register_pdf import build_register, default_file_name

    out = args.out or Path(default_file_name(args.month))
    result = build_register(out, args.month, lang=args.lang, prepared_by=actor.name, actor=actor)
    print(
        f"Register for {args.month[:4]}-{args.month[4:]}: {result.records} complaints, {result.pages} pages -> {out}"
    )
    if store.file is None:  # type: ignore[attr-defined]
        return EXIT_OK
    try:
        path = take_backup(home_of(store), "register")
    except BackupFailed as exc:
        print(
            f"error: the register was made ({out}), not its backup. {cli_message(exc)}",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    print(f"Backed up to {path}")
    return EXIT_OK


def _returns(args: argparse.Namespace, actor: Actor) -> int:
    from models.branch import get_branch
    from reports.returns import write_returns

    period = "-".join(p for p in (args.half, args.month) if p)
    out = args.out or Path(f"complaint-returns-{get_branch().code}-{period}.xlsx")
    sheets = write_returns(out, args.lang, actor=actor, half=args.half, month=args.month)
    print(f"Returns for head office ({', '.join(sheets)}) -> {out}")
    return EXIT_OK


def _verify_register(args: argparse.Namespace) -> int:
    """Hold a printed register to the database: its records' digest, and its seal (the
    branch key, the trail's head and the manager's signature)."""
    from models import printed_seal
    from models.records import month_digest
    from models.signatures import root_fingerprint
    from reports.register_pdf import read_integrity

    if not args.file.exists():
        print(f"error: no such file: {args.file}", file=sys.stderr)
        return EXIT_USER_ERROR
    printed = read_integrity(args.file)
    if printed is None:
        print(
            f"error: {args.file.name} is not a complaint register made by this app "
            "(a register printed on paper and scanned, or printed to PDF through a printer, "
            "cannot be read back: use the PDF the app saved)",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    month = printed["month"]
    count, digest = month_digest(month)
    label = f"{month[:4]}-{month[4:]}"
    seal = printed_seal.Seal.from_fields(printed)
    root = root_fingerprint()
    if seal is None:
        same = count == int(printed["count"]) and digest == printed["sha256"]
        if same and not root:
            print(
                f"OK: the database still holds exactly the {count} records printed in the "
                f"{label} register."
            )
            return EXIT_OK
        print(
            f"NOT PROVEN: the {label} register carries no seal (it was printed before "
            "registers were sealed, or its seal was removed), so it cannot show that the "
            "database was not rewritten since."
            + (
                ""
                if same
                else f" Its {printed['count']} records also differ from the "
                f"{count} the database now gives."
            ),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    if seal.subject != month:
        print(f"error: {args.file.name}: its seal is not the {label} register's", file=sys.stderr)
        return EXIT_USER_ERROR
    findings = printed_seal.findings(seal, count, digest)
    if not findings:
        print(
            f"OK: the database still holds exactly the {count} records printed in the "
            f"{label} register, and its audit trail still runs through the "
            f"{seal.events} entries sealed on it (newest #{seal.head_id}), signed with the "
            f"printing manager's key."
        )
        print(
            "This file's seal, to compare with the signed paper copy (a file can be "
            f"replaced, the paper cannot): branch key {seal.root}; audit entry "
            f"#{seal.head_id}, hash {seal.head[:16]}...; records {seal.count}, SHA-256 "
            f"{seal.digest[:16]}..."
        )
        return EXIT_OK
    print(f"MISMATCH: the {label} register and the database disagree:", file=sys.stderr)
    for finding in findings:
        proof = f" (shown by {finding.proof})" if finding.proof else ""
        print(f"- {finding.what}{proof}", file=sys.stderr)
    return EXIT_USER_ERROR


def _export_opinions(args: argparse.Namespace, actor: Actor) -> int:
    from reports.export import export_to, write_opinions

    if args.out is None:
        sys.stdout.reconfigure(encoding="utf-8", newline="")  # type: ignore[union-attr]
        write_opinions(sys.stdout, args.format, args.month, actor=actor, full=args.full)
    else:
        n = export_to(
            args.out, args.format, args.month, what="opinions", actor=actor, full=args.full
        )
        print(f"Exported {n} entries to {args.out}", file=sys.stderr)
    return EXIT_OK


def _checklist(args: argparse.Namespace, actor: Actor | None) -> int:
    from models import checklists, guided

    try:
        data = checklists.read_file(args.file)
        checklist = checklists.parse(data)
    except checklists.ChecklistInvalid as exc:
        for problem in exc.problems:
            print(f"{args.file.name}: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); nothing was changed.", file=sys.stderr)
        return EXIT_USER_ERROR
    if args.checklist_command == "validate":
        print(
            f"{args.file.name}: valid ({len(checklist.steps)} steps, version {checklist.version})."
        )
        return EXIT_OK
    assert actor is not None  # import signs in; validate does not get here
    guided.import_checklist(actor, data)
    print(f"Imported checklist {checklist.key!r} version {checklist.version}; new runs use it.")
    return EXIT_OK


def _booklet(args: argparse.Namespace) -> int:
    from models import replies
    from models.branch import get_branch
    from reports.booklet import write_booklet

    replies.seed_defaults()
    out = args.out or Path(f"standard-replies-{get_branch().code}.pdf")
    count = write_booklet(out, args.lang)
    print(f"Booklet with {count} replies written to {out}")
    return EXIT_OK


def _letter(args: argparse.Namespace, actor: Actor) -> int:
    """One letter to the customer, checked and recorded as from the complaint's page."""
    from models import letters
    from models.schema import Complaint
    from reports.letter_pdf import print_letter

    wanted = args.register_no.strip()
    found = Complaint.get_or_none(Complaint.register_no == wanted) or Complaint.get_or_none(
        Complaint.register_no == wanted.upper()
    )
    if found is None:
        print(f"error: no complaint {args.register_no} in this register", file=sys.stderr)
        return EXIT_USER_ERROR
    kind = letters.printed_kind(found, args.kind)
    out = args.out or Path(f"letter-{found.register_no}-{kind}-{args.lang}.pdf")
    letter = print_letter(
        actor,
        found.id,
        args.kind,
        args.lang,
        out,
        reason=args.reason,
        expected=args.expected,
        explanation=args.text,
    )
    print(f"Letter ({letter.kind}, {letter.lang}) for {letter.register_no} written to {out}")
    return EXIT_OK


def cli_language(home: Path) -> str:
    """The language of this PC's app (set in the GUI), or COMPLAINTBOOK_LANG, for CLI messages."""
    wanted = os.environ.get("COMPLAINTBOOK_LANG", "")
    if not wanted:
        ini = home / "settings.ini"
        if ini.exists():
            match = re.search(
                r"^language=(\S+)", ini.read_text(encoding="utf-8", errors="replace"), re.M
            )
            wanted = match[1] if match else ""
    return wanted or "en"


def cli_message(exc: object) -> str:
    """A domain error in the CLI user's language (Qt's translator, no window needed)."""
    from ui.shell.messages import describe

    return describe(exc)  # type: ignore[arg-type]


def install_cli_translator(home: Path) -> None:
    lang = cli_language(home)
    if lang == "en":
        return
    try:
        from PySide6.QtCore import QCoreApplication

        from ui.shell import i18n

        if QCoreApplication.instance() is None:
            _cli_app.append(QCoreApplication([]))
        i18n.install(lang, home / "cache")
    except Exception:  # messages stay in English rather than fail the command
        logging.getLogger("cli").exception("could not load the %s translation", lang)


_cli_app: list[object] = []


def main(argv: Sequence[str] | None = None) -> int:
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
    if args.command not in (None, "gui"):
        from models.location import take_move_note

        moved_from = take_move_note(home)
        if moved_from is not None:
            print(f"note: the data folder moved from {moved_from} to {home}", file=sys.stderr)
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(home, args.db)

    install_cli_translator(home)
    log = logging.getLogger("cli")
    # What ran and how it ended, as the GUI logs its work: the command's name, never its
    # arguments (file names, a month, a user name) nor anything typed at the prompt.
    log.info("command %s started", _command_name(args))
    code = _run_logged(args, home, log, log_path)
    log.info("command %s ended with exit code %d", _command_name(args), code)
    return code


def _command_name(args: argparse.Namespace) -> str:
    sub = getattr(args, "checklist_command", None) if args.command == "checklist" else None
    return f"{args.command} {sub}" if sub else str(args.command)


def _run_logged(args: argparse.Namespace, home: Path, log: logging.Logger, log_path: Path) -> int:
    """The command, with each way it can fail told to the user and logged by its kind
    (the error's code or the system's error number: no message, as those name people
    and files)."""
    import sqlite3

    import peewee

    from models.errors import DomainError

    command = _command_name(args)
    try:
        if args.command == "test-server":
            return _test_server(args, home)
        if args.command == "move-to-server":
            return _move_to_server(args, home)
        if args.command in ("server-setup", "server-upgrade"):
            return _server_setup(args, home)
        return run_cli(args, home)
    except DomainError as exc:
        log.warning("command %s refused: %s (%s)", command, type(exc).__name__, exc.code)
        print(f"error: {cli_message(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except (peewee.DatabaseError, sqlite3.Error) as exc:
        from models.db import translate_error

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
