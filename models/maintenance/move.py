"""Moving a PC's register to the branch server, whole.

Every record is carried with its id: complaints with their timelines, the audit trail
(its hashes and signatures as they are, so the chain reads the same on the server),
personal values, the opinion book, box openings, sign-offs, checklist runs, the
standard replies, staff with their roles, password hashes and sealed keys, the branch
and its numbering. Only into an EMPTY server register; then ``check`` runs on both and
the counts are set side by side. The move itself is one more event in the server's
trail, signed by the manager who made it.

Drafts stay on the PC (they always do). The PC's own register is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError
from models.maintenance.integrity import CheckReport, check_database
from models.maintenance.migrations import _drop_append_only_guards, protect_append_only
from models.maintenance.store import open_store
from models.register.disclosure import record
from models.search import index as search
from models.search import postgres as search_pg
from models.storage import audit
from models.storage.db import database, display_url, is_sqlite, sqlite_path
from models.storage.schema import (
    AuditEvent,
    BaseModel,
    BoxOpening,
    Branch,
    Complaint,
    Event,
    GuidedRun,
    OpinionEntry,
    ReadSignoff,
    Staff,
    StaffKey,
)
from models.storage.server_rights import require_owner_to_move

# What is counted on both sides, by the names the report prints.
# (Marked for translation: the Settings window shows them in the reader's language.)
COUNTED: dict[str, type[BaseModel]] = {
    QT_TRANSLATE_NOOP("domain", "complaints"): Complaint,
    QT_TRANSLATE_NOOP("domain", "timeline entries"): Event,
    QT_TRANSLATE_NOOP("domain", "audit events"): AuditEvent,
    QT_TRANSLATE_NOOP("domain", "opinion book entries"): OpinionEntry,
    QT_TRANSLATE_NOOP("domain", "box openings"): BoxOpening,
    QT_TRANSLATE_NOOP("domain", "sign-offs"): ReadSignoff,
    QT_TRANSLATE_NOOP("domain", "checklist runs"): GuidedRun,
    QT_TRANSLATE_NOOP("domain", "staff"): Staff,
    QT_TRANSLATE_NOOP("domain", "staff keys"): StaffKey,
}
# Not carried: the schema's own bookkeeping (the server has its own), drafts (on the
# PC), the search index (made again on the server from the complaints).
_LEFT = {"meta", "draft"}


class MoveRefused(DomainError):
    code = "move_refused"


@dataclass
class MoveReport:
    source: str
    target: str
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    source_check: CheckReport | None = None
    target_check: CheckReport | None = None

    @property
    def ok(self) -> bool:
        return (
            self.before == self.after
            and self.source_check is not None
            and self.source_check.ok
            and self.target_check is not None
            and self.target_check.ok
        )


def _models() -> list[type[BaseModel]]:
    """Every table of the register, parents before children (foreign keys)."""
    found: dict[str, type[BaseModel]] = {}
    stack: list[type[BaseModel]] = [BaseModel]
    while stack:
        for sub in stack.pop().__subclasses__():
            found[sub._meta.table_name] = sub
            stack.append(sub)
    ordered: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in ordered:
            return
        for fk in model._meta.refs:
            if fk.rel_model is not model:
                visit(fk.rel_model)
        ordered.append(model)

    for name in sorted(found):
        if name not in _LEFT and database.table_exists(name):
            visit(found[name])
    return [m for m in ordered if m._meta.table_name not in _LEFT]


def counts() -> dict[str, int]:
    return {name: model.select().count() for name, model in COUNTED.items()}


def read_all() -> dict[str, list[dict[str, Any]]]:
    """Every row of every carried table of the open register, as stored."""
    return {
        model._meta.table_name: list(
            model.select().order_by(model._meta.primary_key).dicts().iterator()
        )
        for model in _models()
    }


def refuse_unless_empty() -> None:
    """The server register must hold nothing a branch made: no staff, complaint,
    opinion entry or audit event beyond a new register's own start."""
    held = {
        name: n
        for name, n in counts().items()
        if n and not (name == "audit events" and _only_new_register_events())
    }
    if held:
        raise MoveRefused(
            QT_TRANSLATE_NOOP(
                "domain",
                "The server register is not empty ({held}), so nothing was moved: a move "
                "never mixes two registers. Move into a new, empty database on the server.",
            ),
            held=", ".join(f"{n} {name}" for name, n in held.items()),
        )


