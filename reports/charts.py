"""Charts for the register's statistics pages, drawn with reportlab's own graphics."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.pdf_base import FONT, INK, MUTED, RULE, wrap_list

BAR = colors.HexColor("#0b5cad")
LINE = colors.HexColor("#c0392b")


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose text starts in the embedded font (no unembedded Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # type: ignore[attr-defined]  # reportlab reads it, its stubs lack it
    return drawing


# The Pareto chart, in points: category names wrap in a column of their own, the bars
# and their counts beside them, the cumulative share in a panel and a column after them,
# so no name is cut and no number sits on a bar or the line, in any language.
PARETO_SIZE = 6.5
PARETO_LEADING = 8.0
PARETO_LABELS = 0.36  # share of the width for the category names
PARETO_LINE = 0.2  # share of the width for the cumulative-share panel
PARETO_GAP = 6.0


def pareto(labels: list[str], counts: list[int], width: float, height: float) -> Drawing:
    """Horizontal bars of counts, commonest first, each category's name wrapped beside its
    bar, and the cumulative share as a line on a 0-100% panel with its figure after it.
    The drawing grows taller than ``height`` when the names need the room."""
    size, leading, gap = PARETO_SIZE, PARETO_LEADING, PARETO_GAP
    if not counts:
        return _drawing(width, height)
    label_w = width * PARETO_LABELS
    share_w = stringWidth("100%", FONT, size) + 2
    line_w = width * PARETO_LINE
    line_x = width - share_w - gap - line_w
    bars_x = label_w + gap
    count_w = stringWidth(str(max(counts)), FONT, size) + 3
    scale = (line_x - gap - bars_x - count_w) / max(max(counts), 1)
    names = [wrap_list(label, label_w, size) for label in labels]
    rows = [max(len(lines) * leading, 9.0) + 6 for lines in names]
    header = size + 4  # the 0% and 100% marks over the share panel
    drawing = _drawing(width, max(height, header + sum(rows)))
    top = drawing.height - header
    for x, mark in ((line_x, "0%"), (line_x + line_w, "100%")):
        drawing.add(Line(x, top, x, top - sum(rows), strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                x,
                top + 3,
                mark,
                fontName=FONT,
                fontSize=size - 1,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    total = sum(counts)
    running = 0
    points: list[float] = []
    y = top
    for lines, row, n in zip(names, rows, counts, strict=True):
        middle = y - row / 2
        first = middle + (len(lines) - 1) * leading / 2 - size * 0.35
        for i, text in enumerate(lines):
            drawing.add(
                String(0, first - i * leading, text, fontName=FONT, fontSize=size, fillColor=INK)
            )
        bar = min(row - 4, 9.0)
        drawing.add(Rect(bars_x, middle - bar / 2, n * scale, bar, fillColor=BAR, strokeColor=None))  # type: ignore[arg-type]
        drawing.add(
            String(
                bars_x + n * scale + 2,
                middle - size * 0.35,
                str(n),
                fontName=FONT,
                fontSize=size,
                fillColor=INK,
            )
        )
        running += n
        share = 100 * running / total
        points += [line_x + line_w * share / 100, middle]
        drawing.add(
            String(
                width,
                middle - size * 0.35,
                f"{share:.0f}%",
                fontName=FONT,
                fontSize=size,
                fillColor=LINE,
                textAnchor="end",
            )
        )
        drawing.add(Line(0, y - row, width, y - row, strokeColor=RULE, strokeWidth=0.3))
        y -= row
    drawing.add(PolyLine(points, strokeColor=LINE, strokeWidth=1.2))
    for i in range(0, len(points), 2):
        drawing.add(Circle(points[i], points[i + 1], 1.6, fillColor=LINE, strokeColor=None))
    return drawing


def trend(labels: list[str], counts: list[int], width: float, height: float) -> Drawing:
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = width - 50, height - 45  # type: ignore[assignment]  # points
    chart.data = [counts or [0]]
    chart.bars[0].fillColor = MUTED
    chart.bars[(0, len(counts) - 1)].fillColor = BAR  # this month stands out
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(counts or [0]) * 1.15, 1)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing
