"""Scans and photos kept in the data folder under the SHA-256 of their content.

The same page scanned twice is stored once; a file name that reveals nothing and
is valid on every file system.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP, ValidationError

FOLDER = "attachments"
ALLOWED = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff", ".pdf"}
MAX_BYTES = 25 * 1024 * 1024


def store(data_dir: Path, source: Path) -> str:
    """Copy ``source`` into the data folder; return its stored name (``<sha256>.<ext>``)."""
    suffix = source.suffix.lower()
    if suffix not in ALLOWED:
        raise ValidationError(
            "scan",
            QT_TRANSLATE_NOOP(
                "domain", "A scan must be a picture (PNG, JPEG...) or a PDF, not {suffix}."
            ),
            suffix=suffix or "?",
        )
    try:
        size = source.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                "scan",
                QT_TRANSLATE_NOOP(
                    "domain", "The scan is larger than 25 MB; scan at a lower resolution."
                ),
            )
        digest = hashlib.sha256()
        with source.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise ValidationError(
            "scan",
            QT_TRANSLATE_NOOP("domain", "Cannot read {path}: {reason}"),
            path=str(source),
            reason=exc.strerror or str(exc),
        ) from exc
    name = f"{digest.hexdigest()}{suffix}"
    target = data_dir / FOLDER / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(name + ".part")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    return name


def path_of(data_dir: Path, name: str) -> Path:
    return data_dir / FOLDER / name
