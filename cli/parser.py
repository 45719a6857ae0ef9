"""What can be typed: the parser, its argument types, and which commands sign in, open
the register themselves, or change it."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from models.core.command_name import command_line

from cli.places import APP_NAME


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
    """A count on the command line: a whole number of at least 1."""
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
        prog=command_line().removeprefix("python "),
        description=f"{APP_NAME}: the branch complaint register.",
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
    # The Settings window's Move... runs this command and shows its report in the window's
    # language: the report comes as JSON lines on standard output instead of the table.
    mov.add_argument("--for-window", action="store_true", help=argparse.SUPPRESS)
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


# Commands that reach a database themselves (a server, or two registers at once): the
# register is not opened for them first.
OWN_CONNECTION = {"test-server", "move-to-server", "server-setup", "server-upgrade"}


def command_name(args: argparse.Namespace) -> str:
    """The command as logged: its name (and the checklist's action), never its arguments."""
    sub = getattr(args, "checklist_command", None) if args.command == "checklist" else None
    return f"{args.command} {sub}" if sub else str(args.command)
