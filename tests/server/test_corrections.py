"""Corrections on the server, over real HTTP on both databases: an employee asks, an admin
approves (month_stat changes) or rejects (nothing changes); an admin's own edit applies at
once; a missed clock-out shows in both seeds and is closed at once, pending approval."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .live import Live

MONDAY = "2026-11-16"


def z(day: int, hour: int, minute: int = 0) -> str:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC).isoformat().replace("+00:00", "Z")


def month_stat(live: Live, emp: int, auth: dict[str, str]) -> dict[str, Any]:
    r = live.http.get(f"/employee/{emp}/attendance/month_stat?month=11&year=2026", headers=auth)
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_an_employee_asks_and_an_admin_approves_or_rejects(live: Live) -> None:
    ada = live.add_employee("Ada")
    live.add_employee("Root", role="admin")
    mine, admin = live.sign_in("Ada"), live.sign_in("Root")
    before = month_stat(live, ada, mine)
    ask = {"user_id": ada, "date": MONDAY, "check_in_time": z(16, 8), "check_out_time": z(16, 16),
           "reason": "Forgot my badge"}  # fmt: skip
    r = live.http.post("/api/v1/corrections", json=ask, headers=mine)
    assert r.status_code == 201, r.text
    pending = r.json()["data"]
    assert (pending["status"], pending["applied"], pending["kind"]) == (
        "pending",
        False,
        "add_session",
    )
    assert month_stat(live, ada, mine) == before  # nothing until an admin decides

    listed = live.http.get("/api/v1/corrections?status=pending", headers=admin).json()["data"]
    assert [c["id"] for c in listed["corrections"]] == [pending["id"]]
    r = live.http.post(f"/api/v1/corrections/{pending['id']}/reject", json={"comment": "No"},
                       headers=admin)  # fmt: skip
    assert r.json()["data"]["status"] == "rejected" and r.json()["data"]["comment"] == "No"
    assert month_stat(live, ada, mine) == before
    r = live.http.post(f"/api/v1/corrections/{pending['id']}/approve", headers=admin)
    assert r.status_code == 409 and r.json()["code"] == "CORRECTION_ALREADY_DECIDED"

    again = live.http.post("/api/v1/corrections", json=ask, headers=mine).json()["data"]
    r = live.http.post(f"/api/v1/corrections/{again['id']}/approve", json={"comment": "OK"},
                       headers=admin)  # fmt: skip
    assert r.status_code == 200 and r.json()["data"]["status"] == "approved"
    after = month_stat(live, ada, mine)
    assert after["total_present_days"] == before["total_present_days"] + 1
    assert after["total_absent_days"] == before["total_absent_days"] - 1
    assert after["worked_hours"] == before["worked_hours"] + 8

    days = live.http.get(f"/employee/{ada}/attendance/data?month=11&year=2026",
                         headers=mine).json()["daily_attendance"]  # fmt: skip
    assert days[15]["corrected"] and not days[14]["corrected"]
    record = live.http.get(f"/api/v1/attendance/user/{ada}?date={MONDAY}", headers=mine).json()
    assert record["data"]["corrected"]
    actions = [h["action"] for h in record["data"]["history"]]
    assert actions == ["approved"]
    mine_listed = live.http.get("/api/v1/corrections", headers=mine).json()["data"]
    assert {c["status"] for c in mine_listed["corrections"]} == {"rejected", "approved"}


def test_an_overlapping_request_is_refused_and_an_admin_edit_applies_at_once(live: Live) -> None:
    ada = live.add_employee("Ada")
    live.add_employee("Root", role="admin")
    mine, admin = live.sign_in("Ada"), live.sign_in("Root")
    live.clock.set(datetime(2026, 11, 16, 8, tzinfo=UTC))
    sid = live.http.post(f"/employee/{ada}/attendance/clockin", headers=mine).json()["session_id"]
    live.clock.set(datetime(2026, 11, 16, 16, tzinfo=UTC))
    live.http.put(f"/employee/{ada}/attendance/clockout", headers=mine)
    live.clock.set(datetime(2026, 11, 18, 10, tzinfo=UTC))
    overlap = {"user_id": ada, "date": MONDAY, "check_in_time": z(16, 15),
               "check_out_time": z(16, 18), "reason": "Late shift"}  # fmt: skip
    r = live.http.post("/api/v1/corrections", json=overlap, headers=mine)
    assert r.status_code == 409 and r.json()["code"] == "CORRECTION_OVERLAPS"
    assert live.http.get("/api/v1/corrections", headers=admin).json()["data"]["total"] == 0

    r = live.http.put(f"/api/v1/attendance/{sid}", json={"check_out_time": z(16, 17)},
                      headers=admin)  # fmt: skip
    assert r.status_code == 400  # a reason is required
    r = live.http.put(
        f"/api/v1/attendance/{sid}",
        json={"check_out_time": z(16, 17), "reason": "Stayed"},
        headers=admin,
    )
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert data["check_out_time"] == z(16, 17) and data["corrected"]
    [entry] = data["history"]
    assert entry["action"] == "admin_edit" and entry["reason"] == "Stayed"
    assert entry["before"]["clock_out"] == z(16, 16) and entry["after"]["clock_out"] == z(16, 17)


def test_a_missed_clock_out_shows_in_both_seeds_and_closes_at_once_pending(live: Live) -> None:
    ada = live.add_employee("Ada")
    live.add_employee("Root", role="admin")
    mine, admin = live.sign_in("Ada"), live.sign_in("Root")
    live.clock.set(datetime(2026, 11, 13, 7, 43, tzinfo=UTC))  # Friday
    sid = live.http.post(f"/employee/{ada}/attendance/clockin", headers=mine).json()["session_id"]
    live.clock.set(datetime(2026, 11, 15, 12, tzinfo=UTC))  # Sunday
    days = live.http.get(f"/employee/{ada}/attendance/data?month=11&year=2026",
                         headers=mine).json()["daily_attendance"]  # fmt: skip
    assert days[12]["status"] == "missing_clock_out" and days[12]["worked_hours"] == 0
    seed004 = live.http.get(f"/api/v1/attendance/{sid}", headers=mine).json()["data"]
    assert seed004["status"] == "present" and seed004["clock_out_missing"] is True
    status = live.http.get(f"/api/v1/employees/{ada}/status", headers=mine).json()["data"]
    assert status["missing_clock_out"]["session_id"] == sid

    fix = {"user_id": ada, "date": "2026-11-13", "attendance_id": sid,
           "check_out_time": z(13, 16, 2), "reason": "Forgot to clock out"}  # fmt: skip
    done = live.http.post("/api/v1/corrections", json=fix, headers=mine).json()["data"]
    assert (done["status"], done["applied"]) == ("pending", True)
    r = live.http.post(f"/employee/{ada}/attendance/clockin", headers=mine)
    assert r.status_code == 201  # the click goes on
    r = live.http.post(f"/api/v1/corrections/{done['id']}/reject", headers=admin)
    assert r.status_code == 409 and r.json()["code"] == "CORRECTION_ALREADY_APPLIED"
    r = live.http.post(f"/api/v1/corrections/{done['id']}/approve", headers=admin)
    assert r.json()["data"]["status"] == "approved"
    history = live.http.get(f"/api/v1/employees/{ada}/history?date=2026-11-13",
                            headers=mine).json()["data"]["history"]  # fmt: skip
    assert [h["action"] for h in history] == ["missing_clock_out_resolved", "approved"]


def test_a_leave_day_marked_by_mistake_is_removed_by_an_approved_request(live: Live) -> None:
    ada = live.add_employee("Ada")
    live.add_employee("Root", role="admin")
    mine, admin = live.sign_in("Ada"), live.sign_in("Root")
    before = month_stat(live, ada, mine)
    mark = {"user_id": ada, "date": MONDAY, "leave_type": "vacation", "reason": "Holiday"}
    r = live.http.post("/api/v1/corrections", json=mark, headers=admin)  # applied at once
    assert r.status_code == 201 and r.json()["data"]["status"] == "approved", r.text
    assert month_stat(live, ada, mine)["total_leave_days"] == 1

    unmark = {"user_id": ada, "date": MONDAY, "remove": True, "reason": "I was at work"}
    r = live.http.post("/api/v1/corrections", json=unmark, headers=mine)
    assert r.status_code == 201, r.text
    asked = r.json()["data"]
    assert (asked["status"], asked["applied"], asked["kind"]) == ("pending", False, "remove_leave")
    assert month_stat(live, ada, mine)["total_leave_days"] == 1  # nothing until approved
    r = live.http.post(f"/api/v1/corrections/{asked['id']}/approve", headers=admin)
    assert r.status_code == 200 and r.json()["data"]["status"] == "approved", r.text
    assert month_stat(live, ada, mine) == before

    days = live.http.get(f"/employee/{ada}/attendance/data?month=11&year=2026",
                         headers=mine).json()["daily_attendance"]  # fmt: skip
    assert days[15]["status"] == "absent" and days[15]["corrected"]
    history = live.http.get(f"/api/v1/employees/{ada}/history?date={MONDAY}", headers=mine)
    entries = history.json()["data"]["history"]
    assert [e["action"] for e in entries] == ["leave", "correction_requested", "leave_removed"]
    assert entries[-1]["before"] == {"leave_type": "vacation"} and entries[-1]["after"] is None
    # No leave left to remove: refused in plain words, nothing kept.
    r = live.http.post("/api/v1/corrections", json=unmark, headers=admin)
    assert r.status_code == 400 and "not marked as leave" in r.text
