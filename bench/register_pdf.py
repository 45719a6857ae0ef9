"""Benchmark: the monthly register PDF against a canvas floor measured in the same run.

    python bench/register_pdf.py [--rows 1000 10000]

The floor draws the same rows' text straight onto a reportlab canvas with the same
embedded font: what no table layout can beat. Goal: build <= 2.5x floor, peak memory
< 150 MB for 10,000 complaints. Each measurement runs in a fresh process so peak memory
is that of one build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
MONTH = "202610"


def fill(home: Path, rows: int) -> None:
    """Insert ``rows`` complaints in one month quickly (bench data, not the app's path)."""
    from models.db import database
    from models.resources import load_json
    from models.schema import Complaint, RegisterCounter, Staff
    from models.store import open_store

    open_store(home)
    corpus = load_json("demo/corpus.json")
    rng = random.Random(7)
    staff = [
        Staff.create(name=n, role="clerk").id for n in ("张伟", "Trần Quốc Việt", "Julie Parker")
    ]
    start = dt.datetime(2026, 10, 1, 9)
    batch = []
    for i in range(rows):
        lang = rng.choice(("en", "zh_CN", "zh_TW", "vi"))
        entry = rng.choice(corpus[lang]["retail"])
        received = start + dt.timedelta(seconds=int(i * 30 * 86400 / rows))
        batch.append(
            {
                "register_no": f"BR01-{MONTH}-{i + 1:05d}",
                "month": MONTH,
                "seq": i + 1,
                "received_at": received,
                "channel": rng.choice(("phone", "in_person", "email")),
                "customer_name": rng.choice(corpus[lang]["customers"]),
                "customer_phone": f"138{rng.randint(10000000, 99999999)}",
                "category": entry["category"],
                "summary": entry["summary"],
                "description": entry["description"],
                "desired_outcome": entry["desired_outcome"],
                "handler": rng.choice(staff),
                "status": rng.choice(("received", "investigating", "resolved", "closed")),
                "due_date": (received + dt.timedelta(days=15)).date(),
            }
        )
    with database.atomic():
        for i in range(0, len(batch), 500):
            Complaint.insert_many(batch[i : i + 500]).execute()
        RegisterCounter.create(branch_code="BR01", month=MONTH, last_no=rows)
    database.close()


def measure(home: Path, what: str) -> dict[str, float]:
    """Run one build in this process and report seconds, pages and peak RSS."""
    import resource

    from models.store import open_store

    open_store(home)
    out = home / f"{what}.pdf"
    began = time.perf_counter()
    if what == "register":
        from reports.register_pdf import build_register

        pages = build_register(out, MONTH, lang="en", prepared_by="bench").pages
    else:
        pages = canvas_floor(out)
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "pages": pages, "peak_mb": peak}


def canvas_floor(out: Path) -> int:
    """The same cell text (same row builder, same wrapping) drawn line by line, no table."""
    from reportlab.pdfgen import canvas

    from models import categories
    from models.branch import get_branch
    from models.schema import Complaint, Staff
    from reports import register_pdf as rp
    from reports.pdf_base import FONT, register_fonts
    from reports.words import words

    register_fonts()
    widths = rp._widths()
    cells = rp._Cells(widths)
    tree = categories.load(get_branch().category_preset)
    handlers = {s.id: s.name for s in Staff.select()}
    w = words("en")
    c = canvas.Canvas(str(out), pagesize=rp.PAGE, initialFontName=FONT)
    top = rp.PAGE[1] - 60
    y, pages = top, 1
    c.setFont(FONT, rp.CELL_FONT)
    query = (
        Complaint.select(*rp.ROW_FIELDS)
        .where(Complaint.month == MONTH)
        .order_by(Complaint.seq)
        .dicts()
    )
    for row in query.iterator():
        values = rp._row(row, handlers, tree, "en", w, cells)
        lines = max(str(v).count("\n") + 1 for v in values)
        height = lines * (rp.CELL_FONT + 1.8) + 3
        if y - height < 50:
            c.showPage()
            c.setFont(FONT, rp.CELL_FONT)
            pages += 1
            y = top
        x = rp.MARGIN
        for value, width in zip(values, widths, strict=True):
            for i, line in enumerate(str(value).split("\n")):
                c.drawString(x + 2, y - (i + 1) * (rp.CELL_FONT + 1.8), line)
            x += width
        y -= height
    c.save()
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--measure", nargs=2, metavar=("HOME", "WHAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), args.measure[1])))
        return
    print(
        f"{'rows':>7} {'pages':>6} {'register s':>11} {'floor s':>8} {'ratio':>6} {'pages/s':>8} {'peak MB':>8}  goal"
    )
    for rows in args.rows:
        home = Path(tempfile.mkdtemp(prefix="cb-bench-"))
        fill(home, rows)
        runs = {}
        for what in ("floor", "register"):
            result = subprocess.run(
                [sys.executable, __file__, "--measure", str(home), what],
                capture_output=True,
                text=True,
                check=True,
            )
            runs[what] = json.loads(result.stdout.strip().splitlines()[-1])
        reg, floor = runs["register"], runs["floor"]
        ratio = reg["seconds"] / floor["seconds"]
        goal = "<= 2.5x floor, < 150 MB" if rows >= 10000 else "<= 0.6 s"
        print(
            f"{rows:>7} {reg['pages']:>6.0f} {reg['seconds']:>11.2f} {floor['seconds']:>8.2f} {ratio:>6.2f} "
            f"{reg['pages'] / reg['seconds']:>8.1f} {reg['peak_mb']:>8.0f}  {goal}"
        )


if __name__ == "__main__":
    main()
