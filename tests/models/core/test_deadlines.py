"""Due dates follow each policy, in the branch country's working days."""

from __future__ import annotations

import datetime as dt

import pytest

from models.core import deadlines
from models.core.errors import InvalidTransition, ValidationError
from models.people.branch import update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint

from tests.factories import make_form, new_staff

D = dt.date


def test_china_fifteen_days_moved_past_national_day() -> None:
    # 2026-09-20 + 15 days = 2026-10-05, inside the National Day holiday (Oct 1-7).
    due = deadlines.compute("china_banking", D(2026, 9, 20), "CN").due
    assert due == D(2026, 10, 8)


def test_china_make_up_saturday_counts_as_working_day() -> None:
    # 2026-10-10 is a Saturday worked in exchange for the National Day holiday.
    assert deadlines.is_working_day(D(2026, 10, 10), "CN")
    assert not deadlines.is_working_day(D(2026, 10, 2), "CN")


def test_china_extension_ladder() -> None:
    received = D(2026, 3, 2)
    assert deadlines.compute("china_banking", received, "CN", extension_level=1).due == D(
        2026, 4, 1
    )
    assert deadlines.compute("china_banking", received, "CN", extension_level=2).due == D(
        2026, 5, 6
    )


def test_vietnam_seven_working_days_skip_tet() -> None:
    # Received Friday 2026-02-13; Tet holidays run 2026-02-16 to 2026-02-20.
    due = deadlines.compute("vietnam_consumer", D(2026, 2, 13), "VN").due
    assert due == D(2026, 3, 3)


def test_uk_summary_resolution_and_eight_weeks() -> None:
    result = deadlines.compute("uk_fca", D(2026, 12, 23), "GB")
    # Thu 24 Dec is day 1; Fri 25 (Christmas) and Mon 28 (Boxing Day, observed) are not
    # working days, so Tue 29 is day 2 and Wed 30 day 3.
    assert result.first == D(2026, 12, 30)
    assert result.due == D(2027, 2, 17)


def test_custom_working_days() -> None:
    assert deadlines.compute("custom", D(2026, 11, 20), "GB", custom_days=5).due == D(2026, 11, 27)


def test_unknown_country_is_a_clear_error() -> None:
    with pytest.raises(ValidationError) as info:
        deadlines.compute("custom", D(2026, 1, 5), "XX")
    assert "XX" in info.value.message


def test_complaint_gets_due_date_from_branch_policy(manager) -> None:
    update_branch(manager, deadline_preset="vietnam_consumer", country="VN")
    complaint = create_complaint(manager, make_form(received_at=dt.datetime(2026, 2, 13, 10, 0)))
    assert complaint.due_date == D(2026, 3, 3)


def test_extension_is_asked_for_and_approved_by_another_manager(manager, clerk, clock) -> None:
    from models.core.actors import actor_for
    from models.core.errors import PermissionDenied

    head = actor_for(new_staff("Branch head", "manager"))
    clock(dt.datetime(2026, 3, 10, 9, 0))  # asked for while the reply is not yet due
    complaint = create_complaint(clerk, make_form(received_at=dt.datetime(2026, 3, 2, 9, 0)))
    with pytest.raises(InvalidTransition):
        lifecycle.extend_deadline(manager, complaint.id)  # nothing asked for yet
    lifecycle.request_extension(clerk, complaint.id, "Waiting for the card scheme's reply")
    with pytest.raises(InvalidTransition):
        lifecycle.request_extension(clerk, complaint.id, "again")
    with pytest.raises(PermissionDenied):
        lifecycle.extend_deadline(clerk, complaint.id)
    c = lifecycle.extend_deadline(manager, complaint.id)
    assert c.due_date == D(2026, 4, 1)
    lifecycle.request_extension(manager, complaint.id, "Head office review")
    with pytest.raises(PermissionDenied):
        lifecycle.extend_deadline(manager, complaint.id)  # not one's own request
    c = lifecycle.extend_deadline(head, complaint.id)
    assert c.due_date == D(2026, 5, 6)
    with pytest.raises(InvalidTransition):
        lifecycle.request_extension(clerk, complaint.id, "again")
