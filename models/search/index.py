"""Full-text search of the register that finds Chinese words of any length.

Most Chinese search words are two characters long, and SQLite's trigram tokenizer
finds nothing shorter than three, so the text is tokenised here before it reaches
FTS5: a run of Chinese (or Japanese, Korean) characters becomes its overlapping
bigrams plus its last character alone; other words are kept whole; and a run of
digits is also indexed by every suffix, so the last four digits of a phone number
find it. A search term is turned into the same tokens and looked up as a phrase, with
the last token as a prefix, which finds any substring of the Chinese text, any word
start of Latin and Vietnamese text (accents optional), and any part of a number.

The index is an FTS5 table whose rowid is the complaint id. It is written in the same
transaction as the complaint (``BaseModel.save`` and the bulk loader call in here), so
it is never behind the register. It keeps no copy of the text (contentless, no column
sizes): an entry is removed by giving FTS5 the tokens it was made from, which
``document`` makes again from the complaint as it was before the save. So a change to
``document``'s output needs a schema step that makes the index again (``make_again``).
On the branch server the same tokens go into a GIN index instead (``search_pg``).

Prefixes: FTS5 answers a prefix query only after merging the whole list of every token
that starts alike (15 ms and more for "khách*" on a million complaints), while a list of
whole tokens joined by OR is read lazily, newest first. So the index keeps prefix
indexes of one and two characters (a lone Chinese character, the first letters typed),
and ``search_term`` lists every word and bigram the index holds (not numbers), in the
form FTS5 stores it: a longer prefix is looked up there and, when it stands for a
handful of tokens, searched as those tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import peewee as pw

from models.search import postgres as search_pg
from models.search.tokens import (
    SEARCHED_FIELDS,
    TOKENIZER,
    document,
    fold,
    term_tokens,
    terms_of,
    text_of,
)
from models.storage import bulk, schema
from models.storage.db import database, facts, is_sqlite
from models.storage.typed import AnyDatabase

FTS_TABLE = "complaint_fts"
TERMS_TABLE = "search_term"
MAX_EXPANSION = 100  # a prefix standing for more tokens is left to FTS5's own prefix search
PREFIXES = (1, 2)  # prefix lengths FTS5 indexes itself
AUTOMERGE = 16  # segments FTS5 merges at a time (see tune_merges)
PENDING_BYTES = 32 << 20  # FTS5 buffer of a transaction (see buffer_bulk_writes)
SETTLED_LEVEL = 3  # where a bulk load's segment is left (see settle)


Expander = Callable[[str], list[str] | None]


def match_expression(terms: str, expand: Expander | None = None) -> str | None:
    """An FTS5 query that every whitespace-separated term must match, or None if the
    terms hold nothing searchable (only punctuation). ``expand`` turns a prefix into the
    whole tokens it stands for (None: too many to list)."""
    parts = []
    for tokens, whole_bigram in map(term_tokens, terms.split()):
        if not tokens:
            continue
        last = tokens[-1]
        phrase = '"' + " ".join(tokens) + '"' + ("" if whole_bigram else "*")
        if len(tokens) == 1 and tokens[0].isdigit():
            parts.append("{body extra} : " + phrase)  # any part of a number
            continue
        short = len(last) <= max(PREFIXES)  # FTS5's own prefix index answers it
        whole = expand(fold(last)) if expand and not (whole_bigram or short) else None
        if whole:  # the tokens the prefix stands for, each matched whole
            head = " ".join(tokens[:-1])
            phrases = ['"' + f"{head} {token}".strip() + '"' for token in whole]
            parts.append("body : (" + " OR ".join(phrases) + ")")
        else:  # none listed (so FTS5 is asked as typed) or too many
            parts.append("body : " + phrase)
    return " AND ".join(parts) if parts else None


def expander(db: pw.Database) -> Expander:
    """Prefix -> the whole tokens of the word list that start with it, at most
    ``MAX_EXPANSION`` of them (None if there are more)."""

    def expand(prefix: str) -> list[str] | None:
        found = [
            row[0]
            for row in db.execute_sql(
                f"SELECT term FROM {TERMS_TABLE} WHERE term >= ? AND term < ? "
                f"ORDER BY term LIMIT {MAX_EXPANSION + 1}",
                (prefix, prefix + "\U0010ffff"),
            )
        ]
        return found if len(found) <= MAX_EXPANSION else None

    return expand


def expression(db: pw.Database, terms: str) -> str | None:
    """``match_expression`` with prefixes looked up in the word list."""
    return match_expression(terms, expander(db))


def create_index(db: AnyDatabase) -> None:
    if not is_sqlite(db):
        search_pg.create_index(db)
        return
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(body, extra, "
        f"prefix = '{' '.join(map(str, PREFIXES))}', tokenize = '{TOKENIZER}', "
        "content = '', columnsize = 0)"
    )
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {TERMS_TABLE} (term TEXT PRIMARY KEY) WITHOUT ROWID"
    )


def tune_merges(db: AnyDatabase) -> None:
    """Let FTS5 merge its segments 16 at a time instead of 4. Every save adds a small
    segment, and with 4 the third level of merging fell on every 64th save, which then
    took 30-60 ms instead of 2; with 16 the merges are rarer (every 16 and 256 saves) and
    the small ones cost nothing, for a few more segments to read per search."""
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('automerge', {AUTOMERGE})")


def buffer_bulk_writes(db: AnyDatabase) -> None:
    """Let FTS5 gather 32 MB of new entries in a transaction before writing them out as a
    segment, instead of 1 MB. A save at the counter adds a few hundred bytes and is
    written at its commit as before; a bulk load of 20,000 complaints writes one or two
    segments instead of dozens, each merged again later (a third faster per complaint)."""
    db.execute_sql(
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES ('hashsize', {PENDING_BYTES})"
    )


def _varint(data: bytes, at: int) -> tuple[int, int]:
    """An SQLite varint (big-endian, 7 bits a byte, the ninth byte whole) and where the
    next value starts."""
    value = 0
    for n in range(9):
        byte = data[at + n]
        if n == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + n + 1
    raise AssertionError("unreachable")


def _segment_levels(db: AnyDatabase) -> list[int] | None:
    """The level of each segment of the index, read from FTS5's structure record (row 10
    of its data table: a 4-byte cookie, then varints: levels, segments, write counter,
    and per level the segments being merged, the segments, and per segment its id,
    first and last page). None if the record is not in that layout."""
    row = db.execute_sql(f"SELECT block FROM {FTS_TABLE}_data WHERE id = 10").fetchone()
    try:
        data = bytes(row[0])
        levels_count, at = _varint(data, 4)
        _segments, at = _varint(data, at)
        _writes, at = _varint(data, at)
        levels = []
        for level in range(levels_count):
            _merging, at = _varint(data, at)
            count, at = _varint(data, at)
            for _ in range(count * 3):
                _value, at = _varint(data, at)
            levels += [level] * count
    except (IndexError, TypeError):
        return None  # no record, or one of another layout (SQLite's V2, for other tables)
    return levels if at == len(data) else None


def settle(db: AnyDatabase) -> None:
    """After a bulk load, merge the index into one segment on a level the counter's own
    saves take tens of thousands of saves to reach. FTS5 merges a level once it holds 16
    segments, and a bulk load leaves its big segments on the lowest one, where every
    save adds one: the 11th save after loading 100,000 complaints waited 1.6 s while
    they were merged, and 200 saves after a million it would wait tens of seconds.
    Merged in place, the one segment lands a level up; FTS5 moves the whole index above
    its highest level when segments sit on two levels, so one small entry written again
    and a second merge take it to level 3 (16^3 merges of saves before it is touched).
    Costs one or two rewrites of the index (1.5 s each per 100,000 complaints)."""
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
    levels = _segment_levels(db)
    if levels is not None and min(levels, default=SETTLED_LEVEL) >= SETTLED_LEVEL:
        return
    fields = ", ".join(SEARCHED_FIELDS)
    newest = db.execute_sql(
        f"SELECT id, {fields} FROM complaint ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if newest is None:
        return
    values = dict(zip(SEARCHED_FIELDS, newest[1:], strict=True))
    reindex(db, newest[0], values, before=values)
    db.execute_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")


def add_prefix_indexes(db: AnyDatabase) -> None:
    """Make the index again with its prefix indexes, from the tokens it already holds."""
    sql = db.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone()
    if sql is None or "prefix" in sql[0]:
        return
    db.execute_sql(f"ALTER TABLE {FTS_TABLE} RENAME TO {FTS_TABLE}_old")
    create_index(db)
    db.execute_sql(
        f"INSERT INTO {FTS_TABLE} (rowid, body, extra) "
        f"SELECT rowid, body, extra FROM {FTS_TABLE}_old"
    )
    db.execute_sql(f"DROP TABLE {FTS_TABLE}_old")


def rebuild_terms(db: AnyDatabase) -> None:
    """The word list made again from the index itself (after an upgrade, or once
    anonymising has removed words): only tokens some complaint still holds."""
    db.execute_sql(f"DELETE FROM {TERMS_TABLE}")
    db.execute_sql(f"CREATE VIRTUAL TABLE temp.cb_terms USING fts5vocab(main, {FTS_TABLE}, row)")
    try:
        db.execute_sql(
            f"INSERT INTO {TERMS_TABLE} (term) SELECT term FROM temp.cb_terms "
            "WHERE term GLOB '*[^0-9]*'"
        )
    finally:
        db.execute_sql("DROP TABLE temp.cb_terms")


def index_rows(cursor: Any, rows: Iterable[tuple[int, Mapping[str, Any]]]) -> None:
    """Index complaints not in the index yet, given as (id, values), on a raw DB-API
    cursor in the caller's transaction: the bulk loader and the schema upgrade."""
    if not is_sqlite():
        search_pg.index_rows(cursor, rows)
        return
    batch = [(cid, *document(text_of(values))) for cid, values in rows]
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, body, extra) VALUES (?, ?, ?)", batch)
    cursor.executemany(
        f"INSERT OR IGNORE INTO {TERMS_TABLE} (term) VALUES (?)", terms_of(b[1] for b in batch)
    )


