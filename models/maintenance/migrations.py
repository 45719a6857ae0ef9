"""Schema versioning: ordered migrations run at start, in one transaction, after a backup.

A database written by a newer app is refused rather than half-understood.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import peewee as pw

from models.core.actors import SCHEMA_UPGRADE
from models.core.errors import QT_TRANSLATE_NOOP, DomainError, SchemaTooNew
from models.core.resources import load_json
from models.maintenance.backup import BackupFailed, write_backup
from models.search import index as search
from models.search import postgres as search_pg
from models.storage import audit, personal
from models.storage.audit import ADOPT_ACTION, REPLAYED_AS_BULK, replay_bulk
from models.storage.db import DiskFull, atomic, database, facts, is_sqlite
from models.storage.schema import (
    ALL_TABLES,
    AUDIT_TABLES,
    AUDITED_TABLES,
    GUIDED_TABLES,
    OPINION_TABLES,
    PRIVACY_TABLES,
    ROOT_CAUSE_TABLES,
    SIGNING_TABLES,
    AuditEvent,
    BaseModel,
    Branch,
    Event,
    Meta,
    Staff,
)
from models.storage.schema_version import SCHEMA_VERSION, UPGRADE_SEALED_KEY, current_version
from models.storage.server_rights import require_may_change_schema
from models.storage.trail import append_audit
from models.storage.typed import AnyDatabase, dicts_of, primary_key, tuples_of

if TYPE_CHECKING:
    from models.storage.bulk import Progress


def _create_initial(db: AnyDatabase) -> None:
    db.create_tables(ALL_TABLES)


def _add_guided_tables(db: AnyDatabase) -> None:
    db.create_tables(GUIDED_TABLES)


def _add_opinion_book(db: AnyDatabase) -> None:
    db.create_tables(OPINION_TABLES)
    if "box_weekdays" not in {c.name for c in db.get_columns("branch")}:
        db.execute_sql(
            "ALTER TABLE branch ADD COLUMN box_weekdays VARCHAR(20) NOT NULL DEFAULT '0'"
        )


APPEND_ONLY = ("audit_event", "event")


def protect_append_only(db: AnyDatabase) -> None:
    """Make the database itself refuse to change or remove audit and timeline rows."""
    if not is_sqlite():
        db.execute_sql(
            "CREATE OR REPLACE FUNCTION refuse_append_only_change() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION '%% rows are append-only', TG_TABLE_NAME "  # %%: psycopg placeholders
            "USING ERRCODE = 'restrict_violation'; END $$"
        )
        for table in APPEND_ONLY:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            db.execute_sql(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change()"
            )
            db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
            db.execute_sql(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change()"
            )
        return
    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            db.execute_sql(
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
            )


def _drop_append_only_guards(db: AnyDatabase) -> None:
    """Lift the append-only triggers for an upgrade that must rewrite those rows; the
    same transaction puts them back (``protect_append_only``)."""
    for table in APPEND_ONLY:
        if is_sqlite():
            for action in ("update", "delete"):
                db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
        else:
            db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")


def _add_audit_trail(db: AnyDatabase) -> None:
    """The audit table, its triggers, and a baseline event for every record already there."""

    db.create_tables(AUDIT_TABLES)
    protect_append_only(db)
    models = {m._meta.table_name: m for m in _all_models(BaseModel)}
    with audit.acting(SCHEMA_UPGRADE):
        for table in sorted(AUDITED_TABLES):
            model = models[table]
            if not db.table_exists(table):
                continue
            key = primary_key(model)
            for row in dicts_of(model.select().order_by(key)):
                values = audit.row_values(model, row)
                append_audit(
                    table,
                    row[key.name],
                    "baseline",
                    {k: [None, v] for k, v in values.items()},
                )


def _add_sign_in(db: AnyDatabase) -> None:
    """Credentials and lockout state on staff; sign-in and retention settings on the branch."""
    columns = {
        "staff": (
            ("username", "VARCHAR(40)"),
            ("password_hash", "VARCHAR(200) NOT NULL DEFAULT ''"),
            ("pin_hash", "VARCHAR(200) NOT NULL DEFAULT ''"),
            ("failed_count", "INTEGER NOT NULL DEFAULT 0"),
            ("first_failure_at", "DATETIME"),
            ("locked_until", "DATETIME"),
            ("lockouts", "INTEGER NOT NULL DEFAULT 0"),
        ),
        "branch": (
            ("allow_pin", "INTEGER NOT NULL DEFAULT 0"),
            ("idle_minutes", "INTEGER NOT NULL DEFAULT 5"),
            ("retention_years", "INTEGER NOT NULL DEFAULT 5"),
        ),
    }

    audited = db.table_exists(AuditEvent._meta.table_name)
    for table, wanted in columns.items():
        have = {c.name for c in db.get_columns(table)}
        added = [name for name, kind in wanted if name not in have]
        for name, kind in wanted:
            if name in added:
                db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
        if added and audited:  # the new columns' starting values join each record's history
            model = {"staff": Staff, "branch": Branch}[table]
            with audit.acting(SCHEMA_UPGRADE):
                for row in dicts_of(model.select()):
                    values = audit.row_values(model, row)
                    append_audit(table, row["id"], "schema", {k: [None, values[k]] for k in added})
    if "staff_username" not in {i.name for i in db.get_indexes("staff")}:
        db.execute_sql("CREATE UNIQUE INDEX staff_username ON staff (username)")


def _add_search_index(db: AnyDatabase) -> None:
    """The bigram search index (SQLite) and the index the register list pages along."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS complaint_month_seq ON complaint (month, seq, id)")
    # Covers the per-month counts of the home view and the trend charts.
    db.execute_sql("CREATE INDEX IF NOT EXISTS complaint_month_status ON complaint (month, status)")
    # Overdue and due-soon lists and the open count read only the open complaints.
    # (The WHERE must stay word for word queries.WORKING_SQL; a test holds them together.)
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS complaint_working_due ON complaint (due_date, id) "
        "WHERE status IN ('received', 'acknowledged', 'investigating')"
    )
    # The home view's "not answered within 3 days" flag counts only these few rows.
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS opinion_entry_unanswered ON opinion_entry (kind, created_at) "
        "WHERE complaint_id IS NULL AND reply_date IS NULL"
    )
    if not is_sqlite():
        try:  # accent-blind search ("nguyen" finds "Nguyễn"); a trusted extension since PG 13
            with db.atomic():
                db.execute_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
        except pw.DatabaseError:
            pass  # searching still works, only accents must then be typed
        return

    search.create_index(db)
    search.index_all(db)


