"""Sessions and absence records share one id space, positive and never reused, on a real
SQLite file and a real PostgreSQL database (PRODUCT.md: ids)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from server.harness import pg_cluster
from sqlalchemy import text

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import SessionNotFound
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.storage.absences import AttendanceRecords
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

NOW = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def service(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LocalAttendanceService]:
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "ids.sqlite3")
    else:
        url = pg_cluster().new_database()
    svc = LocalAttendanceService.open(url, FixedClock(NOW))
    yield svc
    svc.close()


def people(service: LocalAttendanceService, n: int) -> list[int]:
    return [
        service.add_employee(NewEmployee(f"P{i}", "Test", f"p{i}@example.com")).id for i in range(n)
    ]


def test_a_deleted_records_id_is_never_given_again(service: LocalAttendanceService) -> None:
    records = AttendanceRecords(service.engine, FixedClock(NOW))
    ada, bob, cy = people(service, 3)
    session = service.clock_in(ada).id
    absence = records.create_absence(bob, date(2026, 11, 13)).id
    seen = {session, absence}
    assert len(seen) == 2 and min(seen) > 0

    # The newest of each kind is deleted, then another employee gets a new record of the
    # other kind, and of the same kind: none may take a deleted id.
    records.delete(absence)
    with pytest.raises(SessionNotFound):
        records.delete(absence)  # a retried delete finds nothing
    new_session = service.clock_in(cy).id
    records.delete(new_session)
    new_absence = records.create_absence(cy, date(2026, 11, 12)).id
    again = records.create_absence(bob, date(2026, 11, 13)).id
    records.delete(session)
    newest = service.clock_in(ada).id
    ids = [session, absence, new_session, new_absence, again, newest]
    assert ids == sorted(ids) and len(set(ids)) == len(ids) and ids[0] > 0, ids
    assert [type(records.get(i)).__name__ for i in (new_absence, again, newest)] == [
        "Absence",
        "Absence",
        "WorkSession",
    ]
    for gone in (session, absence, new_session):
        with pytest.raises(SessionNotFound):
            records.get(gone)


def test_ids_of_both_kinds_interleave_without_clashing(service: LocalAttendanceService) -> None:
    records = AttendanceRecords(service.engine, FixedClock(NOW))
    team = people(service, 4)
    ids: list[int] = []
    for n, who in enumerate(team):
        ids.append(records.create_absence(who, date(2026, 11, 2) + timedelta(days=n)).id)
        ids.append(service.clock_in(who).id)
    assert ids == sorted(set(ids)) and ids[0] > 0


def test_a_row_written_without_an_id_draws_from_the_same_counter(
    service: LocalAttendanceService,
) -> None:
    # A row added by hand (a script, an admin's SQL) must not take an id either kind used.
    records = AttendanceRecords(service.engine, FixedClock(NOW))
    ada, bob = people(service, 2)
    absence = records.create_absence(bob, date(2026, 11, 13)).id
    records.delete(absence)
    with service.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO work_sessions (employee_id, local_date, clock_in, offline, "
                "created_at, updated_at) VALUES (:e, :d, :t, false, :t, :t)"
            ),
            {"e": ada, "d": date(2026, 11, 16), "t": NOW},
        )
        by_hand = conn.execute(text("SELECT max(id) FROM work_sessions")).scalar_one()
    assert by_hand > absence
