"""The domain and the reports know nothing of Qt (Anki's rule, enforced)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
    return found


def test_models_and_reports_import_no_qt_or_ui() -> None:
    offenders = []
    for package in ("models", "reports"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for name in _imports(path):
                top = name.split(".")[0]
                if top in QT_PACKAGES or top == "ui":
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_loading_every_domain_module_pulls_in_no_qt() -> None:
    modules = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for package in ("models", "reports")
        for p in (ROOT / package).rglob("*.py")
        if p.stem != "__init__"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


@pytest.mark.parametrize(
    "library",
    [
        "reportlab",  # about 0.2 s: loaded when a report is made
        "cryptography",  # a sixth of the start: loaded when a key is made, opened or checked
        "psycopg",  # a third of a second: loaded when a branch server's register is opened
    ],
)
def test_starting_the_gui_does_not_load(library: str) -> None:
    """What only some work needs is loaded for that work, not at every start."""
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import ui.window.main_window, ui.window.app, ui.start.sign_in_view\n"
        f"print(any(m.split('.')[0] == {library!r} for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_import_contracts_hold() -> None:
    """.importlinter writes down ARCHITECTURE.md's layers: the domain's packages each
    import only those below them, the reports only the domain, nothing of Qt below ui."""
    import shutil

    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert linter is not None, "install the test extras: pip install -e .[test]"
    result = subprocess.run([linter], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
