"""Two people edit one complaint at once, on one register (a PC's file, and the branch
server): after the conflict the second sees both values side by side, cannot save until
each is decided, and nothing either typed is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from models.core.actors import actor_for
from models.register.complaints import create_complaint
from models.storage.schema import Complaint

from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form, new_staff
from tests.ops import settle

both_engines = pytest.mark.parametrize("engine", ["sqlite", "postgres"], indirect=True)


def _session(qtbot, qapp, home: Path, store, actor) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, "en"), actor=actor, store=store)
    qtbot.addWidget(win)
    win.show()
    return win


def _replace(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)


@both_engines
def test_a_merge_after_an_edit_conflict_loses_neither_change(
    qtbot, qapp, home: Path, store
) -> None:
    manager = actor_for(new_staff("Chen Jing 陈静", "manager"))
    clerk = actor_for(new_staff("Nguyễn Văn An", "clerk"))
    complaint = create_complaint(manager, make_form(handler_id=clerk.staff_id))
    first = _session(qtbot, qapp, home, store, manager)
    second = _session(qtbot, qapp, home, store, clerk)
    first.edit_complaint(complaint.id)
    second.edit_complaint(complaint.id)  # both opened the same version

    _replace(qtbot, first.intake.description.edit, "Manager's note: milk was 3 days old.")
    qtbot.mouseClick(first.intake.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Complaint.get_by_id(complaint.id).description.startswith("Manager's note")

    _replace(qtbot, second.intake.description.edit, "Clerk: customer wants a refund today.")
    _replace(qtbot, second.intake.desired_outcome.edit, "Refund today")
    qtbot.mouseClick(second.intake.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    panel = second.intake.conflicts
    assert panel.isVisible() and panel.undecided() == ["description"]
    theirs = panel.findChild(type(second.intake.error_box), "conflict_description_theirs")
    mine = panel.findChild(type(second.intake.error_box), "conflict_description_mine")
    assert theirs.text() == "Manager's note: milk was 3 days old."
    assert mine.text() == "Clerk: customer wants a refund today."

    qtbot.mouseClick(second.intake.save_button, Qt.MouseButton.LeftButton)  # not decided yet
    settle(qtbot)
    assert "Decide first" in second.intake.error_box.text()
    saved = Complaint.get_by_id(complaint.id)
    assert saved.description == "Manager's note: milk was 3 days old."  # nothing overwritten

    qtbot.mouseClick(panel.buttons["description"]["both"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not panel.isVisible() and panel.undecided() == []
    # Still on the form, told it is ready, with Save at hand (the page once jumped Home).
    assert second.stack.currentWidget() is second.intake
    assert second.intake.decided_note.isVisible() and not second.intake.error_box.isVisible()
    assert second.focusWidget() is second.intake.save_button
    qtbot.mouseClick(second.intake.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    saved = Complaint.get_by_id(complaint.id)
    assert "Manager's note: milk was 3 days old." in saved.description
    assert "Clerk: customer wants a refund today." in saved.description
    assert saved.desired_outcome == "Refund today"  # the clerk's other change kept too
    assert second.stack.currentWidget() is second.detail
