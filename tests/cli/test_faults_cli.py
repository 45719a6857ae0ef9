"""The command line where there is no register yet, and what it leaves in the log."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli import DEMO_MANAGER_PASSWORD, as_manager, run


def test_check_in_a_folder_never_used_makes_no_register(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run(home, "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "There is no register in" in result.stderr and "nothing was made" in result.stderr
    assert not list(home.glob("complaints*")) and not (home / "backups").exists()
    again = run(home, "check")  # still none: the first check made nothing to find
    assert "There is no register in" in again.stderr
    assert not list(home.glob("complaints*"))


def test_check_says_no_register_for_another_file_named_with_db(tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "home", tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run(home, "check", db=f"sqlite:///{elsewhere / 'branch.sqlite3'}")
    assert result.returncode == 1 and "There is no register in" in result.stderr
    assert list(elsewhere.iterdir()) == []


def test_a_sign_in_command_in_a_folder_never_used_makes_no_register(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = as_manager(home, "export", "--all", "--format", "json")
    assert result.returncode == 1 and "There is no register in" in result.stderr
    assert not list(home.glob("complaints*"))


def test_a_command_is_logged_with_its_outcome_and_never_the_password(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "2").returncode == 0
    assert as_manager(home, "export", "--all", "--format", "json").returncode == 0
    wrong = run(home, "export", "--all", "--format", "json", "--user", "manager", secret="Guess-1")
    assert wrong.returncode == 1
    log = (home / "complaint-book.log").read_text(encoding="utf-8")
    assert "cli: command demo started" in log
    assert "cli: command export ended with exit code 0" in log
    assert "cli: command export refused: SignInFailed (sign_in_failed)" in log
    assert "command export ended with exit code 1" in log
    assert DEMO_MANAGER_PASSWORD not in log and "Guess-1" not in log
