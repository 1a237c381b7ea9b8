"""Seed 000, the home-page API: every route, key, status code and error body."""

from __future__ import annotations

import pytest

from .live import NOW, Live

SESSION_KEYS = {"session_id", "date", "clock_in_time", "clock_out_time", "status"}
ERROR_KEYS = {"response", "http_status_code", "res_status", "message"}


def _error(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == ERROR_KEYS
    assert body["http_status_code"] == status == r.status_code
    assert body["res_status"] == code
    assert body["response"] and body["message"]
    return body


@pytest.fixture
def ada(live: Live) -> tuple[int, dict[str, str]]:
    emp = live.add_employee("Ada", phone_number="+44 1", job_title="Analyst", department="Engines")
    return emp, live.sign_in("Ada")


@pytest.mark.parametrize("slash", ["", "/"])
def test_details_has_the_seed_keys(live: Live, ada, slash: str) -> None:
    emp, auth = ada
    r = live.http.get(f"/employee/{emp}/details{slash}", headers=auth)
    assert r.status_code == 200
    assert r.json() == {
        "employee_id": emp,
        "first_name": "Ada",
        "last_name": "Tester",
        "email": "ada@example.com",
        "phone_number": "+44 1",
        "job_title": "Analyst",
        "department": "Engines",
        "timezone": None,
        "work_week": [0, 1, 2, 3, 4],
        "start_date": None,
    }


def test_unknown_employee_is_404_with_the_seed_body(live: Live) -> None:
    live.add_employee("Root", role="admin")
    auth = live.sign_in("Root")
    body = _error(live.http.get("/employee/999/details", headers=auth), 404, "EMPLOYEE_NOT_FOUND")
    assert body["response"] == "User Does not Exist"


@pytest.mark.parametrize("slash", ["", "/"])
def test_clockin_then_clockout(live: Live, ada, slash: str) -> None:
    emp, auth = ada
    r = live.http.post(f"/employee/{emp}/attendance/clockin{slash}", headers=auth)
    assert r.status_code == 201
    opened = r.json()
    assert set(opened) >= SESSION_KEYS
    assert opened["date"] == "2026-11-18"
    assert opened["clock_in_time"] == "2026-11-18T10:00:00Z"
    assert opened["clock_out_time"] is None
    assert opened["status"] == "present"

    live.advance(hours=2)
    r = live.http.put(f"/employee/{emp}/attendance/clockout{slash}", headers=auth)
    assert r.status_code == 200
    closed = r.json()
    assert closed["session_id"] == opened["session_id"]
    assert closed["clock_out_time"] == "2026-11-18T12:00:00Z"
    assert closed["status"] == "completed"
    assert closed["worked_seconds"] == 7200


@pytest.mark.parametrize("slash", ["", "/"])
def test_second_clockin_is_400_in_the_seeds_words_and_changes_nothing(
    live: Live, ada, slash: str
) -> None:
    """The seed says "Response Code 400"; the 401 in its body is its typo."""
    emp, auth = ada
    first = live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth).json()
    live.advance(minutes=1)
    body = _error(
        live.http.post(f"/employee/{emp}/attendance/clockin{slash}", headers=auth),
        400,
        "ALREADY_CLOCKED_IN",
    )
    assert body["response"] == "Already Clocked in"
    assert body["message"] == "Already clocked in. Clock out first."
    sessions = live.ctx.service.sessions_between(emp, NOW.date(), NOW.date())
    assert [s.id for s in sessions] == [first["session_id"]]


def test_clockout_without_clockin_is_400(live: Live, ada) -> None:
    emp, auth = ada
    body = _error(
        live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth), 400, "NO_OPEN_SESSION"
    )
    assert body["response"] == "No Clockin Session found"
    assert "clock-in session" in body["message"]


def test_client_time_within_tolerance_is_kept_outside_refused(live: Live, ada) -> None:
    emp, auth = ada
    far = {"clock_in_date_time": "2026-11-18T09:30:00Z"}
    _error(
        live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth, json=far),
        400,
        "PUNCH_TIME_OUT_OF_TOLERANCE",
    )
    assert live.ctx.service.status(emp).open_session is None
    near = {"clock_in_date_time": "2026-11-18T11:58:00+02:00"}
    r = live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth, json=near)
    assert r.status_code == 201
    assert r.json()["clock_in_time"] == "2026-11-18T09:58:00Z"
    bad = {"clock_out_date_time": "time.now()"}
    _error(
        live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth, json=bad),
        400,
        "INVALID_DATE",
    )


