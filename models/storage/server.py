"""The branch server as a counter PC sees it: its address, and whether it can be used.

``probe`` connects with psycopg directly (not through the app's database), reads only,
and says in plain words what it found, so Settings and the command line can check a
server before a PC is pointed at it. The password never appears in what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlparse

from models.core.actors import Actor
from models.core.command_name import command_line
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from models.storage.db import CONNECT_TIMEOUT_S, display_url
from models.storage.schema_version import SCHEMA_VERSION
from models.storage.server_rights import MAY_CHANGE_SCHEMA_SQL

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    host: str = ""
    port: int = DEFAULT_PORT
    dbname: str = ""
    user: str = ""
    password: str = ""


def check_may_choose(actor: Actor) -> None:
    """Which database a counter PC works on is a manager's choice."""
    actor.require_manager(
        QT_TRANSLATE_NOOP("domain", "Only a manager may choose where this PC keeps the register.")
    )


def build_url(address: ServerAddress) -> str:
    """``postgresql://user:password@host:port/dbname``, every part percent-encoded."""
    host, dbname, user = address.host.strip(), address.dbname.strip(), address.user.strip()
    missing = [
        ValidationError(field, template)
        for field, value, template in (
            (
                "host",
                host,
                QT_TRANSLATE_NOOP("domain", "Type the name or address of the branch server."),
            ),
            ("dbname", dbname, QT_TRANSLATE_NOOP("domain", "Type the name of the database.")),
            ("user", user, QT_TRANSLATE_NOOP("domain", "Type the user name.")),
        )
        if not value
    ]
    if missing:
        raise ValidationErrors(missing)
    if not 1 <= address.port <= 65535:
        raise ValidationError(
            "port", QT_TRANSLATE_NOOP("domain", "The port is a number from 1 to 65535.")
        )
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    login = quote(user, safe="")
    if address.password:
        login += ":" + quote(address.password, safe="")
    return f"postgresql://{login}@{host}:{address.port}/{quote(dbname, safe='')}"


def parse_url(url: str) -> ServerAddress | None:
    """The parts of a ``postgresql://`` URL, or None for anything else (the local file)."""
    parsed = urlparse(url.strip())
    if parsed.scheme not in ("postgresql", "postgres"):
        return None
    try:
        port = parsed.port or DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    return ServerAddress(
        host=parsed.hostname or "",
        port=port,
        dbname=unquote(parsed.path.lstrip("/")),
        user=unquote(parsed.username or ""),
        password=unquote(parsed.password or ""),
    )


# Problems a manager can act on, recognised in libpq's (English) words.
_PROBLEMS = (
    ("refused", ("connection refused",)),
    ("timeout", ("timeout expired", "timed out")),
    ("unknown_host", ("failed to resolve host", "could not translate host name", "unknown host")),
    ("login", ("password authentication failed", "no password supplied", 'role "')),
    ("no_database", ("does not exist",)),
    ("not_allowed", ("no pg_hba.conf entry",)),
    ("unreachable", ("no route to host", "network is unreachable", "host is unreachable")),
)

_MESSAGES = {
    "refused": QT_TRANSLATE_NOOP(
        "domain",
        "Could not reach the branch server {where}: nothing answered on port {port}. Check that "
        "PostgreSQL is running on that PC, that the port is right, and that its firewall lets "
        "port {port} in.",
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "domain",
        "Could not reach the branch server {where}: no answer within {seconds} seconds. Check the "
        "name or address, that the PC is switched on and on the network, and its firewall.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "domain",
        "Could not reach the branch server {where}: this PC has no way to it on the network. "
        "Check the network cable and the address.",
    ),
    "unknown_host": QT_TRANSLATE_NOOP(
        "domain",
        "No PC called {host} was found on the network. Check the name, or type its IP address "
        "(such as 192.168.1.10).",
    ),
    "login": QT_TRANSLATE_NOOP(
        "domain",
        "The branch server {where} refused user name {user} with this password. Check the "
        "password, and look for a wrong user or database name (a typo in either is refused "
        "the same way).",
    ),
    "no_database": QT_TRANSLATE_NOOP(
        "domain",
        "The branch server {where} has no database called {dbname}. Check the name (the README "
        "shows how to create it).",
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "domain",
        "The branch server {where} does not let this PC in as user {user} to database "
        "{dbname}. Look first for a wrong user or database name; if both are right, allow "
        "the branch network in its pg_hba.conf (the README shows how).",
    ),
    "other": QT_TRANSLATE_NOOP("domain", "Could not use the branch server {where}: {detail}"),
}


