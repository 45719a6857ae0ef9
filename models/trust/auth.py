"""Signing in on a shared counter PC: Argon2id hashes, optional PINs, lockout that survives a restart.

No password or PIN is ever stored or logged in clear. Five failures within fifteen
minutes lock the account for fifteen minutes, twice as long after each further lockout.
"""

from __future__ import annotations

import datetime as dt
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from models.core.actors import FIRST_START, Actor, actor_for
from models.core.errors import (
    QT_TRANSLATE_NOOP,
    DomainError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from models.people import staff_keys
from models.people.branch import add_staff, get_branch, update_branch
from models.storage.audit import acting, as_actor
from models.storage.db import atomic, is_read_only
from models.storage.schema import Staff, now
from models.trust import upgrade_seal

# OWASP's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MAX_FAILURES = 5
FAILURE_WINDOW = dt.timedelta(minutes=15)
LOCK_TIME = dt.timedelta(minutes=15)
MIN_PASSWORD = 8
USERNAME = re.compile(r"^[A-Za-z0-9._-]{2,40}$")


class SignInFailed(DomainError):
    code = "sign_in_failed"


class AccountLocked(DomainError):
    code = "account_locked"


def _staff(staff_id: int) -> Staff:
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise NotFound(QT_TRANSLATE_NOOP("domain", "No staff member #{id}."), id=staff_id)
    return staff


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password",
            QT_TRANSLATE_NOOP("domain", "A password needs at least {n} characters."),
            n=MIN_PASSWORD,
        )


def _check_pin(pin: str) -> None:
    if not re.fullmatch(r"\d{6}", pin):
        raise ValidationError("pin", QT_TRANSLATE_NOOP("domain", "A PIN is exactly six digits."))


def _may_manage(actor: Actor, staff: Staff) -> None:
    if actor.staff_id != staff.id and not actor.is_manager:
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("domain", "Only a manager may set another person's sign-in.")
        )


MANAGER_RESETS = QT_TRANSLATE_NOOP("domain", "Only a manager may reset an account.")


def _lift_lockout(staff: Staff) -> None:
    """No failed attempts counted, no lock, the next lockout as short as the first."""
    staff.failed_count, staff.first_failure_at = 0, None
    staff.locked_until, staff.lockouts = None, 0


@as_actor
def set_credentials(
    actor: Actor,
    staff_id: int,
    *,
    username: str | None = None,
    password: str | None = None,
    pin: str | None = None,
    unlock: bool = False,
) -> Staff:
    """Set a user name, password and/or PIN (a manager for anyone, anyone for themselves);
    ``unlock``: a manager also lifts a lockout, in the same change."""
    if unlock:
        actor.require_manager(MANAGER_RESETS)
    with atomic():
        staff = _staff(staff_id)
        _may_manage(actor, staff)
        if unlock:
            _lift_lockout(staff)
        if username is not None:
            username = username.strip()
            if not USERNAME.match(username):
                raise ValidationError(
                    "username",
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "A user name is 2-40 letters, digits, dots, dashes or underscores.",
                    ),
                )
            taken = Staff.get_or_none((Staff.username == username) & (Staff.id != staff.id))
            if taken is not None:
                raise ValidationError(
                    "username", QT_TRANSLATE_NOOP("domain", "That user name is already taken.")
                )
            staff.username = username
        if password is not None:
            _check_password(password)
            staff.password_hash = HASHER.hash(password)
        if pin is not None:
            if pin == "":
                staff.pin_hash = ""
                staff_keys.retire(staff.id, staff_keys.PIN)
            else:
                _check_pin(pin)
                if staff.role != "clerk" or not get_branch().allow_pin:
                    raise ValidationError(
                        "pin",
                        QT_TRANSLATE_NOOP(
                            "domain",
                            "PINs are allowed only for clerks, when a manager has switched them on.",
                        ),
                    )
                staff.pin_hash = HASHER.hash(pin)
        staff.save()
        holder = actor_for(staff)
        if password is not None:
            staff_keys.for_new_secret(actor, holder, staff_keys.PASSWORD, password)
        if pin:
            staff_keys.for_new_secret(actor, holder, staff_keys.PIN, pin)
    return staff


@as_actor
def reset_account(actor: Actor, staff_id: int, password: str) -> Staff:
    """A manager sets a new password and lifts any lockout."""
    actor.require_manager(MANAGER_RESETS)
    _check_password(password)
    with atomic():
        staff = _staff(staff_id)
        staff.password_hash = HASHER.hash(password)
        _lift_lockout(staff)
        staff.save()
        # The old key stays sealed under the forgotten password: a new one, vouched for
        # by the manager who reset it.
        staff_keys.issue(actor_for(staff), staff_keys.PASSWORD, password, actor.signer)
    return staff


LOCKED = QT_TRANSLATE_NOOP(
    "domain",
    "Too many wrong attempts: this account is locked for {minutes} more minute(s), or until a manager resets it.",
)
WRONG = QT_TRANSLATE_NOOP("domain", "Wrong user name or password.")


