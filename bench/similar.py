"""Benchmark: the "possibly the same problem" list on a big register.

    python bench/similar.py [--rows 1000000] [--keep DIR] [--cold]

Builds (or reuses, with ``--keep``) a register of ``--rows`` complaints over ten years
with the app's bulk loader, as ``bench/run.py`` does (``build.do_fill``), then times
``models.register.systemic.similar`` for complaints spread over the register: the same category
in the 30 days before each, or two of its summary's words in the search index. Goal:
<= 30 ms (the median and the 99th percentile are printed, with the worst). Each part
runs in a fresh process. ``--cold`` first drops the register's file from the
operating system's cache (Linux), as on a PC just started: the first opening of a
complaint then reads the index from disk.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
GOAL_MS = 30.0
SAMPLES = 200


def do_measure(home: Path) -> dict[str, Any]:
    import random

    from measure import p99

    from models.maintenance.store import open_store
    from models.register import systemic
    from models.storage.schema import Complaint

    open_store(home, check=False)  # the whole-file check is not what is measured
    top = Complaint.select(Complaint.id).order_by(Complaint.id.desc()).first().id
    rng = random.Random(7)
    ids = [rng.randint(1, top) for _ in range(SAMPLES)]
    systemic.similar(ids[0])  # the first call pays for reading the schema
    seconds, counts = [], []
    for complaint_id in ids:
        began = time.perf_counter()
        found = systemic.similar(complaint_id)
        seconds.append(time.perf_counter() - began)
        counts.append(found.count)
    return {
        "complaints": top,
        "median_ms": statistics.median(seconds) * 1000,
        "p99_ms": p99(seconds) * 1000,
        "max_ms": max(seconds) * 1000,
        "median_alike": statistics.median(counts),
    }


def drop_from_cache(home: Path) -> None:
    """Ask the kernel to forget the register's cached pages (ours alone, not the whole
    machine's cache)."""
    if not hasattr(os, "posix_fadvise"):
        raise SystemExit("--cold needs os.posix_fadvise (Linux)")
    for name in ("complaints.sqlite3", "complaints.sqlite3-wal"):
        path = home / name
        if path.exists():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def child(kind: str, *args: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"bench child {kind} failed")
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build the register here and keep it")
    parser.add_argument("--cold", action="store_true", help="drop the file from the OS cache first")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, home, *rest = args.child
        if kind == "fill":
            import build

            print(json.dumps(build.do_fill(Path(home), int(rest[0]))))
        else:
            print(json.dumps(do_measure(Path(home))))
        return
    home = args.keep or Path(tempfile.mkdtemp(prefix="cb-bench-similar-"))
    home.mkdir(parents=True, exist_ok=True)
    record = home / "similar-build.json"
    if not (record.exists() and json.loads(record.read_text())["rows"] == args.rows):
        print(f"building a register of {args.rows:,} complaints in {home}", file=sys.stderr)
        for name in ("complaints.sqlite3", "complaints.sqlite3-wal", "complaints.sqlite3-shm"):
            (home / name).unlink(missing_ok=True)
        built = child("fill", str(home), str(args.rows))
        record.write_text(json.dumps({"rows": args.rows, **built}))
    if args.cold:
        drop_from_cache(home)
    figures = child("measure", str(home))
    verdict = "meets" if figures["p99_ms"] <= GOAL_MS else "MISSES"
    cache = ", the file out of the OS cache first" if args.cold else ""
    print(
        f"similar list on {figures['complaints']:,} complaints ({SAMPLES} complaints spread "
        f"over the register{cache}): median {figures['median_ms']:.1f} ms, p99 "
        f"{figures['p99_ms']:.1f} ms, worst {figures['max_ms']:.1f} ms; "
        f"median {figures['median_alike']:.0f} alike; {verdict} the goal of <= {GOAL_MS:.0f} ms"
    )


if __name__ == "__main__":
    main()
