"""Who made a change, in the reader's language: the program's own names are translated,
a person's name is shown as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from models.people.branch import update_branch

from ui.shell import i18n
from ui.window.app import configure
from ui.window.main_window import MainWindow

from tests.ops import settle


@pytest.mark.parametrize(("lang", "program"), [("vi", "hệ thống"), ("zh_CN", "系统")])
def test_the_settings_history_names_the_program_in_the_readers_language(
    qtbot, qapp, store, home: Path, manager, lang: str, program: str
) -> None:
    update_branch(manager, name="Nanjing Road")
    try:
        win = MainWindow(configure(qapp, home, lang), actor=manager)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        settle(qtbot, background=True)
        win.show_page("settings")
        page = win.settings_view
        qtbot.mouseClick(page.branch_history_button, Qt.MouseButton.LeftButton)
        table = page.history.table
        who = {table.item(r, 1).text() for r in range(table.rowCount())}
        assert program in who  # the new register's branch row, made by the program
        assert manager.name in who  # a person's name as written
        assert "system" not in who
        rows = [(table.item(r, 3).text(), table.item(r, 5).text()) for r in range(table.rowCount())]
        branch_name = {"vi": "Tên chi nhánh", "zh_CN": "网点名称"}[lang]  # not a person's name
        assert (branch_name, "Nanjing Road") in rows
        country = {"vi": "Quốc gia", "zh_CN": "国家/地区"}[lang]
        shown = [value for field, value in rows if field == country]
        assert shown and all(v.endswith("(CN)") and len(v) > len("(CN)") for v in shown)
    finally:
        i18n.install("en", home / "cache")


def test_a_replys_history_reads_as_the_replies_page_does(
    qtbot, qapp, store, home: Path, manager
) -> None:
    """Field names as the Standard replies page says them, a text kept in several
    languages in the reader's, a category by its name: nothing as the database keeps it."""
    try:
        win = MainWindow(configure(qapp, home, "zh_CN"), actor=manager)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        qtbot.waitExposed(win)
        settle(qtbot, background=True)  # the shipped replies join at the first sign-in
        win.show_page("replies")
        page = win.replies
        page.list.setCurrentRow(0)
        qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
        table = page.history.table
        fields = {table.item(r, 3).text() for r in range(table.rowCount())}
        assert {"情形", "答复内容", "书面记录"} <= fields
        assert not fields & {"title", "text", "written", "category", "use_count", "updated_by"}
        values = [table.item(r, 5).text() for r in range(table.rowCount())]
        assert "售后服务" in values  # the category by its name
        assert values and not any(v.startswith("{") for v in values)  # no stored JSON
        assert not any(v.replace("_", "").isalpha() and v.isascii() and "_" in v for v in values)
    finally:
        i18n.install("en", home / "cache")
