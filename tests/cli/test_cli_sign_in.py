"""The command line signs in: nobody at a shared PC reads or changes the register
without their own password, and what they may do is what the app lets them do."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import (
    DEMO_CLERK,
    DEMO_CLERK_PASSWORD,
    as_manager,
    run,
    set_up,
)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo register for the read-only checks of this module (made once)."""
    home = tmp_path_factory.mktemp("demo") / "home"
    result = run(home, "demo", "--months", "2", "--per-month", "6", "--seed", "4")
    assert result.returncode == 0, result.stderr
    return home


def _customers(home: Path) -> list[tuple[str, str, str]]:
    con = sqlite3.connect(home / "complaints.sqlite3")
    try:
        return con.execute(
            "SELECT customer_name, customer_phone, customer_id_no FROM complaint "
            "WHERE customer_name != '' AND customer_phone != ''"
        ).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--all", "--format", "csv"),
        ("export-opinions", "--month", "2026-11", "--format", "csv"),
        ("import", "x.csv"),
        ("register", "--month", "2026-11"),
        ("backup",),
        ("restore", "x.sqlite3"),
        ("anonymise",),
        ("booklet",),
        ("letter", "BR01-202611-0001", "--kind", "ack"),
        ("checklist", "import", "x.json"),
    ],
)
def test_commands_that_read_or_change_the_register_need_a_user(
    demo_home: Path, args: tuple[str, ...]
) -> None:
    result = run(demo_home, *args)
    assert result.returncode == 2
    assert "--user NAME" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_secret_is_never_taken_from_an_argument(demo_home: Path) -> None:
    result = run(demo_home, "export", "--all", "--format", "csv", "--password", "manager-2026")
    assert result.returncode == 2


def test_a_wrong_password_shows_nothing_and_counts_towards_the_lockout(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "3").returncode == 0
    for _ in range(4):
        result = run(home, "export", "--all", "--format", "csv", *DEMO_CLERK, secret="guess")
        assert result.returncode == 1
        assert "Wrong user name or password" in result.stderr and result.stdout == ""
    result = run(home, "export", "--all", "--format", "csv", *DEMO_CLERK, secret="guess")
    assert "locked" in result.stderr
    # The right password no longer opens the locked account, as in the app.
    result = run(
        home, "export", "--all", "--format", "csv", *DEMO_CLERK, secret=DEMO_CLERK_PASSWORD
    )
    assert result.returncode == 1 and "locked" in result.stderr and result.stdout == ""


def test_a_clerk_exports_the_masked_register_only(demo_home: Path, tmp_path: Path) -> None:
    people = _customers(demo_home)
    assert people
    out = tmp_path / "clerk.json"
    result = run(
        demo_home,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        str(out),
        *DEMO_CLERK,
        secret=DEMO_CLERK_PASSWORD,
    )
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    for _name, phone, id_no in people:
        assert phone not in text and (not id_no or id_no not in text)
    records = json.loads(text)
    assert all("****" in r["customer_phone"] for r in records if r["customer_phone"])
    full = run(
        demo_home,
        "export",
        "--all",
        "--format",
        "csv",
        "--full",
        *DEMO_CLERK,
        secret=DEMO_CLERK_PASSWORD,
    )
    assert full.returncode == 1 and "Only a manager" in full.stderr and full.stdout == ""
    manager = as_manager(demo_home, "export", "--all", "--format", "csv", "--full")
    assert manager.returncode == 0 and people[0][1] in manager.stdout


