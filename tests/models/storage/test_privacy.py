"""Trust on a shared counter PC: anonymising leaves a customer's data nowhere, the audit
trail never holds a password or PIN hash, and older registers are upgraded to match,
while ``check`` still verifies the whole chain."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from models.book import opinions
from models.core.actors import actor_for
from models.demo import demo_bulk
from models.maintenance import migrations, retention
from models.maintenance.integrity import chain_head, check_database
from models.maintenance.store import open_store
from models.people.branch import add_staff, update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint, form_of, update_complaint
from models.storage import audit, schema
from models.storage.personal import Hidden
from models.storage.schema import Complaint, Meta, OpinionEntry, Staff
from models.storage.trail import readable_history
from models.trust import auth

from tests.factories import make_form, new_staff
from tests.rawdb import Raw

TODAY = dt.date(2026, 11, 22)
# One customer's data, each value written somewhere by the steps below.
FIRST_NAME = "Hoàng Minh Tú"  # typed first, then corrected
NAME = "Lâm Ngọc Hân"
PHONE = "13987654321"
ID_NO = "310101199001017777"
NOTE = "Uses a wheelchair, needs the side door"
ENTRY_NAME = "Đặng Thu Trang"
ENTRY_CONTACT = "0912 777 888"


def _dump(store, tables: tuple[str, ...] | None = None) -> str:
    """The text of every row of every table (or of ``tables``), read behind the app's
    back the way someone with a database tool would read the register."""
    raw = Raw(store)
    if raw.pg:
        names = [
            r[0]
            for r in raw.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            ).fetchall()
        ]
    else:
        names = [  # every table; the search index's shadow tables hold what it keeps
            r[0]
            for r in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
    parts = []
    for name in names:
        if tables is not None and name not in tables:
            continue
        for row in raw.execute(f'SELECT * FROM "{name}"').fetchall():
            for value in row:
                if isinstance(value, (bytes, memoryview)):
                    parts.append(bytes(value).decode("utf-8", "ignore"))
                else:
                    parts.append(str(value))
    raw.con.close()
    return "\n".join(parts)


def _close_long_ago(actor, complaint_id: int) -> None:
    lifecycle.acknowledge(actor, complaint_id)
    lifecycle.start_investigation(actor, complaint_id)
    lifecycle.resolve(actor, complaint_id, outcome="upheld", remedy="Refund", root_cause="Stock")
    lifecycle.record_followup(actor, complaint_id, satisfaction=4)
    lifecycle.close(actor, complaint_id)
    row = Complaint.get_by_id(complaint_id)
    row.closed_at, row.resolved_at = dt.datetime(2019, 3, 20, 12), dt.datetime(2019, 3, 18, 12)
    with audit.acting(actor):
        row.save()


def _customer_then_anonymised(actor) -> tuple[int, int, int]:
    """A complaint whose customer's data went everywhere it can go: its name typed and
    then corrected (timeline and trail), a vulnerable note, an opinion book entry it was
    recorded from; then closed long ago. Returns (complaint, entry, live complaint)."""
    entry = opinions.add_entry(
        actor,
        opinions.EntryForm(
            source="opinion_book",
            kind="complaint",
            text="Sữa hết hạn",
            name=ENTRY_NAME,
            contact=ENTRY_CONTACT,
            written_on=dt.date(2019, 3, 4),
        ),
    )
    form = dataclasses.replace(
        opinions.promotion_form(OpinionEntry.get_by_id(entry.id)),
        received_at=dt.datetime(2019, 3, 4, 10),
        customer_name=FIRST_NAME,
        customer_phone=PHONE,
        customer_id_no=ID_NO,
        vulnerable=True,
        vulnerable_note=NOTE,
        category="product_quality",
        desired_outcome="Refund",
    )
    c = opinions.promote(actor, entry.id, form)
    fixed = dataclasses.replace(form_of(c), customer_name=NAME)
    update_complaint(actor, c.id, fixed, expected_version=c.version)
    _close_long_ago(actor, c.id)
    live = create_complaint(actor, make_form(customer_name="Phan Văn Khải"))
    return c.id, entry.id, live.id


def _personal_words() -> tuple[str, ...]:
    return (FIRST_NAME, NAME, PHONE, ID_NO, NOTE, ENTRY_NAME, ENTRY_CONTACT)


def test_anonymise_leaves_the_customers_data_in_no_table(store, manager) -> None:
    cid, entry_id, live_id = _customer_then_anonymised(manager)
    before = _dump(store)
    assert all(word in before for word in _personal_words())  # the dump does see them
    trail = _dump(store, ("audit_event", "event"))
    assert not [w for w in _personal_words() if w in trail]  # only ever beside the chain
    assert retention.anonymise(manager, TODAY) == 1
    after = _dump(store)
    assert [w for w in _personal_words() if w in after] == []
    assert "Phan Văn Khải" in after  # a customer still within the retention period stays
    report = check_database()
    assert report.ok, report.problems
    # Managers still read every change, the erased values marked as removed.
    lines = readable_history("complaint", cid)
    names = [changes["customer_name"] for _, changes in lines if "customer_name" in changes]
    assert names[0] == (None, Hidden.REMOVED)  # created
    assert names[1] == (Hidden.REMOVED, Hidden.REMOVED)  # corrected
    assert names[-1] == (Hidden.REMOVED, "")  # anonymised
    assert Complaint.get_by_id(cid).customer_name == ""
    entry = OpinionEntry.get_by_id(entry_id)
    assert (entry.name, entry.contact) == ("", "") and entry.text == "Sữa hết hạn"
    live = readable_history("complaint", live_id)
    assert live[0][1]["customer_name"] == (None, "Phan Văn Khải")


def test_check_still_finds_personal_data_changed_behind_the_app(store, manager) -> None:
    c = create_complaint(manager, make_form(customer_name=NAME, customer_phone=PHONE))
    con = Raw(store)
    con.execute("UPDATE complaint SET customer_phone = '13900000000' WHERE id = ?", (c.id,))
    con.commit_and_close()
    problems = check_database().problems
    assert any(f"complaint #{c.id} field customer_phone" in p for p in problems)
    assert PHONE not in " ".join(problems) and "13900000000" not in " ".join(problems)
    # The value kept beside the chain rewritten to match: the digest gives it away.
    con = Raw(store)
    con.execute(
        "UPDATE personal_value SET value = '13900000000' WHERE field = 'customer_phone' "
        "AND row_id = ?",
        (c.id,),
    )
    con.commit_and_close()
    problems = check_database().problems
    assert any(f"complaint #{c.id} field customer_phone: personal value" in p for p in problems)
    # A value erased behind the app's back while the complaint still holds it.
    con = Raw(store)
    con.execute(
        "UPDATE personal_value SET salt = NULL, value = NULL WHERE field = 'customer_name' "
        "AND row_id = ?",
        (c.id,),
    )
    con.commit_and_close()
    problems = check_database().problems
    assert any(f"complaint #{c.id} field customer_name" in p for p in problems)


def _secrets_everywhere(manager) -> Staff:
    update_branch(manager, allow_pin=True)
    staff = add_staff(manager, "Lê Thị Hoa", "clerk")
    auth.set_credentials(manager, staff.id, username="hoa", password="first-password-1")
    auth.set_credentials(manager, staff.id, pin="482916")
    auth.reset_account(manager, staff.id, "second-password-2")
    auth.sign_in("hoa", "482916")
    return Staff.get_by_id(staff.id)


def test_no_password_or_pin_hash_reaches_the_audit_trail(store, manager) -> None:
    founder = add_staff(manager, "Vũ Quang", "manager")
    auth.set_credentials(manager, founder.id, username="quang", password="founder-password-1")
    # A manager who gives passwords does so signed in: their key vouches for the new keys.
    staff = _secrets_everywhere(auth.sign_in("quang", "founder-password-1"))
    assert staff.password_hash.startswith("$argon2") and staff.pin_hash.startswith("$argon2")
    trail = _dump(store, ("audit_event", "personal_value", "event"))
    assert "$argon2" not in trail
    assert staff.password_hash not in trail and staff.pin_hash not in trail
    report = check_database()
    assert report.ok, report.problems
    # A manager's History says that the secret changed, not what it is.
    seen = [
        changes["password_hash"]
        for _, changes in readable_history("staff", staff.id)
        if "password_hash" in changes
    ]
    assert seen == [(None, ""), ("", Hidden.SECRET), (Hidden.SECRET, Hidden.SECRET)]


def test_check_catches_a_password_hash_changed_behind_the_app(store, manager) -> None:
    staff = _secrets_everywhere(manager)
    other = auth.HASHER.hash("chosen-by-intruder")
    con = Raw(store)
    con.execute("UPDATE staff SET password_hash = ? WHERE id = ?", (other, staff.id))
    con.commit_and_close()
    problems = check_database().problems
    assert any(f"staff #{staff.id} field password_hash" in p for p in problems)
    assert "$argon2" not in " ".join(problems)  # the report does not print the hash


def test_bulk_loads_keep_personal_values_beside_the_chain(store, manager) -> None:
    result = demo_bulk.fill_register(40, months=2, end=TODAY, opinions_per_complaint=1.0, seed=3)
    assert result.complaints == 40 and result.opinions > 0
    rows = list(Complaint.select().where(Complaint.customer_name != ""))
    entries = list(OpinionEntry.select().where(OpinionEntry.name != ""))
    assert rows and entries
    # (The demo's customers include a 陈静, as the manager here is named.)
    trail = _dump(store, ("audit_event",)).replace(manager.name, "")
    assert not [c.customer_name for c in rows if c.customer_name in trail]
    assert not [c.customer_phone for c in rows if c.customer_phone and c.customer_phone in trail]
    assert not [e.name for e in entries if e.name in trail]
    assert check_database().ok
    created = readable_history("complaint", rows[0].id)[0][1]
    assert created["customer_name"] == (None, rows[0].customer_name)
    assert created["customer_phone"] == (None, rows[0].customer_phone)
    con = Raw(store)
    con.execute("UPDATE opinion_entry SET name = 'Someone else' WHERE id = ?", (entries[0].id,))
    con.commit_and_close()
    assert any(f"opinion_entry #{entries[0].id} field name" in p for p in check_database().problems)


# -- the upgrade of a register written before personal values were kept apart ------


def _before_privacy() -> int:
    return migrations.MIGRATIONS.index(migrations._personal_data_out_of_the_trail)


def _old_register(home: Path, url: str | None, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A register written by the app as it was before this upgrade, with the personal
    data and secrets in clear in its audit trail and timeline."""
    version = _before_privacy()
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        m.setattr(migrations, "SCHEMA_VERSION", version)
        m.setattr(schema, "AUDITED_TABLES", schema.AUDITED_TABLES - {"event"})  # not yet
        old = open_store(home, url)
        manager = actor_for(new_staff("Chen Jing 陈静", "manager"))
        # (Demo data goes in before anyone has a password: the demo refuses a staff
        # list that people sign in from.)
        demo_bulk.fill_register(10, months=1, end=TODAY, opinions_per_complaint=1.0, seed=5)
        staff = _secrets_everywhere(manager)
        cid, entry_id, live_id = _customer_then_anonymised(manager)
        # The older app's anonymising: the values stayed in the trail, and the opinion
        # book entry the complaint came from was left as it was.
        m.setattr(retention, "_anonymise_entries_of", lambda complaint_id: None)
        assert retention.anonymise(manager, TODAY) == 1
        trail = _dump(old, ("audit_event", "event"))
        assert NAME in trail and PHONE in trail and "$argon2" in trail  # written the old way
        assert "Phan Văn Khải" in trail
        head = chain_head()
        old.close()
    return {
        "staff": staff.id,
        "anonymised": cid,
        "live": live_id,
        "manager": manager,
        "head": head,
    }