def _add_search_terms(db: AnyDatabase) -> None:
    """The word list that search prefixes are looked up in (SQLite), made from the index."""
    if not is_sqlite():
        return

    search.create_index(db)  # both IF NOT EXISTS: only the word list is new
    search.rebuild_terms(db)


def _add_prefix_indexes(db: AnyDatabase) -> None:
    """The search index with prefix indexes of one and two characters (SQLite)."""
    if not is_sqlite():
        return

    search.add_prefix_indexes(db)


def _add_server_search_index(db: AnyDatabase) -> None:
    """The branch server's search index: the same tokens as SQLite's, in a GIN index."""
    if is_sqlite():
        return

    search.create_index(db)
    search.index_all(db)


def _merge_search_segments_sixteen_at_a_time(db: AnyDatabase) -> None:
    """FTS5 merges 16 segments at a time (SQLite): no merge stall every 64th save."""
    if not is_sqlite():
        return

    search.tune_merges(db)


def _buffer_bulk_search_writes(db: AnyDatabase) -> None:
    """FTS5 buffers 32 MB of a transaction's new entries (SQLite): faster bulk loads."""
    if not is_sqlite():
        return

    search.buffer_bulk_writes(db)


def _search_index_without_copies(db: AnyDatabase) -> None:
    """The search index keeps no copy of the text nor column sizes (SQLite): a sixth
    smaller register, faster saves and bulk loads. Made again from the register."""
    if not is_sqlite():
        return

    search.make_again(db)


