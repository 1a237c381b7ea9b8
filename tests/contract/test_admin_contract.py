"""What every AdminService promises, whichever backend serves it: the local store's, and
the remote one over a real server on SQLite and on PostgreSQL.

The people's own punches and requests are made on the store underneath (as their own
devices would), the admin's work through the service under test."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import pytest
from server.harness import pg_cluster
from server.live import NOW, PASSWORD, live_server

from attendance_desktop.core import errors
from attendance_desktop.core.admin_service import (
    AccountChanges,
    AdminService,
    PresenceState,
    TeamCalendar,
)
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction, CorrectionStatus, LeaveType
from attendance_desktop.core.models import EmployeeChanges, NewEmployee
from attendance_desktop.remote import sign_in
from attendance_desktop.remote.admin_service import RemoteAdminService
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.admin_service import LocalAdminService
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import MISSING_AFTER

ROOT = NewEmployee(first_name="Root", last_name="Admin", email="root@example.com")


@dataclass
class Console:
    admin: AdminService
    store: LocalAttendanceService  # where the people punch and ask, as their devices would
    accounts: AccountStore
    clock: FixedClock
    admin_id: int

    def person(self, first: str, **extra: object) -> int:
        new = NewEmployee(
            first_name=first, last_name="Tester", email=f"{first.lower()}@example.com",
            start_date=date(2026, 1, 1), **extra,  # type: ignore[arg-type]
        )  # fmt: skip
        return self.store.add_employee(new).id

    def at(self, when: datetime) -> None:
        self.clock.set(when)


def _remote(url: str) -> Iterator[Console]:
    with live_server(url, missing_clock_out_after=MISSING_AFTER) as live:
        root = live.ctx.service.add_employee(replace(ROOT, start_date=date(2026, 1, 1)))
        live.ctx.accounts.set_account(root.id, role="admin", password=PASSWORD)
        token, _ = sign_in(live.base_url, ROOT.email, PASSWORD)
        admin = RemoteAdminService(live.base_url, token, timeout=10)
        yield Console(admin, live.ctx.service, live.ctx.accounts, live.clock, root.id)
        admin.close()


@pytest.fixture(params=["local", "remote-sqlite", "remote-postgres"])
def console(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[Console]:
    sqlite = f"sqlite+pysqlite:///{tmp_path}/admin.sqlite3"
    if request.param == "local":
        clock = FixedClock(NOW)
        store = LocalAttendanceService.open(sqlite, clock)
        store.set_missing_clock_out_limit(MISSING_AFTER.total_seconds() / 3600)
        root = store.add_employee(replace(ROOT, start_date=date(2026, 1, 1)))
        admin = LocalAdminService(store, actor_id=root.id)
        yield Console(admin, store, AccountStore(store.engine, clock), clock, root.id)
        admin.close()
        store.close()
        return
    url = sqlite if request.param == "remote-sqlite" else pg_cluster().new_database()
    yield from _remote(url)


def test_presence_shows_every_state(console: Console) -> None:
    c, store = console, console.store
    everyday = (0, 1, 2, 3, 4, 5, 6)
    late = c.person("Late", work_week=everyday)
    c.at(NOW - timedelta(hours=12))  # 22:00 the evening before, never clocked out
    store.clock_in(late)
    c.at(NOW - timedelta(hours=3))
    inside, pause, gone = (c.person(n, work_week=everyday) for n in ("In", "Pause", "Gone"))
    for who in (inside, pause, gone):
        store.clock_in(who)
    c.at(NOW - timedelta(hours=1))
    store.start_break(pause)
    store.clock_out(gone)
    c.at(NOW)
    away = c.person("Away")
    store.submit_correction(
        away, Correction(NOW.date(), "Holiday", leave_type=LeaveType.VACATION),
        actor_id=c.admin_id, by_admin=True,
    )  # fmt: skip
    weekend = c.person("Weekend", work_week=(5, 6))  # NOW is a Wednesday
    quitter = c.person("Quitter")
    store.deactivate_employee(quitter, date(2026, 11, 1))

    got = {p.employee.first_name: p for p in c.admin.presence()}
    assert "Quitter" not in got  # only active people
    assert got["In"].state is PresenceState.IN and got["In"].since == NOW - timedelta(hours=3)
    assert got["Pause"].state is PresenceState.ON_BREAK
    assert got["Pause"].since == NOW - timedelta(hours=1)
    assert got["Gone"].state is PresenceState.OUT and got["Gone"].since == NOW - timedelta(hours=1)
    assert got["Late"].state is PresenceState.MISSING_CLOCK_OUT
    assert got["Away"].state is PresenceState.ON_LEAVE and got["Away"].leave_type == "vacation"
    assert got["Weekend"].state is PresenceState.OFF
    assert got["Root"].state is PresenceState.ABSENT
    names = [p.employee.first_name for p in c.admin.presence()]
    assert names[0] == "Root" and names[1:] == sorted(names[1:])  # Admin < Tester, then first
    assert weekend in {p.employee.id for p in c.admin.presence()}


def _work_a_day(c: Console, who: int, day: date) -> None:
    c.at(datetime.combine(day, datetime.min.time(), NOW.tzinfo) + timedelta(hours=8))
    c.store.clock_in(who)
    c.clock.advance(timedelta(hours=8, minutes=15))
    c.store.clock_out(who)
    c.at(NOW)


def test_team_month_equals_each_persons_month(console: Console) -> None:
    c = console
    ada, bob = c.person("Ada"), c.person("Bob", work_week=(0, 1, 2))
    _work_a_day(c, ada, date(2026, 11, 2))
    _work_a_day(c, bob, date(2026, 11, 7))  # a Saturday, not one of his days
    team = c.admin.team_month(2026, 11)
    assert [p.employee.first_name for p in team] == ["Root", "Ada", "Bob"]
    for row in team:
        emp_id = row.employee.id
        assert row.metrics == c.store.month_metrics(emp_id, 2026, 11)
        own = c.store.month_days(emp_id, 2026, 11)
        assert list(row.days) == [replace(d, sessions=()) for d in own]
    assert team[1].metrics.worked == timedelta(hours=8, minutes=15)
    chosen = c.admin.team_month(2026, 11, [bob])
    assert [p.employee.id for p in chosen] == [bob]
    full = c.admin.person_days(ada, 2026, 11)
    assert full == c.store.month_days(ada, 2026, 11) and full[1].sessions
    with pytest.raises(errors.EmployeeNotFound):
        c.admin.team_month(2026, 11, [bob + 1000])


def test_inbox_approve_changes_the_month_and_reject_does_not(console: Console) -> None:
    c = console
    ada = c.person("Ada")
    day = date(2026, 11, 3)
    start = datetime(2026, 11, 3, 9, 0, tzinfo=NOW.tzinfo)

    def ask(hours: int) -> int:
        fix = Correction(day, "Forgot", clock_in=start, clock_out=start + timedelta(hours=hours))
        return c.store.submit_correction(ada, fix, actor_id=ada, by_admin=False).id

    first, second = ask(5), ask(6)
    before = c.store.month_metrics(ada, 2026, 11)
    assert [r.id for r in c.admin.correction_requests()] == [first, second]
    rejected = c.admin.decide_correction(first, False, "No")
    assert rejected.status is CorrectionStatus.REJECTED and rejected.decided_by == c.admin_id
    assert c.store.month_metrics(ada, 2026, 11) == before
    approved = c.admin.decide_correction(second, True, "Fine")
    assert approved.status is CorrectionStatus.APPROVED
    assert c.store.month_metrics(ada, 2026, 11).worked == before.worked + timedelta(hours=6)
    assert c.admin.correction_requests() == []
    assert len(c.admin.correction_requests(None)) == 2
    assert c.admin.day_history(ada, day)[-1].actor_id == c.admin_id


def test_employees_with_accounts(console: Console) -> None:
    c = console
    new = NewEmployee(first_name="Eve", last_name="Adams", email="eve@example.com")
    added = c.admin.add_employee(
        new, AccountChanges(badge="B-EVE", pin="2468", password="long enough")
    )
    assert (added.role, added.badge, added.has_pin, added.has_password) == (
        "employee", "B-EVE", True, True,
    )  # fmt: skip
    assert added.employee.start_date == NOW.date()
    eve = added.employee.id
    assert [m.employee.first_name for m in c.admin.managed_employees()] == [
        "Eve",
        "Root",
    ]  # Adams, Admin
    changed = c.admin.change_employee(
        eve, EmployeeChanges(job_title="Auditor"), AccountChanges(role="admin")
    )
    assert changed.employee.job_title == "Auditor" and changed.role == "admin"
    assert changed.badge == "B-EVE"  # untouched fields stay
    with pytest.raises(errors.InvalidInput):
        c.admin.add_employee(replace(new, email="x@example.com"), AccountChanges(badge="B-EVE"))

    c.admin.deactivate_employee(eve)
    with pytest.raises(errors.UnknownBadge):
        c.accounts.employee_for_badge("B-EVE")
    gone = next(m for m in c.admin.managed_employees() if m.employee.id == eve)
    assert not gone.employee.active
    c.admin.reactivate_employee(eve)
    assert c.accounts.employee_for_badge("B-EVE") == eve
    dropped = c.admin.change_employee(eve, EmployeeChanges(), AccountChanges(badge=""))
    assert dropped.badge is None
    with pytest.raises(errors.InvalidInput):
        c.admin.deactivate_employee(c.admin_id)  # never yourself


def test_kiosks(console: Console) -> None:
    c = console
    new = c.admin.add_kiosk("Front door")
    assert new.token.startswith("adk_") and new.exit_code
    assert new.kiosk.name == "Front door" and not new.kiosk.revoked
    listed = c.admin.kiosks()
    assert [k.id for k in listed] == [new.kiosk.id] and listed[0].last_seen is None
    # Its token used, as the server checks it on each of the kiosk's requests: noted at
    # most once a minute, so a busy kiosk does not write on every scan.
    assert c.accounts.device_for_token(new.token) is not None
    assert c.admin.kiosks()[0].last_seen == NOW
    c.clock.advance(timedelta(seconds=59))
    c.accounts.device_for_token(new.token)
    assert c.admin.kiosks()[0].last_seen == NOW
    c.clock.advance(timedelta(seconds=1))
    c.accounts.device_for_token(new.token)
    assert c.admin.kiosks()[0].last_seen == NOW + timedelta(minutes=1)
    c.admin.revoke_kiosk(new.kiosk.id)
    assert c.admin.kiosks()[0].revoked
    with pytest.raises(errors.DeviceNotFound):
        c.admin.revoke_kiosk(new.kiosk.id + 100)


def test_calendar_round_trip(console: Console) -> None:
    c = console
    assert c.admin.calendar() == TeamCalendar()
    wanted = TeamCalendar("DE", "BY", ((date(2026, 12, 24), "Christmas Eve"),), (0, 1, 2, 3))
    assert c.admin.set_calendar(wanted) == wanted
    assert c.admin.calendar() == wanted
    with pytest.raises(errors.InvalidInput):
        c.admin.set_calendar(replace(wanted, country="XX"))
    assert c.admin.calendar() == wanted  # nothing of a refused change is kept


def test_export_csv_of_a_selection(console: Console) -> None:
    c = console
    ada, bob = c.person("Ada"), c.person("Bob")
    _work_a_day(c, bob, date(2026, 10, 5))
    out = io.BytesIO()
    c.admin.export_month(2026, 10, "csv", out, [bob])
    rows = list(csv.reader(io.StringIO(out.getvalue().decode())))
    assert {r[0] for r in rows[1:]} == {str(bob)} and len(rows) == 1 + 31
    out = io.BytesIO()
    c.admin.export_month(2026, 10, "csv", out)
    ids = {r[0] for r in csv.reader(io.StringIO(out.getvalue().decode()))}
    assert {str(ada), str(bob)} < ids
    xlsx = io.BytesIO()
    c.admin.export_month(2026, 10, "xlsx", xlsx, [ada])
    assert xlsx.getvalue()[:2] == b"PK"


def test_lock_refuses_corrections_until_unlocked(console: Console) -> None:
    c = console
    ada = c.person("Ada")
    start = datetime(2026, 10, 6, 9, 0, tzinfo=NOW.tzinfo)
    fix = Correction(start.date(), "Forgot", clock_in=start, clock_out=start + timedelta(hours=4))
    asked = c.store.submit_correction(ada, fix, actor_id=ada, by_admin=False)
    lock = c.admin.lock_period(2026, 10)
    assert (lock.year, lock.month, lock.locked_by) == (2026, 10, c.admin_id)
    assert c.admin.period_locks() == [lock]
    with pytest.raises(errors.PeriodLocked):
        c.admin.decide_correction(asked.id, True)
    with pytest.raises(errors.InvalidInput):
        c.admin.lock_period(2026, 11)  # not ended yet
    c.admin.unlock_period(2026, 10)
    assert c.admin.period_locks() == []
    assert c.admin.decide_correction(asked.id, True).status is CorrectionStatus.APPROVED


def test_a_refused_export_writes_nothing(console: Console) -> None:
    c = console
    ada = c.person("Ada")
    for year, month, ids, error in [
        (2026, 12, None, errors.FutureMonth),
        (2026, 10, [ada, ada + 1000], errors.EmployeeNotFound),
        (2026, 13, None, errors.InvalidMonth),
    ]:
        out = io.BytesIO()
        with pytest.raises(error):
            c.admin.export_month(year, month, "csv", out, ids)
        assert out.getvalue() == b""
