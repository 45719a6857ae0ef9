"""Two-level complaint categories, loaded from a preset in ``resources/categories``.

A category code is either a top-level code (``product_quality``) or a child code
(``product_quality.defective``); the child's parent is the part before the dot.

A preset may also carry a regulator's statistical classification (the bank preset:
JR/T 0169-2018), so the register and head office's tables print the standard's codes
beside the branch's own names without anyone keeping a second list by hand.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from models.core.resources import LANGUAGES, RESOURCES, load_json, pick

PRESETS = ("retail", "bank")


DIMENSIONS = ("channel", "business", "cause")


@dataclass(frozen=True)
class Category:
    code: str
    names: dict[str, str]
    parent: str | None
    # The standard's codes this category or cause is counted under, by dimension.
    standard: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def name(self, lang: str = "en") -> str:
        return pick(self.names, lang)


@dataclass(frozen=True)
class StandardCode:
    """One category of the standard, e.g. ``C03`` management rules; ``parent`` is the
    code one level up (``A13`` for ``A1301``)."""

    code: str
    names: dict[str, str]
    parent: str | None

    def name(self, lang: str = "en") -> str:
        return pick(self.names, lang)


@dataclass(frozen=True)
class Standard:
    """A statistical classification a regulator asks complaints to be counted by."""

    code: str  # "JR/T 0169-2018"
    note: str
    channel_default: str
    dimensions: dict[str, tuple[StandardCode, ...]]  # in the standard's order, parents first
    # Where the regulator asks for it (JR/T 0169 is China's); empty: everywhere.
    countries: tuple[str, ...] = ()

    @cached_property
    def by_code(self) -> dict[str, StandardCode]:
        return {c.code: c for codes in self.dimensions.values() for c in codes}

    def name(self, code: str, lang: str = "en") -> str:
        found = self.by_code.get(code)
        return found.name(lang) if found else code


@dataclass(frozen=True)
class StandardCodes:
    """A complaint's codes in each dimension; ``cause`` is "" while no cause is recorded."""

    channel: str
    business: str
    cause: str


@dataclass(frozen=True)
class CategoryTree:
    preset: str
    names: dict[str, str]
    top: tuple[Category, ...]
    children: dict[str, tuple[Category, ...]]
    causes: tuple[Category, ...]
    standard: Standard | None = None
    # A cause must be recorded before a complaint is resolved (statistics are coded by it).
    cause_required: bool = False

    @cached_property
    def by_code(self) -> dict[str, Category]:
        found = {c.code: c for c in self.top}
        for kids in self.children.values():
            found.update((c.code, c) for c in kids)
        return found

    def get(self, code: str) -> Category | None:
        return self.by_code.get(code)

    def label(self, code: str, lang: str = "en") -> str:
        """ "Parent / child" in ``lang``, or the bare code if unknown."""
        cat = self.get(code)
        if cat is None:
            return _label_elsewhere(self, code, lang)
        if cat.parent:
            parent = self.get(cat.parent)
            return f"{parent.name(lang) if parent else cat.parent} / {cat.name(lang)}"
        return cat.name(lang)

    def top_of(self, code: str) -> str:
        return code.split(".", 1)[0]

    def resolve(self, value: str) -> str | None:
        """Code for a code, a name, or "parent / child" in any language."""
        wanted = value.strip().casefold()
        if not wanted:
            return None
        for cat in self.by_code.values():
            if cat.code.casefold() == wanted:
                return cat.code
        for code in self.by_code:
            for lang in LANGUAGES:
                if self.label(code, lang).casefold() == wanted:
                    return code
        for cat in self.by_code.values():
            if any(n.strip().casefold() == wanted for n in cat.names.values()):
                return cat.code
        return None

    @cached_property
    def causes_by_code(self) -> dict[str, Category]:
        return {c.code: c for c in self.causes}

    def cause_name(self, code: str, lang: str = "en") -> str:
        """The cause's name in ``lang``; the bare code if unknown, "" for none."""
        cause = self.causes_by_code.get(code)
        if cause is None:  # recorded under the branch's earlier preset
            for other in _other_trees(self):
                if code in other.causes_by_code:
                    return other.causes_by_code[code].name(lang)
            return code
        return cause.name(lang)

    def standard_codes(self, category: str, cause: str) -> StandardCodes | None:
        """The standard's codes for a complaint, or None when the preset has no standard.

        A child category without a code of its own is counted under its parent's."""
        if self.standard is None:
            return None
        found: dict[str, str] = {}
        cat = self.get(category)
        parent = self.get(cat.parent) if cat is not None and cat.parent else None
        for item in (parent, cat):
            if item is not None:
                found.update(item.standard)
        reason = self.causes_by_code.get(cause)
        return StandardCodes(
            channel=found.get("channel", self.standard.channel_default),
            business=found.get("business", ""),
            cause=reason.standard.get("cause", "") if reason is not None else "",
        )

    def resolve_cause(self, value: str) -> str | None:
        wanted = value.strip().casefold()
        for cause in self.causes:
            if cause.code == wanted or any(
                n.strip().casefold() == wanted for n in cause.names.values()
            ):
                return cause.code
        return None


