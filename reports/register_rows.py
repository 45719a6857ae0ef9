"""The register's complaint pages: one block per complaint, its whole handling on the page.

A block has the complaint's facts on its first band (number, customer, category and
cause, what happened and what the customer wants, handler and deadlines, resolution
dates) and its handling texts on the second (resolution and remedy, root cause,
corrective action, follow-up). Text wraps inside its column and is never cut; a block
taller than a page goes on over the next one.

Speed: blocks are laid out once as plain lines and drawn straight onto the canvas, one
text object per page; no table or paragraph is built for the thousands of complaints
of a busy month.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from models.core import categories, vocab
from models.core.masking import initials, mask_customer, mask_numbers_in
from models.register.month_rows import Facts
from reports.pdf_base import FONT, INK, MUTED, RULE, wrap_list

CELL_FONT = 7
LEADING = 8.6
CELL_PAD = 2.2
PAD_TOP = 2.4
PAD_BOTTOM = 2.0
BAND_GAP = 2.6  # between the facts and the handling texts
ASCENT = 0.78 * CELL_FONT  # first baseline below a line's top
SHADE = colors.HexColor("#f4f6f8")
BAND_RULE = colors.HexColor("#dde3ea")

CASE = ("col_case", 30)
TOP = (  # word key, width in mm; 0 takes what is left
    ("col_customer", 30),
    ("col_category", 50),
    ("col_complaint", 0),
    ("col_handling", 42),
    ("col_done", 32),
)
BOTTOM = (
    ("col_resolution", 72),
    ("col_root_cause", 56),
    ("col_action", 56),
    ("col_followup", 0),
)


def _widths(total: float, spec: tuple[tuple[str, int], ...]) -> list[float]:
    fixed = sum(w for _, w in spec) * mm
    return [(w * mm if w else total - fixed) for _, w in spec]


@dataclass(frozen=True)
class Columns:
    """Where each column starts and how wide it is, in points from the frame's left."""

    case: float
    top: list[tuple[float, float]]
    bottom: list[tuple[float, float]]
    width: float

    @classmethod
    def for_width(cls, width: float) -> Columns:
        case = CASE[1] * mm
        rest = width - case

        def placed(spec: tuple[tuple[str, int], ...]) -> list[tuple[float, float]]:
            out, x = [], case
            for w in _widths(rest, spec):
                out.append((x, w))
                x += w
            return out

        return cls(case, placed(TOP), placed(BOTTOM), width)


