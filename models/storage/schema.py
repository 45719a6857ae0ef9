"""The register's tables. Behaviour lives in the modules named for it, not here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

import peewee as pw

from models.core.text import LIMITS
from models.storage import statements
from models.storage.audit import row_values
from models.storage.db import atomic, database, facts
from models.storage.typed import primary_key

Saved = Callable[[type["BaseModel"], int, bool, dict[str, Any], dict[str, Any]], None]
Batch = Callable[[type["BaseModel"], int, list[str], list[list[Any]]], None]
Written = Callable[[type["BaseModel"]], None]


class SaveHooks:
    """The one registry of work that follows a write, for single saves and bulk loads
    alike: the audit trail (``models.storage.trail``), the search index (``models.search.index``),
    cached settings (``models.people.branch``). Each module registers itself when imported;
    tables only call the hooks. A save of an audited table with no audit trail
    registered is refused rather than left out of the trail."""

    def __init__(self) -> None:
        self._saved: list[tuple[int, Saved]] = []
        self._batches: list[tuple[int, Batch]] = []
        self._written: list[tuple[int, Written]] = []
        self.names: list[str] = []

    def register(
        self,
        saved: Saved | None = None,
        batch: Batch | None = None,
        written: Written | None = None,
        *,
        name: str,
        last: bool = False,
    ) -> None:
        """``last``: run after the others (the audit trail, which replaces a batch's
        personal values by references in place, once the index has read them)."""
        if name in self.names:
            return  # a module imported twice (tests reload some) registers once
        self.names.append(name)
        rank = 1 if last else 0
        for hook, where in ((saved, self._saved), (batch, self._batches), (written, self._written)):
            if hook is not None:
                where.append((rank, hook))  # type: ignore[arg-type]
                where.sort(key=lambda pair: pair[0])

    def require(self) -> None:
        if "audit trail" not in self.names:
            raise RuntimeError("the audit trail is not loaded: import models.storage.trail first")

    def saved(
        self,
        model: type[BaseModel],
        row_id: int,
        creating: bool,
        before: dict[str, Any],
        after: dict[str, Any],
    ) -> None:
        """An audited row was saved: ``before`` and ``after`` hold its values."""
        for _rank, hook in self._saved:
            hook(model, row_id, creating, before, after)
        self.written(model)

    def batch(
        self, model: type[BaseModel], first: int, names: list[str], rows: list[list[Any]]
    ) -> None:
        """Rows went in together (``models.storage.bulk``): ids from ``first``, values in order."""
        self.require()
        for _rank, batch in self._batches:
            batch(model, first, names, rows)
        self.written(model)

    def written(self, model: type[BaseModel]) -> None:
        for _rank, written in self._written:
            written(model)


def _len_check(field: str, column: str | None = None) -> pw.SQL | pw.NodeList:
    """A CHECK so the database itself refuses over-long text, whoever writes it."""
    return pw.Check(f"length({column or field}) <= {LIMITS[field]}")


def now() -> dt.datetime:
    """Local wall-clock time, to the second: what a register line shows."""
    return dt.datetime.now().replace(microsecond=0)


class MoneyField(pw.BigIntegerField):
    """An amount of money stored as whole cents, so no engine rounds it through a float."""

    def db_value(self, value: Decimal | None) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_value(rounding=ROUND_HALF_UP))

    def python_value(self, value: int | None) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


class BaseModel(pw.Model):
    class Meta:
        database = database
        legacy_table_names = False

    # peewee's private parts that ``_save_row`` uses, which its stubs leave out (the
    # annotations only declare them; peewee's own attributes stay as they are).
    _pk: Any
    _dirty: set[str]
    if TYPE_CHECKING:

        def _populate_unsaved_relations(self, field_dict: dict[str, Any]) -> None: ...

    def save(self, force_insert: bool = False, only: Any = None) -> Any:
        """Save, then hand what changed to the save hooks (the audit trail, the search
        index) for audited tables."""
        model = type(self)
        # An old schema being upgraded has no audit table yet (see migrations.migrate).
        if model._meta.table_name not in AUDITED_TABLES or not facts().audit_ready:
            result = self._save_row(force_insert, only)
            SAVE_HOOKS.written(model)
            return result
        SAVE_HOOKS.require()
        if not database.in_transaction():
            # The row and its audit entry go in together or not at all: a hook that
            # fails (nobody named as acting, a full disk) must not leave the row saved
            # and unaudited.
            with atomic():
                return self.save(force_insert, only)
        key = self._pk
        creating = force_insert or key is None
        before: dict[str, Any] = {}
        if not creating:
            row = model.select().where(model._meta.primary_key == key).dicts().first()
            creating = row is None
            before = row_values(model, row) if row else {}
        result = self._save_row(force_insert, only)
        SAVE_HOOKS.saved(model, int(self._pk), creating, before, row_values(model, self.__data__))
        return result

    def _save_row(self, force_insert: bool, only: Any) -> Any:
        """Peewee's save, except that a new row of a table with an automatic id goes in
        through ``statements.insert`` (the same values, its SQL written once)."""
        meta = self._meta
        if only is not None or not meta.auto_increment or self._pk is not None:
            return super().save(force_insert=force_insert, only=only)
        data = self.__data__.copy()
        self._populate_unsaved_relations(data)
        data.pop(primary_key(type(self)).name, None)
        self._pk = statements.insert(type(self), data)
        self._dirty.clear()
        return 1


SAVE_HOOKS = SaveHooks()


class Meta(BaseModel):
    """Key/value facts about the database itself (schema version)."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Branch(BaseModel):
    """The one branch this register belongs to."""

    id = pw.AutoField()
    name = pw.CharField(max_length=200, default="My branch")
    code = pw.CharField(max_length=16, default="BR01")
    address = pw.CharField(max_length=300, default="")
    head_name = pw.CharField(max_length=100, default="")
    country = pw.CharField(max_length=2, default="CN")
    currency = pw.CharField(max_length=3, default="CNY")
    deadline_preset = pw.CharField(max_length=32, default="china_banking")
    custom_days = pw.IntegerField(default=10)
    category_preset = pw.CharField(max_length=32, default="retail")
    configured = pw.BooleanField(default=False)
    # Weekdays (0 = Monday) on which the suggestion box is opened, e.g. "0" or "0,3".
    box_weekdays = pw.CharField(max_length=20, default="0")
    # Sign-in and privacy settings (schema version 5).
    allow_pin = pw.BooleanField(default=False)
    idle_minutes = pw.IntegerField(default=5)
    retention_years = pw.IntegerField(default=5)
    # A second folder for every backup, e.g. a USB stick (schema version 16): set by a
    # manager, since a full copy of the register lands there.
    second_backup_folder = pw.CharField(max_length=400, default="")
    # Where the customer letters send an unhappy customer (schema version 17): JSON of
    # ``letters.Referral``, set by a manager; empty for the default of the branch's country.
    referral = pw.TextField(default="")
    # The safety exit's emergency numbers (JSON of ``countries.Emergency``), set by a
    # manager; empty for those of the branch's country.
    emergency = pw.TextField(default="")
    # The day the branch was set up: reminders (box openings, reading days) start here.
    set_up_on = pw.DateField(null=True)


