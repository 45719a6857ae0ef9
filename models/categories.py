"""Two-level complaint categories, loaded from a preset in ``resources/categories``.

A category code is either a top-level code (``product_quality``) or a child code
(``product_quality.defective``); the child's parent is the part before the dot.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from models.resources import LANGUAGES, RESOURCES, load_json, pick

PRESETS = ("retail", "bank")


@dataclass(frozen=True)
class Category:
    code: str
    names: dict[str, str]
    parent: str | None

    def name(self, lang: str = "en") -> str:
        return pick(self.names, lang)


@dataclass(frozen=True)
class CategoryTree:
    preset: str
    names: dict[str, str]
    top: tuple[Category, ...]
    children: dict[str, tuple[Category, ...]]
    causes: tuple[Category, ...]

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
            return code
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
        top.append(Category(item["code"], item["name"], None))
        children[item["code"]] = tuple(
            Category(kid["code"], kid["name"], item["code"]) for kid in item.get("children", [])
        )
    causes = tuple(Category(c["code"], c["name"], None) for c in data.get("causes", []))
    return CategoryTree(preset, data["name"], tuple(top), children, causes)
