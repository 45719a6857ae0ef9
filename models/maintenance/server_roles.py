"""The branch server's two roles: an owner that creates and upgrades the register's
tables, and the app's role, which reads and adds to them but owns nothing.

PostgreSQL lets only a table's owner (or a superuser) switch its triggers off, drop it
or change it. If the counter PCs' own role owned the tables, anyone who can read its
password off a counter PC could ``ALTER TABLE audit_event DISABLE TRIGGER USER``,
rewrite the audit trail and switch the guard back on. So the tables, sequences and the
trigger function belong to an owner role whose password the counter PCs never hold;
``set_up`` (``python main.py server-setup --owner NAME``) creates or upgrades the
register as that owner and gives the app's role exactly what the app uses, and the app
refuses to upgrade a register it does not own (``require_may_change_schema``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.core.errors import QT_TRANSLATE_NOOP
from models.maintenance.store import open_store
from models.storage.db import CONNECT_TIMEOUT_S
from models.storage.schema_version import SCHEMA_VERSION
from models.storage.server import ServerAddress, build_url, parse_url, probe
from models.storage.server_rights import (
    APPEND_ONLY,
    DELETED_BY_APP,
    MAY_CHANGE_SCHEMA_SQL,
    ServerSetupFailed,
)


@dataclass(frozen=True)
class SetupReport:
    """What ``set_up`` did, said to whoever ran it."""

    where: str
    owner: str
    app: str
    found: int  # the schema before; 0 for a new register
    schema: int
    moved: bool  # the app's role owned the register and gave it to the owner

    @property
    def template(self) -> str:
        if self.found == 0:
            return QT_TRANSLATE_NOOP(
                "domain",
                "The register on {where} is created (schema {schema}) and belongs to {owner}. "
                "The counter PCs' user {app} may read it and add to it, but not change or "
                "remove its audit trail, nor change its tables.",
            )
        if self.moved:
            return QT_TRANSLATE_NOOP(
                "domain",
                "The register on {where} now belongs to {owner} (schema {schema}; it was "
                "{found}). The counter PCs' user {app} no longer owns it: it may read it and "
                "add to it, but not change or remove its audit trail, nor change its tables.",
            )
        return QT_TRANSLATE_NOOP(
            "domain",
            "The register on {where} is up to date (schema {schema}; it was {found}) and "
            "belongs to {owner}. The counter PCs' user {app} may read it and add to it, but "
            "not change or remove its audit trail, nor change its tables.",
        )

    @property
    def params(self) -> dict[str, Any]:
        return {
            "where": self.where,
            "owner": self.owner,
            "app": self.app,
            "found": self.found,
            "schema": self.schema,
        }

    def __str__(self) -> str:
        return self.template.format(**self.params)


def owner_url(app_url: str, owner: str, password: str) -> tuple[str, ServerAddress]:
    """The owner's address: the app's server and database, the owner's name and password;
    and the app's address in parts."""
    address = parse_url(app_url)
    if address is None:
        raise ServerSetupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "This PC keeps its register in a file, not on a branch server. Give the "
                "server's address as the counter PCs use it: --db postgresql://USER@HOST/DATABASE",
            )
        )
    if not address.user:
        raise ServerSetupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The address {url} names no user: give the address the counter PCs use, with "
                "their user name (postgresql://USER@HOST/DATABASE).",
            ),
            url=f"{address.host}:{address.port}/{address.dbname}",
        )
    owner = owner.strip()
    if not owner or owner == address.user:
        raise ServerSetupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The owner role must be another role than the counter PCs' user {app}: the "
                "whole point is that the counter PCs do not own the register.",
            ),
            app=address.user,
        )
    url = build_url(ServerAddress(address.host, address.port, address.dbname, owner, password))
    return url, address


def set_up(
    home: Path,
    app_url: str,
    owner: str,
    password: str,
    announce: Callable[[int], None] | None = None,
) -> SetupReport:
    """Create or upgrade the register at ``app_url``'s database as the ``owner`` role,
    take over what the app's role owned there, and give the app's role only what the app
    uses. Ends by checking, as PostgreSQL sees it, that the app's role can neither change
    the audit trail nor switch its triggers off; anything left is said with the SQL that
    mends it."""
    import psycopg

    owner = owner.strip()
    url, address = owner_url(app_url, owner, password)
    where = f"{address.host}:{address.port}/{address.dbname}"
    try:
        conn = _connect(url)
    except psycopg.Error as exc:
        told = probe(url)  # why, in the words Settings uses for a connection test
        raise ServerSetupFailed(told.template, **told.params) from exc
    with conn:
        moved = _take_over(conn, address.user, owner)
        before = _schema_version(conn)
        if not conn.execute(MAY_CHANGE_SCHEMA_SQL).fetchone()[0]:
            raise ServerSetupFailed(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "The owner role {owner} may not create or change the register's tables in "
                    "database {dbname}. As the PostgreSQL administrator (psql as "
                    '"postgres"), type:\n    ALTER DATABASE "{dbname}" OWNER TO "{owner}";\n'
                    "then run this command again. Nothing was changed.",
                ),
                owner=owner,
                dbname=address.dbname,
            )
    store = open_store(home, url, announce_upgrade=announce)  # creates or upgrades
    store.close()
    with _connect(url) as conn:
        _grant_app(conn, address.user, address.dbname)
        problems = _problems(conn, address.user, owner)
    if problems:
        raise ServerSetupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register on {where} is set up, but the counter PCs' user {app} may still "
                "change more than it should:\n{problems}",
            ),
            where=where,
            app=address.user,
            problems="\n".join(problems),
        )

    return SetupReport(
        where=where,
        owner=owner,
        app=address.user,
        found=before,
        schema=SCHEMA_VERSION,
        moved=moved,
    )


