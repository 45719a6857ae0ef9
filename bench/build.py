"""Building the bench register: the app's bulk loader, and the raw executemany floor.

Each function runs in a fresh process started by ``bench/run.py`` (``--child``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MONTHS = 120
MANAGER = "Bench manager"
RAW_FILE = "raw.sqlite3"
RAW_INDEXED_FILE = "raw-indexed.sqlite3"


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def loader_hash() -> str:
    """Which bulk loader and search index built a kept register (a change to either
    means building again)."""
    code = b"".join(
        (ROOT / "models" / name).read_bytes()
        for name in ("storage/bulk.py", "search/index.py", "search/tokens.py")
    )
    return hashlib.sha256(code).hexdigest()[:16]


def do_fill(home: Path, rows: int) -> dict[str, Any]:
    """The app's bulk loader (the demo and import path), timed; a manager for the GUI."""
    from models.demo.demo_bulk import fill_register
    from models.maintenance.store import open_store
    from models.storage.db import database
    from models.storage.schema import Staff

    open_store(home)
    with database.atomic():
        Staff.create(name=MANAGER, role="manager")
    last = [time.perf_counter()]

    def progress(done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 60:
            last[0] = time.perf_counter()
            say(f"  {done:,} of {total:,}")

    began = time.perf_counter()
    result = fill_register(rows, seed=1, months=MONTHS, progress=progress)
    seconds = time.perf_counter() - began
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    size = (home / "complaints.sqlite3").stat().st_size
    return {
        "seconds": seconds,
        "complaints": result.complaints,
        "opinions": result.opinions,
        "bytes": size,
    }


def do_raw(home: Path, rows: int) -> dict[str, Any]:
    """``rows`` similar complaints into a fresh table with the app's columns and indexes
    (DDL copied from an empty register), one executemany in one WAL/FULL transaction.
    Rows are generated untimed in chunks, so only SQLite's work is timed.

    Then the same again with the app's search index beside the table (its DDL and
    settings copied too) and each row's entry, made untimed with ``search.document``,
    inserted by a second executemany in the same transaction: SQLite's own share of a
    bulk load, against which the app's Python share shows."""
    from models.maintenance.store import open_store
    from models.search import index as search
    from models.search import tokens as search_tokens

    schema_home = home / "schema"
    open_store(schema_home).close()
    source = sqlite3.connect(schema_home / "complaints.sqlite3")
    ddl = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'complaint' AND sql IS NOT NULL "
            "ORDER BY type DESC"  # table before its indexes
        )
    ]
    fts = search.FTS_TABLE
    (index_ddl,) = source.execute("SELECT sql FROM sqlite_master WHERE name = ?", (fts,)).fetchone()
    settings = source.execute(f"SELECT k, v FROM {fts}_config WHERE k != 'version'").fetchall()
    columns = source.execute("PRAGMA table_info(complaint)").fetchall()
    source.close()
    shutil.rmtree(schema_home)
    names = [c[1] for c in columns if c[1] != "id"]
    insert = f"INSERT INTO complaint ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    searched = [names.index(name) for name in search_tokens.SEARCHED_FIELDS]

    def fresh(name: str) -> sqlite3.Connection:
        file = home / name
        for suffix in ("", "-wal", "-shm"):
            Path(f"{file}{suffix}").unlink(missing_ok=True)
        db = sqlite3.connect(file, isolation_level=None)
        db.execute("PRAGMA journal_mode=wal")
        db.execute("PRAGMA synchronous=full")
        for sql in ddl:
            db.execute(sql)
        return db

    def timed(db: sqlite3.Connection, with_index: bool) -> float:
        seconds = 0.0
        db.execute("BEGIN IMMEDIATE")
        first = 1
        for chunk in chunks(raw_rows(rows, columns), 50_000):
            entries = []
            if with_index:
                entries = [
                    (first + i, *search_tokens.document("\n".join(str(row[j]) for j in searched)))
                    for i, row in enumerate(chunk)
                ]
                first += len(chunk)
            began = time.perf_counter()
            db.executemany(insert, chunk)
            if with_index:
                db.executemany(f"INSERT INTO {fts} (rowid, body, extra) VALUES (?, ?, ?)", entries)
            seconds += time.perf_counter() - began
        began = time.perf_counter()
        db.execute("COMMIT")
        seconds += time.perf_counter() - began
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        return seconds

    seconds = timed(fresh(RAW_FILE), with_index=False)
    size = (home / RAW_FILE).stat().st_size
    db = fresh(RAW_INDEXED_FILE)
    db.execute(index_ddl)
    for key, value in settings:
        db.execute(f"INSERT INTO {fts} ({fts}, rank) VALUES (?, ?)", (key, value))
    indexed = timed(db, with_index=True)
    (home / RAW_INDEXED_FILE).unlink()
    return {"seconds": seconds, "bytes": size, "indexed_seconds": indexed}


def chunks(rows: Iterator[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def raw_rows(rows: int, columns: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """Complaint rows spread over MONTHS months ending this month, text from the corpus."""
    from models.core.resources import load_json

    corpus = load_json("demo/corpus.json")
    rng = random.Random(1)
    today = dt.date.today()
    index = today.year * 12 + today.month - 1 - (MONTHS - 1)
    start = dt.datetime(index // 12, index % 12 + 1, 1)
    span = (dt.datetime.now() - start).total_seconds()
    seqs: dict[str, int] = {}
    fill = {
        c[1]: (None if not c[3] else 0 if "INT" in c[2].upper() else "")
        for c in columns
        if c[1] != "id"
    }
    for i in range(rows):
        when = start + dt.timedelta(seconds=int(i * span / rows))
        month = when.strftime("%Y%m")
        seqs[month] = seq = seqs.get(month, 0) + 1
        lang = rng.choice(("en", "zh_CN", "zh_TW", "vi"))
        entry = rng.choice(corpus[lang]["retail"])
        stamp = when.strftime("%Y-%m-%d %H:%M:%S")
        values = fill | {
            "register_no": f"BR01-{month}-{seq:05d}",
            "month": month,
            "seq": seq,
            "received_at": stamp,
            "channel": rng.choice(("phone", "in_person", "email")),
            "customer_name": rng.choice(corpus[lang]["customers"]),
            "customer_phone": f"13{rng.randint(100000000, 999999999)}",
            "category": entry["category"],
            "scope": "point",
            "severity": "medium",
            "summary": entry["summary"],
            "description": entry["description"],
            "desired_outcome": entry["desired_outcome"],
            "handler_id": rng.randint(1, 5),
            "status": rng.choice(("received", "investigating", "resolved", "closed")),
            "due_date": (when + dt.timedelta(days=15)).date().isoformat(),
            "created_at": stamp,
            "updated_at": stamp,
            "version": 1,
        }
        yield tuple(values.values())
