"""Input hygiene: what the register stores is exactly what was meant, nothing hidden.

Text is NFC-normalised; control characters (other than tab and newline) and
bidirectional override/isolate characters are removed, because they can make a
record display differently from what it contains; so is half of a UTF-16 pair, which
is no character at all and which the database cannot store. Everything else, emoji and
astral CJK included, is kept as typed. Length limits are refused, never cut.
"""

from __future__ import annotations

import re
import unicodedata

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError

# Limits in characters (code points), enforced here and by CHECK constraints.
LIMITS: dict[str, int] = {
    "summary": 120,
    "description": 20_000,
    "desired_outcome": 2_000,
    "customer_name": 100,
    "customer_phone": 40,
    "customer_id_no": 40,
    "vulnerable_note": 500,
    "subject_text": 200,
    "remedy": 5_000,
    "root_cause": 5_000,
    "corrective_action": 5_000,
    "followup_comment": 5_000,
    "void_reason": 1_000,
    "reason": 1_000,
    "note": 10_000,
    "name": 100,
    "code": 16,
    "address": 300,
}

TOO_LONG = QT_TRANSLATE_NOOP(
    "domain",
    "This text is {length:,} characters long; the limit is {limit:,}. Shorten it and save again.",
)
_BIDI = "\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"  # half of a UTF-16 pair: not text, and cannot be stored
_UNWANTED = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_SURROGATES}]")


def clean(value: str | None) -> str:
    """Normalise free text: NFC, CRLF to LF, unwanted controls and bidi marks removed."""
    if value is None:
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return _UNWANTED.sub("", text)


def clean_line(value: str | None) -> str:
    """Single-line text: like :func:`clean`, with line breaks and tabs folded to spaces."""
    return " ".join(clean(value).split())


def check_length(field: str, text: str, limit: int | None = None) -> str:
    limit = LIMITS[field] if limit is None else limit
    if len(text) > limit:
        raise ValidationError(
            field,
            TOO_LONG,
            length=len(text),
            limit=limit,
        )
    return text
