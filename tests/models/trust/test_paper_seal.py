"""The seal printed on the monthly register: the paper the branch head signed catches a
database rewritten behind the app, even one whose whole key table and trail were
replaced, and a PDF whose printed figures were patched."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from models.core import keys
from models.register.complaints import create_complaint
from reports.register_pdf import build_register, read_integrity

from tests.cli.test_cli import run
from tests.factories import make_form, pdf_text
from tests.models.trust.test_signatures import branch  # noqa: F401  (the fixture)
from tests.rawdb import Raw

MONTH = "202610"


def _print(manager, tmp_path: Path, name: str = "register.pdf") -> Path:  # type: ignore[no-untyped-def]
    for day in (3, 9):
        create_complaint(
            manager, make_form(received_at=dt.datetime(2026, 10, day, 10), summary="Card swallowed")
        )
    out = tmp_path / name
    build_register(out, MONTH, lang="en", prepared_by=manager.name, actor=manager)
    return out


def _forget_head(home: Path) -> None:
    """The insider also removes the note of the last-seen head kept beside the register
    (which would catch them on its own): only the paper is left to do it."""
    for note in home.glob("*.head"):
        note.unlink()


def _rewrite_first_summary(store, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    """The insider rewrites the first complaint's summary and its creation entry, and
    recomputes every hash after it the documented way."""
    raw = Raw(store)
    raw.execute("UPDATE complaint SET summary = ? WHERE seq = 1", (new,))
    raw.rewrite_trail(
        lambda table, row, action, changes: (
            changes.replace(old, new, 1) if table == "complaint" and action == "create" else changes
        )
    )
    raw.commit_and_close()


def _verify(home: Path, store, pdf: Path):  # type: ignore[no-untyped-def]
    return run(home, "verify-register", str(pdf), db=store.url)


def test_the_register_carries_a_signed_seal_that_verifies(branch, tmp_path, home, store) -> None:  # noqa: F811
    manager, _clerk = branch
    out = _print(manager, tmp_path)
    text = re.sub(r"\s+", " ", pdf_text(out))
    fields = read_integrity(out)
    assert fields["seal_root"] and fields["seal_root"] in text  # the key, readable on paper
    assert f"Sealed by {manager.name}" in text and fields["seal_signature"] in text.replace(" ", "")
    ok = _verify(home, store, out)
    assert ok.returncode == 0, ok.stderr
    assert "OK" in ok.stdout and fields["seal_root"] in ok.stdout


def test_a_patched_digest_in_the_pdf_is_caught(branch, tmp_path, home, store) -> None:  # noqa: F811
    manager, _clerk = branch
    out = _print(manager, tmp_path)
    digest = read_integrity(out)["sha256"]
    # The insider edits a record, then patches the printed digest to the new one.
    raw = Raw(store)
    raw.execute("UPDATE complaint SET summary = 'Nothing happened' WHERE seq = 1")
    raw.commit_and_close()
    from models.register.records import month_digest

    _count, forged = month_digest(MONTH)
    out.write_bytes(out.read_bytes().replace(digest.encode(), forged.encode()))
    bad = _verify(home, store, out)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert "signature does not match" in bad.stderr


def test_a_seal_stripped_from_the_pdf_is_not_proof(branch, tmp_path, home, store) -> None:  # noqa: F811
    manager, _clerk = branch
    out = _print(manager, tmp_path)
    data = re.sub(rb";seal_[a-z_]+=[^;)]*", b"", out.read_bytes())
    stripped = tmp_path / "stripped.pdf"
    stripped.write_bytes(data)
    bad = _verify(home, store, stripped)
    assert bad.returncode == 1 and "NOT PROVEN" in bad.stderr and "no seal" in bad.stderr


def test_a_replaced_key_table_is_caught_by_the_branch_key_on_paper(
    branch,  # noqa: F811
    tmp_path,
    home,
    store,
) -> None:
    manager, _clerk = branch
    out = _print(manager, tmp_path)
    # The insider gives every key a public half of their own (and could re-sign the
    # whole trail with it): the branch key in the database is no longer the printed one.
    raw = Raw(store)
    for (key_id,) in raw.execute("SELECT id FROM staff_key").fetchall():
        mine = keys.public_hex(keys.new_private_key())
        raw.execute("UPDATE staff_key SET public_key = ? WHERE id = ?", (mine, key_id))
    raw.commit_and_close()
    bad = _verify(home, store, out)
    assert bad.returncode == 1
    assert "branch key printed on the paper" in bad.stderr and "replaced" in bad.stderr


def test_a_trail_cut_short_or_rewritten_after_printing_is_caught_and_a_reprint_is_unsigned(
    branch,  # noqa: F811
    tmp_path,
    home,
    store,
) -> None:
    manager, _clerk = branch
    out = _print(manager, tmp_path)
    head_id = int(read_integrity(out)["seal_head_id"])
    raw = Raw(store)
    raw.drop_delete_guard("audit_event")
    raw.execute("DELETE FROM audit_event WHERE id >= ?", (head_id,))
    raw.commit_and_close()
    _forget_head(home)
    cut = _verify(home, store, out)
    assert cut.returncode == 1 and f"no longer holds entry #{head_id}" in cut.stderr
    # Reprinted by whoever did it, without a manager's key: the new sheet proves nothing.
    again = tmp_path / "reprint.pdf"
    build_register(again, MONTH, lang="en", prepared_by="someone")
    reprint = _verify(home, store, again)
    assert reprint.returncode == 1 and "no signature" in reprint.stderr


def test_a_rewritten_entry_before_the_printed_head_is_caught(branch, tmp_path, home, store) -> None:  # noqa: F811
    manager, _clerk = branch
    out = _print(manager, tmp_path)
    _rewrite_first_summary(store, "Card swallowed", "Question")
    _forget_head(home)
    bad = _verify(home, store, out)
    assert bad.returncode == 1 and "rewritten after printing" in bad.stderr


def test_the_daily_reading_sign_off_is_sealed_and_holds_the_trail_to_it(branch, store) -> None:  # noqa: F811
    from models.book import opinions
    from models.maintenance.integrity import check_database
    from models.storage.schema import ReadSignoff

    manager, _clerk = branch
    create_complaint(manager, make_form(summary="Queue too long"))
    opinions.sign_read(manager)
    seal = json.loads(ReadSignoff.get().seal)
    assert seal["signature"] and seal["root"] and seal["head_id"] > 0
    assert check_database().ok
    _rewrite_first_summary(store, "Queue too long", "Praise")
    problems = check_database().problems
    assert any("Opinion-book sign-off of" in p and "rewritten" in p for p in problems), problems


def test_a_register_changed_behind_the_app_is_not_sealed_again(
    branch,  # noqa: F811
    tmp_path,
    home,
    store,
) -> None:
    """A reprint after tampering would put a valid seal on the change: the manager is
    told the register does not match its trail, and no file is written."""
    from models.maintenance.integrity import RegisterNotIntact

    manager, _clerk = branch
    _print(manager, tmp_path)
    raw = Raw(store)
    raw.execute("UPDATE complaint SET compensation = 50 WHERE seq = 1")
    raw.commit_and_close()
    again = tmp_path / "reprint.pdf"
    with pytest.raises(RegisterNotIntact) as refused:
        build_register(again, MONTH, lang="en", prepared_by=manager.name, actor=manager)
    assert "does not match its own audit trail" in refused.value.message
    assert not again.exists()


def test_another_branchs_register_is_said_to_be_so(branch, tmp_path, home, store) -> None:  # noqa: F811
    """A register held to the wrong database (another branch's) still fails, but says
    first that it was printed by another branch, not only that the trail was rewritten."""
    manager, _clerk = branch
    out = _print(manager, tmp_path)
    own = read_integrity(out)["branch"]
    out.write_bytes(out.read_bytes().replace(f"branch={own};".encode(), b"branch=HK01;"))
    told = _verify(home, store, out)
    assert told.returncode == 1 and "Traceback" not in told.stderr
    assert f"printed by branch HK01, and this database is branch {own}'s" in told.stderr
    assert _verify(home, store, _print(manager, tmp_path)).returncode == 0  # its own: no note