def _connect(url: str) -> Any:
    import psycopg

    return psycopg.connect(
        url, connect_timeout=CONNECT_TIMEOUT_S, application_name="Complaint Book (set-up)"
    )


def _schema_version(conn: Any) -> int:
    if conn.execute("SELECT to_regclass('meta')").fetchone()[0] is None:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _owned_by(conn: Any, role: str) -> int:
    """How many of the register's objects (and this database itself) ``role`` owns."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
        "AND relowner = to_regrole(%(r)s)) "
        "+ (SELECT count(*) FROM pg_proc WHERE pronamespace = current_schema()::regnamespace "
        "AND proowner = to_regrole(%(r)s)) "
        "+ (SELECT count(*) FROM pg_database WHERE datname = current_database() "
        "AND datdba = to_regrole(%(r)s))",
        {"r": _quoted(role)},
    ).fetchone()
    return int(row[0])


def _quoted(role: str) -> str:
    """A role name as ``to_regrole`` reads it (case and odd characters kept)."""
    return '"' + role.replace('"', '""') + '"'


def _take_over(conn: Any, app: str, owner: str) -> bool:
    """A server set up before the owner role existed: the app's role owns the register
    (and its database). Everything it owns passes to the owner; that needs the owner to
    be allowed to act as the app's role, which only the PostgreSQL administrator grants."""
    import psycopg
    from psycopg import sql

    if conn.execute("SELECT to_regrole(%s)", (_quoted(app),)).fetchone()[0] is None:
        raise ServerSetupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The branch server has no user {app}: give the address the counter PCs use, "
                "with their user name.",
            ),
            app=app,
        )
    if not _owned_by(conn, app):
        return False
    try:
        conn.execute(
            sql.SQL("REASSIGN OWNED BY {} TO {}").format(sql.Identifier(app), sql.Identifier(owner))
        )
        conn.commit()
    except psycopg.errors.InsufficientPrivilege as exc:
        conn.rollback()
        raise ServerSetupFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "The register on this server belongs to the counter PCs' user {app}, and the "
                "owner role {owner} may not take it over yet. As the PostgreSQL administrator "
                '(psql as "postgres"), type:\n    GRANT "{app}" TO "{owner}";\nthen run this '
                "command again. Nothing was changed.",
            ),
            app=app,
            owner=owner,
        ) from exc
    return True


def _grant_app(conn: Any, app: str, dbname: str) -> None:
    """Take every right from the app's role and PUBLIC on the register's tables, then give
    the app's role back what the app uses: read, add and change records; only read and
    add the append-only rows; delete only drafts; draw numbers from the sequences (a bulk
    import also sets them past the rows it wrote) and read them (``pg_dump`` as the app's
    role makes the nightly backup without the owner's password). No TRUNCATE, REFERENCES or TRIGGER, and
    no CREATE in the schema or the database."""
    from psycopg import sql

    schema = str(conn.execute("SELECT current_schema()").fetchone()[0])
    tables = [
        str(name)
        for (name,) in conn.execute(
            "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
            "AND relkind IN ('r', 'p', 'v') ORDER BY relname"
        )
    ]
    who = sql.Identifier(app)
    s = sql.Identifier(schema)
    statements = [
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM PUBLIC, {}").format(s, who),
        sql.SQL("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {} FROM PUBLIC, {}").format(s, who),
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC, {}").format(s, who),
        sql.SQL("REVOKE CREATE ON DATABASE {} FROM PUBLIC, {}").format(sql.Identifier(dbname), who),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(dbname), who),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(s, who),
        sql.SQL("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(s, who),
    ]
    for table in tables:
        if table in APPEND_ONLY:
            rights = "SELECT, INSERT"
        elif table in DELETED_BY_APP:
            rights = "SELECT, INSERT, UPDATE, DELETE"
        else:
            rights = "SELECT, INSERT, UPDATE"
        statements.append(
            sql.SQL("GRANT " + rights + " ON {} TO {}").format(sql.Identifier(schema, table), who)
        )
    with conn.transaction():
        for statement in statements:
            conn.execute(statement)


def _problems(conn: Any, app: str, owner: str) -> list[str]:
    """What the app's role may still do to the register that it should not, each with the
    SQL the PostgreSQL administrator types to mend it (in English: it is typed in psql)."""
    row = conn.execute(
        "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s", (app,)
    ).fetchone()
    found: list[str] = []
    if row and (row[0] or row[1]):
        found.append(f'- {app} is a superuser: ALTER ROLE "{app}" NOSUPERUSER NOBYPASSRLS;')
    if conn.execute("SELECT pg_has_role(%s, %s, 'USAGE')", (app, owner)).fetchone()[0]:
        found.append(f'- {app} may act as {owner}: REVOKE "{owner}" FROM "{app}";')
    if _owned_by(conn, app):
        found.append(
            f'- {app} still owns part of the register: REASSIGN OWNED BY "{app}" TO "{owner}";'
        )
    creates = conn.execute(
        "SELECT has_schema_privilege(%s, current_schema(), 'CREATE')", (app,)
    ).fetchone()[0]
    if creates:
        found.append(
            f'- {app} may create tables: REVOKE CREATE ON SCHEMA public FROM PUBLIC, "{app}";'
        )
    for table in APPEND_ONLY:
        for right in ("UPDATE", "DELETE", "TRUNCATE", "TRIGGER"):
            if conn.execute(
                "SELECT has_table_privilege(%s, to_regclass(%s), %s)", (app, table, right)
            ).fetchone()[0]:
                found.append(f"- {app} may {right} {table}")
    return found