def _only_new_register_events() -> bool:
    """A register just created holds only the events its creation wrote (its branch row
    with defaults, signed by nobody)."""
    return not AuditEvent.select().where(AuditEvent.actor_id.is_null(False)).exists()


def write_all(rows: dict[str, list[dict[str, Any]]]) -> None:
    """Put ``rows`` into the open (empty) server register in one transaction, ids and all,
    replacing what its creation wrote; the append-only guards are lifted for that one
    transaction and put back in it."""

    db = database.obj
    models = {m._meta.table_name: m for m in _models()}
    with database.atomic():
        _drop_append_only_guards(db)
        if search.has_index(db) and not is_sqlite():
            db.execute_sql(f"DELETE FROM {search_pg.TABLE}")
        for model in reversed(list(models.values())):
            model.delete().execute()
        for name, model in models.items():
            batch = rows.get(name, [])
            for start in range(0, len(batch), 500):
                model.insert_many(batch[start : start + 500]).execute()
            key = model._meta.primary_key
            if batch and not is_sqlite() and isinstance(key, (type(Branch.id),)):
                db.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', '{key.column_name}'), "
                    f"(SELECT max({key.column_name}) FROM {name}))"
                )
        protect_append_only(db)
        if search.has_index(db):
            search.index_all(db)


def record_move(actor: Actor, source: str, moved: dict[str, int]) -> None:
    """The move as one event of the server's trail, signed by the manager who made it."""

    record(
        actor,
        "moved_to_server",
        source=source,
        **{k.replace(" ", "_"): v for k, v in moved.items()},
    )


def move_to_server(
    data_dir: Path,
    source_url: str,
    target_url: str,
    sign_in: Callable[[], Actor],
    say: Callable[[str], None] = lambda _text: None,
) -> MoveReport:
    """Copy the register at ``source_url`` (a PC's file) into the empty register at
    ``target_url`` (the branch server). ``sign_in`` signs the manager in on the source
    register (their key is the same on the server once carried)."""

    if sqlite_path(source_url) is None:
        raise ValidationError(
            "source",
            QT_TRANSLATE_NOOP("domain", "Only a register on a PC can be moved to the server."),
        )
    if sqlite_path(target_url) is not None:
        raise ValidationError(
            "target",
            QT_TRANSLATE_NOOP("domain", "{url} is not a branch server address (postgresql://...)."),
            url=target_url,
        )
    report = MoveReport(source=display_url(source_url), target=display_url(target_url))
    source = open_store(data_dir, source_url)
    try:
        actor = sign_in()
        actor.require_manager(
            QT_TRANSLATE_NOOP("domain", "Only a manager may move the register to the server.")
        )
        say(QT_TRANSLATE_NOOP("domain", "Checking this PC's register..."))
        report.source_check = check_database()
        report.before = counts()
        if not report.source_check.ok:
            return report  # nothing moved; the caller shows the problems found
        rows = read_all()
    finally:
        source.close()
    target = open_store(data_dir, target_url)
    try:
        refuse_unless_empty()

        require_owner_to_move(database, unquote(urlparse(target_url).path.lstrip("/")))
        say(QT_TRANSLATE_NOOP("domain", "Copying to the branch server..."))
        write_all(rows)
        report.after = counts()
        say(QT_TRANSLATE_NOOP("domain", "Checking the server's register..."))
        report.target_check = check_database()
        if report.target_check.ok:
            with audit.acting(actor):
                record_move(actor, report.source, report.before)
    finally:
        target.close()
    return report