class Staff(BaseModel):
    id = pw.AutoField()
    name = pw.CharField(max_length=100, constraints=[_len_check("name")])
    role = pw.CharField(max_length=16, default="clerk")
    active = pw.BooleanField(default=True)
    created_at = pw.DateTimeField(default=now)
    # Sign-in (schema version 5). Only Argon2id hashes are stored, never a secret.
    username = pw.CharField(max_length=40, null=True, unique=True)
    password_hash = pw.CharField(max_length=200, default="")
    pin_hash = pw.CharField(max_length=200, default="")
    failed_count = pw.IntegerField(default=0)
    first_failure_at = pw.DateTimeField(null=True)
    locked_until = pw.DateTimeField(null=True)
    lockouts = pw.IntegerField(default=0)


class RegisterCounter(BaseModel):
    """Last number handed out per branch code and month; makes numbering gap-free."""

    id = pw.AutoField()
    branch_code = pw.CharField(max_length=16)
    month = pw.CharField(max_length=6)
    last_no = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("branch_code", "month"), True),)


class Complaint(BaseModel):
    id = pw.AutoField()
    register_no = pw.CharField(max_length=40, unique=True)
    month = pw.CharField(max_length=6, index=True)
    seq = pw.IntegerField()
    received_at = pw.DateTimeField(index=True)
    channel = pw.CharField(max_length=20)
    customer_name = pw.CharField(
        max_length=100, default="", constraints=[_len_check("customer_name")]
    )
    customer_phone = pw.CharField(
        max_length=40, default="", constraints=[_len_check("customer_phone")]
    )
    customer_id_no = pw.CharField(
        max_length=40, default="", constraints=[_len_check("customer_id_no")]
    )
    vulnerable = pw.BooleanField(default=False)
    vulnerable_note = pw.TextField(default="", constraints=[_len_check("vulnerable_note")])
    category = pw.CharField(max_length=80)
    cause = pw.CharField(max_length=80, default="")
    scope = pw.CharField(max_length=10, default="point")
    severity = pw.CharField(max_length=10, default="medium")
    subject_staff = pw.ForeignKeyField(Staff, null=True, backref="complained_about")
    subject_staff_id: int | None  # peewee's accessor, for the type checker
    subject_text = pw.CharField(
        max_length=200, default="", constraints=[_len_check("subject_text")]
    )
    summary = pw.CharField(max_length=120, constraints=[_len_check("summary")])
    description = pw.TextField(default="", constraints=[_len_check("description")])
    desired_outcome = pw.TextField(default="", constraints=[_len_check("desired_outcome")])
    promised_at = pw.DateTimeField(null=True)
    handler = pw.ForeignKeyField(Staff, null=True, backref="handling", index=True)
    handler_id: int | None  # peewee's accessor, for the type checker
    status = pw.CharField(max_length=16, default="received", index=True)
    first_due = pw.DateField(null=True)
    due_date = pw.DateField(index=True)
    extension_level = pw.IntegerField(default=0)
    outcome = pw.CharField(max_length=16, default="")
    remedy = pw.TextField(default="", constraints=[_len_check("remedy")])
    compensation = MoneyField(null=True)
    currency = pw.CharField(max_length=3, default="")
    customer_accepted = pw.BooleanField(null=True)
    resolved_at = pw.DateTimeField(null=True)
    root_cause = pw.TextField(default="", constraints=[_len_check("root_cause")])
    corrective_action = pw.TextField(default="", constraints=[_len_check("corrective_action")])
    followup_due = pw.DateField(null=True)
    followup_done_at = pw.DateTimeField(null=True)
    satisfaction = pw.IntegerField(null=True)
    followup_comment = pw.TextField(default="", constraints=[_len_check("followup_comment")])
    followup_waived = pw.BooleanField(default=False)
    closed_at = pw.DateTimeField(null=True)
    void_reason = pw.TextField(default="", constraints=[_len_check("void_reason")])
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    version = pw.IntegerField(default=1)


