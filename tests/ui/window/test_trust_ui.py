"""What the screens offer on a shared counter PC: a clerk's exports are masked, a
complaint about the person signed in is theirs to read only, a clerk is not offered
the manager's copies of the register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from shiboken6 import isValid

from models.core.actors import actor_for
from models.register.complaints import create_complaint
from models.storage.audit import acting
from models.storage.schema import AuditEvent, Complaint

from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form
from tests.ops import settle, writes_seen

LEFT = Qt.MouseButton.LeftButton


def _window(qtbot, qapp, home: Path, actor) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, "en"), actor=actor)
    qtbot.addWidget(win)
    win.show()
    return win


def _save_through_dialog(qtbot, view, button, target: Path) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = view.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()


def test_a_clerk_exports_the_month_masked_through_the_button(
    qtbot, qapp, store, home: Path, manager, clerk, tmp_path: Path
) -> None:
    create_complaint(
        clerk,
        make_form(
            received_at=dt.datetime(2026, 10, 3, 9),
            customer_name="王芳",
            customer_phone="13812341234",
            customer_id_no="110101199003071234",
        ),
    )
    win = _window(qtbot, qapp, home, clerk)
    win.show_page("reports")
    view = win.reports
    view.month.setCurrentIndex(view.month.findData("202610"))
    assert not view.full_export.isVisible()  # a clerk is not offered the full data
    assert not view.make_button.isVisible()  # nor the register to sign
    target = tmp_path / "october.csv"
    _save_through_dialog(qtbot, view, view.csv_button, target)
    qtbot.waitUntil(lambda: view.exporter is None, timeout=60_000)
    text = target.read_text(encoding="utf-8-sig")
    assert "1******1234" in text and "13812341234" not in text
    assert "110101199003071234" not in text and "王芳" not in text
    event = AuditEvent.select().where(AuditEvent.table_name == "activity").get()
    assert (event.action, event.actor_id) == ("export", clerk.staff_id)


def test_a_manager_ticks_full_data_for_an_unmasked_export(
    qtbot, qapp, store, home: Path, manager, tmp_path: Path
) -> None:
    create_complaint(
        manager, make_form(received_at=dt.datetime(2026, 10, 3, 9), customer_phone="13812341234")
    )
    win = _window(qtbot, qapp, home, manager)
    win.show_page("reports")
    view = win.reports
    view.month.setCurrentIndex(view.month.findData("202610"))
    assert view.full_export.isVisible() and not view.full_export.isChecked()
    qtbot.mouseClick(view.full_export, Qt.MouseButton.LeftButton)
    settle(qtbot)
    target = tmp_path / "october.xlsx"
    _save_through_dialog(qtbot, view, view.xlsx_button, target)
    qtbot.waitUntil(lambda: view.exporter is None, timeout=60_000)
    from openpyxl import load_workbook

    rows = list(load_workbook(target)["Register"].values)
    phone = rows[0].index("Phone")  # the headings are in the chosen language
    assert rows[1][phone] == "13812341234"


def test_a_complaint_about_the_manager_offers_them_nothing_to_do(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    about = create_complaint(
        clerk, make_form(subject_staff_id=manager.staff_id, handler_id=clerk.staff_id)
    )
    win = _window(qtbot, qapp, home, manager)
    win.open_complaint(about.id)
    detail = win.detail
    assert detail.recused_note.isVisible() and "head office" in detail.recused_note.text()
    assert not detail.next_button.isVisible()
    for key in ("note", "contact", "reassign", "extend", "edit", "reopen", "void"):
        assert not detail.buttons[key].isEnabled(), key
    qtbot.keyClick(detail, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert Complaint.get_by_id(about.id).status == "received"


def test_void_is_not_offered_on_a_closed_complaint_nor_to_a_clerk(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    from models.register import lifecycle

    c = create_complaint(manager, make_form())
    lifecycle.acknowledge(manager, c.id)
    lifecycle.start_investigation(manager, c.id)
    lifecycle.resolve(manager, c.id, outcome="upheld", remedy="Refunded", root_cause="Old stock")
    lifecycle.close(manager, c.id, waive_followup=True, waiver_reason="No phone")
    win = _window(qtbot, qapp, home, manager)
    win.open_complaint(c.id)
    assert not win.detail.buttons["void"].isEnabled()
    mine = create_complaint(clerk, make_form())
    clerk_window = _window(qtbot, qapp, home, clerk)
    clerk_window.open_complaint(mine.id)
    for key in ("void", "reopen", "reassign"):
        assert not clerk_window.detail.buttons[key].isVisible(), key


def test_a_clerk_is_not_offered_the_managers_copies_of_the_register(
    qtbot, qapp, store, home: Path, clerk
) -> None:
    win = _window(qtbot, qapp, home, clerk)
    win.show_page("settings")
    view = win.settings_view
    assert view.backup_button.isVisible()
    assert not view.restore_button.isVisible() and not view.folder_button.isVisible()
    assert not view.save_button.isVisible() and not view.name.isEnabled()
    assert not view.add_button.isVisible() and not view.toggle_button.isVisible()
    assert view.language.isEnabled()  # this PC's language stays theirs to choose


def test_restore_asks_first_and_cancel_changes_nothing(
    qtbot, qapp, store, home: Path, manager
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from models.maintenance.backup import take_backup
    from models.trust import auth

    auth.set_credentials(manager, manager.staff_id, username="chen", password="manager-password")
    signed = auth.sign_in("chen", "manager-password")
    create_complaint(signed, make_form(summary="Before the backup"))
    backup = take_backup(home, "manual")
    create_complaint(signed, make_form(summary="After the backup"))
    win = MainWindow(configure(qapp, home, "en"), actor=signed, store=store)
    qtbot.addWidget(win)
    win.show()
    win.show_page("settings")
    view = win.settings_view

    def choose() -> QMessageBox:
        qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        dialog = view.file_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.selectFile(str(backup))
        dialog.accept()
        box = view.confirm_box
        assert box.isVisible() and backup.name in box.text()
        return box

    box = choose()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert Complaint.select().count() == 2 and win.stack.currentWidget() is view
    box = choose()
    with writes_seen() as seen:
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        settle(qtbot)
    assert win.stack.currentWidget() is win.sign_in_view
    said = win.sign_in_view  # told as news, not as a refusal
    assert said.notice.isVisible() and "Restored the backup" in said.notice.text()
    assert not said.error.isVisible()
    assert [c.summary for c in Complaint.select()] == ["Before the backup"]
    # The restore's own record was written off the GUI thread (the window kept drawing).
    assert seen and all(thread != "MainThread" for _table, thread in seen), seen


def test_a_write_still_going_when_a_restore_is_confirmed_ends_before_the_swap(
    qtbot, qapp, store, home: Path, manager, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A save clicked just before "Yes, restore" (or the shipped replies being added at a
    sign-in) goes through on the register it was made on, before the backup is put in its
    place: a write still queued would end its transaction on the restored register."""
    import threading

    from PySide6.QtWidgets import QMessageBox

    from models.maintenance import restore as restoring
    from models.maintenance.backup import take_backup
    from models.register.complaints import create_complaint as create

    from ui.common.operations import Op

    backup = take_backup(home, "manual")
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=store)
    qtbot.addWidget(win)
    win.show()
    settle(qtbot, background=True)
    restore_started = threading.Event()
    real_restore = restoring.restore

    def restore(*args, **kwargs):  # type: ignore[no-untyped-def]
        restore_started.set()
        return real_restore(*args, **kwargs)

    monkeypatch.setattr(restoring, "restore", restore)
    order: list[str] = []

    def slow_save() -> None:  # on the write thread: a save that takes its time
        if restore_started.wait(2):
            order.append("restore began during the save")
        create(manager, make_form(summary="Saved just before"))
        order.append("save done")

    win.show_page("settings")
    view = win.settings_view
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    view.file_dialog.selectFile(str(backup))
    view.file_dialog.accept()
    box = view.confirm_box
    saved: list[object] = []
    Op(win, slow_save, quiet=True).success(saved.append).run()  # the moment before Yes
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert order == ["save done"] and saved == [None]
    assert win.stack.currentWidget() is win.sign_in_view
    assert Complaint.select().count() == 0  # the backup, taken before that save


