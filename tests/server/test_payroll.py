"""Payroll over real HTTP on both databases: the month's export (CSV and XLSX) says what
each employee's month_stat and month data say, for a team with a night shift, breaks, a
company holiday, leave and a correction; a locked month refuses every change, a kiosk's
replayed punch included (refused for good, so its journal keeps it for the admin)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from typing import Any

from openpyxl import load_workbook

from attendance_desktop.core.errors import PeriodLocked, is_final
from attendance_desktop.storage.period_locks import PeriodLocks

from .live import NOW, Live

OCT = "year=2026&month=10"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC)


def z(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def punch(live: Live, emp: int, name: str, when: datetime, path: str) -> None:
    live.clock.set(when)
    auth = live.sign_in(name)  # a token lasts hours: a new one at each moment
    if path == "in":
        r = live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth)
    elif path == "out":
        r = live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth)
    else:
        r = live.http.post(f"/api/v1/employees/{emp}/breaks/{path}", headers=auth)
    assert r.status_code in (200, 201), r.text


def october_team(live: Live) -> tuple[list[int], dict[str, str]]:
    """Ada: days with a lunch break, a sick day and a corrected day; Bob: a night shift;
    Cy: nothing at all (absent every working day). 21 October is a company holiday."""
    ada, bob, cy = (live.add_employee(n) for n in ("Ada", "Bob", "Cy"))
    live.add_employee("Root", role="admin")
    admin = live.sign_in("Root")
    live.ctx.service.add_company_holiday(date(2026, 10, 21), "Founders Day")
    for day in (5, 6, 7):
        punch(live, ada, "Ada", at(day, 8), "in")
        punch(live, ada, "Ada", at(day, 12), "start")
        punch(live, ada, "Ada", at(day, 12, 45), "end")
        punch(live, ada, "Ada", at(day, 16, 30), "out")
    punch(live, bob, "Bob", at(14, 22), "in")
    punch(live, bob, "Bob", at(15, 6), "out")
    live.clock.set(NOW)
    for fix in (
        {"user_id": ada, "date": "2026-10-12", "leave_type": "sick", "reason": "Flu"},
        {"user_id": ada, "date": "2026-10-13", "check_in_time": z(at(13, 9)),
         "check_out_time": z(at(13, 17)), "reason": "Forgot my badge"},
    ):  # fmt: skip
        r = live.http.post("/api/v1/corrections", json=fix, headers=admin)
        assert r.status_code == 201, r.text
    return [ada, bob, cy], admin


def api_month(live: Live, emp: int, admin: dict[str, str]) -> tuple[dict[str, Any], list[Any]]:
    base = f"/employee/{emp}/attendance"
    stat = live.http.get(f"{base}/month_stat?month=10&year=2026", headers=admin).json()
    days = live.http.get(f"{base}/data?month=10&year=2026", headers=admin).json()
    return stat, days["daily_attendance"]


def instant(text: str) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None


def test_the_exports_say_what_each_employees_month_says(live: Live) -> None:
    team, admin = october_team(live)
    r = live.http.get(f"/api/v1/reports/month?{OCT}&format=csv", headers=admin)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="attendance-2026-10.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 4 * 31  # the admin is an employee too
    book = load_workbook(io.BytesIO(
        live.http.get(f"/api/v1/reports/month?{OCT}&format=xlsx", headers=admin).content
    ))  # fmt: skip
    summary, daily = book["Summary"], book["Daily"]
    assert summary.freeze_panes == daily.freeze_panes == "A2"
    totals = {row[0]: row for row in summary.iter_rows(min_row=2, values_only=True)}
    sheet_days = list(daily.iter_rows(min_row=2, values_only=True))
    assert len(sheet_days) == len(rows)

    for emp in team:
        stat, days = api_month(live, emp, admin)
        mine = [row for row in rows if row["employee_id"] == str(emp)]
        assert [row["date"] for row in mine] == [d["date"] for d in days]
        for row, day in zip(mine, days, strict=True):
            assert row["status"] == day["status"]
            assert instant(row["first_in"]) == instant(day["clock_in_time"] or "")
            assert instant(row["last_out"]) == instant(day["clock_out_time"] or "")
            assert float(row["worked_hours"]) == day["worked_hours"]
            assert float(row["break_hours"]) == round(day["break_seconds"] / 3600, 2)
            assert row["holiday_or_leave"] == (day["holiday_name"] or day["leave_type"] or "")
            assert row["corrected"] == ("true" if day["corrected"] else "false")
        t = totals[emp]
        assert t[2:8] == (
            stat["total_working_days"],
            stat["total_present_days"],
            stat["total_absent_days"],
            stat["total_leave_days"],
            stat["worked_hours"],
            stat["non_working_days_worked"],
        )
        assert t[8] == sum(1 for d in days if d["corrected"])
        for cells, day in zip((r for r in sheet_days if r[0] == emp), days, strict=True):
            assert cells[2] == datetime.fromisoformat(day["date"])  # a real date
            assert cells[6] == day["worked_hours"]  # a real number

    ada = {row["date"]: row for row in rows if row["employee_id"] == str(team[0])}
    assert (ada["2026-10-05"]["worked_hours"], ada["2026-10-05"]["break_hours"]) == ("7.75", "0.75")
    assert (
        ada["2026-10-12"]["status"] == "leave" and ada["2026-10-12"]["holiday_or_leave"] == "sick"
    )
    assert ada["2026-10-13"]["corrected"] == "true"
    assert ada["2026-10-21"]["holiday_or_leave"] == "Founders Day"
    bob = {row["date"]: row for row in rows if row["employee_id"] == str(team[1])}
    assert bob["2026-10-14"]["worked_hours"] == "8.00" and bob["2026-10-15"]["status"] == "absent"


def test_a_future_month_is_refused_before_any_byte(live: Live) -> None:
    live.add_employee("Root", role="admin")
    r = live.http.get("/api/v1/reports/month?year=2027&month=1", headers=live.sign_in("Root"))
    assert r.status_code == 400 and r.json()["code"] == "FUTURE_MONTH"


def test_a_locked_month_refuses_every_change_until_unlocked(live: Live) -> None:
    ada = live.add_employee("Ada")
    root = live.add_employee("Root", role="admin")
    mine, admin = live.sign_in("Ada"), live.sign_in("Root")
    punch(live, ada, "Ada", at(5, 8), "in")
    punch(live, ada, "Ada", at(5, 16), "out")
    live.clock.set(NOW)
    session = live.http.get(f"/api/v1/attendance/user/{ada}?date=2026-10-05", headers=mine)
    sid = session.json()["data"]["id"]
    before = api_month(live, ada, admin)

    r = live.http.post("/api/v1/periods/2026/10/lock", headers=admin)
    assert r.status_code == 200, r.text
    assert r.json()["data"] == {"year": 2026, "month": 10, "locked": True, "locked_by": root,
                                "locked_at": z(NOW)}  # fmt: skip
    device = live.device()
    refused = [
        live.http.post("/api/v1/corrections", headers=mine, json={
            "user_id": ada, "date": "2026-10-06", "leave_type": "vacation", "reason": "Trip"}),
        live.http.post("/api/v1/corrections", headers=admin, json={
            "user_id": ada, "date": "2026-10-30", "check_in_time": z(at(30, 9)),
            "check_out_time": z(at(30, 17)), "reason": "Forgot"}),
        live.http.put(f"/api/v1/attendance/{sid}", headers=admin, json={
            "check_out_time": z(at(5, 17)), "reason": "Stayed late"}),
        live.http.post("/api/v1/attendance", headers=admin,
                       json={"user_id": ada, "date": "2026-10-07"}),
        live.http.delete(f"/api/v1/attendance/{sid}", headers=admin),
    ]  # fmt: skip
    for r in refused:
        assert (r.status_code, r.json()["code"]) == (423, "PERIOD_LOCKED"), r.text
    replay = live.http.post("/api/v1/kiosk/replay", headers=device, json={"punches": [
        {"punch_id": "k-1", "employee_id": ada, "action": "clock_in", "at": z(at(29, 8)),
         "offline": True}]})  # fmt: skip
    result = replay.json()["data"]["results"][0]
    assert (result["ok"], result["status"], result["code"]) == (False, 423, "PERIOD_LOCKED")
    assert is_final(PeriodLocked())  # the kiosk's journal keeps it as refused, for the admin
    assert api_month(live, ada, admin) == before  # nothing changed

    # November is open: the lock is about its own month only.
    punch(live, ada, "Ada", NOW, "in")
    r = live.http.delete("/api/v1/periods/2026/10/lock", headers=admin)
    assert r.status_code == 200 and r.json()["data"]["locked"] is False
    r = live.http.put(f"/api/v1/attendance/{sid}", headers=admin,
                      json={"check_out_time": z(at(5, 17)), "reason": "Stayed late"})  # fmt: skip
    assert r.status_code == 200, r.text
    log = PeriodLocks(live.ctx.service.engine, live.clock).log()
    assert [(e.year, e.month, e.action, e.actor_id) for e in log] == [
        (2026, 10, "lock", root),
        (2026, 10, "unlock", root),
    ]


def test_a_clock_out_of_a_session_from_a_locked_month_is_refused(live: Live) -> None:
    """A session belongs to its clock-in's day: closing one opened in a locked month would
    change that month (a night shift over the month's end, a forgotten clock-out)."""
    ada = live.add_employee("Ada")
    live.add_employee("Root", role="admin")
    mine, admin = live.sign_in("Ada"), live.sign_in("Root")
    punch(live, ada, "Ada", at(31, 22), "in")
    live.clock.set(datetime(2026, 11, 1, 5, tzinfo=UTC))
    assert live.http.post("/api/v1/periods/2026/10/lock", headers=admin).status_code == 200
    r = live.http.put(f"/employee/{ada}/attendance/clockout", headers=mine)
    assert r.status_code == 423 and r.json()["res_status"] == "PERIOD_LOCKED", r.text
