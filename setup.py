"""What pyproject.toml cannot say: the wheel ships compiled translations (.qm), built
here from resources/translations/*.ts, so an installed app never compiles them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    """build_py, then the .qm catalogs into the built ``resources/translations``."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # a checkout compiles them into its data folder's cache
            return
        spec = importlib.util.spec_from_file_location(
            "complaintbook_translations", ROOT / "packaging" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        translations.compile_all(Path(self.build_lib) / "resources" / "translations")


setup(cmdclass={"build_py": BuildWithTranslations})
