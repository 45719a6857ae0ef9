"""Gather every marked string into the catalogues a translator fills, after code changed.

    python packaging/update_translations.py

Runs Qt's lupdate over ``ui``, ``cli``, ``models`` and ``reports`` for the catalogues
translated by hand (vi, zh_CN, zh_TW): new strings arrive unfinished, strings no longer
in the code are dropped, no source locations are written (a new word is a few lines of
diff, not thousands). Then writes the generated zh_HK overlay again from zh_TW
(``zh_hk_overlay.py``). Translate the unfinished entries in the three .ts files and run
``tests/ui/shell/test_translations.py``, which fails while any is unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATED = ("vi", "zh_CN", "zh_TW")  # zh_HK's catalogue is generated from zh_TW's


def lupdate() -> str:
    """Qt's lupdate as PySide6 installs it (a console script, or beside the package)."""
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    found = found or shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit(
            "pyside6-lupdate not found: install the test extras (pip install -e .[test])"
        )
    return found


def sources() -> list[str]:
    """Every module that marks words (reports and models: their refusals and printed
    words; cli: the command line's own), relative to the checkout."""
    return sorted(
        str(path.relative_to(ROOT))
        for folder in ("ui", "cli", "models", "reports")
        for path in (ROOT / folder).rglob("*.py")
    )


def main() -> int:
    for lang in TRANSLATED:
        catalogue = ROOT / "resources" / "translations" / f"complaintbook_{lang}.ts"
        done = subprocess.run(
            [lupdate(), "-locations", "none", "-no-obsolete", *sources(), "-ts", str(catalogue)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"lupdate failed for {catalogue.name}: {done.stderr.strip()}")
        print(
            f"{catalogue.name}: {done.stdout.strip().splitlines()[-1] if done.stdout.strip() else 'done'}"
        )
    overlay = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "zh_hk_overlay.py")], check=False
    )
    return overlay.returncode


if __name__ == "__main__":
    sys.exit(main())
