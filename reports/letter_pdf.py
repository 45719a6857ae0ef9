"""A letter to the customer as an A4 PDF, in the letter's own language.

``models.counter.letters`` decides what the letter says, part by part; this module only words
and lays it out. ``print_letter`` is the one way a letter leaves the register, for the
screens and the command line alike: checked, written, on the timeline and in the audit
trail, or not at all.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from models.core.actors import Actor
from models.counter import letters
from models.counter.letters import VERBATIM, Letter, Money
from reports.pdf_base import FONT, MUTED, RULE, numbered_canvas, para_text, styles
from reports.words import words

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SYMBOLS = {"CNY": "¥", "GBP": "£", "USD": "$", "EUR": "€", "HKD": "HK$", "TWD": "NT$"}
# Parts that continue the paragraph before them instead of starting a new one.
CONTINUES = {"letter_referral_months", "letter_limits_kept", "letter_limits_waived"}
# Short lines set apart under the paragraph before them (how to reach the body).
INDENTED = {"letter_referral_phone", "letter_referral_website"}


# How a letter writes a date: a format, not a word to translate (its parts differ).
LETTER_DATES = {
    "en": "{day} {month_name} {year}",
    "zh": "{year}年{month}月{day}日",
    "vi": "{day:02d}/{month:02d}/{year}",
}


def letter_date(day: dt.date, lang: str) -> str:
    """A date as a letter in ``lang`` writes it: 3 October 2026, 2026年10月3日, 03/10/2026."""
    return LETTER_DATES.get(lang.split("_", 1)[0], LETTER_DATES["en"]).format(
        day=day.day, month=day.month, year=day.year, month_name=ENGLISH_MONTHS[day.month - 1]
    )


def money(value: Money) -> str:
    """An amount as a letter writes it: £6.16, ¥6.16, 150.000 ₫ (dong have no cents)."""
    amount = Decimal(value.amount)
    if value.currency == "VND":
        return f"{amount:,.0f}".replace(",", ".") + " ₫"
    symbol = SYMBOLS.get(value.currency)
    return f"{symbol}{amount:,.2f}" if symbol else f"{amount:,.2f} {value.currency}"


def _filled(template: str, params: dict[str, Any], lang: str) -> str:
    shown = {}
    for key, value in params.items():
        if isinstance(value, dt.date):
            shown[key] = letter_date(value, lang)
        elif isinstance(value, Money):
            shown[key] = money(value)
        else:
            shown[key] = value
    return template.format(**shown)


def paragraphs(letter: Letter) -> list[tuple[str, str]]:
    """The body as (style, text) pairs: parts worded in the letter's language, those that
    continue a paragraph joined to it (with a space, except in Chinese)."""
    w = words(letter.lang)
    joiner = "" if letter.lang.startswith("zh") else " "
    out: list[tuple[str, str]] = []
    for key, params in letter.parts:
        if key == VERBATIM:
            out.append(("quote", str(params["text"])))
            continue
        text = _filled(w[key], params, letter.lang)
        if key in CONTINUES and out:
            style, before = out[-1]
            out[-1] = (style, before + joiner + text)
        else:
            out.append(("indent" if key in INDENTED else "body", text))
    return out


def plain_text(letter: Letter) -> str:
    """The letter's words without layout (for a preview and for tests)."""
    return "\n".join(text for _style, text in paragraphs(letter))


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = ParagraphStyle("letter", parent=base["body"], fontSize=10.5, leading=15, spaceAfter=7)
    return {
        "head": ParagraphStyle("head", parent=body, fontSize=13, leading=17, spaceAfter=1),
        "address": ParagraphStyle("address", parent=base["small"], fontSize=8.5, leading=11),
        "to": ParagraphStyle("to", parent=body, spaceBefore=10, spaceAfter=2),
        "title": ParagraphStyle(
            "title", parent=body, fontSize=15, leading=20, spaceBefore=8, spaceAfter=8
        ),
        "body": body,
        "quote": ParagraphStyle("quote", parent=body, leftIndent=8 * mm, rightIndent=4 * mm),
        "indent": ParagraphStyle("indent", parent=body, leftIndent=8 * mm, spaceAfter=1),
        "label": ParagraphStyle("label", parent=body, textColor=MUTED, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor=MUTED),
        "closing_zh": ParagraphStyle("closing_zh", parent=body, firstLineIndent=2 * body.fontSize),
    }


