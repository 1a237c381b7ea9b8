"""Punch times over HTTP, on both databases: the server's clock decides, an instant out of
the range of dates is a plain 400 on every punch route, one bad punch in a replay batch
does not spoil the others, a replay dated in the future is refused, and a resend gets its
first answer whatever its age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from .live import NOW, Live

BAD_INSTANTS = ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59"]


def iso(at: datetime) -> str:
    return at.isoformat().replace("+00:00", "Z")


@pytest.fixture
def ada(live: Live) -> tuple[Live, int, dict[str, str]]:
    emp = live.add_employee("Ada", badge="0042")
    return live, emp, live.sign_in("Ada")


def kiosk_replay(live: Live, punches: list[dict[str, Any]]) -> list[dict[str, Any]]:
    r = live.http.post("/api/v1/kiosk/replay", json={"punches": punches}, headers=live.device())
    assert r.status_code == 200, r.text
    results: list[dict[str, Any]] = r.json()["data"]["results"]
    return results


@pytest.mark.parametrize("bad", BAD_INSTANTS)
def test_an_instant_out_of_range_is_invalid_date_on_every_punch_route(
    ada: tuple[Live, int, dict[str, str]], bad: str
) -> None:
    """Found: each of these answered 500 (an OverflowError)."""
    live, emp, auth = ada
    http = live.http
    clocked_in = http.post(f"/employee/{emp}/attendance/clockin", headers=auth).json()
    session_id = clocked_in["session_id"]
    started = http.post(
        "/api/v1/attendance/breaks", json={"attendance_id": session_id}, headers=auth
    )
    assert started.status_code == 201, started.text
    break_id = started.json()["data"]["break"]["id"]
    calls = [
        ("POST", f"/employee/{emp}/attendance/clockin", {"clock_in_date_time": bad}),
        ("PUT", f"/employee/{emp}/attendance/clockout", {"clock_out_date_time": bad}),
        ("POST", "/api/v1/attendance/checkin", {"user_id": emp, "check_in_time": bad}),
        ("POST", "/api/v1/attendance/checkout", {"user_id": emp, "check_out_time": bad}),
        ("POST", "/api/v1/attendance/breaks", {"attendance_id": session_id, "start_time": bad}),
        ("PUT", "/api/v1/attendance/breaks/end", {"break_id": break_id, "end_time": bad}),
        ("POST", f"/api/v1/employees/{emp}/breaks/start", {"at": bad}),
        ("POST", f"/api/v1/employees/{emp}/breaks/end", {"at": bad}),
    ]
    for method, path, body in calls:
        r = http.request(method, path, json=body, headers=auth)
        assert r.status_code == 400, (path, r.text)
        got = r.json()
        assert got.get("res_status", got.get("code")) == "INVALID_DATE", (path, got)
    for offline in (False, True):
        body = {"badge": "0042", "action": "clock_out", "at": bad, "offline": offline}
        r = http.post("/api/v1/kiosk/punch", json=body, headers=live.device())
        assert r.status_code == 400 and r.json()["code"] == "INVALID_DATE", r.text
    assert live.ctx.service.status(emp).on_break  # nothing changed


def test_one_bad_punch_does_not_spoil_a_replay_batch(ada: tuple[Live, int, dict[str, str]]) -> None:
    """Found: [good clock-in, a bad instant, good clock-out] answered 500 on every retry,
    after the first punch had committed."""
    live, emp, _auth = ada
    punch = {"employee_id": emp, "offline": True}
    batch = [
        {**punch, "punch_id": "r-1", "action": "clock_in", "at": iso(NOW - timedelta(hours=2))},
        {**punch, "punch_id": "r-2", "action": "break_start", "at": BAD_INSTANTS[0]},
        {**punch, "punch_id": "r-3", "action": "clock_out", "at": iso(NOW - timedelta(hours=1))},
    ]
    for _ in range(2):  # and the same answer when sent again
        first, bad, third = kiosk_replay(live, batch)
        assert first["ok"] and third["ok"]
        assert (bad["ok"], bad["status"], bad["code"]) == (False, 400, "INVALID_DATE")
    [session] = live.ctx.service.sessions_between(emp, NOW.date(), NOW.date())
    assert (session.clock_in, session.clock_out) == (
        NOW - timedelta(hours=2),
        NOW - timedelta(hours=1),
    )
    assert session.offline and session.breaks == ()


@pytest.mark.parametrize(
    "at", [datetime(2099, 1, 1, 8, tzinfo=UTC), NOW + timedelta(minutes=5, seconds=1)]
)
def test_a_replay_dated_in_the_future_is_refused_and_the_day_goes_on(
    ada: tuple[Live, int, dict[str, str]], at: datetime
) -> None:
    """Found: a clock-in replayed as of 2099 was stored; the employee then got 409 on both
    clock-in and clock-out, and could not see the session."""
    live, emp, auth = ada
    punch = {"punch_id": "f-1", "employee_id": emp, "action": "clock_in", "offline": True}
    [refused] = kiosk_replay(live, [{**punch, "at": iso(at)}])
    assert (refused["ok"], refused["status"], refused["code"]) == (
        False,
        400,
        "PUNCH_TIME_OUT_OF_TOLERANCE",
    )
    assert not live.ctx.service.status(emp).clocked_in
    assert live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth).status_code == 201
    live.advance(hours=1)
    assert live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth).status_code == 200


def test_a_whole_second_sent_just_after_a_stamped_punch_is_recorded_at_that_punch(
    ada: tuple[Live, int, dict[str, str]],
) -> None:
    """Found: after a check-in stamped 22:16:06.905807Z, a break start sent as 22:16:06Z
    (seed 004's examples send whole seconds) got 409 CLOCK_WENT_BACKWARDS."""
    live, emp, auth = ada
    stamped = datetime(2026, 11, 18, 22, 16, 6, 905807, tzinfo=UTC)
    live.clock.set(stamped)
    auth = live.sign_in("Ada")  # a token of that evening
    r = live.http.post("/api/v1/attendance/checkin", json={"user_id": emp}, headers=auth)
    assert r.status_code == 200, r.text
    session_id = r.json()["data"]["attendance"]["id"]
    live.clock.set(stamped + timedelta(milliseconds=40))
    body = {"attendance_id": session_id, "start_time": "2026-11-18T22:16:06Z"}
    r = live.http.post("/api/v1/attendance/breaks", json=body, headers=auth)
    assert r.status_code == 201, r.text
    [brk] = live.ctx.service.status(emp).open_session.breaks  # type: ignore[union-attr]
    assert brk.start == stamped  # clamped to the last punch, never before it


def test_a_client_time_ahead_is_recorded_at_the_servers_now(
    ada: tuple[Live, int, dict[str, str]],
) -> None:
    """Found: a client 3 s ahead was stored as sent, and the next punch stamped by the
    server was then refused: the person could not clock out for up to 5 minutes."""
    live, emp, auth = ada
    ahead = iso(NOW + timedelta(seconds=3))
    r = live.http.post(
        f"/employee/{emp}/attendance/clockin", json={"clock_in_date_time": ahead}, headers=auth
    )
    assert r.status_code == 201, r.text
    assert live.ctx.service.status(emp).open_session.clock_in == NOW  # type: ignore[union-attr]
    live.advance(seconds=1)
    r = live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth)
    assert r.status_code == 200, r.text