class Event(BaseModel):
    """One append-only line of a complaint's timeline."""

    id = pw.AutoField()
    complaint = pw.ForeignKeyField(Complaint, backref="events", index=True)
    complaint_id: int  # peewee's accessor, for the type checker
    at = pw.DateTimeField(default=now)
    actor = pw.ForeignKeyField(Staff, null=True)
    actor_id: int | None  # peewee's accessor, for the type checker
    actor_name = pw.CharField(max_length=100)
    kind = pw.CharField(max_length=20)
    field = pw.CharField(max_length=40, default="")
    old_value = pw.TextField(default="")
    new_value = pw.TextField(default="")
    text = pw.TextField(default="", constraints=[_len_check("note", "text")])


class Draft(BaseModel):
    """Unsaved form content, kept so a crash or power cut loses nothing typed."""

    id = pw.AutoField()
    owner = pw.CharField(max_length=40)
    form = pw.CharField(max_length=40)
    payload = pw.TextField()
    updated_at = pw.DateTimeField(default=now)

    class Meta:
        indexes = ((("owner", "form"), True),)


class ChecklistDef(BaseModel):
    """A checklist a manager imported; the newest active one is used for new runs."""

    id = pw.AutoField()
    key = pw.CharField(max_length=64)
    version = pw.IntegerField()
    body = pw.TextField()
    imported_at = pw.DateTimeField(default=now)
    imported_by = pw.CharField(max_length=100)
    active = pw.BooleanField(default=True)


