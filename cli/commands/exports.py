"""Commands that take the register's contents out: export, export-opinions and head
office's returns."""

from __future__ import annotations

import sys
from pathlib import Path

from models.people.branch import get_branch
from reports.export import export_to, write_csv, write_json, write_opinions
from reports.returns import write_returns
from reports.xlsx import write_xlsx

from cli.job import EXIT_OK, EXIT_USER_ERROR, Command, Job


def run_export(job: Job) -> int:
    args, actor = job.args, job.user
    month = None if args.all else args.month
    if args.format == "xlsx":
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


def run_export_opinions(job: Job) -> int:
    args, actor = job.args, job.user
    if args.out is None:
        sys.stdout.reconfigure(encoding="utf-8", newline="")  # type: ignore[union-attr]
        write_opinions(sys.stdout, args.format, args.month, actor=actor, full=args.full)
    else:
        n = export_to(
            args.out, args.format, args.month, what="opinions", actor=actor, full=args.full
        )
        print(f"Exported {n} entries to {args.out}", file=sys.stderr)
    return EXIT_OK


def run_returns(job: Job) -> int:
    args = job.args
    period = "-".join(p for p in (args.half, args.month) if p)
    out = args.out or Path(f"complaint-returns-{get_branch().code}-{period}.xlsx")
    sheets = write_returns(out, args.lang, actor=job.user, half=args.half, month=args.month)
    print(f"Returns for head office ({', '.join(sheets)}) -> {out}")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "export": run_export,
    "export-opinions": run_export_opinions,
    "returns": run_returns,
}
