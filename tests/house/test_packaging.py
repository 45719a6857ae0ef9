"""An installed app finds its data and speaks its language without writing into its
own folder; the wheel and the frozen app themselves are built and run by .ci/package."""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from models.core import resources, vocab
from reports.words import words

from ui.shell import i18n

ROOT = Path(__file__).resolve().parents[2]
CODE = ("main.py", "models", "reports", "ui", "cli")


def _translations():
    """packaging/translations.py, loaded by its path as the spec loads it."""
    spec = importlib.util.spec_from_file_location(
        "complaintbook_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _installed_copy(where: Path) -> Path:
    """What the wheel puts in site-packages: the code, resources/ with the .ts and their
    compiled .qm; read-only, as Program Files is to a clerk."""
    where.mkdir()
    for name in CODE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, where / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, where / name)
    shutil.copytree(ROOT / "resources", where / "resources", ignore=shutil.ignore_patterns("*.qm"))
    _translations().compile_all(where / "resources" / "translations")
    for path in [where, *where.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return where


def _sign_in_refused(app: Path, home: Path, lang: str) -> str:
    env = {**os.environ, "COMPLAINTBOOK_HOME": str(home), "COMPLAINTBOOK_LANG": lang}
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, str(app / "main.py"), "backup", "--user", "nobody"],
        input="wrong\n",
        capture_output=True,
        text=True,
        cwd=home.parent,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    return done.stderr.strip()


_PRINTED_WORDS = (
    "from reports.words import words; from models.core.vocab import name; "
    "print(words('vi')['register_title'] + '|' + name('status', 'closed', 'vi'))"
)


def test_an_installed_copy_speaks_vietnamese_from_its_shipped_catalog(tmp_path: Path) -> None:
    app = _installed_copy(tmp_path / "site")
    before = sorted(p.relative_to(app) for p in app.rglob("*"))
    try:
        english = _sign_in_refused(app, tmp_path / "home", "en")
        vietnamese = _sign_in_refused(app, tmp_path / "home", "vi")
        printed = subprocess.run(  # the reports' words and the codes' names: same catalogue
            [sys.executable, "-c", _PRINTED_WORDS],
            cwd=app,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=True,
        ).stdout.strip()
    finally:
        for path in [app, *app.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    assert english.startswith("error: ")
    assert vietnamese.startswith("error: ") and vietnamese != english
    assert not vietnamese.isascii()  # Vietnamese, from the shipped .qm
    assert printed == f"{words('vi')['register_title']}|{vocab.name('status', 'closed', 'vi')}"
    assert printed != f"{words('en')['register_title']}|{vocab.name('status', 'closed', 'en')}"
    assert not (tmp_path / "home" / "cache").exists()  # nothing compiled on this PC
    after = sorted(p.relative_to(app) for p in app.rglob("*") if "__pycache__" not in p.parts)
    assert after == [p for p in before if "__pycache__" not in p.parts]


def test_a_checkout_compiles_its_catalogs_into_the_data_folder_only(qapp, home: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    assert list(i18n.TS_DIR.glob("*.qm")) == []
    try:
        assert i18n.install("vi", home / "cache") == "vi"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.buttons()[0].text() not in ("Cancel", "&Cancel")  # our qtbase_vi
    finally:
        i18n.install("en", home / "cache")
    assert (home / "cache" / "complaintbook_vi.qm").exists()
    assert list(i18n.TS_DIR.glob("*.qm")) == []


def test_a_shipped_catalog_is_used_as_is_and_a_stale_cache_is_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy2(i18n.TS_DIR / "complaintbook_vi.ts", folder)
    _translations().compile_all(folder, sources=folder)
    monkeypatch.setattr(i18n, "TS_DIR", folder)
    source = folder / "complaintbook_vi.ts"
    later = (folder / "complaintbook_vi.qm").stat().st_mtime + 60
    os.utime(source, (later, later))  # installed after its .qm: the .qm is still the one
    assert i18n.compiled("vi", tmp_path / "cache") == folder / "complaintbook_vi.qm"
    assert not (tmp_path / "cache").exists()  # nothing compiled on the counter PC

    (folder / "complaintbook_vi.qm").unlink()  # a checkout: compiled into the cache
    cached = tmp_path / "cache" / "complaintbook_vi.qm"
    assert i18n.compiled("vi", tmp_path / "cache") == cached
    built = cached.stat().st_mtime
    os.utime(source, (built + 60, built + 60))  # the .ts edited since
    assert i18n.compiled("vi", tmp_path / "cache") == cached
    assert cached.stat().st_mtime > built


def test_a_frozen_app_reads_its_data_from_its_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resources.resource_root() == ROOT / "resources"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_root() == tmp_path / "resources"
