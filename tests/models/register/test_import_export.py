"""CSV import (all or nothing, any encoding Excel writes) and CSV/JSON export."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from models.core.actors import CLI_ACTOR
from models.maintenance.store import open_store
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.importer import ImportFailed, import_csv
from models.register.records import COLUMNS, iter_records
from models.storage.schema import Complaint, Staff
from reports.export import export_to, write_csv, write_json

from tests.factories import make_form

HEADER = (
    "received_at,channel,customer_name,customer_phone,customer_id_no,category,scope,severity,"
    "summary,description,desired_outcome"
)


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_gb18030_file_with_chinese_names_for_codes(store, tmp_path: Path) -> None:
    text = (
        HEADER + ",register_no,handler,status\r\n"
        "2026-10-03T10:15,电话,张伟,13912345678,,商品质量,点,高,冰箱送到时门是凹的,"
        '"顾客说：冰箱门有凹痕，\r\n要求换货",换一台新的,BR01-202610-0007,李娜,已告知受理\r\n'
    )
    path = _write(tmp_path / "old_register.csv", text, "gb18030")
    report = import_csv(CLI_ACTOR, path)
    assert report.ok, report.errors
    c = Complaint.get(Complaint.register_no == "BR01-202610-0007")
    assert (c.channel, c.category, c.scope, c.severity, c.status) == (
        "phone",
        "product_quality",
        "point",
        "high",
        "acknowledged",
    )
    assert c.description == "顾客说：冰箱门有凹痕，\n要求换货"
    assert c.handler.name == "李娜" and report.new_staff == ["李娜"]
    # New complaints that month continue after the imported number.
    assert create_complaint(CLI_ACTOR, make_form(received_at=dt.datetime(2026, 10, 20, 9))).seq == 8


def test_utf8_bom_and_vietnamese(store, tmp_path: Path) -> None:
    text = (
        HEADER
        + "\n2026-09-01T08:00:00+07:00,email,Trần Thị Mai,0912345678,,waiting_time,point,low,Chờ quá lâu ở quầy,Khách chờ 45 phút,Được phục vụ nhanh hơn\n"
    )
    path = tmp_path / "vi.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    report = import_csv(CLI_ACTOR, path)
    assert report.ok, report.errors
    assert Complaint.get().customer_name == "Trần Thị Mai"


def test_bad_rows_are_all_reported_and_nothing_is_imported(store, tmp_path: Path) -> None:
    text = (
        HEADER + ",colour\n"
        "2026-10-03T10:15,phone,A,1,,product_quality,point,high,ok,desc,refund,red\n"
        "yesterday,phone,B,1,,product_quality,point,high,ok,desc,refund,red\n"
        "2026-10-04T10:15,fax,C,1,,no_such_thing,point,urgent,,desc,refund,red\n"
        "2026-10-05T10:15,phone,D,1,,pricing,point,low,ok,desc,refund,blue\n"
    )
    report = import_csv(CLI_ACTOR, _write(tmp_path / "bad.csv", text))
    assert not report.ok
    lines = {line: message for line, message in report.errors}
    assert set(lines) == {3, 4}
    assert "received_at" in lines[3]
    for word in ("channel", "fax", "no_such_thing", "severity", "summary"):
        assert word in lines[4]
    assert report.ignored_columns == ["colour"]
    assert Complaint.select().count() == 0
    assert Staff.select().count() == 0


def test_dry_run_checks_but_saves_nothing(store, tmp_path: Path) -> None:
    text = HEADER + "\n2026-10-03T10:15,phone,A,1,,pricing,point,high,ok,desc,refund\n"
    report = import_csv(CLI_ACTOR, _write(tmp_path / "ok.csv", text), dry_run=True)
    assert report.ok and report.rows == 1
    assert Complaint.select().count() == 0


def test_missing_required_column_is_refused(store, tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as info:
        import_csv(CLI_ACTOR, _write(tmp_path / "x.csv", "received_at,channel\n2026-01-01,phone\n"))
    assert "summary" in info.value.message


def test_duplicate_register_numbers_are_refused(store, tmp_path: Path) -> None:
    row = "2026-10-03T10:15,phone,A,1,,pricing,point,high,ok,desc,refund,BR01-202610-0001\n"
    report = import_csv(
        CLI_ACTOR, _write(tmp_path / "d.csv", HEADER + ",register_no\n" + row + row)
    )
    assert [line for line, _ in report.errors] == [3]


def _in_country(country: str) -> None:
    from models.people.branch import update_branch

    update_branch(CLI_ACTOR, country=country)


@pytest.mark.parametrize("country", ["VN", "GB"])
def test_dates_as_excel_writes_them_where_days_come_first(
    store, tmp_path: Path, country: str
) -> None:
    """Excel saves the dates of a Vietnamese or British sheet day first (03/11/2026),
    without seconds, often without the zero; year-first dates are read everywhere. The
    numbers are handed out in order of receipt, not in the order of the text."""
    _in_country(country)
    text = (
        HEADER + ",promised_at\n"
        "2026/11/3 14:30,phone,A,1,,pricing,point,low,year first,d,refund,\n"
        "03/11/2026,phone,B,1,,pricing,point,low,day only,d,refund,\n"
        "3/11/2026 9:05,phone,C,1,,pricing,point,low,no zeros,d,refund,13/11/2026 17:00\n"
        "12/10/2026 08:00:30,phone,D,1,,pricing,point,low,october,d,refund,\n"
    )
    report = import_csv(CLI_ACTOR, _write(tmp_path / "excel.csv", text))
    assert report.ok, report.errors
    got = {c.summary: (c.received_at, c.seq) for c in Complaint.select()}
    assert got == {
        "year first": (dt.datetime(2026, 11, 3, 14, 30), 3),
        "day only": (dt.datetime(2026, 11, 3, 0, 0), 1),
        "no zeros": (dt.datetime(2026, 11, 3, 9, 5), 2),
        "october": (dt.datetime(2026, 10, 12, 8, 0, 30), 1),
    }
    promised = Complaint.get(Complaint.summary == "no zeros").promised_at
    assert promised == dt.datetime(2026, 11, 13, 17, 0)


def test_where_the_year_comes_first_a_date_that_could_be_either_is_refused(
    store, tmp_path: Path
) -> None:
    """In China (and Taiwan) Excel writes 2026/11/3; 03/11/2026 could be 3 November or
    11 March, so it is refused with how to write it, never guessed. 25/11/2026 has one
    reading only."""
    _in_country("CN")
    text = (
        HEADER + "\n"
        "2026/11/3 14:30,phone,A,1,,pricing,point,low,ok,d,refund\n"
        "03/11/2026 10:00,phone,B,1,,pricing,point,low,either,d,refund\n"
        "25/11/2026,phone,C,1,,pricing,point,low,only one,d,refund\n"
        "3/11/26 10:00,phone,D,1,,pricing,point,low,short year,d,refund\n"
    )
    report = import_csv(CLI_ACTOR, _write(tmp_path / "cn.csv", text))
    lines = {line: message for line, message in report.errors}
    assert set(lines) == {3, 5}
    assert "03/11/2026 10:00" in lines[3] and "2026/3/25 14:30" in lines[3]
    assert "two-digit year" in lines[5]
    assert Complaint.select().count() == 0


def test_an_id_number_excel_turned_into_scientific_notation_is_refused(
    store, tmp_path: Path
) -> None:
    """Excel shows an 18-digit ID number as 1.10101E+17 and writes it so into the CSV:
    the last digits are gone, so the row is refused with how to save the sheet again."""
    text = (
        HEADER + "\n"
        "2026-10-03T10:15,phone,A,13812341234,1.10101E+17,pricing,point,low,ok,d,refund\n"
        "2026-10-03T10:16,phone,B,8.61381E+12,110101199003071234,pricing,point,low,ok,d,refund\n"
    )
    report = import_csv(CLI_ACTOR, _write(tmp_path / "ids.csv", text))
    lines = {line: message for line, message in report.errors}
    assert set(lines) == {2, 3}
    assert "customer_id_no: 1.10101E+17" in lines[2] and "format the column as Text" in lines[2]
    assert "customer_phone: 8.61381E+12" in lines[3]
    assert report.problems[2][0].field == "customer_id_no"
    assert Complaint.select().count() == 0


def test_a_large_import_goes_in_batches_numbered_in_order_and_checked(
    store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows are saved together in batches (here of 3): numbers continue each month in
    order of receipt after the given ones, every complaint's timeline says where it came
    from, and the audit check accepts the batches."""
    from models.maintenance.integrity import check_database
    from models.register.timeline import events_of
    from models.storage import bulk
    from models.storage.trail import history

    monkeypatch.setattr(bulk, "BATCH", 3)
    rows = [
        f"2026-10-{day:02d}T10:00,phone,客户{day},1,,pricing,point,low,第{day}件,desc,refund,"
        for day in (9, 2, 5, 7, 3, 8)
    ]
    rows.append("2026-10-04T10:00,phone,X,1,,pricing,point,low,given,desc,refund,BR01-202610-0001")
    rows.append("2026-09-04T10:00,phone,Y,1,,pricing,point,low,other,desc,refund,BR01-202609-0001")
    path = _write(tmp_path / "many.csv", HEADER + ",register_no\r\n" + "\r\n".join(rows))
    report = import_csv(CLI_ACTOR, path)
    assert report.ok, report.errors
    by_summary = {c.summary: c for c in Complaint.select()}
    assert by_summary["given"].register_no == "BR01-202610-0001"
    assert by_summary["other"].register_no == "BR01-202609-0001"
    numbered = sorted((c.received_at, c.seq) for c in by_summary.values() if c.month == "202610")
    assert [seq for _, seq in numbered if seq != 1] == [2, 3, 4, 5, 6, 7]
    first = by_summary["第2件"]
    assert first.seq == 2 and first.due_date > first.received_at.date()
    kinds = [(e.kind, e.text) for e in events_of(first.id)]
    line = next(i for i, r in enumerate(rows, start=2) if "第2件" in r)
    assert kinds == [("created", ""), ("imported", f"line {line}")]
    assert check_database().ok
    later = create_complaint(CLI_ACTOR, make_form(received_at=dt.datetime(2026, 10, 30, 9)))
    assert later.seq == 8
    # A manager reading an imported complaint's history sees its creation, then changes.
    lifecycle.acknowledge(CLI_ACTOR, first.id)
    events = history("complaint", first.id)
    assert [e.action for e in events] == ["create", "update"]
    created = json.loads(events[0].changes)
    assert created["summary"] == [None, "第2件"] and created["register_no"][1].endswith("0002")


