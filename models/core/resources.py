"""Where the shipped data files live (categories, vocabulary, checklists, fonts,
translations), whichever way the app was installed."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "zh_CN", "zh_TW", "vi")  # every shipped text is written in each of these
# A regional language has texts of its own only where its usage differs (Hong Kong:
# 職員, not Taiwan's 行員); elsewhere it reads the language it falls back to.
REGIONAL = {"zh_HK": "zh_TW"}
ALL_LANGUAGES = (*LANGUAGES, *REGIONAL)


def resource_root() -> Path:
    """The ``resources`` folder: beside the code in a checkout and in an installed wheel
    (the wheel puts it in site-packages next to ``models``), in the unpacked bundle of a
    frozen (PyInstaller) app. The only place that knows; everything else uses RESOURCES."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


RESOURCES = resource_root()


@cache
def load_json(relative: str) -> Any:
    """Parse a JSON resource once; callers must not mutate the result."""
    with (RESOURCES / relative).open(encoding="utf-8") as fh:
        return json.load(fh)


def pick(names: dict[str, str], lang: str) -> str:
    """The name in ``lang`` (or the language a regional one reads), then English, then any."""
    return (
        names.get(lang)
        or names.get(REGIONAL.get(lang, ""))
        or names.get("en")
        or next(iter(names.values()), "")
    )
