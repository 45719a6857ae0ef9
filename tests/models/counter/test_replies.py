"""The standard replies booklet: kept by managers, ranked by use, printed as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.core.errors import PermissionDenied, ValidationError
from models.counter import replies
from models.people.branch import update_branch
from models.register.complaints import create_complaint
from models.storage.schema import StandardReply
from reports.booklet import write_booklet

from tests.factories import make_form, pdf_text


def test_defaults_are_seeded_once_for_the_branch_preset(manager) -> None:
    assert replies.seed_defaults(manager) > 0
    count = StandardReply.select().count()
    assert replies.seed_defaults(manager) == 0
    assert StandardReply.select().count() == count


def test_managers_keep_the_library_clerks_cannot(manager, clerk) -> None:
    with pytest.raises(PermissionDenied):
        replies.save_reply(clerk, category="pricing", title="x", text="y", lang="en")
    reply = replies.save_reply(
        manager,
        category="pricing",
        title="Shelf price differs",
        text="We honour the shelf price.",
        lang="en",
    )
    edited = replies.save_reply(
        manager,
        category="pricing",
        title="货架价格不一致",
        text="我们按货架标价结算。",
        lang="zh_CN",
        reply_id=reply.id,
    )
    assert edited.title("en") == "Shelf price differs" and edited.title("zh_CN") == "货架价格不一致"
    with pytest.raises(ValidationError):
        replies.save_reply(manager, category="nonsense", title="x", text="y", lang="en")
    retired = replies.set_retired(manager, reply.id, True)
    assert not retired.active
    assert reply.id not in [r.id for r in replies.ranked()]
    assert reply.id in [r.id for r in replies.ranked(include_retired=True)]


def test_ranking_puts_the_category_first_then_frequency_then_use(manager) -> None:
    a = replies.save_reply(manager, category="pricing", title="A", text="a", lang="en")
    b = replies.save_reply(manager, category="delivery", title="B", text="b", lang="en")
    c = replies.save_reply(manager, category="delivery", title="C", text="c", lang="en")
    for _ in range(3):
        create_complaint(manager, make_form(category="delivery"))
    create_complaint(manager, make_form(category="pricing"))
    replies.count_use(manager, c.id)
    assert [r.id for r in replies.ranked()] == [c.id, b.id, a.id]
    assert [r.id for r in replies.ranked("pricing.wrong_price")][0] == a.id


def test_booklet_pdf_in_chinese_groups_by_category(manager, tmp_path: Path) -> None:
    update_branch(manager, name="南京路支行")
    replies.seed_defaults(manager)
    create_complaint(manager, make_form(category="delivery"))
    out = tmp_path / "booklet.pdf"
    count = write_booklet(out, "zh_CN", invariant=True)
    assert count == StandardReply.select().count()
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "标准答复手册" in text and "南京路支行" in text
    assert "第1页，共" in text.replace(" ", "").replace("\n", "")


def test_cli_booklet(tmp_path: Path) -> None:
    from tests.cli.test_cli import run, set_up

    out = tmp_path / "b.pdf"
    user = set_up(tmp_path / "home")
    result = run(
        tmp_path / "home",
        "booklet",
        "--out",
        str(out),
        "--lang",
        "vi",
        *user,
        secret="first-manager-1",
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_a_reply_has_a_spoken_and_a_written_text(manager) -> None:
    """What the clerk says at the counter is not what the record says."""
    replies.seed_defaults(manager)
    for reply in replies.ranked():
        for lang in ("en", "zh_CN", "zh_TW", "vi"):
            assert reply.written_texts.get(lang), (reply.title("en"), lang)
            assert reply.written(lang) != reply.text(lang)
    faulty = next(r for r in replies.ranked() if r.title("en") == "Item is faulty after purchase")
    assert faulty.text("vi").startswith("Dạ, em xin lỗi")
    assert faulty.written("vi").startswith("Đã xin lỗi Quý khách")
    assert faulty.written("zh_HK") == faulty.written("zh_TW")  # Hong Kong reads zh_TW's

    own = replies.save_reply(
        manager,
        category="pricing",
        title="Shelf price differs",
        text="I'm sorry, we will honour the shelf price.",
        written="Shelf price honoured; difference refunded.",
        lang="en",
    )
    assert own.written("en") == "Shelf price honoured; difference refunded."
    assert own.written("vi") == own.text("vi")  # none in Vietnamese: never English instead
    kept = replies.save_reply(
        manager, category="pricing", title="Giá kệ", text="Dạ...", lang="vi", reply_id=own.id
    )
    assert kept.written("en") == "Shelf price honoured; difference refunded."
