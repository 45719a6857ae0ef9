"""Commands that keep the register sound: check, backup, restore, anonymise."""

from __future__ import annotations

import sys

from models.maintenance import retention
from models.maintenance.backup import backup_to, take_backup
from models.maintenance.integrity import check_database
from models.maintenance.restore import restore
from models.maintenance.witnesses import witness_problems
from models.trust.signatures import root_fingerprint

from cli.job import EXIT_OK, EXIT_USER_ERROR, Command, Job


def run_check(job: Job) -> int:
    """The register against its own audit trail, signatures and sign-off seals, then
    against every backup it can read (each must hold the start of today's trail)."""
    store = job.register
    report = check_database()
    witnessed, notes = 0, list[str]()
    if store.file is not None:
        found, notes, witnessed = witness_problems(store.data_dir)
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


def run_backup(job: Job) -> int:
    args = job.args
    path = (
        backup_to(job.user, args.out) if args.out else take_backup(job.register.data_dir, "manual")
    )
    print(f"Backed up to {path}")
    return EXIT_OK


def run_restore(job: Job) -> int:
    info, reopened = restore(job.user, job.register, job.args.file)
    reopened.close()
    print(
        f"Restored the backup of {info.taken_at:%Y-%m-%d %H:%M} ({info.complaints} complaints). "
        "The database as it was just before is in the backups folder."
    )
    return EXIT_OK


def run_anonymise(job: Job) -> int:
    candidates = retention.preview()
    for c in candidates:
        print(f"{c.register_no}  closed {c.closed_at:%Y-%m-%d}  clears: {', '.join(c.fields)}")
    if not job.args.apply:
        print(
            f"{len(candidates)} complaint(s) would be anonymised. Run again with --apply to do it."
        )
        return EXIT_OK
    done = retention.anonymise(job.user)
    print(f"Anonymised {done} complaint(s); counts and statistics are unchanged.")
    return EXIT_OK


COMMANDS: dict[str, Command] = {
    "check": run_check,
    "backup": run_backup,
    "restore": run_restore,
    "anonymise": run_anonymise,
}
