"""The command line as a user runs it: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


DEMO_MANAGER = ("--user", "manager")
DEMO_MANAGER_PASSWORD = "manager-2026"
DEMO_CLERK = ("--user", "clerk1")
DEMO_CLERK_PASSWORD = "clerk-2026"


def run(
    home: Path, *args: str, db: str | None = None, secret: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``main.py args`` in its own process, on the register in ``home`` (or at ``db``);
    ``secret`` is typed on standard input, as a scheduled task would pipe it in."""
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
        input="" if secret is None else secret + "\n",
    )


def as_manager(home: Path, *args: str, db: str | None = None) -> subprocess.CompletedProcess[str]:
    """A command run by the demo register's manager."""
    return run(home, *args, *DEMO_MANAGER, db=db, secret=DEMO_MANAGER_PASSWORD)


def set_up(
    home: Path, db: str | None = None, code: str = "RS1", extra: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """A new register's branch and first manager, made at the command line; the
    ``--user`` arguments that sign in as that manager (password ``first-manager-1``)."""
    result = run(
        home,
        "setup",
        "--branch",
        "Riverside",
        "--code",
        code,
        "--policy",  # the demo register's policy (a CN shop's default would be custom)
        "china_banking",
        "--name",
        "Lê Thị Mai",
        "--user",
        "mai",
        *extra,
        db=db,
        secret="first-manager-1",
    )
    assert result.returncode == 0, result.stderr
    return ("--user", "mai")


def test_demo_then_export_month_as_json(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run(home, "demo", "--months", "3", "--per-month", "8", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "24" in result.stdout
    # The accounts it made are said, so the person trying it can sign in.
    assert "Sign in as manager (password manager-2026)" in result.stdout
    out = tmp_path / "all.json"
    result = as_manager(home, "export", "--all", "--format", "json", "--out", str(out))
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
    shop = ("--branch", "shop")  # retail categories, as a new register starts with
    assert run(home, "demo", "--months", "2", "--per-month", "5", *shop).returncode == 0
    exported = as_manager(home, "export", "--all", "--format", "csv", "--full")
    assert exported.returncode == 0, exported.stderr
    csv_file = tmp_path / "register.csv"
    csv_file.write_text(exported.stdout, encoding="utf-8", newline="")
    fresh = tmp_path / "fresh"  # the same branch (DEMO) in a new register
    user = set_up(fresh, code="DEMO", extra=("--country", "VN", "--policy", "vietnam_consumer"))
    result = run(fresh, "import", str(csv_file), "--dry-run", *user, secret="first-manager-1")
    assert result.returncode == 0, result.stderr
    assert "nothing was saved" in result.stdout
    result = run(fresh, "import", str(csv_file), *user, secret="first-manager-1")
    assert result.returncode == 0, result.stderr
    again = run(
        fresh, "export", "--all", "--format", "csv", "--full", *user, secret="first-manager-1"
    )
    assert again.stdout == exported.stdout


def test_bad_import_is_a_user_error_with_line_numbers(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,severity,"
        "summary,description,desired_outcome\n2026-01-05,pigeon,A,,,pricing,point,low,x,y,z\n",
        encoding="utf-8",
    )
    home = tmp_path / "home"
    user = set_up(home)
    result = run(home, "import", str(bad), *user, secret="first-manager-1")
    assert result.returncode == 1
    assert "line 2" in result.stderr and "pigeon" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_file_is_a_user_error_without_traceback(tmp_path: Path) -> None:
    home = tmp_path / "home"
    user = set_up(home)
    result = run(home, "import", str(tmp_path / "nope.csv"), *user, secret="first-manager-1")
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


def test_changes_are_recorded_as_made_by_the_person_signed_in(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "2").returncode == 0
    checklist = ROOT / "resources" / "checklists" / "default.json"
    result = as_manager(home, "checklist", "import", str(checklist))
    assert result.returncode == 0, result.stderr
    import sqlite3

    con = sqlite3.connect(home / "complaints.sqlite3")
    manager = con.execute("select name from staff where username = 'manager'").fetchone()[0]
    newest = con.execute(
        "select actor_name, actor_id from audit_event where table_name = 'checklist_def' "
        "order by id desc limit 1"
    ).fetchone()
    con.close()
    assert newest[0] == manager and newest[1] is not None


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
    user = set_up(env_home)
    result = run(env_home, "import", str(bad), *user, secret="first-manager-1")
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
    result = run(home, "check")
    assert result.returncode == 0, result.stderr
    assert "Upgrading the register from schema 11" in result.stderr
    assert "Upgrading" not in run(home, "check").stderr  # once only


def test_register_backs_up_the_database_it_was_made_from(tmp_path: Path) -> None:
    """The README promises a backup each time a month's register is made: the app makes
    one, and so does the command line, holding what the register shows."""
    import sqlite3

    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "4").returncode == 0
    con = sqlite3.connect(home / "complaints.sqlite3")
    month, count = con.execute(
        "SELECT max(month), count(*) FROM complaint GROUP BY month ORDER BY month DESC"
    ).fetchone()
    con.close()
    assert not list((home / "backups").glob("*-register.sqlite3"))
    label = f"{month[:4]}-{month[4:]}"
    result = as_manager(home, "register", "--month", label, "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr
    made = list((home / "backups").glob("complaints-*-register.sqlite3"))
    assert len(made) == 1 and f"Backed up to {made[0]}" in result.stdout
    copy = sqlite3.connect(made[0])
    assert copy.execute("SELECT count(*) FROM complaint WHERE month = ?", (month,)).fetchone() == (
        count,
    )
    copy.close()
    assert run(home, "check").returncode == 0


def test_an_installed_app_quotes_its_own_command(tmp_path: Path) -> None:
    """Installed, there is no main.py: usage and the commands a message quotes say
    complaint-book (the wheel's script, the frozen program), never python main.py."""
    script = (
        "import sys; sys.argv[0] = 'complaint-book'; from cli.main import main; sys.exit(main())"
    )
    env = {**os.environ, "COMPLAINTBOOK_HOME": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    env.pop("COMPLAINTBOOK_DB", None)

    def installed(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", script, *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
            check=False,
        )

    helped = installed("--help")
    assert helped.stdout.startswith("usage: complaint-book ")
    missing = installed("check")
    assert missing.returncode == 1 and "complaint-book setup" in missing.stderr
    assert "main.py" not in helped.stdout + missing.stderr
    # From a checkout, as the README says.
    assert run(tmp_path / "checkout", "--help").stdout.startswith("usage: main.py ")