def index_all(db: AnyDatabase, progress: Callable[[int], None] | None = None) -> None:
    """Index every complaint of the register into an empty index (a schema upgrade), in
    batches; ``progress(done)`` after each."""
    fields = ", ".join(SEARCHED_FIELDS)
    cursor = db.execute_sql(f"SELECT id, {fields} FROM complaint ORDER BY id")
    done = 0
    while batch := cursor.fetchmany(5000):
        index_rows(
            db.cursor(),
            [(row[0], dict(zip(SEARCHED_FIELDS, row[1:], strict=True))) for row in batch],
        )
        done += len(batch)
        if progress:
            progress(done)


def reindex(
    db: AnyDatabase,
    complaint_id: int,
    values: Mapping[str, Any],
    *,
    before: Mapping[str, Any] | None = None,
) -> None:
    """Keep one complaint's index entry in step; call inside its write transaction.
    ``before``: the complaint as stored until now (None for a new one), whose entry is
    removed first."""
    if before is not None and is_sqlite(db):
        db.execute_sql(
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, body, extra) VALUES ('delete', ?, ?, ?)",
            (complaint_id, *document(text_of(before))),
        )
    index_rows(db.cursor(), [(complaint_id, values)])


def make_again(db: AnyDatabase) -> None:
    """Drop the index and make it again from the register, with its settings, merged
    as after a bulk load (a schema upgrade that changes how entries are stored). Reports
    to the upgrade's ``progress`` if it has one: the merging at the end counts as a
    third of the complaints (it rewrites the index once or twice)."""
    report = facts(db).upgrade_progress
    total = 0
    if report:
        total = int(db.execute_sql("SELECT count(*) FROM complaint").fetchone()[0])
        total += total // 3
        report(0, total)
    db.execute_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    create_index(db)
    tune_merges(db)
    buffer_bulk_writes(db)
    index_all(db, (lambda done: report(done, total)) if report else None)
    settle(db)
    if report:
        report(total, total)


