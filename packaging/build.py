"""Build the frozen app (and on Windows its installer) from packaging/complaint-book.spec.

    python packaging/build.py                 dist/ComplaintBook/: the app, no Python needed
    python packaging/build.py --installer     and dist/installer/ComplaintBook-Setup-X.Y.Z.exe
                                              (Windows, with Inno Setup 6's ISCC.exe)

Run it in a virtual environment where the app is installed with its packaging tools:
``pip install ".[package]"``. CI runs it on Linux with ``--window-check`` (.ci/package).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "complaint-book.spec"
ISS = ROOT / "packaging" / "complaint-book.iss"
# Not ./build: a build/ folder beside bench/ would pass for the bench's own build module.
WORK = ROOT / "dist" / "pyinstaller-work"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def iscc() -> Path:
    """Inno Setup's command-line compiler: on PATH, or where its installer puts it."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    raise SystemExit("ISCC.exe not found: install Inno Setup 6 (https://jrsoftware.org)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=WORK, help="PyInstaller's work folder")
    parser.add_argument("--installer", action="store_true", help="then the Windows installer")
    parser.add_argument(
        "--window-check", action="store_true", help="add CI's window-check program (not shipped)"
    )
    args = parser.parse_args()
    if args.installer and args.window_check:
        parser.error("the installer is built without the window check")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        str(SPEC),
    ]
    if args.window_check:
        command += ["--", "--window-check"]
    subprocess.run(command, check=True)
    print(f"built {args.dist / 'ComplaintBook'}")
    if args.installer:
        out = args.dist / "installer"
        subprocess.run(
            [
                str(iscc()),
                f"/DAppVersion={version()}",
                f"/DDistDir={args.dist / 'ComplaintBook'}",
                f"/DOutputDir={out}",
                str(ISS),
            ],
            check=True,
        )
        print(f"built {out / f'ComplaintBook-Setup-{version()}.exe'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
