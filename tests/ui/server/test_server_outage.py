"""The branch server goes away while a clerk works: what is typed is kept on this PC, the
window says since when the server is unreachable, and a save says what really happened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from models.maintenance.store import Store, open_store
from models.register.complaints import create_complaint
from models.storage import drafts
from models.storage.db import DB_FILE_NAME
from models.storage.schema import Complaint
from models.storage.server import parse_url

from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests import pg
from tests.factories import branch_manager, make_form
from tests.ops import settle
from tests.tcp_proxy import Relay

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def relay() -> Iterator[Relay]:
    server = parse_url(pg.server_url())
    assert server is not None
    found = Relay(server.host, server.port)
    yield found
    found.stop()


@pytest.fixture
def server_store(home: Path, relay: Relay) -> Iterator[Store]:
    """A register on the branch server, reached through a relay the test can switch off."""
    url = pg.create_database()
    address = parse_url(url)
    assert address is not None
    through = url.replace(f"@{address.host}:{address.port}/", f"@127.0.0.1:{relay.port}/")
    opened = open_store(home, through)
    try:
        yield opened
    finally:
        opened.close()
        pg.drop_database(url)


@pytest.fixture
def window(qtbot, qapp, server_store: Store, home: Path) -> MainWindow:
    settings = configure(qapp, home, "en")
    win = MainWindow(settings, actor=branch_manager(), store=server_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.server_watch is not None
    win.server_watch.timer.setInterval(50)  # the test does not wait fifteen seconds
    return win


def _fill(qtbot, win: MainWindow) -> None:
    form = win.intake
    form.channel.setFocus()
    qtbot.keyClick(form.channel, Qt.Key.Key_Down)
    form.category_top.setFocus()
    qtbot.keyClick(form.category_top, Qt.Key.Key_Down)
    qtbot.keyClicks(form.summary.edit, "Typed while the server was away")
    qtbot.keyClicks(form.desired_outcome.edit, "Card back today")


def _error_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_with_the_server_down_the_draft_is_on_this_pc_and_the_window_says_so(
    qtbot, window: MainWindow, relay: Relay, home: Path
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    _fill(qtbot, window)
    relay.stop()  # the server PC is switched off
    qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=15_000)
    assert "Branch server unreachable since" in window.server_banner.text.text()
    assert "retrying" in window.server_banner.text.text()

    window.intake.save_draft()  # the autosave
    assert "Draft kept on this PC at" in window.intake.draft_label.text()
    owner = drafts.owner_key(window.current_actor().staff_id)
    found = drafts.load_draft(owner, "intake")
    assert found is not None and found[0]["summary"] == "Typed while the server was away"
    folder = drafts.folder()
    assert folder is not None and folder.is_relative_to(home)
    assert not (home / DB_FILE_NAME).exists()  # kept on the PC, not in a register of its own

    for page in ("home", "register"):
        window.show_page(page)
        assert window.server_banner.isVisible(), page
    assert not _error_boxes()


def test_a_save_before_the_window_noticed_says_what_really_happened(
    qtbot, window: MainWindow, relay: Relay
) -> None:
    assert window.server_watch is not None
    window.server_watch.timer.stop()  # the cut comes between two of the watch's questions
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    _fill(qtbot, window)
    relay.stop()
    assert window.intake.save_button.isEnabled()  # nobody knows yet
    qtbot.keyClick(window.intake.summary.edit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert window.stack.currentWidget() is window.intake
    said = window.intake.error_box.text()
    assert "connection to the branch server was lost, so nothing was saved" in said
    assert "unexpected" not in said and not _error_boxes()
    assert window.intake.summary.text() == "Typed while the server was away"
    # The window knows now: the banner shows and Save is greyed out, without waiting.
    assert window.server_banner.isVisible()
    assert not window.intake.save_button.isEnabled()


def test_while_the_server_is_away_nothing_that_writes_is_offered(
    qtbot, window: MainWindow, relay: Relay
) -> None:
    """Save is switched off (and says why) while the banner shows; what is typed stays,
    on screen and in the draft; once the server answers, the same Save saves it."""
    earlier = create_complaint(window.current_actor(), make_form(summary="Before the cut"))
    window.open_complaint(earlier.id)
    assert window.detail.next_button.isEnabled()  # Acknowledge (Ctrl+Enter)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.stack.currentWidget() is window.intake
    _fill(qtbot, window)
    save = window.intake.save_button
    assert save.isEnabled()
    relay.stop()
    qtbot.waitUntil(lambda: window.server_banner.isVisible(), timeout=15_000)
    assert not save.isEnabled()
    assert not window.detail.next_button.isEnabled()  # a complaint's next step writes too
    assert "branch server cannot be reached" in save.toolTip()
    qtbot.keyClick(window.intake.summary.edit, Qt.Key.Key_S, CTRL)  # nothing is tried
    settle(qtbot)
    assert not window.intake.error_box.isVisible() and not _error_boxes()
    qtbot.keyClicks(window.intake.summary.edit, ", and more")
    window.intake.save_draft()
    owner = drafts.owner_key(window.current_actor().staff_id)
    kept = drafts.load_draft(owner, "intake")
    assert kept is not None and kept[0]["summary"] == "Typed while the server was away, and more"

    # Pages built during the outage are shut too, and the view's own wishes are kept.
    window.show_page("opinions")
    assert not window.opinions.entries.form.save_button.isEnabled()
    window.opinions.entries.form.save_button.setEnabled(True)  # as a view does on its own
    assert not window.opinions.entries.form.save_button.isEnabled()
    window.show_page("intake")
    # Opening a complaint now says why it cannot, without a dialog; the form stays.
    window.open_complaint(earlier.id)
    assert window.stack.currentWidget() is window.intake
    assert "cannot be opened" in window.statusBar().currentMessage()
    assert not _error_boxes()

    relay.restore()
    qtbot.waitUntil(lambda: not window.server_banner.isVisible(), timeout=15_000)
    assert save.isEnabled() and save.toolTip() == ""
    assert window.opinions.entries.form.save_button.isEnabled()
    assert window.intake.summary.text() == "Typed while the server was away, and more"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.intake, timeout=15_000)
    found = Complaint.select().where(
        Complaint.summary == "Typed while the server was away, and more"
    )
    assert found.count() == 1
    assert drafts.load_draft(owner, "intake") is None


def test_the_draft_of_a_server_register_is_offered_after_a_power_cut(
    qtbot, qapp, window: MainWindow, relay: Relay, server_store: Store, home: Path
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    _fill(qtbot, window)
    relay.stop()
    window.intake.save_draft()
    actor = window.current_actor()
    # The power goes: no close, no save. The next start (server back) offers the draft.
    window.intake._dirty = False
    drafts.use_folder(home, "sqlite:///elsewhere.sqlite3")  # another register meanwhile
    assert drafts.load_draft(drafts.owner_key(actor.staff_id), "intake") is None
    drafts.use_folder(home, server_store.url)
    relay.restore()
    again = MainWindow(configure(qapp, home, "en"), actor=actor, store=server_store)
    qtbot.addWidget(again)
    assert again.banner.isVisibleTo(again) and "kept from" in again.banner_text.text()
