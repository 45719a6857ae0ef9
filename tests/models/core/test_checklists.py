"""Checklist files: the shipped one is valid; broken ones are reported precisely."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from models.core import checklists
from models.core.actors import CLI_ACTOR
from models.counter import guided
from models.storage.schema import ChecklistDef


@pytest.fixture
def doc() -> dict:
    return copy.deepcopy(checklists.default_document())


def test_shipped_checklist_is_valid_and_covers_the_brief(doc: dict) -> None:
    checklist = checklists.parse(doc)
    ids = [s.id for s in checklist.steps]
    assert ids[0] == "safety" and ids[-1] == "close_thanks"
    assert {
        "thank",
        "listen",
        "apologise",
        "acknowledge",
        "outcome",
        "facts",
        "propose_fix",
        "promise",
    } <= set(ids)
    assert checklist.step("listen").timer
    assert checklist.step("outcome").fills == "desired_outcome" and checklist.calm_step == "outcome"
    assert checklist.step("promise").fills == "promised_at"
    assert [r.records for r in checklist.rungs] == ["person", "place", "appointment"]


def test_missing_translation_is_located(doc: dict) -> None:
    del doc["steps"][2]["say"]["vi"]
    problems = checklists.validate(doc)
    assert problems == [f"steps[2] ({doc['steps'][2]['id']}).say.vi: missing translation"]


def test_broken_link_and_duplicate_id_are_located(doc: dict) -> None:
    doc["steps"][5]["choices"][1]["next"] = "nowhere"
    doc["steps"][3]["id"] = doc["steps"][1]["id"]
    problems = checklists.validate(doc)
    assert any("choices[1].next: broken link to 'nowhere'" in p for p in problems)
    assert any("used twice" in p for p in problems)


def test_missing_steps_and_wrong_ladder(doc: dict) -> None:
    doc["steps"] = []
    doc["escalation"] = doc["escalation"][::-1]
    problems = checklists.validate(doc)
    assert "steps: missing steps" in problems
    assert any(p.startswith("escalation[0].records") for p in problems)


def test_choice_keys_and_question_fields_are_checked(doc: dict) -> None:
    doc["steps"][5]["choices"][0]["key"] = "9"
    doc["steps"][0]["fills"] = "desired_outcome"  # an action step cannot fill a field
    problems = checklists.validate(doc)
    assert any("choices[0].key: must be 1" in p for p in problems)
    assert any("steps[0] (safety).fills" in p for p in problems)


def test_not_json_reports_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1,\n  "id": oops}', encoding="utf-8")
    with pytest.raises(checklists.ChecklistInvalid) as info:
        checklists.read_file(bad)
    assert info.value.problems[0].startswith("line 2, column")


def test_import_of_a_bad_checklist_changes_nothing(store, doc: dict) -> None:
    del doc["name"]["zh_TW"]
    with pytest.raises(checklists.ChecklistInvalid):
        guided.import_checklist(CLI_ACTOR, doc)
    assert ChecklistDef.select().count() == 0
    assert guided.active_checklist().key == "default"


def test_imported_checklist_is_used_by_new_runs(store, doc: dict) -> None:
    doc["id"], doc["version"] = "branch-sh", 3
    doc["steps"][1]["title"]["en"] = "Thank them warmly"
    guided.import_checklist(CLI_ACTOR, doc)
    run = guided.start_run(CLI_ACTOR, "en")
    assert (run.checklist_key, run.checklist_version) == ("branch-sh", 3)
    assert guided.checklist_of(run).step("thank").text("title", "en") == "Thank them warmly"


def test_cli_validate_and_import(tmp_path: Path, doc: dict) -> None:
    from tests.cli.test_cli import run, set_up

    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    del doc["steps"][0]["title"]["zh_CN"]
    doc["steps"][4]["next"] = "missing_step"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    home = tmp_path / "home"
    user = set_up(home)
    result = run(home, "checklist", "validate", str(bad))
    assert result.returncode == 1
    assert "steps[0] (safety).title.zh_CN: missing translation" in result.stderr
    assert "broken link to 'missing_step'" in result.stderr and "Traceback" not in result.stderr
    assert (
        run(home, "checklist", "import", str(bad), *user, secret="first-manager-1").returncode == 1
    )
    assert run(home, "checklist", "validate", str(good)).returncode == 0
    result = run(home, "checklist", "import", str(good), *user, secret="first-manager-1")
    assert result.returncode == 0, result.stderr
