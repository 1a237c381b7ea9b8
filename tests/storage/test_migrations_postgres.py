"""Steps that change a table's shape, on PostgreSQL. Version 5's: a database shaped as
version 3 left it (serial ids per table, absence ids clashing with session ids) upgrades to
the shape of a new database, and ids are one space from then on. Version 10's: the holiday
cache gets its language, keeping the years cached in English.

There is no saved PostgreSQL database to copy, so each test builds the old shape by undoing
what the step added to a new one."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from server.harness import pg_cluster
from sqlalchemy import text

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.storage.absences import Absence, AttendanceRecords
from attendance_desktop.storage.engine import make_engine
from attendance_desktop.storage.local_service import LocalAttendanceService

from .test_migrations import shape

pytestmark = pytest.mark.postgres
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

AS_VERSION_3 = """
DROP TABLE generations;
ALTER TABLE employees DROP COLUMN active, DROP COLUMN end_date;
ALTER TABLE work_sessions ALTER COLUMN id DROP DEFAULT;
ALTER TABLE absences ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE record_ids;
CREATE SEQUENCE work_sessions_id_seq OWNED BY work_sessions.id;
ALTER TABLE work_sessions ALTER COLUMN id SET DEFAULT nextval('work_sessions_id_seq');
CREATE SEQUENCE absences_id_seq OWNED BY absences.id;
ALTER TABLE absences ALTER COLUMN id SET DEFAULT nextval('absences_id_seq');
UPDATE schema_info SET version = 3;
INSERT INTO employees (first_name, last_name, email, created_at)
    VALUES ('Ada', 'Lovelace', 'ada@example.com', now());
INSERT INTO work_sessions (employee_id, local_date, clock_in, clock_out, created_at, updated_at)
    VALUES (1, '2026-11-16', '2026-11-16 08:00Z', '2026-11-16 16:00Z', now(), now()),
           (1, '2026-11-17', '2026-11-17 08:00Z', '2026-11-17 16:00Z', now(), now());
INSERT INTO absences (employee_id, day, created_at, updated_at)
    VALUES (1, '2026-11-13', now(), now());
"""


def test_a_version_3_database_upgrades_to_one_id_space() -> None:
    fresh_url, old_url = pg_cluster().new_database(), pg_cluster().new_database()
    fresh = LocalAttendanceService.open(fresh_url)
    fresh_shape = shape(fresh.engine)
    fresh.close()

    LocalAttendanceService.open(old_url).close()
    engine = make_engine(old_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(AS_VERSION_3)
        assert conn.execute(text("SELECT id FROM absences")).scalar_one() == 1  # the clash
    engine.dispose()

    service = LocalAttendanceService.open(old_url, FixedClock(NOW))
    try:
        assert shape(service.engine) == fresh_shape
        with service.engine.connect() as conn:
            sequences = set(
                conn.execute(text("SELECT relname FROM pg_class WHERE relkind = 'S'")).scalars()
            )
            assert "record_ids" in sequences
            assert not sequences & {"work_sessions_id_seq", "absences_id_seq"}
        records = AttendanceRecords(service.engine, FixedClock(NOW))
        moved = records.get(3)
        assert isinstance(moved, Absence) and moved.day == date(2026, 11, 13)
        records.delete(3)
        again = records.create_absence(1, date(2026, 11, 13))
        newest = service.clock_in(1)
        assert (again.id, newest.id) == (4, 5)
    finally:
        service.close()


# Version 9's holiday cache, as version 2's step made it, with a year cached in English.
AS_VERSION_9 = """
DROP TABLE holiday_cache;
CREATE TABLE holiday_cache (
    country VARCHAR(8) NOT NULL,
    subdivision VARCHAR(16) NOT NULL,
    year INTEGER NOT NULL,
    holidays_json TEXT NOT NULL,
    PRIMARY KEY (country, subdivision, year)
);
INSERT INTO store_settings (key, value) VALUES ('holiday_country', 'DE'),
    ('holiday_subdivision', 'BY');
INSERT INTO holiday_cache VALUES ('DE', 'BY', 2026, '{"2026-11-01": "All Saints'' Day"}');
UPDATE schema_info SET version = 9;
"""


def test_a_version_9_database_keeps_its_cached_english_years_beside_new_german_ones() -> None:
    fresh_url, old_url = pg_cluster().new_database(), pg_cluster().new_database()
    fresh = LocalAttendanceService.open(fresh_url)
    fresh_shape = shape(fresh.engine)
    fresh.close()

    LocalAttendanceService.open(old_url).close()
    engine = make_engine(old_url)
    with engine.begin() as conn:
        conn.exec_driver_sql(AS_VERSION_9)
    engine.dispose()

    service = LocalAttendanceService.open(old_url, FixedClock(NOW))
    try:
        assert shape(service.engine) == fresh_shape
        english = service.calendar_settings.calendar((2026,), language="en_US")
        assert english.known_years[2026] == {date(2026, 11, 1): "All Saints' Day"}  # kept
        german = service.calendar_settings.calendar((2026,), language="de")
        assert german.holiday_name(date(2026, 11, 1)) == "Allerheiligen"
        with service.engine.connect() as conn:
            cached = conn.execute(
                text("SELECT year, language FROM holiday_cache ORDER BY language")
            ).all()
        assert [tuple(r) for r in cached] == [(2026, "de"), (2026, "en_US")]
    finally:
        service.close()
