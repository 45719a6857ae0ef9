"""Several counter PCs on one branch server: what only PostgreSQL has to get right.

The rest of the domain suite runs on PostgreSQL as well (conftest.BOTH_ENGINES).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from models.core.errors import DatabaseUnavailable
from models.maintenance.store import open_store
from models.register.complaints import create_complaint, insert_complaint, validate_form
from models.storage import db as dbmod
from models.storage.schema import Complaint

from tests import pg
from tests.factories import make_form

on_branch_server = pytest.mark.parametrize("engine", ["postgres"], indirect=True)


def _cut_connection() -> None:
    """What a server restart or a pulled cable does to this PC's connection."""
    pid = dbmod.database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    import psycopg

    with psycopg.connect(pg.server_url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


@on_branch_server
def test_saving_after_the_server_restarted_reconnects_by_itself(store, manager) -> None:
    create_complaint(manager, make_form())
    _cut_connection()
    second = create_complaint(manager, make_form())  # no error: a fresh connection is used
    assert second.seq == 2
    _cut_connection()
    assert Complaint.select().count() == 2  # reads reconnect too


@on_branch_server
def test_connection_lost_in_the_middle_of_a_save_leaves_nothing_half_saved(store, manager) -> None:
    create_complaint(manager, make_form())
    values = validate_form(make_form(summary="Half a save"))
    with pytest.raises(dbmod.ConnectionLost) as caught, dbmod.atomic():
        insert_complaint(manager, values)  # complaint, number, timeline, audit written...
        _cut_connection()
        insert_complaint(manager, values)  # ...and the cable is pulled before the end
    assert "branch server" in str(caught.value) and "typed is still here" in str(caught.value)
    assert [c.summary for c in Complaint.select()] == ["买到的牛奶已过期"]
    third = create_complaint(manager, make_form())  # the number was not used up
    assert third.seq == 2


def test_unreachable_server_is_a_clear_message_without_the_password(home: Path) -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        open_store(home, "postgresql://clerk:s3cret@127.0.0.1:1/branch")
    message = str(caught.value)
    assert "127.0.0.1:1" in message and "s3cret" not in message
    assert "network cable" in message


@on_branch_server
def test_cli_works_against_the_branch_server(store, home: Path, tmp_path: Path) -> None:
    from tests.cli.test_cli import as_manager, run

    store.close()
    made = run(home, "demo", "--months", "2", "--per-month", "5", db=store.url)
    assert made.returncode == 0, made.stderr
    checked = run(home, "check", db=store.url)
    assert checked.returncode == 0 and "OK" in checked.stdout, checked.stderr
    out = tmp_path / "all.csv"
    exported = as_manager(
        home, "export", "--all", "--format", "csv", "--out", str(out), db=store.url
    )
    assert exported.returncode == 0, exported.stderr
    import csv

    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    reopened = open_store(home, store.url)
    try:
        assert len(rows) == Complaint.select().count() >= 10
    finally:
        reopened.close()


def test_cli_names_an_unreachable_server_without_a_traceback(home: Path) -> None:
    from tests.cli.test_cli import run

    result = run(home, "check", db="postgresql://clerk:s3cret@127.0.0.1:1/branch")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "s3cret" not in result.stderr
    assert "127.0.0.1:1" in result.stderr


@on_branch_server
def test_search_on_the_server_uses_its_index_and_an_upgrade_builds_it(
    store, manager, home: Path, db_url: str
) -> None:
    """The branch server answers searches from a GIN index of the same tokens as the
    PC's own register (two-character Chinese words, words without their accents), and a
    server register from before the index gets it when the app is upgraded."""
    from models.maintenance import migrations
    from models.register import queries
    from models.search import index as search
    from models.search import postgres as search_pg
    from models.storage.schema import Meta

    create_complaint(manager, make_form(summary="要求退款", customer_name="Nguyễn Văn Bình"))
    create_complaint(manager, make_form(summary="ATM吞卡"))
    database = dbmod.database
    database.execute_sql("SET enable_seqscan = off")  # a tiny table: ask for the index
    found = queries.ListFilter(search="退款 nguyen")
    sql, params = queries._filtered(Complaint.select(Complaint.id), found).sql()
    plan = " ".join(row[0] for row in database.execute_sql("EXPLAIN " + sql, params))
    assert f"{search_pg.TABLE}_doc" in plan
    target = database.execute_sql(
        "SELECT attstattarget FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'doc'",
        (search_pg.TABLE,),
    ).fetchone()[0]
    assert target == 1000  # statistics on many words: rare words are planned as rare
    assert [r.summary for r in queries.page(found, 0, 10)] == ["要求退款"]
    database.execute_sql(f"DROP TABLE {search_pg.TABLE}")
    before_index = migrations.MIGRATIONS.index(migrations._add_server_search_index)
    Meta.update(value=str(before_index)).where(Meta.key == "schema_version").execute()
    store.close()
    open_store(home, db_url)
    assert search.has_index(dbmod.database)  # built again by the upgrade, not LIKE
    assert queries.count(queries.ListFilter(search="吞")) == 1
    assert queries.count(queries.ListFilter(search="binh")) == 1
    assert _pending_list_limit() == search_pg.PENDING_LIST_KB  # made with it
    dbmod.database.execute_sql(f"ALTER INDEX {search_pg.TABLE}_doc RESET (gin_pending_list_limit)")
    before_limit = migrations.MIGRATIONS.index(migrations._small_server_search_pending_list)
    Meta.update(value=str(before_limit)).where(Meta.key == "schema_version").execute()
    dbmod.database.close()
    open_store(home, db_url)
    assert _pending_list_limit() == search_pg.PENDING_LIST_KB  # and given it by the upgrade


def _pending_list_limit() -> int | None:
    """The server search index's own pending-list limit in kB (None: the server's 4 MB).
    A save that fills the list merges it into the index: with 4 MB that save took 1.35 s
    on a million complaints (bench/server.py); its effect is measured there."""
    from models.search import postgres as search_pg

    options = dbmod.database.execute_sql(
        "SELECT reloptions FROM pg_class WHERE relname = %s", (f"{search_pg.TABLE}_doc",)
    ).fetchone()[0]
    found = [o.split("=")[1] for o in options or [] if o.startswith("gin_pending_list_limit=")]
    return int(found[0]) if found else None


@on_branch_server
def test_each_statement_is_planned_for_its_own_values(store) -> None:
    """psycopg prepares a statement after five runs, and PostgreSQL then plans it once
    for every value: the plan made for a rare search word counted a common one 8 times
    slower (measured in bench/server.py). The connection prepares nothing."""
    assert dbmod.database.connection().prepare_threshold is None
