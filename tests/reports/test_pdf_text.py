"""Line breaking for the printed register: every line fits its column, nothing is lost."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from reports.pdf_base import FONT, PLACEHOLDER, printable, register_fonts, wrap_list

TEXT = st.lists(
    st.sampled_from(list("abcdefgh ijk-lmn  ") + list("退款申请慢很生气") + ["😡", "\n", "ễ", "W"]),
    max_size=200,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=TEXT, width=st.floats(min_value=4, max_value=300))
def test_every_line_fits_and_no_character_is_lost(text: str, width: float) -> None:
    register_fonts()
    lines = wrap_list(text, width, 7)
    for line in lines:
        # Only a single character wider than the column may stand out of it.
        assert len(line) <= 1 or stringWidth(line, FONT, 7) <= width + 1e-6, (line, width)
    kept = re.sub(r"\s+", "", "".join(lines))
    assert kept == re.sub(r"\s+", "", printable(text))


def test_breaks_between_words_and_between_chinese_characters() -> None:
    register_fonts()
    assert wrap_list("refund the fee", stringWidth("refund the", FONT, 7) + 0.1, 7) == [
        "refund the",
        "fee",
    ]
    width = stringWidth("退款申请", FONT, 7) + 0.1
    assert wrap_list("退款申请很慢很慢", width, 7) == ["退款申请", "很慢很慢"]
    long_number = "6222" * 20  # no place to break: cut where it must be
    assert "".join(wrap_list(long_number, 60, 7)) == long_number


def test_a_character_the_font_lacks_is_a_visible_box_with_its_code() -> None:
    assert printable("ok 😡") == "ok " + PLACEHOLDER + "U+1F621"
    assert printable("郑𠀋") == "郑" + PLACEHOLDER + "U+2000B"  # a rare name character
    assert printable("退款 Nguyễn\tx") == "退款 Nguyễn\tx"
