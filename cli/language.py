"""The command line's messages in the user's language: the app's own catalogs, loaded
through Qt's translator (QtCore only, no window)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.core.errors import DomainError

from ui.shell import i18n, settings
from ui.shell.messages import describe, translate_template

_cli_app: list[QCoreApplication] = []


def cli_language(home: Path) -> str:
    """COMPLAINTBOOK_LANG, else the language of this PC's app (chosen in the window)."""
    wanted = os.environ.get("COMPLAINTBOOK_LANG", "")
    return wanted or str(settings.read(home, "ui/language") or "") or "en"


def cli_message(exc: DomainError) -> str:
    """A domain error in the CLI user's language."""
    return describe(exc)


def cli_message_of(template: str, params: dict[str, Any]) -> str:
    return translate_template(template, params)


def install_cli_translator(home: Path) -> None:
    lang = cli_language(home)
    if lang == "en":
        return
    try:
        if QCoreApplication.instance() is None:
            _cli_app.append(QCoreApplication([]))
        i18n.install(lang, home / "cache")
    except Exception:  # messages stay in English rather than fail the command
        logging.getLogger("cli").exception("could not load the %s translation", lang)
