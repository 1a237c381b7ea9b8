"""Every route x every kind of caller: who gets in, and who is refused with 401 or 403.

The routes are read from the server's own /openapi.json, so a route added without a line
here fails the test until somebody says who may call it.
"""

from __future__ import annotations

from typing import Any

import jwt
import pytest

from .live import PASSWORD, Live, fill_ids

# Kinds of caller. "ada_grant" is a kiosk's short grant for Ada, "bob_grant" one for Bob.
CALLERS = ("nobody", "forged", "ada", "bob", "root", "device", "ada_grant", "bob_grant")
OPEN = frozenset(CALLERS)
OWN = frozenset({"ada", "root"})  # Ada's own data: Ada and an admin
PUNCH = OWN | {"ada_grant"}  # and the kiosk grant that identified Ada
PEOPLE = frozenset({"ada", "bob", "root"})  # anyone signed in with a password
ADMIN = frozenset({"root"})
DEVICE = frozenset({"device"})

# (method, path as in /openapi.json) -> (who gets in, the request: path ids filled, body).
# {a} Ada, {s} her open session, {b} her running break, {d} a record to delete, {r} Root.
MATRIX: dict[tuple[str, str], tuple[frozenset[str], str, Any]] = {
    ("GET", "/health"): (OPEN, "/health", None),
    ("POST", "/api/v1/auth/signin"): (
        OPEN, "/api/v1/auth/signin", {"email": "ada@example.com", "password": PASSWORD}
    ),
    ("GET", "/api/v1/users/me"): (PEOPLE, "/api/v1/users/me", None),
    # Seed 000
    ("GET", "/employee/{employee_id}/details"): (OWN, "/employee/{a}/details", None),
    ("POST", "/employee/{employee_id}/attendance/clockin"): (
        PUNCH, "/employee/{a}/attendance/clockin", None
    ),
    ("PUT", "/employee/{employee_id}/attendance/clockout"): (
        PUNCH, "/employee/{a}/attendance/clockout", None
    ),
    ("GET", "/employee/{employee_id}/attendance/month_stat"): (
        OWN, "/employee/{a}/attendance/month_stat?month=11&year=2026", None
    ),
    ("GET", "/employee/{employee_id}/attendance/data"): (
        OWN, "/employee/{a}/attendance/data?month=11&year=2026", None
    ),
    # Seed 004
    ("POST", "/api/v1/attendance/checkin"): (
        PUNCH, "/api/v1/attendance/checkin", {"user_id": "{a}"}
    ),
    ("POST", "/api/v1/attendance/checkout"): (
        PUNCH, "/api/v1/attendance/checkout", {"user_id": "{a}"}
    ),
    ("POST", "/api/v1/attendance"): (
        ADMIN, "/api/v1/attendance", {"user_id": "{a}", "date": "2026-11-16"}
    ),
    ("GET", "/api/v1/attendance"): (PEOPLE, "/api/v1/attendance", None),
    ("GET", "/api/v1/attendance/{id}"): (OWN, "/api/v1/attendance/{s}", None),
    ("DELETE", "/api/v1/attendance/{id}"): (ADMIN, "/api/v1/attendance/{d}", None),
    ("GET", "/api/v1/attendance/user/{user_id}"): (PUNCH, "/api/v1/attendance/user/{a}", None),
    ("POST", "/api/v1/attendance/user/range"): (
        OWN,
        "/api/v1/attendance/user/range",
        {"user_id": "{a}", "start_date": "2026-11-01", "end_date": "2026-11-30"},
    ),
    ("POST", "/api/v1/attendance/breaks"): (
        PUNCH, "/api/v1/attendance/breaks", {"attendance_id": "{s}"}
    ),
    ("PUT", "/api/v1/attendance/breaks/end"): (
        PUNCH, "/api/v1/attendance/breaks/end", {"break_id": "{b}"}
    ),
    # Our own routes
    ("GET", "/api/v1/employees"): (ADMIN, "/api/v1/employees", None),
    ("GET", "/api/v1/employees/{employee_id}/status"): (
        PUNCH, "/api/v1/employees/{a}/status", None
    ),
    ("POST", "/api/v1/employees/{employee_id}/breaks/start"): (
        PUNCH, "/api/v1/employees/{a}/breaks/start", None
    ),
    ("POST", "/api/v1/employees/{employee_id}/breaks/end"): (
        PUNCH, "/api/v1/employees/{a}/breaks/end", None
    ),
    # Undo is for the person themself (and an admin): a kiosk undoes through its own route.
    ("POST", "/api/v1/employees/{employee_id}/punches/{punch_id}/undo"): (
        OWN, "/api/v1/employees/{a}/punches/nothing-here/undo", None
    ),
    ("GET", "/api/v1/employees/{employee_id}/sessions"): (
        OWN, "/api/v1/employees/{a}/sessions?start=2026-11-01&end=2026-11-30", None
    ),
    # Corrections
    ("POST", "/api/v1/corrections"): (
        OWN,
        "/api/v1/corrections",
        {"user_id": "{a}", "date": "2026-11-16", "leave_type": "vacation", "reason": "Trip"},
    ),
    ("GET", "/api/v1/corrections"): (PEOPLE, "/api/v1/corrections?status=pending", None),
    ("POST", "/api/v1/corrections/{id}/approve"): (
        ADMIN, "/api/v1/corrections/1/approve", {"comment": "ok"}
    ),
    ("POST", "/api/v1/corrections/{id}/reject"): (
        ADMIN, "/api/v1/corrections/1/reject", {"comment": "no"}
    ),
    ("PUT", "/api/v1/attendance/{id}"): (ADMIN, "/api/v1/attendance/{s}", {"reason": "Fix"}),
    ("GET", "/api/v1/employees/{employee_id}/history"): (
        OWN, "/api/v1/employees/{a}/history?date=2026-11-16", None
    ),
    # Payroll
    ("GET", "/api/v1/reports/month"): (
        ADMIN, "/api/v1/reports/month?year=2026&month=11&format=csv", None
    ),
    ("POST", "/api/v1/periods/{year}/{month}/lock"): (
        ADMIN, "/api/v1/periods/2026/10/lock", None
    ),
    ("DELETE", "/api/v1/periods/{year}/{month}/lock"): (
        ADMIN, "/api/v1/periods/2026/10/lock", None
    ),
    ("GET", "/api/v1/periods"): (ADMIN, "/api/v1/periods", None),
    # The team console's reads
    ("GET", "/api/v1/admin/presence"): (ADMIN, "/api/v1/admin/presence", None),
    ("GET", "/api/v1/admin/team-month"): (
        ADMIN, "/api/v1/admin/team-month?year=2026&month=11&employee_ids={a}", None
    ),
    ("GET", "/api/v1/admin/employees"): (ADMIN, "/api/v1/admin/employees", None),
    ("GET", "/api/v1/admin/calendar"): (ADMIN, "/api/v1/admin/calendar", None),
    ("PUT", "/api/v1/admin/calendar"): (
        ADMIN, "/api/v1/admin/calendar",
        {"country": "", "subdivision": "", "company_holidays": [], "work_week": [0, 1, 2, 3, 4]},
    ),
    # The admin's employees and kiosks ({k} a spare kiosk)
    ("POST", "/api/v1/admin/employees"): (
        ADMIN, "/api/v1/admin/employees",
        {"first_name": "New", "last_name": "Person", "email": "new@example.com"},
    ),
    ("PATCH", "/api/v1/admin/employees/{employee_id}"): (
        ADMIN, "/api/v1/admin/employees/{a}", {"job_title": "Analyst"}
    ),
    ("POST", "/api/v1/admin/employees/{employee_id}/deactivate"): (
        ADMIN, "/api/v1/admin/employees/{a}/deactivate", None
    ),
    ("POST", "/api/v1/admin/employees/{employee_id}/reactivate"): (
        ADMIN, "/api/v1/admin/employees/{a}/reactivate", None
    ),
    ("POST", "/api/v1/admin/employees/{employee_id}/pin"): (
        ADMIN, "/api/v1/admin/employees/{a}/pin", {"pin": "8642"}
    ),
    ("POST", "/api/v1/admin/employees/{employee_id}/password"): (
        ADMIN, "/api/v1/admin/employees/{a}/password", {"password": "a new password"}
    ),
    ("GET", "/api/v1/admin/devices"): (ADMIN, "/api/v1/admin/devices", None),
    ("POST", "/api/v1/admin/devices"): (ADMIN, "/api/v1/admin/devices", {"name": "Back door"}),
    ("DELETE", "/api/v1/admin/devices/{device_id}"): (
        ADMIN, "/api/v1/admin/devices/{k}", None
    ),
    # Kiosk devices
    ("POST", "/api/v1/kiosk/identify"): (DEVICE, "/api/v1/kiosk/identify", {"badge": "B-ADA"}),
    ("POST", "/api/v1/kiosk/punch"): (
        DEVICE, "/api/v1/kiosk/punch", {"badge": "B-ADA", "action": "clock_out"}
    ),
    ("GET", "/api/v1/kiosk/roster"): (DEVICE, "/api/v1/kiosk/roster", None),
    ("GET", "/api/v1/kiosk/device"): (DEVICE, "/api/v1/kiosk/device", None),
    ("POST", "/api/v1/kiosk/admin"): (
        DEVICE, "/api/v1/kiosk/admin", {"employee_id": "{r}", "pin": "1357"}
    ),
    ("POST", "/api/v1/kiosk/replay"): (DEVICE, "/api/v1/kiosk/replay", {"punches": []}),
    ("POST", "/api/v1/kiosk/undo"): (
        DEVICE, "/api/v1/kiosk/undo", {"punch_id": "nothing-here", "employee_id": "{a}"}
    ),
    ("POST", "/api/v1/kiosk/resolve"): (
        DEVICE, "/api/v1/kiosk/resolve", {"badge": "B-ADA", "left_at": "2026-11-18T09:00:00Z"}
    ),
}  # fmt: skip


