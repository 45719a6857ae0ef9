"""The monthly register PDF, checked through the text a reader (or inspector) gets from it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from models.core import deadlines
from models.core.masking import mask_id, mask_name, mask_phone
from models.people.branch import get_branch, update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.records import month_digest
from models.register.statistics import month_stats
from models.storage.schema import Complaint, Event, now
from reports.register_pdf import RegisterCancelled, build_register, read_integrity
from reports.xlsx import write_xlsx

from tests.factories import make_form, new_staff, pdf_text
from tests.rawdb import Raw

MONTH = "202610"
AT = dt.datetime(2026, 10, 5, 10, 0)
# When October's complaints were handled (the ``clock`` fixture): the register shows
# the month as it stood at its end, so what it prints was recorded within it.
HANDLED = dt.datetime(2026, 10, 20, 11, 0)


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


def test_masks_register_numbers_markup_and_totals(manager, clock, tmp_path: Path) -> None:
    clock(HANDLED)
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
    today = HANDLED.date().isoformat()
    # The void entry keeps its place and says who voided it, when and why.
    assert f"作废（ChenJing陈静，{today}）：Recordedtwicebymistake" in flat
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
    assert "Sổ theo dõi khiếu nại" in text and "N**" in text and "T**" in text
    assert "a" * 40 in re.sub(r"\s+", "", text)  # the long string wrapped, nothing lost
    # Channel and status each whole on a line of their own (joined, they broke mid-word).
    lines = [line.strip() for line in text.splitlines()]
    assert "Trực tiếp tại quầy" in lines and "Đã tiếp nhận" in lines


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
    assert old.register_no in text and "Not yet resolved, from earlier months" in text


def test_verify_register_passes_then_fails_after_a_change_behind_the_app(
    manager, tmp_path: Path, home: Path, store
) -> None:
    from tests.cli.test_cli import run

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
    from models.trust.auth import set_credentials

    from tests.cli.test_cli import run

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
    assert rows[0][0] == "Register no." and len(rows) == 3


def test_xlsx_direct(manager, tmp_path: Path) -> None:
    _month(manager, 1)
    out = tmp_path / "x.xlsx"
    assert write_xlsx(out, MONTH, actor=manager, full=True) == 1


def test_masking_rules() -> None:
    assert mask_name("张伟") == "张**" and mask_name("") == ""
    assert mask_phone("138 1234 1234") == "1******1234"
    assert mask_id("310101199001011234") == "****1234"


def test_markup_in_every_field_is_printed_literally(manager, tmp_path: Path) -> None:
    from models.counter import replies
    from models.people.branch import add_staff, update_branch
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


def _flat(path: Path) -> str:
    return re.sub(r"\s+", "", pdf_text(path))


def _this_month() -> tuple[str, dt.datetime]:
    """The month under way, and a moment in it already past: complaints handled today
    count in its figures (a past month's show it as it stood at its end)."""
    moment = now()
    received = max(
        moment.replace(day=1, hour=0, minute=1, second=0), moment - dt.timedelta(minutes=2)
    )
    return moment.strftime("%Y%m"), received


def _handled_month(manager, clerk, received: dt.datetime = AT) -> dict[str, Complaint]:
    """Complaints of a month at every point of their handling, through the domain."""
    from models.core.actors import actor_for

    deputy = actor_for(new_staff("Deputy Lam", "manager"))
    about = new_staff("Julie Parker", "clerk")
    full = create_complaint(
        manager,
        make_form(
            received_at=received,
            customer_name="王芳",
            customer_phone="13812341234",
            category="pricing",
            cause="poor_communication",
            scope="line",
            subject_staff_id=about.id,
            summary="Shelf price and till price differ",
            desired_outcome="Refund the difference and fix the shelf labels",
            handler_id=clerk.staff_id,
        ),
    )
    lifecycle.acknowledge(clerk, full.id)
    lifecycle.start_investigation(clerk, full.id)
    if deadlines.max_extensions(get_branch().deadline_preset):
        lifecycle.request_extension(clerk, full.id, "Waiting for the supplier's price list")
        lifecycle.extend_deadline(deputy, full.id, "agreed")
    lifecycle.resolve(
        clerk,
        full.id,
        outcome="partly_upheld",
        remedy="Refunded the difference at the counter. "
        + "Checked every label. " * 150
        + "END-OF-REMEDY",
        compensation="388.50",
        customer_accepted=True,
        root_cause="Labels were not changed when the promotion ended. " * 90 + "END-OF-CAUSE",
        corrective_action="Labels are checked every Monday against the till. " * 90
        + "END-OF-ACTION",
    )
    lifecycle.record_followup(clerk, full.id, satisfaction=4, comment="Happy with the refund")
    lifecycle.close(clerk, full.id)
    waived = create_complaint(
        manager,
        make_form(received_at=received, summary="Rude answer at the counter", cause="bad_attitude"),
    )
    lifecycle.acknowledge(manager, waived.id)
    lifecycle.start_investigation(manager, waived.id)
    lifecycle.resolve(
        manager, waived.id, outcome="not_upheld", remedy="Explained", root_cause="Misunderstanding"
    )
    lifecycle.close(manager, waived.id, waive_followup=True, waiver_reason="Customer moved abroad")
    void = create_complaint(manager, make_form(received_at=received, summary="Wrong day"))
    lifecycle.void(manager, void.id, "Recorded twice by mistake")
    open_ = create_complaint(manager, make_form(received_at=received, summary="Being looked at"))
    return {"full": full, "waived": waived, "void": void, "open": open_}


def test_the_register_shows_each_complaints_whole_handling(
    manager, clerk, clock, tmp_path: Path
) -> None:
    clock(HANDLED)
    made = _handled_month(manager, clerk)
    full = Complaint.get_by_id(made["full"].id)
    out = tmp_path / "register.pdf"
    result = build_register(out, MONTH, lang="en", prepared_by=manager.name, invariant=True)
    flat = _flat(out)
    # The prose writes dates as the language does (English: day first), as the screens do.
    today = HANDLED.date().strftime("%d/%m/%Y")

    def shown(text: str) -> bool:
        return re.sub(r"\s+", "", text) in flat

    assert result.records == 4
    assert shown("王** 1******1234") and "13812341234" not in flat
    assert shown("Staff: J.P.") and "JulieParker" not in flat  # the person complained about
    assert shown("Line · Medium")  # scope and severity
    assert shown("Price and payment") and shown("Cause: Poor communication")
    assert shown("Wants: Refund the difference and fix the shelf labels")
    assert shown(f"Handler: {clerk.name}")
    extension = Event.get((Event.complaint == full.id) & (Event.kind == "extension"))
    first = dt.date.fromisoformat(extension.old_value).strftime("%d/%m/%Y")
    assert shown(f"Reply due {first}")  # the first deadline, then the new one
    assert shown(
        f"Extended to {full.due_date.strftime('%d/%m/%Y')}, approved by Deputy Lam on {today}"
    )
    assert shown("Partly upheld · the customer accepted")
    assert shown("Compensation 388.50 CNY")
    # Long texts wrap over as many lines (and pages) as they need: nothing is cut.
    assert shown("END-OF-REMEDY") and shown("END-OF-CAUSE") and shown("END-OF-ACTION")
    assert flat.count("Checkedeverylabel.") == 150
    assert shown(f"Follow-up call {today}: satisfaction 4/5") and shown("Happy with the refund")
    assert shown(f"Closed {today}")
    assert shown(f"Follow-up call waived by {manager.name}: Customer moved abroad")
    assert shown(f"VOID ({manager.name}, {today}): Recorded twice by mistake")
    assert shown(f"{full.register_no} (continued)")  # the tall block went on over a page
    assert shown("Cause: not recorded")  # the open complaint has no cause yet


def test_every_language_prints_the_handling_in_its_own_words(
    manager, clerk, clock, tmp_path: Path
) -> None:
    clock(HANDLED)
    _handled_month(manager, clerk)
    expected = {
        "zh_CN": ("补偿388.50CNY", "延期至", "经办人：", "回访", "整改措施"),
        "zh_TW": ("補償388.50CNY", "延長期限至", "承辦人：", "回訪", "改善措施"),
        "vi": (
            "Bồithường388.50CNY",
            "Giahạnđến",
            "Ngườixửlý:",
            "Gọilạikhảosát",
            "Biệnphápkhắcphục",
        ),
    }
    for lang, phrases in expected.items():
        out = tmp_path / f"{lang}.pdf"
        build_register(out, MONTH, lang=lang, invariant=True)
        flat = _flat(out)
        missing = [p for p in phrases if p not in flat]
        assert missing == [], lang


def test_on_time_counts_open_complaints_past_their_due_date(manager, tmp_path: Path) -> None:
    """An open complaint past its due date is late, not left out (it made July read 100%)."""
    early = [create_complaint(manager, make_form(received_at=AT)) for _ in range(3)]
    late_in_month = create_complaint(manager, make_form(received_at=dt.datetime(2026, 10, 30, 10)))
    resolved_on_time = early[0]
    Complaint.update(
        resolved_at=AT + dt.timedelta(days=3), status="resolved", outcome="upheld"
    ).where(Complaint.id == resolved_on_time.id).execute()
    Complaint.update(
        resolved_at=dt.datetime.combine(early[1].due_date, dt.time(12)) + dt.timedelta(days=2),
        status="resolved",
        outcome="not_upheld",
    ).where(Complaint.id == early[1].id).execute()
    stats = month_stats(MONTH)
    t = stats.timeliness
    # early[2] is still open and its due date (mid-October) has passed: late.
    assert (t.on_time, t.late, t.late_open, t.counted) == (1, 2, 1, 3)
    assert t.not_due == 1 and late_in_month.due_date > dt.date(2026, 10, 31)
    assert stats.resolved == 2 and stats.upheld == 1 and stats.upheld_rate == 0.5
    out = tmp_path / "r.pdf"
    build_register(out, MONTH, lang="en", invariant=True)
    flat = _flat(out)
    assert "Resolvedbythereplyduedate:33%(1of3);late2,ofwhichstillopen1" in flat
    assert "Howthesefigurescount:" in flat and "1stillopenandnotyetduearenotcountedyet" in flat


def test_the_deadline_policy_has_its_own_figures() -> None:
    from decimal import Decimal

    from models.register.statistics import Calendar, regime

    def row(received: dt.datetime, done: dt.datetime | None, **extra: object) -> dict:
        base = {
            "received_at": received,
            "resolved_at": done,
            "closed_at": None,
            "outcome": "upheld",
            "compensation": None,
            "currency": "",
            "extension_level": 0,
            "due_date": received.date() + dt.timedelta(days=15),
        }
        return base | extra

    monday = dt.datetime(2026, 10, 5, 10)
    end = dt.datetime(2026, 11, 1)
    uk = [
        row(monday, dt.datetime(2026, 10, 8, 16)),  # Thursday: the 3rd business day
        row(monday, dt.datetime(2026, 10, 9, 9), compensation=Decimal("50.00"), currency="GBP"),
        row(monday, dt.datetime(2026, 10, 20, 9), outcome="not_upheld"),
        row(monday, None),
    ]
    figures = {f.key: f for f in regime("uk_fca", uk, end, end, Calendar("GB")).figures}
    assert (figures["fca_3_days"].count, figures["fca_3_days"].total) == (1, 3)
    assert figures["fca_8_weeks"].count == 2 and figures["fca_after_8_weeks"].count == 0
    assert (figures["fca_upheld"].count, figures["fca_upheld"].total) == (2, 3)
    assert figures["fca_redress"].count == 1
    assert figures["fca_redress"].money == (("GBP", Decimal("50.00")),)
    cn = [
        row(dt.datetime(2026, 9, 1, 10), dt.datetime(2026, 9, 10, 10)),
        row(dt.datetime(2026, 9, 1, 10), dt.datetime(2026, 9, 25, 10), extension_level=1),
        row(dt.datetime(2026, 9, 1, 10), None),  # 30 days were up on 1 October
        row(dt.datetime(2026, 10, 10, 10), None),  # not yet: 30 days are up in November
    ]
    figures = {f.key: f for f in regime("china_banking", cn, end, end, Calendar("CN")).figures}
    assert (figures["cn_15_days"].count, figures["cn_15_days"].total) == (1, 2)
    assert figures["cn_extended"].count == 1 and figures["cn_past_30"].count == 1
    vn = [
        row(monday, dt.datetime(2026, 10, 9, 10)),
        row(monday, dt.datetime(2026, 10, 20, 10)),
        row(monday, None),
        row(dt.datetime(2026, 10, 30, 10), None),  # 7 working days not yet run at month end
    ]
    figures = {f.key: f for f in regime("vietnam_consumer", vn, end, end, Calendar("VN")).figures}
    assert (figures["days_within"].count, figures["days_within"].total) == (1, 3)
    assert figures["days_late"].count == 2 and figures["days_within"].days == 7


def test_the_register_prints_the_policys_figures_and_the_causes(
    manager, clerk, tmp_path: Path
) -> None:
    from models.people.branch import update_branch

    update_branch(manager, deadline_preset="uk_fca", country="GB", currency="GBP")
    month, received = _this_month()
    _handled_month(manager, clerk, received)
    stats = month_stats(month)
    assert stats.regime is not None and stats.regime.preset == "uk_fca"
    assert dict(stats.by_cause) == {"poor_communication": 1, "bad_attitude": 1, "": 1}
    assert ("pricing", "poor_communication", 1) in stats.by_category_cause
    out = tmp_path / "uk.pdf"
    build_register(out, month, lang="en", invariant=True)
    flat = _flat(out)
    assert "Figuresofthedeadlinepolicy:UKFCA" in flat
    assert "Resolvedbytheendofthe3rdbusinessdayafterreceipt:" in flat
    assert "Redresspaid:388.50GBPin1complaints" in flat
    assert "Causes" in flat and "Categoryandcausetogether,commonestfirst" in flat


def test_a_bank_register_prints_the_standards_codes_beside_our_names(
    manager, tmp_path: Path
) -> None:
    update_branch(manager, category_preset="bank")
    create_complaint(
        manager,
        make_form(received_at=AT, category="bank_card.atm_retained", cause="fund_security"),
    )
    create_complaint(manager, make_form(received_at=AT, category="loan", cause=""))
    out = tmp_path / "bank.pdf"
    build_register(out, MONTH, lang="zh_CN", invariant=True)
    flat = _flat(out)
    # In the complaint's block: business type and cause codes beside our names, the channel.
    assert "银行卡业务/ATM吞卡·B03" in flat and "原因：消费者资金安全·C09" in flat
    assert "A12自助设备" in flat and "原因：未填写" in flat
    # The month counted in each dimension, the standard's names beside ours.
    assert "按JR/T0169-2018统计" in flat and "报送前请与标准正式文本核对" in flat
    assert "C09消费者资金安全消费者资金安全1" in flat
    assert "未填写原因（不计入C）：1件" in flat


def _resolve(actor, complaint_id: int, compensation: str) -> Complaint:
    lifecycle.acknowledge(actor, complaint_id)
    lifecycle.start_investigation(actor, complaint_id)
    return lifecycle.resolve(
        actor,
        complaint_id,
        outcome="upheld",
        remedy="Refunded",
        compensation=compensation,
        root_cause="Fee charged twice",
    )


def test_the_excel_export_speaks_the_chosen_language(manager, tmp_path: Path) -> None:
    update_branch(manager, category_preset="bank")
    paid = create_complaint(
        manager,
        make_form(
            received_at=AT,
            channel="phone",
            category="fees.card_annual_fee",
            cause="pricing_fees",
        ),
    )
    _resolve(manager, paid.id, "120.50")
    lifecycle.record_followup(manager, paid.id, satisfaction=4)
    lifecycle.close(manager, paid.id)
    other = create_complaint(
        manager, make_form(received_at=AT, category="loan", cause="contract_terms")
    )
    _resolve(manager, other.id, "30")
    out = tmp_path / "zh.xlsx"
    assert write_xlsx(out, MONTH, "zh_CN", actor=manager, full=True) == 2
    book = load_workbook(out)
    assert book.sheetnames == ["登记簿", "统计"]
    sheet = book["登记簿"]
    rows = list(sheet.values)
    header = rows[0]
    col = {name: i for i, name in enumerate(header)}
    assert {"登记编号", "投诉时间", "渠道", "类别", "原因", "状态", "补偿金额", "认定结果"} <= set(
        col
    )
    first = rows[1]
    assert first[col["渠道"]] == "电话" and first[col["状态"]] == "已办结"
    assert first[col["类别"]] == "服务收费 / 卡片年费"
    assert first[col["原因"]] == "定价收费" and first[col["认定结果"]] == "投诉成立"
    assert first[col["客户接受"]] is None or first[col["客户接受"]] in ("是", "否")
    assert first[col["JR/T 0169-2018 业务类别代码"]] == "B03"
    received = sheet.cell(row=2, column=col["投诉时间"] + 1)
    assert isinstance(received.value, dt.datetime) and received.number_format == "yyyy-mm-dd hh:mm"
    due = sheet.cell(row=2, column=col["答复到期日"] + 1)
    assert (
        due.number_format == "yyyy-mm-dd"
        and due.value.date() == Complaint.get_by_id(paid.id).due_date
    )
    amounts = [sheet.cell(row=r, column=col["补偿金额"] + 1) for r in (2, 3)]
    assert all(a.data_type == "n" and a.number_format == "#,##0.00" for a in amounts)
    assert sum(a.value for a in amounts) == pytest.approx(150.50)  # summable as it stands
    assert sheet.column_dimensions["J"].width == 40  # the summary has room
    figures = list(book["统计"].values)
    # Resolved after October ended: open in October's figures, as the month stood.
    assert ("收到", 2) in figures and ("未结", 2) in figures


def test_each_complaint_shows_what_happened_with_numbers_in_it_masked(
    manager, tmp_path: Path
) -> None:
    create_complaint(
        manager,
        make_form(
            received_at=AT,
            summary="Card kept by the ATM",
            description="The ATM at the door kept the card 6222 0212 3456 7890 at 9pm; "
            "she called 13812345678 twice and nobody answered.",
        ),
    )
    out = tmp_path / "r.pdf"
    build_register(out, MONTH, lang="en", invariant=True)
    flat = re.sub(r"\s+", " ", pdf_text(out))
    assert "kept the card" in flat and "nobody answered" in flat
    assert "6222 0212 3456 7890" not in flat and "13812345678" not in flat
    assert mask_phone("13812345678") in flat
