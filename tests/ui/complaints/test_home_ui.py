"""Home as a manager reads it: the requests for more time that wait for them, and
figures that agree with the month's register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.core.actors import Actor
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.statistics import month_stats, open_from_earlier

from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.factories import make_form
from tests.ops import settle


def _home(qtbot, qapp, home: Path, actor: Actor, today: dt.date | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(configure(qapp, home, "en"), actor=actor)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    if today is not None:
        win.page("home").today = lambda: today
    win.show_page("home")
    settle(qtbot, background=True)  # what waits for a manager is read off the GUI thread
    return win


def test_requests_for_more_time_wait_on_the_managers_home(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    asked = create_complaint(clerk, make_form(summary="Card kept by the ATM"))
    create_complaint(clerk, make_form(summary="nobody asked"))
    lifecycle.request_extension(clerk, asked.id, "The card centre answers in ten days")
    clerk_home = _home(qtbot, qapp, home, clerk).home
    assert not clerk_home.approvals_box.isVisible()  # approving is a manager's

    win = _home(qtbot, qapp, home, manager)
    approvals = win.home.approvals
    assert win.home.approvals_box.isVisible()
    assert win.home.approvals_box.title() == "Waiting for you: more time, root-cause tasks"
    assert approvals.count() == 1
    item = approvals.item(0)
    assert item.text().startswith(f"{asked.register_no}  ·  asked by {clerk.name}")
    assert "Card kept by the ATM" in item.text()
    assert "The card centre answers in ten days" in item.toolTip()
    qtbot.mouseClick(
        approvals.viewport(), Qt.MouseButton.LeftButton, pos=approvals.visualItemRect(item).center()
    )
    settle(qtbot)
    assert win.stack.currentWidget() is win.detail
    assert win.detail.title.text() == asked.register_no
    assert win.detail.buttons["extend"].text().replace("&", "") == "Approve extension"
    # Approved: it leaves the list.
    qtbot.mouseClick(win.detail.buttons["extend"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = win.detail.dialog
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot)
    assert not dialog.isVisible()
    win.show_page("home")
    settle(qtbot, background=True)
    assert approvals.count() == 1 and not approvals.item(0).flags() & Qt.ItemFlag.ItemIsEnabled


def test_home_counts_as_the_register_does(qtbot, qapp, store, home: Path, manager) -> None:
    """Home once counted a void entry as received this month; the register leaves it out.
    Looked at on the month's last day: a void entry, complaints still open (late by
    then), one resolved, one closed, and one still open from an earlier month."""
    now = dt.datetime.now()
    month = now.strftime("%Y%m")
    first = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    next_month = (first + dt.timedelta(days=32)).replace(day=1)
    last_day = (next_month - dt.timedelta(days=1)).date()
    made = [
        create_complaint(manager, make_form(received_at=first + dt.timedelta(minutes=i)))
        for i in range(6)
    ]
    lifecycle.void(manager, made[0].id, "Recorded twice")
    for c in made[1:3]:
        lifecycle.acknowledge(manager, c.id)
        lifecycle.start_investigation(manager, c.id)
        lifecycle.resolve(manager, c.id, outcome="upheld", remedy="Refund", root_cause="Stock")
    lifecycle.close(manager, made[2].id, waive_followup=True, waiver_reason="No phone")
    lifecycle.acknowledge(manager, made[3].id)
    # Resolved, then opened again: open on Home and in the register alike.
    lifecycle.acknowledge(manager, made[4].id)
    lifecycle.start_investigation(manager, made[4].id)
    lifecycle.resolve(manager, made[4].id, outcome="upheld", remedy="Refund", root_cause="Stock")
    lifecycle.reopen(manager, made[4].id, "The refund never arrived")
    create_complaint(manager, make_form(received_at=dt.datetime(2025, 3, 3, 10)))

    win = _home(qtbot, qapp, home, manager, today=last_day)
    figures = {key: int(label.text()) for key, label in win.home.figure_labels.items()}
    stats = month_stats(month)
    earlier = open_from_earlier(month)
    assert (stats.received, stats.voided, stats.still_open, len(earlier)) == (5, 1, 3, 1)
    assert figures["received_this_month"] == stats.received
    assert figures["open_total"] == stats.still_open + len(earlier)
    # On the month's last day every complaint still open is past its reply date.
    assert figures["overdue"] == stats.still_open + len(earlier)
    assert win.home.lists["overdue"].count() == figures["overdue"]


def test_a_figure_counts_every_complaint_not_the_first_fifty_listed(
    qtbot, qapp, store, home: Path, manager
) -> None:
    for i in range(52):
        create_complaint(
            manager, make_form(received_at=dt.datetime(2025, 3, 3, 10) + dt.timedelta(minutes=i))
        )
    win = _home(qtbot, qapp, home, manager)
    assert win.home.figure_labels["overdue"].text() == "52"
    assert win.home.figure_labels["open_total"].text() == "52"
    assert win.home.lists["overdue"].count() == 50


def test_home_counts_the_uk_first_reply_and_marks_extra_care_and_staff(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    """Under the FCA's rules a complaint is due a first reply in 3 business days: three
    received today are "Due in 7 days" though their final date is 8 weeks away."""
    from models.people.branch import update_branch

    update_branch(manager, country="GB", currency="GBP", deadline_preset="uk_fca")
    monday = dt.datetime(2026, 11, 30, 10, 0)
    made = [
        create_complaint(clerk, make_form(summary="Card fee", received_at=monday)),
        create_complaint(
            clerk, make_form(summary="Hard of hearing", received_at=monday, vulnerable=True)
        ),
        create_complaint(
            clerk,
            make_form(summary="Rude teller", received_at=monday, subject_staff_id=clerk.staff_id),
        ),
    ]
    assert all(c.first_due == dt.date(2026, 12, 3) for c in made)
    win = _home(qtbot, qapp, home, manager, today=monday.date())
    view = win.home
    assert view.figure_labels["due_this_week"].text() == "3"
    texts = [view.lists["due_this_week"].item(i).text() for i in range(3)]
    assert all("first reply by 03/12/2026" in text for text in texts)
    assert any("[extra care] Hard of hearing" in text for text in texts)
    assert any("[about staff] Rude teller" in text for text in texts)
    # A day after the first reply was due and none given: overdue.
    late = _home(qtbot, qapp, home, manager, today=dt.date(2026, 12, 4)).home
    assert late.figure_labels["overdue"].text() == "3"
    # Acknowledged: the final date (8 weeks) is the one left.
    for c in made:
        lifecycle.acknowledge(manager, c.id)
    again = _home(qtbot, qapp, home, manager, today=dt.date(2026, 12, 4)).home
    assert again.figure_labels["overdue"].text() == "0"
    assert again.figure_labels["due_this_week"].text() == "0"
    # The register list shows the same marks.
    win.show_page("register")
    model = win.register.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    column = [key for key, _ in model.COLUMNS].index("summary")
    shown = {model.data(model.index(r, column)) for r in range(3)}
    assert "[extra care] Hard of hearing" in shown and "[about staff] Rude teller" in shown


def test_the_unsigned_reading_is_a_managers_reminder_only(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    """Only a manager can sign the day's reading: a clerk's Home does not nag them."""
    said = "Today's reading of the opinion book is not signed yet."
    as_manager = _home(qtbot, qapp, home, manager)
    flags = as_manager.page("home").book_flags
    assert said in [flags.item(i).text() for i in range(flags.count())]
    as_manager.close()
    as_clerk = _home(qtbot, qapp, home, clerk)
    flags = as_clerk.page("home").book_flags
    assert said not in [flags.item(i).text() for i in range(flags.count())]


def test_home_counts_the_time_promised_to_the_customer(
    qtbot, qapp, store, home: Path, manager, clerk
) -> None:
    """The counter promised a call back in two days; the final date is weeks away: the
    promise is what Home counts, and once it has passed, the complaint is overdue."""
    monday = dt.datetime(2026, 11, 30, 10, 0)
    promised = create_complaint(
        clerk,
        make_form(
            summary="Call back about the refund",
            received_at=monday,
            promised_at=monday + dt.timedelta(days=2, hours=5),
        ),
    )
    create_complaint(clerk, make_form(summary="No promise made", received_at=monday))
    assert promised.due_date > dt.date(2026, 12, 7)
    view = _home(qtbot, qapp, home, manager, today=monday.date()).home
    assert view.figure_labels["due_this_week"].text() == "1"
    line = view.lists["due_this_week"].item(0).text()
    assert "promised to the customer for 02/12/2026" in line
    on_the_day = _home(qtbot, qapp, home, manager, today=dt.date(2026, 12, 2)).home
    assert on_the_day.figure_labels["due_today"].text() == "1"
    late = _home(qtbot, qapp, home, manager, today=dt.date(2026, 12, 3)).home
    assert late.figure_labels["overdue"].text() == "1"
    assert "Call back" in late.lists["overdue"].item(0).text()
    # Once the entry is no longer open, the promise no longer counts.
    lifecycle.void(manager, promised.id, "Recorded twice by mistake")
    after = _home(qtbot, qapp, home, manager, today=dt.date(2026, 12, 3)).home
    assert after.figure_labels["overdue"].text() == "0"
