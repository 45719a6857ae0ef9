"""The English names of coded values, marked for the translation catalogues.

Context "vocab", disambiguated by ``group.code`` (a channel "In person" and a contact
made "In person" read differently in Chinese); ``models.core.vocab`` looks them up.
"""

from __future__ import annotations

from models.core.errors import QT_TRANSLATE_NOOP

NAMES: dict[str, dict[str, str]] = {
    "channel": {
        "in_person": QT_TRANSLATE_NOOP("vocab", "In person", "channel.in_person"),
        "phone": QT_TRANSLATE_NOOP("vocab", "Phone", "channel.phone"),
        "letter": QT_TRANSLATE_NOOP("vocab", "Letter", "channel.letter"),
        "email": QT_TRANSLATE_NOOP("vocab", "E-mail or online", "channel.email"),
        "opinion_book": QT_TRANSLATE_NOOP("vocab", "Opinion book", "channel.opinion_book"),
        "suggestion_box": QT_TRANSLATE_NOOP("vocab", "Suggestion box", "channel.suggestion_box"),
        "referral": QT_TRANSLATE_NOOP(
            "vocab", "Referred by regulator or head office", "channel.referral"
        ),
        "other": QT_TRANSLATE_NOOP("vocab", "Other", "channel.other"),
    },
    "scope": {
        "point": QT_TRANSLATE_NOOP("vocab", "Point (single customer)", "scope.point"),
        "line": QT_TRANSLATE_NOOP("vocab", "Line (group of customers)", "scope.line"),
        "plane": QT_TRANSLATE_NOOP("vocab", "Plane (brand or whole service)", "scope.plane"),
    },
    "scope_help": {
        "point": QT_TRANSLATE_NOOP(
            "vocab",
            "One customer has one problem; solve it for them, then check whether anyone else could be affected.",
            "scope_help.point",
        ),
        "line": QT_TRANSLATE_NOOP(
            "vocab",
            "A product range or service causes the same problem for a group of customers, so the fix must reach all of them.",
            "scope_help.line",
        ),
        "plane": QT_TRANSLATE_NOOP(
            "vocab",
            "The brand or the whole service fails on a large scale, often with media or public attention; escalate to senior management at once.",
            "scope_help.plane",
        ),
    },
    "severity": {
        "low": QT_TRANSLATE_NOOP("vocab", "Low", "severity.low"),
        "medium": QT_TRANSLATE_NOOP("vocab", "Medium", "severity.medium"),
        "high": QT_TRANSLATE_NOOP("vocab", "High", "severity.high"),
        "critical": QT_TRANSLATE_NOOP("vocab", "Critical", "severity.critical"),
    },
    "status": {
        "received": QT_TRANSLATE_NOOP("vocab", "Received", "status.received"),
        "acknowledged": QT_TRANSLATE_NOOP("vocab", "Acknowledged", "status.acknowledged"),
        "investigating": QT_TRANSLATE_NOOP("vocab", "Investigating", "status.investigating"),
        "resolved": QT_TRANSLATE_NOOP("vocab", "Resolved", "status.resolved"),
        "closed": QT_TRANSLATE_NOOP("vocab", "Closed", "status.closed"),
        "void": QT_TRANSLATE_NOOP("vocab", "Void", "status.void"),
    },
    "outcome": {
        "upheld": QT_TRANSLATE_NOOP("vocab", "Upheld", "outcome.upheld"),
        "partly_upheld": QT_TRANSLATE_NOOP("vocab", "Partly upheld", "outcome.partly_upheld"),
        "not_upheld": QT_TRANSLATE_NOOP("vocab", "Not upheld", "outcome.not_upheld"),
    },
    "role": {
        "clerk": QT_TRANSLATE_NOOP("vocab", "Clerk", "role.clerk"),
        "manager": QT_TRANSLATE_NOOP("vocab", "Manager", "role.manager"),
    },
    "deadline_preset": {
        "china_banking": QT_TRANSLATE_NOOP(
            "vocab", "China banking (15 days)", "deadline_preset.china_banking"
        ),
        "vietnam_consumer": QT_TRANSLATE_NOOP(
            "vocab", "Vietnam consumer law (7 working days)", "deadline_preset.vietnam_consumer"
        ),
        "uk_fca": QT_TRANSLATE_NOOP(
            "vocab", "UK FCA (3 business days / 8 weeks)", "deadline_preset.uk_fca"
        ),
        "custom": QT_TRANSLATE_NOOP("vocab", "Custom", "deadline_preset.custom"),
    },
    "category_preset": {
        "retail": QT_TRANSLATE_NOOP("vocab", "Retail shop", "category_preset.retail"),
        "bank": QT_TRANSLATE_NOOP("vocab", "Bank branch", "category_preset.bank"),
    },
    "contact_method": {
        "phone": QT_TRANSLATE_NOOP("vocab", "Phone", "contact_method.phone"),
        "in_person": QT_TRANSLATE_NOOP("vocab", "In person", "contact_method.in_person"),
        "letter": QT_TRANSLATE_NOOP("vocab", "Letter", "contact_method.letter"),
        "email": QT_TRANSLATE_NOOP("vocab", "E-mail", "contact_method.email"),
        "sms": QT_TRANSLATE_NOOP("vocab", "Text message", "contact_method.sms"),
    },
    "contact_result": {
        "reached": QT_TRANSLATE_NOOP("vocab", "Reached", "contact_result.reached"),
        "no_answer": QT_TRANSLATE_NOOP("vocab", "No answer", "contact_result.no_answer"),
        "left_message": QT_TRANSLATE_NOOP("vocab", "Left a message", "contact_result.left_message"),
        "wrong_number": QT_TRANSLATE_NOOP("vocab", "Wrong number", "contact_result.wrong_number"),
    },
}