def test_retried_clockin_with_the_same_punch_id_returns_the_first_result(live: Live, ada) -> None:
    emp, auth = ada
    body = {"punch_id": "ws-1-0001"}
    first = live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth, json=body)
    live.advance(seconds=30)
    again = live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth, json=body)
    assert first.status_code == again.status_code == 201
    assert again.json()["session_id"] == first.json()["session_id"]
    assert again.json()["clock_in_time"] == first.json()["clock_in_time"]


@pytest.mark.parametrize("param", ["month", "moth"])
@pytest.mark.parametrize("slash", ["/", ""])
def test_month_stat(live: Live, ada, param: str, slash: str) -> None:
    emp, auth = ada
    # Worked Monday the 16th; today (18th) is clocked in; Nov 2026 has 12 working days
    # before the 18th (2-6, 9-13, 16-17), plus today once clocked in.
    live.clock.set(NOW.replace(day=16))
    live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth)
    live.advance(hours=8)
    live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth)
    live.clock.set(NOW)
    live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth)
    r = live.http.get(
        f"/employee/{emp}/attendance/month_stat{slash}?{param}=11&year=2026", headers=auth
    )
    assert r.status_code == 200, r.text
    stat = r.json()
    assert stat["total_working_days"] == 13
    assert stat["total_present_days"] == 2
    assert stat["total_absent_days"] == 11
    assert stat["remaining_working_days"] == 8


@pytest.mark.parametrize("route", ["month_stat", "data"])
def test_future_month_is_400(live: Live, ada, route: str) -> None:
    emp, auth = ada
    r = live.http.get(f"/employee/{emp}/attendance/{route}/?month=12&year=2026", headers=auth)
    assert _error(r, 400, "FUTURE_MONTH")["response"] == "Future Month Requested"


@pytest.mark.parametrize(
    "query",
    [
        "month=0&year=2026",
        "month=13&year=2026",
        "month=abc&year=2026",
        "month=11&year=twenty",
        "year=2026",
        "month=11",
        "",
    ],
)
@pytest.mark.parametrize("route", ["month_stat", "data"])
def test_bad_month_or_year_is_400_with_the_seed_body(
    live_sqlite: Live, route: str, query: str
) -> None:
    live = live_sqlite
    emp = live.add_employee("Ada")
    auth = live.sign_in("Ada")
    r = live.http.get(f"/employee/{emp}/attendance/{route}/?{query}", headers=auth)
    _error(r, 400, "INVALID_MONTH")


@pytest.mark.parametrize("slash", ["/", ""])
def test_month_data_has_one_entry_per_day(live: Live, ada, slash: str) -> None:
    emp, auth = ada
    live.clock.set(NOW.replace(day=17, hour=8))
    live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth)
    live.advance(hours=9)
    live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth)
    live.clock.set(NOW)
    r = live.http.get(f"/employee/{emp}/attendance/data{slash}?month=11&year=2026", headers=auth)
    assert r.status_code == 200
    days = r.json()["daily_attendance"]
    assert [d["date"] for d in days] == [f"2026-11-{d:02}" for d in range(1, 31)]
    for d in days:
        assert {"date", "clock_in_time", "clock_out_time", "status"} <= set(d)
    by_date = {d["date"]: d for d in days}
    assert by_date["2026-11-17"]["status"] == "completed"
    assert by_date["2026-11-17"]["clock_in_time"] == "2026-11-17T08:00:00Z"
    assert by_date["2026-11-17"]["clock_out_time"] == "2026-11-17T17:00:00Z"
    assert {"status": "absent", "clock_in_time": None, "clock_out_time": None}.items() <= (
        by_date["2026-11-16"].items()
    )
    assert by_date["2026-11-15"]["status"] == "non_working"
    assert by_date["2026-11-18"]["status"] == "upcoming"
    assert by_date["2026-11-30"]["status"] == "upcoming"
