"""Version 5's step on PostgreSQL: a database shaped as version 3 left it (serial ids per
table, absence ids clashing with session ids) upgrades to the shape of a new database, and
ids are one space from then on.

There is no saved PostgreSQL database to copy, so the test builds the version 3 shape by
undoing what version 5 added to a new one."""

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
