"""Import complaints from a CSV, e.g. a branch moving from an Excel register.

All or nothing: every row is checked, every bad row is reported with its line
number and reason, and nothing is saved unless all rows are good. The file may be
UTF-8 (with or without BOM), or what Excel writes for the branch's language on Windows:
GB18030, Big5, Shift-JIS, Windows-1252 or Windows-1258 (Vietnamese), told apart by
``models.core.encodings``; a file in none of them, or too short to tell which, is refused
rather than stored garbled.

Rows are checked one by one, then saved together by the bulk loader (``executemany``
in batches, one audit event per batch), so a register of years goes in in minutes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import peewee as pw

from models.core import categories, vocab
from models.core.actors import Actor
from models.core.encodings import AmbiguousEncoding, read_text
from models.core.errors import QT_TRANSLATE_NOOP, DomainError, ValidationError, ValidationErrors
from models.core.formulas import restore
from models.core.text import LIMITS, TOO_LONG
from models.people.branch import get_branch
from models.register import batch_complaints, numbering
from models.register.complaints import ComplaintForm, due_dates, validate_form
from models.register.lifecycle import parse_amount
from models.register.records import COLUMNS, IMPORT_REQUIRED
from models.search import index as search
from models.storage import bulk
from models.storage.audit import as_actor
from models.storage.db import (
    DatabaseBusy,
    DiskError,
    DiskFull,
    ReadOnlyDatabase,
    analyse,
    database,
    translate_error,
)
from models.storage.schema import Complaint, RegisterCounter, Staff, now

TRUE = {"true", "yes", "y", "1", "是", "有", "có", "x"}
FALSE = {"false", "no", "n", "0", "否", "无", "無", "không", ""}


EMPTY = QT_TRANSLATE_NOOP("domain", "{column} is empty.")
COLUMN_TOO_LONG = QT_TRANSLATE_NOOP(
    "domain", "{column} is {length:,} characters long; the limit is {limit:,}."
)
# Free-text columns saved as they are read (the form's own fields are checked by it).
EXTRA_TEXT = ("remedy", "root_cause", "corrective_action", "followup_comment", "void_reason")
UNKNOWN = QT_TRANSLATE_NOOP("domain", "{column}: {value} is unknown.")


class ImportFailed(DomainError):
    code = "import_failed"


@dataclass
class ImportReport:
    rows: int = 0
    imported: list[str] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    # The same problems as error objects, so each can be told in the user's language.
    problems: dict[int, list[ValidationError]] = field(default_factory=dict)
    ignored_columns: list[str] = field(default_factory=list)
    new_staff: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


ACCEPTED = "UTF-8 (with or without BOM), GB18030, Big5, Shift-JIS, Windows-1252, Windows-1258"


# How Excel writes a date in a CSV depends on the PC's regional settings, which follow
# the branch's country: year first in China and Taiwan (2026/11/3 14:30), day first in
# Vietnam, the UK, Hong Kong and most other places (03/11/2026, 3/11/2026 9:05), month
# first in the United States. An ISO date (2026-11-03T14:30) and any date written year
# first are read the same everywhere. Two numbers before the year are read in the
# country's order; where the country writes the year first they are read only when one
# of the two is above 12 (no other reading exists), else refused rather than guessed.
YEAR_FIRST = frozenset({"CN", "TW", "JP", "KR", "KP", "MN", "HU", "LT", "IR"})
MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW"})
# Day 25, so that the example itself says which number is the day.
EXAMPLES = {"ymd": "2026/3/25 14:30", "dmy": "25/03/2026 14:30", "mdy": "03/25/2026 14:30"}
_NUMERIC = re.compile(
    r"^(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})"
    r"(?:[ T]+(?P<pre>AM|PM|SA|CH|上午|下午)?\s*(?P<h>\d{1,2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2})(?:\.\d+)?)?\s*(?P<post>AM|PM|SA|CH|上午|下午)?)?$",
    re.IGNORECASE,
)
_AFTERNOON = {"pm", "ch", "下午"}  # CH (chiều) is Vietnamese Excel's PM, SA (sáng) its AM
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "domain",
    "{column}: {value} is not a date and time. Write it as 2026-03-25 14:30, or as Excel "
    "writes dates for this branch: {example}.",
)
AMBIGUOUS_DATE = QT_TRANSLATE_NOOP(
    "domain",
    "{column}: {value} could be day/month or month/day. Dates here are written year first: "
    "write it as {example} or 2026-03-25 14:30.",
)
SHORT_YEAR = QT_TRANSLATE_NOOP(
    "domain", "{column}: {value} has a two-digit year; write the year in full, as in {example}."
)
SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
SCIENTIFIC_NUMBER = QT_TRANSLATE_NOOP(
    "domain",
    "{column}: {value} is a long number that Excel turned into scientific notation, and its "
    "last digits are lost. In Excel, format the column as Text (select the column, Format "
    "Cells, Text), type or paste the numbers again, and save the sheet as CSV again.",
)


def date_order(country: str) -> str:
    """How the branch's Excel writes a date with the year last: "dmy" or "mdy" ("ymd":
    the year comes first there, so such a date is not the country's own)."""
    country = (country or "").upper()
    if country in YEAR_FIRST:
        return "ymd"
    return "mdy" if country in MONTH_FIRST else "dmy"


