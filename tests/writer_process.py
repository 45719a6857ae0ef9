"""A helper process for the fault tests: saves complaints in a loop, reporting each one.

Each register number is printed only after its transaction committed, so every
number the parent reads must survive the process being killed at any moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    from models.core.actors import CLI_ACTOR
    from models.maintenance.backup import take_backup
    from models.maintenance.store import open_store
    from models.register.complaints import create_complaint

    from tests.factories import make_form

    home, what = Path(sys.argv[1]), sys.argv[2]
    open_store(home)
    while True:
        if what == "backup":
            print(take_backup(home, "manual").name, flush=True)
        else:
            print(create_complaint(CLI_ACTOR, make_form()).register_no, flush=True)


if __name__ == "__main__":
    main()