class GuidedRun(BaseModel):
    """One use of the de-escalation checklist with one customer."""

    id = pw.AutoField()
    checklist_key = pw.CharField(max_length=64)
    checklist_version = pw.IntegerField()
    checklist_body = pw.TextField()  # the definition as it was when the run started
    lang = pw.CharField(max_length=8)
    started_at = pw.DateTimeField(default=now)
    ended_at = pw.DateTimeField(null=True)
    outcome = pw.CharField(max_length=16, default="active", index=True)
    started_by = pw.ForeignKeyField(Staff, null=True)
    started_by_id: int | None  # peewee's accessor, for the type checker
    started_by_name = pw.CharField(max_length=100)
    handler_name = pw.CharField(max_length=100)
    current_step = pw.CharField(max_length=64, default="")
    escalation_level = pw.IntegerField(default=0)
    calm_at = pw.DateTimeField(null=True)
    desired_outcome = pw.TextField(default="")
    promised_at = pw.DateTimeField(null=True)
    place = pw.CharField(max_length=200, default="")
    complaint = pw.ForeignKeyField(Complaint, null=True, backref="guided_runs")
    complaint_id: int | None  # peewee's accessor, for the type checker
    # A run to learn or show the guide (a manager trying the safety exit): kept, labelled,
    # never counted in the figures nor attached to a complaint.
    practice = pw.BooleanField(default=False)


class RunStep(BaseModel):
    """What a run showed and what the clerk did, one line per step taken (append only)."""

    id = pw.AutoField()
    run = pw.ForeignKeyField(GuidedRun, backref="steps", index=True)
    run_id: int  # peewee's accessor, for the type checker
    seq = pw.IntegerField()
    step_id = pw.CharField(max_length=64)
    kind = pw.CharField(max_length=16)  # step, escalation, safety_exit
    shown = pw.TextField()  # JSON: the exact words shown, in the language shown
    result = pw.CharField(max_length=16)  # done, skipped, na, answered, chosen, recorded
    answer = pw.TextField(default="")
    note = pw.TextField(default="", constraints=[_len_check("note")])
    seconds = pw.IntegerField(null=True)
    at = pw.DateTimeField(default=now)
    actor_name = pw.CharField(max_length=100)


class Appointment(BaseModel):
    """A meeting agreed with the customer ("change the time"), shown until it is due."""

    id = pw.AutoField()
    run = pw.ForeignKeyField(GuidedRun, null=True, backref="appointments")
    run_id: int | None  # peewee's accessor, for the type checker
    complaint = pw.ForeignKeyField(Complaint, null=True, backref="appointments")
    complaint_id: int | None  # peewee's accessor, for the type checker
    at = pw.DateTimeField(index=True)
    with_name = pw.CharField(max_length=100)
    with_staff = pw.ForeignKeyField(Staff, null=True)
    with_staff_id: int | None  # peewee's accessor, for the type checker
    place = pw.CharField(max_length=200, default="")
    note = pw.TextField(default="")
    created_at = pw.DateTimeField(default=now)


class StandardReply(BaseModel):
    """An agreed answer to an objection staff meet often, with its text in each language:
    what to say at the counter (``text``) and what to write in the record and letters
    (``written``: "Apologised; refunded at once", not "I'm so sorry...")."""

    id = pw.AutoField()
    category = pw.CharField(max_length=80, index=True)
    title = pw.TextField()  # JSON {lang: text}
    text = pw.TextField()  # JSON {lang: text}, spoken
    written = pw.TextField(default="{}")  # JSON {lang: text}, for the record
    active = pw.BooleanField(default=True)
    use_count = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=now)
    updated_at = pw.DateTimeField(default=now)
    updated_by = pw.CharField(max_length=100, default="")