def test_every_export_and_print_is_in_the_audit_trail_under_the_persons_name(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "4").returncode == 0
    month = (
        sqlite3.connect(home / "complaints.sqlite3")
        .execute("SELECT max(month) FROM complaint")
        .fetchone()[0]
    )
    label = f"{month[:4]}-{month[4:]}"
    assert as_manager(home, "export", "--month", label, "--format", "csv", "--full").returncode == 0
    result = as_manager(home, "register", "--month", label, "--out", str(tmp_path / "r.pdf"))
    assert result.returncode == 0, result.stderr
    result = as_manager(home, "backup", "--out", str(tmp_path / "copy.sqlite3"))
    assert result.returncode == 0, result.stderr
    con = sqlite3.connect(home / "complaints.sqlite3")
    manager = con.execute("SELECT id, name FROM staff WHERE username = 'manager'").fetchone()
    rows = con.execute(
        "SELECT action, actor_id, actor_name, changes FROM audit_event "
        "WHERE table_name = 'activity' ORDER BY id"
    ).fetchall()
    con.close()
    assert [r[0] for r in rows] == ["export", "register", "backup"]
    assert {(r[1], r[2]) for r in rows} == {manager}
    export = json.loads(rows[0][3])
    assert export["month"][1] == month and export["full"][1] is True
    assert export["records"][1] == 4
    assert run(home, "check").returncode == 0


def test_commands_without_sign_in_print_no_personal_data(demo_home: Path) -> None:
    people = _customers(demo_home)
    for args in (("check",), ("--help",), ("export", "--help")):
        result = run(demo_home, *args)
        assert result.returncode == 0, result.stderr
        for name, phone, _id_no in people:
            assert name not in result.stdout + result.stderr
            assert phone not in result.stdout + result.stderr


def test_demo_refuses_a_register_in_use(tmp_path: Path) -> None:
    home = tmp_path / "home"
    set_up(home)
    result = run(home, "demo", "--months", "1", "--per-month", "2")
    assert result.returncode == 1 and "empty register only" in result.stderr
    con = sqlite3.connect(home / "complaints.sqlite3")
    assert con.execute("SELECT count(*) FROM staff").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM staff WHERE username = 'manager'").fetchone()[0] == 0
    con.close()


def test_setup_makes_the_first_manager_once(tmp_path: Path) -> None:
    home = tmp_path / "home"
    user = set_up(home)
    again = run(
        home,
        "setup",
        "--branch",
        "B",
        "--code",
        "B2",
        "--name",
        "Intruder",
        "--user",
        "eve",
        secret="intruder-pass-1",
    )
    assert again.returncode == 1 and "already belongs to a branch" in again.stderr
    result = run(home, "booklet", "--out", str(tmp_path / "b.pdf"), *user, secret="first-manager-1")
    assert result.returncode == 0, result.stderr


