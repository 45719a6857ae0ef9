"""Where the register's files may go: a folder this PC can really write to, a local disk
rather than a network drive, and file names that Windows accepts.

Whether a place can be written is found by trying (a file made and removed), because
Windows answers ``os.access(folder, W_OK)`` with yes for every folder, read-only or not.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from models.core.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable, DomainError

# What Windows keeps for devices, whatever the extension (NUL.csv is the device too):
# the serial and printer ports 0 to 9 and ¹ ² ³ (superscripts count as digits there), and
# the console's own input and output.
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{kind}{n}" for kind in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")}
)


def is_reserved_name(name: str) -> bool:
    """Whether Windows takes a file or folder called ``name`` for a device: the part
    before the first dot, without trailing spaces, in any case (``com0 .txt`` too)."""
    return name.split(".")[0].rstrip(" ").upper() in RESERVED_NAMES


FORBIDDEN_CHARACTERS = frozenset('<>:"|?*\\/') | frozenset(chr(c) for c in range(32))
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


class BadFileName(DomainError):
    code = "bad_file_name"


class WriteFailed(DomainError):
    """A file the user asked for could not be written; nothing half-written was left."""

    code = "write_failed"


NO_SPACE_ERRNOS = (28, 27)  # ENOSPC; EFBIG (a file-size limit, as full for the user)


def write_failed(path: Path, exc: OSError) -> WriteFailed:
    """Why ``path`` could not be written, and what to do, in plain words."""
    if exc.errno in NO_SPACE_ERRNOS:
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "{file} could not be written: the disk is full. Nothing was left behind. Free "
                "some space on that disk, or choose another place, and try again.",
            ),
            file=str(path),
        )
    if isinstance(exc, PermissionError) or exc.errno == 30:  # EROFS
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "{file} could not be written: this PC may not write there (the folder or disk "
                "is read-only, or the file is open in another program such as Excel). Close it "
                "or choose another place, and try again.",
            ),
            file=str(path),
        )
    if isinstance(exc, FileNotFoundError):
        return WriteFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The folder {folder} does not exist: create it first, or choose another place.",
            ),
            folder=str(path.parent.absolute()),
        )
    return WriteFailed(
        QT_TRANSLATE_NOOP("domain", "{file} could not be written: {reason}"),
        file=str(path),
        reason=exc.strerror or str(exc),
    )


def remove_quietly(path: Path) -> None:
    """Take away a half-written temporary file (a later start cleans up what stays)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


class NetworkLocation(DatabaseUnavailable):
    """The register file was asked for on a network drive, where SQLite's locking fails."""

    code = "network_location"


def can_write_folder(folder: Path) -> bool:
    """Whether a new file can be made in ``folder`` (tried, then removed)."""
    try:
        handle, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return True


def can_write_file(path: Path) -> bool:
    """Whether ``path`` can be opened for writing (nothing is written; a missing file can)."""
    try:
        with path.open("r+b"):
            pass
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


def is_unc(text: str) -> bool:
    """``\\\\server\\share\\...`` (also written with forward slashes on Windows)."""
    if text.startswith(("\\\\?\\", "\\\\.\\")):  # \\?\C:\... is a long local path
        return text[4:].upper().startswith("UNC\\")
    if text.startswith("\\\\"):
        return True
    return os.name == "nt" and text.startswith("//")


def on_network(path: Path) -> bool:
    """Whether ``path`` is on a network share: a UNC path anywhere, or (Windows) a drive
    letter that Windows says is a network drive."""
    if is_unc(str(path)):
        return True
    if os.name != "nt":
        return False
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    if is_unc(drive):
        return True
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE)


def refuse_network(file: Path) -> None:
    """A register file is kept on this PC's own disk: over a network SQLite's write-ahead
    log and its locks are not safe, and records can be lost without a word."""
    if on_network(file):
        raise NetworkLocation(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register cannot be kept on a network drive ({where}): the file is not safe "
                "there and saved complaints can be lost. Keep it on this PC's own disk. For several "
                "counter PCs to share one register, set up a branch server instead (README: "
                "Several counter PCs: the branch server).",
            ),
            where=str(file),
        )


