"""The complaint register's domain: records, rules and storage. Knows nothing of Qt."""

import sys

# peewee imports the PostgreSQL driver whenever it is installed: a third of a second of
# every start (it brings asyncio along), for a register that is a file on this PC.
# peewee is imported here without it; models.storage.db.postgres_driver() hands the driver to
# peewee the first time a branch-server address is opened.
if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" fails
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
