"""Guided checklists as data: loading, validating and walking a checklist definition.

A checklist is a JSON document (format documented in ``resources/checklists/README.md``):
ordered steps of kind action, question or choice, the three-changes escalation
ladder, and a safety exit, with every text in every language. The validator reports
every problem with its location, so a branch can fix its own file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP, DomainError
from models.core.resources import LANGUAGES, RESOURCES, pick

FORMAT = 1
KINDS = ("action", "question", "choice")
TEXT_KEYS = ("title", "do", "say", "why")
SPECIAL_TARGETS = ("escalate", "safety_exit", "end")
FILLS = ("desired_outcome", "promised_at")
ANSWERS = ("text", "datetime")
RUNG_RECORDS = ("person", "place", "appointment")
# Bounds of a checklist file: a checklist is read aloud at a counter, and a file of
# hundreds of megabytes (100,000 steps) once took minutes and gigabytes to refuse.
MAX_BYTES = 1_000_000
MAX_STEPS = 100
MAX_SAFETY_STEPS = 20
MAX_DEPTH = 10  # the default checklist nests 7 deep
MAX_TEXT = 2_000  # characters of one text in one language


class ChecklistInvalid(DomainError):
    code = "checklist_invalid"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("domain", "The checklist file has {count} problem(s):\n{problems}"),
            count=len(problems),
            problems="\n".join(problems),
        )
        self.problems = problems


@dataclass(frozen=True)
class Step:
    id: str
    kind: str
    texts: dict[str, dict[str, str]]
    timer: bool = False
    answer: str = "text"
    fills: str = ""
    calm: bool = False
    replies: bool = False
    choices: tuple[dict[str, Any], ...] = ()
    next: str = ""
    records: str = ""  # escalation rungs: what the rung records (person, place, appointment)

    def text(self, key: str, lang: str) -> str:
        return pick(self.texts.get(key, {}), lang) if self.texts.get(key) else ""


@dataclass(frozen=True)
class Checklist:
    key: str
    version: int
    names: dict[str, str]
    steps: tuple[Step, ...]
    rungs: tuple[Step, ...]
    safety: dict[str, Any]
    body: dict[str, Any] = field(repr=False, compare=False)

    def name(self, lang: str) -> str:
        return pick(self.names, lang)

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(step_id)

    @property
    def step_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.steps)

    @property
    def first(self) -> str:
        return self.steps[0].id

    def after(self, step_id: str, choice: str | None = None) -> str:
        """Where the checklist goes after ``step_id`` (and the chosen answer, for a choice)."""
        step = self.step(step_id)
        if step.kind == "choice" and choice is not None:
            for option in step.choices:
                if option["key"] == choice:
                    return str(option["next"])
            raise KeyError(choice)
        if step.next:
            return step.next
        index = self.steps.index(step)
        return self.steps[index + 1].id if index + 1 < len(self.steps) else "end"

    @property
    def calm_step(self) -> str | None:
        return next((s.id for s in self.steps if s.calm), None)

    def shown(self, step: Step, lang: str) -> dict[str, Any]:
        """The exact words a run shows for ``step``, kept with the run for the record."""
        out: dict[str, Any] = {k: step.text(k, lang) for k in TEXT_KEYS if step.texts.get(k)}
        if step.choices:
            out["choices"] = [
                {"key": c["key"], "label": pick(c["label"], lang)} for c in step.choices
            ]
        return out


def _texts(item: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {k: item[k] for k in TEXT_KEYS if isinstance(item.get(k), dict)}


def validate(data: Any) -> list[str]:
    """Every problem in a checklist document, each with where it is."""
    problems: list[str] = []
    if not isinstance(data, dict):
        return ["(top): the file must hold one JSON object"]

    def need_text(where: str, value: Any, required: bool = True) -> None:
        if value is None:
            if required:
                problems.append(f"{where}: missing text")
            return
        if not isinstance(value, dict):
            problems.append(f"{where}: must be an object with one text per language")
            return
        for lang in LANGUAGES:
            text = value.get(lang)
            if not str(text or "").strip():
                problems.append(f"{where}.{lang}: missing translation")
            elif isinstance(text, str) and len(text) > MAX_TEXT:
                problems.append(
                    f"{where}.{lang}: {len(text):,} characters; a text has at most {MAX_TEXT:,}"
                )

    if _depth(data) > MAX_DEPTH:
        return [
            f"(top): nested more than {MAX_DEPTH} levels deep; a checklist nests at most {MAX_DEPTH}"
        ]
    steps_given = data.get("steps")
    if isinstance(steps_given, list) and len(steps_given) > MAX_STEPS:
        return [f"steps: {len(steps_given):,} steps; a checklist has at most {MAX_STEPS}"]
    if data.get("format") != FORMAT:
        problems.append(f"format: must be {FORMAT}")
    if not isinstance(data.get("id"), str) or not data.get("id"):
        problems.append("id: missing checklist id")
    if not isinstance(data.get("version"), int) or data.get("version", 0) < 1:
        problems.append("version: must be a whole number of at least 1")
    need_text("name", data.get("name"))
    steps = data.get("steps")
    if not isinstance(steps, list) or not steps:
        problems.append("steps: missing steps")
        steps = []
    ids: list[str] = []
    for i, step in enumerate(steps):
        where = f"steps[{i}]"
        if not isinstance(step, dict):
            problems.append(f"{where}: must be an object")
            continue
        sid = step.get("id")
        if not isinstance(sid, str) or not sid:
            problems.append(f"{where}: missing step id")
        else:
            where = f"steps[{i}] ({sid})"
            if sid in ids or sid in SPECIAL_TARGETS:
                problems.append(f"{where}: step id {sid!r} is used twice or reserved")
            ids.append(sid)
        kind = step.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}.kind: must be one of {', '.join(KINDS)}")
        need_text(f"{where}.title", step.get("title"))
        need_text(f"{where}.do", step.get("do"))
        need_text(f"{where}.say", step.get("say"), required=False)
        need_text(f"{where}.why", step.get("why"), required=False)
        if "fills" in step and (kind != "question" or step["fills"] not in FILLS):
            problems.append(f"{where}.fills: only a question step may fill {' or '.join(FILLS)}")
        if "answer" in step and step["answer"] not in ANSWERS:
            problems.append(f"{where}.answer: must be text or datetime")
        if step.get("fills") == "promised_at" and step.get("answer") != "datetime":
            problems.append(f"{where}.answer: a step that fills promised_at needs answer datetime")
        if kind == "choice":
            choices = step.get("choices")
            if not isinstance(choices, list) or not 2 <= len(choices) <= 9:
                problems.append(f"{where}.choices: a choice step needs 2 to 9 choices")
                choices = []
            for j, choice in enumerate(choices):
                cwhere = f"{where}.choices[{j}]"
                if not isinstance(choice, dict):
                    problems.append(f"{cwhere}: must be an object")
                    continue
                if choice.get("key") != str(j + 1):
                    problems.append(f"{cwhere}.key: must be {j + 1!s}")
                need_text(f"{cwhere}.label", choice.get("label"))
                if "next" not in choice:
                    problems.append(f"{cwhere}.next: missing link")
        elif "choices" in step:
            problems.append(f"{where}.choices: only a choice step has choices")
    known = set(ids) | set(SPECIAL_TARGETS)
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            continue
        where = f"steps[{i}] ({step.get('id')})"
        links = [("next", step["next"])] if "next" in step else []
        links += [
            (f"choices[{j}].next", c.get("next"))
            for j, c in enumerate(step.get("choices") or [])
            if isinstance(c, dict) and "next" in c
        ]
        for name, target in links:
            if target not in known:
                problems.append(f"{where}.{name}: broken link to {target!r}")
    for flag in ("calm", "replies"):
        count = sum(1 for s in steps if isinstance(s, dict) and s.get(flag))
        if count > 1:
            problems.append(f"steps: at most one step may be marked {flag}")
    rungs = data.get("escalation")
    if not isinstance(rungs, list) or len(rungs) != len(RUNG_RECORDS):
        problems.append("escalation: must list the three changes (person, place, time)")
        rungs = []
    for i, rung in enumerate(rungs):
        where = f"escalation[{i}]"
        if not isinstance(rung, dict):
            problems.append(f"{where}: must be an object")
            continue
        if rung.get("records") != RUNG_RECORDS[i]:
            problems.append(
                f"{where}.records: must be {RUNG_RECORDS[i]!r} (the changes go person, place, time)"
            )
        if not rung.get("id"):
            problems.append(f"{where}: missing id")
        need_text(f"{where}.title", rung.get("title"))
        need_text(f"{where}.do", rung.get("do"))
        need_text(f"{where}.say", rung.get("say"), required=False)
        need_text(f"{where}.why", rung.get("why"), required=False)
    safety = data.get("safety_exit")
    if not isinstance(safety, dict):
        problems.append("safety_exit: missing")
    else:
        need_text("safety_exit.title", safety.get("title"))
        need_text("safety_exit.do", safety.get("do"))
        items = safety.get("steps")
        if not isinstance(items, list) or not items:
            problems.append("safety_exit.steps: missing instructions")
        elif len(items) > MAX_SAFETY_STEPS:
            problems.append(
                f"safety_exit.steps: {len(items)} instructions; at most {MAX_SAFETY_STEPS}"
            )
        else:
            for j, item in enumerate(items):
                need_text(f"safety_exit.steps[{j}]", item)
    return problems


def parse(data: dict[str, Any]) -> Checklist:
    """A validated document as a Checklist; raises ChecklistInvalid listing every problem."""
    problems = validate(data)
    if problems:
        raise ChecklistInvalid(problems)
    steps = tuple(
        Step(
            id=s["id"],
            kind=s["kind"],
            texts=_texts(s),
            timer=bool(s.get("timer")),
            answer=s.get("answer", "text"),
            fills=s.get("fills", ""),
            calm=bool(s.get("calm")),
            replies=bool(s.get("replies")),
            choices=tuple(s.get("choices") or ()),
            next=s.get("next", ""),
        )
        for s in data["steps"]
    )
    rungs = tuple(
        Step(id=r["id"], kind="escalation", texts=_texts(r), records=r["records"])
        for r in data["escalation"]
    )
    return Checklist(
        data["id"], data["version"], data["name"], steps, rungs, data["safety_exit"], data
    )


def _depth(data: Any) -> int:
    """How deeply ``data`` nests (a plain value is 1), without recursion."""
    deepest, todo = 0, [(data, 1)]
    while todo:
        value, depth = todo.pop()
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break  # deep enough to refuse; no need to walk the rest
        if isinstance(value, dict):
            todo.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            todo.extend((v, depth + 1) for v in value)
    return deepest


def read_file(path: Path) -> dict[str, Any]:
    """Load a checklist file; an unreadable, oversized or non-JSON file is one clear
    problem, found before the file is read whole where it can be."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ChecklistInvalid(
                [f"(file): {size:,} bytes; a checklist file has at most {MAX_BYTES:,}"]
            )
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise ChecklistInvalid([f"(file): cannot read {path}: {exc.strerror or exc}"]) from exc
    except UnicodeDecodeError as exc:
        raise ChecklistInvalid(["(file): not UTF-8 text"]) from exc
    if len(raw) > MAX_BYTES:  # it grew while being read
        raise ChecklistInvalid([f"(file): a checklist file has at most {MAX_BYTES:,} bytes"])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ChecklistInvalid(
            [f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"]
        ) from exc
    except RecursionError as exc:
        raise ChecklistInvalid(
            [f"(top): nested too deeply; a checklist nests at most {MAX_DEPTH} levels"]
        ) from exc
    if not isinstance(data, dict):
        raise ChecklistInvalid(["(top): the file must hold one JSON object"])
    return data


def default_document() -> dict[str, Any]:
    return read_file(RESOURCES / "checklists" / "default.json")
