"""Head office's returns: a month counted by JR/T 0169-2018, the half-year complaints
return, the workbook and the command that writes it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from models.core.errors import PermissionDenied, ValidationError
from models.people.branch import update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.disclosure import activity
from models.register.returns import coded_table, half_bounds, half_year_return
from models.storage.schema import Complaint
from reports.returns import write_returns

from tests.factories import make_form

MONTH = "202610"
AT = dt.datetime(2026, 10, 5, 10, 0)


def _bank(manager) -> None:
    update_branch(manager, category_preset="bank")


def _resolve(actor, complaint_id: int, **values: object) -> Complaint:
    lifecycle.acknowledge(actor, complaint_id)
    lifecycle.start_investigation(actor, complaint_id)
    return lifecycle.resolve(
        actor,
        complaint_id,
        outcome=values.get("outcome", "upheld"),
        remedy="Refunded",
        compensation=values.get("compensation"),
        root_cause="Rate keyed in by hand",
    )


def test_the_month_counted_by_the_standard(manager, clock) -> None:
    clock(AT + dt.timedelta(hours=1))  # recorded and voided in the month it counts
    _bank(manager)
    for category, cause in (
        ("deposit.interest", "information_disclosure"),
        ("bank_card.atm_retained", "facilities_systems"),
        ("payment_settlement.mobile_online_banking", ""),
        ("fees.card_annual_fee", "pricing_fees"),
    ):
        create_complaint(manager, make_form(received_at=AT, category=category, cause=cause))
    voided = create_complaint(manager, make_form(received_at=AT, category="loan", cause=""))
    lifecycle.void(manager, voided.id, "Entered twice")
    table = coded_table(MONTH)
    assert table.received == 4 and table.no_cause == 1
    count = {d: {line.code: line.count for line in lines} for d, lines in table.dimensions.items()}
    assert count["channel"]["A1"] == 4  # a code counts everything below it
    assert (count["channel"]["A11"], count["channel"]["A12"], count["channel"]["A13"]) == (2, 1, 1)
    assert count["channel"]["A2"] == 0
    assert (count["business"]["B01"], count["business"]["B03"], count["business"]["B04"]) == (
        1,
        2,
        1,
    )
    assert count["business"]["B02"] == 0  # the void loan is no complaint
    assert (count["cause"]["C05"], count["cause"]["C02"], count["cause"]["C99"]) == (1, 1, 1)
    assert table.cross == {("B01", "C05"): 1, ("B03", "C02"): 1, ("B03", "C99"): 1}
    ours = {line.code: line.ours for line in table.dimensions["cause"]}
    assert set(ours["C99"]) == {"pricing_fees", "debt_collection", "other_cause"}


def test_only_the_bank_preset_has_a_coded_table(manager) -> None:
    with pytest.raises(ValidationError):
        coded_table(MONTH)


def test_half_years_are_calendar_halves() -> None:
    assert half_bounds("2026H1") == (dt.datetime(2026, 1, 1), dt.datetime(2026, 7, 1))
    assert half_bounds("2026-h2") == (dt.datetime(2026, 7, 1), dt.datetime(2027, 1, 1))
    with pytest.raises(ValidationError):
        half_bounds("2026Q3")


def test_the_half_year_return_counts_like_the_fca_return(manager) -> None:
    update_branch(manager, country="GB", currency="GBP", deadline_preset="uk_fca")
    monday = dt.datetime(2025, 8, 4, 10)  # a Monday; 3 business days are up on Thursday
    rows = [
        (dt.datetime(2025, 6, 20, 10), None, "upheld", None),  # outstanding at the start
        (dt.datetime(2025, 6, 1, 10), dt.datetime(2025, 6, 5, 10), "upheld", None),  # before
        (monday, dt.datetime(2025, 8, 7, 15), "upheld", Decimal("25.00")),
        (monday, dt.datetime(2025, 9, 1, 15), "not_upheld", None),
        (monday, dt.datetime(2025, 10, 20, 15), "partly_upheld", Decimal("100.00")),
        (dt.datetime(2025, 12, 28, 10), None, "", None),  # outstanding at the end
    ]
    for received, resolved, outcome, amount in rows:
        c = create_complaint(manager, make_form(received_at=received, category="pricing"))
        if resolved is not None:
            Complaint.update(
                status="resolved",
                resolved_at=resolved,
                outcome=outcome,
                compensation=amount,
                currency="GBP" if amount else "",
            ).where(Complaint.id == c.id).execute()
    ret = half_year_return("2025H2")
    total = ret.total
    assert (total.outstanding_start, total.opened) == (1, 4)
    assert (total.closed_3_days, total.closed_8_weeks, total.closed_after_8_weeks) == (1, 1, 1)
    assert total.upheld == 2 and total.upheld_share == pytest.approx(2 / 3)
    assert total.redress == {"GBP": Decimal("125.00")}
    assert total.outstanding_end == 2  # the June one still open, and December's
    assert [g.group for g in ret.groups] == ["pricing"]
    assert (ret.start, ret.end) == (dt.date(2025, 7, 1), dt.date(2025, 12, 31))


def test_returns_workbook_is_a_managers_and_is_recorded(manager, clerk, tmp_path: Path) -> None:
    _bank(manager)
    c = create_complaint(
        manager, make_form(received_at=AT, category="deposit.interest", cause="contract_terms")
    )
    lifecycle.acknowledge(manager, c.id)
    out = tmp_path / "returns.xlsx"
    with pytest.raises(PermissionDenied):
        write_returns(out, "zh_CN", actor=clerk, half="2026H2", month=MONTH)
    assert not out.exists()
    sheets = write_returns(out, "zh_CN", actor=manager, half="2026H2", month=MONTH)
    book = load_workbook(out)
    assert book.sheetnames == sheets == ["投诉情况报表 2026H2", "JR-T 0169-2018 2026-10"]
    ret = list(book[sheets[0]].values)
    assert ret[3][:3] == ("产品组", "期初未结", "新收到")
    assert ret[-1][0] == "合计" and ret[-1][2] == 1  # opened: one
    coded = list(book[sheets[1]].values)
    b01 = next(r for r in coded if r[0] == "B01")
    assert b01[1] == "人民币储蓄" and b01[3] == 1 and "存款业务" in b01[2]
    c08 = next(r for r in coded if r[0] == "C08")
    assert c08[1] == "合同条款" and c08[3] == 1
    event = activity(5)[0]  # what left the register, who took it, for which period
    assert (event.action, event.actor_name) == ("returns", manager.name)
    assert "2026H2" in event.changes and MONTH in event.changes


def test_returns_command_signs_in_and_refuses_a_clerk(
    manager, clerk, home: Path, store, tmp_path: Path
) -> None:
    from models.trust.auth import set_credentials

    from tests.cli.test_cli import run

    _bank(manager)
    create_complaint(
        manager, make_form(received_at=AT, category="loan.interest_rate", cause="contract_terms")
    )
    set_credentials(manager, manager.staff_id, username="chen", password="chen-password")
    set_credentials(manager, clerk.staff_id, username="an", password="an-password-1")
    out = tmp_path / "ho.xlsx"
    args = ("returns", "--half", "2026-H2", "--month", "2026-10", "--out", str(out))
    refused = run(home, *args, "--user", "an", db=store.url, secret="an-password-1")
    assert refused.returncode == 1 and "manager" in refused.stderr and not out.exists()
    done = run(home, *args, "--lang", "vi", "--user", "chen", db=store.url, secret="chen-password")
    assert done.returncode == 0, done.stderr
    assert load_workbook(out).sheetnames == ["Báo cáo khiếu nại 2026H2", "JR-T 0169-2018 2026-10"]
    usage = run(home, "returns", "--user", "chen", db=store.url, secret="chen-password")
    assert usage.returncode == 2 and "--half" in usage.stderr
