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
it is never behind the register. PostgreSQL keeps using a plain substring match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from operator import add
from typing import Any

import peewee as pw

FTS_TABLE = "complaint_fts"
SEARCHED_FIELDS = ("register_no", "customer_name", "customer_phone", "summary", "description")
MIN_SUFFIX = 2
MAX_DIGITS = 24  # longer digit runs (pasted account numbers) are indexed whole only


_CJK = (
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # hangul syllables
    "\uf900-\ufaff"  # compatibility ideographs
    "\U00020000-\U0003ffff"  # extensions B and later
)


@cache
def _run_pattern() -> re.Pattern[str]:
    """A run of CJK characters, or a run of other letters and digits (not underscore).
    Compiled when first used: it takes 10 ms, which start-up need not pay."""
    return re.compile(f"([{_CJK}]+)|([^\\W_{_CJK}]+)")


@cache
def _cjk_char() -> re.Pattern[str]:
    return re.compile(f"[{_CJK}]")


def _runs(text: str) -> Iterable[tuple[str, str]]:
    """(kind, run) pairs: kind is "cjk" or "word"; everything else separates runs."""
    for match in _run_pattern().finditer(unicodedata.normalize("NFC", text).casefold()):
        cjk, word = match.groups()
        yield ("cjk", cjk) if cjk else ("word", word)


def _cjk_tokens(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def document(text: str) -> tuple[str, str]:
    """The two indexed columns of a text: its tokens in order, and digit suffixes."""
    body: list[str] = []
    extra: list[str] = []
    for cjk, word in _run_pattern().findall(unicodedata.normalize("NFC", text).casefold()):
        if cjk:
            if len(cjk) > 1:
                body.append(" ".join(map(add, cjk, cjk[1:])))  # the bigrams, at C speed
            body.append(cjk[-1])
        else:
            body.append(word)
            if word.isdigit() and MIN_SUFFIX < len(word) <= MAX_DIGITS:
                extra.extend([word[i:] for i in range(1, len(word) - MIN_SUFFIX + 1)])
    return " ".join(body), " ".join(extra)


def match_expression(terms: str) -> str | None:
    """An FTS5 query that every whitespace-separated term must match, or None if the
    terms hold nothing searchable (only punctuation)."""
    parts = []
    for term in terms.split():
        tokens: list[str] = []
        for kind, run in _runs(term):
            tokens.extend(_cjk_tokens(run)[:-1] or [run] if kind == "cjk" else [run])
        if not tokens:
            continue
        # A prefix match only where the last token may be cut short: a word being typed or
        # a lone Chinese character. A whole bigram matches exactly, which lets FTS5 hand
        # over the newest matches first instead of merging every token that starts alike.
        last = tokens[-1]
        whole_bigram = len(last) == 2 and all(_cjk_char().match(ch) for ch in last)
        phrase = '"' + " ".join(tokens) + '"' + ("" if whole_bigram else "*")
        if len(tokens) == 1 and tokens[0].isdigit():
            parts.append("{body extra} : " + phrase)  # any part of a number
        else:
            parts.append("body : " + phrase)
    return " AND ".join(parts) if parts else None


def text_of(values: Mapping[str, Any]) -> str:
    return "\n".join(str(values.get(name) or "") for name in SEARCHED_FIELDS)


def create_index(db: pw.Database) -> None:
    db.execute_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
        "body, extra, tokenize = 'unicode61 remove_diacritics 2')"
    )


def index_rows(
    cursor: Any, rows: Iterable[tuple[int, Mapping[str, Any]]], *, fresh: bool = False
) -> None:
    """(Re)index complaints given as (id, values) on a raw DB-API cursor, in the caller's
    transaction; used by the bulk loader and the schema upgrade. ``fresh``: the rows are
    new, so there is nothing to replace."""
    batch = [(cid, *document(text_of(values))) for cid, values in rows]
    if not fresh:
        cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(b[0],) for b in batch])
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, body, extra) VALUES (?, ?, ?)", batch)


def reindex(
    db: pw.Database, complaint_id: int, values: Mapping[str, Any], *, fresh: bool = False
) -> None:
    """Keep one complaint's index entry in step; call inside its write transaction.
    ``fresh``: a new complaint, with nothing to replace."""
    index_rows(db.cursor(), [(complaint_id, values)], fresh=fresh)


def has_index(db: pw.Database) -> bool:
    return isinstance(db, pw.SqliteDatabase) and db.table_exists(FTS_TABLE)


def ready(db: pw.Database) -> bool:
    """``has_index``, asked once per opened database (not at every save)."""
    found = getattr(db, "search_ready", None)
    if found is None:
        found = db.search_ready = has_index(db)
    return bool(found)
