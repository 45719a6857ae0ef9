"""The window has one kind of background work: ops (ui/common/operations.py). No other
module of ``ui/`` makes a thread of its own, so every failure is told the one way."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OPERATIONS = ROOT / "ui" / "common" / "operations.py"
# Ways to run code on another thread: Qt's and Python's.
THREADS = {"QThread", "QThreadPool", "QRunnable", "QtConcurrent", "Thread", "ThreadPoolExecutor"}
THREAD_MODULES = {"threading", "_thread", "concurrent.futures", "multiprocessing"}


def _threads_in(path: Path) -> list[str]:
    """Each place in ``path`` that names a thread class or imports a module that makes them."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        what: list[str] = []
        if isinstance(node, ast.Import):
            what = [f"import {a.name}" for a in node.names if a.name in THREAD_MODULES]
        elif isinstance(node, ast.ImportFrom):
            if node.module in THREAD_MODULES:
                what.append(f"from {node.module} import ...")
            what += [f"imports {a.name}" for a in node.names if a.name in THREADS]
        elif isinstance(node, ast.Attribute) and node.attr in THREADS:
            what.append(f"uses .{node.attr}")
        elif isinstance(node, ast.ClassDef):
            for base in node.bases:
                name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
                if name in THREADS:
                    what.append(f"class {node.name}({name})")
        found += [f"line {getattr(node, 'lineno', 0)}: {text}" for text in what]
    return found


def test_no_module_of_the_window_but_the_operations_layer_makes_a_thread() -> None:
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path != OPERATIONS and (found := _threads_in(path))
    }
    assert offenders == {}


def test_the_check_finds_the_kinds_of_worker_the_window_had(tmp_path: Path) -> None:
    """The three workers the window used to have, each as it was written, are found."""
    sample = tmp_path / "workers.py"
    sample.write_text(
        "from PySide6.QtCore import QThread\n"
        "import threading\n"
        "class RegisterWorker(QThread):\n    pass\n"
        "class Task(QtCore.QThread):\n    pass\n"
        "threading.Thread(target=print).start()\n",
        encoding="utf-8",
    )
    found = " ".join(_threads_in(sample))
    for expected in (
        "imports QThread",
        "import threading",
        "class RegisterWorker(QThread)",
        "class Task(QThread)",
        "uses .Thread",
    ):
        assert expected in found
    assert _threads_in(OPERATIONS)  # the one place that may: the check sees it there
