"""Reaching the database behind the app's back, as someone with a database tool would."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
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

    def rewrite_trail(self, edit: Callable[[str, int, str, str], str]) -> None:
        """Rewrite audit events with ``edit(table, row_id, action, changes) -> changes`` and
        recompute every hash after them the documented way, as an insider could."""
        from models.storage import audit

        self.drop_delete_guard("audit_event")
        if not self.pg:
            self.execute("DROP TRIGGER audit_event_no_update")
        rows = self.execute(
            "SELECT id, at, actor_name, table_name, row_id, action, changes FROM audit_event "
            "ORDER BY id"
        ).fetchall()
        prev = audit.GENESIS
        for event_id, at, actor, table, row_id, action, changes in rows:
            changes = edit(table, row_id, action, changes)
            at_text = at if isinstance(at, str) else audit.canonical(at)
            digest = audit.new_event_hash(prev, at_text, actor, table, row_id, action, changes)
            self.execute(
                "UPDATE audit_event SET changes = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (changes, prev, digest, event_id),
            )
            prev = digest

    def commit_and_close(self) -> None:
        self.con.commit()
        self.con.close()
