"""What every PDF of the app shares: the embedded font, paragraph styles, "page X of Y".

The bundled WenQuanYi Micro Hei covers Latin with Vietnamese, and simplified and
traditional Chinese, so one font renders all four languages and is embedded.
"""

from __future__ import annotations

from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from models.resources import RESOURCES

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
    return pdfmetrics.getFont(FONT).face.charToGlyph  # type: ignore[no-any-return]


def printable(text: str) -> str:
    """``text`` with characters the embedded font cannot draw shown as a visible box.

    Without this they would print as nothing at all, silently dropping what a customer wrote.
    """
    glyphs = _glyphs()
    if all(ord(ch) in glyphs or ord(ch) < 0x20 for ch in text):
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x20 or code in glyphs:
            out.append(ch)
        elif 0xFE00 <= code <= 0xFE0F or code == 0x200D:
            continue  # variation selectors and joiners belong to the (already boxed) character before
        else:
            out.append(PLACEHOLDER)
    return "".join(out)


@cache
def _unit_widths() -> dict[str, float]:
    return {}


def _char_width(ch: str) -> float:
    """Width of ``ch`` at 1 pt, cached: line breaking measures every character."""
    widths = _unit_widths()
    width = widths.get(ch)
    if width is None:
        width = widths[ch] = pdfmetrics.stringWidth(ch, FONT, 1)
    return width


def _breaks_after(ch: str) -> bool:
    return (
        ch == " " or ch == "-" or ord(ch) >= 0x2E80
    )  # after a space or hyphen, or any CJK character


def wrap_lines(text: str, width: float, size: float) -> str:
    """``text`` broken into lines no wider than ``width`` at ``size`` pt, joined by newlines.

    Breaks after spaces and between CJK characters; a word longer than the line is cut
    where it must be, so account numbers and URLs wrap instead of running off the cell.
    Plain strings in table cells are both much faster than Paragraphs and never parsed
    as markup.
    """
    text = printable(text)
    if "\n" not in text and pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text  # the common case: it fits as it is
    limit = width / size
    out: list[str] = []
    for source in text.split("\n"):
        line: list[str] = []
        used = 0.0
        last_break = -1
        for ch in source:
            w = _char_width(ch)
            if used + w > limit and line:
                if last_break >= 0 and ch != " ":
                    out.append("".join(line[: last_break + 1]).rstrip())
                    line = line[last_break + 1 :]
                else:
                    out.append("".join(line).rstrip())
                    line = []
                    if ch == " ":
                        used, last_break = 0.0, -1
                        continue
                used = sum(_char_width(c) for c in line)
                last_break = max((i for i, c in enumerate(line) if _breaks_after(c)), default=-1)
            line.append(ch)
            used += w
            if _breaks_after(ch):
                last_break = len(line) - 1
        out.append("".join(line).rstrip())
    return "\n".join(out)


def para_text(text: str) -> str:
    """Plain text made safe for a Paragraph (which parses markup), line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


class NumberedCanvas(rl_canvas.Canvas):
    """Writes "page X of Y" on every page without holding pages back.

    The total is a form XObject drawn on each page and defined once at the end, so a
    500-page register streams out page by page instead of keeping every page in memory.
    """

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
