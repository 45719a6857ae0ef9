"""The type check CI runs (``.ci/run``), here too so a developer running the README's
test command sees it fail: ``mypy`` as ``pyproject.toml`` configures it, the domain
(``models/``) strictly, the window, the command line and ``main.py`` at mypy's default
strictness. A first run takes about a minute; later ones reuse ``.mypy_cache``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_mypy_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