class BoxOpening(BaseModel):
    """An opening of the suggestion box, done in front of a witness, with the slips counted."""

    id = pw.AutoField()
    opened_at = pw.DateTimeField(index=True)
    opened_by = pw.CharField(max_length=100)
    witness = pw.CharField(max_length=100)
    slips_found = pw.IntegerField()
    difference_note = pw.TextField(default="")
    closed_at = pw.DateTimeField(null=True)
    created_by = pw.CharField(max_length=100)


class OpinionEntry(BaseModel):
    """One comment from the opinion book, a suggestion-box slip or a comment card."""

    id = pw.AutoField()
    source = pw.CharField(max_length=20, index=True)
    page_ref = pw.CharField(max_length=40, default="")
    written_on = pw.DateField(index=True)
    kind = pw.CharField(max_length=12, index=True)
    text = pw.TextField(constraints=[_len_check("description", "text")])
    name = pw.CharField(max_length=100, default="")
    contact = pw.CharField(max_length=100, default="")
    about_staff = pw.ForeignKeyField(Staff, null=True, backref="opinions")
    about_staff_id: int | None  # peewee's accessor, for the type checker
    about_service = pw.CharField(max_length=200, default="")
    scan_file = pw.CharField(max_length=120, default="")  # <sha256>.<ext> in the data folder
    opening = pw.ForeignKeyField(BoxOpening, null=True, backref="entries")
    opening_id: int | None  # peewee's accessor, for the type checker
    reply_text = pw.TextField(default="")
    reply_date = pw.DateField(null=True)
    reply_method = pw.CharField(max_length=12, default="")
    complaint = pw.ForeignKeyField(Complaint, null=True, backref="opinion_entries")
    complaint_id: int | None  # peewee's accessor, for the type checker
    created_at = pw.DateTimeField(default=now)
    created_by = pw.CharField(max_length=100)


class ReadSignoff(BaseModel):
    """The branch head's (or a delegate's) signature that a day's opinion book was read."""

    id = pw.AutoField()
    day = pw.DateField(unique=True)
    signed_by = pw.CharField(max_length=100)
    signed_at = pw.DateTimeField(default=now)
    # The seal shown at signing (``models.trust.printed_seal``, as JSON): the branch key and the
    # audit trail's head, signed by the manager's key; "" for days signed before seals.
    seal = pw.TextField(default="")


class AuditEvent(BaseModel):
    """One change to one record. Append-only: triggers refuse UPDATE and DELETE."""

    id = pw.AutoField()
    at = pw.DateTimeField()
    actor_id = pw.IntegerField(null=True)
    actor_name = pw.CharField(max_length=100)
    table_name = pw.CharField(max_length=40)
    row_id = pw.IntegerField()
    action = pw.CharField(max_length=16)
    changes = pw.TextField()  # JSON {field: [old, new]}
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)
    # Signed by the person who acted (schema 14): the key's row and the Ed25519
    # signature of ``hash``. Empty for the system's own events (an upgrade).
    key_id = pw.IntegerField(null=True)
    signature = pw.CharField(max_length=128, default="")

    class Meta:
        indexes = ((("table_name", "row_id"), False),)


class StaffKey(BaseModel):
    """A member of staff's signing key (schema 14): the public half for everyone to
    check signatures with, the private half sealed under their password or PIN
    (``models.core.keys``). A new key retires the old one; nothing is deleted."""

    id = pw.AutoField()
    staff = pw.ForeignKeyField(Staff, backref="keys")
    staff_id: int  # peewee's accessor, for the type checker
    kind = pw.CharField(max_length=8)  # "password" or "pin": each secret opens its own key
    public_key = pw.CharField(max_length=64)
    sealed = pw.TextField()
    created_at = pw.DateTimeField(default=now)
    retired_at = pw.DateTimeField(null=True)
    # Who vouches for the key: a manager's key (a manager gave the password) or the
    # holder's own earlier key, and that key's signature of ``public_key``. Empty for
    # the branch's root key and for keys made at a first sign-in after the upgrade.
    vouched_by = pw.IntegerField(null=True)
    vouch = pw.CharField(max_length=128, default="")


