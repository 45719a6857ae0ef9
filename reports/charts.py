"""Charts for the register's statistics pages, drawn with reportlab's own graphics."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from reports.pdf_base import FONT, INK, MUTED

BAR = colors.HexColor("#0b5cad")
LINE = colors.HexColor("#c0392b")


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose text starts in the embedded font (no unembedded Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    return drawing


def pareto(labels: list[str], counts: list[int], width: float, height: float) -> Drawing:
    """Bars of counts, commonest first, with the cumulative share as a line on a 0-100% axis."""
    drawing = _drawing(width, height)
    if not counts:
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 60
    chart.width, chart.height = width - 90, height - 80
    chart.data = [counts]
    chart.bars[0].fillColor = BAR
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(counts) * 1.15 or 1
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [_short(x) for x in labels]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    drawing.add(chart)
    total = sum(counts)
    running, shares = 0, []
    for n in counts:
        running += n
        shares.append(100 * running / total)
    line = HorizontalLineChart()
    line.x, line.y, line.width, line.height = chart.x, chart.y, chart.width, chart.height
    line.data = [shares]
    line.lines[0].strokeColor = LINE
    line.lines[0].strokeWidth = 1.5
    line.valueAxis.valueMin, line.valueAxis.valueMax = 0, 100
    line.valueAxis.visible = False
    line.categoryAxis.visible = False
    drawing.add(line)
    for i, share in enumerate(shares):
        step = chart.width / len(shares)
        drawing.add(
            String(
                chart.x + step * (i + 0.5),
                chart.y + chart.height * share / 100 + 3,
                f"{share:.0f}%",
                fontName=FONT,
                fontSize=6,
                fillColor=LINE,
                textAnchor="middle",
            )
        )
    return drawing


def trend(labels: list[str], counts: list[int], width: float, height: float) -> Drawing:
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 30
    chart.width, chart.height = width - 50, height - 45
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


def _short(text: str, limit: int = 14) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
