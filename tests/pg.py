"""A PostgreSQL server for the tests: ``COMPLAINTBOOK_TEST_PG`` names one (a role that
may create databases). Each test gets its own new database and drops it afterwards.

Without the variable the PostgreSQL half of the suite is skipped on a developer's PC;
under CI (``CI=true``) it fails instead, so CI can never pass without it.
"""

from __future__ import annotations

import itertools
import os
import uuid
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
