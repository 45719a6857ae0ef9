"""Shared fixtures: every test gets its own data directory and a real SQLite file."""

from __future__ import annotations

import os
from pathlib import Path

# Offscreen, with the screen of a typical counter PC (1366x768) instead of the default 800x800.
_SCREEN = Path(__file__).with_name("offscreen_screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN.as_posix()}"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# No credential store unless a test brings its own (tests/keyrings.py): a test never
# reaches this PC's store, and every PC runs the same tests (the commands they start too).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from models.actors import Actor, actor_for  # noqa: E402
from models.schema import Staff  # noqa: E402
from models.store import Store, open_store  # noqa: E402

# Domain tests run on both engines: each test in these modules that uses the ``store``
# fixture runs once on a SQLite file and once on a fresh PostgreSQL database, unless it is
# marked ``sqlite_only`` (it reads the file itself, or a feature only SQLite has).
BOTH_ENGINES = {
    "test_audit",
    "test_guided",
    "test_import_export",
    "test_lifecycle",
    "test_numbering",
    "test_opinions",
    "test_replies",
    "test_retention",
    "test_register_pdf",
    "test_returns",
    "test_jrt0169",
    "test_search",
    "test_bulk",
    "test_concurrency",
    "test_roles",
    "test_signatures",
    "test_privacy",
    "test_letters",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if (
        "engine" in metafunc.fixturenames
        and module in BOTH_ENGINES
        and not metafunc.definition.get_closest_marker("sqlite_only")
    ):
        metafunc.parametrize("engine", ["sqlite", "postgres"], indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_url(engine: str, home: Path) -> Iterator[str | None]:
    """None for the SQLite file in ``home``; a new, empty PostgreSQL database otherwise."""
    if engine == "sqlite":
        yield None
        return
    from tests import pg

    url = pg.create_database()
    try:
        yield url
    finally:
        from models import db as dbmod

        if not dbmod.database.is_closed():
            dbmod.database.close()
        pg.drop_database(url)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("COMPLAINTBOOK_HOME", str(path))
    monkeypatch.delenv("COMPLAINTBOOK_DB", raising=False)
    return path


@pytest.fixture
def store(home: Path, db_url: str | None) -> Iterator[Store]:
    opened = open_store(home, db_url)
    yield opened
    opened.close()


@pytest.fixture
def manager(store: Store) -> Actor:
    return actor_for(Staff.create(name="Chen Jing 陈静", role="manager"))


@pytest.fixture
def clerk(store: Store) -> Actor:
    return actor_for(Staff.create(name="Nguyễn Văn An", role="clerk"))
