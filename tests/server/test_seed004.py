"""Seed 004, the HRM attendance API: envelope, statuses, formula, 404/409/400 cases."""

from __future__ import annotations

import pytest

from .live import Live

ATTENDANCE_KEYS = {
    "id",
    "user_id",
    "date",
    "check_in_time",
    "check_out_time",
    "total_work_hours",
    "status",
    "created_at",
    "updated_at",
    "breaks",
}
BREAK_KEYS = {
    "id",
    "attendance_id",
    "start_time",
    "end_time",
    "duration",
    "reason",
    "created_at",
    "updated_at",
}


def _ok(r, message: str, status: int = 200) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["success"] is True and body["message"] == message
    return body.get("data")


def _fail(r, status: int, code: str) -> dict:
    assert r.status_code == status, r.text
    body = r.json()
    assert body["success"] is False and body["message"] and body["code"] == code
    assert set(body) == {"success", "message", "code"}
    return body


@pytest.fixture
def people(live: Live) -> dict:
    ada, bob = live.add_employee("Ada"), live.add_employee("Bob")
    live.add_employee("Root", role="admin")
    return {"ada": ada, "bob": bob, "a": live.sign_in("Ada"), "root": live.sign_in("Root")}


def test_a_work_day_with_a_break(live: Live, people) -> None:
    ada, auth = people["ada"], people["a"]
    data = _ok(
        live.http.post(
            "/api/v1/attendance/checkin", headers=auth, json={"user_id": ada, "date": "2026-11-18"}
        ),
        "Check-in successful",
    )
    att = data["attendance"]
    assert set(att) >= ATTENDANCE_KEYS
    assert att | {} == att and att["status"] == "present" and att["check_out_time"] is None
    assert att["date"] == "2026-11-18T00:00:00Z" and att["total_work_hours"] == 0
    assert data["check_in_time"] == att["check_in_time"] == "2026-11-18T10:00:00Z"
    assert data["message"] == "Check-in successful"

    live.advance(hours=2)
    brk = _ok(
        live.http.post(
            "/api/v1/attendance/breaks",
            headers=auth,
            json={
                "attendance_id": att["id"],
                "start_time": "2026-11-18T12:00:00Z",
                "reason": "Lunch break",
            },
        ),
        "Break added successfully",
        201,
    )
    assert set(brk["break"]) == BREAK_KEYS
    assert brk["break"]["end_time"] is None and brk["break"]["duration"] == 0
    assert brk["break"]["reason"] == "Lunch break"

    live.advance(hours=1)
    ended = _ok(
        live.http.put(
            "/api/v1/attendance/breaks/end",
            headers=auth,
            json={"break_id": brk["break"]["id"], "end_time": "2026-11-18T13:00:00Z"},
        ),
        "Break ended successfully",
    )
    assert ended["duration"] == ended["break"]["duration"] == 60
    _fail(
        live.http.put(
            "/api/v1/attendance/breaks/end", headers=auth, json={"break_id": brk["break"]["id"]}
        ),
        409,
        "BREAK_ALREADY_ENDED",
    )

    live.advance(hours=5)
    out = _ok(
        live.http.post(
            "/api/v1/attendance/checkout", headers=auth, json={"user_id": ada, "date": "2026-11-18"}
        ),
        "Check-out successful",
    )
    assert out["attendance"]["status"] == "completed"
    assert out["check_out_time"] == "2026-11-18T18:00:00Z"
    # (18:00 - 10:00) - 60 min of break = 7 hours
    assert out["total_work_hours"] == out["attendance"]["total_work_hours"] == 7
    assert len(out["attendance"]["breaks"]) == 1

    _fail(
        live.http.post("/api/v1/attendance/checkout", headers=auth, json={"user_id": ada}),
        409,
        "ALREADY_CHECKED_OUT",
    )


def test_check_in_twice_is_409_and_check_out_first_is_400(live: Live, people) -> None:
    ada, auth = people["ada"], people["a"]
    _fail(
        live.http.post("/api/v1/attendance/checkout", headers=auth, json={"user_id": ada}),
        400,
        "NO_OPEN_SESSION",
    )
    live.http.post("/api/v1/attendance/checkin", headers=auth, json={"user_id": ada})
    _fail(
        live.http.post("/api/v1/attendance/checkin", headers=auth, json={"user_id": ada}),
        409,
        "ALREADY_CLOCKED_IN",
    )


