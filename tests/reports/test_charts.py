"""The statistics page's Pareto chart: every category name whole, nothing drawn over anything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports import charts
from reports.pdf_base import register_fonts

LONG_NAMES = {
    "vi": [
        "Đại lý bảo hiểm, chứng chỉ quỹ và sản phẩm đầu tư ủy thác của bên thứ ba",
        "Thái độ, tác phong nhân viên tại quầy giao dịch và qua tổng đài",
        "Thanh toán, chuyển tiền trong nước và quốc tế qua ngân hàng điện tử",
        "Khác",
    ],
    "zh_CN": [
        "代理销售（保险、基金、信托及其他第三方投资产品）业务",
        "人民币现金服务（残损币兑换、零钞兑换、假币收缴）",
        "银行卡业务",
        "其他",
    ],
    "en": [
        "Payment and settlement, domestic and international transfers through online banking",
        "Staff conduct at the counter and on the telephone",
        "Fees",
        "Other",
    ],
}


def _boxes(drawing) -> tuple[list[tuple[str, float, float, float, float]], list[tuple]]:  # type: ignore[no-untyped-def]
    """(text, left, bottom, right, top) of every string; (left, bottom, right, top) of bars."""
    texts, bars = [], []
    for shape in drawing.contents:
        if isinstance(shape, String):
            width = stringWidth(shape.text, shape.fontName, shape.fontSize)
            left = {"start": shape.x, "middle": shape.x - width / 2, "end": shape.x - width}[
                shape.textAnchor
            ]
            bottom = shape.y - 0.2 * shape.fontSize
            texts.append((shape.text, left, bottom, left + width, bottom + shape.fontSize))
        elif isinstance(shape, Rect):
            bars.append((shape.x, shape.y, shape.x + shape.width, shape.y + shape.height))
    return texts, bars


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] - 0.01 and b[0] < a[2] - 0.01 and a[1] < b[3] - 0.01 and b[1] < a[3] - 0.01


@pytest.mark.parametrize("lang", sorted(LONG_NAMES))
def test_long_category_names_wrap_whole_and_nothing_overlaps(lang: str) -> None:
    register_fonts()
    names = LONG_NAMES[lang]
    width = 150 * 72 / 25.4  # as the statistics page draws it
    drawing = charts.pareto(names, [9, 6, 3, 1], width, 70 * 72 / 25.4)
    texts, bars = _boxes(drawing)
    # Every name is there in full, over as many lines as it needs; none is cut short.
    words = "".join(text for text, *_ in texts)
    assert "…" not in words
    for name in names:
        assert re.sub(r"\s+", "", name) in re.sub(r"\s+", "", words)
    # Nothing runs outside the drawing, and no text sits on a bar or on other text.
    for _text, left, bottom, right, top in texts:
        assert left >= -0.01 and right <= drawing.width + 0.01
        assert bottom >= -0.01 and top <= drawing.height + 0.01
    boxes = [box[1:] for box in texts]
    for i, box in enumerate(boxes):
        assert not any(_overlap(box, bar) for bar in bars), texts[i]
        assert not any(_overlap(box, other) for other in boxes[i + 1 :]), texts[i]


def test_the_statistics_page_prints_whole_category_names(manager, tmp_path: Path) -> None:
    """Through the register itself: the bank preset's longest category names, in
    Vietnamese, are on the statistics page in full."""
    import datetime as dt

    from models.core.categories import load
    from models.people.branch import update_branch
    from models.register.complaints import create_complaint
    from reports.register_pdf import build_register

    from tests.factories import make_form, pdf_text

    update_branch(manager, category_preset="bank")
    tree = load("bank")
    longest = sorted(
        (c for c in tree.by_code if "." not in c), key=lambda c: -len(tree.label(c, "vi"))
    )[:3]
    for code in longest:
        create_complaint(manager, make_form(received_at=dt.datetime(2026, 10, 5, 9), category=code))
    out = tmp_path / "vi.pdf"
    build_register(out, "202610", lang="vi", invariant=True)
    flat = re.sub(r"\s+", "", pdf_text(out))
    for code in longest:
        name = re.sub(r"\s+", "", tree.label(code, "vi"))
        assert flat.count(name) >= 2  # in the table and, whole, beside its bar
    assert "…" not in flat
