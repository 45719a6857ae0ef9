"""Every main screen in every language at 1366x768: no label or button text cut off."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QLabel, QPushButton, QWidget

from models.core.actors import CLI_ACTOR, actor_for
from models.demo import demo
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.storage.schema import Staff

from ui.shell import i18n
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form
from tests.ops import settle


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons whose text is wider than the room they have."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and widget.text()
            and "<" not in widget.text()
        ):
            for line in widget.text().split("\n"):
                need = widget.fontMetrics().horizontalAdvance(line)
                if need > widget.contentsRect().width() + 1:
                    found.append(
                        f"label {line!r}: needs {need}px, has {widget.contentsRect().width()}px"
                    )
        elif isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            # A wrapped text squeezed into fewer lines than it needs runs into the next row.
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 2:
                found.append(
                    f"label {widget.text()[:40]!r}: needs {need}px high, has {widget.height()}px"
                )
        elif isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            extra = 24 if isinstance(widget, QCheckBox) else 10
            need = widget.fontMetrics().horizontalAdvance(text) + extra
            if isinstance(widget, QPushButton | QCheckBox) and need > widget.width() + 1:
                found.append(f"button {text!r}: needs {need}px, has {widget.width()}px")
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
            if need > widget.width():
                found.append(f"group {widget.title()!r}: needs {need}px, has {widget.width()}px")
    return found


def screens(qtbot, win: MainWindow, complaint_id: int, resolved_id: int):  # type: ignore[no-untyped-def]
    for page in ("home", "register", "intake", "opinions", "reports", "replies", "settings"):
        win.show_page(page)
        if page == "opinions":
            for tab in (
                win.opinions.entries,
                win.opinions.box,
                win.opinions.reading,
                win.opinions.numbers,
            ):
                win.opinions.tabs.setCurrentWidget(tab)
                yield f"opinions/{tab.__class__.__name__}"
        else:
            yield page
    win.open_complaint(complaint_id)
    yield "detail"
    win.open_complaint(resolved_id)  # the step row: follow-up, waive, correct
    yield "detail/resolved"
    win.start_guided()
    settle(qtbot)  # the run is stored off the GUI thread, then shown
    for step in ("safety", "listen", "check_mood", "outcome", "propose_fix", "promise"):
        win.guided.show_step(step)
        yield f"guided/{step}"
    win.guided.start_escalation()
    yield "guided/rung"
    win.guided.show_end()
    yield "guided/end"
    win.guided.leave()


@pytest.mark.parametrize("lang", i18n.UI_LANGUAGES)
def test_no_text_is_cut_off(qtbot, qapp, store, home: Path, lang: str) -> None:
    demo.fill(CLI_ACTOR, months=1, per_month=4, seed=2)
    manager = actor_for(Staff.get(Staff.role == "manager"))
    complaint = create_complaint(
        manager, make_form(received_at=dt.datetime.now() - dt.timedelta(days=1))
    )
    clerk = actor_for(Staff.get(Staff.role == "clerk"))
    asked = create_complaint(clerk, make_form(handler_id=clerk.staff_id))
    lifecycle.request_extension(clerk, asked.id, "Waiting for the supplier")  # on Home
    resolved = create_complaint(manager, make_form())
    lifecycle.acknowledge(manager, resolved.id)
    lifecycle.start_investigation(manager, resolved.id)
    lifecycle.resolve(manager, resolved.id, outcome="upheld", remedy="Refunded")
    try:
        win = MainWindow(configure(qapp, home, lang), actor=manager, store=store)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        problems = []
        for name in screens(qtbot, win, complaint.id, resolved.id):
            qapp.processEvents()
            problems += [f"{lang} {name}: {p}" for p in clipped(win)]
        assert problems == []
    finally:
        i18n.install("en", home / "cache")