class PersonalValue(BaseModel):
    """A personal value the audit trail refers to by its salted digest (schema 15; see
    ``models.storage.personal``). Not audited and not append-only: anonymising erases ``salt``
    and ``value`` and keeps the digest the chain hashed. Keyed by a plain id, not the
    digest: a bulk load writes two million of these, and random keys would scatter
    them over the whole table."""

    id = pw.AutoField()
    digest = pw.CharField(max_length=64)
    salt = pw.CharField(max_length=32, null=True)  # hex; null once erased
    value = pw.TextField(null=True)  # null once erased
    table_name = pw.CharField(max_length=40)
    row_id = pw.IntegerField()
    field = pw.CharField(max_length=40)

    class Meta:
        indexes = ((("table_name", "row_id"), False),)


class RootCauseTask(BaseModel):
    """A manager's task to find the root cause of several complaints that look like the
    same problem (a "line" or "plane" complaint, or 3 or more alike in 7 days)."""

    id = pw.AutoField()
    opened_at = pw.DateTimeField(default=now, index=True)
    opened_by = pw.ForeignKeyField(Staff, null=True)
    opened_by_id: int | None  # peewee's accessor, for the type checker
    opened_by_name = pw.CharField(max_length=100)
    category = pw.CharField(max_length=100, default="")
    reason = pw.CharField(max_length=16, default="")  # scope (line, plane) or "burst"
    note = pw.TextField(default="")
    status = pw.CharField(max_length=16, default="open")


class RootCauseLink(BaseModel):
    """One complaint a root-cause task covers."""

    id = pw.AutoField()
    task = pw.ForeignKeyField(RootCauseTask, backref="links", index=True)
    task_id: int  # peewee's accessor, for the type checker
    complaint = pw.ForeignKeyField(Complaint, backref="root_cause_links", index=True)
    complaint_id: int  # peewee's accessor, for the type checker

    class Meta:
        indexes = ((("task", "complaint"), True),)


# Audit events of things done with the register that change no record (an export, a
# print, a restore) carry this table name; ``check`` verifies their chain, replays nothing.
ACTIVITY_TABLE = "activity"

# Tables whose every change is audited (and replayed by ``check``).
AUDITED_TABLES = {
    "branch",
    "staff",
    "complaint",
    "event",  # the timeline: its lines are evidence too
    "checklist_def",
    "guided_run",
    "run_step",
    "appointment",
    "standard_reply",
    "box_opening",
    "opinion_entry",
    "read_signoff",
    "staff_key",
    "root_cause_task",
    "root_cause_link",
}


ALL_TABLES: list[type[BaseModel]] = [
    Meta,
    Branch,
    Staff,
    RegisterCounter,
    Complaint,
    Event,
    Draft,
]
# Added with the systemic check (root-cause tasks linking complaints alike).
ROOT_CAUSE_TABLES: list[type[BaseModel]] = [RootCauseTask, RootCauseLink]
# Added by schema version 15 (personal values kept beside the audit trail).
PRIVACY_TABLES: list[type[BaseModel]] = [PersonalValue]
# Added by schema version 14 (signed audit events).
SIGNING_TABLES: list[type[BaseModel]] = [StaffKey]
# Added by schema version 4 (audit trail).
AUDIT_TABLES: list[type[BaseModel]] = [AuditEvent]
# Added by schema version 3 (opinion book and suggestion box).
OPINION_TABLES: list[type[BaseModel]] = [BoxOpening, OpinionEntry, ReadSignoff]
# Added by schema version 2 (guided de-escalation and the standard replies booklet).
GUIDED_TABLES: list[type[BaseModel]] = [
    ChecklistDef,
    GuidedRun,
    RunStep,
    Appointment,
    StandardReply,
]