def has_index(db: pw.Database) -> bool:
    if is_sqlite(db):
        return db.table_exists(FTS_TABLE)
    return db.table_exists(search_pg.TABLE)


def ready(db: pw.Database) -> bool:
    """``has_index``, asked once per opened database (not at every save)."""
    known = facts(db)
    if known.search_ready is None:
        known.search_ready = has_index(db)
    return known.search_ready


def _complaint_saved(
    model: type[schema.BaseModel],
    row_id: int,
    creating: bool,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    """A complaint saved through the ORM: its entry in the index follows its words."""
    if model is not schema.Complaint or not ready(database.obj):
        return
    if creating or any(before.get(f) != after.get(f) for f in SEARCHED_FIELDS):
        reindex(database.obj, row_id, after, before=None if creating else before)


def _complaints_loaded(
    model: type[schema.BaseModel], first: int, names: list[str], rows: list[list[Any]]
) -> None:
    """Complaints loaded in a batch (``models.storage.bulk``): indexed in the same transaction."""
    if model is schema.Complaint and ready(database.obj):
        index_rows(
            database.cursor(), [(row[0], dict(zip(names, row[1:], strict=True))) for row in rows]
        )


schema.SAVE_HOOKS.register(_complaint_saved, _complaints_loaded, name="search index")


def settle_search_index(loaded: int) -> None:
    """After loading ``loaded`` complaints, in the caller's transaction: keep the counter's
    saves from paying for merging them into the search index later (``search.settle``).
    Skipped for a load under one batch or under a tenth of the register: settling
    rewrites the whole index, and a small load's segment is cheap to merge anyway."""
    db = database.obj
    if not is_sqlite(db) or not ready(db) or loaded < bulk.BATCH:
        return
    if loaded * 10 >= bulk.next_id(schema.Complaint) - 1:
        settle(db)
