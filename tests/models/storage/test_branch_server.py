"""Pointing a counter PC at the branch server: the address, the connection test, the
setting, and where the app reads it at start. Real servers and real files, no mocks."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from models.core.errors import ValidationErrors
from models.maintenance.migrations import SCHEMA_VERSION
from models.maintenance.store import open_store
from models.storage import db as dbmod
from models.storage.server import ServerAddress, build_url, parse_url, probe

from tests import pg

ROOT = Path(__file__).resolve().parents[3]
on_branch_server = pytest.mark.parametrize("engine", ["postgres"], indirect=True)
NOBODY_LISTENS = "postgresql://clerk:Secr3t%40pw@127.0.0.1:1/branch"


# -- the address --------------------------------------------------------------------


def test_url_percent_encodes_every_part_and_reads_back() -> None:
    address = ServerAddress("192.168.1.10", 5433, "投诉 book", "counter 1", "p@ss:w/rd#?%")
    url = build_url(address)
    assert url == (
        "postgresql://counter%201:p%40ss%3Aw%2Frd%23%3F%25@192.168.1.10:5433/"
        "%E6%8A%95%E8%AF%89%20book"
    )
    assert parse_url(url) == address
    assert dbmod.display_url(url) == (
        "postgresql://counter%201:***@192.168.1.10:5433/%E6%8A%95%E8%AF%89%20book"
    )
    assert build_url(ServerAddress("fe80::1", 5432, "c", "u")) == "postgresql://u@[fe80::1]:5432/c"
    assert parse_url("sqlite:///C:/data/complaints.sqlite3") is None


def test_url_names_every_missing_part() -> None:
    with pytest.raises(ValidationErrors) as caught:
        build_url(ServerAddress(" ", 5432, "", "", "pw"))
    assert [e.field for e in caught.value.errors] == ["host", "dbname", "user"]


# -- the connection test ------------------------------------------------------------


def test_nobody_listening_is_a_clear_reason_without_the_password() -> None:
    result = probe(NOBODY_LISTENS)
    assert not result.reached and not result.usable
    assert result.problem == "refused"
    text = str(result)
    assert "127.0.0.1:1" in text and "nothing answered on port 1" in text
    assert "firewall" in text
    for shown in (text, result.detail, result.url):
        assert "Secr3t" not in shown


def test_live_server_is_reached_and_a_new_database_has_no_register_yet(fresh_db: str) -> None:
    result = probe(fresh_db)
    assert result.reached and result.usable
    assert result.server_version[:2].isdigit()
    assert not result.has_register and result.can_create
    text = str(result)
    assert f"PostgreSQL {result.server_version}" in text
    assert "first PC that uses this server creates it" in text


def test_after_the_first_pc_opened_it_the_register_is_found(home: Path, fresh_db: str) -> None:
    open_store(home, fresh_db).close()
    result = probe(fresh_db)
    assert result.has_register and result.schema_version == SCHEMA_VERSION and result.usable
    assert "already there" in str(result)


def test_wrong_password_and_missing_database_are_named(fresh_db: str) -> None:
    address = parse_url(fresh_db)
    assert address is not None
    wrong = probe(build_url(ServerAddress(**{**address.__dict__, "password": "Not-it-42"})))
    assert wrong.problem == "login" and "Not-it-42" not in str(wrong) + wrong.detail
    missing = probe(build_url(ServerAddress(**{**address.__dict__, "dbname": "no_such_register"})))
    assert missing.problem == "no_database" and "no_such_register" in str(missing)


def test_a_password_full_of_url_characters_works_end_to_end(home: Path) -> None:
    """The branch's own role and database, as the README creates them."""
    import psycopg

    role, password = f"cb_role_{uuid.uuid4().hex[:8]}", "p@ss:w/rd#?% 密码"
    dbname = f"cb_branch_{uuid.uuid4().hex[:8]}"
    admin = pg.server_url()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        conn.execute(f"CREATE DATABASE {dbname} OWNER {role} ENCODING 'UTF8' TEMPLATE template0")
    try:
        server = parse_url(admin)
        assert server is not None
        url = build_url(ServerAddress(server.host, server.port, dbname, role, password))
        result = probe(url)
        assert result.usable, str(result)
        store = open_store(home, url)  # the app itself, through peewee
        assert store.file is None
        store.close()
        assert probe(url).schema_version == SCHEMA_VERSION
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
            conn.execute(f"DROP ROLE IF EXISTS {role}")


# -- which database a start opens ----------------------------------------------------
