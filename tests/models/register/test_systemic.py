"""The systemic check: complaints alike in the 30 days around a new one, and the
root-cause task a manager is asked to open for them."""

from __future__ import annotations

import datetime as dt

import pytest

from models.core.errors import PermissionDenied
from models.register import systemic
from models.register.complaints import create_complaint
from models.storage.schema import Event

from tests.factories import make_form
from tests.ops import settle

DAY = dt.datetime(2026, 11, 2, 10, 0)


def test_same_category_in_30_days_counts_and_a_third_in_7_days_asks(manager, clerk) -> None:
    create_complaint(clerk, make_form(received_at=DAY - dt.timedelta(days=40), summary="Old"))
    first = create_complaint(clerk, make_form(received_at=DAY, summary="Sour milk"))
    assert systemic.similar(first.id).count == 0
    create_complaint(
        clerk,
        make_form(received_at=DAY + dt.timedelta(days=20), category="pricing", summary="Price"),
    )
    second = create_complaint(
        clerk, make_form(received_at=DAY + dt.timedelta(days=2), summary="Yoghurt gone off")
    )
    found = systemic.similar(second.id)
    assert [a.id for a in found.complaints] == [first.id]
    assert found.count == 1 and not found.asks_root_cause
    third = create_complaint(
        clerk, make_form(received_at=DAY + dt.timedelta(days=5), summary="Cheese mouldy")
    )
    found = systemic.similar(third.id)
    assert found.count == 2 and found.in_burst == 2
    assert found.asks_root_cause and found.reason == "burst"


def test_a_line_complaint_asks_at_once(clerk) -> None:
    one = create_complaint(clerk, make_form(received_at=DAY, scope="line"))
    found = systemic.similar(one.id)
    assert found.asks_root_cause and found.reason == "line" and found.count == 0


def test_the_same_words_in_another_category_are_found(clerk) -> None:
    """On both engines: SQLite's FTS5 index and the branch server's GIN index."""
    first = create_complaint(
        clerk,
        make_form(received_at=DAY, category="pricing", summary="ATM swallowed the card at night"),
    )
    create_complaint(
        clerk, make_form(received_at=DAY, category="pricing", summary="Nothing in common here")
    )
    create_complaint(  # one word alike is not enough
        clerk, make_form(received_at=DAY, category="pricing", summary="Card reader broken")
    )
    later = create_complaint(
        clerk,
        make_form(
            received_at=DAY + dt.timedelta(days=1),
            category="facilities",
            summary="The ATM swallowed my card",
        ),
    )
    found = systemic.similar(later.id)
    assert [a.id for a in found.complaints] == [first.id]
    assert found.count == 1 and found.in_burst == 1


@pytest.mark.parametrize(
    ("earlier", "summary"),
    [
        ("Máy ATM nuốt thẻ ban đêm", "may atm nuot the"),  # accents typed or not
        ("自动取款机吞了我的卡", "取款机吞卡"),  # Chinese bigrams
    ],
)
def test_similar_words_in_vietnamese_and_chinese_are_found(clerk, earlier, summary) -> None:
    first = create_complaint(clerk, make_form(received_at=DAY, category="pricing", summary=earlier))
    later = create_complaint(
        clerk,
        make_form(received_at=DAY + dt.timedelta(days=1), category="facilities", summary=summary),
    )
    assert [a.id for a in systemic.similar(later.id).complaints] == [first.id]


def test_the_list_interleaves_category_and_words_newest_first(clerk, monkeypatch) -> None:
    """The category's complaints and the words' finds are listed as one, newest first
    (the same moment: the later saved first), the count taking in all of them."""
    monkeypatch.setattr(systemic, "LISTED", 3)

    def made(days: int, category: str, summary: str) -> int:
        at = DAY + dt.timedelta(days=days)
        return create_complaint(
            clerk, make_form(received_at=at, category=category, summary=summary)
        ).id

    words = "ATM swallowed the card"
    made(1, "facilities", "Door stuck")
    made(2, "pricing", words)
    same_day_category = made(3, "facilities", "Lift broken")
    same_day_words = made(3, "pricing", words)
    newest_words = made(4, "pricing", words)
    made(4, "pricing", "Nothing alike")
    later = made(5, "facilities", "My card swallowed by the ATM")
    found = systemic.similar(later)
    assert [a.id for a in found.complaints] == [newest_words, same_day_words, same_day_category]
    assert found.count == 5 and found.in_burst == 5


