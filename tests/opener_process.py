"""A helper process for the fault tests: a PC starting Complaint Book, at a signal.

Waits for a line on standard input (so several start at the same moment), opens the
register, and prints the schema version this process found and upgraded (None: it
found the register up to date, made or upgraded by another one).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from models.maintenance.store import open_store

    home, url = Path(sys.argv[1]), sys.argv[2] or None
    sys.stdin.readline()
    store = open_store(home, url)
    print(store.upgraded_from, flush=True)
    store.close()


if __name__ == "__main__":
    main()