def test_an_older_register_is_upgraded_to_keep_no_personal_value_or_secret_in_its_trail(
    home: Path, db_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _old_register(home, db_url, monkeypatch)
    progress: list[tuple[int, int]] = []
    store = open_store(home, db_url, upgrade_progress=lambda d, t: progress.append((d, t)))
    try:
        assert progress and progress[-1][0] == progress[-1][1]
        # The chain is computed again; the head a register printed before showed is kept.
        events, head = chain_head()
        # (Later steps add entries: the timeline's lines, recorded when it came under audit.)
        assert events > made["head"][0] and head != made["head"][1]
        rechained = Meta.get(Meta.key == "audit_rechained").value
        from models.storage.schema import AuditEvent as Entry

        at_upgrade = Entry.select().order_by(Entry.id).offset(made["head"][0] - 1).first().hash
        assert made["head"][1] in rechained and at_upgrade in rechained
        everything = _dump(store)
        # The older app's anonymising left the opinion book entry as it was, and so does
        # the upgrade (it changes how the trail holds values, not the records).
        assert [w for w in _personal_words() if w in everything] == [ENTRY_NAME, ENTRY_CONTACT]
        trail = _dump(store, ("audit_event", "event"))
        assert "$argon2" not in trail
        live_names = [c.customer_name for c in Complaint.select() if c.customer_name]
        assert len(live_names) > 5 and not [n for n in live_names if n in trail]
        report = check_database()
        assert report.ok, report.problems
        # History still shows what it showed, except what was anonymised.
        live = readable_history("complaint", made["live"])
        assert live[0][1]["customer_name"] == (None, "Phan Văn Khải")
        gone = readable_history("complaint", made["anonymised"])
        assert gone[0][1]["customer_name"] == (None, Hidden.REMOVED)
        assert gone[-1][1]["customer_name"] == (Hidden.REMOVED, "")
        bulk_row = (
            Complaint.select().where(Complaint.customer_name != "").order_by(Complaint.id.desc())[0]
        )
        created = readable_history("complaint", bulk_row.id)[0][1]
        assert created["customer_name"] == (None, bulk_row.customer_name)
        secret = [
            changes["password_hash"]
            for _, changes in readable_history("staff", made["staff"])
            if "password_hash" in changes
        ]
        assert secret[-1] == (Hidden.SECRET, Hidden.SECRET)
        # The register works on, the new way, and the trail stays append-only.
        c = create_complaint(made["manager"], make_form(customer_name="Tạ Văn Bình"))
        assert "Tạ Văn Bình" not in _dump(store, ("audit_event",))
        assert check_database().ok
        import peewee

        from models.storage.schema import AuditEvent, Event

        with pytest.raises(peewee.IntegrityError):
            AuditEvent.update(actor_name="someone else").execute()
        with pytest.raises(peewee.IntegrityError):
            Event.delete().where(Event.complaint == c.id).execute()
    finally:
        store.close()


def test_the_upgrade_does_not_mend_a_trail_altered_before_it(
    home: Path, db_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _old_register(home, db_url, monkeypatch)
    # Someone edits an old event with a database tool, before the upgrade.
    version = _before_privacy()
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        m.setattr(migrations, "SCHEMA_VERSION", version)
        store = open_store(home, db_url)
        con = Raw(store)
        event_id, changes = con.execute(
            "SELECT id, changes FROM audit_event WHERE table_name = 'complaint' AND row_id = ? "
            "AND action = 'create'",
            (made["live"],),
        ).fetchone()
        if con.pg:
            con.execute("DROP TRIGGER audit_event_append_only ON audit_event")
        else:
            con.execute("DROP TRIGGER audit_event_no_update")
        altered = changes.replace("Phan Văn Khải", "Someone Else")
        con.execute("UPDATE audit_event SET changes = ? WHERE id = ?", (altered, event_id))
        con.commit_and_close()
        store.close()
    store = open_store(home, db_url)
    try:
        problems = check_database().problems
        assert any(f"entry #{event_id} " in p and "altered" in p for p in problems), problems
        trail = _dump(store, ("audit_event",))
        assert "Someone Else" not in trail and "Phan Văn Khải" not in trail
    finally:
        store.close()


# -- what managers and clerks read ----------------------------------------------


@pytest.mark.sqlite_only  # about the screens, not the engine
@pytest.mark.parametrize(
    ("lang", "removed", "secret"),
    [("en", "(removed)", "(secret)"), ("zh_CN", "（已删除）", "（保密）")],
)
def test_history_and_timeline_show_values_kept_and_mark_those_removed(
    qtbot, qapp, store, home: Path, manager, lang: str, removed: str, secret: str
) -> None:
    from ui.common.history_dialog import HistoryDialog
    from ui.complaints.detail_view import DetailView
    from ui.window.app import configure

    configure(qapp, home, lang)
    cid, _entry, live_id = _customer_then_anonymised(manager)
    staff = _secrets_everywhere(manager)

    from ui.common.field_text import FieldText

    def cells(dialog: HistoryDialog, field: str) -> list[tuple[str, str]]:
        table = dialog.table
        label = FieldText(None).label(field)  # as the dialog names it, in the language
        return [
            (table.item(r, 4).text(), table.item(r, 5).text())
            for r in range(table.rowCount())
            if table.item(r, 3).text() == label
        ]

    live = HistoryDialog("live", "complaint", live_id)
    qtbot.addWidget(live)
    assert cells(live, "customer_name") == [("—", "Phan Văn Khải")]
    before = HistoryDialog("before", "complaint", cid)
    qtbot.addWidget(before)
    assert cells(before, "customer_name") == [("—", FIRST_NAME), (FIRST_NAME, NAME)]
    view = DetailView(lambda: manager)
    qtbot.addWidget(view)
    view.show_complaint(cid)
    assert f"{FIRST_NAME} → {NAME}" in view.timeline.toPlainText()
    retention.anonymise(manager, TODAY)
    after = HistoryDialog("after", "complaint", cid)
    qtbot.addWidget(after)
    assert cells(after, "customer_name") == [
        ("—", removed),
        (removed, removed),
        (removed, "—"),
    ]
    view.show_complaint(cid)
    text = view.timeline.toPlainText()
    assert f"{removed} → {removed}" in text and NAME not in text and FIRST_NAME not in text
    hashes = HistoryDialog("staff", "staff", staff.id)
    qtbot.addWidget(hashes)
    assert cells(hashes, "password_hash") == [("—", "—"), ("—", secret), (secret, secret)]


@pytest.mark.sqlite_only  # the register file's own bytes
def test_anonymised_data_is_not_left_in_the_files_free_space(store, manager) -> None:
    from models.storage.db import database

    assert database.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1
    _customer_then_anonymised(manager)
    retention.anonymise(manager, TODAY)
    store.close()
    raw = store.file.read_bytes()
    wal = store.file.with_name(store.file.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert [w for w in _personal_words() if w.encode() in raw] == []
