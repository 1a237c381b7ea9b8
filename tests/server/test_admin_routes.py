"""The admin's employees and kiosks over HTTP, on SQLite and PostgreSQL: what each change
does to the rest of the server (sign-in, tokens, month_stat, kiosks), not only its answer."""

from __future__ import annotations

from typing import Any

import pytest

from attendance_desktop.core.errors import MAX_PIN_FAILURES

from .live import PASSWORD, Live

ADMIN = "/api/v1/admin"
EVERY_FIELD: dict[str, Any] = {
    "first_name": "Grace",
    "last_name": "Hopper",
    "email": "grace@example.com",
    "phone_number": "+1 555 0100",
    "job_title": "Rear admiral",
    "department": "Navy",
    "timezone": "America/New_York",
    "start_date": "2026-11-02",
    "work_week": [0, 1, 2, 3],
    "role": "employee",
    "password": "cobol forever",
    "pin": "4711",
    "badge": "B-GRACE",
}


@pytest.fixture
def admin(live: Live) -> dict[str, str]:
    live.add_employee("Root", role="admin")
    return live.sign_in("Root")


def _ok(r: Any, status: int = 200) -> Any:
    assert r.status_code == status, r.text
    return r.json()["data"]


def _add(live: Live, admin: dict[str, str], **fields: Any) -> dict[str, Any]:
    return dict(_ok(live.http.post(f"{ADMIN}/employees", headers=admin, json=fields), 201))


def test_an_admin_adds_an_employee_with_every_field_and_reads_them_back(
    live: Live, admin: dict[str, str]
) -> None:
    added = _add(live, admin, **EVERY_FIELD)
    listed = _ok(live.http.get("/api/v1/employees", headers=admin))["employees"]
    (read,) = [e for e in listed if e["employee_id"] == added["employee_id"]]
    for name in ("first_name", "last_name", "email", "phone_number", "job_title",
                 "department", "timezone", "start_date", "work_week"):  # fmt: skip
        assert added[name] == read[name] == EVERY_FIELD[name], name
    assert added["role"] == "employee" and added["badge"] == "B-GRACE"
    assert added["has_password"] and added["has_pin"] and added["active"]
    assert "cobol" not in str(added) and "4711" not in str(added)  # secrets never answered
    # The password signs in; the badge and PIN work at a kiosk.
    r = live.http.post(
        "/api/v1/auth/signin", json={"email": "grace@example.com", "password": "cobol forever"}
    )
    assert r.status_code == 200, r.text
    device = live.device()
    for who in ({"badge": "B-GRACE"}, {"employee_id": added["employee_id"], "pin": "4711"}):
        r = live.http.post("/api/v1/kiosk/identify", headers=device, json=who)
        assert r.status_code == 200, r.text


def test_without_a_start_date_the_employee_starts_today_in_their_zone(
    live: Live, admin: dict[str, str]
) -> None:
    # 2026-11-18T10:00Z is still the 18th in Honolulu and already the 19th in Kiritimati.
    hono = _add(live, admin, first_name="H", last_name="H", email="h@example.com",
                timezone="Pacific/Honolulu")  # fmt: skip
    kiri = _add(live, admin, first_name="K", last_name="K", email="k@example.com",
                timezone="Pacific/Kiritimati")  # fmt: skip
    assert (hono["start_date"], kiri["start_date"]) == ("2026-11-18", "2026-11-19")
    assert hono["work_week"] == [0, 1, 2, 3, 4] and hono["role"] == "employee"


def test_editing_the_work_week_shows_in_month_stat_at_once(
    live: Live, admin: dict[str, str]
) -> None:
    ada = live.add_employee("Ada")
    stat = f"/employee/{ada}/attendance/month_stat?month=11&year=2026"
    before = live.http.get(stat, headers=admin).json()["total_working_days"]
    changed = _ok(
        live.http.patch(
            f"{ADMIN}/employees/{ada}",
            headers=admin,
            json={"work_week": [5, 0, 1, 2, 3, 4, 5], "job_title": "Analyst"},
        )
    )
    assert changed["work_week"] == [0, 1, 2, 3, 4, 5] and changed["job_title"] == "Analyst"
    assert changed["first_name"] == "Ada"  # what was not given is unchanged
    after = live.http.get(stat, headers=admin).json()["total_working_days"]
    # The days so far, 1-17 November 2026: 12 weekdays, and then the 7th and 14th too.
    assert (before, after) == (12, 14)


def test_deactivating_ends_tokens_and_sign_in_and_reactivating_restores_them(
    live: Live, admin: dict[str, str]
) -> None:
    ada = live.add_employee("Ada", badge="B-ADA")
    token = live.sign_in("Ada")
    gone = _ok(
        live.http.post(
            f"{ADMIN}/employees/{ada}/deactivate", headers=admin, json={"last_day": "2026-11-17"}
        )
    )
    assert gone["active"] is False and gone["end_date"] == "2026-11-17"
    assert live.http.get("/api/v1/users/me", headers=token).status_code == 401
    r = live.http.post(
        "/api/v1/auth/signin", json={"email": "ada@example.com", "password": PASSWORD}
    )
    assert r.status_code in (401, 403) and "deactivated" in r.json()["message"]
    r = live.http.post("/api/v1/kiosk/identify", headers=live.device(), json={"badge": "B-ADA"})
    assert r.status_code in (403, 404), r.text

    back = _ok(live.http.post(f"{ADMIN}/employees/{ada}/reactivate", headers=admin))
    assert back["active"] is True and back["end_date"] is None
    again = live.sign_in("Ada")
    assert live.http.get("/api/v1/users/me", headers=again).status_code == 200


