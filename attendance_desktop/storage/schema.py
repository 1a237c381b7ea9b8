"""The current schema. Its version lives in `migrations.SCHEMA_VERSION`.

The invariants of PRODUCT.md are enforced here, by the database, not only by code:
at most one open session per employee and at most one open break per session.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Sequence,
    String,
    Table,
    Text,
    event,
    text,
)
from sqlalchemy.engine import Connection

from .types import UTCDateTime

metadata = MetaData()

# Version 5: sessions and absence records draw their ids from one space, never reused (a
# seed-004 client addresses both by one id). On PostgreSQL it is this sequence, also the
# columns' DEFAULT (storage/record_ids.py); SQLite ignores it and uses AUTOINCREMENT tables
# whose counters triggers keep level.
RECORD_IDS = Sequence("record_ids")

schema_info = Table(
    "schema_info",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False),
)

store_settings = Table(
    "store_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

employees = Table(
    "employees",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("first_name", String(255), nullable=False),
    Column("last_name", String(255), nullable=False),
    Column("email", String(255), nullable=False, unique=True),
    Column("phone_number", String(255), nullable=False, server_default=""),
    Column("job_title", String(255), nullable=False, server_default=""),
    Column("department", String(255), nullable=False, server_default=""),
    Column("timezone", String(64), nullable=True),
    Column("work_week", String(32), nullable=False, server_default="0,1,2,3,4"),
    Column("created_at", UTCDateTime, nullable=False),
    Column("start_date", Date, nullable=True),  # schema version 2
    # Version 5: a deactivated employee cannot punch; days after `end_date` (their last day)
    # are never counted.
    Column("active", Boolean, nullable=False, server_default=text("true")),
    Column("end_date", Date, nullable=True),
)

work_sessions = Table(
    "work_sessions",
    metadata,
    Column("id", Integer, RECORD_IDS, primary_key=True, autoincrement=True),
    Column(
        "employee_id",
        Integer,
        ForeignKey("employees.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("local_date", Date, nullable=False),
    Column("clock_in", UTCDateTime, nullable=False),
    Column("clock_out", UTCDateTime, nullable=True),
    Column("offline", Boolean, nullable=False, server_default=text("false")),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_work_sessions_employee_date", "employee_id", "local_date"),
    # Version 3: an employee's latest session (read on every punch) in one index step,
    # instead of sorting all of their sessions.
    Index("ix_work_sessions_employee_clock_in", "employee_id", "clock_in"),
    sqlite_autoincrement=True,
)

breaks = Table(
    "breaks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "session_id",
        Integer,
        ForeignKey("work_sessions.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("start_time", UTCDateTime, nullable=False),
    Column("end_time", UTCDateTime, nullable=True),
    Column("reason", String(255), nullable=False, server_default=""),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_breaks_session", "session_id"),
)


# The partial indexes' DDL by table, for migrations that rebuild a table.
ONE_OPEN_INDEXES: dict[str, str] = {}


def _at_most_one_open(table: Table, name: str, owner: str, end: str) -> None:
    """A unique index over the rows still open: at most one per `owner`.

    SQLite and PostgreSQL write a partial index the same way, so it is plain DDL run when
    the table is created. (Index(..., sqlite_where=..., postgresql_where=...) would do the
    same, but its dialect keywords load both dialects' modules into every process: 2 MiB
    and 20 ms of the desktop app's start.)
    """
    ONE_OPEN_INDEXES[table.name] = (
        f"CREATE UNIQUE INDEX {name} ON {table.name} ({owner}) WHERE {end} IS NULL"
    )
    ddl = text(ONE_OPEN_INDEXES[table.name])

    def create_index(_table: Table, connection: Connection, **_kw: object) -> None:
        connection.execute(ddl)

    event.listen(table, "after_create", create_index)


_at_most_one_open(work_sessions, "ux_work_sessions_one_open", "employee_id", "clock_out")
_at_most_one_open(breaks, "ux_breaks_one_open", "session_id", "end_time")

company_holidays = Table(
    "company_holidays",
    metadata,
    Column("day", Date, primary_key=True),
    Column("name", String(255), nullable=False),
)

# A punch id makes a retried punch return its first result and change nothing.
punches = Table(
    "punches",
    metadata,
    Column("punch_id", String(64), primary_key=True),
    Column("employee_id", Integer, nullable=False),
    Column("action", String(16), nullable=False),
    Column("session_id", Integer, nullable=True),
    Column("break_id", Integer, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# -- schema version 2: the server's accounts, kiosk devices and seed-004 absence records --

# Sign-in secrets and roles of an employee. Hashes are argon2; the counters make wrong
# passwords slow down and a PIN lock after too many failures, across server workers.
accounts = Table(
    "accounts",
    metadata,
    Column(
        "employee_id",
        Integer,
        ForeignKey("employees.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("role", String(16), nullable=False, server_default="employee"),
    Column("password_hash", String(255), nullable=True),
    Column("pin_hash", String(255), nullable=True),
    Column("badge", String(128), nullable=True, unique=True),
    Column("failed_passwords", Integer, nullable=False, server_default="0"),
    Column("password_blocked_until", UTCDateTime, nullable=True),
    Column("failed_pins", Integer, nullable=False, server_default="0"),
    Column("pin_locked", Boolean, nullable=False, server_default=text("false")),
    # Version 4: raised when the role or the password changes; a token carries the value it
    # was issued with and is refused once it differs, in every worker at once.
    Column("token_version", Integer, nullable=False, server_default="0"),
)

# A kiosk at an entrance. Only a hash of its token is kept (the token is a long random
# secret, so a plain SHA-256 is enough and lets us look it up by value).
devices = Table(
    "devices",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(255), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("revoked", Boolean, nullable=False, server_default=text("false")),
    Column("created_at", UTCDateTime, nullable=False),
    # Version 6: an argon2 hash of the device's exit code (leaving kiosk mode offline).
    Column("exit_code_hash", String(255), nullable=True),
    # Version 9: when the device last used its token (to the minute), for the console.
    Column("last_seen", UTCDateTime, nullable=True),
)

# Seed 004's "create attendance": a day recorded for an employee with no check-in yet.
absences = Table(
    "absences",
    metadata,
    Column("id", Integer, RECORD_IDS, primary_key=True, autoincrement=True),
    Column(
        "employee_id",
        Integer,
        ForeignKey("employees.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("day", Date, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ux_absences_employee_day", "employee_id", "day", unique=True),
    sqlite_autoincrement=True,
)

# Public holidays of a country/region and year, computed once with the `holidays` package
# and kept here, so opening the app does not load (or pay memory for) that package again.
# One row per language of the names (the package's code: "en_US", "de"), since version 10.
holiday_cache = Table(
    "holiday_cache",
    metadata,
    Column("country", String(8), primary_key=True),
    Column("subdivision", String(16), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("language", String(16), primary_key=True),
    Column("holidays_json", Text, nullable=False),
)

SCHEMA_V2_TABLES = (accounts, devices, absences, holiday_cache)

# -- schema version 4 --

# Failed sign-ins per client address in the current window, shared by every worker and
# host of the server. A sign-in counts here before its password is checked.
sign_in_limits = Table(
    "sign_in_limits",
    metadata,
    Column("address", String(64), primary_key=True),
    Column("window_start", UTCDateTime, nullable=False),
    Column("failures", Integer, nullable=False, server_default="0"),
)

# Version 5: a number per cached thing, bumped in the same transaction as any change to it,
# so every server worker (and the CLI's changes) can tell its cache is stale with one read.
generations = Table(
    "generations",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", Integer, nullable=False),
)

# -- schema version 7: fixing the record --

# A day the employee is on leave (vacation, sick, other): whole days only (docs/rules.md).
leave_days = Table(
    "leave_days",
    metadata,
    Column(
        "employee_id",
        Integer,
        ForeignKey("employees.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("day", Date, primary_key=True),
    Column("leave_type", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

# A correction: applied at once locally and for an admin; an employee's on a server waits
# for an admin. What it proposes is kept as JSON (storage/correction_rows.py).
corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "employee_id",
        Integer,
        ForeignKey("employees.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("day", Date, nullable=False),
    Column("proposal_json", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("applied", Boolean, nullable=False, server_default=text("false")),
    Column("requested_by", Integer, nullable=True),
    Column("requested_at", UTCDateTime, nullable=False),
    Column("decided_by", Integer, nullable=True),
    Column("decided_at", UTCDateTime, nullable=True),
    Column("comment", Text, nullable=False, server_default=""),
    Index("ix_corrections_status", "status"),
    Index("ix_corrections_employee", "employee_id"),
    sqlite_autoincrement=True,
)

# Every change to a record: who, when, the values before and after, and why. Kept when the
# session it is about is deleted (no foreign key to it), so a deletion keeps its history.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "employee_id",
        Integer,
        ForeignKey("employees.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("day", Date, nullable=False),
    Column("session_id", Integer, nullable=True),
    Column("correction_id", Integer, nullable=True),
    Column("action", String(32), nullable=False),
    Column("actor_id", Integer, nullable=True),
    Column("at", UTCDateTime, nullable=False),
    Column("reason", Text, nullable=False, server_default=""),
    Column("before_json", Text, nullable=True),
    Column("after_json", Text, nullable=True),
    Index("ix_audit_employee_day", "employee_id", "day"),
    Index("ix_audit_session", "session_id"),
    sqlite_autoincrement=True,
)

SCHEMA_V7_TABLES = (leave_days, corrections, audit_log)

# Version 8: months locked after payroll (a change that touches one is refused), and every
# lock and unlock with who and when. Not in `audit_log`, whose entries are about one
# employee's day; a lock is about everyone's month.
period_locks = Table(
    "period_locks",
    metadata,
    Column("year", Integer, primary_key=True, autoincrement=False),
    Column("month", Integer, primary_key=True, autoincrement=False),
    Column("locked_by", Integer, nullable=True),
    Column("locked_at", UTCDateTime, nullable=False),
)

period_lock_log = Table(
    "period_lock_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("year", Integer, nullable=False),
    Column("month", Integer, nullable=False),
    Column("action", String(16), nullable=False),  # "lock" or "unlock"
    Column("actor_id", Integer, nullable=True),
    Column("at", UTCDateTime, nullable=False),
    sqlite_autoincrement=True,
)

SCHEMA_V8_TABLES = (period_locks, period_lock_log)
