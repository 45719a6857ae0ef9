"""The wheel's build backend: setuptools, plus the translations compiled into the wheel.

Only a wheel build asks for PySide6 (for Qt's lrelease); an editable install or a source
distribution does not, so ``pip install -e .`` stays quick. pyproject.toml names this
module (backend-path) and its build_py command (tool.setuptools.cmdclass).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import translations  # packaging/translations.py, beside this file on the backend path
from setuptools import build_meta
from setuptools.build_meta import *  # noqa: F403  (the other hooks, as setuptools has them)
from setuptools.command.build_py import build_py

QT_TOOLS = "PySide6-Essentials>=6.11.3,<6.12"


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*build_meta.get_requires_for_build_wheel(config_settings), QT_TOOLS]


class BuildWithTranslations(build_py):
    """build_py, then the .qm catalogs into the built ``resources/translations``."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # a checkout compiles them into its data folder's cache
            return
        translations.compile_all(Path(self.build_lib) / "resources" / "translations")
