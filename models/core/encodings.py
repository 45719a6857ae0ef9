"""Which code page a CSV is in, when it is not UTF-8.

Excel on Windows saves "CSV" in the code page of the PC's language. Bytes of one code
page very often decode without error in another (Shift-JIS and GB18030 bytes are valid
Windows-1252), and a general detector ranks a short file by its ASCII header, not by
the few words that matter. So each reading that decodes strictly is scored on its
non-ASCII characters alone, by how a real text in that code page's language looks:
common characters of the language (the first level of GB2312, Big5 and JIS X 0208),
letters written in words of one case, accents where the language puts them. The best
reading is taken only when it looks like real text and no other reading comes near;
otherwise the file is refused with the code pages it may be in, never read garbled.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from models.core import common_hanzi

# What Excel writes as "CSV" on Windows, by the language of the PC: the Chinese,
# Taiwanese and Hong Kong, Japanese, Western and Vietnamese code pages.
ENCODINGS = ("gb18030", "big5", "shift_jis", "cp1252", "cp1258")
NAMES = {
    "utf-8": "UTF-8",
    "gb18030": "GB18030",
    "big5": "Big5",
    "shift_jis": "Shift-JIS",
    "cp1252": "Windows-1252",
    "cp1258": "Windows-1258",
}
UTF8_BOM = b"\xef\xbb\xbf"
# A reading is taken when its non-ASCII characters look like real text (on average at
# most this odd, 0 being everyday text and 1 garbage) and every other reading holds at
# least this many more odd characters' worth.
ODD_AT_MOST = 0.3
MARGIN = 0.8
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UnknownEncoding(UnicodeError):
    """No accepted code page reads the file as text."""


class AmbiguousEncoding(UnicodeError):
    """More than one code page reads the file as plausible, different text."""

    def __init__(self, candidates: list[str]) -> None:
        super().__init__(", ".join(candidates))
        self.candidates = candidates


def read_text(raw: bytes) -> str:
    """The file's text: UTF-8 (BOM optional), else the one reading of ``ENCODINGS``
    that looks like real text and is clearly better than any other."""
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = _sample(raw)
    readings: dict[str, str] = {}
    for encoding in ENCODINGS:
        try:
            raw.decode(encoding)  # the whole file reads without a fault, not only the sample
        except UnicodeDecodeError:
            continue
        text = unicodedata.normalize("NFC", sample.decode(encoding))
        if not _NOT_TEXT.search(text) and text not in readings.values():
            readings[encoding] = text
    odd = {encoding: oddness(encoding, text) for encoding, text in readings.items()}
    looks_real = [e for e in readings if odd[e][0] <= ODD_AT_MOST * odd[e][1]]
    if not looks_real:
        raise UnknownEncoding("none of the accepted encodings")
    best = min(looks_real, key=lambda e: odd[e][0])
    close = [e for e in looks_real if odd[e][0] < odd[best][0] + MARGIN]
    if len(close) > 1:
        raise AmbiguousEncoding([NAMES[e] for e in ENCODINGS if e in close])
    text = unicodedata.normalize("NFC", raw.decode(best))
    if _NOT_TEXT.search(text):
        raise UnknownEncoding("none of the accepted encodings")
    return text


# The lines that hold non-ASCII bytes, up to this many bytes of them, are what the
# readings are judged by: enough to tell any two apart, and quick for a register of years.
SAMPLE_BYTES = 64 * 1024
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _sample(raw: bytes) -> bytes:
    """Whole lines with non-ASCII bytes (a line break is never part of a character in
    these code pages, so each line reads on its own)."""
    taken: list[bytes] = []
    size = position = 0
    while size < SAMPLE_BYTES:
        found = _NON_ASCII.search(raw, position)
        if found is None:
            break
        start = raw.rfind(b"\n", 0, found.start()) + 1
        end = raw.find(b"\n", found.start())
        end = len(raw) if end < 0 else end
        taken.append(raw[start:end])
        size += end - start
        position = end + 1
    return b"\n".join(taken)


def oddness(encoding: str, text: str) -> tuple[float, int]:
    """How odd ``text``'s non-ASCII characters are for the language ``encoding`` is
    written for (0 each everyday character, up to 1 each that real text would not
    hold there), and how many there are."""
    judge = _JUDGES[encoding]
    marks = [judge(text, i) for i, ch in enumerate(text) if ord(ch) > 0x7F]
    return sum(marks), len(marks)


def _code(ch: str, encoding: str) -> int:
    """The character's two-byte code in ``encoding``, 0 when it has none."""
    try:
        raw = ch.encode(encoding)
    except UnicodeEncodeError:
        return 0
    return int.from_bytes(raw, "big") if len(raw) == 2 else 0


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _inside_latin_word(text: str, i: int) -> bool:
    """A Chinese or Japanese character does not sit inside a Latin word (an accented
    Western letter read with the next byte as a CJK pair does)."""
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return _ascii_letter(before) and _ascii_letter(after)