def test_check_in_for_another_day_or_unknown_user(live: Live, people) -> None:
    _fail(
        live.http.post(
            "/api/v1/attendance/checkin",
            headers=people["a"],
            json={"user_id": people["ada"], "date": "2026-11-17"},
        ),
        400,
        "INVALID_DATE",
    )
    _fail(
        live.http.post(
            "/api/v1/attendance/checkin", headers=people["root"], json={"user_id": 4242}
        ),
        404,
        "EMPLOYEE_NOT_FOUND",
    )


def test_create_get_list_and_delete(live: Live, people) -> None:
    ada, root = people["ada"], people["root"]
    created = _ok(
        live.http.post(
            "/api/v1/attendance", headers=root, json={"user_id": ada, "date": "2026-11-16"}
        ),
        "Attendance created successfully",
        201,
    )
    assert created["status"] == "absent" and created["check_in_time"] is None
    assert created["total_work_hours"] == 0 and created["breaks"] == []
    assert created["date"] == "2026-11-16T00:00:00Z"
    _fail(
        live.http.post(
            "/api/v1/attendance",
            headers=root,
            json={"user_id": ada, "date": "2026-11-16T08:00:00Z"},
        ),
        409,
        "ATTENDANCE_EXISTS",
    )

    got = _ok(
        live.http.get(f"/api/v1/attendance/{created['id']}", headers=root),
        "Attendance retrieved successfully",
    )
    assert got == created
    by_date = _ok(
        live.http.get(f"/api/v1/attendance/user/{ada}?date=2026-11-16", headers=root),
        "User attendance retrieved successfully",
    )
    assert by_date["id"] == created["id"]

    live.http.post("/api/v1/attendance/checkin", headers=people["a"], json={"user_id": ada})
    listed = _ok(
        live.http.get("/api/v1/attendance", headers=root),
        "All attendance records retrieved successfully",
    )
    assert listed["total"] == 2
    assert [a["status"] for a in listed["attendances"]] == ["absent", "present"]

    _ok(
        live.http.delete(f"/api/v1/attendance/{created['id']}", headers=root),
        "Attendance deleted successfully",
    )
    _fail(
        live.http.get(f"/api/v1/attendance/{created['id']}", headers=root), 404, "SESSION_NOT_FOUND"
    )
    _fail(
        live.http.delete(f"/api/v1/attendance/{created['id']}", headers=root),
        404,
        "SESSION_NOT_FOUND",
    )


def test_a_retried_delete_never_removes_a_newer_record(live: Live, people) -> None:
    # Ids are positive, shared by sessions and absence records, and never given again.
    ada, bob, root = people["ada"], people["bob"], people["root"]
    created = live.http.post(
        "/api/v1/attendance", headers=root, json={"user_id": ada, "date": "2026-11-16"}
    ).json()["data"]
    _ok(
        live.http.delete(f"/api/v1/attendance/{created['id']}", headers=root),
        "Attendance deleted successfully",
    )
    other = live.http.post(
        "/api/v1/attendance", headers=root, json={"user_id": bob, "date": "2026-11-16"}
    ).json()["data"]
    bob_auth = live.sign_in("Bob")
    session = live.http.post(
        "/api/v1/attendance/checkin", headers=bob_auth, json={"user_id": bob}
    ).json()["data"]["attendance"]
    ids = [created["id"], other["id"], session["id"]]
    assert ids == sorted(set(ids)) and ids[0] > 0, ids
    _fail(
        live.http.delete(f"/api/v1/attendance/{created['id']}", headers=root),
        404,
        "SESSION_NOT_FOUND",
    )
    for kept in (other, session):
        _ok(
            live.http.get(f"/api/v1/attendance/{kept['id']}", headers=root),
            "Attendance retrieved successfully",
        )
    # A negative id names nothing.
    assert live.http.delete("/api/v1/attendance/-1", headers=root).status_code == 400


def test_a_check_in_takes_the_place_of_that_days_absence(live: Live, people) -> None:
    """A day recorded as absent before anyone checked in becomes present with the check-in
    (on PostgreSQL the record goes in the clock-in's own statement); other days' stay."""
    ada, root = people["ada"], people["root"]
    for day in ("2026-11-18", "2026-11-20"):  # the server's clock says 18 November
        live.http.post("/api/v1/attendance", headers=root, json={"user_id": ada, "date": day})

    _ok(
        live.http.post("/api/v1/attendance/checkin", headers=people["a"], json={"user_id": ada}),
        "Check-in successful",
    )

    listed = _ok(
        live.http.get("/api/v1/attendance", headers=root),
        "All attendance records retrieved successfully",
    )
    assert [(a["date"][:10], a["status"]) for a in listed["attendances"]] == [
        ("2026-11-18", "present"),
        ("2026-11-20", "absent"),
    ]


