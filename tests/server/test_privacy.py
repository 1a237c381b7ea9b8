"""Privacy: an employee's token reaches only that employee; kiosks only identify and punch."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest

from .live import Live, fill_ids

# Every route that names an employee: (method, path, json body). {a} is Ada's id.
EMPLOYEE_ROUTES = [
    ("GET", "/employee/{a}/details", None),
    ("POST", "/employee/{a}/attendance/clockin", None),
    ("PUT", "/employee/{a}/attendance/clockout", None),
    ("GET", "/employee/{a}/attendance/month_stat/?month=11&year=2026", None),
    ("GET", "/employee/{a}/attendance/data/?month=11&year=2026", None),
    ("POST", "/api/v1/attendance/checkin", {"user_id": "{a}"}),
    ("POST", "/api/v1/attendance/checkout", {"user_id": "{a}"}),
    ("GET", "/api/v1/attendance/user/{a}", None),
    (
        "POST",
        "/api/v1/attendance/user/range",
        {"user_id": "{a}", "start_date": "2026-11-01", "end_date": "2026-11-30"},
    ),
    ("GET", "/api/v1/attendance/{s}", None),
    ("POST", "/api/v1/attendance/breaks", {"attendance_id": "{s}"}),
    ("PUT", "/api/v1/attendance/breaks/end", {"break_id": "{b}"}),
    ("GET", "/api/v1/employees/{a}/status", None),
    ("POST", "/api/v1/employees/{a}/breaks/start", None),
    ("POST", "/api/v1/employees/{a}/breaks/end", None),
    ("GET", "/api/v1/employees/{a}/sessions?start=2026-11-01&end=2026-11-30", None),
]


@pytest.fixture
def ada_at_work(live_sqlite: Live) -> tuple[Live, dict[str, int]]:
    live = live_sqlite
    ada = live.add_employee("Ada", phone_number="+44 555 0100", job_title="Secret Agent")
    live.add_employee("Bob")
    auth = live.sign_in("Ada")
    s = live.http.post(f"/employee/{ada}/attendance/clockin", headers=auth).json()["session_id"]
    b = live.http.post(f"/api/v1/employees/{ada}/breaks/start", headers=auth).json()["data"]["id"]
    return live, {"a": ada, "s": s, "b": b}


def _refused_without_leak(r, live: Live) -> None:
    assert r.status_code in (403, 404), r.text
    for secret in ("ada@example.com", "Ada", "+44 555 0100", "Secret Agent", "clock_in_time"):
        assert secret not in r.text


@pytest.mark.parametrize(("method", "path", "body"), EMPLOYEE_ROUTES)
def test_another_employees_token_is_refused(ada_at_work, method: str, path: str, body) -> None:
    live, ids = ada_at_work
    before = live.ctx.service.status(ids["a"])
    r = live.http.request(
        method, fill_ids(path, ids), json=fill_ids(body, ids), headers=live.sign_in("Bob")
    )
    _refused_without_leak(r, live)
    assert live.ctx.service.status(ids["a"]) == before


@pytest.mark.parametrize(("method", "path", "body"), EMPLOYEE_ROUTES)
def test_no_or_forged_token_is_401(ada_at_work, method: str, path: str, body) -> None:
    live, ids = ada_at_work
    forged = jwt.encode(
        {"sub": str(ids["a"]), "role": "admin", "iss": "attendance-server", "exp": 4102444800},
        "not the secret of this server, but long enough",
        algorithm="HS256",
    )
    for headers in ({}, {"Authorization": f"Bearer {forged}"}, {"Authorization": "Basic abc"}):
        path, body = fill_ids(path, ids), fill_ids(body, ids)
        r = live.http.request(method, path, json=body, headers=headers)
        assert r.status_code == 401, r.text
        assert "Ada" not in r.text
        body_json = r.json()
        assert body_json.get("res_status", body_json.get("code")) == "NOT_AUTHENTICATED"


def test_a_token_from_a_server_clock_ahead_of_the_wall_clock_is_the_servers_own(
    live_sqlite: Live,
) -> None:
    """The server's clock is authoritative: a token it issued at its own "now", a day ahead
    of this machine's wall clock, is good (PyJWT's wall-clock check of `iat` refused it)."""
    live = live_sqlite
    live.clock.set(datetime.now(UTC) + timedelta(days=1))
    ada = live.add_employee("Ada")
    auth = live.sign_in("Ada")
    assert live.http.get(f"/employee/{ada}/details", headers=auth).status_code == 200


def test_an_expired_token_says_so(live_sqlite: Live) -> None:
    live = live_sqlite
    ada = live.add_employee("Ada")
    auth = live.sign_in("Ada")
    # Used while valid first: the server remembers a token it has checked, and must still
    # see it expire.
    assert live.http.get(f"/employee/{ada}/details", headers=auth).status_code == 200
    live.advance(hours=13)
    r = live.http.get(f"/employee/{ada}/details", headers=auth)
    assert r.status_code == 401
    assert r.json()["res_status"] == "TOKEN_EXPIRED"
    r = live.http.get("/api/v1/users/me", headers=auth)
    assert (r.status_code, r.json()["code"]) == (401, "TOKEN_EXPIRED")


def test_an_admin_reaches_everyone(ada_at_work) -> None:
    live, ids = ada_at_work
    live.add_employee("Root", role="admin")
    root = live.sign_in("Root")
    assert (
        live.http.get(f"/employee/{ids['a']}/details", headers=root).json()["first_name"] == "Ada"
    )
    assert live.http.get(f"/api/v1/attendance/{ids['s']}", headers=root).status_code == 200
    assert live.http.get("/api/v1/employees", headers=root).json()["data"]["total"] == 3


def test_a_kiosk_identifies_by_badge_then_punches_only_for_that_person(live_sqlite: Live) -> None:
    live = live_sqlite
    ada = live.add_employee("Ada", badge="04A1B2")
    bob = live.add_employee("Bob")
    kiosk = live.device()
    # The device token alone reaches no employee data.
    assert live.http.get(f"/employee/{ada}/details", headers=kiosk).status_code == 403
    assert live.http.post(f"/employee/{ada}/attendance/clockin", headers=kiosk).status_code == 403

    r = live.http.post("/api/v1/kiosk/identify", headers=kiosk, json={"badge": "04A1B2"})
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    assert data["employee"] == {"employee_id": ada, "first_name": "Ada"}
    assert "email" not in r.text
    grant = {"Authorization": f"Bearer {data['token']}"}
    assert live.http.post(f"/employee/{ada}/attendance/clockin", headers=grant).status_code == 201
    assert live.http.get(f"/api/v1/employees/{ada}/status", headers=grant).json()["data"][
        "clocked_in"
    ]
    for method, path in (
        ("GET", f"/employee/{ada}/details"),
        ("GET", f"/employee/{ada}/attendance/data/?month=11&year=2026"),
        ("POST", f"/employee/{bob}/attendance/clockin"),
    ):
        assert live.http.request(method, path, headers=grant).status_code == 403
    # The grant is short-lived.
    live.advance(minutes=2)
    assert live.http.get(f"/api/v1/employees/{ada}/status", headers=grant).status_code == 401

    unknown = live.http.post("/api/v1/kiosk/identify", headers=kiosk, json={"badge": "FFFF"})
    assert (unknown.status_code, unknown.json()["code"]) == (404, "UNKNOWN_BADGE")
    # An employee token cannot act as a kiosk.
    r = live.http.post(
        "/api/v1/kiosk/identify", headers=live.sign_in("Bob"), json={"badge": "04A1B2"}
    )
    assert r.status_code == 403


def test_a_pin_locks_after_five_wrong_tries(live_sqlite: Live) -> None:
    live = live_sqlite
    ada = live.add_employee("Ada", pin="2468")
    kiosk = live.device()
    ident = lambda pin: live.http.post(  # noqa: E731
        "/api/v1/kiosk/identify", headers=kiosk, json={"employee_id": ada, "pin": pin}
    )
    assert ident("2468").status_code == 200
    codes = [ident("0000").json()["code"] for _ in range(5)]
    assert codes == ["WRONG_PIN"] * 4 + ["PIN_LOCKED"]
    r = ident("2468")
    assert (r.status_code, r.json()["code"]) == (423, "PIN_LOCKED")
    live.ctx.accounts.unlock_pin(ada)
    assert ident("2468").status_code == 200


def test_kiosk_offline_replay_keeps_the_original_time(live_sqlite: Live) -> None:
    live = live_sqlite
    ada = live.add_employee("Ada", badge="B-1")
    kiosk = live.device()
    body = {
        "badge": "B-1",
        "action": "clock_in",
        "at": "2026-11-18T07:30:00Z",
        "punch_id": "kiosk-1-77",
        "offline": True,
    }
    r = live.http.post("/api/v1/kiosk/punch", headers=kiosk, json=body)
    assert r.status_code == 200, r.text
    session = r.json()["data"]["session"]
    assert session["clock_in_time"] == "2026-11-18T07:30:00Z" and session["offline"] is True
    again = live.http.post("/api/v1/kiosk/punch", headers=kiosk, json=body)
    assert again.json()["data"]["session"]["session_id"] == session["session_id"]
    # The same old time from an employee's workstation is refused.
    r = live.http.put(
        f"/employee/{ada}/attendance/clockout",
        headers=live.sign_in("Ada"),
        json={"clock_out_date_time": "2026-11-18T08:00:00Z"},
    )
    assert r.json()["res_status"] == "PUNCH_TIME_OUT_OF_TOLERANCE"


def test_wrong_passwords_are_rate_limited(live_sqlite: Live) -> None:
    live = live_sqlite
    live.add_employee("Ada")
    attempt = lambda pw: live.http.post(  # noqa: E731
        "/api/v1/auth/signin", json={"email": "ada@example.com", "password": pw}
    )
    assert [attempt("wrong").status_code for _ in range(5)] == [401] * 5
    r = attempt("correct horse")
    assert (r.status_code, r.json()["code"]) == (429, "TOO_MANY_ATTEMPTS")
    live.advance(seconds=31)
    assert attempt("correct horse").status_code == 200
