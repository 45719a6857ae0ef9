"""The README's key table says what the window's shortcuts do: checked against the
shortcuts the window and its pages define, and by pressing the page keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from ui.window.app import configure
from ui.window.main_window import PAGES, MainWindow

from tests.factories import branch_manager

README = Path(__file__).resolve().parents[3] / "README.md"
# What the README calls each page.
PAGE_WORDS = {
    "home": "home",
    "register": "register",
    "intake": "new complaint",
    "opinions": "opinion book",
    "reports": "reports",
    "replies": "standard replies",
    "settings": "settings",
}


def readme_keys() -> dict[str, str]:
    """The rows of the key table under "Using the app": key -> what it does."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Using the app", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|$", section, flags=re.MULTILINE)
    return {key: does for key, does in rows if key not in ("key", "---")}


def _normal(key: str) -> str:
    return key.replace("Return", "Enter")


@pytest.fixture
def window(qtbot, qapp, store, home: Path) -> MainWindow:
    win = MainWindow(configure(qapp, home, "en"), actor=branch_manager())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _defined(win: MainWindow) -> tuple[set[str], set[str]]:
    """(the window's own shortcuts, every shortcut of the window and its pages)."""
    for name in PAGES:
        win.page(name)  # pages are built when first shown
    win.detail  # noqa: B018
    own, every = set(), set()
    for shortcut in win.findChildren(QShortcut):
        key = _normal(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
        every.add(key)
        if shortcut.parent() is win:
            own.add(key)
    return own, every


def test_every_documented_key_exists_and_every_window_key_is_documented(
    window: MainWindow,
) -> None:
    documented = {_normal(k) for k in readme_keys()}
    own, every = _defined(window)
    assert own <= documented, f"not in the README: {sorted(own - documented)}"
    assert documented <= every, f"documented but not defined: {sorted(documented - every)}"


def test_each_page_key_opens_the_page_the_readme_names(qtbot, window: MainWindow) -> None:
    documented = readme_keys()
    for number, name in enumerate(PAGES, start=1):
        key = f"Ctrl+{number}"
        assert documented.get(key) == PAGE_WORDS[name], key
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.stack.currentWidget() is window.page(name), key


@pytest.mark.parametrize("lang", ["en", "vi", "zh_CN", "zh_TW"])
def test_a_complaints_buttons_each_have_their_own_alt_key(qtbot, qapp, store, home, lang) -> None:
    """Alt+A acknowledged nothing when Reassign had the same letter: it only moved the
    focus. Each button a manager sees on a complaint has a letter of its own."""
    import re

    from PySide6.QtWidgets import QPushButton

    from models.register.complaints import create_complaint

    from tests.factories import make_form

    manager = branch_manager()
    win = MainWindow(configure(qapp, home, lang), actor=manager)
    qtbot.addWidget(win)
    win.show()
    win.open_complaint(create_complaint(manager, make_form()).id)
    letters: dict[str, list[str]] = {}
    for button in win.detail.findChildren(QPushButton):
        found = re.search(r"&([^&])", button.text().replace("&&", ""))
        if button.isVisible() and found:
            letters.setdefault(found[1].lower(), []).append(button.text())
    shared = {k: v for k, v in letters.items() if len(v) > 1}
    assert shared == {}
