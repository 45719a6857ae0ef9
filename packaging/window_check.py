"""Start the app exactly as ``complaint-book`` without a command does, and exit 0 once
its main window is on screen; 1 when a message box stands in its way or nothing shows.

CI runs it on the installed wheel (``python packaging/window_check.py``) and, built into
the frozen app as one more program beside ComplaintBook (``--window-check`` in the
spec), on the frozen app: it finds the same bundled Qt plugins, fonts and catalogs.

    window_check [--shot FILE.png]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from ui.window.main_window import MainWindow

from cli import main

TIMEOUT_MS = 120_000
EVERY_MS = 100


def report(window: MainWindow, shot: Path | None) -> None:
    """What CI compares: the first navigation entry (the UI language), a Qt standard
    button (Qt's own catalog), the font in use (the bundled one), where the code is."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = box.buttons()[0].text()
    print(f"title: {window.windowTitle()}")
    print(f"first entry: {window.nav.item(0).text() if window.nav.count() else ''}")
    print(f"cancel button: {cancel}")
    print(f"font: {app.font().family()}")
    print(f"code: {main.__file__}")  # the installed or frozen copy, not a checkout
    if shot is not None:
        window.grab().save(str(shot))
        print(f"screenshot: {shot}")


def watch(app: QApplication, shot: Path | None) -> None:
    waited = [0]

    def look() -> None:
        try:
            seen()
        except BaseException as exc:  # the app's error hook would only show a box
            print(f"the check itself failed: {exc!r}", file=sys.stderr)
            app.exit(1)

    def seen() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                report(widget, shot)
                app.exit(0)
                return
            if isinstance(widget, QMessageBox) and widget.isVisible():
                print(f"a message instead of the window: {widget.text()}", file=sys.stderr)
                app.exit(1)
                return
        waited[0] += EVERY_MS
        if waited[0] >= TIMEOUT_MS:
            print("the main window did not show within two minutes", file=sys.stderr)
            app.exit(1)
            return
        QTimer.singleShot(EVERY_MS, look)

    QTimer.singleShot(EVERY_MS, look)


def run() -> int:
    parser = argparse.ArgumentParser(prog="window_check")
    parser.add_argument("--shot", type=Path, help="save a screenshot of the main window here")
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    watch(app, args.shot)
    code = main.main([])
    if code == 0:
        print("main window: OK")
    return code


if __name__ == "__main__":
    sys.exit(run())