@dataclass
class Block:
    """One complaint laid out: ``pieces`` of text at (x, line), cell after cell (so a
    cell's text reads on in a copy from the PDF), over ``lines`` lines; the handling band
    starts at line ``band_at`` (None while the complaint has no handling text)."""

    pieces: list[tuple[float, int, str]]
    lines: int
    band_at: int | None
    muted: bool = False
    shaded: bool = False
    heading: str = ""  # the register number, repeated over a block's continuation

    @property
    def height(self) -> float:
        gap = BAND_GAP if self.band_at is not None else 0.0
        return PAD_TOP + self.lines * LEADING + gap + PAD_BOTTOM

    def split(self, height: float, continued: str) -> tuple[Block, Block]:
        """The lines that fit in ``height``, and the rest under a continuation line."""
        room = height - PAD_TOP - PAD_BOTTOM
        keep = max(1, int(room // LEADING))
        band = self.band_at
        if band is not None and band < keep:
            keep = max(1, int((room - BAND_GAP) // LEADING))
        first = Block(
            [p for p in self.pieces if p[1] < keep],
            keep,
            band if band is not None and band < keep else None,
            self.muted,
            self.shaded,
            self.heading,
        )
        if band is None:
            rest_band = None
        elif band >= keep:
            rest_band = band - keep + 1  # one line more: the continuation line
        else:
            rest_band = 1  # all handling band, under the continuation line
        rest = Block(
            [(CELL_PAD, 0, f"{self.heading} {continued}")]
            + [(x, line - keep + 1, text) for x, line, text in self.pieces if line >= keep],
            self.lines - keep + 1,
            rest_band,
            self.muted,
            self.shaded,
            self.heading,
        )
        return first, rest


def _short(name: str) -> str:
    """A coded value's name without its bracketed explanation: "Point (single customer)"."""
    return re.split(r"\s*[（(]", name, maxsplit=1)[0] or name


class Layout:
    """Turns a complaint row (a dict of ``ROW_FIELDS``) into a Block, in one language."""

    def __init__(
        self,
        columns: Columns,
        words: dict[str, str],
        lang: str,
        tree: categories.CategoryTree,
        staff: dict[int, str],
        facts: dict[int, Facts],
        today: dt.date,
    ) -> None:
        self.columns = columns
        self.w = words
        self.lang = lang
        self.tree = tree
        self.staff = staff
        self.facts = facts
        self.today = today
        self._names: dict[tuple[str, str], str] = {}
        self._labels: dict[tuple[str, str], tuple[str, ...]] = {}
        self.count = 0

    def _date(self, value: dt.date | str) -> str:
        """A date in the register's prose, as the language writes it (the fields and
        lists of the screens write it the same way)."""
        return vocab.date_text(value, self.lang) if value else ""

    def _name(self, group: str, code: str) -> str:
        key = (group, code)
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = vocab.name(group, code, self.lang)
        return found

    def _category(self, category: str, cause: str) -> list[str]:
        key = (category, cause)
        found = self._labels.get(key)
        if found is not None:
            return list(found)
        codes = self.tree.standard_codes(category, cause)
        label = self.tree.label(category, self.lang)
        reason = self.tree.cause_name(cause, self.lang) if cause else self.w["cause_missing"]
        lines = [
            f"{label} · {codes.business}" if codes else label,
            self.w["line_cause"].format(
                cause=f"{reason} · {codes.cause}" if codes and cause else reason
            ),
        ]
        if codes is not None and self.tree.standard is not None:
            lines.append(f"{codes.channel} {self.tree.standard.name(codes.channel, self.lang)}")
        self._labels[key] = tuple(lines)
        return lines

    def block(self, c: dict[str, Any]) -> Block:
        """The complaint's block, from its row as it stood at the month's end
        (``models.register.month_end``); ``today`` is the day the register stands at."""
        void = c["status"] == "void"
        facts = self.facts.get(c["id"]) or Facts()
        received: dt.datetime = c["received_at"]
        case = [
            c["register_no"],
            received.strftime("%Y-%m-%d %H:%M"),
            # Channel and status each on a line of their own: joined, a Vietnamese pair
            # ("Trực tiếp tại quầy · Đã đóng hồ sơ") broke in the middle of the status.
            self._name("channel", c["channel"]),
            self._name("status", c["status"]),
        ]
        top = [
            self._customer(c),
            self._category(c["category"], c["cause"]),
            self._complaint(c, facts, void),
            self._handling(c, facts),
            self._done(c, void),
        ]
        self.count += 1
        return self._place(
            case,
            top,
            [
                self._resolution(c),
                [c["root_cause"]],
                [c["corrective_action"]],
                self._followup(c, facts, void),
            ],
            muted=void,
            shaded=self.count % 2 == 0,
            heading=c["register_no"],
        )

    def _customer(self, c: dict[str, Any]) -> list[str]:
        """Who complained (masked), the member of staff or service complained of, how far
        it reaches and how serious it is."""
        w = self.w
        customer = [mask_customer(c["customer_name"], c["customer_phone"]) or "—"]
        if c["subject_staff"]:
            name = self.staff.get(c["subject_staff"], "")
            customer.append(w["line_staff"].format(initials=initials(name)))
        if c["subject_text"]:
            customer.append(w["line_service"].format(text=c["subject_text"]))
        scope = _short(self._name("scope", c["scope"]))
        customer.append(f"{scope} · {self._name('severity', c['severity'])}")
        return customer

    def _complaint(self, c: dict[str, Any], facts: Facts, void: bool) -> list[str]:
        """What the complaint is about, in the customer's words, and what they want."""
        w = self.w
        complaint = [c["summary"]]
        told = (c.get("description") or "").strip()
        if told and told != c["summary"].strip():  # what happened, in the customer's words
            complaint.append(mask_numbers_in(told))
        if void:
            who, on = facts.voided or ("", "")
            complaint.insert(
                0, w["void_row"].format(who=who, date=self._date(on), reason=c["void_reason"])
            )
        if c["desired_outcome"]:
            complaint.append(w["line_wants"].format(text=c["desired_outcome"]))
        return complaint

    def _handling(self, c: dict[str, Any], facts: Facts) -> list[str]:
        """The handler, the first reply date and every extension with who approved it."""
        w = self.w
        handling = []
        if c["handler"]:
            handling.append(w["line_handler"].format(name=self.staff.get(c["handler"], "")))
        first_due = facts.extensions[0][0] if facts.extensions else c["due_date"]
        handling.append(w["line_due"].format(date=self._date(first_due)))
        for _old, new, who, on in facts.extensions:
            handling.append(
                w["line_extension"].format(date=self._date(new), who=who, on=self._date(on))
            )
        return handling

    def _done(self, c: dict[str, Any], void: bool) -> list[str]:
        """When it was resolved and closed, in how many days, on time or late; or open."""
        w = self.w
        done_lines: list[str] = []
        done = c["resolved_at"] or c["closed_at"]
        if c["resolved_at"]:
            done_lines.append(w["line_resolved"].format(date=self._date(c["resolved_at"].date())))
        if c["closed_at"]:
            done_lines.append(w["line_closed"].format(date=self._date(c["closed_at"].date())))
        if done is not None:
            received: dt.datetime = c["received_at"]
            days = w["line_days"].format(days=(done.date() - received.date()).days)
            timely = w["on_time"] if done.date() <= c["due_date"] else w["late"]
            done_lines.append(f"{days} · {timely}")
        elif not void:
            done_lines.append(w["open_late"] if c["due_date"] < self.today else w["open_not_due"])
        return done_lines

    def _resolution(self, c: dict[str, Any]) -> list[str]:
        """The outcome, whether the customer accepted it, the remedy and any amount paid."""
        w = self.w
        resolution: list[str] = []
        if c["outcome"]:
            head = self._name("outcome", c["outcome"])
            if c["customer_accepted"] is not None:
                head += " · " + w["accepted_yes" if c["customer_accepted"] else "accepted_no"]
            resolution.append(head)
        if c["remedy"]:
            resolution.append(c["remedy"])
        if c["compensation"] is not None:
            amount = f"{c['compensation']:,.2f} {c['currency']}".strip()
            resolution.append(w["line_compensation"].format(amount=amount))
        return resolution

    def _followup(self, c: dict[str, Any], facts: Facts, void: bool) -> list[str]:
        """The follow-up call made, waived (by whom, why) or still due."""
        w = self.w
        followup: list[str] = []
        if c["followup_done_at"] is not None:
            followup.append(
                w["line_followup"].format(
                    date=self._date(c["followup_done_at"].date()),
                    score=c["satisfaction"] or "—",
                )
            )
            if c["followup_comment"]:
                followup.append(c["followup_comment"])
        elif c["followup_waived"]:
            who, reason = facts.waived or ("", "")
            followup.append(w["line_waived"].format(who=who, reason=reason))
        elif c["followup_due"] is not None and not void:
            followup.append(w["line_followup_due"].format(date=self._date(c["followup_due"])))
        return followup

    def _place(
        self,
        case: list[str],
        top: list[list[str]],
        bottom: list[list[str]],
        *,
        muted: bool,
        shaded: bool,
        heading: str,
    ) -> Block:
        cols = self.columns
        pad = 2 * CELL_PAD + 0.5
        case_lines = _wrapped(case, cols.case - pad)
        top_cells = [_wrapped(texts, w - pad) for texts, (_x, w) in zip(top, cols.top, strict=True)]
        bottom_cells = [
            _wrapped(texts, w - pad) for texts, (_x, w) in zip(bottom, cols.bottom, strict=True)
        ]
        top_n = max(map(len, top_cells))
        bottom_n = max(map(len, bottom_cells))
        pieces = [(CELL_PAD, i, text) for i, text in enumerate(case_lines)]
        for cell, (x, _w) in zip(top_cells, cols.top, strict=True):
            pieces += [(x + CELL_PAD, i, text) for i, text in enumerate(cell)]
        for cell, (x, _w) in zip(bottom_cells, cols.bottom, strict=True):
            pieces += [(x + CELL_PAD, top_n + i, text) for i, text in enumerate(cell)]
        lines = max(top_n + bottom_n, len(case_lines))
        return Block(pieces, lines, top_n if bottom_n else None, muted, shaded, heading)


def _wrapped(texts: list[str], width: float) -> list[str]:
    out: list[str] = []
    for text in texts:
        if text:
            out.extend(wrap_list(text, width, CELL_FONT))
    return out


class Blocks(Flowable):
    """Complaint blocks drawn one below the other: rules, shading and all the text of a
    page in one text object."""

    def __init__(self, blocks: list[Block], columns: Columns) -> None:
        super().__init__()
        self.blocks = blocks
        self.columns = columns

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.columns.width, sum(b.height for b in self.blocks)

    def draw(self) -> None:
        canvas = self.canv
        width = self.columns.width
        band_x = self.columns.case
        y = sum(b.height for b in self.blocks)
        tops = []
        for block in self.blocks:
            tops.append(y)
            y -= block.height
        canvas.saveState()
        canvas.setFillColor(SHADE)
        for block, top in zip(self.blocks, tops, strict=True):
            if block.shaded:
                canvas.rect(0, top - block.height, width, block.height, stroke=0, fill=1)
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(BAND_RULE)
        for block, top in zip(self.blocks, tops, strict=True):
            if block.band_at is not None:
                line_y = top - PAD_TOP - block.band_at * LEADING - BAND_GAP / 2 + 0.8
                canvas.line(band_x, line_y, width, line_y)
        # Columns are told apart by hairlines: text that ends at a column's edge would
        # otherwise read on into the next one.
        top_x = [x for x, _w in self.columns.top]
        bottom_x = [x for x, _w in self.columns.bottom[1:]]
        for block, top in zip(self.blocks, tops, strict=True):
            bottom = top - block.height
            split = bottom
            if block.band_at is not None:
                split = top - PAD_TOP - block.band_at * LEADING - BAND_GAP / 2 + 0.8
                canvas.lines([(x, split, x, bottom) for x in bottom_x])
            canvas.lines([(x, top, x, split) for x in top_x])
        canvas.setStrokeColor(RULE)
        canvas.lines(
            [
                (0, top - b.height, width, top - b.height)
                for b, top in zip(self.blocks, tops, strict=True)
            ]
        )
        text = canvas.beginText()
        text.setFont(FONT, CELL_FONT, LEADING)
        ink = None
        for block, top in zip(self.blocks, tops, strict=True):
            wanted = MUTED if block.muted else INK
            if wanted is not ink:
                text.setFillColor(wanted)
                ink = wanted
            base = top - PAD_TOP - ASCENT
            band = block.band_at if block.band_at is not None else block.lines
            for x, line, piece in block.pieces:
                text.setTextOrigin(x, base - line * LEADING - (BAND_GAP if line >= band else 0))
                text.textOut(piece)
        canvas.drawText(text)
        canvas.restoreState()


class Feeder(Flowable):
    """Hands the layout one page of blocks at a time, so a 10,000-complaint month never
    exists as 10,000 laid-out blocks in memory at once."""

    def __init__(self, source: Iterator[Block], columns: Columns, continued: str) -> None:
        super().__init__()
        self._source = source
        self._columns = columns
        self._continued = continued
        self._pending: Block | None = None
        self._page_height = 0.0  # the tallest room offered: a fresh page

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, available_height + 1  # never fits: the frame asks us to split

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The blocks that fit here, then ourselves; nothing when the page is full."""
        # Platypus marks a flowable it had to move to the next page and gives up if that
        # happens twice; we move on every page by design, so the mark is cleared here.
        self.__dict__.pop("_postponed", None)
        self._page_height = max(self._page_height, available_height)
        taken: list[Block] = []
        used = 0.0
        while True:
            block = self._pending or next(self._source, None)
            self._pending = None
            if block is None:
                return [Blocks(taken, self._columns)] if taken else [Spacer(0, 0)]
            if used + block.height <= available_height:
                taken.append(block)
                used += block.height
                continue
            if not taken and available_height >= self._page_height - 0.5:
                # Taller than a whole page: what fits here, the rest on the next page.
                first, self._pending = block.split(available_height, self._continued)
                return [Blocks([first], self._columns), self]
            self._pending = block
            if not taken:
                return []  # starts the next page
            return [Blocks(taken, self._columns), self]

    def draw(self) -> None:  # pragma: no cover - always split, never drawn
        pass
