"""Loading the UI language: our compiled .qm catalogs, plus Qt's own.

The .ts files in ``resources/translations`` are the only source. Packaging (the wheel,
the frozen app) compiles them to .qm beside them (packaging/translations.py), so an
installed app only loads. A development checkout has no .qm: there they are compiled
into the data directory's cache, rebuilt whenever the source is newer; never into the
app's own folder, which an installed app may not write to.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.core.resources import RESOURCES

from ui.shell import labels

LOG = logging.getLogger(__name__)
TS_DIR = RESOURCES / "translations"
UI_LANGUAGES = ("en", "zh_CN", "zh_TW", "zh_HK", "vi")
# Each language shown in its own script, so anyone can find theirs.
LANGUAGE_NAMES = {
    "en": "English",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文（台灣）",
    "zh_HK": "繁體中文（香港）",
    "vi": "Tiếng Việt",
}
# zh_HK's catalogue holds only what Hong Kong says differently; it is installed over
# zh_TW's, so every other message (and any added later) reads the Traditional text.
OVERLAYS = {"zh_HK": "zh_TW"}
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()  # e.g. zh_CN, vi_VN, en_GB
    if name.startswith("zh"):
        # Macau reads Hong Kong's Traditional Chinese (職員, 打印), not Taiwan's (行員, 列印).
        return {"zh_TW": "zh_TW", "zh_HK": "zh_HK", "zh_MO": "zh_HK"}.get(name, "zh_CN")
    lang = name.split("_", 1)[0]
    return lang if lang in UI_LANGUAGES else "en"


def lrelease_path() -> Path | None:
    """PySide6 ships lrelease beside its package on every platform."""
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (
        base / "lrelease",
        base / "lrelease.exe",
        base / "Qt" / "libexec" / "lrelease",
    ):
        if candidate.exists():
            return candidate
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def shipped(lang: str, stem: str = "complaintbook") -> Path | None:
    """The .qm built when the app was packaged. Only packaging puts a .qm beside the .ts
    (a checkout compiles into its cache), and an installer may give the .ts, which the
    domain reads, a later time than the .qm: a shipped .qm is never second-guessed."""
    qm = TS_DIR / f"{stem}_{lang}.qm"
    return qm if qm.exists() else None


def compiled(lang: str, cache_dir: Path, stem: str = "complaintbook") -> Path | None:
    """The .qm for ``lang``: the shipped one, else (a development checkout) compiled from
    its .ts into ``cache_dir`` if missing there or older than the source."""
    ready = shipped(lang, stem)
    if ready is not None:
        return ready
    source = TS_DIR / f"{stem}_{lang}.ts"
    if not source.exists():
        return None
    target = cache_dir / f"{stem}_{lang}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = lrelease_path()
    if tool is None:
        LOG.warning("lrelease not found; UI stays in English")
        return None
    cache_dir.mkdir(parents=True, exist_ok=True)
    flags = {"creationflags": 0x08000000} if sys.platform == "win32" else {}  # no console window
    result = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)],
        capture_output=True,
        text=True,
        check=False,
        **flags,  # type: ignore[call-overload]
    )
    if result.returncode != 0 or not target.exists():
        LOG.warning("lrelease failed for %s: %s", source, result.stderr)
        return None
    return target


def install(lang: str, cache_dir: Path) -> str:
    """Switch the application's translators to ``lang``; return the language in effect."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang not in UI_LANGUAGES:
        lang = "en"
    labels.set_language(lang)
    if lang == "en":
        return lang
    # The last translator installed is asked first: the overlay goes on top of its base.
    for catalogue in (OVERLAYS.get(lang), lang):
        if catalogue is None:
            continue
        ours = QTranslator(app)
        qm = compiled(catalogue, cache_dir)
        if qm is not None and ours.load(str(qm)):
            app.installTranslator(ours)
            _installed.append(ours)
    qt = QTranslator(app)
    # "qtbase", not the "qt" catalog: that one also names the catalogs of Qt modules the
    # wheel does not ship, and then does not load at all (buttons stayed in English).
    if qt.load(
        QLocale(OVERLAYS.get(lang, lang)),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    else:  # Qt has no translation for this language: our own for its standard buttons
        extra = compiled(lang, cache_dir, stem="qtbase")
        fallback = QTranslator(app)
        if extra is not None and fallback.load(str(extra)):
            app.installTranslator(fallback)
            _installed.append(fallback)
    return lang
