"""Stored field names and values as a person reads them, in the user's language.

The timeline and the History dialog show changes to stored records: a field's name
(``resolved_at``) and its old and new values as stored (``2026-12-07T10:00:00``,
``true``, a staff member's id). Shown as they are, a clerk on a Chinese screen reads
English column names and numbers instead of names; this module says them as the
screens do.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from typing import Any

import peewee as pw

from PySide6.QtCore import QObject

from models.core import countries
from models.core.resources import pick
from models.storage import schema
from models.storage.schema import Complaint, Staff

from ui.shell import labels

CODED = {
    "channel": "channel",
    "scope": "scope",
    "severity": "severity",
    "status": "status",
    "outcome": "outcome",
    "role": "role",
    "deadline_preset": "deadline_preset",
    "category_preset": "category_preset",
}
SECRET = ("password_hash", "pin_hash")
MODELS: dict[str, type[pw.Model]] = {
    model._meta.table_name: model
    for model in vars(schema).values()
    if isinstance(model, type) and issubclass(model, pw.Model) and model is not pw.Model
}


class FieldText(QObject):
    """Translated names of stored fields, and their values as the screens show them."""

    def labels(self) -> dict[str, str]:
        return {
            # a complaint
            "register_no": self.tr("Register no."),
            "received_at": self.tr("Received"),
            "channel": self.tr("Channel"),
            "customer_name": self.tr("Customer name"),
            "customer_phone": self.tr("Phone"),
            "customer_id_no": self.tr("ID or account no."),
            "vulnerable": self.tr("Extra care"),
            "vulnerable_note": self.tr("Extra care: note"),
            "category": self.tr("Category"),
            "cause": self.tr("Cause"),
            "scope": self.tr("Scope"),
            "severity": self.tr("Severity"),
            "subject_staff": self.tr("About staff member"),
            "subject_text": self.tr("About"),
            "summary": self.tr("Summary"),
            "description": self.tr("Description"),
            "desired_outcome": self.tr("Outcome wanted"),
            "promised_at": self.tr("Promised by"),
            "handler": self.tr("Handler"),
            "status": self.tr("Status"),
            "first_due": self.tr("First reply due"),
            "due_date": self.tr("Reply due"),
            "extension_level": self.tr("Extensions"),
            "outcome": self.tr("Decision"),
            "remedy": self.tr("Remedy"),
            "compensation": self.tr("Compensation"),
            "currency": self.tr("Currency"),
            "customer_accepted": self.tr("Customer accepted"),
            "resolved_at": self.tr("Resolved"),
            "root_cause": self.tr("Root cause"),
            "corrective_action": self.tr("Corrective action"),
            "followup_due": self.tr("Call-back due"),
            "followup_done_at": self.tr("Called back"),
            "satisfaction": self.tr("Satisfaction"),
            "followup_comment": self.tr("Follow-up comment"),
            "followup_waived": self.tr("Follow-up waived"),
            "closed_at": self.tr("Closed"),
            "void_reason": self.tr("Void reason"),
            "created_at": self.tr("Recorded at"),
            "updated_at": self.tr("Last changed"),
            "version": self.tr("Version"),
            "month": self.tr("Month"),
            "seq": self.tr("Number in the month"),
            # staff and sign-in
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "active": self.tr("Active"),
            "username": self.tr("User name"),
            "password_hash": self.tr("Password"),
            "pin_hash": self.tr("PIN"),
            "failed_count": self.tr("Failed sign-ins"),
            "first_failure_at": self.tr("First failed sign-in"),
            "locked_until": self.tr("Locked until"),
            "lockouts": self.tr("Lockouts"),
            # opinion book, suggestion box, standard replies
            "source": self.tr("Source"),
            "page_ref": self.tr("Page or slip"),
            "written_on": self.tr("Written on"),
            "kind": self.tr("Kind"),
            "text": self.tr("Text"),
            "contact": self.tr("Contact"),
            "about_staff": self.tr("About staff member"),
            "about_service": self.tr("About the service"),
            "reply_text": self.tr("Reply"),
            "reply_date": self.tr("Replied on"),
            "reply_method": self.tr("Replied by"),
            "complaint": self.tr("Complaint"),
            "opening": self.tr("Box opening"),
            "created_by": self.tr("Recorded by"),
            # branch settings, as the Settings page names them
            "code": self.tr("Branch code"),
            "address": self.tr("Address"),
            "head_name": self.tr("Branch head"),
            "country": self.tr("Country"),
            "deadline_preset": self.tr("Deadline policy"),
            "custom_days": self.tr("Custom: working days"),
            "category_preset": self.tr("Categories"),
            "configured": self.tr("Set up"),
            "box_weekdays": self.tr("Suggestion box opened on"),
            "allow_pin": self.tr("Clerks may sign in with a 6-digit PIN"),
            "idle_minutes": self.tr("Lock the screen after (minutes)"),
            "retention_years": self.tr("Keep personal data (years)"),
            "second_backup_folder": self.tr("Folder for a second copy of each backup"),
            "emergency": self.tr("Emergency numbers for the safety exit"),
            "set_up_on": self.tr("Set up on"),
            "referral": self.tr("Letters refer customers to"),
        }

    def table_labels(self, table: str) -> dict[str, str]:
        """Where a table's field is named otherwise than the same name elsewhere."""
        if table == "branch":  # as the Settings page names them
            return {"name": self.tr("Branch name")}
        if table == "standard_reply":  # as the Standard replies page names them
            return {
                "title": self.tr("Situation"),
                "text": self.tr("Answer"),
                "written": self.tr("In the record"),
                "active": self.tr("In use"),
                "use_count": self.tr("Times used"),
                "updated_by": self.tr("Changed by"),
            }
        return {}

    def order(self, table: str, fields: list[str]) -> list[str]:
        """``fields`` in the order the record's form shows them (its columns' order),
        any other after them by name."""
        model = MODELS.get(table)
        known = model._meta.sorted_field_names if model is not None else []
        rank = {name: i for i, name in enumerate(known)}
        return sorted(fields, key=lambda name: (rank.get(name, len(rank)), name))

    def label(self, field: str, table: str = "") -> str:
        """The field's name in the user's language (its stored name if it has none)."""
        return self.table_labels(table).get(field) or self.labels().get(field, field)

    def actions(self) -> dict[str, str]:
        """What an audit event did, as the History dialog says it."""
        return {
            "create": self.tr("Recorded"),
            "update": self.tr("Changed"),
            "baseline": self.tr("Existing when the audit trail began"),
            "schema": self.tr("Upgrade of the app"),
        }

    def value(self, table: str, field: str, value: Any, currency: str = "") -> str:
        """``value`` of ``table.field`` (as stored in the audit trail or the timeline) as
        the screens show it: a name for a staff member or a code, a local date, yes or no."""
        if table == "branch" and field == "referral" and value == "":
            return self.tr("the country's default")
        if value is None or value == "":
            return "—"
        if field in SECRET:
            return self.tr("(set)")
        column = getattr(MODELS.get(table), field, None)
        text = str(value)
        if isinstance(column, pw.ForeignKeyField):
            return _linked(column.rel_model, text)
        if isinstance(column, pw.BooleanField) or isinstance(value, bool):
            truth = value if isinstance(value, bool) else text.casefold() in ("true", "1")
            return self.tr("yes") if truth else self.tr("no")
        if isinstance(column, pw.DateTimeField):
            moment = _parse(text, dt.datetime.fromisoformat)
            return labels.datetime(moment) if moment else text
        if isinstance(column, pw.DateField):
            day = _parse(text, dt.date.fromisoformat)
            return labels.date(day) if day else text
        if field == "compensation":
            try:
                return labels.money(Decimal(text), currency) if currency else text
            except InvalidOperation:
                return text
        if field in CODED:
            return labels.name(CODED[field], text) or text
        if field == "category" and table in ("complaint", "standard_reply"):
            return labels.category(text) or text
        if table == "standard_reply" and field in ("title", "text", "written"):
            return _in_language(text)
        if field == "cause" and table == "complaint":
            return _cause(text)
        if field == "referral" and table == "branch":
            return self._referral(text)
        if field == "country" and table == "branch":
            found = countries.find(text)
            return f"{found.name(labels.language())} ({text})" if found else text
        return text

    def _referral(self, stored: str) -> str:
        """A letters' referral setting as a line: the name, phone, website, time limit."""
        from models.counter.letters import Referral

        try:
            found = Referral.from_dict(json.loads(stored))
        except (ValueError, TypeError, AttributeError):
            return stored
        parts = [found.name(labels.language()), found.phone, found.website]
        if found.months:
            parts.append(self.tr("%1 months").replace("%1", str(found.months)))
        return " · ".join(p for p in parts if p)


def _in_language(stored: str) -> str:
    """A text kept in several languages ({lang: text}), in the reader's (as every screen
    picks it, ``models.core.resources.pick``: zh_HK reads zh_TW's, then English)."""
    try:
        texts = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(texts, dict) or not texts:
        return stored
    return pick(texts, labels.language())


def _parse(text: str, parse: Any) -> Any:
    try:
        return parse(text)
    except ValueError:
        return None


def _linked(model: type[pw.Model], text: str) -> str:
    """A linked record by what people call it: a staff member's name, a complaint's
    register number (the stored id if the record is not there)."""
    if not text.isdigit():
        return text  # already a name (a reassignment's timeline line)
    if model is Staff:
        found = Staff.select(Staff.name).where(Staff.id == int(text)).first()
        return str(found.name) if found else f"#{text}"
    if model is Complaint:
        found = Complaint.select(Complaint.register_no).where(Complaint.id == int(text)).first()
        return str(found.register_no) if found else f"#{text}"
    return f"#{text}"


def _cause(code: str) -> str:
    for cause in labels.category_tree().causes:
        if cause.code == code:
            return str(cause.name(labels.language()))
    return code
