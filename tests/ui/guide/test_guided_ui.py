"""The guided view driven with the keyboard, as a clerk uses it with an upset customer."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.core.actors import actor_for
from models.core.errors import InvalidTransition
from models.counter import guided, replies, slip
from models.register.complaints import create_complaint
from models.storage.schema import Appointment, Complaint, GuidedRun, RunStep
from reports.slip_pdf import write_slip

from ui.common import operations
from ui.shell import i18n
from ui.shell.settings import Settings
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import branch_manager, make_form, new_staff, pdf_text
from tests.ops import settle, writes_seen

ENTER = Qt.Key.Key_Return


def _press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    """A key, as the clerk presses it, and the wait for what it stores (off the GUI
    thread) to be on the screen."""
    qtbot.keyClick(widget, key, modifier)
    settle(qtbot)


@pytest.fixture
def window(qtbot, qapp, store, home: Path) -> MainWindow:
    win = MainWindow(configure(qapp, home, "en"), actor=branch_manager())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, background=True)  # the shipped replies join at the first sign-in
    return win


def _start(qtbot, win: MainWindow) -> None:
    _press(qtbot, win, Qt.Key.Key_F2)
    assert win.stack.currentWidget() is win.guided
    assert not win.nav.isVisible()  # full-window, calm
    assert win.guided.step_id == "safety"


def test_calm_run_creates_a_complaint_from_the_answers(qtbot, window: MainWindow) -> None:
    _start(qtbot, window)
    view = window.guided
    for expected in ("safety", "thank", "listen", "apologise", "acknowledge"):
        assert view.step_id == expected
        _press(qtbot, view, ENTER)
    assert view.step_id == "check_mood"
    _press(qtbot, view, Qt.Key.Key_1)  # calmer
    assert view.step_id == "outcome"
    assert view.step_panel.answer_text.hasFocus()
    qtbot.keyClicks(view.step_panel.answer_text, "Refund the card fee")
    _press(qtbot, view.step_panel.answer_text, ENTER)
    assert view.step_id == "facts"
    _press(qtbot, view, Qt.Key.Key_S)  # skip
    assert view.step_id == "propose_fix"
    _press(qtbot, view, Qt.Key.Key_Backspace)  # back
    assert view.step_id == "facts"
    _press(qtbot, view, ENTER)
    _press(qtbot, view, ENTER)  # propose_fix done
    assert view.step_id == "promise"
    promised = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=1)
    _press(qtbot, view.step_panel.answer_time, ENTER)
    _press(qtbot, view, ENTER)  # close_thanks
    assert view.mode == "end", (view.step_id, view.error.text())
    _press(qtbot, view, ENTER)  # Enter goes on here too: record the complaint now
    assert window.stack.currentWidget() is window.intake
    form = window.intake.form()
    assert form.desired_outcome == "Refund the card fee"
    assert form.promised_at is not None and form.promised_at >= promised - dt.timedelta(minutes=1)
    window.intake.channel.setCurrentIndex(1)
    window.intake.category_top.setCurrentIndex(1)
    window.intake.summary.setText("Card fee charged twice")
    window.intake.save()
    settle(qtbot)
    complaint = Complaint.get()
    run = GuidedRun.get()
    assert run.complaint_id == complaint.id and run.outcome == "completed"
    assert complaint.desired_outcome == "Refund the card fee"
    assert "Counter checklist" in window.detail.fields_view.toPlainText()
    results = [s.result for s in guided.steps_of(run.id)]
    assert "skipped" in results and "answered" in results


def test_run_through_all_three_changes(qtbot, window: MainWindow, manager) -> None:
    senior = new_staff("Lin Hui", "manager")
    _start(qtbot, window)
    view = window.guided
    _press(qtbot, view, ENTER)  # safety
    _press(qtbot, view, Qt.Key.Key_E)  # still upset: change the person
    assert view.mode == "rung" and view.rung_panel.records == "person"
    view.rung_panel.person.setCurrentIndex(view.rung_panel.person.findData(senior.id))
    _press(qtbot, view, ENTER)
    assert view.mode == "step" and view.step_id == "thank"
    assert "Lin Hui" in view.handler_label.text()
    _press(qtbot, view, Qt.Key.Key_E)  # change the place
    assert view.rung_panel.records == "place"
    qtbot.keyClicks(view.rung_panel.place, "Meeting room by the vault")
    _press(qtbot, view.rung_panel.place, ENTER)
    _press(qtbot, view, ENTER)  # thank
    _press(qtbot, view, ENTER)  # listen
    _press(qtbot, view, ENTER)  # apologise
    _press(qtbot, view, ENTER)  # acknowledge
    _press(qtbot, view, Qt.Key.Key_2)  # still very upset -> change the time
    assert view.rung_panel.records == "appointment"
    view.rung_panel.with_whom.setCurrentIndex(view.rung_panel.with_whom.findData(manager.staff_id))
    _press(qtbot, view, ENTER)
    run = GuidedRun.get()
    assert run.escalation_level == 3 and run.place == "Meeting room by the vault"
    appointment = Appointment.get()
    assert appointment.with_name == manager.name
    assert "appointment or safety exit" in view.escalate_button.text()
    _press(qtbot, view, Qt.Key.Key_Escape)  # leave; the run stays open
    assert window.stack.currentWidget() is window.home
    assert window.home.appointments.count() == 1
    assert manager.name in window.home.appointments.item(0).text()
    assert "Changed person 1, place 1, time 1" in window.home.counter_stats.text()


def test_safety_exit_stops_and_shows_what_to_do(qtbot, window: MainWindow) -> None:
    _start(qtbot, window)
    view = window.guided
    _press(qtbot, view, ENTER)
    _press(qtbot, view, Qt.Key.Key_F12)
    assert view.mode == "safety"
    assert view.safety_panel.steps.text().count("\n") >= 3
    run = GuidedRun.get()
    assert run.outcome == "safety_exit"
    qtbot.keyClicks(view.safety_panel.note, "Man shouted and hit the glass")
    _press(qtbot, view.safety_panel.note, ENTER)
    assert guided.steps_of(run.id)[-1].note == "Man shouted and hit the glass"
    assert window.stack.currentWidget() is window.home
    assert guided.unfinished_run(window.current_actor()) is None


def test_a_practice_run_is_labelled_and_never_counted(qtbot, window: MainWindow) -> None:
    """A manager shows a new clerk the safety exit (Shift+F2): the month's figures and
    the register do not count it, and it cannot be attached to a complaint."""
    _press(qtbot, window, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    view = window.guided
    assert window.stack.currentWidget() is view
    assert view.practice_label.isVisible()
    _press(qtbot, view, ENTER)
    _press(qtbot, view, Qt.Key.Key_F12)
    assert view.mode == "safety"
    _press(qtbot, view.safety_panel.note, ENTER)
    run = GuidedRun.get()
    assert run.practice and run.outcome == "safety_exit"
    month = run.started_at.strftime("%Y%m")
    figures = guided.stats(month)
    assert figures.runs == 0 and figures.safety_exits == 0
    c = create_complaint(window.current_actor(), make_form())
    with pytest.raises(InvalidTransition):
        guided.attach(window.current_actor(), run.id, c.id)
    # A real run (F2) is counted as before.
    _press(qtbot, window, Qt.Key.Key_F2)
    assert not view.practice_label.isVisible()
    _press(qtbot, view, ENTER)
    _press(qtbot, view, Qt.Key.Key_F12)
    assert guided.stats(month).safety_exits == 1


def test_crash_mid_run_is_offered_back_where_it_stopped(
    qtbot, window: MainWindow, home: Path
) -> None:
    _start(qtbot, window)
    view = window.guided
    _press(qtbot, view, ENTER)
    _press(qtbot, view, ENTER)
    assert view.step_id == "listen"
    # The PC loses power here: nothing more is saved. The next start offers the run.
    again = MainWindow(Settings(home), actor=window.current_actor())
    qtbot.addWidget(again)
    again.show()
    assert again.run_banner.isVisible()
    again.run_banner.buttons[0].click()  # resume
    settle(qtbot)
    assert again.stack.currentWidget() is again.guided
    assert again.guided.step_id == "listen"
    _press(qtbot, again.guided, Qt.Key.Key_Backspace)
    assert again.guided.step_id == "thank"


def test_run_linked_to_an_existing_complaint(qtbot, window: MainWindow, manager) -> None:
    complaint = create_complaint(manager, make_form())
    _start(qtbot, window)
    view = window.guided
    _press(qtbot, view, ENTER)
    view.show_end()
    _press(qtbot, view, Qt.Key.Key_2)
    assert view.end_panel.register_no.hasFocus()
    qtbot.keyClicks(view.end_panel.register_no, "BR01-209901-0001")
    _press(qtbot, view.end_panel.register_no, ENTER)
    assert view.end_panel.error.isVisible()
    view.end_panel.register_no.clear()
    qtbot.keyClicks(view.end_panel.register_no, complaint.register_no.lower())
    _press(qtbot, view.end_panel.register_no, ENTER)
    assert window.stack.currentWidget() is window.detail
    assert GuidedRun.get().complaint_id == complaint.id
    assert "Counter checklist run attached" in window.detail.timeline.toPlainText()


def test_digits_in_the_note_are_typing_not_choices(qtbot, window: MainWindow) -> None:
    _start(qtbot, window)
    view = window.guided
    for _ in range(5):
        _press(qtbot, view, ENTER)
    assert view.step_id == "check_mood"
    view.note.setFocus()
    qtbot.keyClicks(view.note, "2 people waiting")
    assert view.step_id == "check_mood" and view.note.text() == "2 people waiting"


def test_manager_keeps_replies_and_saves_the_booklet(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from models.storage.schema import StandardReply

    window.show_page("replies")
    view = window.replies
    seeded = StandardReply.select().count()
    assert view.list.count() == seeded > 0
    view.new_reply()
    view.category.setCurrentIndex(view.category.findData("pricing"))
    qtbot.keyClicks(view.title, "Price on the shelf is lower")
    qtbot.keyClicks(view.text, "We charge the shelf price and fix the label today.")
    view.save_button.click()
    settle(qtbot)
    assert StandardReply.select().count() == seeded + 1
    assert "saved" in view.message.text()
    view.retire_button.click()
    settle(qtbot)
    assert not StandardReply.select().order_by(StandardReply.id.desc()).get().active
    out = tmp_path / "booklet.pdf"
    view.write_booklet(out)
    qtbot.waitUntil(lambda: str(out) in view.message.text())
    assert out.exists()


def test_clerk_cannot_change_replies_and_is_not_offered_to(qtbot, window: MainWindow) -> None:
    from models.core.errors import PermissionDenied
    from models.counter import replies

    clerk = new_staff("Ha Thu", "clerk")
    window.signed_in(actor_for(clerk))
    window.show_page("replies")
    view = window.replies
    assert view.list.count() > 0 and view.print_button.isVisible()
    for button in (view.new_button, view.save_button, view.retire_button, view.history_button):
        assert not button.isVisible()
    assert view.title.isReadOnly() and view.text.isReadOnly()
    with pytest.raises(PermissionDenied):  # the domain still refuses
        replies.save_reply(actor_for(clerk), category="pricing", title="x", text="y", lang="en")


def test_the_runs_timeline_line_is_in_the_readers_language(qtbot, qapp, store, home: Path) -> None:
    """The trail keeps the run's one-liner in English; a Vietnamese clerk reads it in
    Vietnamese on the complaint's timeline."""
    manager = branch_manager()
    colleague = new_staff("Lê Văn Hùng", "clerk")
    run = guided.start_run(manager, "vi")
    guided.escalate(manager, run.id, person_id=colleague.id)
    guided.escalate(manager, run.id, place="Phòng tiếp khách")
    complaint = create_complaint(manager, make_form())
    guided.attach(manager, run.id, complaint.id)
    win = MainWindow(configure(qapp, home, "vi"), actor=manager)
    qtbot.addWidget(win)
    win.show()
    win.open_complaint(complaint.id)
    timeline = win.detail.timeline.toPlainText()
    assert "đổi người, đổi chỗ" in timeline and "changes:" not in timeline


