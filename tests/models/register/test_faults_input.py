"""Input a branch will feed the app: CSVs in the code page of any Windows the branch may
run, fields and checklist files far over any sensible size, another branch's register
numbers. Each is read right or refused with a message; nothing garbled is stored, and
nothing is slow or takes the PC's memory to refuse."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.core import checklists
from models.core.actors import CLI_ACTOR
from models.core.encodings import read_text
from models.core.masking import mask_id, mask_phone
from models.maintenance.integrity import check_database
from models.register.importer import ACCEPTED, ImportFailed, import_csv
from models.storage.schema import Complaint

from tests.cli.test_cli import as_manager, run

HEADER = (
    "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,"
    "severity,summary,description,desired_outcome"
)
# What a branch in each language writes, in the code page Excel uses for it on Windows.
TEXTS = {
    "utf-8": ("王芳", "买到的牛奶已过期", "顾客说昨天在本店买的牛奶打开后发现已过期三天。"),
    "utf-8-sig": ("Nguyễn Văn An", "Sữa hết hạn", "Khách hàng mua sữa hôm qua; mở ra thấy hỏng."),
    "gb18030": ("李娜", "排队时间太长", "等了四十分钟才办理业务，希望增加窗口。"),
    "big5": ("陳美玲", "買到的牛奶已過期", "顧客說昨天在本店買的牛奶打開後發現已過期三天。"),
    "shift_jis": ("山田太郎", "牛乳の賞味期限切れ", "昨日購入した牛乳が三日前に期限切れでした。"),
    "cp1252": (
        "José Müller",
        "Lait périmé",
        "Le client a acheté du lait périmé hier; très mécontent.",
    ),
    "cp1258": (
        "Trần Thị Hồng",
        "Chờ quá lâu",
        "Khách hàng phải chờ bốn mươi phút mới được phục vụ.",
    ),
}


def _encode(text: str, encoding: str) -> bytes:
    """``text`` as that code page holds it (Windows-1258 writes Vietnamese tones as
    combining marks after the letter)."""
    if encoding != "cp1258":
        return text.encode(encoding)
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", parts[:2])
            try:
                out += base.encode("cp1258") + parts[2:].encode("cp1258")
            except UnicodeEncodeError:
                out += parts.encode("cp1258")
    return out


def _rows(name: str, summary: str, description: str, n: int = 3) -> str:
    return "".join(
        f"2026-10-{day + 1:02d}T10:00,phone,{name},0912345678,,pricing,point,low,{summary},"
        f"{description},refund\r\n"
        for day in range(n)
    )


@pytest.mark.parametrize("encoding", list(TEXTS))
def test_csv_in_each_code_page_is_stored_as_written(store, tmp_path: Path, encoding: str) -> None:
    name, summary, description = TEXTS[encoding]
    text = HEADER + "\r\n" + _rows(name, summary, description)
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(_encode(text, encoding))
    report = import_csv(CLI_ACTOR, path)
    assert report.ok, report.errors
    stored = {(c.customer_name, c.summary, c.description) for c in Complaint.select()}
    assert stored == {(name, summary, description)}  # no mojibake, NFC as typed


@pytest.mark.parametrize(
    "raw",
    [
        (HEADER + "\n2026-10-01T10:00,phone,王芳,1,,pricing,point,low,过期,描述,退款\n").encode(
            "utf-16-le"
        ),
        (
            HEADER + "\n2026-10-01T10:00,phone,Иван,1,,pricing,point,low,Молоко,Плохо,Деньги\n"
        ).encode("koi8_r"),
        (
            HEADER
            + "\n2026-10-01T10:00,phone,김철수,1,,pricing,point,low,우유 유통기한,고객 불만,환불\n"
        ).encode("euc_kr"),
        bytes(range(256)) * 20,
    ],
    ids=["utf-16", "koi8-r", "euc-kr", "binary"],
)
def test_csv_in_another_encoding_is_refused_naming_the_accepted_ones(
    store, tmp_path: Path, raw: bytes
) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(raw)
    with pytest.raises(ImportFailed) as info:
        import_csv(CLI_ACTOR, path)
    assert ACCEPTED in info.value.message and "nothing was imported" in info.value.message
    assert Complaint.select().count() == 0


def test_a_field_over_the_csv_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "3").returncode == 0
    path = tmp_path / "huge.csv"
    path.write_text(
        HEADER + "\n" + _rows("A", "ok", "fine", 2) + _rows("B", "big", "x" * 140_000, 1),
        encoding="utf-8",
    )
    result = as_manager(home, "import", str(path))
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    assert result.returncode == 1
    assert "line 4: a field is far too long" in result.stderr and "20,000" in result.stderr


def test_text_over_its_limit_is_refused_by_column_row_by_row(store, tmp_path: Path) -> None:
    rows = [
        "2026-10-01T10:00,phone,A,1,,pricing,point,low,ok,fine,refund,,",
        f"2026-10-02T10:00,phone,B,1,,pricing,point,low,long,{'字' * 20_001},refund,,",
        f"2026-10-03T10:00,phone,C,1,,pricing,point,low,remedy,fine,refund,{'r' * 5_001},",
    ]
    path = tmp_path / "long.csv"
    path.write_text(HEADER + ",remedy,root_cause\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = import_csv(CLI_ACTOR, path)
    assert [line for line, _ in report.errors] == [3, 4]
    assert "description is 20,001 characters long; the limit is 20,000" in report.errors[0][1]
    assert "remedy is 5,001 characters long; the limit is 5,000" in report.errors[1][1]
    assert Complaint.select().count() == 0


def test_another_branchs_register_number_is_refused_row_by_row(store, tmp_path: Path) -> None:
    rows = [
        "2026-10-01T10:00,phone,A,1,,pricing,point,low,ours,desc,refund,BR01-202610-0001",
        "2026-10-02T10:00,phone,B,1,,pricing,point,low,theirs,desc,refund,BR07-202610-0001",
        "2026-10-03T10:00,phone,C,1,,pricing,point,low,theirs too,desc,refund,XY9-202610-0002",
    ]
    path = tmp_path / "mixed.csv"
    path.write_text(HEADER + ",register_no\n" + "\n".join(rows) + "\n", encoding="utf-8")
    report = import_csv(CLI_ACTOR, path)
    assert [line for line, _ in report.errors] == [3, 4]
    assert "belongs to branch BR07; this register is branch BR01's" in report.errors[0][1]
    assert Complaint.select().count() == 0
    path.write_text(HEADER + ",register_no\n" + rows[0] + "\n", encoding="utf-8")
    assert import_csv(CLI_ACTOR, path).ok
    assert check_database().ok


# -- checklist files --------------------------------------------------------------


def _checklist_with_steps(n: int) -> dict:
    """The default checklist with ``n`` short steps (so that many fit in a small file)."""
    data = checklists.default_document()
    text = {"en": "Go on", "zh_CN": "继续", "zh_TW": "繼續", "vi": "Tiếp"}
    data["steps"] = [{"id": f"s{i}", "kind": "action", "title": text, "do": text} for i in range(n)]
    return data


def test_a_huge_checklist_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:  # 240 MB, as the tester's: sparse, so made in an instant
        fh.truncate(240_000_000)
    began = time.perf_counter()
    with pytest.raises(checklists.ChecklistInvalid) as info:
        checklists.read_file(path)
    assert time.perf_counter() - began < 1
    assert "240,000,000 bytes; a checklist file has at most 1,000,000" in info.value.problems[0]


def test_too_many_steps_are_refused_without_checking_each(tmp_path: Path) -> None:
    data = _checklist_with_steps(checklists.MAX_STEPS + 1)
    assert checklists.validate(data) == [
        f"steps: {checklists.MAX_STEPS + 1} steps; a checklist has at most {checklists.MAX_STEPS}"
    ]
    assert not [p for p in checklists.validate(_checklist_with_steps(12)) if "at most" in p]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(_checklist_with_steps(4_000), ensure_ascii=False), encoding="utf-8")
    began = time.perf_counter()
    result = run(tmp_path / "home", "checklist", "validate", str(path))
    assert result.returncode == 1 and "4,000 steps" in result.stderr
    assert "Traceback" not in result.stderr and time.perf_counter() - began < 30


def test_deep_nesting_and_long_texts_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(checklists.ChecklistInvalid) as info:
        checklists.read_file(path)
    assert "nested" in info.value.problems[0]
    data = checklists.default_document()
    deep: object = "x"
    for _ in range(9):
        deep = {"deeper": deep}
    data["steps"][0]["say"] = deep  # 3 levels to the step, 9 more, then the text: 13
    assert checklists.validate(data) == [
        "(top): nested more than 10 levels deep; a checklist nests at most 10"
    ]
    data = checklists.default_document()
    data["steps"][0]["do"]["en"] = "x" * (checklists.MAX_TEXT + 1)
    assert any("2,001 characters; a text has at most 2,000" in p for p in checklists.validate(data))


# -- masking -----------------------------------------------------------------------


def test_an_eight_digit_phone_shows_half_of_its_digits() -> None:
    assert mask_phone("12345678") == "****5678"
    assert mask_phone("138 1234 1234") == "1******1234"
    assert mask_id("123456") == "****456"


@given(st.text(alphabet="0123456789 +-", min_size=1, max_size=30))
def test_masking_keeps_at_least_half_of_any_number_hidden(number: str) -> None:
    digits = sum(c.isdigit() for c in number)
    assert sum(c.isdigit() for c in mask_phone(number)) * 2 <= digits
    compact = "".join(number.split())
    assert sum(c != "*" for c in mask_id(number)) * 2 <= len(compact)


# -- short files: a few words are too little for a general detector ----------------

# Words a branch in each language types, to make short files of; each code page reads the
# others' bytes without error, so only the words themselves tell them apart.
WORDS = {
    "shift_jis": [
        "山田",
        "鈴木",
        "田中",
        "花子",
        "牛乳",
        "期限切れ",
        "店員",
        "態度",
        "悪い",
        "待ち時間",
        "長い",
        "古い",
        "パン",
        "返金",
        "冷蔵庫",
        "壊れた",
        "領収書",
        "間違い",
    ],
    "gb18030": [
        "王芳",
        "李娜",
        "赵敏",
        "牛奶",
        "过期",
        "退款",
        "排队",
        "时间",
        "太长",
        "态度",
        "不好",
        "服务",
        "价格",
        "太贵",
        "信用卡",
        "手续费",
        "柜台",
        "转账",
        "失败",
    ],
    "big5": [
        "陳美玲",
        "林志明",
        "牛奶",
        "過期",
        "退款",
        "排隊",
        "時間",
        "太長",
        "態度",
        "不好",
        "服務",
        "價格",
        "太貴",
        "信用卡",
        "手續費",
        "櫃台",
        "轉帳",
        "失敗",
    ],
    "cp1252": [
        "José",
        "Müller",
        "Lait",
        "périmé",
        "très",
        "mécontent",
        "Straße",
        "Größe",
        "Señor",
        "niño",
        "façade",
        "déçu",
        "£20",
        "€15",
        "Zoë",
        "Noël",
    ],
    "cp1258": [
        "Nguyễn",
        "Văn",
        "An",
        "Sữa",
        "hết",
        "hạn",
        "Chờ",
        "quá",
        "lâu",
        "Trần",
        "Thị",
        "Hồng",
        "Phạm",
        "Đức",
        "Thắng",
        "nhân",
        "viên",
        "không",
        "tốt",
        "tiền",
        "phí",
    ],
}


def _one_row(name: str, summary: str, description: str) -> str:
    return (
        HEADER + "\r\n" + f"2026-10-01T10:00,phone,{name},0912345678,,pricing,point,low,"
        f"{summary},{description},refund\r\n"
    )


def test_a_short_shift_jis_csv_is_stored_as_written(tmp_path: Path) -> None:
    """The walk-through's file: a header and one row of a few Japanese words, which
    charset-normalizer ranked as Windows-1252 by its English header (‘Ô“x for 態度)."""
    home = tmp_path / "home"
    assert (
        run(home, "demo", "--months", "1", "--per-month", "1", "--branch", "shop").returncode == 0
    )
    path = tmp_path / "short.csv"
    path.write_bytes(_one_row("山田", "態度", "長い").encode("shift_jis"))
    result = as_manager(home, "import", str(path))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "all.csv"
    assert (
        as_manager(
            home, "export", "--all", "--full", "--format", "csv", "--out", str(out)
        ).returncode
        == 0
    )
    exported = out.read_text(encoding="utf-8-sig")
    assert "山田" in exported and ",態度,長い," in exported


def test_a_short_file_two_code_pages_read_differently_is_refused(tmp_path: Path) -> None:
    """São in Windows-1252 is Săo in Windows-1258: with nothing else to go by, the
    import names both and says how to save the file as UTF-8, and stores nothing."""
    home = tmp_path / "home"
    assert run(home, "demo", "--months", "1", "--per-month", "1").returncode == 0
    path = tmp_path / "short.csv"
    path.write_bytes(_one_row("João", "São", "Señor").encode("cp1252"))
    result = as_manager(home, "import", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "may be in Windows-1252 or Windows-1258" in result.stderr
    assert "nothing was imported" in result.stderr and "CSV UTF-8" in result.stderr
    listing = as_manager(home, "export", "--all", "--full", "--format", "json")
    assert "Săo" not in listing.stdout and "São" not in listing.stdout


@given(
    st.sampled_from(list(WORDS)).flatmap(
        lambda encoding: st.tuples(
            st.just(encoding),
            st.lists(st.sampled_from(WORDS[encoding]), min_size=3, max_size=6),
        )
    )
)
def test_a_short_file_in_any_code_page_is_read_right_or_refused(
    case: tuple[str, list[str]],
) -> None:
    """Never garbled: the words come back as written, or the file is refused."""
    encoding, words = case
    third = len(words) // 3
    text = _one_row(words[0], " ".join(words[1 : 1 + third]), "".join(words[1 + third :]))
    try:
        read = read_text(_encode(text, encoding))
    except UnicodeError:
        return
    assert unicodedata.normalize("NFC", read) == text


def test_a_large_file_in_a_code_page_is_read_in_seconds() -> None:
    """The readings are judged on a sample of the lines that are not ASCII, so a register
    of years (16 MB, mostly English, the accents at the very end) is read at once."""
    row = "2026-10-01T10:00,phone,John Smith,1,,pricing,point,low,Milk,Out of date milk,refund\r\n"
    last = _one_row("José Müller", "Lait périmé", "très mécontent").split("\r\n")[1]
    raw = (HEADER + "\r\n" + row * 200_000 + last + "\r\n").encode("cp1252")
    began = time.perf_counter()
    text = read_text(raw)
    assert time.perf_counter() - began < 10
    assert text.endswith(last + "\r\n")
