"""Letters to the customer: which one the status allows, what each must say, where an
unhappy customer is sent in the branch's country, who may print one, and that every
print is on the timeline and in the audit trail."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from models.core.actors import Actor, actor_for
from models.core.errors import InvalidTransition, PermissionDenied, ValidationError
from models.core.resources import LANGUAGES, load_json
from models.counter import letters
from models.people.branch import add_staff, get_branch, update_branch
from models.register import lifecycle
from models.register.complaints import create_complaint
from models.register.timeline import events_of
from models.storage import trail
from models.storage.schema import AuditEvent, Complaint
from reports.letter_pdf import letter_date, print_letter

from tests.factories import make_form, pdf_text

SETTINGS = {
    "GB": {"deadline_preset": "uk_fca", "currency": "GBP", "category_preset": "bank"},
    "CN": {"deadline_preset": "china_banking", "currency": "CNY", "category_preset": "bank"},
    "VN": {"deadline_preset": "vietnam_consumer", "currency": "VND", "category_preset": "retail"},
}
HOTLINES = {"GB": "0800 023 4567", "CN": "12378", "VN": "1800 6838"}


def _squeezed(text: str) -> str:
    """Text without white space: a PDF breaks lines (and Chinese between any two
    characters) wherever the width ends."""
    return re.sub(r"\s+", "", text)


def _branch_in(manager: Actor, country: str) -> None:
    update_branch(manager, country=country, **SETTINGS[country])


def _received(actor: Actor, handler: Actor, days_ago: int = 10, **form: object) -> Complaint:
    received = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=days_ago)
    category = "fees" if get_branch().category_preset == "bank" else "product_quality"
    values = {"category": category, **form}
    return create_complaint(
        actor, make_form(handler_id=handler.staff_id, received_at=received, **values)
    )


def _resolve(actor: Actor, complaint_id: int, **changes: object) -> Complaint:
    from models.core import categories
    from models.people.branch import get_branch
    from models.register.complaints import form_of, update_complaint

    tree = categories.load(get_branch().category_preset)
    if tree.cause_required:  # a bank's complaint is resolved with its cause recorded
        form = form_of(Complaint.get_by_id(complaint_id))
        form.cause = tree.causes[0].code
        update_complaint(actor, complaint_id, form)
    lifecycle.acknowledge(actor, complaint_id)
    lifecycle.start_investigation(actor, complaint_id)
    values: dict[str, object] = {
        "outcome": "partly_upheld",
        "remedy": "Refunded the fee taken twice",
        "compensation": "50",
        "customer_accepted": False,
        "root_cause": "The fee ran twice after a timeout",
        **changes,
    }
    return lifecycle.resolve(actor, complaint_id, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize("country", ["GB", "CN", "VN"])
def test_every_letter_carries_the_number_the_date_and_the_countrys_referral_in_each_language(
    manager, clerk, tmp_path: Path, country: str
) -> None:
    _branch_in(manager, country)
    c = _received(manager, clerk)
    preset = SETTINGS[country]["category_preset"]
    table = load_json("letters/referrals.json")
    referral = (table.get(f"{country}.{preset}") or table[country])["name"]
    expected = c.due_date if c.due_date >= dt.date.today() else None
    for lang in LANGUAGES:
        ack = tmp_path / f"ack-{lang}.pdf"
        print_letter(clerk, c.id, "ack", lang, ack)
        text = _squeezed(pdf_text(ack))
        assert c.register_no in text
        assert _squeezed(letter_date(c.due_date, lang)) in text  # the reply date
        assert _squeezed(referral[lang]) in text and _squeezed(HOTLINES[country]) in text
        assert _squeezed(c.customer_name) in text

        holding = tmp_path / f"holding-{lang}.pdf"
        print_letter(clerk, c.id, "holding", lang, holding, reason="Waiting for the card network")
        text = _squeezed(pdf_text(holding))
        promised = expected or letters.expected_default(c)
        assert c.register_no in text and _squeezed(letter_date(promised, lang)) in text
        assert _squeezed(referral[lang]) in text and "Waitingforthecardnetwork" in text
    resolved = _resolve(clerk, c.id)
    for lang in LANGUAGES:
        final = tmp_path / f"final-{lang}.pdf"
        print_letter(clerk, c.id, "final", lang, final)
        text = _squeezed(pdf_text(final))
        assert c.register_no in text
        assert _squeezed(letter_date(resolved.resolved_at.date(), lang)) in text
        assert _squeezed(referral[lang]) in text and _squeezed(HOTLINES[country]) in text
        assert "Refundedthefeetakentwice" in text
    printed = [(e.field, e.old_value) for e in events_of(c.id) if e.kind == "letter"]
    assert len(printed) == 12 and {kind for kind, _ in printed} == {"ack", "holding", "final"}


def test_an_fca_final_response_says_six_months_free_the_waiver_and_encloses_the_leaflet(
    manager, clerk, tmp_path: Path
) -> None:
    _branch_in(manager, "GB")
    c = _received(manager, clerk, days_ago=20)
    _resolve(clerk, c.id, outcome="not_upheld", compensation="25")
    letter = print_letter(clerk, c.id, "final", "en", tmp_path / "final.pdf")
    assert letter.kind == "final"
    text = " ".join(pdf_text(tmp_path / "final.pdf").split())
    assert "This letter is our final response" in text
    assert "we do not find your complaint justified" in text  # refused, with reasons
    assert "£25.00 as a gesture of goodwill" in text  # redress without accepting
    assert "Financial Ombudsman Service" in text and "costs you nothing" in text
    assert "within 6 months of the date of this letter" in text
    assert "we do not consent to the Financial Ombudsman Service considering it" in text
    assert "Enclosed: a leaflet from the Financial Ombudsman Service" in text
    assert "www.financial-ombudsman.org.uk" in text


def test_settled_within_three_business_days_the_customer_accepting_is_a_summary_resolution(
    manager, clerk, tmp_path: Path
) -> None:
    _branch_in(manager, "GB")
    c = _received(manager, clerk, days_ago=0)
    _resolve(clerk, c.id, customer_accepted=True, compensation="")
    letter = print_letter(clerk, c.id, "final", "en", tmp_path / "summary.pdf")
    assert letter.kind == "summary"
    text = " ".join(pdf_text(tmp_path / "summary.pdf").split())
    assert "Your complaint is resolved" in text and "we now consider it resolved" in text
    assert "If you later become unhappy" in text and "Financial Ombudsman Service" in text
    assert "we do not consent" in text  # whether the time limits are waived
    assert "www.financial-ombudsman.org.uk" in text  # the Ombudsman's website
    assert "leaflet" not in text and "final response" not in text.lower()
    event = [e for e in events_of(c.id) if e.kind == "letter"][-1]
    assert event.field == "summary"
    # Not accepted: a final response, as for any other branch.
    other = _received(manager, clerk, days_ago=0)
    _resolve(clerk, other.id, customer_accepted=False)
    assert letters.printed_kind(Complaint.get_by_id(other.id), "final") == "final"


def test_a_holding_letter_says_why_and_when_and_that_the_customer_may_go_now(
    manager, clerk, tmp_path: Path
) -> None:
    _branch_in(manager, "GB")
    c = _received(manager, clerk, days_ago=60)  # eight weeks on: the reply is due
    assert letters.suggested(c) == "holding"
    with pytest.raises(ValidationError) as refused:
        print_letter(clerk, c.id, "holding", "en", tmp_path / "h.pdf", reason="  ")
    assert refused.value.field == "reason" and not (tmp_path / "h.pdf").exists()
    with pytest.raises(ValidationError) as refused:
        print_letter(
            clerk,
            c.id,
            "holding",
            "en",
            tmp_path / "h.pdf",
            reason="Waiting for the other bank",
            expected=dt.date.today() - dt.timedelta(days=1),
        )
    assert refused.value.field == "expected"
    when = dt.date.today() + dt.timedelta(days=9)
    print_letter(
        clerk,
        c.id,
        "holding",
        "en",
        tmp_path / "h.pdf",
        reason="Waiting for the other bank",
        expected=when,
    )
    text = " ".join(pdf_text(tmp_path / "h.pdf").split())
    assert "we cannot give you our final response yet" in text
    assert "Waiting for the other bank" in text
    assert f"final response by {letter_date(when, 'en')}" in text
    assert "you may take your complaint to the Financial Ombudsman Service now" in text
    line = [e for e in events_of(c.id) if e.kind == "letter"][-1]
    assert (line.field, line.old_value, line.new_value) == ("holding", "en", when.isoformat())
    assert line.text == "Waiting for the other bank"


def test_the_reason_given_for_more_time_starts_the_holding_letter(manager, clerk) -> None:
    c = _received(manager, clerk)
    lifecycle.request_extension(clerk, c.id, "The card scheme needs 20 days to answer")
    lifecycle.extend_deadline(manager, c.id, "agreed")
    assert letters.holding_reason_default(c) == "The card scheme needs 20 days to answer"


def test_which_letter_follows_the_status(manager, clerk, tmp_path: Path) -> None:
    c = _received(manager, clerk, days_ago=0)
    assert letters.offered(c) == ("ack", "holding") and letters.suggested(c) == "ack"
    with pytest.raises(InvalidTransition) as refused:
        print_letter(clerk, c.id, "final", "en", tmp_path / "f.pdf")
    assert "not resolved yet" in refused.value.message
    resolved = _resolve(clerk, c.id)
    assert letters.offered(resolved) == ("ack", "final")
    assert letters.suggested(resolved) == "final"
    with pytest.raises(InvalidTransition) as refused:
        print_letter(clerk, c.id, "holding", "en", tmp_path / "h.pdf")
    assert "no longer open" in refused.value.message
    lifecycle.record_followup(clerk, c.id, satisfaction=4)
    closed = lifecycle.close(clerk, c.id)
    assert letters.offered(closed) == ("ack", "final")
    void = _received(manager, clerk)
    lifecycle.void(manager, void.id, "Entered twice")
    assert letters.offered(Complaint.get_by_id(void.id)) == ()
    with pytest.raises(InvalidTransition) as refused:
        print_letter(manager, void.id, "ack", "en", tmp_path / "v.pdf")
    assert "void" in refused.value.message
    assert not list(tmp_path.glob("*.pdf*"))  # a refusal leaves no file


def test_the_person_complained_about_may_not_print_a_letter(manager, clerk, tmp_path: Path) -> None:
    other = actor_for(add_staff(manager, "Trần Thị Bình", "manager"))
    about = _received(clerk, clerk, subject_staff_id=manager.staff_id)
    with pytest.raises(PermissionDenied) as refused:
        print_letter(manager, about.id, "ack", "en", tmp_path / "a.pdf")
    assert "is about you" in refused.value.message
    mine = _received(manager, other, subject_staff_id=clerk.staff_id)
    with pytest.raises(PermissionDenied) as refused:
        print_letter(clerk, mine.id, "ack", "en", tmp_path / "b.pdf")
    assert "is about you" in refused.value.message
    assert not list(tmp_path.glob("*.pdf*"))
    assert not [e for e in events_of(about.id) + events_of(mine.id) if e.kind == "letter"]
    assert AuditEvent.select().where(AuditEvent.action == "letter").count() == 0
    print_letter(other, about.id, "ack", "en", tmp_path / "a.pdf")  # another manager may
    assert (tmp_path / "a.pdf").exists()


def test_a_clerk_prints_letters_only_for_complaints_they_handle(
    manager, clerk, tmp_path: Path
) -> None:
    colleague = actor_for(add_staff(manager, "Lý Văn Cường", "clerk"))
    theirs = _received(manager, colleague)
    with pytest.raises(PermissionDenied) as refused:
        print_letter(clerk, theirs.id, "ack", "vi", tmp_path / "x.pdf")
    assert "assigned to someone else" in refused.value.message
    print_letter(colleague, theirs.id, "ack", "vi", tmp_path / "x.pdf")
    print_letter(manager, theirs.id, "ack", "vi", tmp_path / "y.pdf")
    assert (tmp_path / "x.pdf").exists() and (tmp_path / "y.pdf").exists()


def test_each_print_is_on_the_timeline_and_in_the_trail_of_what_left_the_register(
    manager, clerk, tmp_path: Path
) -> None:
    c = _received(manager, clerk, customer_name="Phạm Thu Hà")
    print_letter(clerk, c.id, "ack", "zh_TW", tmp_path / "ack.pdf")
    line = [e for e in events_of(c.id) if e.kind == "letter"]
    assert len(line) == 1 and line[0].actor_name == clerk.name
    assert (line[0].field, line[0].old_value) == ("ack", "zh_TW")
    assert line[0].new_value == c.due_date.isoformat()
    trail = AuditEvent.select().where(AuditEvent.action == "letter").get()
    assert trail.table_name == "activity" and trail.actor_name == clerk.name
    details = {key: new for key, (_old, new) in json.loads(trail.changes).items()}
    assert details == {
        "register_no": c.register_no,
        "kind": "ack",
        "lang": "zh_TW",
        "file": "ack.pdf",
    }
    assert "Phạm Thu Hà" not in trail.changes  # the customer's name stays in the register


def test_the_letter_names_the_customer_and_the_handler_and_nobody_else(
    manager, clerk, tmp_path: Path
) -> None:
    colleague = add_staff(manager, "Hoàng Minh Đức", "clerk")
    c = _received(
        manager,
        clerk,
        customer_name="Đỗ Thị Lan",
        customer_phone="0912 345 678",
        customer_id_no="079201001234",
        subject_staff_id=colleague.id,
        subject_text="the guard at the door",
        summary="Rude answer from Hoàng at counter 2",
        description="Mr Vũ, who queued behind, saw it.",
        vulnerable=True,
        vulnerable_note="Hard of hearing",
    )
    _resolve(clerk, c.id, remedy="We apologised and retrained the counter team")
    for kind in ("ack", "final"):
        path = tmp_path / f"{kind}.pdf"
        print_letter(clerk, c.id, kind, "vi", path)
        text = _squeezed(pdf_text(path))
        assert _squeezed("Đỗ Thị Lan") in text and _squeezed(clerk.name) in text
        for private in (
            "Hoàng",
            "0912",
            "079201001234",
            "guard",
            "Vũ",
            "Hard of hearing",
            "counter 2",
        ):
            assert _squeezed(private) not in text, private


def test_a_country_without_a_known_referral_needs_a_managers_setting_first(
    manager, clerk, tmp_path: Path
) -> None:
    update_branch(manager, country="TW", deadline_preset="custom")
    c = _received(manager, clerk)
    with pytest.raises(ValidationError) as refused:
        print_letter(clerk, c.id, "ack", "zh_TW", tmp_path / "a.pdf")
    assert "country TW" in refused.value.message and not (tmp_path / "a.pdf").exists()
    letters.set_referral(
        manager,
        letters.Referral(
            names={"en": "the Financial Ombudsman Institution", "zh_TW": "金融消費評議中心"},
            phone="0800-789-885",
            website="www.foi.org.tw",
            months=2,
        ),
    )
    print_letter(clerk, c.id, "ack", "zh_TW", tmp_path / "a.pdf")
    text = _squeezed(pdf_text(tmp_path / "a.pdf"))
    assert "金融消費評議中心" in text and "0800-789-885" in text
    print_letter(clerk, c.id, "ack", "vi", tmp_path / "b.pdf")  # no Vietnamese name: English
    assert "FinancialOmbudsmanInstitution" in _squeezed(pdf_text(tmp_path / "b.pdf"))


def test_the_referral_is_a_managers_setting_kept_in_the_audit_trail(manager, clerk) -> None:
    from models.maintenance.integrity import check_database

    assert letters.branch_referral() == letters.default_referral("CN", "retail")
    assert letters.branch_referral().phone == "12315"  # a shop in China
    update_branch(manager, category_preset="bank")
    assert letters.branch_referral().phone == "12378"  # a bank: the financial regulator
    changed = letters.Referral(
        names={"zh_CN": "本行上级分行消费者权益保护部", "en": "our regional office"},
        phone="95588",
        website="",
    )
    with pytest.raises(PermissionDenied):
        letters.set_referral(clerk, changed)
    with pytest.raises(ValidationError) as refused:
        letters.set_referral(manager, letters.Referral(names={}, phone="12378"))
    assert refused.value.field == "name_en"
    with pytest.raises(ValidationError) as refused:
        letters.set_referral(manager, letters.Referral(names={"en": "x"}, phone="call us"))
    assert refused.value.field == "phone"
    with pytest.raises(ValidationError) as refused:
        letters.set_referral(manager, letters.Referral(names={"en": "x"}))
    assert refused.value.field == "phone"  # neither a phone nor a website
    with pytest.raises(ValidationError) as refused:
        letters.set_referral(manager, letters.Referral(names={"en": "x"}, phone="1", months=121))
    assert refused.value.field == "months"
    letters.set_referral(manager, changed)
    assert letters.branch_referral() == changed and not letters.referral_is_default()
    history = [
        changes["referral"]
        for event, changes in trail.readable_history("branch", get_branch().id)
        if "referral" in changes
    ]
    assert json.loads(history[-1][1])["phone"] == "95588"
    assert history[-1][0] == ""  # it was the country's default before
    # Set back to what the country has anyway: the default again, following the country.
    letters.set_referral(manager, letters.default_referral("CN", "bank"))
    assert letters.referral_is_default()
    letters.set_referral(manager, changed)
    letters.set_referral(manager, None)
    assert letters.referral_is_default()
    assert check_database().ok


@pytest.mark.sqlite_only
def test_an_upgrade_adds_the_referral_setting_to_the_branchs_history(home: Path, manager) -> None:
    from models.maintenance.integrity import check_database
    from models.maintenance.store import open_store
    from models.storage.db import database
    from models.storage.schema import Meta

    database.execute_sql("ALTER TABLE branch DROP COLUMN referral")
    Meta.update(value="15").where(Meta.key == "schema_version").execute()
    database.close()
    open_store(home)
    assert letters.referral_is_default() and letters.branch_referral().phone == "12315"
    history = trail.readable_history("branch", get_branch().id)
    last = [event for event, changes in history if "referral" in changes][-1]
    assert last.action == "schema" and last.actor_name == "schema upgrade"
    assert check_database().ok