def test_creating_and_deleting_needs_an_admin(live: Live, people) -> None:
    ada, auth = people["ada"], people["a"]
    _fail(
        live.http.post(
            "/api/v1/attendance", headers=auth, json={"user_id": ada, "date": "2026-11-16"}
        ),
        403,
        "FORBIDDEN",
    )
    att = live.http.post("/api/v1/attendance/checkin", headers=auth, json={"user_id": ada}).json()
    _fail(
        live.http.delete(f"/api/v1/attendance/{att['data']['attendance']['id']}", headers=auth),
        403,
        "FORBIDDEN",
    )


def test_an_employee_lists_only_their_own(live: Live, people) -> None:
    bob_auth = live.sign_in("Bob")
    live.http.post(
        "/api/v1/attendance/checkin", headers=people["a"], json={"user_id": people["ada"]}
    )
    live.http.post("/api/v1/attendance/checkin", headers=bob_auth, json={"user_id": people["bob"]})
    mine = _ok(
        live.http.get("/api/v1/attendance", headers=bob_auth),
        "All attendance records retrieved successfully",
    )
    assert mine["total"] == 1 and mine["attendances"][0]["user_id"] == people["bob"]


def test_user_on_date_and_range(live: Live, people) -> None:
    ada, auth = people["ada"], people["a"]
    _fail(live.http.get(f"/api/v1/attendance/user/{ada}", headers=auth), 404, "SESSION_NOT_FOUND")
    live.http.post("/api/v1/attendance/checkin", headers=auth, json={"user_id": ada})
    today = _ok(
        live.http.get(f"/api/v1/attendance/user/{ada}", headers=auth),
        "User attendance retrieved successfully",
    )
    assert today["status"] == "present"
    same = _ok(
        live.http.get(
            f"/api/v1/attendance/user/{ada}?date=2026-11-18T23:00:00%2B01:00", headers=auth
        ),
        "User attendance retrieved successfully",
    )
    assert same["id"] == today["id"]
    _fail(
        live.http.get(f"/api/v1/attendance/user/{ada}?date=18.11.2026", headers=auth),
        400,
        "INVALID_DATE",
    )

    rng = _ok(
        live.http.post(
            "/api/v1/attendance/user/range",
            headers=auth,
            json={"user_id": ada, "start_date": "2026-11-01", "end_date": "2026-11-30"},
        ),
        "Attendance range retrieved successfully",
    )
    assert rng["total"] == 1 and rng["attendances"][0]["id"] == today["id"]
    _fail(
        live.http.post(
            "/api/v1/attendance/user/range",
            headers=auth,
            json={"user_id": ada, "start_date": "2026-11-30", "end_date": "2026-11-01"},
        ),
        400,
        "INVALID_DATE",
    )
    _fail(
        live.http.post(
            "/api/v1/attendance/user/range",
            headers=people["root"],
            json={"user_id": 777, "start_date": "2026-11-01", "end_date": "2026-11-30"},
        ),
        404,
        "EMPLOYEE_NOT_FOUND",
    )


def test_break_errors(live: Live, people) -> None:
    auth = people["a"]
    _fail(
        live.http.post("/api/v1/attendance/breaks", headers=auth, json={"attendance_id": 999}),
        404,
        "SESSION_NOT_FOUND",
    )
    _fail(
        live.http.put("/api/v1/attendance/breaks/end", headers=auth, json={"break_id": 999}),
        404,
        "BREAK_NOT_FOUND",
    )
    att = live.http.post(
        "/api/v1/attendance/checkin", headers=auth, json={"user_id": people["ada"]}
    ).json()["data"]["attendance"]
    live.http.post("/api/v1/attendance/breaks", headers=auth, json={"attendance_id": att["id"]})
    _fail(
        live.http.post(
            "/api/v1/attendance/breaks", headers=auth, json={"attendance_id": att["id"]}
        ),
        409,
        "BREAK_ALREADY_RUNNING",
    )


def test_sign_in_and_me(live: Live, people) -> None:
    _fail(
        live.http.post(
            "/api/v1/auth/signin", json={"email": "ada@example.com", "password": "nope"}
        ),
        401,
        "NOT_AUTHENTICATED",
    )
    _fail(
        live.http.post(
            "/api/v1/auth/signin", json={"email": "who@example.com", "password": "nope"}
        ),
        401,
        "NOT_AUTHENTICATED",
    )
    me = _ok(live.http.get("/api/v1/users/me", headers=people["a"]), "User retrieved successfully")
    assert (
        me["id"] == people["ada"] and me["email"] == "ada@example.com" and me["role"] == "employee"
    )
