"""Who is at the keyboard: the command line signs in like the app does.

Anyone at a shared counter PC can open a terminal, so a command that reads personal
data or changes anything names its user (``--user NAME``) and asks for the password or
PIN: hidden at a terminal, one line of standard input otherwise (a scheduled task pipes
it in). A secret is never taken from an argument, where the process list and the shell
history would show it. Sign-in goes through the domain, so lockout, roles and the audit
trail are the app's own.
"""

from __future__ import annotations

import getpass
import sys

from models.core.actors import Actor
from models.core.errors import QT_TRANSLATE_NOOP, ValidationError
from models.trust import auth


def read_secret(prompt: str) -> str:
    """A password or PIN: hidden when typed at a terminal, else the next line of stdin."""
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        return getpass.getpass(prompt)
    line = stdin.readline() if stdin is not None else ""
    return line.rstrip("\r\n")


def sign_in(username: str) -> Actor:
    """The signed-in person, or the domain's SignInFailed / AccountLocked."""
    secret = read_secret(f"Password or PIN for {username}: ")
    if not secret:  # nothing typed or piped: not a wrong attempt, so not counted as one
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP(
                "domain",
                "No password or PIN was given: type it when asked, or give it on standard input.",
            ),
        )
    return auth.sign_in(username, secret)


def new_password(username: str) -> str:
    """A new password, typed twice at a terminal (once on standard input)."""
    first = read_secret(f"New password for {username}: ")
    if sys.stdin is not None and sys.stdin.isatty():
        again = read_secret("The same password again: ")
        if again != first:
            raise ValidationError(
                "password",
                QT_TRANSLATE_NOOP("domain", "The two passwords differ; type them again."),
            )
    return first