def test_after_three_changes_the_guide_goes_on_to_its_end_by_keys(
    qtbot, window: MainWindow, manager, tmp_path: Path
) -> None:
    """Still very upset after person, place and time: the guide offers the booked
    appointment and the safety exit, and reaches its end on one key each time."""
    colleague = new_staff("Mary Chen", "clerk")
    me = window.current_actor()
    _start(qtbot, window)
    view = window.guided
    assert view.handler_label.text() == f"Serving the customer: you ({me.name})"
    for _ in range(5):
        _press(qtbot, view, ENTER)
    assert view.step_id == "check_mood"
    _press(qtbot, view, Qt.Key.Key_2)  # still very upset: change the person
    view.rung_panel.person.setCurrentIndex(view.rung_panel.person.findData(colleague.id))
    _press(qtbot, view, ENTER)
    assert view.handler_label.text() == "Serving the customer: your colleague Mary Chen"
    _press(qtbot, view, Qt.Key.Key_2)  # still very upset: change the place
    qtbot.keyClicks(view.rung_panel.place, "Quiet room")
    _press(qtbot, view.rung_panel.place, ENTER)
    _press(qtbot, view, Qt.Key.Key_2)  # still very upset: change the time
    assert view.rung_panel.records == "appointment"
    view.rung_panel.with_whom.setCurrentIndex(view.rung_panel.with_whom.findData(manager.staff_id))
    _press(qtbot, view, ENTER)
    assert view.mode == "step" and view.step_id == "check_mood"
    _press(qtbot, view, Qt.Key.Key_2)  # still very upset, and no change left
    assert view.mode == "last" and view.stack.currentWidget() is view.last_panel
    assert manager.name in view.last_panel.appointment.text()
    assert view.safety_button.isVisible() and view.last_panel.safety_button.isVisible()
    _press(qtbot, view, Qt.Key.Key_Backspace)  # back to the question
    assert view.mode == "step"
    _press(qtbot, view, Qt.Key.Key_E)
    assert view.mode == "last" and view.last_panel.calmer_button.isVisible()
    _press(qtbot, view, Qt.Key.Key_3)  # calmer now: on with the checklist
    assert view.mode == "step" and view.step_id == "check_mood"
    _press(qtbot, view, Qt.Key.Key_E)  # the escalate key leads to the same offer
    assert view.mode == "last"
    _press(qtbot, view, ENTER)  # confirm the appointment and end
    assert view.mode == "end" and view.stack.currentWidget() is view.end_panel
    assert "register number is given when" in view.end_panel.summary.text()
    assert "Moved to: Quiet room" in view.end_panel.summary.text()
    _press(qtbot, view, Qt.Key.Key_1)  # record the complaint now
    assert window.stack.currentWidget() is window.intake
    # What the form has no field for is shown above it: the move and the appointment.
    note = window.intake.context_note
    assert note.isVisible()
    assert "Moved to: Quiet room" in note.text() and manager.name in note.text()
    window.intake.channel.setCurrentIndex(1)
    window.intake.category_top.setCurrentIndex(1)
    window.intake.summary.setText("Shouted at the counter about a card fee")
    window.intake.desired_outcome.edit.setPlainText("Fee refunded")
    window.intake.save()
    settle(qtbot)
    assert not window.intake.error_box.isVisible(), window.intake.error_box.text()
    run = GuidedRun.get()
    # The run is the signed-in manager's; the colleague is named as the one who took over.
    assert {s.actor_name for s in guided.steps_of(run.id)} == {me.name}
    assert window.stack.currentWidget() is window.detail
    qtbot.waitUntil(lambda: "Counter checklist" in window.detail.timeline.toPlainText())
    timeline = window.detail.timeline.toPlainText()
    assert (
        me.name in timeline
        and "Mary Chen:" not in timeline
        and "colleague who took over: Mary Chen" in timeline
    )
    # The guide's record on the complaint shows its times as the reader writes them.
    import re

    shown = window.detail.fields_view.toPlainText()
    assert "Counter checklist" in shown
    assert not re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", shown), shown
    # The customer's slip carries the appointment: when, with whom, where.
    out = tmp_path / "slip.pdf"
    write_slip(out, slip.prepare(Complaint.get().id, "en"), "80mm")
    text = pdf_text(out)
    assert "Your appointment" in text and manager.name in text and "Quiet room" in text