def _datetime(value: str, column: str, order: str = "dmy") -> dt.datetime | None:
    """An ISO date-time, or a date as Excel writes it in a CSV for the branch's country."""
    value = " ".join(value.split())
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        parsed = _excel_datetime(value, column, order)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed.replace(microsecond=0)


def _excel_datetime(value: str, column: str, order: str) -> dt.datetime:
    example = EXAMPLES[order]
    match = _NUMERIC.match(value)
    if match is None:
        raise ValidationError(column, NOT_A_DATE, column=column, value=value, example=example)
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:
        candidates = [(int(a), int(b), int(c))]  # year first, read alike everywhere
    elif len(c) != 4 or len(a) > 2:
        raise ValidationError(column, SHORT_YEAR, column=column, value=value, example=example)
    elif order == "dmy":
        candidates = [(int(c), int(b), int(a))]
    elif order == "mdy":
        candidates = [(int(c), int(a), int(b))]
    else:
        readings = {(int(c), int(b), int(a)), (int(c), int(a), int(b))}
        candidates = [r for r in readings if _valid_date(*r)]
        if len(candidates) > 1:
            raise ValidationError(
                column, AMBIGUOUS_DATE, column=column, value=value, example=example
            )
    hour, minute, second = int(match["h"] or 0), int(match["mi"] or 0), int(match["s"] or 0)
    marker = (match["pre"] or match["post"] or "").casefold()
    if marker:
        if not 1 <= hour <= 12:
            candidates = []
        hour = hour % 12 + (12 if marker in _AFTERNOON else 0)
    for year, month, day in candidates:
        try:
            return dt.datetime(year, month, day, hour, minute, second)
        except ValueError:
            break
    raise ValidationError(column, NOT_A_DATE, column=column, value=value, example=example)


def _valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _date(value: str, column: str, order: str = "dmy") -> dt.date | None:
    moment = _datetime(value, column, order)
    return moment.date() if moment else None


def _number_text(value: str, column: str) -> str:
    """An ID or phone number as typed; refused when Excel wrote it as 1.10101E+17."""
    if SCIENTIFIC.match(value.strip()):
        raise ValidationError(column, SCIENTIFIC_NUMBER, column=column, value=value.strip())
    return value


def _bool(value: str, column: str) -> bool | None:
    text = value.strip().casefold()
    if text in TRUE:
        return True
    if text in FALSE:
        return False if text else None
    raise ValidationError(
        column,
        QT_TRANSLATE_NOOP("domain", "{column}: {value} is not yes or no."),
        column=column,
        value=value,
    )


