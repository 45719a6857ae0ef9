"""Commands that make or fill the register, print it and hold a print to it: demo, setup,
import, register, verify-register."""

from __future__ import annotations

import sys
from pathlib import Path

from models.core import countries
from models.core.actors import DEMO
from models.demo import demo
from models.demo.demo_bulk import fill_register
from models.maintenance.backup import BackupFailed, take_backup
from models.people.branch import get_branch
from models.register.importer import import_csv
from models.register.records import month_digest
from models.trust import auth, printed_seal
from models.trust.signatures import root_fingerprint
from reports.register_pdf import build_register, default_file_name, read_integrity

from cli.job import EXIT_OK, EXIT_USER_ERROR, Command, Job
from cli.language import cli_message
from cli.session import new_password


def run_demo(job: Job) -> int:
    """Demo data goes into an empty register only: on a live one it would add accounts
    with the passwords the README prints."""
    args = job.args
    demo.require_empty_register()
    actor = DEMO
    demo.set_up_branch(actor, args.branch)
    if args.bulk:

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
    name, password = demo.DEMO_MANAGER
    print(
        f"Sign in as {name} (password {password}), or as clerk1 to clerk4 (password "
        f"{demo.DEMO_CLERK_PASSWORD}, PIN {demo.DEMO_CLERK_PIN})."
    )
    return EXIT_OK


def run_setup(job: Job) -> int:
    args = job.args
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


def run_import(job: Job) -> int:
    args = job.args
    report = import_csv(job.user, args.file, dry_run=args.dry_run)
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


def run_register(job: Job) -> int:
    """Make the month's register, then back up the database it was made from, as the app
    does: the backup holds exactly what the signed register shows. A register on the
    branch server is backed up there (pg_dump), so nothing is taken here."""
    args, actor, store = job.args, job.user, job.register
    out = args.out or Path(default_file_name(args.month))
    result = build_register(out, args.month, lang=args.lang, prepared_by=actor.name, actor=actor)
    print(
        f"Register for {args.month[:4]}-{args.month[4:]}: {result.records} complaints, {result.pages} pages -> {out}"
    )
    if store.file is None:
        return EXIT_OK
    try:
        path = take_backup(store.data_dir, "register")
    except BackupFailed as exc:
        print(
            f"error: the register was made ({out}), not its backup. {cli_message(exc)}",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    print(f"Backed up to {path}")
    return EXIT_OK


def run_verify_register(job: Job) -> int:
    """Hold a printed register to the database: its records' digest, and its seal (the
    branch key, the trail's head and the manager's signature)."""
    args = job.args
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
    here = get_branch().code
    if printed.get("branch") and printed["branch"] != here:
        print(
            f"NOTE: this register was printed by branch {printed['branch']}, and this "
            f"database is branch {here}'s. Unless the branch's code was changed since, it "
            "is another register's file: hold it to that register's database; the "
            "differences below would then mean only that.",
            file=sys.stderr,
        )
    print(f"MISMATCH: the {label} register and the database disagree:", file=sys.stderr)
    for finding in findings:
        proof = f" (shown by {finding.proof})" if finding.proof else ""
        print(f"- {finding.what}{proof}", file=sys.stderr)
    return EXIT_USER_ERROR


COMMANDS: dict[str, Command] = {
    "demo": run_demo,
    "setup": run_setup,
    "import": run_import,
    "register": run_register,
    "verify-register": run_verify_register,
}