def test_last_resort_offers_the_safety_exit_on_one_key(qtbot, window: MainWindow, manager) -> None:
    _start(qtbot, window)
    view = window.guided
    run = view.run
    assert run is not None
    colleague = new_staff("Mary Chen", "clerk")
    guided.escalate(manager, run.id, person_id=colleague.id)
    guided.escalate(manager, run.id, place="Quiet room")
    guided.escalate(
        manager,
        run.id,
        appointment_at=dt.datetime.now() + dt.timedelta(days=1),
        appointment_with_id=manager.staff_id,
    )
    view.run = guided.get_run(run.id)
    view.show_step(view.step_id)
    assert view.escalate_button.isEnabled() and "appointment" in view.escalate_button.text()
    _press(qtbot, view, Qt.Key.Key_E)
    assert view.mode == "last"
    _press(qtbot, view, Qt.Key.Key_2)
    assert view.mode == "safety" and GuidedRun.get().outcome == "safety_exit"


def test_each_step_is_stored_off_the_gui_thread_and_once(qtbot, window: MainWindow) -> None:
    """The guide's writes (the run, each step, the safety exit, the note after it) are
    saved on the operations layer's write thread, never the GUI thread; Enter pressed
    twice before the step is stored is one step, not two."""
    with writes_seen() as seen:
        _start(qtbot, window)
        view = window.guided
        run = view.run
        assert run is not None
        qtbot.keyClick(view, ENTER)
        qtbot.keyClick(view, ENTER)  # again, before the first is stored
        settle(qtbot)
        assert view.step_id == "thank"
        assert [s.step_id for s in guided.steps_of(run.id)] == ["safety"]
        _press(qtbot, view, Qt.Key.Key_F12)
        qtbot.keyClicks(view.safety_panel.note, "Threw the pen")
        _press(qtbot, view.safety_panel.note, ENTER)
    assert window.stack.currentWidget() is window.home
    assert guided.steps_of(run.id)[-1].note == "Threw the pen"
    tables = {table for table, _thread in seen}
    assert {GuidedRun._meta.table_name, RunStep._meta.table_name} <= tables
    assert {thread for _table, thread in seen} == {"register-writes"}
    assert threading.main_thread().name not in {thread for _table, thread in seen}


