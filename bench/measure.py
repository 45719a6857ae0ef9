"""Measuring the figures on a built register, with the app's own code.

Each ``do_*`` function runs in a fresh process started by ``bench/run.py`` (``--child``)
and returns plain numbers; the cold start runs ``python -c`` processes of its own.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from build import MANAGER, RAW_FILE, ROOT

SAVES = 500
PAGE_DOWNS = 10
COLD_RUNS = 3
PDF_ROWS = 10_000
# Search terms: 2-char Chinese (the issue's example; it occurs only in fields that are
# not searched, so it is the "no match" case), a common 2-char, a 1-char and a 3-char
# Chinese term, a Vietnamese and an English word, the first letters of a word being
# typed (one, two and three letters: the broadest searches), all from
# resources/demo/corpus.json; the last 4 digits of a stored phone number are added at
# run time.
TERMS = ["退款", "顾客", "卡", "服务台", "khách", "receipt", "k", "th", "rec"]
# The complaint each timed save makes: the tests' valid form (tests/factories.py).
SAVE_FORM = {
    "channel": "in_person",
    "customer_name": "王芳",
    "customer_phone": "13812341234",
    "category": "product_quality",
    "scope": "point",
    "severity": "medium",
    "summary": "买到的牛奶已过期",
    "description": "顾客说昨天在本店买的牛奶打开后发现已过期三天。",
    "desired_outcome": "退款并道歉",
}


def timed(fn: Callable[[], Any], reps: int = 20, budget: float = 5.0) -> list[float]:
    """Seconds of each call: ``reps`` calls, fewer (at least 3) once ``budget`` is spent."""
    out: list[float] = []
    spent = time.perf_counter()
    while len(out) < reps and (len(out) < 3 or time.perf_counter() - spent < budget):
        began = time.perf_counter()
        fn()
        out.append(time.perf_counter() - began)
    return out


def p99(values: list[float]) -> float:
    """Nearest-rank 99th percentile."""
    ordered = sorted(values)
    return ordered[max(1, -(-99 * len(ordered) // 100)) - 1]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- figures measured in one process on the filled register --------------------------


def do_queries(home: Path) -> dict[str, Any]:
    from models.core.actors import actor_for
    from models.maintenance.store import open_store
    from models.register import queries
    from models.register.complaints import ComplaintForm, create_complaint
    from models.register.statistics import trend
    from models.storage.db import database
    from models.storage.schema import Complaint, Staff

    open_store(home, check=False)  # the whole-file check is not what is measured
    out: dict[str, Any] = {}

    # Search first (before the saves add rows): each term's first page and count.
    middle = Complaint.select(Complaint.id).order_by(Complaint.id.desc()).first().id // 2
    phones = Complaint.select(Complaint.customer_phone).where(Complaint.id >= middle).limit(50)
    digits = next((p.customer_phone[-4:] for p in phones if p.customer_phone[-4:].isdigit()), "")
    terms = TERMS + ([digits] if digits else [])
    raw = sqlite3.connect(home / "complaints.sqlite3")
    out["search"] = []
    for term in terms:
        flt = queries.ListFilter(search=term)
        first = timed(lambda flt=flt: queries.page(flt, 0, 50), reps=1)[0]  # noqa: B023
        page = timed(lambda flt=flt: queries.page(flt, 0, 50))  # noqa: B023
        found: list[int] = []
        count = timed(lambda flt=flt: found.append(queries.count(flt)))  # noqa: B023
        pattern = f"%{term}%"
        scan = timed(
            lambda pattern=pattern: raw.execute(  # noqa: B023
                "SELECT count(*) FROM complaint WHERE summary LIKE ? OR description LIKE ?",
                (pattern, pattern),
            ).fetchone(),
            reps=3,
            budget=0,
        )
        out["search"].append(
            {
                "term": term,
                "matches": found[0],
                "first": first,
                "page": statistics.median(page),
                "count": statistics.median(count),
                "like": statistics.median(scan),
            }
        )

    home_runs = timed(queries.home_figures)
    out["home"] = {"first": home_runs[0], "median": statistics.median(home_runs)}

    month = dt.date.today().strftime("%Y%m")
    runs = timed(lambda: trend(end_month=month, months=36))
    out["trend"] = {"first": runs[0], "median": statistics.median(runs)}
    group = timed(
        lambda: raw.execute(
            "SELECT substr(received_at, 1, 7) AS m, count(*) FROM complaint GROUP BY m"
        ).fetchall(),
        reps=3,
        budget=0,
    )
    out["trend_baseline"] = statistics.median(group)
    raw.close()

    # Saves of SAVE_FORM by a manager, on a
    # connection set up as the app's window sets it up (the log is copied into the file
    # in the background there, not by a save: store.defer_checkpoints).
    from models.maintenance.store import defer_checkpoints

    defer_checkpoints(database)
    # Signed in as the app signs people in: the manager's signing key open, so each save
    # pays for its signatures (one per audit entry: the complaint and its timeline line).
    from models.people import staff_keys
    from models.storage.db import atomic

    staff = Staff.get(Staff.name == MANAGER)
    with atomic():
        signer = staff_keys.issue(actor_for(staff), staff_keys.PASSWORD, "bench-password")
    actor = actor_for(staff, signer)
    saves = timed(lambda: create_complaint(actor, ComplaintForm(**SAVE_FORM)), SAVES, budget=1e9)
    out["save"] = {"median": statistics.median(saves), "p99": p99(saves), "max": max(saves)}
    database.close()

    db = sqlite3.connect(home / RAW_FILE, isolation_level=None)
    db.execute("PRAGMA journal_mode=wal")
    db.execute("PRAGMA synchronous=full")
    names = [c[1] for c in db.execute("PRAGMA table_info(complaint)") if c[1] != "id"]
    template = list(db.execute(f"SELECT {', '.join(names)} FROM complaint LIMIT 1").fetchone())
    insert = f"INSERT INTO complaint ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    at = names.index("register_no")
    number = [0]

    def raw_save() -> None:
        number[0] += 1
        template[at] = f"RAW-{number[0]}"
        db.execute("BEGIN IMMEDIATE")
        db.execute(insert, template)
        db.execute("COMMIT")

    raw_saves = timed(raw_save, SAVES, budget=1e9)
    db.execute("DELETE FROM complaint WHERE register_no LIKE 'RAW-%'")
    db.close()
    out["raw_save"] = {"median": statistics.median(raw_saves), "p99": p99(raw_saves)}
    return out


# -- GUI figures, each run in a fresh process -----------------------------------------


def do_list(home: Path) -> dict[str, Any]:
    """First paint of the register list, RSS after it, jump to the end, page down.

    Qt is warmed up first (a small table painted with the same style and fonts), so the
    figures are the list's own. A step ends when the viewport has painted once."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView

    from models.maintenance.store import open_store
    from models.register import queries

    from ui.complaints.register_model import RegisterModel
    from ui.window.app import configure

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    app = QApplication([])
    configure(app, home, "en")
    open_store(home, check=False)  # the whole-file check is not what is measured

    def table() -> QTableView:  # set up as ui/complaints/register_view.py does
        view = QTableView()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(26)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.resize(1366, 700)
        return view

    warm, sample = table(), QStandardItemModel(40, 9)
    for row in range(40):
        for column in range(9):
            sample.setData(sample.index(row, column), f"顾客 khách customer {row}")
    warm.setModel(sample)
    warm.show()
    QTest.qWaitForWindowExposed(warm)
    app.processEvents()
    warm.close()
    app.processEvents()

    model, view, paints = RegisterModel(), table(), Paints()
    view.viewport().installEventFilter(paints)
    before = rss_mb()

    def painted() -> None:
        seen = paints.count
        app.processEvents()
        if paints.count == seen:
            view.viewport().repaint()

    began = time.perf_counter()
    model.set_filter(queries.ListFilter())
    view.setModel(model)
    for column, width in enumerate((140, 125, 80, 100, 160, 320, 90, 110, 90)):
        view.setColumnWidth(column, width)
    view.show()
    painted()
    first_paint = time.perf_counter() - began
    rss = rss_mb()

    def step(action: Callable[[], None]) -> float:
        began = time.perf_counter()
        action()
        painted()
        return time.perf_counter() - began

    last = model.rowCount() - 1
    jump = step(view.scrollToBottom)
    assert view.rowAt(view.viewport().height() - 2) in (last, -1), "not at the end"
    step(view.scrollToTop)
    view.setFocus()
    view.setCurrentIndex(model.index(0, 0))
    page_downs = [
        step(lambda: QTest.keyClick(view, Qt.Key.Key_PageDown)) for _ in range(PAGE_DOWNS)
    ]
    assert view.currentIndex().row() > PAGE_DOWNS, "page down did not move"
    middle = model.index(model.rowCount() // 2, 0)
    to_middle = step(lambda: view.scrollTo(middle, QAbstractItemView.ScrollHint.PositionAtTop))
    view.setCurrentIndex(middle)
    page_downs += [
        step(lambda: QTest.keyClick(view, Qt.Key.Key_PageDown)) for _ in range(PAGE_DOWNS)
    ]
    return {
        "rows": model.rowCount(),
        "first_paint": first_paint,
        "rss": rss,
        "rss_before": before,
        "jump": jump,
        "page_down": statistics.median(page_downs),
        "page_down_max": max(page_downs),
        "middle": to_middle,
    }


COLD_APP = """
import os, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from models.core.actors import actor_for
from models.storage.schema import Staff
from models.maintenance.store import needs_full_check, open_store
from ui.window.app import configure
from ui.window.opening import open_in_background
from ui.window.main_window import MainWindow
home = Path({home!r})
app = QApplication(sys.argv)
settings = configure(app, home, "en")
# As ui.window.app._open_retrying does: opened in a thread of its own, an upgrade or not.
store = open_in_background(lambda _progress: open_store(home, check=needs_full_check(home)))
window = MainWindow(settings, actor=actor_for(Staff.get(Staff.name == {manager!r})), store=store)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
print(time.time() - float(os.environ["BENCH_T0"]), flush=True)
os._exit(0)
"""

COLD_BARE = """
import os, sys, time
import peewee
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
print(time.time() - float(os.environ["BENCH_T0"]), flush=True)
os._exit(0)
"""


def cold_start(home: Path) -> tuple[float, float]:
    """Median seconds from process start to an exposed window: the app, a bare window.

    Both run with compiled bytecode cached (in the bench folder, as an installed app has
    it) after one untimed start each, so neither pays for compiling or a cold file cache."""
    app_code = COLD_APP.format(root=str(ROOT), home=str(home), manager=MANAGER)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(home / "pycache")}
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for run in range(COLD_RUNS + 1):
        for kind, code in (("bare", COLD_BARE), ("app", app_code)):
            env["BENCH_T0"] = repr(time.time())
            done = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=home
            )
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                raise SystemExit(f"cold start ({kind}) failed")
            if run:
                times[kind].append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(times["app"]), statistics.median(times["bare"])


# -- register PDF (bench/register_pdf.py's own functions) -----------------------------


def do_pdf(home: Path, what: str) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).parent))
    import register_pdf

    if what == "fill":
        register_pdf.fill(home, PDF_ROWS)
        return {}
    return register_pdf.measure(home, what)  # type: ignore[no-any-return]
