"""Benchmark: every speed goal of the register, each beside a baseline measured in the same run.

    python bench/run.py [--rows N] [--keep DIR] [--skip-pdf] [--growth]

Builds its own SQLite register of N complaints (default 1,000,000) with the app's bulk
loader in a temporary folder (or in DIR, kept, and reused by the next run with the same
N and loader), and beside it a raw table with the same columns and indexes, the floor
for the import. Every figure is measured with the app's own code, each group in a fresh
process (the GUI ones with offscreen Qt), so memory and start-up are their own. Prints
the machine, the database size, one table of goals and, with ``--growth``, how each
figure grows from 10,000 complaints to N. Not part of CI: 1M takes about 15 minutes on
two cores, most of it building the register.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import build
import measure
from build import MONTHS, ROOT, loader_hash, say
from measure import COLD_RUNS, PAGE_DOWNS, PDF_ROWS, SAVES, cold_start

sys.path.insert(0, str(ROOT))
LIST_RUNS = 3


def child(kind: str, *args: str) -> dict[str, Any]:
    """Run ``bench/run.py --child kind args`` in a fresh process; its last line is JSON."""
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if result.returncode != 0:
        raise SystemExit(f"bench child {kind} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def build_all(home: Path, rows: int) -> dict[str, Any]:
    """The raw executemany floor, then the app's bulk loader, in a fresh process each,
    into an empty folder (a kept register from another loader is removed first, with
    what the app keeps beside it: the noted head, copies made before an upgrade; left
    there, the app rightly refuses to start an empty register in its place)."""
    for leftover in home.glob("complaints.*"):
        leftover.unlink()
    say(f"raw executemany of {rows:,} rows (the import floor)")
    raw = child("raw", str(home), str(rows))
    say(f"app: fill_register({rows:,}) (the import)")
    app = child("fill", str(home), str(rows))
    built = dt.datetime.now().isoformat()
    return {"rows": rows, "raw": raw, "fill": app, "built": built, "loader": loader_hash()}


def pdf() -> dict[str, Any]:
    """bench/register_pdf.py's fill and measure: the register, then the floor drawn from
    its own text."""
    home = Path(tempfile.mkdtemp(prefix="cb-bench-pdf-"))
    try:
        child("pdf", str(home), "fill")
        return {what: child("pdf", str(home), what) for what in ("register", "floor")}
    finally:
        shutil.rmtree(home, ignore_errors=True)


# -- the machine ---------------------------------------------------------------------


def machine(folder: Path) -> list[str]:
    cpu = platform.processor() or platform.machine()
    ram = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024**2:.1f} GB"
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    import PySide6

    versions = f"PySide6 {PySide6.__version__}, " + ", ".join(
        f"{name} {metadata.version(name)}" for name in ("peewee", "reportlab")
    )
    return [
        f"CPU: {cpu}, {cores} cores; RAM {ram}; {platform.platform()}",
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {versions}",
        f"Disk: {disk(folder)}",
    ]


def disk(folder: Path) -> str:
    """Device, file system and kind (SSD or rotating) of the folder's mount (Linux)."""
    free = shutil.disk_usage(folder)
    text = f"{free.total / 1e9:.0f} GB, {free.free / 1e9:.0f} GB free"
    try:
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return text
    best = max(
        (m for m in mounts if str(folder.resolve()).startswith(m[1])), key=lambda m: len(m[1])
    )
    device = best[0].rsplit("/", 1)[-1]
    kind = ""
    rotational = Path(f"/sys/block/{device.rstrip('0123456789')}/queue/rotational")
    if rotational.exists():
        kind = ", kernel says " + (
            "rotational" if rotational.read_text().strip() == "1" else "non-rotational"
        )
    return f"{best[0]} ({best[2]}{kind}), {text}"


# -- one run and its table ------------------------------------------------------------


@dataclass
class Figure:
    name: str
    goal: str
    measured: str
    baseline: str = "-"
    ratio: float | None = None
    met: bool | None = None
    value: float | None = None  # the number compared across sizes (--growth)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.0f} s"


def run(home: Path, rows: int, skip_pdf: bool) -> tuple[list[Figure], dict[str, Any]]:
    """Build (or reuse) the register in ``home``, measure everything, return the figures."""
    record = home / "build.json"
    built = json.loads(record.read_text()) if record.exists() else None
    if built and built["rows"] == rows and built.get("loader") == loader_hash():
        say(f"reusing the register built in {home} at {built['built']}")
    else:
        built = build_all(home, rows)
        record.write_text(json.dumps(built, indent=1))
    say("cold start")
    cold = cold_start(home)
    say("list view")
    lists = [child("list", str(home)) for _ in range(LIST_RUNS)]
    view = {k: statistics.median(r[k] for r in lists) for k in lists[0]}
    say("search, home figures, trend, saves")
    q = child("queries", str(home))
    pdfs = None
    if not skip_pdf:
        say(f"register PDF of a {PDF_ROWS:,}-complaint month")
        pdfs = pdf()
    details = {"built": built, "queries": q, "view": view, "cold": cold, "pdf": pdfs}
    return figures(rows, details), details