def test_a_step_refused_by_the_register_is_told_in_vietnamese_and_the_guide_goes_on(
    qtbot, qapp, store, home: Path
) -> None:
    """The run was ended meanwhile (on another PC of the branch): the step is refused on
    the write thread, the clerk reads why in Vietnamese in the guide, nothing is stored,
    and the window stays usable: Esc leaves, F2 starts a new run."""
    try:
        win = MainWindow(configure(qapp, home, "vi"), actor=branch_manager())
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        settle(qtbot, background=True)  # the shipped replies join at the first sign-in
        _start(qtbot, win)
        view = win.guided
        run = view.run
        assert run is not None
        guided.finish(win.current_actor(), run.id)  # another PC closed it
        with qtbot.assertNotEmitted(operations.bus().changed):
            _press(qtbot, view, ENTER)
        assert view.error.isVisible()
        assert view.error.text() == "Phiên xoa dịu này đã kết thúc."
        assert view.step_id == "safety" and guided.steps_of(run.id) == []
        _press(qtbot, view, Qt.Key.Key_Escape)
        assert win.stack.currentWidget() is win.home
        _press(qtbot, win, Qt.Key.Key_F2)
        assert win.stack.currentWidget() is view and view.run is not None
        assert view.run.id != run.id and not view.error.isVisible()
        _press(qtbot, view, ENTER)
        assert view.step_id == "thank"
    finally:
        i18n.install("en", home / "cache")


