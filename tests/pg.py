"""A PostgreSQL server for the tests: ``COMPLAINTBOOK_TEST_PG`` names one (a role that
may create databases and roles). Each test gets its own new database (and roles, where
it is about them) and drops them afterwards.

Without the variable the PostgreSQL half of the suite is skipped on a developer's PC;
under CI (``CI=true``) it fails instead, so CI can never pass without it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlparse

import pytest

_counter = itertools.count()


def server_url() -> str:
    url = os.environ.get("COMPLAINTBOOK_TEST_PG", "")
    if not url:
        message = "COMPLAINTBOOK_TEST_PG is not set: no PostgreSQL server for the tests"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return url


def _admin():  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(server_url(), autocommit=True, connect_timeout=5)


def create_database() -> str:
    """A new empty database on the test server; its URL."""
    name = f"cb_test_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"
    with _admin() as conn:
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    return urlparse(server_url())._replace(path="/" + name).geturl()


def drop_database(url: str) -> None:
    name = urlparse(url).path.lstrip("/")
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass(frozen=True)
class TwoRoles:
    """A branch server set up as the README says: a database its owner role owns, and the
    counter PCs' role (``app``), which owns nothing. Each test makes roles of its own."""

    url: str  # the counter PCs' address (the app role's)
    app: str
    owner: str
    owner_password: str

    @property
    def database(self) -> str:
        return urlparse(self.url).path.lstrip("/")

    @property
    def owner_url(self) -> str:
        parsed = urlparse(self.url)
        return parsed._replace(
            netloc=f"{self.owner}:{self.owner_password}@{parsed.hostname}:{parsed.port}"
        ).geturl()


def create_two_roles(*, app_owns_database: bool = False) -> TwoRoles:
    """Two new roles and a new database, owned by the owner role, or by the app role as on
    a server set up before there were two roles (``app_owns_database``)."""
    tag = f"{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"
    app, owner, name = f"cb_app_{tag}", f"cb_owner_{tag}", f"cb_test_{tag}"
    with _admin() as conn:
        conn.execute(f"CREATE ROLE \"{app}\" LOGIN PASSWORD 'app-password'")
        conn.execute(f"CREATE ROLE \"{owner}\" LOGIN PASSWORD 'owner-password'")
        holder = app if app_owns_database else owner
        conn.execute(
            f'CREATE DATABASE "{name}" OWNER "{holder}" TEMPLATE template0 ENCODING \'UTF8\''
        )
    parsed = urlparse(server_url())
    url = parsed._replace(
        netloc=f"{app}:app-password@{parsed.hostname}:{parsed.port}", path="/" + name
    ).geturl()
    return TwoRoles(url=url, app=app, owner=owner, owner_password="owner-password")


def drop_two_roles(roles: TwoRoles) -> None:
    with _admin() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{roles.database}" WITH (FORCE)')
        for role in (roles.app, roles.owner):
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def as_admin(url: str, statement: str) -> None:
    """One statement typed by the PostgreSQL administrator, in the database at ``url``."""
    import psycopg

    admin = urlparse(server_url())._replace(path=urlparse(url).path).geturl()
    with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
        conn.execute(statement)


@contextlib.contextmanager
def branch_login(password: str) -> Iterator[str]:
    """The branch's own role and database on the test server, as a branch sets them up
    (a password unlike the role's name): the address a counter PC is given. Both are
    dropped afterwards, the app's connection closed first."""
    import psycopg

    from models.storage import db as dbmod
    from models.storage.server import ServerAddress, build_url, parse_url

    role, dbname = f"cb_role_{uuid.uuid4().hex[:8]}", f"cb_branch_{uuid.uuid4().hex[:8]}"
    admin = server_url()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        conn.execute(f"CREATE DATABASE {dbname} OWNER {role} ENCODING 'UTF8' TEMPLATE template0")
    server = parse_url(admin)
    assert server is not None
    try:
        yield build_url(ServerAddress(server.host, server.port, dbname, role, password))
    finally:
        if dbmod.database.obj is not None and not dbmod.database.is_closed():
            dbmod.database.close()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
            conn.execute(f"DROP ROLE IF EXISTS {role}")
