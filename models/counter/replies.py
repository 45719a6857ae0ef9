"""The standard replies booklet: agreed answers to the objections staff meet most.

Managers keep the library (add, edit, retire; nothing is deleted). Replies are
offered per complaint category, categories ranked by how often they occur, and
every use is counted so the booklet keeps the answers that are really used first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import peewee as pw

from models.core import categories
from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from models.core.resources import ALL_LANGUAGES, REGIONAL, load_json, pick
from models.core.text import check_length, clean, clean_line
from models.people.branch import get_branch
from models.storage.audit import as_actor
from models.storage.db import atomic
from models.storage.schema import Complaint, StandardReply, now
from models.storage.typed import dicts_of


@dataclass(frozen=True)
class Reply:
    id: int
    category: str
    titles: dict[str, str]
    texts: dict[str, str]
    active: bool
    use_count: int
    written_texts: dict[str, str] = field(default_factory=dict)

    def title(self, lang: str) -> str:
        return pick(self.titles, lang)

    def text(self, lang: str) -> str:
        """What to say at the counter."""
        return pick(self.texts, lang)

    def written(self, lang: str) -> str:
        """What to write in the record and letters; the spoken text where the reply has
        no written one in this language (never another language's written text)."""
        own = self.written_texts.get(lang) or self.written_texts.get(REGIONAL.get(lang, ""))
        return own or self.text(lang)


def _reply(row: StandardReply) -> Reply:
    return Reply(
        row.id,
        row.category,
        json.loads(row.title),
        json.loads(row.text),
        row.active,
        row.use_count,
        json.loads(row.written or "{}"),
    )


def library_empty() -> bool:
    """No reply at all, not even a retired one: the shipped ones are still to join."""
    return not StandardReply.select().exists()


@as_actor
def seed_defaults(actor: Actor) -> int:
    """Fill an empty library with the shipped replies for the branch's category preset,
    in ``actor``'s name (the first person to sign in, or to ask for the booklet); return
    how many joined (0: the library had replies already)."""
    if not library_empty():
        return 0
    preset = get_branch().category_preset
    shipped = load_json("replies/default.json").get(preset, [])
    with atomic():
        for item in shipped:
            StandardReply.create(
                category=item["category"],
                title=json.dumps(item["title"], ensure_ascii=False),
                text=json.dumps(item["text"], ensure_ascii=False),
                written=json.dumps(item.get("written", {}), ensure_ascii=False),
                updated_by=actor.name,
            )
    return len(shipped)


def differs_from_preset(preset: str) -> bool:
    """True when the active replies are not those of ``preset``'s categories: after the
    branch switched its category preset, the replies should be switched too."""
    tree = categories.load(preset)
    rows = StandardReply.select(StandardReply.category).where(StandardReply.active == True)  # noqa: E712
    return any(tree.get(row.category) is None for row in rows)


@as_actor
def switch_to_preset(actor: Actor, preset: str) -> tuple[int, int]:
    """Retire the replies whose category ``preset`` does not have (kept, never deleted)
    and add the shipped replies of ``preset`` not yet in the booklet; return (retired,
    added)."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may change the standard replies.")
    )
    tree = categories.load(preset)
    shipped = load_json("replies/default.json").get(preset, [])
    retired = added = 0
    with atomic():
        have = set()
        for row in StandardReply.select():
            if row.active and tree.get(row.category) is None:
                row.active = False
                row.updated_at, row.updated_by = now(), actor.name
                row.save()
                retired += 1
            have.add((row.category, json.loads(row.title).get("en", "")))
        for item in shipped:
            if (item["category"], item["title"].get("en", "")) in have:
                continue
            StandardReply.create(
                category=item["category"],
                title=json.dumps(item["title"], ensure_ascii=False),
                text=json.dumps(item["text"], ensure_ascii=False),
                updated_by=actor.name,
            )
            added += 1
    return retired, added


def category_frequency() -> dict[str, int]:
    """How many complaints each top-level category has had (voided ones not counted)."""
    counts: dict[str, int] = {}
    query = (
        Complaint.select(Complaint.category, pw.fn.COUNT(Complaint.id).alias("n"))
        .where(Complaint.status != "void")
        .group_by(Complaint.category)
    )
    for row in dicts_of(query):
        key = row["category"].split(".", 1)[0]
        counts[key] = counts.get(key, 0) + row["n"]
    return counts


def ranked(category: str | None = None, include_retired: bool = False) -> list[Reply]:
    """Replies in booklet order: ``category`` first, then categories by frequency, then use.
    At the counter (no retired ones) only replies of the branch's own categories are
    offered: a bank's ATM card complaint is never offered a shop's answer about toilets."""
    freq = category_frequency()
    query = StandardReply.select()
    if not include_retired:
        query = query.where(StandardReply.active == True)  # noqa: E712
    replies = [_reply(r) for r in query]
    if not include_retired:
        tree = categories.load(get_branch().category_preset)
        replies = [r for r in replies if tree.get(r.category) is not None]
    top = category.split(".", 1)[0] if category else None
    replies.sort(
        key=lambda r: (r.category != top, -freq.get(r.category, 0), r.category, -r.use_count, r.id)
    )
    return replies


def _texts(
    value: str | dict[str, str],
    lang: str,
    existing: dict[str, str] | None,
    field: str,
    single: bool,
    required: bool = True,
) -> dict[str, str]:
    texts = dict(existing or {})
    items = value.items() if isinstance(value, dict) else [(lang, value)]
    for key, text in items:
        if key not in ALL_LANGUAGES:
            continue
        cleaned = clean_line(text) if single else clean(text).strip()
        check_length("reason" if single else "remedy", cleaned)
        if cleaned:
            texts[key] = cleaned
        elif not required:
            texts.pop(key, None)
    if required and not any(texts.values()):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("domain", "Write the reply's title and text.")
        )
    return texts


@as_actor
def save_reply(
    actor: Actor,
    *,
    category: str,
    title: str | dict[str, str],
    text: str | dict[str, str],
    lang: str,
    reply_id: int | None = None,
    written: str | dict[str, str] | None = None,
) -> Reply:
    """Add a reply, or edit one in ``lang`` (its other languages are kept). ``text`` is
    said at the counter, ``written`` goes into the record (None: left as it is)."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may change the standard replies.")
    )
    tree = categories.load(get_branch().category_preset)
    top = category.split(".", 1)[0]
    if tree.get(top) is None:
        raise ValidationError("category", QT_TRANSLATE_NOOP("domain", "Choose a category."))
    with atomic():
        row = StandardReply.get_or_none(StandardReply.id == reply_id) if reply_id else None
        if reply_id and row is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "No standard reply #{id}."), id=reply_id)
        titles = _texts(title, lang, json.loads(row.title) if row else None, "title", True)
        texts = _texts(text, lang, json.loads(row.text) if row else None, "text", False)
        records = json.loads(row.written or "{}") if row else {}
        if written is not None:
            records = _texts(written, lang, records, "written", False, required=False)
        if row is None:
            row = StandardReply.create(
                category=top,
                title=json.dumps(titles, ensure_ascii=False),
                text=json.dumps(texts, ensure_ascii=False),
                written=json.dumps(records, ensure_ascii=False),
                updated_by=actor.name,
            )
        else:
            row.category = top
            row.title = json.dumps(titles, ensure_ascii=False)
            row.text = json.dumps(texts, ensure_ascii=False)
            row.written = json.dumps(records, ensure_ascii=False)
            row.updated_at, row.updated_by = now(), actor.name
            row.save()
    return _reply(row)


@as_actor
def set_retired(actor: Actor, reply_id: int, retired: bool) -> Reply:
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may change the standard replies.")
    )
    with atomic():
        row = StandardReply.get_or_none(StandardReply.id == reply_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("domain", "No standard reply #{id}."), id=reply_id)
        row.active = not retired
        row.updated_at, row.updated_by = now(), actor.name
        row.save()
    return _reply(row)


@as_actor
def count_use(actor: Actor, reply_id: int) -> None:
    """``actor`` put a reply into an answer; the booklet ranks by this."""
    with atomic():
        row = StandardReply.get_or_none(StandardReply.id == reply_id)
        if row is not None:
            row.use_count += 1
            row.save()
