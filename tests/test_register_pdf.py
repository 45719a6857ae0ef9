"""The monthly register PDF, checked through the text a reader (or inspector) gets from it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models import lifecycle
from models.complaints import create_complaint
from models.masking import mask_id, mask_name, mask_phone
from models.records import month_digest
from models.schema import Complaint
from models.statistics import month_stats
from reports.register_pdf import RegisterCancelled, build_register, read_integrity
from reports.xlsx import write_xlsx

from tests.factories import make_form, pdf_text
from tests.rawdb import Raw

MONTH = "202610"
AT = dt.datetime(2026, 10, 5, 10, 0)


def _month(actor, n: int = 6) -> list[Complaint]:
    made = []
    for i in range(n):
        made.append(
            create_complaint(
                actor,
                make_form(
                    received_at=AT + dt.timedelta(days=i),
                    customer_name=f"张{'伟芳敏静丽强'[i % 6]}",
                    customer_phone=f"1381234{i:04d}",
                    customer_id_no=f"31010119900101{i:04d}",
                    summary=f"第{i}件：<b>粗体</b> & <img src='/etc/passwd'/> 退款慢",
                    category="pricing",
                ),
            )
        )
    return made


def test_masks_register_numbers_markup_and_totals(manager, tmp_path: Path) -> None:
    made = _month(manager)
    lifecycle.void(manager, made[2].id, "Recorded twice by mistake")
    out = tmp_path / "register.pdf"
    result = build_register(out, MONTH, lang="zh_CN", prepared_by=manager.name, invariant=True)
    text = pdf_text(out)
    flat = re.sub(r"\s+", "", text)
    for c in made:
        assert c.register_no in text
        assert c.customer_phone not in flat and c.customer_id_no not in flat
        assert mask_phone(c.customer_phone) in flat
    assert "张**" in text
    assert "<img" in flat and "<b>粗体</b>" in flat  # markup printed literally, never interpreted
    assert "作废：Recordedtwicebymistake" in flat  # the void row keeps its place and says why
    stats = month_stats(MONTH)
    assert stats.received == 5 and stats.voided == 1
    assert "收到5件" in flat and "作废1件" in flat
    assert (
        f"第{result.pages}页，共{result.pages}页" in flat and f"第1页，共{result.pages}页" in flat
    )
    count, digest = month_digest(MONTH)
    assert result.records == count == 6 and digest in flat


def test_every_font_is_embedded(manager, tmp_path: Path) -> None:
    _month(manager, 2)
    out = tmp_path / "r.pdf"
    build_register(out, MONTH, lang="en", invariant=True)
    from pypdf import PdfReader

    fonts = set()
    for page in PdfReader(str(out)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts.add(
                (
                    str(font["/BaseFont"]),
                    descriptor is not None and "/FontFile2" in descriptor.get_object(),
                )
            )
    assert fonts and all(embedded for _, embedded in fonts), fonts


def test_vietnamese_long_strings_emoji_and_rare_characters(manager, tmp_path: Path) -> None:
    create_complaint(
        manager,
        make_form(
            received_at=AT,
            customer_name="Nguyễn Thị Hương",
            summary="Phí chuyển khoản bị trừ hai lần 😡 𠀋",
            description="x",
            customer_phone="0912345678",
        ),
    )
    create_complaint(
        manager,
        make_form(
            received_at=AT,
            summary="https://example.com/" + "a" * 95,
            customer_name="Trần Văn Bình",
        ),
    )
    out = tmp_path / "vi.pdf"
    build_register(out, MONTH, lang="vi", invariant=True)
    text = pdf_text(out)
    assert "Phí chuyển khoản bị trừ hai lần" in text
    assert "Sổ đăng ký khiếu nại" in text and "N**" in text and "T**" in text
    assert "a" * 40 in re.sub(r"\s+", "", text)  # the long string wrapped, nothing lost


def test_empty_month_is_a_valid_register_that_says_so(store, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    result = build_register(out, "203001", lang="en", invariant=True)
    text = pdf_text(out)
    assert "No complaints were received in 2030-01." in text
    assert result.records == 0 and f"Page1of{result.pages}" in re.sub(r"\s+", "", text)


def test_earlier_open_complaints_are_listed_with_age(manager, tmp_path: Path) -> None:
    old = create_complaint(
        manager, make_form(received_at=dt.datetime(2026, 8, 1, 9), summary="Old open case")
    )
    out = tmp_path / "r.pdf"
    build_register(out, MONTH, lang="en", invariant=True)
    text = pdf_text(out)
    assert old.register_no in text and "Still open from earlier months" in text


def test_verify_register_passes_then_fails_after_a_change_behind_the_app(
    manager, tmp_path: Path, home: Path, store
) -> None:
    from tests.test_cli import run

    _month(manager, 3)
    out = tmp_path / "printed.pdf"
    build_register(out, MONTH, lang="en", invariant=True)
    assert read_integrity(out)["count"] == "3"
    ok = run(home, "verify-register", str(out), db=store.url)
    assert ok.returncode == 0 and "OK" in ok.stdout
    con = Raw(store)
    con.execute("UPDATE complaint SET summary = 'nothing happened' WHERE seq = 2")
    con.commit_and_close()
    bad = run(home, "verify-register", str(out), db=store.url)
    assert bad.returncode == 1 and "MISMATCH" in bad.stderr and "Traceback" not in bad.stderr
    not_ours = tmp_path / "other.pdf"
    not_ours.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert run(home, "verify-register", str(not_ours), db=store.url).returncode == 1


def test_cancel_leaves_no_file(manager, tmp_path: Path) -> None:
    _month(manager, 2)
    out = tmp_path / "never.pdf"
    with pytest.raises(RegisterCancelled):
        build_register(out, MONTH, cancelled=lambda: True)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_cli_register_default_name_and_xlsx(tmp_path: Path, manager, home: Path, store) -> None:
    from models.auth import set_credentials

    from tests.test_cli import run

    _month(manager, 2)
    set_credentials(manager, manager.staff_id, username="chen", password="chen-password")
    user = ("--user", "chen")
    result = run(
        home,
        "register",
        "--month",
        "2026-10",
        "--lang",
        "zh_CN",
        *user,
        db=store.url,
        secret="chen-password",
    )
    assert result.returncode == 0, result.stderr
    xlsx = tmp_path / "m.xlsx"
    assert (
        run(
            home,
            "export",
            "--month",
            "2026-10",
            "--format",
            "xlsx",
            "--out",
            str(xlsx),
            *user,
            db=store.url,
            secret="chen-password",
        ).returncode
        == 0
    )
    from openpyxl import load_workbook

    book = load_workbook(xlsx)
    assert book.sheetnames == ["Register", "Statistics"]
    rows = list(book["Register"].values)
    assert rows[0][0] == "register_no" and len(rows) == 3


def test_xlsx_direct(manager, tmp_path: Path) -> None:
    _month(manager, 1)
    out = tmp_path / "x.xlsx"
    assert write_xlsx(out, MONTH, actor=manager, full=True) == 1


def test_masking_rules() -> None:
    assert mask_name("张伟") == "张**" and mask_name("") == ""
    assert mask_phone("138 1234 1234") == "1******1234"
    assert mask_id("310101199001011234") == "****1234"


def test_markup_in_every_field_is_printed_literally(manager, tmp_path: Path) -> None:
    from models import replies
    from models.branch import add_staff, update_branch
    from reports.booklet import write_booklet

    attack = "<a href='http://x'>link</a><img src='/etc/hosts'/><font size=40>&amp;</font>"
    update_branch(manager, name="Branch <b>bold</b>", head_name="<i>head</i>")
    handler = add_staff(manager, "Eve <u>under</u>", "clerk")
    c = create_complaint(
        manager,
        make_form(
            received_at=AT,
            summary="S " + attack[:100],
            description=attack,
            customer_name="<script>",
            desired_outcome=attack,
            subject_text=attack[:150],
            handler_id=handler.id,
        ),
    )
    lifecycle.void(manager, c.id, "reason " + attack)
    replies.save_reply(manager, category="pricing", title=attack, text=attack, lang="en")
    out = tmp_path / "r.pdf"
    build_register(out, MONTH, lang="en", prepared_by="<b>me</b>", invariant=True)
    flat = re.sub(r"\s+", "", pdf_text(out))
    assert (
        "<a" in flat
        and "<img" in flat
        and "Branch<b>bold</b>" in flat
        and "Eve<u>under</u>" in flat
    )
    booklet = tmp_path / "b.pdf"
    write_booklet(booklet, "en", invariant=True)
    assert "<imgsrc='/etc/hosts'/>" in re.sub(r"\s+", "", pdf_text(booklet))
