"""Benchmark: the branch server (PostgreSQL) with a big register, from one counter PC.

    python bench/server.py --db postgresql://USER:PASSWORD@HOST/DB [--rows N]

Fills the register on the server with the app's bulk loader up to N complaints
(default 1,000,000; a register already that big is measured as it is), then measures
with the app's own code what a clerk waits for: each search term's first page, the
count the list shows (the first 1,000 matches, ``queries.list_count``) and the count
of all matches (read when the list is scrolled to its end), for the same terms as
bench/run.py; the home view's figures, the 36-month trend and
a durable save. Prints one table. Not part of CI; the server must be reachable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

from build import MANAGER, MONTHS, ROOT, say
from measure import SAVE_FORM, SAVES, TERMS, p99, timed

sys.path.insert(0, str(ROOT))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="postgresql://... of the branch server")
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()

    import tempfile

    from models.core.actors import actor_for
    from models.demo.demo_bulk import fill_register
    from models.maintenance.store import open_store
    from models.register import queries
    from models.register.complaints import ComplaintForm, create_complaint
    from models.register.statistics import trend
    from models.storage.db import database
    from models.storage.schema import Complaint, Staff

    open_store(Path(tempfile.mkdtemp(prefix="cb-bench-server-")), args.db)
    have = Complaint.select().count()
    if have < args.rows:
        say(f"filling the server's register from {have:,} to {args.rows:,} complaints")
        began = time.perf_counter()
        fill_register(args.rows - have, months=MONTHS, seed=have + 1)
        seconds = time.perf_counter() - began
        say(f"  {args.rows - have:,} in {seconds:.0f} s")
    manager = Staff.get_or_none(Staff.name == MANAGER)
    if manager is None:
        with database.atomic():
            manager = Staff.create(name=MANAGER, role="manager")
    rows = Complaint.select().count()

    middle = Complaint.select(Complaint.id).order_by(Complaint.id.desc()).first().id // 2
    phones = Complaint.select(Complaint.customer_phone).where(Complaint.id >= middle).limit(50)
    digits = next((p.customer_phone[-4:] for p in phones if p.customer_phone[-4:].isdigit()), "")
    lines = []
    for term in TERMS + ([digits] if digits else []):
        flt = queries.ListFilter(search=term)
        first = timed(lambda flt=flt: queries.page(flt, 0, 50), reps=1)[0]  # noqa: B023
        page = timed(lambda flt=flt: queries.page(flt, 0, 50))  # noqa: B023
        shown = timed(lambda flt=flt: queries.list_count(flt))  # noqa: B023
        found: list[int] = []
        count = timed(lambda flt=flt: found.append(queries.count(flt)), reps=3)  # noqa: B023
        lines.append(
            f"| {term} | {found[0]:,} | {ms(statistics.median(page))} | {ms(first)} "
            f"| {ms(statistics.median(shown))} | {ms(statistics.median(count))} |"
        )
    home = timed(queries.home_figures)
    month = dt.date.today().strftime("%Y%m")
    months = timed(lambda: trend(end_month=month, months=36))
    actor = actor_for(manager)
    saves = timed(lambda: create_complaint(actor, ComplaintForm(**SAVE_FORM)), SAVES, budget=1e9)
    server = database.execute_sql("SHOW server_version").fetchone()[0]
    print(f"Branch server: PostgreSQL {server}, register of {rows:,} complaints.")
    print()
    print("| term | matches | first page | (first call) | count the list shows | all matches |")
    print("|---|---|---|---|---|---|")
    print("\n".join(lines))
    print()
    print(f"Home figures: median {ms(statistics.median(home))} (first {ms(home[0])}).")
    print(f"36-month trend: median {ms(statistics.median(months))}.")
    print(
        f"Save, {SAVES} in a row: median {ms(statistics.median(saves))}, "
        f"p99 {ms(p99(saves))}, worst {ms(max(saves))}."
    )


if __name__ == "__main__":
    main()
