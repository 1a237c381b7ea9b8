"""Limits on wrong passwords and PINs that hold under parallel attempts.

An attempt is counted in the database *before* its secret is checked, inside a write
transaction that holds the account's row (a row lock on PostgreSQL, the file's write lock
on SQLite). Checking an argon2 hash takes tens of milliseconds; had the count waited for
it, a burst of parallel guesses would all have been checked against the same old count.
A right answer then takes its own attempt back.

Every number lives in the database, so the limits hold across workers and hosts.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.engine import Connection

from ..core.errors import TooManyAttempts
from .schema import sign_in_limits
from .types import UTCDateTime

FREE_PASSWORD_FAILURES = 5
PASSWORD_BLOCK_BASE = timedelta(seconds=30)
PASSWORD_BLOCK_MAX = timedelta(minutes=15)
# Past this many doublings the block is PASSWORD_BLOCK_MAX anyway; without the cap
# 30 s * 2**42 overflowed (a 500 on every later try, and no block at all).
_MAX_DOUBLINGS = 16
# A counter stops here, far inside every integer column, and still blocks.
FAILURES_KEPT = 1_000_000

ADDRESS_FAILURES_ALLOWED = 30
ADDRESS_WINDOW = timedelta(minutes=15)


_INSERT_IF_MISSING = text(
    "INSERT INTO sign_in_limits (address, window_start, failures)"
    " VALUES (:address, :now, 0) ON CONFLICT (address) DO NOTHING"
).bindparams(bindparam("now", type_=UTCDateTime))


def next_count(failures: int) -> int:
    return min(failures + 1, FAILURES_KEPT)


def password_block(failures: int) -> timedelta | None:
    """How long an account stays blocked after `failures` wrong passwords in a row."""
    if failures < FREE_PASSWORD_FAILURES:
        return None
    doublings = min(failures - FREE_PASSWORD_FAILURES, _MAX_DOUBLINGS)
    return min(PASSWORD_BLOCK_BASE * (1 << doublings), PASSWORD_BLOCK_MAX)


def count_address(conn: Connection, address: str, now: datetime) -> None:
    """Count a sign-in attempt from `address`, or raise TooManyAttempts when the address
    has used up its failures in the current window. Call inside a write transaction."""
    # Plain SQL that SQLite and PostgreSQL both take: two first attempts from one address
    # at once must not fail on the primary key.
    conn.execute(_INSERT_IF_MISSING, {"address": address, "now": now})
    row = conn.execute(
        select(sign_in_limits.c.window_start, sign_in_limits.c.failures)
        .where(sign_in_limits.c.address == address)
        .with_for_update()
    ).one()
    failures = row.failures
    if row.window_start + ADDRESS_WINDOW <= now:
        failures = 0
        conn.execute(
            update(sign_in_limits)
            .where(sign_in_limits.c.address == address)
            .values(window_start=now, failures=0)
        )
    if failures >= ADDRESS_FAILURES_ALLOWED:
        raise TooManyAttempts("Too many failed sign-ins from this address. Try again later.")
    conn.execute(
        update(sign_in_limits)
        .where(sign_in_limits.c.address == address)
        .values(failures=next_count(failures))
    )


def uncount_address(conn: Connection, address: str) -> None:
    """Take back the attempt of a sign-in that turned out right."""
    conn.execute(
        update(sign_in_limits)
        .where(sign_in_limits.c.address == address, sign_in_limits.c.failures > 0)
        .values(failures=sign_in_limits.c.failures - 1)
    )
