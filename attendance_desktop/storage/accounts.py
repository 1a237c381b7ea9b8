"""Sign-in secrets of employees (password, PIN, badge, role) and the kiosk devices.

Passwords and PINs are argon2 hashes. The failure counters live in the database and an
attempt is counted before it is checked (see attempts.py), so the rate limit and the PIN
lock hold under parallel attempts, across every worker and host of the server.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar, Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, Select, bindparam, func, or_, select, update
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from ..core.clock import Clock, SystemClock
from ..core.employee_words import BAD_BADGE, BAD_PASSWORD, BAD_PIN
from ..core.errors import (
    MAX_PIN_FAILURES,
    EmployeeInactive,
    EmployeeNotFound,
    InvalidInput,
    NotAuthenticated,
    PinLocked,
    TooManyAttempts,
    UnknownBadge,
    WrongPin,
)
from . import attempts
from .driver import RowMap, runner_for
from .engine import storage_errors
from .schema import accounts, devices, employees

Role = Literal["employee", "admin"]
ROLES: tuple[str, ...] = ("employee", "admin")
DEVICE_TOKEN_PREFIX = "adk_"
SEEN_EVERY = timedelta(minutes=1)  # a device's last request is written at most this often
INACTIVE_SIGN_IN = (
    "This account has been deactivated, so it cannot sign in. An administrator can reactivate it."
)


@dataclass(frozen=True, slots=True)
class Account:
    employee_id: int
    role: str
    has_password: bool
    has_pin: bool
    badge: str | None
    pin_locked: bool


@dataclass(frozen=True, slots=True)
class SignedIn:
    employee_id: int
    role: str
    token_version: int  # carried in the token; see caller_is_current


@dataclass(frozen=True, slots=True)
class Device:
    id: int
    name: str
    revoked: bool
    created_at: datetime
    last_seen: datetime | None = None  # its last request (to the minute); None: never used


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# Read on every request (is the caller's token still good?): built once, with bound values.
_CALLER_NOW = (
    select(accounts.c.role, accounts.c.token_version, employees.c.active)
    .join(employees, employees.c.id == accounts.c.employee_id)
    .where(accounts.c.employee_id == bindparam("employee_id"))
)
_DEVICE_NOW = select(devices.c.revoked).where(devices.c.id == bindparam("device_id"))


class AccountStore:
    _hasher: ClassVar[PasswordHasher] = PasswordHasher()
    # Verified against when the email is unknown, so both cases take the same time.
    _dummy_hash: ClassVar[str | None] = None

    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self._engine = engine
        self._clock = clock or SystemClock()
        self._run = runner_for(engine.dialect)

    def _conn(self, write: bool = False) -> Connection:
        conn = self._engine.connect()
        return conn.execution_options(write=True) if write else conn

    # -- setting secrets --------------------------------------------------------------

    def checked_values(
        self,
        *,
        role: str | None = None,
        password: str | None = None,
        pin: str | None = None,
        badge: str | None = None,
    ) -> dict[str, object]:
        """The columns to store, or InvalidInput before anything is written."""
        values: dict[str, object] = {}
        if role is not None:
            if role not in ROLES:
                raise InvalidInput(f"The role must be one of: {', '.join(ROLES)}.")
            values["role"] = role
        if password is not None:
            if len(password) < 8 or len(password) > 256:
                raise InvalidInput(BAD_PASSWORD)
            values["password_hash"] = self._hasher.hash(password)
            values.update(failed_passwords=0, password_blocked_until=None)
        if pin is not None:
            if not pin.isdigit() or not 4 <= len(pin) <= 12:
                raise InvalidInput(BAD_PIN)
            values["pin_hash"] = self._hasher.hash(pin)
            values.update(failed_pins=0, pin_locked=False)
        if badge is not None and not badge:
            values["badge"] = None  # "" takes the badge away
        elif badge is not None:
            badge = badge.strip()
            if not badge or len(badge) > 128:
                raise InvalidInput(BAD_BADGE)
            values["badge"] = badge
        if badge:
            with storage_errors(), self._conn() as conn, conn.begin():
                if conn.execute(select(accounts.c.badge).where(accounts.c.badge == badge)).first():
                    raise InvalidInput("This badge already belongs to another employee.")
        return values

    def set_account(
        self,
        employee_id: int,
        *,
        role: str | None = None,
        password: str | None = None,
        pin: str | None = None,
        badge: str | None = None,
    ) -> Account:
        """Create or change an employee's account; only the given fields change."""
        values = self.checked_values(role=role, password=password, pin=pin, badge=badge)
        with storage_errors():
            try:
                with self._conn(write=True) as conn, conn.begin():
                    if (
                        conn.execute(
                            select(employees.c.id).where(employees.c.id == employee_id)
                        ).first()
                        is None
                    ):
                        raise EmployeeNotFound()
                    exists = conn.execute(
                        select(accounts.c.role).where(accounts.c.employee_id == employee_id)
                    ).first()
                    if exists is None:
                        conn.execute(accounts.insert().values(employee_id=employee_id, **values))
                    elif values:
                        if password is not None or (role is not None and role != exists.role):
                            # Every token issued before ends at its next request.
                            values["token_version"] = accounts.c.token_version + 1
                        conn.execute(
                            update(accounts)
                            .where(accounts.c.employee_id == employee_id)
                            .values(**values)
                        )
            except sa_exc.IntegrityError as exc:
                raise InvalidInput("This badge already belongs to another employee.") from exc
        return self.account(employee_id)

    def unlock_pin(self, employee_id: int) -> None:
        with storage_errors(), self._conn(write=True) as conn, conn.begin():
            conn.execute(
                update(accounts)
                .where(accounts.c.employee_id == employee_id)
                .values(failed_pins=0, pin_locked=False)
            )

    def account(self, employee_id: int) -> Account:
        with storage_errors(), self._conn() as conn, conn.begin():
            row = conn.execute(
                select(accounts).where(accounts.c.employee_id == employee_id)
            ).first()
        if row is None:
            return Account(employee_id, "employee", False, False, None, False)
        return Account(
            employee_id=employee_id,
            role=row.role,
            has_password=row.password_hash is not None,
            has_pin=row.pin_hash is not None,
            badge=row.badge,
            pin_locked=bool(row.pin_locked),
        )

    def accounts(self) -> dict[int, Account]:
        """Every account by employee id, in one read (the console's list of people)."""
        with storage_errors(), self._conn() as conn, conn.begin():
            rows = conn.execute(select(accounts)).all()
        return {
            int(r.employee_id): Account(
                int(r.employee_id),
                r.role,
                r.password_hash is not None,
                r.pin_hash is not None,
                r.badge,
                bool(r.pin_locked),
            )
            for r in rows
        }

    # -- checking secrets -------------------------------------------------------------

    def _verify(self, hashed: str | None, secret: str) -> bool:
        if hashed is None:
            if AccountStore._dummy_hash is None:
                AccountStore._dummy_hash = self._hasher.hash("not a real password")
            hashed = AccountStore._dummy_hash
            secret = secret + "\x00"  # never matches
        try:
            return self._hasher.verify(hashed, secret)
        except (VerificationError, InvalidHashError):
            return False

    def sign_in(self, email: str, password: str, address: str | None = None) -> SignedIn:
        """The employee with this email and password; wrong ones are rate-limited per
        account and per client `address`. The attempt is counted first (see attempts.py)."""
        wrong = NotAuthenticated("Wrong email or password.")
        now = self._clock.now()
        with storage_errors(), self._conn(write=True) as conn, conn.begin():
            if address:
                attempts.count_address(conn, address, now)
            row = conn.execute(
                select(employees.c.id, employees.c.active, accounts)
                .join(accounts, accounts.c.employee_id == employees.c.id)
                .where(func.lower(employees.c.email) == email.strip().lower())
                .with_for_update(of=accounts)
            ).first()
            if row is not None:
                if row.password_blocked_until is not None and row.password_blocked_until > now:
                    raise TooManyAttempts()  # rolls back: a refused try is not counted
                failures = attempts.next_count(row.failed_passwords)
                block = attempts.password_block(failures)
                conn.execute(
                    update(accounts)
                    .where(accounts.c.employee_id == row.id)
                    .values(
                        failed_passwords=failures,
                        password_blocked_until=now + block if block else None,
                    )
                )
        # Checked once counted and committed, with no lock held: argon2 takes a while.
        ok = self._verify(row.password_hash if row is not None else None, password)
        if row is None or not ok:
            raise wrong
        if not row.active:  # the right password: they may know they were deactivated
            raise EmployeeInactive(INACTIVE_SIGN_IN)
        with storage_errors(), self._conn(write=True) as conn, conn.begin():
            conn.execute(
                update(accounts)
                .where(accounts.c.employee_id == row.id)
                .values(failed_passwords=0, password_blocked_until=None)
            )
            if address:
                attempts.uncount_address(conn, address)
        return SignedIn(int(row.id), str(row.role), int(row.token_version))

    def employee_for_badge(self, badge: str) -> int:
        with storage_errors(), self._conn() as conn, conn.begin():
            found = conn.execute(
                select(accounts.c.employee_id)
                .join(employees, employees.c.id == accounts.c.employee_id)
                .where(accounts.c.badge == badge.strip(), employees.c.active)
            ).scalar_one_or_none()
        if found is None:  # a deactivated employee's badge is nobody's
            raise UnknownBadge()
        return int(found)

    def check_pin(self, employee_id: int, pin: str) -> None:
        """Raise WrongPin (or PinLocked after MAX_PIN_FAILURES) unless `pin` is right.

        The try is counted before the PIN is checked, so a parallel burst gets no more
        than MAX_PIN_FAILURES checks; the count that reaches the limit locks the PIN, and
        a right PIN among the tries in flight unlocks it again."""
        with storage_errors(), self._conn(write=True) as conn, conn.begin():
            row = conn.execute(
                select(accounts)
                .join(employees, employees.c.id == accounts.c.employee_id)
                .where(accounts.c.employee_id == employee_id, employees.c.active)
                .with_for_update(of=accounts)
            ).first()
            if row is not None:  # a deactivated employee is answered as an unknown one
                if row.pin_locked or row.failed_pins >= MAX_PIN_FAILURES:
                    raise PinLocked()
                failures = attempts.next_count(row.failed_pins)
                conn.execute(
                    update(accounts)
                    .where(accounts.c.employee_id == employee_id)
                    .values(failed_pins=failures, pin_locked=failures >= MAX_PIN_FAILURES)
                )
        if row is None:
            self._verify(None, pin)  # the same time as a known employee
            raise WrongPin()
        if self._verify(row.pin_hash, pin):
            with storage_errors(), self._conn(write=True) as conn, conn.begin():
                conn.execute(
                    update(accounts)
                    .where(accounts.c.employee_id == employee_id)
                    .values(failed_pins=0, pin_locked=False)
                )
            return
        if failures >= MAX_PIN_FAILURES:
            raise PinLocked()
        raise WrongPin()

    # -- whether a token still speaks for its account ----------------------------------

    def caller_is_current(self, employee_id: int, role: str, token_version: int) -> bool:
        """Whether a token issued with this role and version still holds: one read by
        primary key, made on every request. A deactivated employee's tokens end with it."""
        row = self._read_one(_CALLER_NOW, {"employee_id": employee_id})
        return (
            row is not None
            and bool(row["active"])
            and row["role"] == role
            and row["token_version"] == token_version
        )

    def device_is_active(self, device_id: int) -> bool:
        """Whether a kiosk device is registered and not revoked: one read by primary key."""
        row = self._read_one(_DEVICE_NOW, {"device_id": device_id})
        return row is not None and not row["revoked"]

    def _read_one(self, statement: Select[Any], params: dict[str, object]) -> RowMap | None:
        """One row by key, as cheaply as a punch reads (it runs on every request): a
        statement built once, on the driver's cursor on PostgreSQL, and no BEGIN/COMMIT
        of its own (the connection's implicit transaction ends with it)."""
        with storage_errors(), self._engine.connect() as conn:
            return self._run(conn, statement, params).first()

    def has_admin(self) -> bool:
        with storage_errors(), self._conn() as conn, conn.begin():
            found = conn.execute(select(accounts.c.employee_id).where(accounts.c.role == "admin"))
            return found.first() is not None

    def role(self, employee_id: int) -> str:
        with storage_errors(), self._conn() as conn, conn.begin():
            found = conn.execute(
                select(accounts.c.role).where(accounts.c.employee_id == employee_id)
            ).scalar_one_or_none()
        return str(found) if found else "employee"

    # -- kiosk devices ----------------------------------------------------------------

    def add_device(self, name: str) -> tuple[Device, str]:
        """Register a kiosk; returns it and its token (shown once, only its hash is kept)."""
        name = name.strip()
        if not name or len(name) > 255:
            raise InvalidInput("A device needs a name of 1 to 255 characters.")
        token = DEVICE_TOKEN_PREFIX + secrets.token_urlsafe(32)
        now = self._clock.now()
        with storage_errors(), self._conn(write=True) as conn, conn.begin():
            new_id = conn.execute(
                devices.insert().values(name=name, token_hash=_token_hash(token), created_at=now)
            ).inserted_primary_key
            assert new_id is not None
        return Device(int(new_id[0]), name, False, now), token

    def device_for_token(self, token: str) -> Device | None:
        with storage_errors(), self._conn() as conn, conn.begin():
            row = conn.execute(
                select(devices).where(devices.c.token_hash == _token_hash(token))
            ).first()
        if row is None or row.revoked:
            return None
        self._seen(int(row.id), row.last_seen)
        return Device(int(row.id), row.name, bool(row.revoked), row.created_at, row.last_seen)

    def _seen(self, device_id: int, last_seen: datetime | None) -> None:
        """Note the device's request, at most once a minute: a busy kiosk scans all day,
        and a write on each request would cost more than the request. The condition in
        the update keeps parallel requests to one write; a store too busy to take it
        only leaves the note for the next minute."""
        now = self._clock.now()
        if last_seen is not None and now - last_seen < SEEN_EVERY:
            return
        stale = or_(devices.c.last_seen.is_(None), devices.c.last_seen <= now - SEEN_EVERY)
        try:
            with self._conn(write=True) as conn, conn.begin():
                conn.execute(
                    update(devices).where(devices.c.id == device_id, stale).values(last_seen=now)
                )
        except sa_exc.DBAPIError:
            pass  # only a note: the request goes on, and its own reads report a real fault

    def devices(self) -> list[Device]:
        with storage_errors(), self._conn() as conn, conn.begin():
            rows = conn.execute(select(devices).order_by(devices.c.id)).all()
        return [Device(int(r.id), r.name, bool(r.revoked), r.created_at, r.last_seen) for r in rows]

    def revoke_device(self, device_id: int) -> None:
        with storage_errors(), self._conn(write=True) as conn, conn.begin():
            done = conn.execute(
                update(devices).where(devices.c.id == device_id).values(revoked=True)
            ).rowcount
        if not done:
            raise InvalidInput(f"No device with id {device_id}.")
