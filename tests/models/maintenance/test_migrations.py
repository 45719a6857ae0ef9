"""Schema versions: recorded, migrated in order after a backup, newer refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.core.errors import SchemaTooNew
from models.maintenance import migrations
from models.maintenance.store import open_store
from models.register.complaints import create_complaint
from models.storage.schema import Complaint, Meta

from tests.factories import make_form


def test_new_database_records_its_schema_version(store) -> None:
    assert Meta.get(Meta.key == "schema_version").value == str(migrations.SCHEMA_VERSION)


def test_pragmas_make_writes_durable(store) -> None:
    from models.storage.db import database

    assert database.execute_sql("pragma journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("pragma synchronous").fetchone()[0] == 2  # FULL
    assert database.execute_sql("pragma foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("pragma busy_timeout").fetchone()[0] >= 1000


def test_database_from_a_newer_app_is_refused_untouched(home: Path, manager) -> None:
    create_complaint(manager, make_form())
    Meta.update(value=str(migrations.SCHEMA_VERSION + 1)).where(
        Meta.key == "schema_version"
    ).execute()
    from models.storage.db import database

    database.close()
    with pytest.raises(SchemaTooNew) as info:
        open_store(home)
    assert "newer version" in info.value.message
    database.connect(reuse_if_open=True)
    assert Complaint.select().count() == 1


def test_pending_migration_runs_after_a_backup(
    home: Path, manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_complaint(manager, make_form())
    ran: list[int] = []

    def add_column(db) -> None:  # a stand-in for the next real migration
        db.execute_sql("ALTER TABLE complaint ADD COLUMN test_marker TEXT DEFAULT ''")
        ran.append(1)

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_column])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    from models.storage.db import database

    database.close()
    open_store(home)
    assert ran == [1]
    backups = list(home.glob("complaints.before-v*.sqlite3"))
    assert len(backups) == 1
    import sqlite3

    con = sqlite3.connect(backups[0])
    assert con.execute("select count(*) from complaint").fetchone()[0] == 1
    con.close()


def test_failed_migration_leaves_the_database_as_it_was(
    home: Path, manager, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_complaint(manager, make_form())

    def broken(db) -> None:
        db.execute_sql("ALTER TABLE complaint ADD COLUMN half_done TEXT")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.MIGRATIONS))
    from models.storage.db import database

    database.close()
    with pytest.raises(RuntimeError):
        open_store(home)
    columns = [c.name for c in database.get_columns("complaint")]
    assert "half_done" not in columns
    assert Meta.get(Meta.key == "schema_version").value == str(len(migrations.MIGRATIONS) - 1)


def test_version_1_register_is_upgraded_with_its_data(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A register made by the first release gains the guided-checklist tables, data intact."""
    from models.core.actors import CLI_ACTOR
    from models.storage.db import database
    from models.storage.schema import GuidedRun

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        m.setattr(migrations, "SCHEMA_VERSION", 1)
        open_store(home)
        create_complaint(CLI_ACTOR, make_form())
        database.close()
    open_store(home)
    assert Meta.get(Meta.key == "schema_version").value == str(migrations.SCHEMA_VERSION)
    assert Complaint.select().count() == 1
    assert GuidedRun.select().count() == 0  # the new table exists
    assert list(home.glob("complaints.before-v*.sqlite3"))


def test_standard_replies_gain_their_written_text_on_upgrade(home: Path, manager) -> None:
    """A register whose replies were seeded before replies had a written text gets the
    shipped written texts, and its audit trail still replays (check passes)."""
    from models.counter import replies
    from models.maintenance.integrity import check_database
    from models.storage.db import database
    from models.storage.schema import StandardReply

    replies.seed_defaults(manager)
    step = migrations.MIGRATIONS.index(migrations._add_written_replies)
    database.execute_sql("ALTER TABLE standard_reply DROP COLUMN written")
    Meta.update(value=str(step)).where(Meta.key == "schema_version").execute()
    database.close()
    open_store(home)
    assert Meta.get(Meta.key == "schema_version").value == str(migrations.SCHEMA_VERSION)
    assert StandardReply.select().count() > 0
    for reply in replies.ranked():
        assert reply.written_texts["vi"].startswith("Đã") or "Quý khách" in reply.written("vi")
    assert check_database().ok, check_database().problems
