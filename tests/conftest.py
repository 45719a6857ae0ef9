"""Shared fixtures: every test gets its own data directory and a real SQLite file."""

from __future__ import annotations

import os
from pathlib import Path

# Offscreen, with the screen of a typical counter PC (1366x768) instead of the default 800x800.
_SCREEN = Path(__file__).with_name("offscreen_screen.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN.as_posix()}"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from models.actors import Actor, actor_for  # noqa: E402
from models.schema import Staff  # noqa: E402
from models.store import Store, open_store  # noqa: E402


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "home"
    monkeypatch.setenv("COMPLAINTBOOK_HOME", str(path))
    monkeypatch.delenv("COMPLAINTBOOK_DB", raising=False)
    return path


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    opened = open_store(home)
    yield opened
    opened.close()


@pytest.fixture
def manager(store: Store) -> Actor:
    return actor_for(Staff.create(name="Chen Jing 陈静", role="manager"))


@pytest.fixture
def clerk(store: Store) -> Actor:
    return actor_for(Staff.create(name="Nguyễn Văn An", role="clerk"))