@dataclass(frozen=True)
class ProbeResult:
    """What a connection test found. ``problem`` is empty when the server was reached."""

    url: str  # without the password
    address: ServerAddress
    problem: str = ""
    detail: str = ""  # the driver's own words, password removed
    server_version: str = ""
    schema_version: int | None = None  # None: the register's tables are not there yet
    can_create: bool = False
    newest_schema: int = 0
    may_upgrade: bool = True  # the user owns the register (models.maintenance.server_roles)
    owner: str = ""  # the register's owner role (or the database's, before it is made)
    empty: bool = False  # the register's tables are there but nobody has set up a branch

    @property
    def reached(self) -> bool:
        return not self.problem

    @property
    def has_register(self) -> bool:
        return self.schema_version is not None

    @property
    def template(self) -> str:
        """The finding as one sentence to translate (``QT_TRANSLATE_NOOP("domain", ...)``)."""
        if self.problem:
            return _MESSAGES[self.problem]
        if self.schema_version is None and self.can_create:
            return QT_TRANSLATE_NOOP(
                "domain",
                "Reached the branch server {where} (PostgreSQL {version}). The register is not "
                "there yet: the first PC that uses this server creates it.",
            )
        if self.schema_version is None:
            return QT_TRANSLATE_NOOP(
                "domain",
                "Reached the branch server {where} (PostgreSQL {version}). The register is not "
                "there yet; whoever holds the password of the owner role {owner} creates it "
                "(user {user} may not): {command}",
            )
        if self.schema_version > self.newest_schema:
            return QT_TRANSLATE_NOOP(
                "domain",
                "Reached the branch server {where} (PostgreSQL {version}). Its register was written "
                "by a newer version of Complaint Book: update Complaint Book on this PC first.",
            )
        if self.schema_version < self.newest_schema and not self.may_upgrade:
            return QT_TRANSLATE_NOOP(
                "domain",
                "Reached the branch server {where} (PostgreSQL {version}). Its register must "
                "first be upgraded to this version, by whoever holds the password of the owner "
                "role {owner} (user {user} may not): {command}",
            )
        if self.may_upgrade:  # a server set up before there were two roles
            return QT_TRANSLATE_NOOP(
                "domain",
                "Reached the branch server {where} (PostgreSQL {version}). The register is "
                "already there: this PC will share it. But user {user} owns it, so anyone with "
                "its password could switch off the guards of its audit trail: give the register "
                "to an owner role (README: Upgrading an existing server).",
            )
        if self.empty:
            return QT_TRANSLATE_NOOP(
                "domain",
                "Reached the branch server {where} (PostgreSQL {version}). Its register is "
                "there but empty: no branch is set up on it yet. Move a PC's register into it "
                "(Settings > Move this PC's register to this server...), or set the branch up "
                "on it from the first PC that joins.",
            )
        return QT_TRANSLATE_NOOP(
            "domain",
            "Reached the branch server {where} (PostgreSQL {version}). The register is already "
            "there: this PC will share it.",
        )

    @property
    def params(self) -> dict[str, Any]:
        a = self.address
        return {
            "where": f"{a.host}:{a.port}",
            "host": a.host,
            "port": a.port,
            "dbname": a.dbname,
            "user": a.user,
            "version": self.server_version,
            "seconds": CONNECT_TIMEOUT_S,
            "detail": self.detail,
            "owner": self.owner,
            "command": f"{command_line()} server-setup --owner {self.owner}",
        }

    @property
    def usable(self) -> bool:
        """This PC could work on the server now (the register is there or can be created)."""
        if not self.reached:
            return False
        if self.schema_version is None:
            return self.can_create
        if self.schema_version < self.newest_schema:
            return self.may_upgrade
        return self.schema_version <= self.newest_schema

    def __str__(self) -> str:
        return self.template.format(**self.params)


def _scrub(text: str, password: str) -> str:
    if password:
        for form in {password, quote(password, safe="")}:
            text = text.replace(form, "***")
    return " ".join(text.split())


def classify(text: str) -> str:
    lowered = text.lower()
    for problem, words in _PROBLEMS:
        if any(word in lowered for word in words):
            return problem
    return "other"


def probe(url: str) -> ProbeResult:
    """Connect to the server at ``url`` (within CONNECT_TIMEOUT_S) and look for the register.

    Reads only. Takes up to CONNECT_TIMEOUT_S seconds when nothing answers, so a window
    runs it in a worker thread.
    """
    import psycopg  # only this check needs the driver loaded

    address = parse_url(url)
    if address is None:
        raise ValidationError(
            "url",
            QT_TRANSLATE_NOOP("domain", "{url} is not a branch server address (postgresql://...)."),
            url=display_url(url),
        )
    shown = display_url(url)
    try:
        conn = psycopg.connect(
            url, connect_timeout=CONNECT_TIMEOUT_S, application_name="Complaint Book (test)"
        )
    except psycopg.Error as exc:
        detail = _scrub(str(exc), address.password)
        return ProbeResult(shown, address, problem=classify(detail), detail=detail)
    try:
        with conn:
            version = str(conn.execute("SHOW server_version").fetchone()[0]).split(" ")[0]  # type: ignore[index]
            has_meta = conn.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0]  # type: ignore[index]
            schema: int | None = None
            if has_meta:
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
                schema = int(row[0]) if row else None
            may_change, _user, owner = conn.execute(MAY_CHANGE_SCHEMA_SQL).fetchone()  # type: ignore[misc]
            empty = bool(
                has_meta
                and conn.execute("SELECT to_regclass('staff') IS NOT NULL").fetchone()[0]  # type: ignore[index]
                and not conn.execute("SELECT EXISTS (SELECT 1 FROM staff)").fetchone()[0]  # type: ignore[index]
            )
    except (psycopg.Error, ValueError) as exc:
        detail = _scrub(str(exc), address.password)
        return ProbeResult(shown, address, problem=classify(detail), detail=detail)
    return ProbeResult(
        shown,
        address,
        server_version=version,
        schema_version=schema,
        can_create=bool(may_change),
        newest_schema=SCHEMA_VERSION,
        may_upgrade=bool(may_change),
        owner=str(owner or ""),
        empty=empty,
    )