def _small_server_search_pending_list(db: AnyDatabase) -> None:
    """The server's search index merges new entries a few at a time (PostgreSQL): no
    save waits a second and more while 4 MB of them are merged."""
    if is_sqlite():
        return

    search_pg.bound_pending_list(db)


def _personal_data_out_of_the_trail(db: AnyDatabase) -> None:
    """The audit trail and the timeline keep references to personal values (held beside
    them, where anonymising can erase them) and digests of password and PIN hashes,
    instead of the values themselves; the chain is computed again over the new text.
    See ``personal.rewrite_trail``."""

    db.create_tables(PRIVACY_TABLES)
    _drop_append_only_guards(db)
    events, old_head, new_head = personal.rewrite_trail(db)
    protect_append_only(db)
    # Registers printed before show the old chain's head: keep it, to trace them.
    record = f"{events} events, head {old_head} before, {new_head} after"
    Meta.insert(key="audit_rechained", value=record).on_conflict(
        conflict_target=[Meta.key], update={Meta.value: record}
    ).execute()
    # a later step's events are written the new way (a flag on the connection)
    facts(db).personal_ready = True


def _add_second_backup_folder(db: AnyDatabase) -> None:
    """The second backup folder (a USB stick) is a branch setting kept by a manager and
    audited, instead of a line in this PC's settings file that anyone could edit."""

    if "second_backup_folder" in {c.name for c in db.get_columns("branch")}:
        return
    db.execute_sql(
        "ALTER TABLE branch ADD COLUMN second_backup_folder VARCHAR(400) NOT NULL DEFAULT ''"
    )
    if db.table_exists(AuditEvent._meta.table_name):  # the starting value joins the history
        with audit.acting(SCHEMA_UPGRADE):
            for (row_id,) in db.execute_sql("SELECT id FROM branch"):
                append_audit("branch", row_id, "schema", {"second_backup_folder": [None, ""]})


def _signed_events(db: AnyDatabase) -> None:
    """Audit events carry the signature of the person who acted; each member of staff
    gets a signing key (``models.core.keys``) when they next sign in or are given a password."""
    db.create_tables(SIGNING_TABLES)
    have = {c.name for c in db.get_columns("audit_event")}
    if "key_id" not in have:
        db.execute_sql("ALTER TABLE audit_event ADD COLUMN key_id INTEGER")
    if "signature" not in have:
        db.execute_sql(
            "ALTER TABLE audit_event ADD COLUMN signature VARCHAR(128) NOT NULL DEFAULT ''"
        )


def _add_letter_referral(db: AnyDatabase) -> None:
    """Where the customer letters tell an unhappy customer to turn (an ombudsman or a
    regulator's hotline) is a branch setting, a manager's and audited; empty means the
    default of the branch's country."""

    if "referral" in {c.name for c in db.get_columns("branch")}:
        return
    db.execute_sql("ALTER TABLE branch ADD COLUMN referral TEXT NOT NULL DEFAULT ''")
    if db.table_exists(AuditEvent._meta.table_name):  # the starting value joins the history
        with audit.acting(SCHEMA_UPGRADE):
            for (row_id,) in db.execute_sql("SELECT id FROM branch"):
                append_audit("branch", row_id, "schema", {"referral": [None, ""]})


def _add_signoff_seal(db: AnyDatabase) -> None:
    """A daily reading sign-off carries the seal the manager saw when signing (the branch
    key and the audit trail's head, signed), so the trail can be held to it later."""

    if "seal" in {c.name for c in db.get_columns("read_signoff")}:
        return
    db.execute_sql("ALTER TABLE read_signoff ADD COLUMN seal TEXT NOT NULL DEFAULT ''")
    if db.table_exists(AuditEvent._meta.table_name):  # the starting value joins the history
        with audit.acting(SCHEMA_UPGRADE):
            for (row_id,) in db.execute_sql("SELECT id FROM read_signoff"):
                append_audit("read_signoff", row_id, "schema", {"seal": [None, ""]})


