"""Reaching the database behind the app's back, as someone with a database tool would."""

from __future__ import annotations

import sqlite3
from typing import Any


class Raw:
    """A connection behind the app's back, as someone with the database tool would use it."""

    def __init__(self, store: Any) -> None:
        self.pg = store.file is None
        if self.pg:
            import psycopg

            self.con = psycopg.connect(store.url)
        else:
            self.con = sqlite3.connect(store.file)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.con.execute(sql.replace("?", "%s") if self.pg else sql, params)

    def drop_delete_guard(self, table: str) -> None:
        if self.pg:
            self.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        else:
            self.execute(f"DROP TRIGGER {table}_no_delete")

    def foreign_keys_off(self) -> None:
        if self.pg:
            self.execute("SET session_replication_role = replica")
        else:
            self.execute("PRAGMA foreign_keys = OFF")

    def commit_and_close(self) -> None:
        self.con.commit()
        self.con.close()
