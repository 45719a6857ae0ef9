"""What every PDF of the app shares: the embedded font, paragraph styles, "page X of Y".

The bundled WenQuanYi Micro Hei covers Latin with Vietnamese, and simplified and
traditional Chinese, so one font renders all four languages and is embedded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from models.core.resources import RESOURCES

FONT = "CBSans"
FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
INK = colors.HexColor("#1f2d3d")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d1db")


def register_fonts() -> str:
    """Register the embedded font once (bold maps to the same face: it has one weight)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    return FONT


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, wordWrap="CJK"
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.5),
        "title": ParagraphStyle("title", parent=base, fontSize=22, leading=28, spaceAfter=8),
        "h1": ParagraphStyle(
            "h1", parent=base, fontSize=14, leading=19, spaceBefore=10, spaceAfter=4
        ),
        "h2": ParagraphStyle(
            "h2", parent=base, fontSize=11, leading=15, spaceBefore=6, spaceAfter=2
        ),
    }


PLACEHOLDER = "\u25a1"  # a visible box where the bundled font has no glyph (emoji, CJK Ext. B)


@cache
def _glyphs() -> dict[int, int]:
    register_fonts()
    return pdfmetrics.getFont(FONT).face.charToGlyph  # type: ignore[attr-defined,no-any-return]


@cache
def _drawable() -> frozenset[str]:
    """Every character the font draws, and the controls (tab, newline) kept as they are."""
    return frozenset(map(chr, _glyphs())) | frozenset(map(chr, range(0x20)))


def printable(text: str) -> str:
    """``text`` with characters the embedded font cannot draw shown as a visible box and
    the character's code (□U+2000B), so the paper still says which character it was.

    Without this they would print as nothing at all, silently dropping what a customer wrote
    (a rare character in a name, the very thing some complaints are about).
    """
    if _drawable().issuperset(text):  # one set operation: the register checks every cell
        return text
    glyphs = _glyphs()
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x20 or code in glyphs:
            out.append(ch)
        elif 0xFE00 <= code <= 0xFE0F or code == 0x200D:
            continue  # variation selectors and joiners belong to the (already boxed) character before
        else:
            out.append(f"{PLACEHOLDER}U+{code:04X}")
    return "".join(out)


class _Widths(dict[str, float]):
    """Character -> width at 1 pt; half an em for one the font lacks (printed as a box)."""

    def __missing__(self, ch: str) -> float:
        return 0.5


@cache
def _unit_widths() -> _Widths:
    """Width of every character the font has, at 1 pt (line breaking measures them all)."""
    register_fonts()
    face = pdfmetrics.getFont(FONT).face  # type: ignore[attr-defined]  # a TrueType font's
    widths = face.charWidths
    default = face.defaultWidth
    return _Widths((chr(code), widths.get(code, default) / 1000) for code in _glyphs())


# After a space or hyphen, or any CJK character, a line may break.
_BREAK = re.compile("[ \\-\u2e80-\U0010ffff]")


def text_width(text: str, size: float) -> float:
    """Width of ``text`` at ``size`` pt in the embedded font (0.5 em for a character it lacks)."""
    return sum(map(_unit_widths().__getitem__, text)) * size


def wrap_list(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` at ``size`` pt.

    Breaks after spaces and hyphens and between CJK characters; a word longer than the
    line is cut where it must be, so account numbers and URLs wrap instead of running off
    the cell. Measured with running sums and a binary search per line rather than a loop
    per character: the register wraps several long texts for each of 10,000 complaints.
    """
    text = printable(text)
    get = _unit_widths().__getitem__
    limit = width / size + 1e-9  # running sums round differently from a fresh sum
    if "\n" not in text and sum(map(get, text)) <= limit:
        return [text]  # the common case: it fits as it is
    out: list[str] = []
    for source in text.split("\n"):
        sums = list(accumulate(map(get, source)))
        if not sums or sums[-1] <= limit:
            out.append(source.rstrip())
            continue
        breaks = [m.end() for m in _BREAK.finditer(source)]  # a line may end just before these
        end_of_text = len(source)
        start, base = 0, 0.0
        while start < end_of_text:
            end = bisect_right(sums, base + limit, lo=start)  # source[start:end] fits
            if end >= end_of_text:
                out.append(source[start:].rstrip())
                break
            if end == start:
                end = start + 1  # one character wider than the line: it gets a line of its own
                cut = end
            elif source[end] == " ":
                cut = end  # the next character is a space: break there and drop it
            else:
                i = bisect_right(breaks, end) - 1
                cut = breaks[i] if i >= 0 and breaks[i] > start else end
            out.append(source[start:cut].rstrip())
            start = cut + 1 if cut < end_of_text and source[cut] == " " and cut == end else cut
            base = sums[start - 1] if start else 0.0
    return out


def wrap_lines(text: str, width: float, size: float) -> str:
    """``text`` wrapped by ``wrap_list``, joined by newlines (a table cell's plain string)."""
    return "\n".join(wrap_list(text, width, size))


def para_text(text: str) -> str:
    """Plain text made safe for a Paragraph (which parses markup), line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


class NumberedCanvas(rl_canvas.Canvas):
    """Writes "page X of Y" on every page without holding pages back.

    The total is a form XObject drawn on each page and defined once at the end, so a
    500-page register streams out page by page instead of keeping every page in memory.
    """

    _pageNumber: int  # reportlab's own, not in its stubs
    _pagesize: tuple[float, float]

    page_label = "Page {page} of {pages}"
    FORM = "cbTotalPages"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in the embedded font, so no unembedded Helvetica is referenced.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = register_fonts()
        super().__init__(*args, **kwargs)

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._draw_page_number()
        super().showPage()

    def _draw_page_number(self) -> None:
        prefix, _, suffix = self.page_label.partition("{pages}")
        prefix = prefix.format(page=self._pageNumber)
        self._suffix = suffix.format(page=self._pageNumber)
        x = self._pagesize[0] - 60 * 2.835
        y = 10 * 2.835
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawString(x, y, prefix)
        self.translate(x + pdfmetrics.stringWidth(prefix, FONT, 8), y)
        self.doForm(self.FORM)
        self.restoreState()

    def save(self) -> None:
        total = self._pageNumber - 1
        self.beginForm(self.FORM)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawString(0, 0, f"{total}{getattr(self, '_suffix', '')}")
        self.endForm()
        super().save()


def numbered_canvas(label: str) -> type[NumberedCanvas]:
    """A canvas class whose page label is ``label`` (with {page} and {pages})."""
    return type("LabelledCanvas", (NumberedCanvas,), {"page_label": label})
