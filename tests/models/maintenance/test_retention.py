"""Anonymising old personal data: previewed, manager-only, audited, statistics intact."""

from __future__ import annotations

import datetime as dt

import pytest

from models.core.errors import PermissionDenied
from models.maintenance import retention
from models.maintenance.integrity import check_database
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.statistics import month_stats
from models.storage import audit
from models.storage.schema import Complaint
from models.storage.trail import history

from tests.factories import make_form


def _closed_long_ago(actor, name: str = "王芳") -> Complaint:
    c = create_complaint(
        actor,
        make_form(
            received_at=dt.datetime(2019, 3, 4, 10),
            customer_id_no="310101199001011234",
            customer_name=name,
        ),
    )
    lifecycle.acknowledge(actor, c.id)
    lifecycle.start_investigation(actor, c.id)
    lifecycle.resolve(
        actor, c.id, outcome="upheld", remedy="Refund", root_cause="Stock check missed"
    )
    lifecycle.record_followup(actor, c.id, satisfaction=4)
    lifecycle.close(actor, c.id)
    row = Complaint.get_by_id(c.id)
    row.closed_at = dt.datetime(
        2019, 3, 20, 12
    )  # as it was then (the audit trail records this too)
    row.resolved_at = dt.datetime(2019, 3, 18, 12)
    with audit.acting(actor):
        row.save()
    return row


def test_preview_then_anonymise_keeps_statistics(manager, clerk) -> None:
    old = _closed_long_ago(manager)
    recent = create_complaint(manager, make_form())
    before = month_stats("201903")
    preview = retention.preview(dt.date(2026, 11, 22))
    assert [c.register_no for c in preview] == [old.register_no]
    assert set(preview[0].fields) == {"customer_name", "customer_phone", "customer_id_no"}
    with pytest.raises(PermissionDenied):
        retention.anonymise(clerk, dt.date(2026, 11, 22))
    assert retention.anonymise(manager, dt.date(2026, 11, 22)) == 1
    row = Complaint.get_by_id(old.id)
    assert (row.customer_name, row.customer_phone, row.customer_id_no) == ("", "", "")
    assert Complaint.get_by_id(recent.id).customer_name == "王芳"
    assert (
        month_stats("201903").received == before.received
        and month_stats("201903").by_category == before.by_category
    )
    assert history("complaint", old.id)[-1].actor_name == manager.name
    assert retention.preview(dt.date(2026, 11, 22)) == []
    assert check_database().ok


@pytest.mark.sqlite_only
def test_anonymised_names_leave_the_search_index_and_its_word_list(manager) -> None:
    from models.register import queries
    from models.search import index as search
    from models.storage.db import database

    old = _closed_long_ago(manager, name="Trương Thị Xuân")
    create_complaint(manager, make_form(customer_name="Trương Văn Nam"))

    def words() -> set[str]:
        rows = database.execute_sql(f"SELECT term FROM {search.TERMS_TABLE}")
        return {row[0] for row in rows}

    assert "xuan" in words() and queries.count(queries.ListFilter(search="xuân")) == 1
    assert retention.anonymise(manager, dt.date(2026, 11, 22)) == 1
    assert "xuan" not in words() and {"truong", "nam"} <= words()
    assert queries.count(queries.ListFilter(search="xu")) == 0
    assert queries.count(queries.ListFilter(search="trương")) == 1
    assert Complaint.get_by_id(old.id).customer_name == ""
