"""Every shipped language is complete, and the app really speaks it."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from models.core.errors import ValidationError

from ui.shell import i18n
from ui.shell.messages import describe

from tests.factories import new_staff
from tests.ops import settle

ROOT = Path(__file__).resolve().parents[3]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("complaintbook_*.ts"))
PLACEHOLDER = re.compile(r"%\d|%n|\{[a-z_]+(?::[^}]*)?\}")


def test_every_ui_language_has_a_translation_file() -> None:
    shipped = {p.stem.removeprefix("complaintbook_") for p in TS_FILES}
    assert shipped == set(i18n.UI_LANGUAGES) - {"en"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_no_message_is_unfinished_and_placeholders_survive(ts: Path) -> None:
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            problems.append(f"unfinished: {source!r}")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert problems == []


FULL_TS_FILES = [p for p in TS_FILES if p.stem.removeprefix("complaintbook_") not in i18n.OVERLAYS]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.stem)
def test_catalogues_carry_no_source_locations(ts: Path) -> None:
    """packaging/update_translations.py leaves them out: a new word is a few lines of a
    catalogue's diff, not every message's line numbers moved."""
    assert "<location" not in ts.read_text(encoding="utf-8")


@pytest.mark.parametrize("ts", FULL_TS_FILES, ids=lambda p: p.stem)
def test_no_string_in_the_code_is_missing_from_the_translations(ts: Path, tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing; PySide6-Essentials installs it")
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    spec = importlib.util.spec_from_file_location(  # what the developers' command gathers
        "complaintbook_update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    gathering = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gathering)
    result = subprocess.run(
        [lupdate, *gathering.sources(), "-ts", str(copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "(0 new and" in result.stdout + result.stderr, result.stdout + result.stderr


def test_chinese_ui_shows_chinese_screens_and_errors(qtbot, qapp, store, home: Path) -> None:
    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    configure(qapp, home, "zh_CN")
    try:
        from models.core.actors import actor_for

        manager = actor_for(new_staff("网点负责人", "manager"))
        win = MainWindow(configure(qapp, home, "zh_CN"), actor=manager)
        qtbot.addWidget(win)
        assert win.nav.item(0).text() == "首页"
        assert win.nav.item(2).text() == "新建投诉"
        win.new_complaint()
        win.intake.save()
        settle(qtbot)
        assert "摘要" in win.intake.error_box.text() or "投诉" in win.intake.error_box.text()
        assert describe(ValidationError("x", "Choose a category.")) != "Choose a category."
    finally:
        i18n.install("en", home / "cache")


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate cannot see tr() inside an f-string, so such text would stay English."""
    hidden = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""f["'][^"']*\{[^}]*\.tr\(""", line)
    ]
    assert hidden == []


def test_switching_language_keeps_what_is_being_typed(qtbot, qapp, store, home: Path) -> None:
    from models.core.actors import actor_for

    from ui.window.app import configure, switch_language
    from ui.window.main_window import MainWindow

    manager = actor_for(new_staff("Lan", "manager"))
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=store)
    qtbot.addWidget(win)
    win.show()
    win.new_complaint()
    win.intake.summary.edit.insert("ATM kept my card")
    try:
        fresh = switch_language(win, "zh_CN")
        qtbot.addWidget(fresh)
        assert fresh.nav.item(0).text() == "首页"
        assert fresh.intake.summary.text() == "ATM kept my card"
        assert fresh.current_actor() == manager
    finally:
        i18n.install("en", home / "cache")


def test_switching_language_in_settings_keeps_the_server_being_typed(
    qtbot, qapp, store, home: Path
) -> None:
    """A manager types the branch server, then picks the PC's language: the fields stay."""
    from models.core.actors import actor_for

    from ui.window.app import configure, switch_language
    from ui.window.main_window import MainWindow

    manager = actor_for(new_staff("Lan", "manager"))
    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=store)
    qtbot.addWidget(win)
    win.show()
    win.show_page("settings")
    fields = win.settings_view.server.fields
    qtbot.keyClicks(fields.host, "192.168.1.10")
    qtbot.keyClicks(fields.user, "counter")
    language = win.settings_view.language
    try:
        with qtbot.waitSignal(win.language_switch) as switched:
            language.setFocus()
            target = language.findData("vi")
            while language.currentIndex() != target:
                key = Qt.Key.Key_Down if language.currentIndex() < target else Qt.Key.Key_Up
                qtbot.keyClick(language, key)
        fresh = switch_language(win, switched.args[0])  # as the app wires the signal
        qtbot.addWidget(fresh)
        typed = fresh.settings_view.server.fields
        assert (typed.host.text(), typed.user.text()) == ("192.168.1.10", "counter")
    finally:
        i18n.install("en", home / "cache")


@pytest.mark.parametrize(
    ("lang", "close", "cancel"),
    [
        ("vi", "Đóng", "Quay lại"),
        ("zh_CN", "关闭", "取消"),
        ("zh_TW", "關閉", "取消"),
        ("zh_HK", "關閉", "取消"),
    ],
)
def test_qt_standard_buttons_speak_the_language(
    qapp, home: Path, lang: str, close: str, cancel: str
) -> None:
    """Close, Cancel... of Qt's own button boxes: from Qt's catalog for Chinese, from
    ours for Vietnamese (Qt ships none)."""
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install(lang, home / "cache")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
        )
        assert {b.text() for b in box.buttons()} == {close, cancel}
    finally:
        i18n.install("en", home / "cache")


def test_hong_kong_and_macau_get_hong_kong_chinese(qapp, home: Path, monkeypatch) -> None:
    """zh_HK is offered, chosen for Hong Kong and Macau PCs, and reads Hong Kong words
    over zh_TW's catalogue (which answers every message the overlay leaves out)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    assert "zh_HK" in i18n.UI_LANGUAGES and "香港" in i18n.LANGUAGE_NAMES["zh_HK"]
    for system, expected in (("zh_HK", "zh_HK"), ("zh_MO", "zh_HK"), ("zh_TW", "zh_TW")):
        monkeypatch.setattr(QLocale, "system", lambda name=system: QLocale(name))
        assert i18n.system_language() == expected
    assert i18n.install("zh_HK", home / "cache") == "zh_HK"
    try:
        tr = QCoreApplication.translate
        assert tr("DetailView", "&Print a letter...").startswith("打印")  # overlay: HK word
        assert tr("DetailView", "Handler") == "承辦人"  # not in the overlay: zh_TW's
    finally:
        i18n.install("en", home / "cache")


def test_the_hong_kong_overlay_is_current_and_answers_real_messages() -> None:
    """Regenerated from zh_TW, it is what is shipped; each of its messages exists in zh_TW."""
    import sys

    sys.path.insert(0, str(ROOT / "packaging"))
    import zh_hk_overlay

    shipped = (ROOT / "resources" / "translations" / "complaintbook_zh_HK.ts").read_text("utf-8")
    assert shipped == zh_hk_overlay.overlay(), "run: python packaging/zh_hk_overlay.py"
    base = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ROOT / "resources/translations/complaintbook_zh_TW.ts").iter("context")
        for m in c.iter("message")
    }
    overlay = ET.parse(ROOT / "resources/translations/complaintbook_zh_HK.ts")
    for context in overlay.iter("context"):
        for message in context.iter("message"):
            assert (context.findtext("name"), message.findtext("source")) in base
