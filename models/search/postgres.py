"""The search index on the branch server (PostgreSQL): the same tokens as SQLite's.

Each complaint's tokens (bigrams of Chinese, whole words, suffixes of numbers, made by
``search_tokens.document``) are stored as a ``tsvector`` written out lexeme by lexeme with
their positions, so PostgreSQL's text parser and the server's locale never split or
drop a Chinese character. A search term becomes a ``tsquery`` of the same tokens in
order (``<->``), the last one a prefix (``:*``) where it may be cut short; a GIN index
answers it. Accents are dropped on both sides here, so "nguyen" finds "Nguyễn".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import peewee as pw

from models.search import tokens as search_tokens
from models.storage.typed import AnyDatabase

TABLE = "complaint_search"
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
MAX_LEXEME = 500  # characters; PostgreSQL refuses lexemes over 2 KB
# GIN gathers new entries in a pending list and the save that fills it merges it into
# the index: with PostgreSQL's 4 MB that save took 1.35 s on a million complaints.
# A 256 kB list is merged every 250 or so saves, in 30 to 110 ms.
PENDING_LIST_KB = 256


def fold(token: str) -> str:
    """Without accents: Vietnamese and other Latin letters to their base letter."""
    if token.isascii():
        return token
    bare = "".join(c for c in unicodedata.normalize("NFD", token) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d")[:MAX_LEXEME]


def vector(text: str) -> str:
    """A complaint's text as ``tsvector`` input: its tokens at their positions, then the
    digit suffixes apart from them (so no phrase runs from the text into a suffix)."""
    body, extra = search_tokens.document(text)
    tokens = body.split()
    parts = [f"'{fold(t)}':{min(i, MAX_POSITION)}" for i, t in enumerate(tokens, start=1)]
    start = len(tokens) + 2
    parts += [f"'{t}':{min(start + i, MAX_POSITION)}" for i, t in enumerate(extra.split())]
    return " ".join(parts)


def query(terms: str) -> str | None:
    """A ``tsquery`` every whitespace-separated term must match, or None if the terms
    hold nothing searchable (only punctuation)."""
    parts = []
    for tokens, whole_bigram in map(search_tokens.term_tokens, terms.split()):
        if not tokens:
            continue
        lexemes = [f"'{fold(t)}'" for t in tokens]
        if not whole_bigram:
            lexemes[-1] += ":*"
        parts.append("(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts) if parts else None


def create_index(db: AnyDatabase) -> None:
    db.execute_sql(
        f"CREATE TABLE IF NOT EXISTS {TABLE} ("
        "id INTEGER PRIMARY KEY REFERENCES complaint (id), doc tsvector NOT NULL)"
    )
    db.execute_sql(
        f"CREATE INDEX IF NOT EXISTS {TABLE}_doc ON {TABLE} USING gin (doc) "
        f"WITH (gin_pending_list_limit = {PENDING_LIST_KB})"
    )
    # Statistics on many words: with the default 100, a word the planner has no figure
    # for is taken as common, and the newest matches are looked for by walking the whole
    # register backwards (150 ms for a word found nowhere in 200,000 complaints).
    db.execute_sql(f"ALTER TABLE {TABLE} ALTER COLUMN doc SET STATISTICS 1000")


def bound_pending_list(db: AnyDatabase) -> None:
    """Give an existing server index the small pending list (``PENDING_LIST_KB``)."""
    db.execute_sql(f"ALTER INDEX {TABLE}_doc SET (gin_pending_list_limit = {PENDING_LIST_KB})")


def index_rows(cursor: Any, rows: Iterable[tuple[int, Mapping[str, Any]]]) -> None:
    """(Re)index complaints given as (id, values), in the caller's transaction."""
    cursor.executemany(
        f"INSERT INTO {TABLE} (id, doc) VALUES (%s, %s::tsvector) "
        "ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc",
        [(cid, vector(search_tokens.text_of(values))) for cid, values in rows],
    )


def matching_ids(terms: str) -> pw.Node | None:
    """A subquery of the ids of the complaints whose text matches ``terms``."""
    text = query(terms)
    if text is None:
        return None
    return pw.SQL(f"(SELECT id FROM {TABLE} WHERE doc @@ %s::tsquery)", (text,))


def count_matches(db: pw.Database, terms: str, limit: int) -> int | None:
    """How many complaints match ``terms``, counting no further than ``limit``, from the
    search table alone (5 times faster than through the complaint table); None if the
    terms hold nothing searchable."""
    text = query(terms)
    if text is None:
        return None
    sql = f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE doc @@ %s::tsquery LIMIT %s) s"
    return int(db.execute_sql(sql, (text, limit)).fetchone()[0])