def _timeline_under_audit(db: AnyDatabase) -> None:
    """The timeline's lines become evidence: each line written from now on has an audit
    entry of its own. The lines already there are recorded by the upgrade, in entries of
    2,000 shaped as a bulk creation, unsigned; the first manager to sign in afterwards
    seals them (``models.trust.upgrade_seal``). Uses today's Event model: the newest step."""

    if not db.table_exists(AuditEvent._meta.table_name):
        return

    recorded: set[int] = set()  # lines that already have an entry (none, from the old app)
    for action, row_id, changes in tuples_of(
        AuditEvent.select(AuditEvent.action, AuditEvent.row_id, AuditEvent.changes).where(
            AuditEvent.table_name == "event"
        )
    ):
        if action in REPLAYED_AS_BULK:
            recorded.update(i for i, _values in replay_bulk(json.loads(changes)))
        else:
            recorded.add(row_id)
    names = [f.name for f in Event._meta.sorted_fields if f.name != "id"]
    batch: list[list[Any]] = []

    def flush() -> None:
        if batch:
            append_audit(
                "event",
                int(batch[0][0]),
                ADOPT_ACTION,
                {"columns": [None, names], "rows": [None, batch]},
            )
            batch.clear()

    with audit.acting(SCHEMA_UPGRADE):
        for row in Event.select().order_by(Event.id).dicts().iterator():
            if row["id"] in recorded:
                continue
            values = audit.row_values(Event, row)
            batch.append([row["id"], *(values[n] for n in names)])
            if len(batch) == 2000:
                flush()
        flush()


def _add_written_replies(db: AnyDatabase) -> None:
    """Standard replies carry a written text beside the spoken one: what goes into the
    record and letters. Replies seeded from the shipped presets get the shipped written
    text (matched by their title); a manager's own replies start with none."""

    if not db.table_exists("standard_reply"):
        return
    if "written" in {c.name for c in db.get_columns("standard_reply")}:
        return
    db.execute_sql("ALTER TABLE standard_reply ADD COLUMN written TEXT NOT NULL DEFAULT '{}'")
    by_title = {
        json.dumps(item["title"], ensure_ascii=False): json.dumps(
            item.get("written", {}), ensure_ascii=False
        )
        for preset in load_json("replies/default.json").values()
        if isinstance(preset, list)
        for item in preset
    }
    rows = list(db.execute_sql("SELECT id, title FROM standard_reply ORDER BY id"))
    audited = db.table_exists(AuditEvent._meta.table_name)
    with audit.acting(SCHEMA_UPGRADE):
        for row_id, title in rows:
            written = by_title.get(title, "{}")
            if written != "{}":
                db.execute_sql(
                    f"UPDATE standard_reply SET written = {db.param} WHERE id = {db.param}",
                    (written, row_id),
                )
            if audited:  # the starting value joins the history, so check replays it
                append_audit("standard_reply", row_id, "schema", {"written": [None, written]})


