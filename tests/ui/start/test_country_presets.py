"""The branch's country and kind of business decide its numbers, money, deadlines and
replies: chosen at set-up, changed in Settings, never taken from the screen language."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from models.core.errors import ValidationError
from models.counter import replies
from models.people.branch import get_branch, update_branch
from models.storage.schema import GuidedRun, RunStep, StandardReply
from models.trust import auth

from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import branch_manager
from tests.ops import settle

LEFT = Qt.MouseButton.LeftButton
ENTER = Qt.Key.Key_Return


def _window(qtbot, qapp, home: Path, lang: str = "en", actor=None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, lang), actor=actor)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # F2 reaches the active window only
    return win


def _choose(qtbot, combo, value: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``value`` in a drop-down with the keyboard, as a clerk does (Down/Up)."""
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0, value
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_a_bank_set_up_gets_the_banks_replies_currency_and_deadlines(
    qtbot, qapp, store, home: Path
) -> None:
    win = _window(qtbot, qapp, home)
    setup = win.setup_view
    assert win.stack.currentWidget() is setup
    assert setup.country.findData("UK") < 0 and setup.country.findData("GB") >= 0
    assert "United Kingdom (GB)" in [
        setup.country.itemText(i) for i in range(setup.country.count())
    ]
    qtbot.keyClicks(setup.branch_name, "Riverside")
    setup.code.clear()
    qtbot.keyClicks(setup.code, "RS1")
    _choose(qtbot, setup.country, "VN")
    assert setup.language.currentData() == "vi"  # the country's usual language, first guess
    # The hint under the deadline policy is whole, above the next row (it ran under it).
    assert setup.follows.height() >= setup.follows.sizeHint().height()
    assert setup.follows.geometry().bottom() < setup.language.geometry().top()
    _choose(qtbot, setup.country, "GB")
    assert setup.language.currentData() == "en"
    _choose(qtbot, setup.preset, "retail")
    assert setup.deadline.currentData() == "custom"  # the FCA's rules are a bank's, not a shop's
    _choose(qtbot, setup.preset, "bank")
    assert setup.deadline.currentData() == "uk_fca"
    assert "GBP" in setup.follows.text()
    qtbot.keyClicks(setup.manager_name, "Sarah Jones")
    qtbot.keyClicks(setup.username, "sarah")
    qtbot.keyClicks(setup.password, "first-manager-1")
    qtbot.keyClicks(setup.confirm, "first-manager-1")
    _choose(qtbot, setup.language, "vi")
    with qtbot.waitSignal(win.language_switch) as switched:  # the chosen language, at once
        qtbot.keyClick(setup.confirm, ENTER)
    assert switched.args == ["vi"]
    settle(qtbot, background=True)  # the bank's replies join the booklet after the sign-in
    assert not auth.needs_setup()
    branch = get_branch()
    assert (branch.country, branch.currency, branch.category_preset, branch.deadline_preset) == (
        "GB",
        "GBP",
        "bank",
        "uk_fca",
    )
    categories = {r.category for r in StandardReply.select()}
    assert "bank_card" in categories and "facilities" not in categories
    # At the counter, an ATM card complaint is offered the bank's replies only.
    offered = [r.title("en") for r in replies.ranked("bank_card")]
    assert offered and not any("Toilet" in title for title in offered)
    # Day one is clean: what the founder did straight after set-up is signed by them
    # (a false "changed behind the app" on a new register would alarm the branch).
    from models.maintenance.integrity import check_database

    assert win.current_actor().signer is not None
    assert check_database().ok, check_database().problems


def test_the_country_is_a_list_and_uk_means_gb(manager) -> None:
    update_branch(manager, country="UK", currency="GBP")
    assert get_branch().country == "GB"
    with pytest.raises(ValidationError) as info:
        update_branch(manager, country="Britain")
    assert "GB" in info.value.message and get_branch().country == "GB"