def test_a_manager_opens_the_task_and_it_links_them(manager, clerk) -> None:
    made = [
        create_complaint(clerk, make_form(received_at=DAY + dt.timedelta(days=i))) for i in range(3)
    ]
    with pytest.raises(PermissionDenied):
        systemic.open_task(clerk, made[-1].id)
    task = systemic.open_task(manager, made[-1].id, "Check the fridge at aisle 4")
    assert sorted(c.id for c in systemic.linked(task.id)) == sorted(c.id for c in made)
    assert Event.select().where(Event.kind == "root_cause").count() == 3
    again = systemic.similar(made[0].id)
    assert [t.id for t in again.tasks] == [task.id] and not again.asks_root_cause
    assert systemic.opened_in(dt.date.today().strftime("%Y%m"))[0][1] == [
        c.register_no for c in made
    ]


def test_saved_at_the_counter_the_manager_is_asked_and_the_task_is_in_the_register(
    qtbot, qapp, store, home, manager, clerk, tmp_path
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from reports.register_pdf import build_register

    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    from tests.factories import pdf_text

    today = dt.datetime.now().replace(second=0, microsecond=0)
    for summary in ("Milk past its date", "Yoghurt sour on opening"):
        create_complaint(
            clerk, make_form(received_at=today - dt.timedelta(days=1), summary=summary)
        )
    win = MainWindow(configure(qapp, home, "en"), actor=manager)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.show_page("intake")
    intake = win.intake
    intake.channel.setCurrentIndex(1)
    intake.category_top.setCurrentIndex(intake.category_top.findData("product_quality"))
    intake.summary.setText("Cheese mouldy inside the pack")
    intake.desired_outcome.edit.setPlainText("Refund")
    intake.summary.setFocus()
    qtbot.keyClick(intake.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert win.stack.currentWidget() is win.detail
    panel = win.detail.similar
    assert panel.title() == "Possibly the same problem: 2"
    assert panel.list.count() == 2 and "Yoghurt sour" in panel.list.item(0).text()
    assert panel.ask.isVisible() and "3 complaints alike within 7 days" in panel.ask.text()
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = win.detail.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.widgets["note"], "Check the dairy fridge")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not panel.ask.isVisible() and "Root-cause task #1" in panel.tasks.text()
    assert "Check the dairy fridge" in panel.tasks.text()  # the task's note, on screen
    assert "Linked to root-cause task #1" in win.detail.timeline.toPlainText()
    assert "3 complaints linked:" in win.detail.timeline.toPlainText()
    out = tmp_path / "register.pdf"
    build_register(out, today.strftime("%Y%m"), lang="en", invariant=True)
    text = pdf_text(out)
    assert "Root-cause tasks opened this month" in text and "Check the dairy fridge" in text


def test_home_lists_the_root_cause_tasks_asked_until_one_is_opened(
    qtbot, qapp, store, home, manager, clerk
) -> None:
    """Three dairy complaints in two days and one about a whole line: the manager's Home
    lists both asks; opening the task from the complaint takes its ask off Home."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    now = dt.datetime.now().replace(second=0, microsecond=0)
    for days, summary in ((2, "Milk past its date"), (1, "Yoghurt sour"), (0, "Cheese mouldy")):
        create_complaint(
            clerk, make_form(received_at=now - dt.timedelta(days=days), summary=summary)
        )
    create_complaint(
        clerk,
        make_form(received_at=now, category="pricing", scope="line", summary="Shelf prices wrong"),
    )
    win = MainWindow(configure(qapp, home, "en"), actor=manager)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.show_page("home")
    settle(qtbot, background=True)  # read off the GUI thread
    waiting = win.home.approvals
    texts = [waiting.item(i).text() for i in range(waiting.count())]
    assert any("root-cause task asked (3 alike in 7 days)" in t and "Cheese" in t for t in texts)
    assert any("root-cause task asked (scope: " in t and "Shelf prices" in t for t in texts)
    cheese = next(i for i in range(waiting.count()) if "Cheese" in waiting.item(i).text())
    rect = waiting.visualItemRect(waiting.item(cheese))
    qtbot.mouseClick(waiting.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    assert win.stack.currentWidget() is win.detail
    panel = win.detail.similar
    qtbot.mouseClick(panel.task_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    dialog = win.detail.dialog
    qtbot.keyClicks(dialog.widgets["note"], "Check the dairy fridge")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    win.show_page("home")
    settle(qtbot, background=True)
    texts = [waiting.item(i).text() for i in range(waiting.count())]
    assert not any("Cheese" in t for t in texts) and any("Shelf prices" in t for t in texts)
    # A clerk's Home has no such list: opening the task is a manager's.
    assert systemic.waiting_root_cause()  # the domain still knows