def _add_emergency_numbers_and_set_up_day(db: AnyDatabase) -> None:
    """The safety exit's numbers follow the branch's country (a manager may change them),
    and reminders count from the day the branch was set up: for a register set up
    before, the day of its first staff member or complaint, whichever came first."""

    columns = {c.name for c in db.get_columns("branch")}
    if {"emergency", "set_up_on"} <= columns:
        return  # a register made by today's models has them, and its history says so
    if "emergency" not in columns:
        db.execute_sql("ALTER TABLE branch ADD COLUMN emergency TEXT NOT NULL DEFAULT ''")
    if "set_up_on" not in columns:
        db.execute_sql("ALTER TABLE branch ADD COLUMN set_up_on DATE")
    first = [
        row[0]
        for table, column in (("staff", "created_at"), ("complaint", "received_at"))
        for row in db.execute_sql(f"SELECT MIN({column}) FROM {table}")  # noqa: S608
        if row[0] is not None
    ]
    day = str(min(str(value) for value in first))[:10] if first else None
    if day is not None:
        db.execute_sql(
            "UPDATE branch SET set_up_on = " + db.param + " WHERE set_up_on IS NULL",  # noqa: S608
            (day,),
        )
    if db.table_exists(AuditEvent._meta.table_name):  # the starting values join the history
        with audit.acting(SCHEMA_UPGRADE):
            for (row_id,) in db.execute_sql("SELECT id FROM branch"):
                append_audit(
                    "branch", row_id, "schema", {"emergency": [None, ""], "set_up_on": [None, day]}
                )


def _add_root_cause_tasks(db: AnyDatabase) -> None:
    """Root-cause tasks, each linking the complaints that look like one problem; and the
    index that answers "alike in the 30 days before" from the index alone (a million
    complaints: 60-110 ms of row reads without it)."""

    db.create_tables(ROOT_CAUSE_TABLES)
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS complaint_received_category_status "
        "ON complaint (received_at, category, status)"
    )


def _add_practice_runs(db: AnyDatabase) -> None:
    """A guided run may be practice (not counted, never attached). The runs already
    there were real ones: their history records so."""

    if not db.table_exists("guided_run"):
        return
    if "practice" in {c.name for c in db.get_columns("guided_run")}:
        return  # made by today's models: its history has the column from the start
    db.execute_sql("ALTER TABLE guided_run ADD COLUMN practice BOOLEAN NOT NULL DEFAULT FALSE")
    if db.table_exists(AuditEvent._meta.table_name):
        with audit.acting(SCHEMA_UPGRADE):
            for (row_id,) in db.execute_sql("SELECT id FROM guided_run ORDER BY id"):
                append_audit("guided_run", row_id, "schema", {"practice": [None, False]})


def _all_models(base: type[BaseModel]) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    for sub in base.__subclasses__():
        found.append(sub)
        found.extend(_all_models(sub))
    return found


# Index i holds the step that takes the schema from version i to i + 1. Append only:
# a step must keep working on the schema its predecessors left, never on today's models.
def _index_for_home(db: AnyDatabase) -> None:
    """Small indexes for what a manager's Home reads at every showing on a busy register:
    the few complaints with a first reply due or a time promised to the customer (Home
    counts the rest from the open complaints' due dates alone, queries.home_figures),
    the few of "line" or "plane" scope (systemic.waiting_root_cause) and the requests for
    more time (lifecycle.pending_extensions)."""
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS complaint_first_due ON complaint (first_due) "
        "WHERE first_due IS NOT NULL"
    )
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS complaint_promised_at ON complaint (promised_at) "
        "WHERE promised_at IS NOT NULL"
    )
    # The requests for more time waiting for a manager (lifecycle.pending_extensions).
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS event_extension_request ON event (complaint_id) "
        "WHERE kind = 'extension_request'"
    )
    # (The WHERE must stay word for word systemic.WIDE_SCOPES; a test holds them together.)
    db.execute_sql(
        "CREATE INDEX IF NOT EXISTS complaint_wide_scope ON complaint (received_at) "
        "WHERE scope IN ('line', 'plane')"
    )


