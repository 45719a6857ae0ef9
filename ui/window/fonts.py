"""The bundled font, so every counter PC shows the same text whatever it has installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from models.core.resources import RESOURCES

FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
FAMILY = "WenQuanYi Micro Hei"
_loaded: list[str] = []


def install(app: QApplication, point_size: float = 10) -> str:
    """Register the bundled font once and make it the application font; return its family."""
    if not _loaded:
        font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _loaded.append(FAMILY if FAMILY in families else (families[0] if families else ""))
    family = _loaded[0]
    if family:
        font = QFont(family)
        font.setPointSizeF(point_size)
        app.setFont(font)
    return family
