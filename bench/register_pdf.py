"""Benchmark: the monthly register PDF against a text floor measured in the same run.

    python bench/register_pdf.py [--rows 1000 10000]

The floor is the finished register's own text, page by page as ``pdftotext -layout``
gives it, drawn line by line onto a bare reportlab canvas with the same embedded font:
what any register with that much text costs at least, with no database, no layout and
no rules. Goal for a 10,000-complaint month: build <= 3x floor, peak memory <= 200 MB.
Each measurement runs in a fresh process, so peak memory is that of one build. Needs
``pdftotext`` (poppler-utils).

The month is filled as a real one looks: most complaints resolved or closed with their
remedy, root cause and corrective action, some compensated, some voided, some extended,
a few still open; the text comes from the demo corpus in four languages.

``--later 0.3``: that share of the month's closed complaints was reopened and resolved
again after the month ended (two audit events each, the rows as they are now), so the
register undoes those changes to show the month as it stood at its end
(``models.register.month_end``). The default (0) is the month as the goal was first measured on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MONTH = "202610"
GOAL_RATIO = 3.0
GOAL_MB = 200
FLOOR_FONT = 7  # the register's cell type size
FLOOR_LEADING = 8.6


# What a complaint holds before it is resolved (every row names every column).
OPEN = {
    "cause": "",
    "outcome": "",
    "remedy": "",
    "root_cause": "",
    "corrective_action": "",
    "customer_accepted": None,
    "resolved_at": None,
    "followup_due": None,
    "compensation": None,
    "currency": "",
    "followup_done_at": None,
    "satisfaction": None,
    "closed_at": None,
    "void_reason": "",
}


def fill(home: Path, rows: int, later: float = 0.0) -> None:
    """Insert ``rows`` complaints in one month quickly (bench data, not the app's path);
    ``later``: the share of closed ones reopened and resolved again in the next month."""
    from models.core.resources import load_json
    from models.demo.demo import demo_cause
    from models.maintenance.store import open_store
    from models.storage.db import database
    from models.storage.schema import Branch, Complaint, Event, RegisterCounter, Staff

    open_store(home)
    Branch.update(category_preset="bank").execute()
    corpus = load_json("demo/corpus.json")
    rng = random.Random(7)
    staff = [
        Staff.create(name=n, role="clerk").id for n in ("张伟", "Trần Quốc Việt", "Julie Parker")
    ]
    manager = Staff.create(name="陈静", role="manager")
    start = dt.datetime(2026, 10, 1, 9)
    batch = []
    for i in range(rows):
        lang = rng.choice(("en", "zh_CN", "zh_TW", "vi"))
        entry = rng.choice(corpus[lang]["bank"])
        received = start + dt.timedelta(seconds=int(i * 30 * 86400 / rows))
        status = rng.choices(
            ("received", "investigating", "resolved", "closed", "void"), (4, 8, 18, 68, 2)
        )[0]
        row = {
            "register_no": f"BR01-{MONTH}-{i + 1:05d}",
            "month": MONTH,
            "seq": i + 1,
            "received_at": received,
            "channel": rng.choice(("phone", "in_person", "email", "letter")),
            "customer_name": rng.choice(corpus[lang]["customers"]),
            "customer_phone": f"138{rng.randint(10000000, 99999999)}",
            "category": entry["category"],
            "scope": rng.choices(("point", "line", "plane"), (85, 13, 2))[0],
            "severity": rng.choice(("low", "medium", "high")),
            "subject_staff": rng.choice(staff) if rng.random() < 0.2 else None,
            "summary": entry["summary"][:120],
            "description": entry["description"],
            "desired_outcome": entry["desired_outcome"],
            "handler": rng.choice(staff),
            "status": status,
            "due_date": (received + dt.timedelta(days=15)).date(),
            **OPEN,
        }
        if status in ("resolved", "closed"):
            resolved = received + dt.timedelta(days=rng.uniform(0.5, 20))
            row |= {
                "cause": demo_cause("bank", entry["category"], i),
                "outcome": rng.choice(("upheld", "partly_upheld", "not_upheld")),
                "remedy": entry["remedy"],
                "root_cause": entry["root_cause"],
                "corrective_action": entry["corrective_action"],
                "customer_accepted": rng.random() < 0.85,
                "resolved_at": resolved,
                "followup_due": (resolved + dt.timedelta(days=3)).date(),
            }
            if rng.random() < 0.3:
                row |= {"compensation": Decimal(rng.choice((50, 100, 200))), "currency": "CNY"}
            if status == "closed":
                followed = resolved + dt.timedelta(days=2)
                row |= {
                    "followup_done_at": followed,
                    "satisfaction": rng.randint(1, 5),
                    "closed_at": followed + dt.timedelta(hours=3),
                }
        elif status == "void":
            row["void_reason"] = "Entered twice by mistake"
        batch.append(row)
    with database.atomic():
        for i in range(0, len(batch), 500):
            Complaint.insert_many(batch[i : i + 500]).execute()
        events = []
        for complaint_id, status, received, due in Complaint.select(
            Complaint.id, Complaint.status, Complaint.received_at, Complaint.due_date
        ).tuples():
            if status == "void":
                events.append(
                    {
                        "complaint": complaint_id,
                        "at": received,
                        "actor": manager.id,
                        "actor_name": manager.name,
                        "kind": "status",
                        "field": "status",
                        "old_value": "received",
                        "new_value": "void",
                        "text": "Entered twice by mistake",
                    }
                )
            elif complaint_id % 40 == 0:
                events.append(
                    {
                        "complaint": complaint_id,
                        "at": received + dt.timedelta(days=10),
                        "actor": manager.id,
                        "actor_name": manager.name,
                        "kind": "extension",
                        "field": "due_date",
                        "old_value": due.isoformat(),
                        "new_value": (due + dt.timedelta(days=15)).isoformat(),
                        "text": "Waiting for the card scheme",
                    }
                )
        for i in range(0, len(events), 500):
            Event.insert_many(events[i : i + 500]).execute()
        RegisterCounter.create(branch_code="BR01", month=MONTH, last_no=rows)
        if later:
            _reopened_later(rng, later, manager.name)
    database.close()


def _reopened_later(rng: random.Random, share: float, who: str) -> None:
    """Closed complaints reopened and resolved again in November: their rows as they are
    now, and the two audit events that say what they held before (chain hashes are not
    read by the register, so none are computed)."""
    from models.storage.audit import canonical, to_json
    from models.storage.schema import AuditEvent, Complaint

    closed = list(
        Complaint.select(
            Complaint.id,
            Complaint.resolved_at,
            Complaint.closed_at,
            Complaint.followup_done_at,
            Complaint.satisfaction,
            Complaint.remedy,
        )
        .where(Complaint.status == "closed")
        .tuples()
    )
    events, now_rows = [], []
    for complaint_id, resolved, closed_at, followed, score, remedy in closed:
        if rng.random() >= share:
            continue
        reopened = dt.datetime(2026, 11, 3, 9) + dt.timedelta(minutes=complaint_id % 5000)
        again = reopened + dt.timedelta(days=4)
        new_remedy = remedy + " Refunded again after the customer came back."
        for at, changes in (
            (
                reopened,
                {
                    "status": ["closed", "investigating"],
                    "resolved_at": [canonical(resolved), None],
                    "closed_at": [canonical(closed_at), None],
                    "followup_done_at": [canonical(followed), None],
                    "satisfaction": [score, None],
                },
            ),
            (
                again,
                {
                    "status": ["investigating", "resolved"],
                    "resolved_at": [None, canonical(again)],
                    "remedy": [remedy, new_remedy],
                },
            ),
        ):
            events.append(
                {
                    "at": at,
                    "actor_name": who,
                    "table_name": "complaint",
                    "row_id": complaint_id,
                    "action": "update",
                    "changes": to_json(changes),
                    "prev_hash": "",
                    "hash": "",
                }
            )
        now_rows.append((complaint_id, again, new_remedy))
    for i in range(0, len(events), 500):
        AuditEvent.insert_many(events[i : i + 500]).execute()
    for complaint_id, again, new_remedy in now_rows:
        Complaint.update(
            status="resolved",
            resolved_at=again,
            closed_at=None,
            followup_done_at=None,
            satisfaction=None,
            remedy=new_remedy,
        ).where(Complaint.id == complaint_id).execute()


def measure(home: Path, what: str) -> dict[str, float]:
    """Run one build in this process and report seconds, pages and peak RSS.

    ``register`` writes ``register.pdf``; ``floor`` draws that file's text, which it
    reads with ``pdftotext -layout`` before the clock starts."""
    import resource

    from models.maintenance.store import open_store
    from reports.register_pdf import build_register

    open_store(home)
    if what == "register":
        began, cpu = time.perf_counter(), time.process_time()
        pages = build_register(home / "register.pdf", MONTH, lang="en", prepared_by="bench").pages
    else:
        text = subprocess.run(
            ["pdftotext", "-layout", str(home / "register.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        page_texts = text.split("\f")
        if page_texts and not page_texts[-1].strip():
            page_texts.pop()  # pdftotext ends the last page with a form feed too
        began, cpu = time.perf_counter(), time.process_time()
        pages = text_floor(home / "floor.pdf", page_texts)
    seconds = time.perf_counter() - began
    cpu_seconds = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "cpu": cpu_seconds, "pages": pages, "peak_mb": peak}


def text_floor(out: Path, pages: list[str]) -> int:
    """Each page's lines drawn one by one, top to bottom, on a bare canvas in the
    register's font and type size; a page break where the register has one."""
    from reportlab.pdfgen import canvas

    from reports.pdf_base import FONT, register_fonts
    from reports.register_pdf import PAGE

    register_fonts()
    c = canvas.Canvas(str(out), pagesize=PAGE, initialFontName=FONT)
    top = PAGE[1] - 30
    for page in pages:
        c.setFont(FONT, FLOOR_FONT)
        y = top
        for line in page.split("\n"):
            c.drawString(20, y, line)
            y -= FLOOR_LEADING
        c.showPage()
    c.save()
    return len(pages)


def run_child(home: Path, what: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, __file__, "--measure", str(home), what],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--later",
        type=float,
        default=0.0,
        help="share of closed complaints reopened and resolved again after the month (0-1)",
    )
    parser.add_argument("--measure", nargs=2, metavar=("HOME", "WHAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), args.measure[1])))
        return
    if shutil.which("pdftotext") is None:
        raise SystemExit("pdftotext is needed for the floor (Debian: apt install poppler-utils)")
    header = (
        f"| {'rows':>6} | {'pages':>5} | {'register s':>10} | {'floor s (same run)':>18} "
        f"| {'ratio':>5} | {'peak MB':>7} | {'goal':<26} | met? | {'CPU s: register / floor':>23} |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for rows in args.rows:
        home = Path(tempfile.mkdtemp(prefix="cb-bench-"))
        try:
            fill(home, rows, args.later)
            reg = run_child(home, "register")
            floor = run_child(home, "floor")
        finally:
            shutil.rmtree(home, ignore_errors=True)
        ratio = reg["seconds"] / floor["seconds"]
        if rows >= 10000:
            goal = f"<= {GOAL_RATIO:g}x floor, <= {GOAL_MB} MB"
            met = "yes" if ratio <= GOAL_RATIO and reg["peak_mb"] <= GOAL_MB else "**NO**"
        else:
            goal, met = "(for reading)", "-"
        print(
            f"| {rows:>6} | {reg['pages']:>5.0f} | {reg['seconds']:>10.2f} | {floor['seconds']:>18.2f} "
            f"| {ratio:>5.2f} | {reg['peak_mb']:>7.0f} | {goal:<26} | {met:<4} "
            f"| {reg['cpu']:>6.2f} / {floor['cpu']:>5.2f} = {reg['cpu'] / floor['cpu']:>4.2f}x |"
        )


if __name__ == "__main__":
    main()
