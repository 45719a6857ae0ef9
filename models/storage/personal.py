"""Personal data and secrets in the audit trail: committed to, never kept there.

The audit chain must prove what every record held, yet anonymising must remove a
customer's name and phone from everywhere, the trail included, and no password or PIN
hash may sit in a trail that is never deleted. So the trail does not hold them:

- A *personal* value (``PERSONAL_FIELDS``) is written into an event's changes as a
  reference ``{"pv": digest}``, where digest is SHA-256 over a random 16-byte salt and
  the value's UTF-8 text. The salt and the value live in ``personal_value`` beside the
  chain, with the record and field they belong to. Anonymising erases salt and value
  and keeps the digest, so every event still hashes to what the chain says and ``check``
  still verifies it; the salt keeps a short value (a phone number) from being found
  again by trying every candidate against the digest.
- A *secret* (``SECRET_FIELDS``: the Argon2 hashes of passwords and PINs) is written as
  ``{"sha256": digest}`` of the hash string. The Argon2 string carries its own random
  salt, so its digest cannot be searched offline the way a 6-digit PIN's hash can: only
  someone holding the staff row itself (which already holds the hash) can recompute it.
  ``check`` still confirms the staff row matches its history, and nothing has to be
  erased later, so no side table is needed.

Empty text and null are no one's data and stay as they are. The timeline of a
complaint (table ``event``) refers to personal values in the same way (``pv:digest``).
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from models.storage import audit
from models.storage.audit import BULK_ACTION
from models.storage.db import database, facts
from models.storage.schema import PersonalValue
from models.storage.typed import AnyDatabase, tuples_of

# The one list of fields that hold a customer's personal data, per audited table.
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "complaint": ("customer_name", "customer_phone", "customer_id_no", "vulnerable_note"),
    "opinion_entry": ("name", "contact"),
}
# Fields whose values are secrets (hashes that stand for a password or PIN).
SECRET_FIELDS: dict[str, tuple[str, ...]] = {
    "staff": ("password_hash", "pin_hash"),
    # A private signing key sealed under a password: an old one in the trail forever
    # would invite an offline search for that old password.
    "staff_key": ("sealed",),
}
GUARDED: dict[str, frozenset[str]] = {
    table: frozenset(PERSONAL_FIELDS.get(table, ()) + SECRET_FIELDS.get(table, ()))
    for table in PERSONAL_FIELDS.keys() | SECRET_FIELDS.keys()
}
REF = "pv"
SECRET = "sha256"
TIMELINE_PREFIX = "pv:"
TABLE = "personal_value"
SALT_BYTES = 16
_COLUMNS = ("digest", "salt", "value", "table_name", "row_id", "field")

# A row for personal_value: (digest, salt hex, value, table, row id, field).
PendingRow = tuple[str, str, str, str, int, str]


class Hidden(enum.Enum):
    """What a reader is shown instead of a value that is not kept (the UI words it)."""

    REMOVED = "removed"  # anonymised: the value is gone everywhere
    SECRET = "secret"  # a password or PIN hash: never shown, never kept in the trail


def ready(db: Any = None) -> bool:
    """Whether the register has the ``personal_value`` table (schema 15 on). Until the
    upgrade has made it, events are written as older apps wrote them; the upgrade then
    rewrites the whole trail. Asked once per opened database, not at every save."""
    target = getattr(db if db is not None else database, "obj", db)
    known = facts(target)
    if known.personal_ready is None:
        known.personal_ready = target.table_exists(TABLE)
    return known.personal_ready


def digest_of(salt: bytes, value: str) -> str:
    return hashlib.sha256(salt + value.encode("utf-8")).hexdigest()


def secret_digest(value: Any) -> Any:
    """What the trail records for a secret: its SHA-256 (see the module's docstring)."""
    if not isinstance(value, str) or not value:
        return value
    return {SECRET: hashlib.sha256(value.encode("utf-8")).hexdigest()}


def is_reference(value: Any) -> bool:
    return isinstance(value, dict) and REF in value


def _reference(table: str, row_id: int, field: str, value: Any, pending: list[PendingRow]) -> Any:
    """``value`` as a reference, its row added to ``pending``; empty text and null as they are."""
    if not isinstance(value, str) or not value:
        return value
    salt = os.urandom(SALT_BYTES)
    digest = digest_of(salt, value)
    pending.append((digest, salt.hex(), value, table, row_id, field))
    return {REF: digest}


def guard_changes(
    table: str, row_id: int, changes: dict[str, Any], pending: list[PendingRow]
) -> dict[str, Any]:
    """An event's ``{field: [old, new]}`` with personal values as references (their rows
    added to ``pending``) and secrets as digests. Returns ``changes`` itself when it
    holds neither, so the common save pays one set intersection."""
    guarded = GUARDED.get(table)
    if not guarded or guarded.isdisjoint(changes):
        return changes
    out = dict(changes)
    secrets = SECRET_FIELDS.get(table, ())
    for name in guarded.intersection(changes):
        old, new = changes[name]
        if name in secrets:
            out[name] = [secret_digest(old), secret_digest(new)]
        else:
            out[name] = [
                _reference(table, row_id, name, old, pending),
                _reference(table, row_id, name, new, pending),
            ]
    return out


def guard_rows(
    table: str, columns: list[str], rows: list[list[Any]], pending: list[PendingRow]
) -> bool:
    """A batch event's rows (``[row id, *values]`` in ``columns`` order), changed in place
    like ``guard_changes``: what a bulk load and the upgrade write. True if any was."""
    guarded = GUARDED.get(table, frozenset())
    secrets = SECRET_FIELDS.get(table, ())
    at = [(i + 1, name) for i, name in enumerate(columns) if name in guarded]
    if not at:
        return False
    changed = False
    # One call to the random source for the whole batch, sliced per value.
    wanted = sum(1 for row in rows for i, name in at if name not in secrets and row[i])
    salts = os.urandom(SALT_BYTES * wanted)
    k = 0
    for row in rows:
        row_id = row[0]
        for i, name in at:
            value = row[i]
            if not isinstance(value, str) or not value:
                continue
            changed = True
            if name in secrets:
                row[i] = secret_digest(value)
                continue
            salt = salts[k : k + SALT_BYTES]
            k += SALT_BYTES
            digest = digest_of(salt, value)
            pending.append((digest, salt.hex(), value, table, row_id, name))
            row[i] = {REF: digest}
    return changed


def store(pending: list[PendingRow], db: Any = None) -> None:
    """Write the rows ``guard_*`` gathered, in the caller's transaction (one statement)."""
    if not pending:
        return
    db = database if db is None else db
    marks = ", ".join([db.param] * len(_COLUMNS))
    sql = f"INSERT INTO {TABLE} ({', '.join(_COLUMNS)}) VALUES ({marks})"
    db.cursor().executemany(sql, pending)
    pending.clear()


def protect(table: str, row_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` as the audit trail may hold them (see the module's docstring); the
    personal values are stored beside the chain at once."""
    if table not in GUARDED or not ready():
        return changes
    pending: list[PendingRow] = []
    out = guard_changes(table, row_id, changes, pending)
    store(pending)
    return out


def timeline_value(table: str, row_id: int, field: str, text: str) -> str:
    """How the timeline stores a value of ``field``: a personal one as ``pv:digest``."""
    if not text or field not in PERSONAL_FIELDS.get(table, ()) or not ready():
        return text
    pending: list[PendingRow] = []
    ref = _reference(table, row_id, field, text, pending)
    store(pending)
    digest: str = ref[REF]
    return TIMELINE_PREFIX + digest


def erase(table: str, row_ids: Iterable[int], fields: Iterable[str] | None = None) -> int:
    """Forget the values (and salts) of ``row_ids``' personal fields; the digests stay so
    the chain still verifies. Returns how many values were forgotten."""

    ids = list(row_ids)
    names = list(fields if fields is not None else PERSONAL_FIELDS.get(table, ()))
    if not ids or not names or not ready():
        return 0
    done = 0
    for start in range(0, len(ids), 500):  # keep each statement's parameter list short
        done += (
            PersonalValue.update(salt=None, value=None)
            .where(
                (PersonalValue.table_name == table)
                & PersonalValue.row_id.in_(ids[start : start + 500])
                & PersonalValue.field.in_(names)
                & PersonalValue.value.is_null(False)
            )
            .execute()
        )
    return done


# -- reading --------------------------------------------------------------------


def values_of(table: str, row_id: int) -> dict[str, str | None]:
    """digest -> value (None once erased) of one record, to show its history and timeline."""

    if table not in PERSONAL_FIELDS or not ready():
        return {}
    query = PersonalValue.select(PersonalValue.digest, PersonalValue.value).where(
        (PersonalValue.table_name == table) & (PersonalValue.row_id == row_id)
    )
    return dict(tuples_of(query))


def shown(value: Any, values: dict[str, str | None]) -> Any:
    """A recorded value as a reader may see it: the value itself, or a ``Hidden`` marker."""
    if isinstance(value, dict):
        if REF in value:
            found = values.get(value[REF])
            return Hidden.REMOVED if found is None else found
        if SECRET in value:
            return Hidden.SECRET
    return value


def shown_timeline(text: str, values: dict[str, str | None]) -> str | Hidden:
    """A timeline line's old or new value as a reader may see it."""
    if text.startswith(TIMELINE_PREFIX):
        found = values.get(text[len(TIMELINE_PREFIX) :])
        return Hidden.REMOVED if found is None else found
    return text


# -- checking -------------------------------------------------------------------


def check_values() -> tuple[dict[str, bytes], list[str]]:
    """(digest -> salt of every value still kept, problems): each kept value must still
    give its digest, else the history ``check`` reads would not be what was recorded."""
    salts: dict[str, bytes] = {}
    problems: list[str] = []
    if not ready():
        return salts, problems
    cursor = database.execute_sql(  # plain rows: a big register keeps millions of these
        f"SELECT id, digest, salt, value, table_name, row_id, field FROM {TABLE}"
    )
    for pv_id, digest, salt, value, table, row_id, field in cursor:
        if salt is None and value is None:
            continue  # erased by anonymising
        if salt is None or value is None or digest_of(bytes.fromhex(salt), value) != digest:
            problems.append(
                f"{table} #{row_id} field {field}: personal value #{pv_id} no longer matches "
                "the digest its audit history recorded (changed behind the app)"
            )
            continue
        salts[digest] = bytes.fromhex(salt)
    return salts, problems


def matches(table: str, field: str, current: Any, recorded: Any, salts: dict[str, bytes]) -> bool:
    """Whether a guarded field's current value is the one its history recorded."""
    if field in SECRET_FIELDS.get(table, ()):
        return bool(recorded == secret_digest(current) or recorded == current)
    if is_reference(recorded):
        salt = salts.get(recorded[REF])
        return (
            isinstance(current, str)
            and salt is not None
            and digest_of(salt, current) == recorded[REF]
        )
    return bool(recorded == current)


# -- the upgrade of an older register -------------------------------------------


def rewrite_trail(db: AnyDatabase) -> tuple[int, str, str]:
    """Rewrite an older register's audit trail and timeline so they hold references and
    digests instead of personal values and secrets, and chain the trail again.

    The old chain is verified on the way: an event that did not verify keeps its stored
    link and hash, so ``check`` still reports the break at the same event afterwards
    instead of the upgrade making a tampered trail whole again. Values of complaints
    anonymised before this upgrade are erased at once. Call inside the upgrade's
    transaction with the append-only triggers dropped. Returns the number of events and
    the chain's head before and after, so a head printed earlier can still be traced."""

    report = facts(db).upgrade_progress
    mark = db.param
    sizes = db.execute_sql("SELECT id, length(changes) FROM audit_event ORDER BY id").fetchall()
    total = len(sizes)
    if report:
        report(0, total)
    old_prev = new_prev = audit.GENESIS
    broken = False
    done = 0
    select = (
        "SELECT id, at, actor_name, table_name, row_id, action, changes, prev_hash, hash "
        f"FROM audit_event WHERE id >= {mark} AND id <= {mark} ORDER BY id"
    )
    update = (
        f"UPDATE audit_event SET changes = {mark}, prev_hash = {mark}, hash = {mark} "
        f"WHERE id = {mark}"
    )
    head = audit.GENESIS
    for first, last, count in _chunks(sizes):
        pending: list[PendingRow] = []
        updates: list[tuple[str, str, str, int]] = []
        for event_id, at, actor, table, row_id, action, text, prev_hash, stored in db.execute_sql(
            select, (first, last)
        ).fetchall():
            changes = json.loads(text)
            at_text = at if isinstance(at, str) else audit.canonical(at)
            content = {
                "at": at_text,
                "actor": actor,
                "table": table,
                "row": row_id,
                "action": action,
                "changes": changes,
            }
            linked = prev_hash == old_prev
            intact = linked and audit.event_hash(prev_hash, content) == stored
            old_prev = stored
            guarded = False
            if table in GUARDED and action == BULK_ACTION:
                guarded = guard_rows(table, changes["columns"][1], changes["rows"][1], pending)
            elif table in GUARDED:
                content["changes"] = guard_changes(table, row_id, changes, pending)
                guarded = content["changes"] is not changes
            new_text = audit.to_json(content["changes"]) if guarded else text
            if broken or not intact:
                # Keep the break where it was: a broken link stays broken, an altered
                # event keeps a hash that does not match it.
                new_link = new_prev if (linked and not broken) else prev_hash
                new_hash = stored
                broken = True
            else:
                new_link = new_prev
                new_hash = new_prev = audit.event_hash(new_prev, content)
            head = new_hash
            if (new_text, new_link, new_hash) != (text, prev_hash, stored):
                updates.append((new_text, new_link, new_hash, event_id))
        store(pending, db)
        if updates:
            db.cursor().executemany(update, updates)
        done += count
        if report:
            report(done, total)
    _rewrite_timeline(db)
    _erase_anonymised(db)
    return total, old_prev, head


def _chunks(sizes: list[tuple[int, int | None]]) -> Iterator[tuple[int, int, int]]:
    """(first id, last id, how many) of runs of at most 500 events and 8 MB of text: a
    batch event holds 20,000 rows, so a fixed count could read gigabytes at once."""
    first = None
    count = size = 0
    for event_id, length in sizes:
        if first is None:
            first = event_id
        count += 1
        size += length or 0
        if count >= 500 or size >= 8_000_000:
            yield first, event_id, count
            first, count, size = None, 0, 0
    if first is not None:
        yield first, sizes[-1][0], count


def _rewrite_timeline(db: AnyDatabase) -> None:
    """The timeline's lines about a personal field refer to the value instead of holding it."""
    mark = db.param
    names = PERSONAL_FIELDS["complaint"]
    rows = db.execute_sql(
        "SELECT id, complaint_id, field, old_value, new_value FROM event "
        f"WHERE field IN ({', '.join([mark] * len(names))}) ORDER BY id",
        names,
    ).fetchall()
    pending: list[PendingRow] = []
    updates = []
    for event_id, complaint_id, field, old, new in rows:
        values = []
        for text in (old, new):
            if text and not text.startswith(TIMELINE_PREFIX):
                text = (
                    TIMELINE_PREFIX
                    + _reference("complaint", complaint_id, field, text, pending)[REF]
                )
            values.append(text)
        if values != [old, new]:
            updates.append((*values, event_id))
    store(pending, db)
    if updates:
        db.cursor().executemany(
            f"UPDATE event SET old_value = {mark}, new_value = {mark} WHERE id = {mark}", updates
        )


def _erase_anonymised(db: AnyDatabase) -> None:
    """Erase the kept values of complaints anonymised before the upgrade, and of the
    opinion book entries they were recorded from, except a value a record holds today
    (an entry the older app left as it was, a complaint reopened and corrected since)."""
    mark = db.param
    anonymised = [
        row[0]
        for row in db.execute_sql(
            "SELECT DISTINCT complaint_id FROM event WHERE kind = 'anonymised' ORDER BY complaint_id"
        ).fetchall()
    ]
    for start in range(0, len(anonymised), 500):
        ids = anonymised[start : start + 500]
        _erase_all_but_current(db, "complaint", ids)
        entries = db.execute_sql(
            f"SELECT id FROM opinion_entry WHERE complaint_id IN ({', '.join([mark] * len(ids))})",
            ids,
        ).fetchall()
        _erase_all_but_current(db, "opinion_entry", [row[0] for row in entries])


def _erase_all_but_current(db: AnyDatabase, table: str, ids: list[int]) -> None:
    """Erase the kept values of ``ids`` (at most a few hundred) but those they hold now."""
    if not ids:
        return
    mark = db.param
    names = PERSONAL_FIELDS[table]
    marks = ", ".join([mark] * len(ids))
    current = {
        row[0]: dict(zip(names, row[1:], strict=True))
        for row in db.execute_sql(
            f"SELECT id, {', '.join(names)} FROM {table} WHERE id IN ({marks})", ids
        ).fetchall()
    }
    kept = db.execute_sql(
        f"SELECT id, row_id, field, value FROM {TABLE} WHERE table_name = {mark} "
        f"AND value IS NOT NULL AND row_id IN ({marks})",
        [table, *ids],
    ).fetchall()
    gone = [
        (pv_id,)
        for pv_id, row_id, field, value in kept
        if current.get(row_id, {}).get(field) != value
    ]
    if gone:
        db.cursor().executemany(
            f"UPDATE {TABLE} SET salt = NULL, value = NULL WHERE id = {mark}", gone
        )
