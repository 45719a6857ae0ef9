"""The standard replies booklet as a PDF: replies grouped by category, commonest first."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer

from models.core import categories
from models.core.location import remove_quietly, write_failed
from models.counter import replies
from models.people.branch import get_branch
from reports.pdf_base import FONT, MUTED, numbered_canvas, para_text, styles
from reports.words import words


def write_booklet(path: Path, lang: str = "en", invariant: bool = False) -> int:
    """Write the booklet to ``path`` (via a temporary file); return the number of replies."""
    w = words(lang)
    st = styles()
    branch = get_branch()
    tree = categories.load(branch.category_preset)
    freq = replies.category_frequency()
    ranked = replies.ranked()
    story: list[Any] = [
        Paragraph(para_text(w["booklet_title"]), st["title"]),
        Paragraph(para_text(f"{branch.name} · {branch.code}"), st["body"]),
        Paragraph(para_text(w["booklet_intro"]), st["small"]),
        Spacer(1, 6 * mm),
    ]
    current = None
    for reply in ranked:
        if reply.category != current:
            current = reply.category
            count = freq.get(current, 0)
            heading = f"{tree.label(current, lang)}  ·  {w['complaints_count'].format(n=count)}"
            story.append(Paragraph(para_text(heading), st["h1"]))
        story.append(
            KeepTogether(
                [
                    Paragraph(para_text(reply.title(lang)), st["h2"]),
                    Paragraph(para_text(reply.text(lang)), st["body"]),
                    Spacer(1, 3 * mm),
                ]
            )
        )
    if not ranked:
        story.append(Paragraph(para_text(w["booklet_empty"]), st["body"]))

    printed = dt.date.today().isoformat()

    def header(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(15 * mm, A4[1] - 10 * mm, f"{w['booklet_title']} · {branch.name}")
        canvas.drawString(15 * mm, 10 * mm, w["printed_on"].format(date=printed))
        canvas.restoreState()

    # Made in memory (a few pages), then written: reportlab left to write into a full
    # disk itself leaves its file open and half written.
    made = io.BytesIO()
    doc = BaseDocTemplate(
        made,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=w["booklet_title"],
        author="Complaint Book",
        invariant=int(invariant),
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=header)])
    doc.build(story, canvasmaker=numbered_canvas(w["page_x_of_y"]))
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(made.getbuffer())
        tmp.replace(path)
    except OSError as exc:  # a full disk, a read-only folder: no half booklet is left
        remove_quietly(tmp)
        raise write_failed(path, exc) from exc
    except BaseException:
        remove_quietly(tmp)
        raise
    return len(ranked)
