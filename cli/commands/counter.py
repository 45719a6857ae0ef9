"""Commands for the counter's paper and procedure: a letter to the customer, the standard
replies booklet, and the branch's own checklist."""

from __future__ import annotations

import sys
from pathlib import Path

from models.core import checklists
from models.counter import guided, letters, replies
from models.people.branch import get_branch
from models.storage.schema import Complaint
from reports.booklet import write_booklet
from reports.letter_pdf import print_letter

from cli.job import EXIT_OK, EXIT_USER_ERROR, Command, Job


def run_letter(job: Job) -> int:
    """One letter to the customer, checked and recorded as from the complaint's page."""
    args = job.args
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
        job.user,
        found.get_id(),
        args.kind,
        args.lang,
        out,
        reason=args.reason,
        expected=args.expected,
        explanation=args.text,
    )
    print(f"Letter ({letter.kind}, {letter.lang}) for {letter.register_no} written to {out}")
    return EXIT_OK


def run_booklet(job: Job) -> int:
    args = job.args
    replies.seed_defaults(job.user)
    out = args.out or Path(f"standard-replies-{get_branch().code}.pdf")
    count = write_booklet(out, args.lang)
    print(f"Booklet with {count} replies written to {out}")
    return EXIT_OK


def run_checklist(job: Job) -> int:
    """``validate`` reports every problem of a file; ``import`` (signed in) installs it."""
    args = job.args
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
    guided.import_checklist(job.user, data)
    print(f"Imported checklist {checklist.key!r} version {checklist.version}; new runs use it.")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "letter": run_letter,
    "booklet": run_booklet,
    "checklist": run_checklist,
}
