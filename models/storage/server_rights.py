"""Who may change the branch server register's tables: its owner role, never the counter
PCs' role (``models.maintenance.server_roles`` sets the two up). Asked before an upgrade or a move,
low in the house so the upgrade code can ask it without loading the set-up.
"""

from __future__ import annotations

from typing import Any

from models.core.command_name import command_line
from models.core.errors import QT_TRANSLATE_NOOP, DomainError

SETUP_COMMAND = "{command} server-setup --owner {owner}"

# Rows the app may only add and read: the audit trail and each complaint's timeline
# (which triggers guard as well), and the managers' daily reading sign-offs.
APPEND_ONLY = ("audit_event", "event", "read_signoff")
# Rows the app throws away: a draft goes once its form is saved or discarded.
DELETED_BY_APP = ("draft",)

# Whether the connected role may create or upgrade the register's tables: it owns them
# (or may act as their owner), or, before there are any, it may create tables.
MAY_CHANGE_SCHEMA_SQL = (
    "SELECT CASE WHEN to_regclass('meta') IS NULL "
    "THEN coalesce(has_schema_privilege(current_schema(), 'CREATE'), false) "
    "ELSE pg_has_role(current_user, "
    "(SELECT relowner FROM pg_class WHERE oid = to_regclass('meta')), 'USAGE') END, "
    "current_user, "
    "coalesce(pg_get_userbyid((SELECT relowner FROM pg_class WHERE oid = to_regclass('meta'))), "
    "pg_get_userbyid((SELECT datdba FROM pg_database WHERE datname = current_database())))"
)


class ServerSetupFailed(DomainError):
    code = "server_setup_failed"


class ServerNeedsOwner(DomainError):
    """The app's role found a register it may not create or upgrade."""

    code = "server_needs_owner"


class MoveNeedsOwner(ServerNeedsOwner):
    """A move into the server was tried as the app's role, not the owner."""

    code = "move_needs_owner"


def require_may_change_schema(db: Any, found: int, known: int) -> None:
    """Refuse, in words the branch can act on, to create or upgrade a server register
    this PC's role does not own; the owner's command does it (``set_up``)."""
    may, user, owner = db.execute_sql(MAY_CHANGE_SCHEMA_SQL).fetchone()
    if may:
        return
    command = SETUP_COMMAND.format(command=command_line(), owner=owner)
    if found == 0:
        raise ServerNeedsOwner(
            QT_TRANSLATE_NOOP(
                "domain",
                "The branch server has no register yet, and this PC's user {user} may not "
                "create one (on purpose: it may not change the register's tables). Whoever "
                "holds the password of the server's owner role {owner} creates it, on any PC "
                "with Complaint Book: {command}",
            ),
            user=user,
            owner=owner,
            command=command,
        )
    raise ServerNeedsOwner(
        QT_TRANSLATE_NOOP(
            "domain",
            "The register on the branch server was made by an earlier version of Complaint "
            "Book (schema {found}; this version needs {known}) and must be upgraded first. "
            "This PC's user {user} may not do that (on purpose: it may not change the "
            "register's tables), so nothing was changed. Whoever holds the password of the "
            "server's owner role {owner} upgrades it, on any PC with this version: {command}",
        ),
        found=found,
        known=known,
        user=user,
        owner=owner,
        command=command,
    )


def require_owner_to_move(db: Any, dbname: str) -> None:
    """A move into the server (``models.maintenance.move``) replaces what the register's creation
    wrote, lifting the audit trail's guards for that one transaction: the owner's work."""
    may, user, owner = db.execute_sql(MAY_CHANGE_SCHEMA_SQL).fetchone()
    if may:
        return
    raise MoveNeedsOwner(
        QT_TRANSLATE_NOOP(
            "domain",
            "Moving a register into the branch server replaces what the server register's "
            "creation wrote, with the audit trail's guards lifted for that moment: only the "
            "server's owner role {owner} may do that, not this PC's user {user}. Nothing was "
            "moved. On the server PC, whoever holds the owner's password sets PGPASSWORD to "
            "it and runs, signing in as a manager: {command} move-to-server "
            "postgresql://{owner}@localhost/{dbname} --user NAME",
        ),
        command=command_line(),
        owner=owner,
        user=user,
        dbname=dbname,
    )