def figures(rows: int, details: dict[str, Any]) -> list[Figure]:
    built, q, view, pdfs = details["built"], details["queries"], details["view"], details["pdf"]
    cold_app, cold_bare = details["cold"]
    fill, raw = built["fill"], built["raw"]
    worst_page = max(q["search"], key=lambda s: s["page"])
    worst_count = max(q["search"], key=lambda s: s["count"])
    save, raw_save = q["save"], q["raw_save"]
    out = [
        Figure(
            "cold start to a usable main window",
            "<= 1.5x baseline",
            secs(cold_app),
            secs(cold_bare),
            cold_app / cold_bare,
            cold_app / cold_bare <= 1.5,
            cold_app,
        ),
        Figure(
            "save one complaint, signed and durable (WAL, FULL)",
            "median <= 2 ms, p99 <= 50 ms",
            f"median {ms(save['median'])}, p99 {ms(save['p99'])}",
            f"median {ms(raw_save['median'])}, p99 {ms(raw_save['p99'])}",
            save["median"] / raw_save["median"],
            save["median"] <= 0.002 and save["p99"] <= 0.050,
            save["median"],
        ),
        Figure(
            "list view first paint on 1M rows",
            "<= 100 ms, RSS <= 120 MB",
            f"{ms(view['first_paint'])}, RSS {view['rss']:.0f} MB",
            met=view["first_paint"] <= 0.100 and view["rss"] <= 120,
            value=view["first_paint"],
        ),
        Figure(
            "jump to the last row; page down",
            "<= 50 ms; <= 30 ms",
            f"{ms(view['jump'])}; {ms(view['page_down'])} (worst {ms(view['page_down_max'])})",
            met=view["jump"] <= 0.050 and view["page_down"] <= 0.030,
            value=view["jump"],
        ),
        Figure(
            "search, first page of results, any term incl. 2-char Chinese",
            "<= 10 ms",
            f"{ms(worst_page['page'])} (worst: {worst_page['term']})",
            f"LIKE scan {ms(worst_page['like'])}",
            worst_page["page"] / worst_page["like"],
            worst_page["page"] <= 0.010,
            worst_page["page"],
        ),
        Figure(
            "search result count",
            "<= 50 ms",
            f"{ms(worst_count['count'])} (worst: {worst_count['term']})",
            met=worst_count["count"] <= 0.050,
            value=worst_count["count"],
        ),
        Figure(
            "one month's figures for the home view",
            "<= 15 ms",
            ms(q["home"]["median"]),
            met=q["home"]["median"] <= 0.015,
            value=q["home"]["median"],
        ),
    ]
    trend = q["trend"]["median"]
    out.append(
        Figure(
            "36-month trend",
            "<= 100 ms",
            ms(trend),
            f"GROUP BY substr {ms(q['trend_baseline'])}",
            trend / q["trend_baseline"],
            trend <= 0.100,
            trend,
        )
    )
    out.append(
        Figure(
            "demo/import of 1M complaints",
            "<= 3x raw executemany",
            f"{secs(fill['seconds'])} ({rows / fill['seconds']:,.0f}/s)",
            f"{secs(raw['seconds'])} ({rows / raw['seconds']:,.0f}/s)",
            fill["seconds"] / raw["seconds"],
            fill["seconds"] / raw["seconds"] <= 3,
            fill["seconds"] / rows * 1000,
        )
    )
    if "indexed_seconds" in raw:  # not a goal: where the rest of the import's time goes
        indexed = raw["indexed_seconds"]
        out.append(
            Figure(
                "demo/import, against raw rows with their search entries",
                "(no goal: for reading)",
                f"{secs(fill['seconds'])}",
                f"{secs(indexed)} ({rows / indexed:,.0f}/s)",
                fill["seconds"] / indexed,
                None,
                None,
            )
        )
    if pdfs:
        reg, floor = pdfs["register"], pdfs["floor"]
        ratio = reg["seconds"] / floor["seconds"]
        out.append(
            Figure(
                "register PDF, 10,000-complaint month",
                "<= 3x text floor, <= 200 MB",
                f"{secs(reg['seconds'])}, {reg['pages']:.0f} pages, peak {reg['peak_mb']:.0f} MB",
                f"text floor {secs(floor['seconds'])}",
                ratio,
                ratio <= 3 and reg["peak_mb"] <= 200,
                None,
            )
        )
    return out


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table padded for a terminal (Chinese characters are two columns wide)."""
    width = lambda text: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)  # noqa: E731
    widths = [max(width(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = (c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True))
        return "| " + " | ".join(padded) + " |"

    return "\n".join(
        [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)]
    )


def report(rows: int, figures: list[Figure], details: dict[str, Any]) -> str:
    fill, raw = details["built"]["fill"], details["built"]["raw"]
    view, q = details["view"], details["queries"]
    out = [
        f"Register of {fill['complaints']:,} complaints and {fill['opinions']:,} opinion entries "
        f"over {MONTHS} months (built {details['built']['built'][:16]}).",
        f"Database size: {fill['bytes'] / 1e6:,.0f} MB, {fill['bytes'] / rows * 1000 / 1e6:.2f} MB "
        f"per 1,000 complaints (raw table with the same columns and indexes, no search "
        f"index: {raw['bytes'] / rows * 1000 / 1e6:.2f} MB per 1,000).",
        "",
        table(
            ["figure", "goal", "measured", "baseline (same run)", "ratio", "met?"],
            [
                [
                    f.name,
                    f.goal,
                    f.measured,
                    f.baseline,
                    "-" if f.ratio is None else f"{f.ratio:.2f}x",
                    {True: "yes", False: "**NO**", None: "-"}[f.met],
                ]
                for f in figures
            ],
        ),
        "",
        "Search, each term (median of up to 20; first = first call in the process):",
        "",
        table(
            ["term", "matches", "first page", "(first call)", "count", "LIKE scan"],
            [
                [
                    s["term"],
                    f"{s['matches']:,}",
                    ms(s["page"]),
                    ms(s["first"]),
                    ms(s["count"]),
                    ms(s["like"]),
                ]
                for s in q["search"]
            ],
        ),
        "",
        f"List view: {view['rows']:,.0f} rows; RSS {view['rss_before']:.0f} MB before the list, "
        f"{view['rss']:.0f} MB after first paint; page down: median of {2 * PAGE_DOWNS} "
        f"({PAGE_DOWNS} from the top, {PAGE_DOWNS} from the middle row); scrolling to the "
        f"middle row took {ms(view['middle'])}; each the median of {LIST_RUNS} fresh processes.",
        f"Home figures: first call {ms(q['home']['first'])}. Saves: {SAVES}, worst "
        f"{ms(q['save']['max'])}. Cold start: median of {COLD_RUNS} fresh processes each.",
    ]
    return "\n".join(out)


def growth(small: list[Figure], large: list[Figure], rows: int) -> str:
    lines = []
    at_small = {f.name: f for f in small}
    for b in large:
        a = at_small.get(b.name)
        if a is None or a.value is None or b.value is None:
            continue
        unit = " per 1,000" if a.name.startswith("demo/import") else ""
        lines.append([a.name + unit, fmt(a.value), fmt(b.value), f"{b.value / a.value:.1f}x"])
    return table(["figure", "at 10,000", f"at {rows:,}", "growth"], lines)


def fmt(seconds: float) -> str:
    return ms(seconds) if seconds < 1 else secs(seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the register here, keep it")
    parser.add_argument("--skip-pdf", action="store_true")
    parser.add_argument("--growth", action="store_true", help="also run at 10,000 and compare")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, home, *rest = args.child
        work: dict[str, Callable[[], dict[str, Any]]] = {
            "raw": lambda: build.do_raw(Path(home), int(rest[0])),
            "fill": lambda: build.do_fill(Path(home), int(rest[0])),
            "queries": lambda: measure.do_queries(Path(home)),
            "list": lambda: measure.do_list(Path(home)),
            "pdf": lambda: measure.do_pdf(Path(home), rest[0]),
        }
        print(json.dumps(work[kind]()))
        return

    home = args.keep or Path(tempfile.mkdtemp(prefix="cb-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    print("Machine:")
    print("\n".join("  " + line for line in machine(home)))
    print()
    try:
        small = None
        if args.growth:
            small_home = Path(tempfile.mkdtemp(prefix="cb-bench-10k-"))
            try:
                small = run(small_home, 10_000, skip_pdf=True)[0]
            finally:
                shutil.rmtree(small_home, ignore_errors=True)
        figures, details = run(home, args.rows, args.skip_pdf)
        print(report(args.rows, figures, details))
        if small is not None:
            print()
            print("Growth from 10,000 complaints:")
            print()
            print(growth(small, figures, args.rows))
    finally:
        if args.keep is None:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
