"""Words printed in reports, in the report's own language (independent of the UI's)."""

from __future__ import annotations

from models.core.resources import ALL_LANGUAGES, load_json, pick


def words(lang: str) -> dict[str, str]:
    table = load_json("reports/words.json")
    lang = lang if lang in ALL_LANGUAGES else "en"
    return {key: pick(names, lang) for key, names in table.items()}
