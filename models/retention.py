"""Personal data kept no longer than needed: closed complaints past the retention period
are anonymised by a manager after a preview. The counts, categories and dates stay, so
statistics do not change; the anonymisation is recorded in the audit trail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import disclosure, search
from models.actors import Actor
from models.audit import as_actor
from models.branch import get_branch
from models.db import atomic, database, is_sqlite
from models.errors import QT_TRANSLATE_NOOP
from models.schema import Complaint
from models.timeline import log

PERSONAL = ("customer_name", "customer_phone", "customer_id_no", "vulnerable_note")


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
        if fields:
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
            done += 1
        if done:
            forget_removed_words()
            disclosure.record(actor, "anonymise", records=done, before=str(cutoff(today).date()))
    return done


def forget_removed_words() -> None:
    """Let the search index and its word list drop what anonymising removed: FTS5 keeps
    a replaced entry in its older segments until they are merged."""
    db = database.obj
    if not is_sqlite(db) or not search.ready(db):
        return  # PostgreSQL rewrites the row: the old one goes at the next VACUUM
    db.execute_sql(f"INSERT INTO {search.FTS_TABLE} ({search.FTS_TABLE}) VALUES ('optimize')")
    search.rebuild_terms(db)
