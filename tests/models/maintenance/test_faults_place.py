"""Where the register lives and how it is opened: the local app data folder (moved there
once from the roaming one), never a network drive, file names Windows can hold, any
character in a folder name, and migrations run once however many PCs start together."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.core.actors import CLI_ACTOR
from models.core.errors import ValidationError
from models.core.location import (
    BadFileName,
    NetworkLocation,
    check_output_file,
    is_unc,
    move_data_folder,
    take_move_note,
)
from models.maintenance.backup import inspect, take_backup
from models.maintenance.integrity import check_database
from models.maintenance.store import open_store, quick_check
from models.people.branch import get_branch, update_branch
from models.register.complaints import create_complaint
from models.storage.schema import Branch, Complaint

from cli.places import data_dir
from tests.cli.test_cli import as_manager, run
from tests.factories import make_form

OPENER = Path(__file__).resolve().parents[2] / "opener_process.py"


def _start_together(homes: list[Path], url: str = "") -> list[str]:
    """One process per home, all opening the register at the same moment; what each found."""
    procs = [
        subprocess.Popen(
            [sys.executable, str(OPENER), str(home), url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for home in homes
    ]
    for proc in procs:  # every process is started before any is let go
        assert proc.stdin is not None
        proc.stdin.write("go\n")
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.flush()
        proc.stdin.close()
        proc.stdin = None  # closed: communicate() below has nothing more to send
    ended = [(proc.communicate(timeout=120), proc.returncode) for proc in procs]
    assert [(code, err) for (_out, err), code in ended if code] == []
    return [out.strip() for (out, _err), _code in ended]


def test_migrations_run_once_however_many_processes_start_a_new_register(home: Path) -> None:
    found = _start_together([home] * 6)
    assert sorted(found) == ["0"] + ["None"] * 5
    opened = open_store(home)
    assert Branch.select().count() == 1 and check_database().ok
    opened.close()


def test_migrations_run_once_however_many_pcs_start_on_a_new_branch_server(
    tmp_path: Path,
) -> None:
    from tests import pg

    url = pg.create_database()
    try:
        found = _start_together([tmp_path / f"pc{i}" for i in range(5)], url)
        assert sorted(found) == ["0"] + ["None"] * 4
        opened = open_store(tmp_path / "check", url)
        assert Branch.select().count() == 1 and check_database().ok
        opened.close()
    finally:
        pg.drop_database(url)


def test_a_folder_name_with_hash_and_percent_opens_backs_up_and_checks(tmp_path: Path) -> None:
    home = tmp_path / "Chi nhánh #2 100%25 ?x"
    opened = open_store(home)
    create_complaint(CLI_ACTOR, make_form())
    backup = take_backup(home, "manual")
    opened.close()
    assert quick_check(opened.file) == "ok"
    assert inspect(backup).complaints == 1
    read_only = open_store(home, read_only=True)
    assert read_only.read_only and Complaint.select().count() == 1
    read_only.close()


def test_a_register_on_a_network_share_is_refused_with_the_branch_server_explained(
    home: Path,
) -> None:
    assert is_unc(r"\\server\share\complaints.sqlite3")
    assert is_unc(r"\\?\UNC\server\share\complaints.sqlite3")
    assert not is_unc(r"\\?\C:\Users\mai\complaints.sqlite3")
    assert not is_unc("/home/mai/complaints.sqlite3")
    with pytest.raises(NetworkLocation) as info:
        open_store(home, "sqlite:///" + r"\\server\share\complaints.sqlite3")
    assert "network drive" in info.value.message and "branch server" in info.value.message


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("CON", "keeps for a device"),
        ("nul.csv", "keeps for a device"),
        ("COM1.txt", "keeps for a device"),
        ("COM0", "keeps for a device"),
        ("lpt0.csv", "keeps for a device"),
        ("CONIN$", "keeps for a device"),
        ("conout$.csv", "keeps for a device"),
        ("COM¹.pdf", "keeps for a device"),
        ("LPT³ .xlsx", "keeps for a device"),
        ("report?.csv", "characters Windows does not allow (?)"),
        ('a<b>"c|d.csv', 'characters Windows does not allow (" < > |)'),
        ("report.csv.", "ends with a dot or a space"),
    ],
)
def test_names_windows_cannot_hold_are_refused_everywhere(
    tmp_path: Path, name: str, words: str
) -> None:
    with pytest.raises(BadFileName) as info:
        check_output_file(tmp_path / name)
    assert words in info.value.message
    check_output_file(tmp_path / "register-2026-10.csv")  # an ordinary name is fine


def test_a_folder_with_a_device_name_is_refused(tmp_path: Path) -> None:
    """On Linux a folder may be called COM0; on Windows it cannot exist."""
    for name in ("COM0", "CONOUT$", "aux.d"):
        (tmp_path / name).mkdir()
        with pytest.raises(BadFileName) as info:
            check_output_file(tmp_path / name / "register.pdf")
        assert f"{name} is a name Windows keeps for a device, so no folder" in info.value.message
    (tmp_path / "COMA").mkdir()
    check_output_file(tmp_path / "COMA" / "x.csv")  # only the device names themselves


@pytest.mark.sqlite_only
def test_the_second_backup_folder_may_not_have_a_device_name(store, manager) -> None:
    with pytest.raises(ValidationError) as info:
        update_branch(manager, second_backup_folder=r"E:\backups\CONIN$\branch")
    assert "CONIN$ is a name Windows keeps for a device" in info.value.message
    assert get_branch().second_backup_folder == ""
    update_branch(manager, second_backup_folder=r"E:\backups\COMPANY")
    assert get_branch().second_backup_folder == r"E:\backups\COMPANY"


def test_out_into_a_missing_folder_or_a_device_name_is_told_plainly(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "3").returncode == 0
    for out, words in (
        (tmp_path / "no such folder" / "x.xlsx", "does not exist"),
        (tmp_path / "CON.xlsx", "keeps for a device"),
        (tmp_path / "COM0.xlsx", "keeps for a device"),
        (tmp_path / "CONOUT$.xlsx", "keeps for a device"),
        (tmp_path / "what?.xlsx", "does not allow"),
    ):
        result = as_manager(
            home, "export", "--month", "2026-10", "--format", "xlsx", "--out", str(out)
        )
        assert result.returncode == 1 and words in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and not out.exists()


def test_a_save_dialog_refuses_a_name_windows_cannot_hold(qtbot, qapp, store, home, manager):
    from ui.window.app import configure
    from ui.window.main_window import MainWindow

    win = MainWindow(configure(qapp, home, "en"), actor=manager, store=store)
    qtbot.addWidget(win)
    win.show_page("reports")
    written: list[Path] = []
    win.reports._checked(home / "NUL.pdf", written.append)
    assert written == [] and "keeps for a device" in win.reports.message.text()
    win.reports._checked(home / "register.pdf", written.append)
    assert written == [home / "register.pdf"]


def _roaming_register(folder: Path) -> None:
    opened = open_store(folder)
    create_complaint(CLI_ACTOR, make_form(summary="Kept in the roaming folder"))
    take_backup(folder, "manual")
    opened.close()
    (folder / "settings.ini").write_text("[ui]\nlanguage=vi\n", encoding="utf-8")


def test_the_register_moves_once_from_the_roaming_to_the_local_folder(tmp_path: Path) -> None:
    roaming, local = tmp_path / "Roaming" / "Complaint Book", tmp_path / "Local" / "Complaint Book"
    _roaming_register(roaming)
    assert move_data_folder(roaming, local)
    assert not move_data_folder(roaming, local)  # once
    assert take_move_note(local) == roaming and take_move_note(local) is None  # told once
    assert not (roaming / "complaints.sqlite3").exists()
    assert (local / "settings.ini").read_text(encoding="utf-8").endswith("language=vi\n")
    opened = open_store(local)
    assert [c.summary for c in Complaint.select()] == ["Kept in the roaming folder"]
    assert len(list((local / "backups").iterdir())) == 1
    opened.close()


def test_data_dir_is_the_local_folder_and_moves_the_roaming_register_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows the two folders differ (%APPDATA% and %LOCALAPPDATA%); here they are
    made to differ the same way."""
    from PySide6.QtCore import QLockFile, QStandardPaths

    roaming, local = tmp_path / "Roaming" / "Complaint Book", tmp_path / "Local" / "Complaint Book"
    places = {
        QStandardPaths.StandardLocation.AppDataLocation: str(roaming),
        QStandardPaths.StandardLocation.AppLocalDataLocation: str(local),
    }
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda where: places[where])
    monkeypatch.delenv("COMPLAINTBOOK_HOME", raising=False)
    _roaming_register(roaming)
    held = QLockFile(str(roaming / "complaint-book.lock"))
    assert held.tryLock(0)  # an older version of the app has it open right now
    try:
        assert data_dir() == roaming and (roaming / "complaints.sqlite3").exists()
    finally:
        held.unlock()
    assert data_dir() == local
    assert (local / "complaints.sqlite3").exists() and take_move_note(local) == roaming
    assert data_dir() == local