def test_the_servers_messages_never_speak_of_this_computer(
    ada: tuple[Live, int, dict[str, str]],
) -> None:
    live, emp, auth = ada
    far = iso(NOW - timedelta(minutes=30))
    r = live.http.post(
        f"/employee/{emp}/attendance/clockin", json={"clock_in_date_time": far}, headers=auth
    )
    assert r.json()["res_status"] == "PUNCH_TIME_OUT_OF_TOLERANCE"
    live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth)
    before = {"punch_id": "b-1", "employee_id": emp, "action": "clock_out", "offline": True}
    [refused] = kiosk_replay(live, [{**before, "at": iso(NOW - timedelta(minutes=1))}])
    assert refused["code"] == "CLOCK_WENT_BACKWARDS"  # an offline time before the last punch
    for message in (r.json()["response"], refused["message"]):
        assert "computer" not in message


def test_a_resend_gets_its_first_answer_whatever_its_age(
    ada: tuple[Live, int, dict[str, str]],
) -> None:
    """The punch id is looked up before any check of the punch's time or date: a client
    sending again after the tolerance (or the day) has passed gets the first result."""
    live, emp, auth = ada
    made = iso(NOW - timedelta(minutes=1))
    seed000 = {"clock_in_date_time": made, "punch_id": "again-1"}
    first = live.http.post(f"/employee/{emp}/attendance/clockin", json=seed000, headers=auth)
    assert first.status_code == 201, first.text
    live.advance(minutes=10)
    again = live.http.post(f"/employee/{emp}/attendance/clockin", json=seed000, headers=auth)
    assert again.status_code == 201, again.text
    assert again.json()["session_id"] == first.json()["session_id"]

    live.http.put(f"/employee/{emp}/attendance/clockout", headers=auth)

    today = NOW.date().isoformat()
    check_in = {"user_id": emp, "date": today, "punch_id": "again-2"}
    check_out = {"user_id": emp, "date": today, "punch_id": "again-3"}
    ins = live.http.post("/api/v1/attendance/checkin", json=check_in, headers=auth)
    outs = live.http.post("/api/v1/attendance/checkout", json=check_out, headers=auth)
    assert (ins.status_code, outs.status_code) == (200, 200), outs.text
    live.advance(days=1)  # the day is over, and far beyond the tolerance
    auth = live.sign_in("Ada")
    resends = [
        ("checkin", check_in, ins, "check_in_time"),
        ("checkout", check_out, outs, "check_out_time"),
    ]
    for path, body, first, key in resends:
        again = live.http.post(f"/api/v1/attendance/{path}", json=body, headers=auth)
        assert again.status_code == 200, again.text
        assert again.json()["data"][key] == first.json()["data"][key]
        assert again.json()["data"]["attendance"]["id"] == first.json()["data"]["attendance"]["id"]

    kiosk = {"punch_id": "again-4", "employee_id": emp, "action": "clock_in", "offline": True}
    kiosk["at"] = iso(live.clock.now() - timedelta(minutes=2))
    [done] = kiosk_replay(live, [kiosk])
    live.advance(hours=2)
    [again_done] = kiosk_replay(live, [kiosk])
    assert (again_done["ok"], again_done["at"]) == (True, done["at"])
    assert len(live.ctx.service.sessions_between(emp, NOW.date(), live.clock.now().date())) == 3
