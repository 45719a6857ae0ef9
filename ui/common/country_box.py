"""The country chooser: the countries the app knows, named in the screen's language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from models.core import countries

from ui.common.widgets import set_combo_data
from ui.shell import labels


def country_combo(parent: QWidget, current: str = "CN") -> QComboBox:
    combo = QComboBox(parent)
    fill_countries(combo, current)
    return combo


def fill_countries(combo: QComboBox, current: str) -> None:
    """Every known country as "name (ISO code)"; a code an older register holds that the
    list lacks stays shown, so saving other settings does not change it."""
    combo.clear()
    for code, country in countries.COUNTRIES.items():
        combo.addItem(f"{country.name(labels.language())} ({code})", code)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)
    set_combo_data(combo, current)