def available_presets() -> list[str]:
    return sorted(p.stem for p in (RESOURCES / "categories").glob("*.json"))


@cache
def load(preset: str) -> CategoryTree:
    data = load_json(f"categories/{preset}.json")
    top: list[Category] = []
    children: dict[str, tuple[Category, ...]] = {}
    for item in data["categories"]:
        top.append(Category(item["code"], item["name"], None, item.get("standard", {})))
        children[item["code"]] = tuple(
            Category(kid["code"], kid["name"], item["code"], kid.get("standard", {}))
            for kid in item.get("children", [])
        )
    causes = tuple(
        Category(c["code"], c["name"], None, c.get("standard", {})) for c in data.get("causes", [])
    )
    return CategoryTree(
        preset,
        data["name"],
        tuple(top),
        children,
        causes,
        _standard(data.get("standard")),
        bool(data.get("cause_required", False)),
    )


def for_branch(preset: str, country: str) -> CategoryTree:
    """The preset's tree as a branch in ``country`` counts by it: a national statistical
    standard only where its regulator asks for it (a Vietnamese bank is not coded by
    China's JR/T 0169)."""
    tree = load(preset)
    standard = tree.standard
    if standard is not None and standard.countries and country.upper() not in standard.countries:
        return dataclasses.replace(tree, standard=None)
    return tree


def _standard(data: dict[str, Any] | None) -> Standard | None:
    if not data:
        return None
    dimensions = {d: tuple(_codes(data["dimensions"][d], None)) for d in DIMENSIONS}
    return Standard(
        data["code"],
        data["note"],
        data["channel_default"],
        dimensions,
        tuple(data.get("countries", ())),
    )


def _codes(items: list[dict[str, Any]], parent: str | None) -> list[StandardCode]:
    """A dimension's codes, each followed by its own sub-codes (the standard's order)."""
    out: list[StandardCode] = []
    for item in items:
        out.append(StandardCode(item["code"], item["name"], parent))
        out += _codes(item.get("children", []), item["code"])
    return out


@cache
def _all_trees() -> tuple[CategoryTree, ...]:
    return tuple(load(name) for name in available_presets())  # the folder read once


def _other_trees(tree: CategoryTree) -> list[CategoryTree]:
    """The shipped presets other than ``tree``: a branch that switched presets keeps
    complaints recorded under the old one, which are still shown by their names."""
    return [other for other in _all_trees() if other is not tree]


def _label_elsewhere(tree: CategoryTree, code: str, lang: str) -> str:
    for other in _other_trees(tree):
        if other.get(code) is not None:
            return other.label(code, lang)
    return code