def test_restore_is_a_managers_and_refuses_a_doctored_backup(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "3").returncode == 0
    backup = tmp_path / "copy.sqlite3"
    assert as_manager(home, "backup", "--out", str(backup)).returncode == 0
    # A clerk may not restore, even a good backup.
    result = run(home, "restore", str(backup), *DEMO_CLERK, secret=DEMO_CLERK_PASSWORD)
    assert result.returncode == 1 and "Only a manager may restore" in result.stderr
    # A copy in which a clerk was made a manager behind the app is refused, with the reason.
    doctored = tmp_path / "doctored.sqlite3"
    doctored.write_bytes(backup.read_bytes())
    con = sqlite3.connect(doctored)
    con.execute("UPDATE staff SET role = 'manager' WHERE username = 'clerk1'")
    con.commit()
    con.close()
    result = as_manager(home, "restore", str(doctored))
    assert result.returncode == 1
    assert "does not match its own audit trail" in result.stderr and "role" in result.stderr
    con = sqlite3.connect(home / "complaints.sqlite3")
    assert con.execute("SELECT role FROM staff WHERE username = 'clerk1'").fetchone()[0] == "clerk"
    con.close()
    assert not (home / "restoring").exists()
    con = sqlite3.connect(home / "complaints.sqlite3")
    refused = con.execute(
        "SELECT actor_name FROM audit_event WHERE action = 'restore_refused'"
    ).fetchall()
    con.close()
    assert len(refused) == 1  # the attempt is on record
    # The good backup goes back in, and the restore is in its trail.
    result = as_manager(home, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    con = sqlite3.connect(home / "complaints.sqlite3")
    actions = [
        r[0] for r in con.execute("SELECT action FROM audit_event WHERE table_name = 'activity'")
    ]
    con.close()
    assert actions[-1] == "restore"
    assert run(home, "check").returncode == 0


def test_a_clerk_cannot_anonymise_or_copy_the_register_away(
    demo_home: Path, tmp_path: Path
) -> None:
    result = run(demo_home, "anonymise", "--apply", *DEMO_CLERK, secret=DEMO_CLERK_PASSWORD)
    assert result.returncode == 1 and "Only a manager" in result.stderr
    target = tmp_path / "usb.sqlite3"
    result = run(demo_home, "backup", "--out", str(target), *DEMO_CLERK, secret=DEMO_CLERK_PASSWORD)
    assert result.returncode == 1 and "Only a manager" in result.stderr
    assert not target.exists()


def test_a_letter_from_the_command_line_signs_in_and_keeps_the_apps_rules(tmp_path: Path) -> None:
    """The handler or a manager prints it, recorded as from the complaint's page; a clerk
    is refused a complaint someone else handles, and nothing is written then."""
    from tests.factories import pdf_text

    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "6", "--seed", "3").returncode == 0
    con = sqlite3.connect(home / "complaints.sqlite3")
    try:
        register_no, status = con.execute(
            "SELECT c.register_no, c.status FROM complaint c JOIN staff s ON s.id = c.handler_id "
            "WHERE s.username IS NOT 'clerk1' AND c.subject_staff_id IS NULL "
            "AND c.status IN ('resolved', 'closed') ORDER BY c.id LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    out = tmp_path / "letter.pdf"
    refused = run(
        home,
        "letter",
        register_no,
        "--kind",
        "final",
        "--out",
        str(out),
        *DEMO_CLERK,
        secret=DEMO_CLERK_PASSWORD,
    )
    assert refused.returncode == 1 and "assigned to someone else" in refused.stderr
    assert not out.exists()
    wrong = as_manager(home, "letter", register_no, "--kind", "holding", "--reason", "x")
    assert wrong.returncode == 1 and "no longer open" in wrong.stderr
    result = as_manager(
        home, "letter", register_no, "--kind", "final", "--lang", "zh_TW", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert register_no in result.stdout and status in ("resolved", "closed")
    text = "".join(pdf_text(out).split())
    # The demo branch is a bank in China: its customers are referred to the banking
    # regulator (NFRA, 12378).
    assert register_no in text and "12378" in text and "www.nfra.gov.cn" in text
    con = sqlite3.connect(home / "complaints.sqlite3")
    try:
        kinds = con.execute(
            "SELECT e.field, e.old_value FROM event e JOIN complaint c ON c.id = e.complaint_id "
            "WHERE c.register_no = ? AND e.kind = 'letter'",
            (register_no,),
        ).fetchall()
        trail = con.execute("SELECT COUNT(*) FROM audit_event WHERE action = 'letter'").fetchone()
    finally:
        con.close()
    assert kinds == [("final", "zh_TW")] and trail == (1,)
    missing = as_manager(home, "letter", "NOPE-209901-0001", "--kind", "ack")
    assert missing.returncode == 1 and "no complaint NOPE-209901-0001" in missing.stderr


def test_nothing_on_standard_input_is_not_a_wrong_attempt(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "2").returncode == 0
    for _ in range(6):
        result = run(home, "export", "--all", "--format", "csv", *DEMO_CLERK, secret="")
        assert result.returncode == 1 and "No password or PIN was given" in result.stderr
    result = run(
        home, "export", "--all", "--format", "csv", *DEMO_CLERK, secret=DEMO_CLERK_PASSWORD
    )
    assert result.returncode == 0, result.stderr  # not locked out
