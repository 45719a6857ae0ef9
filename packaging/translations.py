"""Compile the .ts translation sources into the .qm catalogs the app loads.

Run when packaging (the wheel's build backend, the PyInstaller spec), so an installed
app only loads catalogs and a counter PC never compiles anything. Imports nothing of the
app: the build backend imports it in a build environment that has only setuptools and
PySide6 (for Qt's lrelease).

    python packaging/translations.py OUT_DIR
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease() -> Path:
    """Qt's lrelease, which the PySide6 wheel ships beside its package on every platform."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        base = Path(spec.origin).parent
        for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt/libexec/lrelease"):
            if candidate.exists():
                return candidate
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("lrelease not found: install PySide6-Essentials to build the .qm files")
    return Path(found)


def compile_all(target: Path, sources: Path = SOURCES) -> list[Path]:
    """One .qm in ``target`` for each .ts in ``sources``; fails loudly, never half-done."""
    tool = lrelease()
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for source in sorted(sources.glob("*.ts")):
        qm = target / source.with_suffix(".qm").name
        result = subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.exists():
            raise SystemExit(f"lrelease failed for {source.name}: {result.stderr.strip()}")
        built.append(qm)
    if not built:
        raise SystemExit(f"no .ts files in {sources}")
    return built


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for path in compile_all(Path(sys.argv[1])):
        print(path)