def test_a_clerk_sees_the_customers_of_others_complaints_masked(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    """A clerk works on the complaints they handle; another's customer is shown as the
    printed register shows it, in the list, on the complaint's page and in the timeline."""
    from models.people.branch import add_staff
    from models.register import lifecycle
    from models.register.complaints import form_of, update_complaint

    colleague = actor_for(add_staff(manager, "Lý Minh", "clerk"))
    theirs = create_complaint(
        colleague, make_form(customer_name="王芳", customer_phone="13812341234")
    )
    form = form_of(theirs)
    form.customer_phone = "13900001111"
    update_complaint(colleague, theirs.id, form, theirs.version)
    mine = create_complaint(clerk, make_form(customer_name="陈明", customer_phone="13700002222"))
    lifecycle.add_note(clerk, mine.id, "Called back")
    win = _window(qtbot, qapp, home, clerk)
    win.show_page("register")
    model = win.register.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    column = [key for key, _ in model.COLUMNS].index("customer_name")
    names = {model.data(model.index(r, column)) for r in range(2)}
    assert names == {"王**", "陈明"}
    win.open_complaint(theirs.id)
    page = win.detail.grab()  # drawn as the clerk sees it
    assert not page.isNull()
    texts = win.detail.fields_view.toPlainText()
    assert "13900001111" not in texts and "1******1111" in texts and "王芳" not in texts
    timeline = win.detail.timeline.toPlainText()
    assert "13812341234" not in timeline and "13900001111" not in timeline
    win.open_complaint(mine.id)
    texts = win.detail.fields_view.toPlainText()
    assert "13700002222" in texts and "陈明" in texts
    # The manager sees every customer in full.
    boss = _window(qtbot, qapp, home, manager)
    boss.open_complaint(theirs.id)
    texts = boss.detail.fields_view.toPlainText()
    assert "13900001111" in texts and "王芳" in texts


def test_a_person_added_is_the_one_selected_for_their_sign_in(qtbot, qapp, home, manager) -> None:  # type: ignore[no-untyped-def]
    """The staff list is sorted: after Add, "Set sign-in of selected..." is the new
    person's, never the manager's who now sits in that row."""
    win = _window(qtbot, qapp, home, manager)
    win.show_page("settings")
    view = win.settings_view
    qtbot.keyClicks(view.new_name, "A New Clerk")  # sorts before the manager's name
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert view.staff_list.currentItem().text().startswith("A New Clerk")
    qtbot.mouseClick(view.credentials_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "A New Clerk" in view.dialog.windowTitle()
    view.dialog.reject()


def test_setting_a_locked_out_clerks_password_issues_one_key_and_lifts_the_lock(
    qtbot, qapp, home, manager, clerk
) -> None:  # type: ignore[no-untyped-def]
    """The manager types a new password with "Also lift a lockout" ticked (its default):
    one change, one new signing key (not a key made and retired in the same second), the
    lock gone. A clerk setting their own sign-in is not offered to lift a lockout."""
    from models.people.staff_keys import PASSWORD
    from models.storage.schema import Staff, StaffKey

    locked = Staff.get_by_id(clerk.staff_id)
    locked.failed_count, locked.lockouts = 5, 1
    locked.locked_until = dt.datetime.now() + dt.timedelta(minutes=15)
    with acting(manager):
        locked.save()
    win = _window(qtbot, qapp, home, manager)
    win.show_page("settings")
    view = win.settings_view
    row = next(
        i
        for i in range(view.staff_list.count())
        if view.staff_list.item(i).data(Qt.ItemDataRole.UserRole) == clerk.staff_id
    )
    view.staff_list.setCurrentRow(row)
    qtbot.mouseClick(view.credentials_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.keyClicks(dialog.widgets["username"], "an")
    qtbot.keyClicks(dialog.widgets["password"], "clerk-password-2")
    assert dialog.widgets["unlock"].isChecked()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    assert not isValid(dialog) or not dialog.isVisible()
    keys = StaffKey.select().where((StaffKey.staff == clerk.staff_id) & (StaffKey.kind == PASSWORD))
    assert keys.count() == 1 and keys.get().retired_at is None
    after = Staff.get_by_id(clerk.staff_id)
    assert after.locked_until is None and after.failed_count == 0
    # The clerk, on their own sign-in: no lockout to lift, and their change goes through.
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    win.sign_in_view.username.setEditText("an")
    qtbot.keyClicks(win.sign_in_view.secret, "clerk-password-2")
    qtbot.keyClick(win.sign_in_view.secret, Qt.Key.Key_Return)
    settle(qtbot)
    assert win.current_actor().staff_id == clerk.staff_id
    win.show_page("settings")
    view = win.settings_view  # pages are made afresh for the next person
    qtbot.mouseClick(view.credentials_button, Qt.MouseButton.LeftButton)
    own = view.dialog
    assert "unlock" not in own.widgets
    qtbot.keyClicks(own.widgets["password"], "clerk-password-3")
    qtbot.mouseClick(own.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settle(qtbot)
    assert not isValid(own) or not own.isVisible()
    assert view.message.text() == "Sign-in saved."