def test_an_admin_cannot_deactivate_or_demote_themself(live: Live, admin: dict[str, str]) -> None:
    root = live.http.get("/api/v1/users/me", headers=admin).json()["data"]["employee_id"]
    r = live.http.post(f"{ADMIN}/employees/{root}/deactivate", headers=admin)
    assert (r.status_code, r.json()["code"]) == (400, "INVALID_INPUT")
    r = live.http.patch(f"{ADMIN}/employees/{root}", headers=admin, json={"role": "employee"})
    assert (r.status_code, r.json()["code"]) == (400, "INVALID_INPUT")
    assert live.http.get("/api/v1/users/me", headers=admin).status_code == 200


def test_resetting_a_pin_unlocks_it_and_only_the_new_one_works_at_a_kiosk(
    live: Live, admin: dict[str, str]
) -> None:
    ada = live.add_employee("Ada", pin="1111")
    device = live.device()

    def identify(pin: str) -> int:
        body = {"employee_id": ada, "pin": pin}
        return live.http.post("/api/v1/kiosk/identify", headers=device, json=body).status_code

    tries = [identify("9999") for _ in range(MAX_PIN_FAILURES)]
    assert tries[0] == 401 and tries[-1] == 423
    assert identify("1111") == 423  # the right PIN too, while locked
    reset = _ok(live.http.post(f"{ADMIN}/employees/{ada}/pin", headers=admin, json={"pin": "2222"}))
    assert reset["pin_locked"] is False and reset["has_pin"] is True
    assert identify("1111") == 401
    assert identify("2222") == 200


def test_a_new_password_signs_in_and_ends_the_old_sessions(
    live: Live, admin: dict[str, str]
) -> None:
    ada = live.add_employee("Ada")
    old = live.sign_in("Ada")
    body = {"password": "a brand new one"}
    _ok(live.http.post(f"{ADMIN}/employees/{ada}/password", headers=admin, json=body))
    assert live.http.get("/api/v1/users/me", headers=old).status_code == 401
    live.sign_in("Ada", "a brand new one")
    r = live.http.post(f"{ADMIN}/employees/{ada}/password", headers=admin, json={"password": "x"})
    assert (r.status_code, r.json()["code"]) == (400, "INVALID_INPUT")


def test_an_admin_adds_lists_and_revokes_a_kiosk(live: Live, admin: dict[str, str]) -> None:
    added = _ok(live.http.post(f"{ADMIN}/devices", headers=admin, json={"name": "Lobby"}), 201)
    assert added["token"].startswith("adk_") and len(added["exit_code"]) == 12
    kiosk = {"Authorization": f"Bearer {added['token']}"}
    assert live.http.get("/api/v1/kiosk/device", headers=kiosk).status_code == 200
    listed = _ok(live.http.get(f"{ADMIN}/devices", headers=admin))
    assert [(d["id"], d["name"], d["revoked"]) for d in listed] == [(added["id"], "Lobby", False)]
    assert "token" not in listed[0] and "exit_code" not in listed[0]  # shown once only

    revoked = _ok(live.http.delete(f"{ADMIN}/devices/{added['id']}", headers=admin))
    assert revoked[0]["revoked"] is True
    assert live.http.get("/api/v1/kiosk/device", headers=kiosk).status_code == 401


def test_refusals_have_codes_and_change_nothing(live: Live, admin: dict[str, str]) -> None:
    ada = live.add_employee("Ada")
    cases = [
        ("DELETE", f"{ADMIN}/devices/999", None, 404, "DEVICE_NOT_FOUND"),
        ("PATCH", f"{ADMIN}/employees/999", {"job_title": "x"}, 404, "EMPLOYEE_NOT_FOUND"),
        ("POST", f"{ADMIN}/employees/999/pin", {}, 404, "EMPLOYEE_NOT_FOUND"),
        ("PATCH", f"{ADMIN}/employees/{ada}", {"jobtitle": "typo"}, 400, "INVALID_INPUT"),
        ("PATCH", f"{ADMIN}/employees/{ada}", {"work_week": [7]}, 400, "INVALID_INPUT"),
        ("PATCH", f"{ADMIN}/employees/{ada}", {"start_date": "soon"}, 400, "INVALID_DATE"),
        ("PATCH", f"{ADMIN}/employees/{ada}", {"pin": "12"}, 400, "INVALID_INPUT"),
        ("PATCH", f"{ADMIN}/employees/{ada}", {"role": "owner"}, 400, "INVALID_INPUT"),
        ("POST", f"{ADMIN}/employees", {**EVERY_FIELD, "email": "ada@example.com"}, 400,
         "INVALID_INPUT"),
        ("POST", f"{ADMIN}/employees", {**EVERY_FIELD, "timezone": "Mars/Olympus"}, 400,
         "INVALID_INPUT"),
        ("POST", f"{ADMIN}/employees/{ada}/deactivate", {"last_day": "2026-13-01"}, 400,
         "INVALID_DATE"),
    ]  # fmt: skip
    before = _ok(live.http.get("/api/v1/employees", headers=admin))
    for method, path, body, status, code in cases:
        r = live.http.request(method, path, headers=admin, json=body)
        assert (r.status_code, r.json()["code"]) == (status, code), (path, body, r.text)
    assert _ok(live.http.get("/api/v1/employees", headers=admin)) == before
