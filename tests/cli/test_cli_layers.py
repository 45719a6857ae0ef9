"""The command line stands apart from the window: a command loads no Qt widgets, cli/
imports of ui/ only ui.shell (the contracts in .importlinter), and it reads this PC's
settings through the window's own typed registry."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from ui.shell.settings import Settings

from tests.cli.test_cli import DEMO_MANAGER_PASSWORD, ROOT, run

WIDGETS = ("PySide6.QtWidgets", "PySide6.QtGui")


# main.py run as ``python main.py ...`` runs it, with the names of every module loaded
# written to a file as the process ends.
WATCH = (
    "import atexit, runpy, sys\n"
    "seen, main, *args = sys.argv[1:]\n"
    "atexit.register(lambda: open(seen, 'w', encoding='utf-8').write('\\n'.join(sys.modules)))\n"
    "sys.argv = [main, *args]\n"
    "runpy.run_path(main, run_name='__main__')\n"
)


def _run_watching_imports(
    home: Path, *args: str, secret: str = "", lang: str | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """``main.py args`` as the user runs it, and every module that run loaded."""
    env = {**os.environ, "COMPLAINTBOOK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("COMPLAINTBOOK_DB", None)
    env.pop("COMPLAINTBOOK_LANG", None)
    if lang:
        env["COMPLAINTBOOK_LANG"] = lang
    seen = home.parent / "modules.txt"
    done = subprocess.run(
        [sys.executable, "-c", WATCH, str(seen), str(ROOT / "main.py"), *args],
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
        input=secret + "\n",
    )
    return done, set(seen.read_text(encoding="utf-8").splitlines())


def test_check_on_a_demo_register_loads_no_qt_widgets_nor_other_commands(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "4").returncode == 0
    result, imported = _run_watching_imports(home, "check")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")
    assert "cli.commands.maintenance" in imported and "PySide6.QtCore" in imported
    assert not [name for name in imported if name.startswith(WIDGETS)]
    # Found through the command table: the other commands' modules stay unloaded.
    assert not {"cli.commands.register", "cli.commands.server", "ui.window.app"} & imported


def test_a_signed_in_command_in_vietnamese_loads_no_qt_widgets(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "4").returncode == 0
    result, imported = _run_watching_imports(
        home, "backup", "--user", "manager", secret=DEMO_MANAGER_PASSWORD, lang="vi"
    )
    assert result.returncode == 0, result.stderr
    assert "ui.shell.i18n" in imported  # the translator was loaded, without a window
    assert not [name for name in imported if name.startswith(WIDGETS)]


def test_the_command_line_speaks_the_language_the_window_stored(tmp_path: Path) -> None:
    """The language chosen in the window (Settings, ``ui/language``) is read back through
    the same registry; the command leaves the settings file as it was."""
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "4").returncode == 0
    english = run(home, "backup", "--user", "nobody", secret="wrong")
    settings = Settings(home)
    settings.set("ui/language", "vi")
    settings.sync()
    written = (home / "settings.ini").read_bytes()
    vietnamese = run(home, "backup", "--user", "nobody", secret="wrong")
    assert english.returncode == vietnamese.returncode == 1
    assert english.stderr.startswith("error: ") and english.stderr.isascii()
    assert vietnamese.stderr.startswith("error: ") and not vietnamese.stderr.isascii()
    assert (home / "settings.ini").read_bytes() == written


def test_the_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint is not None, "import-linter is one of the test extras"
    done = subprocess.run(
        [lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower().replace("0 broken", "")