def _facts(letter: Letter, st: dict[str, ParagraphStyle]) -> Table:
    """The reference block: the register number to quote and the dates that matter."""
    w = words(letter.lang)
    rows = [
        (w["letter_fact_register_no"], letter.register_no),
        (w["letter_fact_date"], letter_date(letter.written_on, letter.lang)),
        (w["letter_fact_received"], letter_date(letter.received, letter.lang)),
        (w["letter_fact_about"], letter.category),
    ]
    if letter.kind == "ack" and letter.reply_by:
        rows.append((w["letter_fact_reply_by"], letter_date(letter.reply_by, letter.lang)))
    if letter.kind == "holding" and letter.reply_by:
        rows.append((w["letter_fact_expected"], letter_date(letter.reply_by, letter.lang)))
    if letter.kind in ("final", "summary") and letter.resolved:
        rows.append((w["letter_fact_resolved"], letter_date(letter.resolved, letter.lang)))
    table = Table(
        [
            [Paragraph(para_text(label), st["label"]), Paragraph(para_text(value), st["cell"])]
            for label, value in rows
        ],
        colWidths=[48 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def write_letter(path: Path, letter: Letter, invariant: bool = False) -> int:
    """Write ``letter`` to ``path``; return its number of pages."""
    w = words(letter.lang)
    st = _styles()
    title = w[f"letter_title_{letter.kind}"]
    chinese = letter.lang.startswith("zh")
    story: list[Any] = [Paragraph(para_text(letter.branch_name), st["head"])]
    if letter.branch_address:
        story.append(Paragraph(para_text(letter.branch_address), st["address"]))
    dear = (
        w["letter_dear"].format(name=letter.customer_name)
        if letter.customer_name
        else w["letter_dear_customer"]
    )
    if letter.customer_name:
        story.append(Paragraph(para_text(letter.customer_name), st["to"]))
    story += [
        Paragraph(para_text(title), st["title"]),
        _facts(letter, st),
        Spacer(1, 6 * mm),
        Paragraph(para_text(dear), st["body"]),
    ]
    previous = ""
    for style, text in paragraphs(letter):
        if previous == "indent" and style != "indent":
            story.append(Spacer(1, 2.5 * mm))  # the body's contact lines stand apart
        story.append(Paragraph(para_text(text), st[style]))
        previous = style
    closing = [
        Spacer(1, 3 * mm),
        # A Chinese letter sets its closing words in from the margin, the wish below them.
        Paragraph(para_text(w["letter_closing"]), st["closing_zh" if chinese else "body"]),
        Spacer(1, 8 * mm),
        Paragraph(para_text(letter.branch_name), st["body"]),
    ]
    for key, params in letters.enclosures(letter):
        closing += [Spacer(1, 4 * mm), Paragraph(para_text(w[key].format(**params)), st["small"])]
    story.append(KeepTogether(closing))

    footer = w["letter_footer"].format(branch=letter.branch_name, register_no=letter.register_no)

    def page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(22 * mm, 10 * mm, footer)
        canvas.restoreState()

    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=f"{title} · {letter.register_no}",
        author=letter.branch_name,
        lang=letter.lang.replace("_", "-"),
        invariant=int(invariant),
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPage=page)])
    doc.build(story, canvasmaker=numbered_canvas(w["letter_page_x_of_y"]))
    return int(doc.page)


def print_letter(
    actor: Actor,
    complaint_id: int,
    kind: str,
    lang: str,
    path: Path,
    *,
    reason: str = "",
    expected: dt.date | None = None,
    explanation: str = "",
    invariant: bool = False,
) -> Letter:
    """Check, write and record one letter. The file appears under ``path`` only once the
    timeline and the audit trail hold it; a refusal or a failure leaves no file."""
    letter = letters.prepare(
        actor, complaint_id, kind, lang, reason=reason, expected=expected, explanation=explanation
    )
    part = path.with_name(path.name + ".part")
    try:
        write_letter(part, letter, invariant)
        letters.record_printed(actor, letter, path.name)
        part.replace(path)
    finally:
        part.unlink(missing_ok=True)
    return letter
