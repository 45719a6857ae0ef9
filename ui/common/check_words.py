"""The audit check's findings in the reader's language, for the window's banner.

The check (``models.maintenance.integrity``) reports in English sentences: the command line's report,
and the words an inspector or support reads. The banner names the kind of finding in
the reader's language and quotes only what is the same in every language (a register
number, a record's table and number, a field's name); the English sentence stays in the
banner's tooltip and in the command ``check``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (pattern in the English finding, what the banner says) in the order they are tried.
KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), str(text))  # QT_TRANSLATE_NOOP gives back its text, typed object
    for pattern, text in (
        (
            r"^SQLite integrity check",
            QT_TRANSLATE_NOOP("check_words", "the register file is damaged"),
        ),
        (
            r"^Audit chain broken|^Audit .* was altered",
            QT_TRANSLATE_NOOP("check_words", "the audit trail was altered behind the app"),
        ),
        (
            r"no audit history: added behind the app",
            QT_TRANSLATE_NOOP("check_words", "a record was added behind the app"),
        ),
        (
            r"missing: deleted behind the app",
            QT_TRANSLATE_NOOP("check_words", "a record was deleted behind the app"),
        ),
        (
            r"changed behind the app\)",
            QT_TRANSLATE_NOOP("check_words", "a record was changed behind the app"),
        ),
        (
            r"^Register numbers missing|^Numbering counter|^The register gave",
            QT_TRANSLATE_NOOP(
                "check_words",
                "register numbers do not add up: complaints were removed behind the app",
            ),
        ),
        (
            r"signing key",
            QT_TRANSLATE_NOOP("check_words", "a signing key was added behind the app"),
        ),
        (
            r"signature|is signed with|is not signed",
            QT_TRANSLATE_NOOP("check_words", "an audit entry's signature does not hold"),
        ),
        (
            r"[Ss]ign-off",
            QT_TRANSLATE_NOOP("check_words", "an opinion-book sign-off's seal does not hold"),
        ),
        (
            r"proves a change behind the app",
            QT_TRANSLATE_NOOP("check_words", "a backup shows the register was changed since"),
        ),
        (
            r"claims to come from an upgrade",
            QT_TRANSLATE_NOOP("check_words", "an audit entry claims an upgrade no one sealed"),
        ),
    )
)
_REGISTER_NO = re.compile(r"(?:that is complaint|timeline of) (\S+?)(?:[;,.]|$)")
_RECORD = re.compile(r"\b([a-z_]+ #\d+)(?: field ([a-z_]+))?")


def _tr(text: str) -> str:
    return QCoreApplication.translate("check_words", text)


def kind_of(problem: str) -> str:
    """What kind of finding ``problem`` is, in the reader's language."""
    for pattern, text in KINDS:
        if pattern.search(problem):
            return _tr(text)
    return _tr(str(QT_TRANSLATE_NOOP("check_words", "a problem the command check describes")))


def where(problem: str) -> str:
    """What the finding is about, in words every language shares ("" if nothing)."""
    number = _REGISTER_NO.search(problem)
    record = _RECORD.search(problem)
    parts = []
    if number:
        parts.append(number.group(1))
    if record:
        parts.append(record.group(1) + (f" · {record.group(2)}" if record.group(2) else ""))
    return " · ".join(parts)


def headline(problem: str) -> str:
    """The finding for the banner: its kind and, if any, what it is about."""
    about = where(problem)
    return f"{kind_of(problem)} ({about})" if about else kind_of(problem)