MIGRATIONS: list[Callable[[AnyDatabase], None]] = [
    _create_initial,
    _add_guided_tables,
    _add_opinion_book,
    _add_audit_trail,
    _add_sign_in,
    _add_search_index,
    _add_search_terms,
    _add_prefix_indexes,
    _add_server_search_index,
    _merge_search_segments_sixteen_at_a_time,
    _buffer_bulk_search_writes,
    _search_index_without_copies,
    _small_server_search_pending_list,
    _signed_events,
    _personal_data_out_of_the_trail,
    _add_second_backup_folder,
    _add_letter_referral,
    _add_signoff_seal,
    _timeline_under_audit,
    _add_written_replies,
    _add_emergency_numbers_and_set_up_day,
    _add_root_cause_tasks,
    _add_practice_runs,
    _index_for_home,
]
if len(MIGRATIONS) != SCHEMA_VERSION:  # a new step raises models.storage.schema_version too
    raise RuntimeError(f"{len(MIGRATIONS)} migrations but SCHEMA_VERSION {SCHEMA_VERSION}")


def _refuse_newer(found: int) -> None:
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(
            QT_TRANSLATE_NOOP(
                "domain",
                "This database was written by a newer version of Complaint Book (schema {found}; "
                "this app knows up to {known}). Install the newer version to open it.",
            ),
            found=found,
            known=SCHEMA_VERSION,
        )


def _copy_before_upgrade(db_file: Path) -> None:
    """The copy an upgrade starts from (temporary name, synced, checked, renamed). When
    it cannot be made the upgrade does not start: the register stays as it was."""

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = db_file.with_name(f"{db_file.stem}.before-v{SCHEMA_VERSION}-{stamp}.sqlite3")
    try:
        write_backup(target)
    except BackupFailed as exc:
        raise UpgradeRefused(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register needs an upgrade for this version of Complaint Book, and a copy "
                "of it is made first; the copy could not be made ({reason}). Nothing was "
                "changed. Free some space on the disk that holds the register (the copy is as "
                "big as the register) and start again.",
            ),
            reason=exc,
        ) from exc


class UpgradeRefused(DomainError):
    code = "upgrade_refused"


def migrate(
    db_file: Path | None,
    announce: Callable[[int], None] | None = None,
    progress: Progress | None = None,
) -> int:
    """Bring the schema up to date; return the version found before migrating.
    ``announce(found)`` is called first when a register made by an older version is
    about to be upgraded (a big one can take minutes); a step that goes through every
    complaint reports ``progress(done, total)`` (it finds it on the database object).

    The version is read again inside the write transaction (``BEGIN IMMEDIATE``, or the
    branch server's write lock), so when several PCs start on a new or older register
    at once, one of them upgrades it and the others find it done."""
    found = current_version(database)
    _refuse_newer(found)
    if found == SCHEMA_VERSION:
        facts().audit_ready = True
        return found
    if not is_sqlite():  # a branch server's register is changed by its owner role only
        require_may_change_schema(database, found, SCHEMA_VERSION)
    if found > 0 and announce is not None:
        announce(found)
    if found > 0 and db_file is not None and is_sqlite():
        _copy_before_upgrade(db_file)
    opened = facts()
    opened.audit_ready = False  # no auditing while the schema is being built
    opened.personal_ready = False  # events as the old schema wrote them, until it is upgraded
    opened.upgrade_progress = progress
    try:
        with atomic():
            found = current_version(database)  # under the lock: another PC may have done it
            _refuse_newer(found)
            for step in MIGRATIONS[found:]:
                step(database)
            # Its unsigned entries wait for the next manager's seal (models.trust.upgrade_seal).
            Meta.delete().where(Meta.key == UPGRADE_SEALED_KEY).execute()
            Meta.insert(key="schema_version", value=str(SCHEMA_VERSION)).on_conflict(
                conflict_target=[Meta.key], update={Meta.value: str(SCHEMA_VERSION)}
            ).execute()
    except DiskFull as exc:
        raise UpgradeRefused(
            QT_TRANSLATE_NOOP(
                "domain",
                "The disk filled up while the register was being upgraded, so the upgrade was "
                "undone and nothing was changed. Free some space on the disk that holds the "
                "register and start again.",
            )
        ) from exc
    finally:
        opened.upgrade_progress = None
    opened.audit_ready = database.table_exists(AuditEvent._meta.table_name)
    opened.ask_again()  # the index and the personal_value table may exist now
    return found
