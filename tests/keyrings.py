"""A credential store for the tests: a real ``keyring`` backend that keeps its secrets
in a JSON file, so a test (and the command line it starts, through
``PYTHON_KEYRING_BACKEND=tests.keyrings.FileKeyring``) never reaches this PC's own
store, and can look at what was kept."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

if TYPE_CHECKING:
    import pytest

FILE_VARIABLE = "COMPLAINTBOOK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # only ever chosen by name

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = path or Path(os.environ[FILE_VARIABLE])

    def secrets(self) -> dict[str, str]:
        """Everything kept, as ``service\\nuser name`` to password."""
        if not self.path.is_file():
            return {}
        return dict(json.loads(self.path.read_text(encoding="utf-8")))

    def _write(self, secrets: dict[str, str]) -> None:
        self.path.write_text(json.dumps(secrets, ensure_ascii=False), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._write(self.secrets() | {f"{service}\n{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        secrets = self.secrets()
        if secrets.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._write(secrets)


@contextlib.contextmanager
def file_vault(path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """This PC has a credential store: a real keyring backend in ``path``, for the app and
    for any command it starts."""
    import keyring

    before = keyring.get_keyring()  # first: it is read from the environment once
    monkeypatch.setenv(FILE_VARIABLE, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyrings.FileKeyring")
    store = FileKeyring(path)
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)