def _grant(live: Live, device: dict[str, str], badge: str) -> dict[str, str]:
    r = live.http.post("/api/v1/kiosk/identify", headers=device, json={"badge": badge})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['data']['token']}"}


@pytest.fixture
def world(live: Live) -> tuple[Live, dict[str, dict[str, str]], dict[str, int]]:
    ada = live.add_employee("Ada", badge="B-ADA")
    live.add_employee("Bob", badge="B-BOB")
    root = live.add_employee("Root", role="admin", pin="1357")
    device = live.device()
    headers = {
        "nobody": {},
        "forged": {
            "Authorization": "Bearer "
            + jwt.encode(
                {"sub": str(ada), "role": "admin", "iss": "attendance-server", "exp": 2**40},
                "not the server's secret at all, not at all",
                algorithm="HS256",
            )
        },
        "ada": live.sign_in("Ada"),
        "bob": live.sign_in("Bob"),
        "root": live.sign_in("Root"),
        "device": device,
        "ada_grant": _grant(live, device, "B-ADA"),
        "bob_grant": _grant(live, device, "B-BOB"),
    }
    auth = headers["ada"]
    s = live.http.post(f"/employee/{ada}/attendance/clockin", headers=auth).json()["session_id"]
    b = live.http.post(f"/api/v1/employees/{ada}/breaks/start", headers=auth).json()["data"]["id"]
    live.clock.set(live.clock.now().replace(day=16))  # a record on Monday, for the delete
    d = live.ctx.records.create_absence(ada, live.clock.now().date()).id
    live.clock.set(live.clock.now().replace(day=18))
    k = live.ctx.accounts.add_device("Spare")[0].id
    return live, headers, {"a": ada, "s": s, "b": b, "d": d, "r": root, "k": k}


