"""The words of a complaint as the search indexes see them, on either engine.

A run of Chinese (or Japanese, Korean) characters becomes its overlapping bigrams plus
its last character alone; other words are kept whole, folded (accents optional); a run
of digits is also kept by every suffix, so the last four digits of a phone number find
it. ``models.search.index`` writes these tokens into SQLite's FTS5 index, ``models.search.postgres``
into the branch server's; the systemic check compares summaries with them too.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from operator import add
from typing import Any

# SQLite's own folding of accents, which the index and the search terms both follow.
TOKENIZER = "unicode61 remove_diacritics 2"
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


@cache
def _fold_table() -> dict[int, str]:
    """What the FTS5 tokenizer makes of each letter (it drops accents, lowercases), asked
    of this SQLite itself once, so the word list holds tokens exactly as FTS5 does."""
    # Latin, Greek and Cyrillic with their extensions: the scripts whose accents it drops.
    codes = [*range(0x80, 0x530), *range(0x1E00, 0x2000)]
    letters = [chr(c) for c in codes if unicodedata.category(chr(c)).startswith("L")]
    db = sqlite3.connect(":memory:")
    try:
        db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = '{TOKENIZER}')")
        db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        db.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", [(ord(c), c) for c in letters])
        stored = dict(db.execute("SELECT doc, term FROM v WHERE length(term) = 1"))
    finally:
        db.close()
    return {code: term for code, term in stored.items() if term != chr(code)}


def fold(token: str) -> str:
    """``token`` (casefolded, NFC) as the FTS5 index stores it."""
    return token if token.isascii() else token.translate(_fold_table())


def terms_of(bodies: Iterable[str]) -> list[tuple[str]]:
    """The distinct words and bigrams of documents' body columns, as rows of the word list
    (numbers are left out: the digit suffixes already find any part of them)."""
    tokens: set[str] = set()
    for body in bodies:
        tokens.update(body.split())
    return [(term,) for term in {fold(t) for t in tokens if not t.isdigit()}]


def term_tokens(term: str) -> tuple[list[str], bool]:
    """A search term's tokens, as the index holds them in order, and whether the last is
    a whole Chinese bigram. Only a last token that may be cut short (a word being typed,
    a lone Chinese character) is matched as a prefix: a whole bigram matches exactly,
    which hands over the newest matches first instead of merging every token alike."""
    tokens: list[str] = []
    for kind, run in _runs(term):
        tokens.extend(_cjk_tokens(run)[:-1] or [run] if kind == "cjk" else [run])
    last = tokens[-1] if tokens else ""
    return tokens, len(last) == 2 and all(_cjk_char().match(ch) for ch in last)


def text_of(values: Mapping[str, Any]) -> str:
    return "\n".join(str(values.get(name) or "") for name in SEARCHED_FIELDS)
