"""Two people working on one complaint at once: no silent overwrite, nothing typed lost.

Runs on SQLite and on PostgreSQL (see conftest.BOTH_ENGINES).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from models.core.actors import actor_for
from models.core.errors import ConcurrentEdit
from models.register import lifecycle
from models.register.complaints import create_complaint, form_of, merge_edits, update_complaint
from models.storage.schema import Complaint

from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form, new_staff
from tests.ops import settle


@pytest.fixture
def second_manager(store):  # type: ignore[no-untyped-def]
    return actor_for(new_staff("Trần Thị Mai", "manager"))


def test_second_save_is_refused_naming_who_changed_it_and_when(manager, second_manager) -> None:
    c = create_complaint(manager, make_form(summary="ATM kept the card"))
    opened_version = c.version
    base = form_of(c)
    first = update_complaint(
        manager,
        c.id,
        form_of(c).__class__(**{**base.__dict__, "summary": "ATM kept my card"}),
        opened_version,
    )
    mine = base.__class__(**{**base.__dict__, "description": "第二位职员补充的描述"})
    with pytest.raises(ConcurrentEdit) as caught:
        update_complaint(second_manager, c.id, mine, opened_version)
    message = str(caught.value)
    assert manager.name in message
    assert first.updated_at.strftime("%Y-%m-%d %H:%M") in message
    saved = Complaint.get_by_id(c.id)
    assert saved.summary == "ATM kept my card" and saved.description == base.description


def test_lifecycle_step_on_a_stale_copy_is_refused(manager, second_manager) -> None:
    c = create_complaint(manager, make_form())
    lifecycle.acknowledge(manager, c.id, c.version)
    with pytest.raises(ConcurrentEdit):
        lifecycle.acknowledge(second_manager, c.id, c.version)


def test_merge_takes_each_side_and_names_fields_both_changed() -> None:
    base = make_form(summary="A", description="B", desired_outcome="C")
    theirs = make_form(summary="A2", description="B", desired_outcome="C-theirs")
    mine = make_form(summary="A", description="B-mine", desired_outcome="C-mine")
    merged, conflicts = merge_edits(base, mine, theirs)
    assert (merged.summary, merged.description, merged.desired_outcome) == (
        "A2",
        "B-mine",
        "C-mine",
    )
    assert conflicts == ["desired_outcome"]


def test_edit_form_keeps_the_clerks_edits_and_merges_after_a_conflict(
    qtbot, qapp, store, home: Path, manager, second_manager
) -> None:
    c = create_complaint(manager, make_form(summary="Queue too long", desired_outcome="Apology"))
    win = MainWindow(configure(qapp, home, "en"), actor=second_manager)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.edit_complaint(c.id)
    # Meanwhile, at another counter, the manager changes the summary and the desired outcome.
    base = form_of(c)
    update_complaint(
        manager,
        c.id,
        base.__class__(
            **{**base.__dict__, "summary": "Queue 40 minutes", "desired_outcome": "A call"}
        ),
        c.version,
    )
    win.intake.desired_outcome.edit.selectAll()
    qtbot.keyClicks(win.intake.desired_outcome.edit, "Written apology")
    win.intake.description.edit.selectAll()
    win.intake.description.edit.insertPlainText("Nguyễn waited at counter 2")  # as an IME commits
    qtbot.mouseClick(win.intake.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)

    assert win.stack.currentWidget() is win.intake  # refused, still editing
    text = win.intake.error_box.text()
    assert manager.name in text
    assert "You both changed: Outcome the customer wants" in text  # pointed out
    assert win.intake.summary.text() == "Queue 40 minutes"  # their change merged in
    assert win.intake.description.text() == "Nguyễn waited at counter 2"  # mine kept
    assert win.intake.desired_outcome.text() == "Written apology"
    assert Complaint.get_by_id(c.id).description == base.description  # nothing overwritten

    qtbot.mouseClick(win.intake.save_button, Qt.MouseButton.LeftButton)  # not decided yet
    settle(qtbot)
    assert "Decide first" in win.intake.error_box.text()
    assert Complaint.get_by_id(c.id).desired_outcome == "A call"
    panel = win.intake.conflicts
    qtbot.mouseClick(panel.buttons["desired_outcome"]["mine"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(win.intake.save_button, Qt.MouseButton.LeftButton)  # decided: saved
    settle(qtbot)
    saved = Complaint.get_by_id(c.id)
    assert (saved.summary, saved.description, saved.desired_outcome) == (
        "Queue 40 minutes",
        "Nguyễn waited at counter 2",
        "Written apology",
    )