def test_every_route_of_the_server_is_in_the_matrix(live: Live) -> None:
    paths = live.http.get("/openapi.json").json()["paths"]
    served = {
        (method.upper(), path)
        for path, operations in paths.items()
        for method in operations
        if method in ("get", "post", "put", "delete", "patch")
    }
    assert served == set(MATRIX)


@pytest.mark.parametrize(
    ("method", "route"), sorted(MATRIX), ids=[f"{m} {p}" for m, p in sorted(MATRIX)]
)
def test_each_kind_of_caller_gets_in_or_is_refused(
    world: tuple[Live, dict[str, dict[str, str]], dict[str, int]], method: str, route: str
) -> None:
    live, headers, ids = world
    allowed, path, body = MATRIX[(method, route)]
    path, body = fill_ids(path, ids), fill_ids(body, ids)
    # The refused first: an allowed call may change what the next one finds.
    for caller in sorted(CALLERS, key=lambda c: c in allowed):
        r = live.http.request(method, path, headers=headers[caller], json=body)
        if caller in allowed:
            assert r.status_code not in (401, 403), (caller, r.status_code, r.text)
        elif caller in ("nobody", "forged"):
            assert r.status_code == 401, (caller, r.status_code, r.text)
        else:
            # Someone else's record is "not found" rather than forbidden: its existence
            # is not revealed (seed 004's records by id).
            assert r.status_code in (403, 404), (caller, r.status_code, r.text)
            if route.startswith("/api/v1/admin/"):  # refused before any record is read
                assert r.status_code == 403, (caller, r.status_code, r.text)
            assert "Ada" not in r.text and "ada@example.com" not in r.text
