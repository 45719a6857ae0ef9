"""The customer's slip as a PDF: 80 mm wide for a receipt printer (as long as it needs
to be), or an A5 page. Words from ``reports.words`` in the slip's
language; what it says comes from ``models.counter.slip``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from models.counter.slip import Slip
from reports.letter_pdf import letter_date
from reports.pdf_base import FONT, INK, MUTED, RULE, para_text, register_fonts
from reports.words import words

SIZES = ("80mm", "A5")
RECEIPT_WIDTH = 80 * mm
MARGIN = {"80mm": 4 * mm, "A5": 12 * mm}


def _styles(size: str) -> dict[str, ParagraphStyle]:
    register_fonts()
    scale = 1.0 if size == "80mm" else 1.25
    body = ParagraphStyle(
        "slip",
        fontName=FONT,
        fontSize=8.5 * scale,
        leading=11.5 * scale,
        textColor=INK,
        wordWrap="CJK",
    )
    return {
        "title": ParagraphStyle("slipTitle", parent=body, fontSize=11 * scale, leading=15 * scale),
        "label": ParagraphStyle("slipLabel", parent=body, textColor=MUTED),
        "big": ParagraphStyle("slipBig", parent=body, fontSize=12 * scale, leading=16 * scale),
        "body": body,
    }


def _story(slip: Slip, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    w = words(slip.lang)

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(para_text(text), st[style])

    def rule() -> HRFlowable:
        return HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=3, spaceAfter=3)

    story: list[Any] = [p(slip.branch_name, "label")]
    if slip.branch_address:
        story.append(p(slip.branch_address, "label"))
    story += [Spacer(1, 2 * mm), p(w["slip_title"], "title"), rule()]
    story += [p(w["slip_number"], "label"), p(slip.register_no, "big")]
    received = f"{letter_date(slip.received_at.date(), slip.lang)} {slip.received_at:%H:%M}"
    story += [p(w["slip_date"], "label"), p(received)]
    if slip.customer:
        story += [p(w["slip_customer"], "label"), p(slip.customer)]
    story += [p(w["slip_about"], "label"), p(slip.summary)]
    if slip.asked_for:
        story += [p(w["slip_asked"], "label"), p(slip.asked_for)]
    story.append(rule())
    if slip.promised_at is not None:  # the time promised at the counter, with its hour
        at = slip.promised_at
        story += [p(w["slip_promised"], "label")]
        story.append(p(f"{at:%H:%M}, {letter_date(at.date(), slip.lang)}", "big"))
    story += [p(w["slip_reply_by"], "label")]
    story.append(p(letter_date(slip.reply_by, slip.lang), "big"))
    if slip.appointment_at is not None:
        at = slip.appointment_at
        story += [rule(), p(w["slip_appointment"], "label")]
        story.append(p(f"{letter_date(at.date(), slip.lang)} {at:%H:%M}", "big"))
        if slip.appointment_with:
            story.append(p(w["slip_appointment_with"].format(name=slip.appointment_with)))
        if slip.appointment_place:
            story.append(p(w["slip_appointment_place"].format(place=slip.appointment_place)))
    story += [rule(), p(w["slip_whom"], "label")]
    whom = (
        w["slip_whom_text"].format(handler=slip.handler, branch=slip.branch_name)
        if slip.handler
        else w["slip_whom_branch"].format(branch=slip.branch_name)
    )
    story.append(p(whom))
    if slip.referral is not None:
        story += [rule(), p(w["slip_referral"].format(name=slip.referral.name(slip.lang)))]
        if slip.referral.phone:
            story.append(p(w["slip_phone"].format(phone=slip.referral.phone), "big"))
        if slip.referral.website:
            story.append(p(w["slip_website"].format(website=slip.referral.website)))
    story += [Spacer(1, 2 * mm), p(w["slip_keep"], "label")]
    return story


def write_slip(path: Path, slip: Slip, size: str = "80mm") -> None:
    """The slip at ``path``: one A5 page, or one receipt as long as its text."""
    if size not in SIZES:
        raise ValueError(size)
    st = _styles(size)
    margin = MARGIN[size]
    page_width = RECEIPT_WIDTH if size == "80mm" else A5[0]
    inner = page_width - 2 * margin
    story = _story(slip, st, inner)
    needed = sum(f.wrap(inner, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
    height = needed + 2 * margin + 4 * mm if size == "80mm" else A5[1]
    story = _story(slip, st, inner)  # flowables are laid out once
    canvas = rl_canvas.Canvas(str(path), pagesize=(page_width, height), invariant=True)
    canvas.setTitle(slip.register_no)
    frame = Frame(margin, margin, inner, height - 2 * margin, 0, 0, 0, 0, showBoundary=0)
    frame.addFromList(story, canvas)
    canvas.showPage()
    canvas.save()