def _code(group: str, value: str, column: str, required: bool = True) -> str:
    if not value.strip():
        if required:
            raise ValidationError(
                column, QT_TRANSLATE_NOOP("domain", "{column} is empty."), column=column
            )
        return ""
    code = vocab.resolve(group, value)
    if code is None:
        raise ValidationError(
            column,
            QT_TRANSLATE_NOOP("domain", "{column}: {value} is unknown; use one of {allowed}."),
            column=column,
            value=value,
            allowed=", ".join(vocab.codes(group)),
        )
    return code


class _Importer:
    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        branch = get_branch()
        self.code = branch.code
        self.tree = categories.load(branch.category_preset)
        self.order = date_order(branch.country)  # how the branch's Excel writes dates
        self.staff = {s.name.casefold(): s for s in Staff.select()}
        self.new_staff: list[str] = []
        self.seen_numbers: set[str] = set()
        self.taken_numbers: set[str] = set()  # numbers of the file already in the register
        self.moment = now()
        # The same few hundred days come up again and again: worked out once each.
        self.due_dates = lru_cache(maxsize=4096)(due_dates)

    def staff_id(self, name: str) -> int | None:
        name = " ".join(name.split())
        if not name:
            return None
        found = self.staff.get(name.casefold())
        if found is None:
            found = Staff.create(name=name, role="clerk")
            self.staff[name.casefold()] = found
            self.new_staff.append(name)
        return int(found.id)

    def row(self, line: int, row: dict[str, str]) -> tuple[dict[str, Any], str | None]:
        """The complaint's values as they will be saved, and its register number if the
        file gives one; every problem of the row at once (``ValidationErrors``)."""

        def get(key: str) -> str:
            return row.get(key) or ""

        problems: list[ValidationError] = []

        def attempt(fn: Any, *args: Any) -> Any:
            try:
                return fn(*args)
            except ValidationError as exc:
                problems.append(exc)
                return None

        category = ""
        if get("category").strip():
            category = self.tree.resolve(get("category")) or ""
            if not category:
                problems.append(
                    ValidationError("category", UNKNOWN, column="category", value=get("category"))
                )
        else:
            problems.append(ValidationError("category", EMPTY, column="category"))
        cause = ""
        if get("cause").strip():
            cause = self.tree.resolve_cause(get("cause")) or ""
            if not cause:
                problems.append(
                    ValidationError("cause", UNKNOWN, column="cause", value=get("cause"))
                )
        received = attempt(_datetime, get("received_at"), "received_at", self.order)
        if received is None and not any(p.field == "received_at" for p in problems):
            problems.append(ValidationError("received_at", EMPTY, column="received_at"))
        form = ComplaintForm(
            received_at=received,
            channel=attempt(_code, "channel", get("channel"), "channel") or "",
            customer_name=get("customer_name"),
            customer_phone=attempt(_number_text, get("customer_phone"), "customer_phone") or "",
            customer_id_no=attempt(_number_text, get("customer_id_no"), "customer_id_no") or "",
            vulnerable=bool(attempt(_bool, get("vulnerable"), "vulnerable")),
            vulnerable_note=get("vulnerable_note"),
            category=category,
            cause=cause,
            scope=attempt(_code, "scope", get("scope"), "scope") or "",
            severity=attempt(_code, "severity", get("severity"), "severity") or "",
            subject_staff_id=self.staff_id(get("subject_staff")),
            subject_text=get("subject_text"),
            summary=get("summary"),
            description=get("description"),
            desired_outcome=get("desired_outcome"),
            promised_at=attempt(_datetime, get("promised_at"), "promised_at", self.order),
            handler_id=self.staff_id(get("handler")),
        )
        status = attempt(_code, "status", get("status"), "status", False) or "received"
        outcome = attempt(_code, "outcome", get("resolution"), "resolution", False) or ""
        closed_at = attempt(_datetime, get("closed_at"), "closed_at", self.order)
        register_no = get("register_no").strip() or None
        extra = {
            "remedy": get("remedy").strip(),
            "currency": get("currency").strip().upper(),
            "customer_accepted": attempt(_bool, get("customer_accepted"), "customer_accepted"),
            "resolved_at": attempt(_datetime, get("resolved_at"), "resolved_at", self.order),
            "root_cause": get("root_cause").strip(),
            "corrective_action": get("corrective_action").strip(),
            "followup_due": attempt(_date, get("followup_due"), "followup_due", self.order),
            "followup_done_at": attempt(
                _datetime, get("followup_done_at"), "followup_done_at", self.order
            ),
            "followup_comment": get("followup_comment").strip(),
            "followup_waived": bool(attempt(_bool, get("followup_waived"), "followup_waived")),
            "void_reason": get("void_reason").strip(),
            "compensation": attempt(parse_amount, get("compensation")),
        }
        for name in EXTRA_TEXT:
            if len(extra[name]) > LIMITS[name]:
                problems.append(
                    ValidationError(
                        name,
                        COLUMN_TOO_LONG,
                        column=name,
                        length=len(extra[name]),
                        limit=LIMITS[name],
                    )
                )
        if get("satisfaction").strip():
            try:
                extra["satisfaction"] = int(get("satisfaction"))
                if not 1 <= extra["satisfaction"] <= 5:
                    raise ValueError
            except ValueError:
                problems.append(
                    ValidationError(
                        "satisfaction", QT_TRANSLATE_NOOP("domain", "satisfaction must be 1 to 5.")
                    )
                )
        if get("extension_level").strip():
            try:
                extra["extension_level"] = int(get("extension_level"))
            except ValueError:
                problems.append(
                    ValidationError(
                        "extension_level",
                        QT_TRANSLATE_NOOP("domain", "extension_level must be a number."),
                    )
                )
        try:
            values = validate_form(
                form, staff_ids={s.id for s in self.staff.values()}, tree=self.tree
            )
        except (ValidationErrors, ValidationError) as exc:
            known = {p.field for p in problems}
            found = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            problems.extend(
                ValidationError(e.field, COLUMN_TOO_LONG, column=e.field, **e.params)
                if e.template == TOO_LONG
                else e
                for e in found
                if e.field not in known
            )
            values = {}
        if register_no:
            parsed = numbering.parse(register_no)
            if parsed is None:
                problems.append(
                    ValidationError(
                        "register_no",
                        QT_TRANSLATE_NOOP(
                            "domain", "Register number {value} is not CODE-YYYYMM-NNNN."
                        ),
                        value=register_no,
                    )
                )
            elif parsed[0].upper() != (self.code or "").upper():
                problems.append(
                    ValidationError(
                        "register_no",
                        QT_TRANSLATE_NOOP(
                            "domain",
                            "Register number {value} belongs to branch {code}; this register is "
                            "branch {own}'s. Leave register_no empty to number the row here.",
                        ),
                        value=register_no,
                        code=parsed[0],
                        own=self.code,
                    )
                )
            elif received and parsed[1] != received.strftime("%Y%m"):
                problems.append(
                    ValidationError(
                        "register_no",
                        QT_TRANSLATE_NOOP(
                            "domain", "Register number {value} is not in the month it was received."
                        ),
                        value=register_no,
                    )
                )
            elif register_no in self.seen_numbers or register_no in self.taken_numbers:
                problems.append(
                    ValidationError(
                        "register_no",
                        QT_TRANSLATE_NOOP(
                            "domain", "Register number {value} is already in the register."
                        ),
                        value=register_no,
                    )
                )
            self.seen_numbers.add(register_no)
        if status == "closed" and closed_at is None:
            problems.append(
                ValidationError(
                    "closed_at", QT_TRANSLATE_NOOP("domain", "A closed complaint needs closed_at.")
                )
            )
        if status == "void" and not extra["void_reason"]:
            problems.append(
                ValidationError(
                    "void_reason", QT_TRANSLATE_NOOP("domain", "A void entry needs void_reason.")
                )
            )
        if status in ("resolved", "closed") and not outcome:
            problems.append(
                ValidationError(
                    "resolution",
                    QT_TRANSLATE_NOOP(
                        "domain", "A resolved or closed complaint needs a resolution."
                    ),
                )
            )
        if problems:
            raise ValidationErrors(problems)
        due = self.due_dates(values["received_at"].date(), extra.get("extension_level") or 0)
        values.update(status=status, outcome=outcome, closed_at=closed_at)
        values.update({k: v for k, v in extra.items() if v not in (None, "")})
        values.update(due_date=due.due, first_due=due.first, created_at=self.moment)
        values["updated_at"] = self.moment
        return values, register_no

    def save(self, checked: list[tuple[int, dict[str, Any], str | None]]) -> list[str]:
        """Number the checked rows (a given number is kept; the others continue each
        month's count in order of receipt) and save them all; their register numbers."""
        code = get_branch().code
        last: dict[tuple[str, str], int] = {}

        def taken(branch_code: str, month: str) -> int:
            if (branch_code, month) not in last:
                found = (
                    RegisterCounter.select(RegisterCounter.last_no)
                    .where(
                        (RegisterCounter.branch_code == branch_code)
                        & (RegisterCounter.month == month)
                    )
                    .scalar()
                )
                last[branch_code, month] = int(found or 0)
            return last[branch_code, month]

        records = []
        for _line, values, register_no in checked:
            if register_no:
                number_code, month, seq = numbering.parse(register_no)  # type: ignore[misc]
                last[number_code, month] = max(taken(number_code, month), seq)
            else:
                month = values["received_at"].strftime("%Y%m")
                seq = taken(code, month) + 1
                last[code, month] = seq
                register_no = numbering.format_no(code, month, seq)
            records.append(values | {"register_no": register_no, "month": month, "seq": seq})
        for start in range(0, len(records), bulk.BATCH):
            batch = records[start : start + bulk.BATCH]
            ids = batch_complaints.insert_complaints(self.actor, batch)
            lines = checked[start : start + bulk.BATCH]
            batch_complaints.add_timeline(
                self.actor,
                [
                    (cid, "imported", f"line {line[0]}")
                    for cid, line in zip(ids, lines, strict=True)
                ],
            )
        return [r["register_no"] for r in records]


