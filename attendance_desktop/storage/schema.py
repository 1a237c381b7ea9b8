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
    String,
    Table,
    Text,
    text,
)

from .types import UTCDateTime

metadata = MetaData()

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
)

work_sessions = Table(
    "work_sessions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
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
    Index(
        "ux_work_sessions_one_open",
        "employee_id",
        unique=True,
        sqlite_where=text("clock_out IS NULL"),
        postgresql_where=text("clock_out IS NULL"),
    ),
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
    Index(
        "ux_breaks_one_open",
        "session_id",
        unique=True,
        sqlite_where=text("end_time IS NULL"),
        postgresql_where=text("end_time IS NULL"),
    ),
)

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