def check_output_file(path: Path) -> None:
    """Refuse, on every platform, a file the user names that Windows could not hold (a
    reserved device name, a forbidden character) or that has nowhere to go."""
    name = path.name
    if not name or path.is_dir():
        raise BadFileName(
            QT_TRANSLATE_NOOP("domain", "{path} is a folder; give the name of a file in it."),
            path=str(path),
        )
    bad = sorted({c for c in name if c in FORBIDDEN_CHARACTERS})
    if bad:
        shown = " ".join(c if c.isprintable() else f"U+{ord(c):04X}" for c in bad)
        raise BadFileName(
            QT_TRANSLATE_NOOP(
                "domain",
                "The file name {name} has characters Windows does not allow ({characters}); "
                "choose another name.",
            ),
            name=name,
            characters=shown,
        )
    if is_reserved_name(name):
        raise BadFileName(
            QT_TRANSLATE_NOOP(
                "domain",
                "{name} is a name Windows keeps for a device, so no file can have it; choose "
                "another name.",
            ),
            name=name,
        )
    if name.endswith((".", " ")):
        raise BadFileName(
            QT_TRANSLATE_NOOP(
                "domain",
                "The file name {name} ends with a dot or a space, which Windows does not allow; "
                "choose another name.",
            ),
            name=name,
        )
    folder = path.parent
    reserved = [part for part in folder.parts if is_reserved_name(part)]
    if reserved:
        raise BadFileName(
            QT_TRANSLATE_NOOP(
                "domain",
                "{name} is a name Windows keeps for a device, so no folder can have it; choose "
                "another folder.",
            ),
            name=reserved[0],
        )
    if not folder.is_dir():
        raise BadFileName(
            QT_TRANSLATE_NOOP(
                "domain",
                "The folder {folder} does not exist: create it first, or choose another place.",
            ),
            folder=str(folder.absolute()),
        )


# The data folder used to be the roaming one (%APPDATA%), which Windows copies to a
# server at every sign-out: a register of gigabytes does not belong there.
MOVE_NOTE = "moved-from.txt"
REGISTER_FILE = "complaints.sqlite3"
LEFT_BEHIND = ("complaint-book.lock", "complaint-book.owner.json", MOVE_NOTE)


def move_data_folder(old: Path, new: Path) -> bool:
    """Move everything in ``old`` (the roaming data folder) into ``new`` (the local one),
    once: only when ``old`` holds a register and ``new`` does not. Each entry is copied
    under a temporary name, renamed into place, and only then removed from ``old``, so
    an interruption leaves the register whole in one of the two. Leaves a note in ``new``
    (``take_move_note``) so the user is told once. Returns whether it moved."""
    if old == new or not (old / REGISTER_FILE).is_file() or (new / REGISTER_FILE).exists():
        return False
    new.mkdir(parents=True, exist_ok=True)
    entries = sorted(  # the register last; the running app's lock stays where it is
        (p for p in old.iterdir() if p.name not in LEFT_BEHIND),
        key=lambda p: p.name == REGISTER_FILE,
    )
    for entry in entries:
        target = new / entry.name
        staging = new / (entry.name + ".moving")
        if staging.is_dir():
            shutil.rmtree(staging)
        elif staging.exists():
            staging.unlink()
        if entry.is_dir():
            shutil.copytree(entry, staging)
            if target.is_dir():
                for inner in staging.iterdir():
                    inner.replace(target / inner.name)
                staging.rmdir()
            else:
                staging.replace(target)
        else:
            shutil.copy2(entry, staging)
            staging.replace(target)
    for entry in entries:
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()
    (new / MOVE_NOTE).write_text(f"{old}\n{dt.datetime.now():%Y-%m-%d %H:%M}\n", encoding="utf-8")
    with contextlib.suppress(OSError):
        (old / MOVE_NOTE).write_text(f"Complaint Book's data moved to {new}\n", encoding="utf-8")
    return True


def take_move_note(data_dir: Path) -> Path | None:
    """Where the data folder was moved from, the first time this is asked (then forgotten)."""
    note = data_dir / MOVE_NOTE
    try:
        old = note.read_text(encoding="utf-8").splitlines()[0]
        note.unlink()
    except (OSError, IndexError):
        return None
    return Path(old)
