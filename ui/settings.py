"""One typed registry of per-PC settings with defaults (after Picard's options.py).

Stored as an INI file in the data directory, so tests and portable installs keep
everything in one folder. Branch-wide settings live in the database instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from models.db import default_url

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui/language", "", str),
        Option("ui/current_staff_id", 0, int),
        Option("window/geometry", QByteArray(), QByteArray),
        Option("window/state", QByteArray(), QByteArray),
        Option("register/header_state", QByteArray(), QByteArray),
        Option("intake/autosave_seconds", 3, int),
        Option("backup/second_folder", "", str),
        # The branch server this PC works on (postgresql://...); empty: the file in the data
        # folder. Read at start only, after --db and COMPLAINTBOOK_DB.
        Option("database/url", "", str),
    )
}


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._qs = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        """Versioned upgrades of stored settings; none yet beyond stamping the version."""
        version = int(self._qs.value("meta/version", 0) or 0)
        if version < SETTINGS_VERSION:
            self._qs.setValue("meta/version", SETTINGS_VERSION)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._qs.value(key, option.default)
        if value is None:
            return option.default
        if option.kind is int:
            try:
                return int(value)
            except (TypeError, ValueError):
                return option.default
        if option.kind is str:
            return str(value)
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


def stored_database_url(data_dir: Path) -> str:
    """The ``database/url`` setting of this PC, read without writing the settings file
    (the command line uses it too)."""
    path = data_dir / "settings.ini"
    if not path.is_file():
        return ""
    value = QSettings(str(path), QSettings.Format.IniFormat).value("database/url", "")
    return str(value or "").strip()


def resolve_gui_url(
    cli_url: str | None, env_url: str | None, setting_url: str | None, data_dir: Path
) -> tuple[str, str]:
    """The database this start opens, and where that choice came from: ``--db`` beats
    ``COMPLAINTBOOK_DB`` beats this PC's setting beats the file in the data folder."""
    for source, url in (("cli", cli_url), ("env", env_url), ("setting", setting_url)):
        if url and url.strip():
            return url.strip(), source
    return default_url(data_dir), "local"
