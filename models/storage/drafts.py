"""Drafts of unsaved forms, kept on this PC so a crash, a power cut or a branch server
that went away loses nothing typed.

A draft is a small JSON file in this PC's data folder (``drafts/``), one folder per
register (this PC's, or a branch server's address and database), written whole and then
put in place: never half a file. Drafts are never kept on the branch server: with the
server down they are still written, and after a power cut they are still offered.
Registers from before this kept drafts in their ``draft`` table; those are still read
and offered once, then dropped there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP, DomainError
from models.storage.db import atomic, sqlite_path
from models.storage.schema import Draft, now
from models.storage.server import parse_url

LOG = logging.getLogger(__name__)
INTAKE_FORM = "intake"  # the complaint form's draft
FOLDER = "drafts"

_folder: Path | None = None  # this register's drafts folder, set when it is opened


class DraftNotKept(DomainError):
    code = "draft_not_kept"


def owner_key(staff_id: int | None) -> str:
    return f"staff:{staff_id}" if staff_id is not None else "anonymous"


def register_key(url: str) -> str:
    """A short name for the register ``url`` opens, the same at every start: a folder
    name valid on Windows, without the server's user name or password."""

    file = sqlite_path(url)
    if file is not None:
        identity = "file:" + str(file.absolute())
    else:
        address = parse_url(url)
        identity = (
            f"server:{address.host.lower()}:{address.port}/{address.dbname}" if address else url
        )
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def use_folder(data_dir: Path, url: str) -> None:
    """Keep the drafts of the register at ``url`` in ``data_dir`` (this PC's data folder)."""
    global _folder
    _folder = data_dir / FOLDER / register_key(url)


def folder() -> Path | None:
    return _folder


def _file(owner: str, form: str) -> Path:
    assert _folder is not None
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in f"{owner}-{form}")
    return _folder / f"{safe}.json"


def save_draft(owner: str, form: str, payload: dict[str, Any]) -> None:
    """Write the draft on this PC; ``DraftNotKept`` says why when the disk refuses."""
    if _folder is None:  # no register opened through the store (some tools and tests)
        _save_in_register(owner, form, payload)
        return
    target = _file(owner, form)
    body = json.dumps(
        {"payload": payload, "updated_at": now().isoformat()}, ensure_ascii=False, sort_keys=True
    )
    part = target.with_suffix(".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with part.open("w", encoding="utf-8") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise DraftNotKept(
            QT_TRANSLATE_NOOP(
                "domain", "The draft could not be written in {where} on this PC: {reason}"
            ),
            where=str(target.parent),
            reason=exc.strerror or str(exc),
        ) from exc


def load_draft(owner: str, form: str) -> tuple[dict[str, Any], Any] | None:
    """The draft's payload and when it was last saved, or None."""
    if _folder is not None:
        target = _file(owner, form)
        try:
            kept = json.loads(target.read_text(encoding="utf-8"))
            return dict(kept["payload"]), dt.datetime.fromisoformat(kept["updated_at"])
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError):
            LOG.exception("the draft %s cannot be read", target)
    try:
        row = Draft.get_or_none((Draft.owner == owner) & (Draft.form == form))
    except Exception:  # an older register's draft table, unreachable now: none there
        LOG.warning("older drafts in the register could not be read", exc_info=True)
        return None
    if row is None:
        return None
    return json.loads(row.payload), row.updated_at


def discard_draft(owner: str, form: str) -> None:
    if _folder is not None:
        try:
            _file(owner, form).unlink(missing_ok=True)
        except OSError:
            LOG.exception("a draft could not be removed")
    try:
        with atomic():
            Draft.delete().where((Draft.owner == owner) & (Draft.form == form)).execute()
    except Exception:  # e.g. the branch server is away: the file above is what counts
        LOG.warning("an older draft in the register could not be removed", exc_info=True)


def _save_in_register(owner: str, form: str, payload: dict[str, Any]) -> None:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    with atomic():
        Draft.insert(owner=owner, form=form, payload=body, updated_at=now()).on_conflict(
            conflict_target=[Draft.owner, Draft.form],
            update={Draft.payload: body, Draft.updated_at: now()},
        ).execute()
