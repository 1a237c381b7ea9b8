"""Bad input gets a 4xx with the documented body of its API, and changes nothing."""

from __future__ import annotations

import pytest

from .live import Live


@pytest.fixture
def ada(live_sqlite: Live) -> tuple[Live, int, dict[str, str]]:
    live = live_sqlite
    emp = live.add_employee("Ada")
    return live, emp, live.sign_in("Ada")


def test_malformed_json(ada) -> None:
    live, emp, auth = ada
    headers = {**auth, "Content-Type": "application/json"}
    r = live.http.post(
        f"/employee/{emp}/attendance/clockin", headers=headers, content=b'{"clock_in'
    )
    assert r.status_code == 400
    assert r.json() == {
        "response": "The request body is not valid JSON.",
        "http_status_code": 400,
        "res_status": "INVALID_INPUT",
    }
    r = live.http.post("/api/v1/attendance/checkin", headers=headers, content=b"[1,")
    assert r.status_code == 400
    assert r.json() == {
        "success": False,
        "message": "The request body is not valid JSON.",
        "code": "INVALID_INPUT",
    }
    assert live.ctx.service.status(emp).open_session is None


@pytest.mark.parametrize(
    "body", [{}, {"user_id": "one"}, {"user_id": 0}, {"user_id": 1, "date": 5}]
)
def test_wrong_fields_are_400(ada, body) -> None:
    live, _emp, auth = ada
    r = live.http.post("/api/v1/attendance/checkin", headers=auth, json=body)
    assert r.status_code == 400
    assert r.json()["success"] is False and r.json()["code"] == "INVALID_INPUT"


@pytest.mark.parametrize(
    "path", ["/employee/abc/details", "/employee/99999999999999/details", "/employee/-1/details"]
)
def test_bad_employee_ids(ada, path: str) -> None:
    live, _emp, auth = ada
    r = live.http.get(path, headers=auth)
    assert r.status_code == 400
    assert set(r.json()) == {"response", "http_status_code", "res_status"}


def test_oversized_body_is_413_before_anything_happens(ada) -> None:
    live, emp, auth = ada
    big = {"clock_in_date_time": "x" * 100_000}
    r = live.http.post(f"/employee/{emp}/attendance/clockin", headers=auth, json=big)
    assert r.status_code == 413
    assert r.json()["res_status"] == "BODY_TOO_LARGE"

    def chunks():
        for _ in range(100):
            yield b" " * 1024

    r = live.http.post(
        "/api/v1/attendance/checkin",
        headers={**auth, "Content-Type": "application/json"},
        content=chunks(),
    )
    assert r.status_code == 413
    assert r.json()["code"] == "BODY_TOO_LARGE"
    assert live.ctx.service.status(emp).open_session is None


def test_unknown_routes_and_methods_use_the_body_of_their_api(ada) -> None:
    live, emp, auth = ada
    r = live.http.get(f"/employee/{emp}/nothing", headers=auth)
    assert (r.status_code, r.json()["res_status"]) == (404, "NOT_FOUND")
    r = live.http.delete(f"/employee/{emp}/details", headers=auth)
    assert (r.status_code, r.json()["res_status"]) == (405, "METHOD_NOT_ALLOWED")
    r = live.http.get("/api/v1/nothing", headers=auth)
    assert r.json() == {
        "success": False,
        "message": "There is nothing at this address.",
        "code": "NOT_FOUND",
    }


def test_health_needs_no_token_and_openapi_lists_every_route(ada) -> None:
    live, _emp, _auth = ada
    assert live.http.get("/health").json() == {"status": "ok"}
    paths = live.http.get("/openapi.json").json()["paths"]
    for path in (
        "/employee/{employee_id}/attendance/month_stat",
        "/api/v1/attendance/breaks/end",
        "/api/v1/auth/signin",
        "/api/v1/kiosk/identify",
    ):
        assert path in paths


@pytest.mark.parametrize("blank", ["\u00a0", "  ", "\t"])
def test_a_blank_date_is_a_missing_date_not_a_server_error(ada, blank: str) -> None:
    """Found by schemathesis: a date of only (non-breaking) spaces crashed create."""
    live, emp, _auth = ada
    live.add_employee("Root", role="admin")
    admin = live.sign_in("Root")
    r = live.http.post("/api/v1/attendance", headers=admin, json={"user_id": emp, "date": blank})
    assert r.status_code == 400
    assert r.json() == {
        "success": False,
        "message": "date is required, like 2024-01-15.",
        "code": "INVALID_DATE",
    }