def sign_in(username: str, secret: str, moment: dt.datetime | None = None) -> Actor:
    """The signed-in person, or SignInFailed / AccountLocked; failures are counted durably."""
    moment = moment or now()
    if is_read_only():
        return _sign_in_reading(username, secret, moment)
    failure: DomainError | None = None
    with atomic():
        staff = Staff.get_or_none(Staff.username == username.strip())
        if staff is None or not staff.active or not (staff.password_hash or staff.pin_hash):
            raise SignInFailed(WRONG)
        if staff.locked_until is not None and staff.locked_until > moment:
            raise AccountLocked(LOCKED, minutes=_minutes_left(staff.locked_until, moment))
        matched_hash = _matching_hash(staff, secret)
        with _acting_as(staff):
            if matched_hash is None:
                if (
                    staff.first_failure_at is None
                    or moment - staff.first_failure_at > FAILURE_WINDOW
                ):
                    staff.first_failure_at, staff.failed_count = moment, 0
                staff.failed_count += 1
                if staff.failed_count >= MAX_FAILURES:
                    staff.locked_until = moment + LOCK_TIME * (2**staff.lockouts)
                    staff.lockouts += 1
                    staff.failed_count, staff.first_failure_at = 0, None
                    failure = AccountLocked(
                        LOCKED, minutes=_minutes_left(staff.locked_until, moment)
                    )
                else:
                    failure = SignInFailed(WRONG)
                staff.save()  # committed below, so a restart does not forget the failure
            else:
                kind = (
                    staff_keys.PASSWORD if matched_hash == staff.password_hash else staff_keys.PIN
                )
                rehash = HASHER.check_needs_rehash(matched_hash)
                if rehash and matched_hash == staff.password_hash:
                    staff.password_hash = HASHER.hash(secret)
                elif rehash:
                    staff.pin_hash = HASHER.hash(secret)
                if rehash or staff.failed_count or staff.lockouts or staff.locked_until:
                    (
                        staff.failed_count,
                        staff.first_failure_at,
                        staff.locked_until,
                        staff.lockouts,
                    ) = 0, None, None, 0
                    staff.save()
                # The person's signing key, opened for as long as they stay signed in.
                signer = staff_keys.open_key(staff.id, kind, secret)
                if signer is None:  # their first sign-in since the register had keys
                    signer = staff_keys.issue(actor_for(staff), kind, secret)
    if failure is not None:
        raise failure
    actor = actor_for(staff, signer)
    upgrade_seal.seal_after_upgrade(actor)
    return actor


def _sign_in_reading(username: str, secret: str, moment: dt.datetime) -> Actor:
    """Sign-in to a register that cannot be written here (a read-only file, folder or
    disk), to read and export it: the password is checked and a lockout holds as usual,
    but nothing is recorded, not a failed attempt either. Counting attempts would guard
    nothing there: whoever can read the file can try passwords against its hashes
    without the app."""
    staff = Staff.get_or_none(Staff.username == username.strip())
    if staff is None or not staff.active or not (staff.password_hash or staff.pin_hash):
        raise SignInFailed(WRONG)
    if staff.locked_until is not None and staff.locked_until > moment:
        raise AccountLocked(LOCKED, minutes=_minutes_left(staff.locked_until, moment))
    matched_hash = _matching_hash(staff, secret)
    if matched_hash is None:
        raise SignInFailed(WRONG)
    kind = staff_keys.PASSWORD if matched_hash == staff.password_hash else staff_keys.PIN
    return actor_for(staff, staff_keys.open_key(staff.id, kind, secret))


def _minutes_left(until: dt.datetime, moment: dt.datetime) -> int:
    return max(1, -(-int((until - moment).total_seconds()) // 60))


def _matching_hash(staff: Staff, secret: str) -> str | None:
    candidates = [staff.password_hash]
    if staff.pin_hash and staff.role == "clerk" and get_branch().allow_pin:
        candidates.append(staff.pin_hash)
    for stored in candidates:
        if not stored:
            continue
        try:
            HASHER.verify(stored, secret)
            return stored
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            continue
    return None


def _acting_as(staff: Staff):  # type: ignore[no-untyped-def]

    return acting(actor_for(staff))


def needs_setup() -> bool:
    """True only for a register that has never held a branch (not set up, nobody on the
    staff list): then, and only then, the first-start set-up may make its first manager.
    A register whose managers were all switched off, or whose file was emptied, is not
    handed to whoever sits at the PC."""
    return not get_branch().configured and not Staff.select().exists()


ALREADY_SET_UP = QT_TRANSLATE_NOOP(
    "domain", "This register already belongs to a branch; sign in as one of its managers."
)


def set_up(settings: dict[str, object], name: str, username: str, password: str) -> Actor:
    """The first start: the branch's settings and its first manager, in one transaction,
    on a register that has never held a branch (the wizard and the command line alike)."""
    founder = FIRST_START
    with atomic():
        if not needs_setup():
            raise PermissionDenied(ALREADY_SET_UP)
        update_branch(founder, **settings)
        staff = add_staff(founder, name, "manager")
        set_credentials(founder, staff.id, username=username, password=password)
    # Signed in as anyone else is: the branch's root key open, so what the founder does
    # next (the branch's replies, the first clerks' keys) is signed and vouched for.
    return sign_in(username, password)


def usernames() -> list[str]:
    """Who can sign in here, for the sign-in list."""
    query = Staff.select(Staff.username).where(
        (Staff.active == True) & Staff.username.is_null(False)
    )  # noqa: E712
    return [s.username for s in query.order_by(Staff.username) if s.username is not None]


def staff_username(staff_id: int) -> str:
    staff = Staff.get_or_none(Staff.id == staff_id)
    return (staff.username or "") if staff else ""
