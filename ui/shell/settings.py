"""One typed registry of per-PC settings with defaults (after Picard's options.py).

Stored as an INI file in the data directory, so tests and portable installs keep
everything in one folder. Branch-wide settings live in the database instead.

The branch server's password is the one secret here: it goes to the operating system's
credential store (Windows Credential Manager, through ``keyring``) and the file keeps
the server's address without it. A PC without such a store keeps it in the file, as
Settings > Branch server then says.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from PySide6.QtCore import QByteArray, QSettings

from models.storage.db import default_url

LOG = logging.getLogger(__name__)

# 2: the branch server's password moved from the file to the credential store.
SETTINGS_VERSION = 2
SERVER_URL = "database/url"
# The entry in the credential store; its user name is the server's URL without the password.
CREDENTIAL_SERVICE = "Complaint Book branch server"


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
        # The branch server's register: when this PC last checked its audit trail, and the
        # newest event ("id:hash") it held then (a restore takes it away).
        Option("server/checked_at", "", str),
        Option("server/head", "", str),
    )
}


class Settings:
    """This PC's settings; ``upgrade=False`` only reads them as the file holds them (the
    command line: the window owns the file, and its folder may be read-only)."""

    def __init__(self, data_dir: Path, *, upgrade: bool = True) -> None:
        self.data_dir = data_dir
        self._qs = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        if upgrade:
            self._upgrade()

    def _upgrade(self) -> None:
        """Versioned upgrades of stored settings, each run once, oldest first."""
        stored: Any = self._qs.value("meta/version", 0)  # QSettings.value is typed object
        version = int(stored or 0)
        # Not only once: a PC without a credential store keeps the password in the file,
        # and once a store appears (a keyring set up later) it moves there at the next start.
        url = self._stored_server_url()
        if split_password(url)[1] and credential_store() is not None:
            self._keep_server_url(url)
            self._qs.sync()
        if version < SETTINGS_VERSION:
            self._qs.setValue("meta/version", SETTINGS_VERSION)
            self._qs.sync()  # at once: the password may just have left the file

    def _stored_server_url(self) -> str:
        """The server's URL as the file holds it (without the password where a store has it)."""
        return str(self._qs.value(SERVER_URL, "") or "")

    def _keep_server_url(self, url: str) -> None:
        """Store ``url`` for the next start: its password in the credential store, where this
        PC has one that takes it, and the rest in the file. A password no longer needed is
        taken out of the store."""
        url = url.strip()
        before = split_password(self._stored_server_url())[0]
        bare, password = split_password(url)
        store = credential_store() if password or before else None
        if store is not None:
            if password and _put_password(store, bare, password):
                url = bare
            elif not password and bare:
                _forget_password(store, bare)
            if before and before != bare:
                _forget_password(store, before)
        self._qs.setValue(SERVER_URL, url)

    def get(self, key: str) -> Any:
        if key == SERVER_URL:
            return with_stored_password(self._stored_server_url())
        option = OPTIONS[key]
        value: Any = self._qs.value(key, option.default)  # typed object
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
        if key == SERVER_URL:
            self._keep_server_url(str(value or ""))
            return
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


def read(data_dir: Path, key: str) -> Any:
    """One setting of this PC, typed and defaulted as ``OPTIONS`` says, read without
    writing the file (what the command line reads, e.g. the language of its messages)."""
    return Settings(data_dir, upgrade=False).get(key)


def _as_written(data_dir: Path) -> str:
    """The ``database/url`` setting as the file holds it, read without writing the file."""
    path = data_dir / "settings.ini"
    if not path.is_file():
        return ""
    value = QSettings(str(path), QSettings.Format.IniFormat).value(SERVER_URL, "")
    return str(value or "").strip()


def stored_database_url(data_dir: Path) -> str:
    """The ``database/url`` setting of this PC, its password taken from the credential
    store where the file has none (the command line uses it too)."""
    return with_stored_password(_as_written(data_dir))


def password_in_file(data_dir: Path) -> bool:
    """Does this PC's settings file itself hold the branch server's password?"""
    return bool(split_password(_as_written(data_dir))[1])


# -- the branch server's password in the operating system's credential store ------------

_SERVER_SCHEMES = ("postgresql", "postgres")


def split_password(url: str) -> tuple[str, str]:
    """``url`` without its password, and the password ("" for none). The rest of the URL
    is kept as it was written, options included."""
    parts = urlsplit(url)
    if parts.scheme not in _SERVER_SCHEMES or "@" not in parts.netloc:
        return url, ""
    login, _, place = parts.netloc.rpartition("@")
    user, colon, password = login.partition(":")
    if not colon:
        return url, ""
    return urlunsplit(parts._replace(netloc=f"{user}@{place}")), unquote(password)


def join_password(url: str, password: str) -> str:
    """``url`` (which has a user name and no password) with ``password`` put in."""
    parts = urlsplit(url)
    user, _, place = parts.netloc.rpartition("@")
    netloc = f"{user}:{quote(password, safe='')}@{place}"
    return urlunsplit(parts._replace(netloc=netloc))


def credential_store() -> Any | None:
    """The operating system's credential store as ``keyring`` reaches it, or None where this
    PC has none (keyring's fail or null backend: Linux without a Secret Service, say).
    Imported only when needed: most PCs never use a branch server."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken store is no store: the file keeps the password
        LOG.exception("the credential store cannot be used")
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return backend


def _put_password(store: Any, key: str, password: str) -> bool:
    """Put the password in the store and read it back: True if it is there."""
    try:
        store.set_password(CREDENTIAL_SERVICE, key, password)
        return bool(store.get_password(CREDENTIAL_SERVICE, key) == password)
    except Exception:  # e.g. a locked or refusing store: the file keeps the password
        LOG.exception("the credential store did not take the branch server's password")
        return False


def _forget_password(store: Any, key: str) -> None:
    try:
        if store.get_password(CREDENTIAL_SERVICE, key) is not None:
            store.delete_password(CREDENTIAL_SERVICE, key)
    except Exception:  # what is left there is never read without its URL in the file
        LOG.warning("could not take an old password out of the credential store", exc_info=True)


def with_stored_password(url: str) -> str:
    """``url`` with the password from the credential store put back, when the URL names a
    server user and has no password of its own (as ``Settings`` stores it)."""
    parts = urlsplit(url)
    if parts.scheme not in _SERVER_SCHEMES or "@" not in parts.netloc:
        return url
    if ":" in parts.netloc.rpartition("@")[0]:
        return url  # the file has the password (no store on this PC)
    store = credential_store()
    if store is None:
        return url
    try:
        password = store.get_password(CREDENTIAL_SERVICE, url)
    except Exception:  # the start goes on; the server will say the password is missing
        LOG.exception("could not read the branch server's password from the credential store")
        return url
    return join_password(url, password) if password else url


def resolve_gui_url(
    cli_url: str | None, env_url: str | None, setting_url: str | None, data_dir: Path
) -> tuple[str, str]:
    """The database this start opens, and where that choice came from: ``--db`` beats
    ``COMPLAINTBOOK_DB`` beats this PC's setting beats the file in the data folder."""
    for source, url in (("cli", cli_url), ("env", env_url), ("setting", setting_url)):
        if url and url.strip():
            return url.strip(), source
    return default_url(data_dir), "local"