def test_locking_the_screen_after_a_safety_exit_keeps_the_note_and_shows_no_page(
    qtbot, window: MainWindow
) -> None:
    """Ctrl+L with a note typed after a safety exit: the note is stored (off the GUI
    thread) before the screen locks, and the lock screen is what stays on screen."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _start(qtbot, window)
    view = window.guided
    _press(qtbot, view, Qt.Key.Key_F12)
    run = GuidedRun.get()
    qtbot.keyClicks(view.safety_panel.note, "Left shouting")
    _press(qtbot, view.safety_panel.note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert guided.steps_of(run.id)[-1].note == "Left shouting"
    assert window.stack.currentWidget() is window.sign_in_view


def test_f2_on_a_register_that_cannot_be_written_says_why_in_vietnamese(
    qtbot, qapp, store, home: Path, read_only, clerk
) -> None:
    """The register file became read-only: F2 cannot start a run; a box over the window
    says why in Vietnamese, and the window stays where it was, usable. (A clerk: see
    tests/models/counter/test_slip.py, on a file made read-only under a running app.)"""
    replies.seed_defaults(clerk)  # as at any sign-in but the first: nothing is written
    try:
        win = MainWindow(configure(qapp, home, "vi"), actor=clerk)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        read_only(home / "complaints.sqlite3")
        _press(qtbot, win, Qt.Key.Key_F2)
        box = win.guided.refusal
        assert box is not None and box.isVisible()
        assert box.text() == (
            "Sổ theo dõi khiếu nại đang mở ở chế độ chỉ đọc nên không lưu được gì trên máy này."
        )
        assert win.stack.currentWidget() is win.home and win.nav.isVisible()
        assert GuidedRun.select().count() == 0
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not box.isVisible())
        win.show_page("register")
        assert win.stack.currentWidget() is win.register
    finally:
        i18n.install("en", home / "cache")