def test_switching_to_the_bank_preset_offers_the_banks_replies(
    qtbot, qapp, store, home: Path
) -> None:
    win = _window(qtbot, qapp, home, actor=branch_manager())
    assert get_branch().category_preset == "retail"
    assert StandardReply.select().where(StandardReply.category == "facilities").exists()
    win.show_page("settings")
    view = win.settings_view
    _choose(qtbot, view.category_preset, "bank")
    qtbot.mouseClick(view.save_button, LEFT)
    settle(qtbot)
    box = view.replies_box
    assert box.isVisible() and "Bank branch" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    settle(qtbot)
    assert "Standard replies switched" in view.message.text()
    active = {r.category for r in StandardReply.select().where(StandardReply.active == True)}  # noqa: E712
    assert "bank_card" in active and "facilities" not in active
    assert StandardReply.select().where(StandardReply.category == "facilities").exists()  # kept
    # The replies page names the categories, never shows a raw code.
    win.show_page("replies")
    shown = [win.replies.list.item(i).text() for i in range(win.replies.list.count())]
    assert shown and not any(text.startswith(("after_sales", "bank_card")) for text in shown)
    assert any(text.startswith("Bank cards") or "card" in text.lower() for text in shown)


def test_choosing_a_country_in_settings_brings_its_currency_and_policy(
    qtbot, qapp, store, home: Path
) -> None:
    win = _window(qtbot, qapp, home, actor=branch_manager())
    win.show_page("settings")
    view = win.settings_view
    _choose(qtbot, view.country, "VN")
    qtbot.keyClick(view.country, ENTER)  # activated
    view._country_chosen(view.country.currentIndex())
    assert (
        view.currency.text() == "VND" and view.deadline_preset.currentData() == "vietnam_consumer"
    )
    qtbot.mouseClick(view.save_button, LEFT)
    settle(qtbot)
    branch = get_branch()
    assert (branch.country, branch.currency, branch.deadline_preset) == (
        "VN",
        "VND",
        "vietnam_consumer",
    )


@pytest.mark.parametrize(
    ("lang", "country", "police", "other"),
    [("en", "CN", "110", "999"), ("vi", "CN", "110", "113"), ("zh_CN", "GB", "999", "110")],
)
def test_the_safety_exit_calls_the_branch_countrys_police_in_every_language(
    qtbot, qapp, store, home: Path, manager, lang: str, country: str, police: str, other: str
) -> None:
    update_branch(manager, country=country)
    win = _window(qtbot, qapp, home, lang, actor=branch_manager())
    qtbot.keyClick(win, Qt.Key.Key_F2)
    settle(qtbot)  # the run is stored, then shown
    view = win.guided
    assert win.stack.currentWidget() is view and view.run is not None, win.stack.currentWidget()
    qtbot.keyClick(view, Qt.Key.Key_F12)
    settle(qtbot)
    assert view.mode == "safety", view.error.text()
    steps = view.safety_panel.steps.text()
    assert police in steps and other not in steps
    assert police in view.safety_panel.numbers.text()
    shown = GuidedRun.get().steps.order_by(RunStep.seq.desc()).get().shown
    assert police in shown and other not in shown


def test_a_manager_sets_the_emergency_numbers_in_settings(
    qtbot, qapp, store, home: Path, manager
) -> None:
    update_branch(manager, country="HK")
    win = _window(qtbot, qapp, home, actor=branch_manager())
    win.show_page("settings")
    view = win.settings_view
    assert "999" in view.emergency_text.text()
    qtbot.mouseClick(view.emergency_button, LEFT)
    settle(qtbot)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.widgets["police"].clear()
    qtbot.keyClicks(dialog.widgets["police"], "999 or 112")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    assert dialog.isVisible() and dialog.error.isVisible()  # not digits
    dialog.widgets["police"].clear()
    qtbot.keyClicks(dialog.widgets["police"], "112")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "police 112" in view.emergency_text.text()
    qtbot.keyClick(win, Qt.Key.Key_F2)
    settle(qtbot)
    qtbot.keyClick(win.guided, Qt.Key.Key_F12)
    settle(qtbot)
    assert "112" in win.guided.safety_panel.steps.text()
