"""Where the shipped data files live (categories, vocabulary, checklists, fonts)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LANGUAGES = ("en", "zh_CN", "zh_TW", "vi")


@cache
def load_json(relative: str) -> Any:
    """Parse a JSON resource once; callers must not mutate the result."""
    with (RESOURCES / relative).open(encoding="utf-8") as fh:
        return json.load(fh)


def pick(names: dict[str, str], lang: str) -> str:
    """The name in ``lang``, falling back to English, then any language."""
    return names.get(lang) or names.get("en") or next(iter(names.values()), "")