def _populate(actor) -> None:
    a = create_complaint(
        actor, make_form(received_at=dt.datetime(2026, 9, 3, 9, 30), summary="顧客投訴 ATM 吞卡 😡")
    )
    create_complaint(
        actor,
        make_form(
            received_at=dt.datetime(2026, 9, 5, 14, 0),
            channel="letter",
            customer_name="",
            description='Line one,\nline "two"',
        ),
    )
    c = create_complaint(
        actor,
        make_form(
            received_at=dt.datetime(2026, 10, 1, 11, 0),
            vulnerable=True,
            vulnerable_note="Hard of hearing",
        ),
    )
    lifecycle.acknowledge(actor, a.id)
    lifecycle.start_investigation(actor, a.id)
    lifecycle.resolve(
        actor,
        a.id,
        outcome="partly_upheld",
        remedy="Card returned",
        compensation="30",
        customer_accepted=False,
        root_cause="ATM reader worn",
    )
    lifecycle.record_followup(actor, a.id, satisfaction=3, comment="OK")
    lifecycle.close(actor, a.id)
    lifecycle.void(actor, c.id, "Entered twice")


def test_csv_export_reimports_to_the_same_records(manager, store, tmp_path: Path) -> None:
    _populate(manager)
    exported = tmp_path / "all.csv"
    assert export_to(exported, "csv", actor=manager, full=True) == 3
    raw = exported.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    before = list(iter_records())
    store.close()

    from tests import pg

    other_url = None if store.file else pg.create_database()  # a second register, same engine
    other = open_store(tmp_path / "other", other_url)
    try:
        report = import_csv(CLI_ACTOR, exported)
        assert report.ok, report.errors
        after = list(iter_records())
    finally:
        other.close()
        if other_url:
            pg.drop_database(other_url)
    assert after == before


def test_json_export_is_a_list_keyed_by_column_names(manager) -> None:
    _populate(manager)
    out = io.StringIO()
    assert write_json(out, month="202609", actor=manager, full=True) == 2
    data = json.loads(out.getvalue())
    assert [d["register_no"] for d in data] == ["BR01-202609-0001", "BR01-202609-0002"]
    assert set(data[0]) == set(COLUMNS)
    assert data[0]["status"] == "closed" and data[0]["resolution"] == "partly_upheld"
    assert data[0]["compensation"] == "30.00" and data[0]["customer_accepted"] is False


def test_empty_month_exports_header_only(store, clerk) -> None:
    out = io.StringIO()
    assert write_csv(out, month="203001", actor=clerk) == 0
    assert out.getvalue().strip() == ",".join(COLUMNS)
    out = io.StringIO()
    write_json(out, month="203001", actor=clerk)
    assert json.loads(out.getvalue()) == []
