"""The command line as a user runs it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(home: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    """``main.py args`` in its own process, on the register in ``home`` (or at ``db``)."""
    env = {**os.environ, "COMPLAINTBOOK_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("COMPLAINTBOOK_DB", None)
    if db:
        env["COMPLAINTBOOK_DB"] = db
    home.mkdir(
        parents=True, exist_ok=True
    )  # files a command writes by default land here, not in the repo
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=home,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_demo_then_export_month_as_json(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run(home, "demo", "--months", "3", "--per-month", "8", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "24" in result.stdout
    out = tmp_path / "all.json"
    result = run(home, "export", "--all", "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) >= 24  # plus the opinion-book entries the demo promoted into the register
    statuses = {r["status"] for r in records}
    assert {"closed", "received"} <= statuses
    languages = "".join(r["summary"] for r in records)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in languages)  # Chinese
    assert any(ch in "ăâđêôơưạảấầẩẫậ" for ch in languages.lower())  # Vietnamese
    # Register numbers are gap-free within each month.
    by_month: dict[str, list[int]] = {}
    for r in records:
        _, month, seq = r["register_no"].split("-")
        by_month.setdefault(month, []).append(int(seq))
    for seqs in by_month.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))


def test_export_csv_to_stdout_and_reimport_elsewhere(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "2", "--per-month", "5").returncode == 0
    exported = run(home, "export", "--all", "--format", "csv")
    assert exported.returncode == 0
    csv_file = tmp_path / "register.csv"
    csv_file.write_text(exported.stdout, encoding="utf-8", newline="")
    fresh = tmp_path / "fresh"
    result = run(fresh, "import", str(csv_file), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "nothing was saved" in result.stdout
    result = run(fresh, "import", str(csv_file))
    assert result.returncode == 0, result.stderr
    again = run(fresh, "export", "--all", "--format", "csv")
    assert again.stdout == exported.stdout


def test_bad_import_is_a_user_error_with_line_numbers(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,severity,"
        "summary,description,desired_outcome\n2026-01-05,pigeon,A,,,pricing,point,low,x,y,z\n",
        encoding="utf-8",
    )
    result = run(tmp_path / "home", "import", str(bad))
    assert result.returncode == 1
    assert "line 2" in result.stderr and "pigeon" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_user_error_without_traceback(tmp_path: Path) -> None:
    result = run(tmp_path / "home", "import", str(tmp_path / "nope.csv"))
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--month", "2026-13", "--format", "csv"),
        ("export", "--format", "csv"),
        ("demo", "--months", "0"),
        ("frobnicate",),
    ],
)
def test_bad_usage_exits_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run(tmp_path / "home", *args)
    assert result.returncode == 2
    assert "usage:" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["demo", "import", "export"])
def test_every_command_has_help(tmp_path: Path, command: str) -> None:
    result = run(tmp_path / "home", command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout


def test_changes_are_recorded_as_made_by_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "2").returncode == 0
    import sqlite3

    con = sqlite3.connect(home / "complaints.sqlite3")
    names = {row[0] for row in con.execute("select actor_name from event where kind = 'created'")}
    con.close()
    assert names == {"command line"}


def test_db_option_selects_another_file(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "branch.sqlite3"
    result = run(
        tmp_path / "home",
        "--db",
        f"sqlite:///{target.as_posix()}",
        "demo",
        "--months",
        "1",
        "--per-month",
        "1",
    )
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert not (tmp_path / "home" / "complaints.sqlite3").exists()


def test_cli_errors_in_the_pc_language(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,severity,"
        "summary,description,desired_outcome\n2026-01-05,phone,A,,,pricing,point,low,,y,z\n",
        encoding="utf-8",
    )
    env_home = tmp_path / "home"
    env_home.mkdir()
    (env_home / "settings.ini").write_text("[ui]\nlanguage=zh_CN\n", encoding="utf-8")
    result = run(env_home, "import", str(bad))
    assert result.returncode == 1
    assert "摘要" in result.stderr or "概述" in result.stderr or "请" in result.stderr


def test_an_older_register_is_upgraded_with_a_word_first(tmp_path: Path) -> None:
    """The first command after an update may upgrade the register, which takes minutes
    for a big one: it says so before, instead of sitting silent."""
    import sqlite3

    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "3").returncode == 0
    db = sqlite3.connect(home / "complaints.sqlite3")
    db.execute("UPDATE meta SET value = '11' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    result = run(home, "export", "--all", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "Upgrading the register from schema 11" in result.stderr
    assert "Upgrading" not in run(home, "export", "--all", "--format", "csv").stderr  # once only
