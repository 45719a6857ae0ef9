"""Personal data kept no longer than needed: closed complaints past the retention period
are anonymised by a manager after a preview. The counts, categories and dates stay, so
statistics do not change; the anonymisation is recorded in the audit trail.

Anonymising removes the values from everywhere they are kept: the complaint, the opinion
book entry it was recorded from, the values its audit trail and timeline refer to
(``personal.erase``: the trail keeps only salted digests, so it still verifies) and the
search index."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP
from models.people.branch import get_branch
from models.register import disclosure
from models.register.timeline import log
from models.search import index as search
from models.storage import personal
from models.storage.audit import as_actor
from models.storage.db import atomic, database, is_sqlite
from models.storage.schema import Complaint, OpinionEntry

PERSONAL = personal.PERSONAL_FIELDS["complaint"]


@dataclass(frozen=True)
class Candidate:
    complaint_id: int
    register_no: str
    closed_at: dt.datetime
    fields: tuple[str, ...]  # which personal fields hold something


def cutoff(today: dt.date | None = None) -> dt.datetime:
    today = today or dt.date.today()
    years = get_branch().retention_years
    try:
        day = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        day = today.replace(year=today.year - years, day=28)
    return dt.datetime.combine(day, dt.time())


def preview(today: dt.date | None = None) -> list[Candidate]:
    """What anonymising would change: closed before the cut-off, personal data still present."""
    query = (
        Complaint.select()
        .where((Complaint.status == "closed") & (Complaint.closed_at < cutoff(today)))
        .order_by(Complaint.closed_at)
    )
    out = []
    for c in query:
        fields = tuple(f for f in PERSONAL if getattr(c, f))
        if fields and c.closed_at is not None:  # always set: the query asks for it
            out.append(Candidate(c.id, c.register_no, c.closed_at, fields))
    return out


@as_actor
def anonymise(actor: Actor, today: dt.date | None = None) -> int:
    """Remove the personal data of every complaint in the preview; return how many."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may anonymise personal data.")
    )
    done = 0
    with atomic():
        for candidate in preview(today):
            c = Complaint.get_by_id(candidate.complaint_id)
            for name in PERSONAL:
                setattr(c, name, "")
            c.save()
            log(c, actor, "anonymised", text=", ".join(candidate.fields))
            personal.erase("complaint", [c.id])
            _anonymise_entries_of(c.id)
            done += 1
        if done:
            forget_removed_words()
            disclosure.record(actor, "anonymise", records=done, before=str(cutoff(today).date()))
    return done


def _anonymise_entries_of(complaint_id: int) -> None:
    """The opinion book entries a complaint was recorded from hold the same customer's
    name and contact: they go with it (the entry's text and dates stay)."""
    fields = personal.PERSONAL_FIELDS["opinion_entry"]
    for entry in OpinionEntry.select().where(OpinionEntry.complaint == complaint_id):
        if any(getattr(entry, name) for name in fields):
            for name in fields:
                setattr(entry, name, "")
            entry.save()
        personal.erase("opinion_entry", [entry.id])


def forget_removed_words() -> None:
    """Let the search index and its word list drop what anonymising removed: FTS5 keeps
    a replaced entry in its older segments until they are merged."""
    db = database.obj
    if not is_sqlite(db) or not search.ready(db):
        return  # PostgreSQL rewrites the row: the old one goes at the next VACUUM
    db.execute_sql(f"INSERT INTO {search.FTS_TABLE} ({search.FTS_TABLE}) VALUES ('optimize')")
    search.rebuild_terms(db)
