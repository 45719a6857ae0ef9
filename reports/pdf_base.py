"""What every PDF of the app shares: the embedded font, paragraph styles, "page X of Y".

The bundled WenQuanYi Micro Hei covers Latin with Vietnamese, and simplified and
traditional Chinese, so one font renders all four languages and is embedded.
"""

from __future__ import annotations

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


def printable(text: str) -> str:
    """``text`` with characters the embedded font cannot draw shown as a visible box.

    Without this they would print as nothing at all, silently dropping what a customer wrote.
    """
    register_fonts()
    glyphs = pdfmetrics.getFont(FONT).face.charToGlyph
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


def para_text(text: str) -> str:
    """Plain text made safe for a Paragraph (which parses markup), line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


class NumberedCanvas(rl_canvas.Canvas):
    """Defers page output so each page can say "page X of Y"."""

    page_label = "Page {page} of {pages}"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start every page in the embedded font, so no unembedded Helvetica is referenced.
        if not kwargs.get("initialFontName"):
            kwargs["initialFontName"] = register_fonts()
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        width = self._pagesize[0]
        self.drawRightString(
            width - 15 * 2.835,
            10 * 2.835,
            self.page_label.format(page=self._pageNumber, pages=total),
        )


def numbered_canvas(label: str) -> type[NumberedCanvas]:
    """A canvas class whose page label is ``label`` (with {page} and {pages})."""
    return type("LabelledCanvas", (NumberedCanvas,), {"page_label": label})