@as_actor
def import_csv(actor: Actor, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Check every row; save all of them only if none is bad (and not ``dry_run``)."""
    actor.require_manager(QT_TRANSLATE_NOOP("domain", "Only a manager may import complaints."))
    try:
        text = read_text(path.read_bytes())
    except OSError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("domain", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    except AmbiguousEncoding as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "{file} may be in {likely}: each reads it as different text and it holds "
                "too little to tell which is right, so nothing was imported rather than "
                'guessed. In Excel, save it again as "CSV UTF-8 (Comma delimited)" (File, '
                "Save As, Save as type) and import that file.",
            ),
            file=path.name,
            likely=" or ".join(exc.candidates),
        ) from exc
    except UnicodeError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "{file} is not text in an encoding Complaint Book reads ({accepted}), so nothing "
                'was imported. In Excel, save it again as "CSV UTF-8 (Comma delimited)".',
            ),
            file=path.name,
            accepted=ACCEPTED,
        ) from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in IMPORT_REQUIRED if c not in header]
    if missing:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "{file} lacks the column(s) {missing}; the first line must name the columns as "
                "the README lists them.",
            ),
            file=path.name,
            missing=", ".join(missing),
        )
    report = ImportReport(dry_run=dry_run, ignored_columns=[h for h in header if h not in COLUMNS])
    rows: list[tuple[int, dict[str, str]]] = []
    start = 2
    try:
        for row in reader:
            if any((v or "").strip() for v in row.values() if isinstance(v, str)):
                # The export quotes text a spreadsheet would run as a formula: take it off.
                rows.append(
                    (start, {k: restore(v) if isinstance(v, str) else v for k, v in row.items()})
                )
            start = reader.line_num + 1
    except csv.Error as exc:  # a field over the csv module's 131,072 characters, or worse
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "domain",
                "{file}, line {line}: a field is far too long or not closed by its quote mark "
                "(no field of the register holds more than {limit:,} characters). Nothing was "
                "imported.",
            ),
            file=path.name,
            line=start,  # where the row began
            limit=max(LIMITS.values()),
        ) from exc
    # Numbers are handed out in order of receipt, as they would have been on paper: by the
    # time received, read as the row will be (03/11/2026 is not sorted as text).
    order = date_order(get_branch().country)

    def received(row: dict[str, str]) -> dt.datetime:
        try:
            return _datetime(row.get("received_at") or "", "received_at", order) or dt.datetime.max
        except ValidationError:
            return dt.datetime.max  # reported with its line when the row is checked

    rows.sort(
        key=lambda item: (
            bool((item[1].get("register_no") or "").strip()) is False,
            received(item[1]),
        )
    )
    report.rows = len(rows)
    try:
        _check_and_save(actor, rows, report, dry_run)
    except (pw.DatabaseError, sqlite3.Error, OSError) as exc:
        raise _not_imported(exc) from exc
    report.errors.sort()
    return report


def _check_and_save(
    actor: Actor, rows: list[tuple[int, dict[str, str]]], report: ImportReport, dry_run: bool
) -> None:
    """Check every row and save them all in one transaction, or none."""
    with database.atomic() as txn:
        importer = _Importer(actor)
        given = sorted({(r.get("register_no") or "").strip() for _, r in rows} - {""})
        for start in range(0, len(given), 500):
            chunk = given[start : start + 500]
            found = Complaint.select(Complaint.register_no).where(Complaint.register_no.in_(chunk))
            importer.taken_numbers.update(c.register_no for c in found)
        checked = []
        for line, row in rows:
            try:
                checked.append((line, *importer.row(line, row)))
            except ValidationErrors as exc:
                report.errors.append((line, " ".join(e.message for e in exc.errors)))
                report.problems[line] = list(exc.errors)
            except ValidationError as exc:
                report.errors.append((line, exc.message))
                report.problems[line] = [exc]
        report.new_staff = importer.new_staff
        if not report.errors:
            report.imported = importer.save(checked)  # a dry run too: the numbers it would get
        if dry_run or report.errors:
            txn.rollback()
        elif len(report.imported) >= bulk.BATCH:
            search.settle_search_index(len(report.imported))
            analyse(database)  # the register's shape changed: the planner should know


def _not_imported(exc: BaseException) -> BaseException:
    """A database failure during an import, in words that say nothing was imported."""
    told = translate_error(exc)
    templates: dict[type[BaseException], str] = {
        DiskFull: QT_TRANSLATE_NOOP(
            "domain",
            "The disk that holds the register is full, so nothing was imported: the register "
            "is as it was. Free some space on that disk (or ask for help), then import again.",
        ),
        ReadOnlyDatabase: QT_TRANSLATE_NOOP(
            "domain",
            "The register cannot be written on this PC (the file or its folder is read-only), "
            "so nothing was imported.",
        ),
        DatabaseBusy: QT_TRANSLATE_NOOP(
            "domain",
            "The register is busy: another program is writing to it. Nothing was imported; "
            "import again in a moment.",
        ),
        DiskError: QT_TRANSLATE_NOOP(
            "domain",
            "The disk that holds the register reported an error, so nothing was imported. "
            "Check that the disk or USB drive is connected, then import again.",
        ),
    }
    template = templates.get(type(told))
    return ImportFailed(template) if template else told