def _cjk(odd: float, text: str, i: int) -> float:
    return max(odd, 0.8) if _inside_latin_word(text, i) else odd


def _full_width(ch: str) -> bool:
    return "\uff01" <= ch <= "\uff5e" or "\u3000" <= ch <= "\u3011"  # ！Ａ１、。「」


def _chinese(
    encoding: str, common: frozenset[str], level1: tuple[int, int]
) -> Callable[[str, int], float]:
    def judge(text: str, i: int) -> float:
        ch = text[i]
        if ch in common or _full_width(ch):
            return _cjk(0.0, text, i)
        code = _code(ch, encoding)
        if level1[0] <= code <= level1[1]:
            odd = 0.4  # Korean read as Chinese is such characters, and few common ones
        elif code:
            odd = 0.6  # in the code page, among the rare characters or signs
        else:
            odd = 1.0
        return _cjk(odd, text, i)

    return judge


# GB2312's first level B0A1-D7F9 holds its 3,755 everyday characters; Big5's A440-C67E
# its 5,401 frequent ones.
_gb = _chinese("gb2312", common_hanzi.SIMPLIFIED, (0xB0A1, 0xD7F9))
_big5 = _chinese("big5", common_hanzi.TRADITIONAL, (0xA440, 0xC67E))


def _japanese(text: str, i: int) -> float:
    ch = text[i]
    if "\u3041" <= ch <= "\u30ff" or _full_width(ch):  # kana, 、。「」, full width
        return _cjk(0.0, text, i)
    if "\uff61" <= ch <= "\uff9f":  # half-width katakana: old systems only
        return 0.7
    code = _code(ch, "shift_jis")
    if 0x889F <= code <= 0x9872:  # JIS X 0208 first level: 2,965 everyday kanji
        odd = 0.25
    elif 0x8140 <= code <= 0x81FC:  # punctuation and signs
        odd = 0.2
    elif code:
        odd = 0.6
    else:
        odd = 1.0
    return _cjk(odd, text, i)


# Letters and signs a Western code page holds that real text seldom uses, but that
# Chinese or Japanese bytes read as Windows-1252 are full of.
_RARE_SIGNS = set("‚„ˆ‰†‡‹›˜¤¦¨¯´¸¬±¶ƒÐðÞþªºµ")
_ODD_LETTERS = set("ŠšŽžŒœŸ")
# Windows-1252 letters that are Vietnamese tone marks in Windows-1258: after a vowel
# they are a Vietnamese word read in the wrong code page.
_TONE_LOOKALIKES = set("ìòÌÒ")
_VOWELS = set("aeiouyAEIOUY")
_VIETNAMESE_MARKS = set("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")
_OPENING = set("“‘«¿¡")
_CLOSING = set("”’»")


def _latin(vietnamese: bool) -> Callable[[str, int], float]:
    def judge(text: str, i: int) -> float:
        ch = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        category = unicodedata.category(ch)
        if category == "Mn":  # a tone mark on nothing it can go on
            return 1.0
        if ch in _RARE_SIGNS:
            return 0.8
        if not category.startswith("L"):
            return _sign(ch, before, after)
        odd = 0.0
        if ch in _ODD_LETTERS:
            odd = 0.5
        if vietnamese and not _vietnamese_letter(ch):
            odd = 0.5
        if not vietnamese and ch in _TONE_LOOKALIKES and _base(before) in _VOWELS:
            odd = 0.8
        if ch.isupper() and before.islower():  # wOrd: one word, two cases
            odd = 1.0
        if ord(before) > 0x7F and ord(after) > 0x7F and before.isalpha() and after.isalpha():
            odd = max(odd, 0.7)  # three accented letters in a row
        return odd

    return judge


def _sign(ch: str, before: str, after: str) -> float:
    """Quotes open before a word and close after one; signs (€ £ ° –) stand beside
    text, not in a heap of other signs."""
    if ch in _OPENING and (before.isalnum() or not after.isalnum()):
        return 0.8
    if ch in _CLOSING and not before.isalnum() and not (before in ".!?" and before):
        return 0.8
    crowded = (ord(before) > 0x7F) + (ord(after) > 0x7F)
    return (0.0, 0.3, 0.8)[crowded]


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[:1]


def _vietnamese_letter(ch: str) -> bool:
    if ch in "đĐ":
        return True
    parts = unicodedata.normalize("NFD", ch)
    return parts[:1].isascii() and set(parts[1:]) <= _VIETNAMESE_MARKS


_JUDGES: dict[str, Callable[[str, int], float]] = {
    "gb18030": _gb,
    "big5": _big5,
    "shift_jis": _japanese,
    "cp1252": _latin(vietnamese=False),
    "cp1258": _latin(vietnamese=True),
}
