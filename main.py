"""Complaint Book: start the GUI, or run a command-line task.

python main.py                      start the app
python main.py demo                 fill the register with demo complaints
python main.py import FILE.csv      import complaints from a CSV
python main.py export --month YYYY-MM --format csv
python main.py letter BR01-202603-0001 --kind ack --user NAME

Everything happens in ``cli.main`` (the installed scripts start there too); this file
only lets a checkout run as ``python main.py``.
"""

from __future__ import annotations

import sys

from cli.main import main

if __name__ == "__main__":
    sys.exit(main())
