"""The countries a branch can be in, and what the country decides for it.

The country (an ISO 3166 code) gives the branch its currency, its public holidays, the
deadline policy it answers to and the emergency numbers the safety exit shows. These
follow the branch, never the language on the screen: a Vietnamese-speaking clerk in a
China branch calls 110, not 113. The figures come from
``../shared/domain/REGULATIONS.md``; a manager may change the numbers in Settings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.core.resources import pick


@dataclass(frozen=True)
class Emergency:
    """Whom to call when a customer threatens or turns violent."""

    police: str
    ambulance: str
    fire: str
    also: str = ""  # other numbers that reach the police too (112 in the UK)

    def to_json(self) -> str:
        data = {"police": self.police, "ambulance": self.ambulance, "fire": self.fire}
        if self.also:
            data["also"] = self.also
        return json.dumps(data, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class Country:
    code: str
    names: dict[str, str]
    currency: str
    emergency: Emergency
    # The deadline policy a branch here usually answers to, by category preset
    # ("" for any kind of business); "custom" where no policy is shipped.
    deadlines: dict[str, str]

    def name(self, lang: str) -> str:
        return pick(self.names, lang)

    def deadline_policy(self, category_preset: str) -> str:
        return self.deadlines.get(category_preset) or self.deadlines.get("", "custom")


COUNTRIES: dict[str, Country] = {
    c.code: c
    for c in (
        Country(
            "CN",
            {
                "en": "China (mainland)",
                "zh_CN": "中国大陆",
                "zh_TW": "中國大陸",
                "vi": "Trung Quốc (đại lục)",
            },
            "CNY",
            Emergency("110", "120", "119"),
            {"bank": "china_banking", "": "custom"},
        ),
        Country(
            "HK",
            {"en": "Hong Kong", "zh_CN": "中国香港", "zh_TW": "香港", "vi": "Hồng Kông"},
            "HKD",
            Emergency("999", "999", "999"),
            {"": "custom"},
        ),
        Country(
            "MO",
            {"en": "Macau", "zh_CN": "中国澳门", "zh_TW": "澳門", "vi": "Ma Cao"},
            "MOP",
            Emergency("999", "999", "999", also="110, 112"),
            {"": "custom"},
        ),
        Country(
            "TW",
            {"en": "Taiwan", "zh_CN": "中国台湾", "zh_TW": "台灣", "vi": "Đài Loan"},
            "TWD",
            Emergency("110", "119", "119"),
            {"": "custom"},
        ),
        Country(
            "VN",
            {"en": "Vietnam", "zh_CN": "越南", "zh_TW": "越南", "vi": "Việt Nam"},
            "VND",
            Emergency("113", "115", "114"),
            {"": "vietnam_consumer"},
        ),
        Country(
            "GB",
            {"en": "United Kingdom", "zh_CN": "英国", "zh_TW": "英國", "vi": "Vương quốc Anh"},
            "GBP",
            Emergency("999", "999", "999", also="112"),
            # The FCA's rules are for financial firms; a shop sets its own days.
            {"bank": "uk_fca", "": "custom"},
        ),
    )
}
# What people type for the UK; ISO 3166 says GB.
ALIASES = {"UK": "GB"}


def find(code: str) -> Country | None:
    code = code.strip().upper()
    return COUNTRIES.get(ALIASES.get(code, code))


def get(code: str) -> Country:
    """The country of ``code``, or a clear error naming the codes the app knows."""
    found = find(code)
    if found is None:
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP(
                "domain", "Choose the branch's country from the list ({codes}); {value} is not one."
            ),
            codes=", ".join(COUNTRIES),
            value=code or "—",
        )
    return found


def number(field: str, value: str) -> str:
    """An emergency number as typed, checked: digits (and spaces, commas, + or -)."""
    value = " ".join(value.split())
    if not value or len(value) > 20 or not all(ch.isdigit() or ch in " ,+-" for ch in value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("domain", "An emergency number is written in digits, e.g. 110."),
        )
    return value


def fill_numbers(text: str, numbers: Emergency) -> str:
    """Put the branch's numbers into a checklist text (``{police}``, ``{ambulance}``,
    ``{fire}``): the checklist says what to do, the branch's country says which number."""
    for key in ("police", "ambulance", "fire"):
        text = text.replace("{" + key + "}", getattr(numbers, key) or "?")
    return text
