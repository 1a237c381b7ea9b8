"""Bad input gets a 4xx with the documented body of its API, and changes nothing.

Every route meets hostile strings (NUL, lone surrogates), wrong JSON types, numbers too
big or not quite numbers, dates and months that are not, and bodies too big, on SQLite
and PostgreSQL alike. One server per database serves the whole module; each case reads
every table before and after.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from attendance_desktop.storage.schema import devices, holiday_cache, metadata

from .harness import pg_cluster
from .live import Live, fill_ids, live_server

NUL, SURROGATE = "a\x00b", "\ud800"
CALENDAR = {"country": "", "subdivision": "", "company_holidays": [], "work_week": [0, 1]}
HOSTILE_STRINGS = {"nul": NUL, "surrogate": SURROGATE, "int": 123, "list": [], "bool": True}


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    path: str  # {a} Ada's id, {s} her open session, {b} her running break
    caller: str  # ada, root, device
    status: int
    code: str
    body: Any = None  # JSON, sent ASCII-escaped so a lone surrogate survives the trip
    raw: bytes | None = None


def _cases() -> list[Case]:
    cases: list[Case] = []
    # (route, method, path, caller, a valid body, its string fields)
    bodies = [
        ("clockin", "POST", "/employee/{a}/attendance/clockin", "ada", {},
         ["clock_in_date_time", "punch_id"]),
        ("clockout", "PUT", "/employee/{a}/attendance/clockout", "ada", {},
         ["clock_out_date_time", "punch_id"]),
        ("checkin", "POST", "/api/v1/attendance/checkin", "ada", {"user_id": "{a}"},
         ["date", "check_in_time", "punch_id"]),
        ("checkout", "POST", "/api/v1/attendance/checkout", "ada", {"user_id": "{a}"},
         ["date", "check_out_time", "punch_id"]),
        ("create", "POST", "/api/v1/attendance", "root",
         {"user_id": "{a}", "date": "2026-11-02"}, ["date"]),
        ("range", "POST", "/api/v1/attendance/user/range", "ada",
         {"user_id": "{a}", "start_date": "2026-11-01", "end_date": "2026-11-30"},
         ["start_date", "end_date"]),
        ("add_break", "POST", "/api/v1/attendance/breaks", "ada", {"attendance_id": "{s}"},
         ["start_time", "reason", "punch_id"]),
        ("end_break", "PUT", "/api/v1/attendance/breaks/end", "ada", {"break_id": "{b}"},
         ["end_time", "punch_id"]),
        ("break_start", "POST", "/api/v1/employees/{a}/breaks/start", "ada", {},
         ["reason", "at", "punch_id"]),
        ("break_end", "POST", "/api/v1/employees/{a}/breaks/end", "ada", {},
         ["at", "punch_id"]),
        ("signin", "POST", "/api/v1/auth/signin", "none",
         {"email": "ada@example.com", "password": "x"}, ["email", "password"]),
        ("identify", "POST", "/api/v1/kiosk/identify", "device", {}, ["badge", "pin"]),
        ("kiosk_punch", "POST", "/api/v1/kiosk/punch", "device",
         {"badge": "B-ADA", "action": "clock_out"}, ["badge", "pin", "at", "punch_id", "reason"]),
        ("kiosk_admin", "POST", "/api/v1/kiosk/admin", "device", {"employee_id": "{a}"},
         ["pin"]),
        ("kiosk_undo", "POST", "/api/v1/kiosk/undo", "device", {"employee_id": "{a}"},
         ["punch_id"]),
        ("kiosk_resolve", "POST", "/api/v1/kiosk/resolve", "device",
         {"badge": "B-ADA", "left_at": "2026-11-18T09:00:00Z"},
         ["badge", "pin", "grant", "left_at"]),
        ("correction", "POST", "/api/v1/corrections", "ada",
         {"user_id": "{a}", "date": "2026-11-16", "reason": "Forgot"},
         ["date", "check_in_time", "check_out_time", "reason", "leave_type"]),
        ("edit", "PUT", "/api/v1/attendance/{s}", "root", {"reason": "Fix"},
         ["check_in_time", "check_out_time", "reason"]),
        ("approve", "POST", "/api/v1/corrections/1/approve", "root", {}, ["comment"]),
        ("reject", "POST", "/api/v1/corrections/1/reject", "root", {}, ["comment"]),
        ("admin_add", "POST", "/api/v1/admin/employees", "root",
         {"first_name": "N", "last_name": "P", "email": "n@example.com"},
         ["first_name", "last_name", "email", "phone_number", "job_title", "department",
          "timezone", "start_date", "role", "password", "pin", "badge"]),
        ("admin_change", "PATCH", "/api/v1/admin/employees/{a}", "root", {},
         ["first_name", "email", "department", "timezone", "start_date", "role", "badge"]),
        ("admin_deactivate", "POST", "/api/v1/admin/employees/{a}/deactivate", "root", {},
         ["last_day"]),
        ("admin_pin", "POST", "/api/v1/admin/employees/{a}/pin", "root", {}, ["pin"]),
        ("admin_password", "POST", "/api/v1/admin/employees/{a}/password", "root",
         {"password": "long enough"}, ["password"]),
        ("admin_device", "POST", "/api/v1/admin/devices", "root", {"name": "Lobby"}, ["name"]),
        ("admin_calendar", "PUT", "/api/v1/admin/calendar", "root", CALENDAR,
         ["country", "subdivision"]),
    ]  # fmt: skip
    # A kiosk's replay batch: every text field of a punch, and the batch itself.
    replayed = {"punch_id": "r-1", "employee_id": "{a}", "action": "clock_out"}
    for field in ("punch_id", "at", "reason", "sealed"):
        for kind, value in HOSTILE_STRINGS.items():
            cases.append(Case(f"replay-{field}-{kind}", "POST", "/api/v1/kiosk/replay", "device",
                              400, "INVALID_INPUT",
                              body={"punches": [{**replayed, field: value}]}))  # fmt: skip
    for kind, value in {"string": "1", "bool": True, "float": 1.0}.items():
        cases.append(Case(f"replay-employee_id-{kind}", "POST", "/api/v1/kiosk/replay", "device",
                          400, "INVALID_INPUT",
                          body={"punches": [{**replayed, "employee_id": value}]}))  # fmt: skip
    cases.append(Case("replay-not-a-list", "POST", "/api/v1/kiosk/replay", "device", 400,
                      "INVALID_INPUT", body={"punches": replayed}))  # fmt: skip
    for name, method, path, caller, valid, fields in bodies:
        for field in fields:
            for kind, value in HOSTILE_STRINGS.items():
                cases.append(
                    Case(f"{name}-{field}-{kind}", method, path, caller, 400, "INVALID_INPUT",
                         body={**valid, field: value})
                )  # fmt: skip
        for kind, raw in {"json": b'{"a', "array": b"[1,", "latin1": b"\xff\xfe{}"}.items():
            cases.append(Case(f"{name}-malformed-{kind}", method, path, caller, 400,
                              "INVALID_INPUT", raw=raw))  # fmt: skip
        cases.append(Case(f"{name}-json-array", method, path, caller, 400, "INVALID_INPUT",
                          body=[valid]))  # fmt: skip
        cases.append(Case(f"{name}-too-big", method, path, caller, 413, "BODY_TOO_LARGE",
                          body={**valid, "padding": "x" * 70_000}))  # fmt: skip

    # Integers in JSON bodies are integers: not booleans, strings, floats, or out of range.
    numbers = {"true": True, "string": "1", "float": 1.0, "zero": 0, "negative": -1,
               "int32": 2**31, "huge": 10**40, "null": None, "inf": 1e400}  # fmt: skip
    for name, path, caller, valid in [
        ("checkin", "/api/v1/attendance/checkin", "ada", {}),
        ("checkout", "/api/v1/attendance/checkout", "ada", {}),
        ("create", "/api/v1/attendance", "root", {"date": "2026-11-02"}),
        ("range", "/api/v1/attendance/user/range", "ada",
         {"start_date": "2026-11-01", "end_date": "2026-11-30"}),
    ]:  # fmt: skip
        for kind, value in numbers.items():
            cases.append(Case(f"{name}-user_id-{kind}", "POST", path, caller, 400,
                              "INVALID_INPUT", body={**valid, "user_id": value}))  # fmt: skip
    for kind in ("true", "string", "float", "int32", "huge", "inf"):
        cases.append(Case(f"add_break-attendance_id-{kind}", "POST", "/api/v1/attendance/breaks",
                          "ada", 400, "INVALID_INPUT",
                          body={"attendance_id": numbers[kind]}))  # fmt: skip
        cases.append(Case(f"end_break-break_id-{kind}", "PUT", "/api/v1/attendance/breaks/end",
                          "ada", 400, "INVALID_INPUT",
                          body={"break_id": numbers[kind]}))  # fmt: skip
        cases.append(Case(f"identify-employee_id-{kind}", "POST", "/api/v1/kiosk/identify",
                          "device", 400, "INVALID_INPUT",
                          body={"employee_id": numbers[kind], "pin": "1234"}))  # fmt: skip

    # Dates that are not dates, given where a date is read.
    not_dates = {"empty": "", "blank": " ", "feb30": "2026-02-30", "words": "today",
                 "slashes": "18/11/2026", "no-zone": "2026-11-18T10:00:00"}  # fmt: skip
    for kind, value in not_dates.items():
        cases.append(Case(f"checkin-date-{kind}", "POST", "/api/v1/attendance/checkin", "ada",
                          400, "INVALID_DATE", body={"user_id": "{a}", "date": value}))  # fmt: skip
        cases.append(Case(f"create-date-{kind}", "POST", "/api/v1/attendance", "root", 400,
                          "INVALID_DATE", body={"user_id": "{a}", "date": value}))  # fmt: skip
        cases.append(Case(f"range-start-{kind}", "POST", "/api/v1/attendance/user/range", "ada",
                          400, "INVALID_DATE", body={"user_id": "{a}", "start_date": value,
                                                     "end_date": "2026-11-30"}))  # fmt: skip
        cases.append(Case(f"user_on_date-{kind}", "GET",
                          f"/api/v1/attendance/user/{{a}}?date={value}", "ada", 400,
                          "INVALID_DATE"))  # fmt: skip
        cases.append(Case(f"sessions-{kind}", "GET",
                          f"/api/v1/employees/{{a}}/sessions?start={value}&end=2026-11-30",
                          "ada", 400, "INVALID_DATE"))  # fmt: skip
    for kind, value in {"bad-instant": "yesterday", "no-zone": "2026-11-18T10:00:00",
                        "date-only": "2026-11-18"}.items():  # fmt: skip
        cases.append(Case(f"clockin-time-{kind}", "POST", "/employee/{a}/attendance/clockin",
                          "ada", 400, "INVALID_DATE",
                          body={"clock_in_date_time": value}))  # fmt: skip
        cases.append(Case(f"break_end-at-{kind}", "POST", "/api/v1/employees/{a}/breaks/end",
                          "ada", 400, "INVALID_DATE", body={"at": value}))  # fmt: skip

    # Months and years: plain digits only (`1_2` was read as December).
    months = {"underscore": "month=1_2&year=2026", "plus": "month=+11&year=2026",
              "space": "month=%2011&year=2026", "arabic": "month=%D9%A1%D9%A1&year=2026",
              "float": "month=11.0&year=2026", "zero": "month=0&year=2026",
              "thirteen": "month=13&year=2026", "huge": "month=99999999999999999999&year=2026",
              "year-1969": "month=1&year=1969", "year-10000": "month=1&year=10000",
              "year-underscore": "month=1&year=2_026", "nul": "month=%00&year=2026",
              "empty": "month=&year=2026", "moth-typo": "moth=1_1&year=2026"}  # fmt: skip
    for route in ("month_stat", "data"):
        for kind, query in months.items():
            cases.append(Case(f"{route}-{kind}", "GET",
                              f"/employee/{{a}}/attendance/{route}/?{query}", "ada", 400,
                              "INVALID_INPUT" if kind == "nul" else "INVALID_MONTH"))  # fmt: skip

    # The payroll routes read the same plain digits, in the query and in the path.
    for kind, query in months.items():
        if kind == "moth-typo":
            continue
        cases.append(Case(f"report-{kind}", "GET", f"/api/v1/reports/month?{query}", "root",
                          400, "INVALID_INPUT" if kind == "nul" else "INVALID_MONTH"))  # fmt: skip
    cases.append(Case("report-format", "GET", "/api/v1/reports/month?year=2026&month=10&format=pdf",
                      "root", 400, "INVALID_INPUT"))  # fmt: skip
    cases.append(Case("report-future", "GET", "/api/v1/reports/month?year=2026&month=12",
                      "root", 400, "FUTURE_MONTH"))  # fmt: skip
    for kind, (year, month) in {"underscore": ("2026", "1_0"), "plus": ("2026", "+10"),
                                "zero": ("2026", "0"), "thirteen": ("2026", "13"),
                                "year-1969": ("1969", "1"), "letters": ("abcd", "1"),
                                "float": ("2026", "10.0")}.items():  # fmt: skip
        for verb in ("POST", "DELETE"):
            cases.append(Case(f"period-{verb.lower()}-{kind}", verb,
                              f"/api/v1/periods/{year}/{month}/lock", "root", 400,
                              "INVALID_MONTH"))  # fmt: skip
    cases.append(Case("period-lock-this-month", "POST", "/api/v1/periods/2026/11/lock", "root",
                      400, "INVALID_INPUT"))  # fmt: skip

    # The admin's bodies: a work week is day numbers 0-6, unknown keys are refused.
    for kind, value in {"eight": [7], "negative": [-1], "text": ["mon"], "bool": [True],
                        "not-a-list": "0,1", "too-long": [0] * 8}.items():  # fmt: skip
        for name, method, path in [
            ("admin_add", "POST", "/api/v1/admin/employees"),
            ("admin_change", "PATCH", "/api/v1/admin/employees/{a}"),
        ]:
            valid = {"first_name": "N", "last_name": "P", "email": "n@example.com"}
            cases.append(Case(f"{name}-work_week-{kind}", method, path, "root", 400,
                              "INVALID_INPUT", body={**valid, "work_week": value}))  # fmt: skip
    cases.append(Case("admin_change-unknown-key", "PATCH", "/api/v1/admin/employees/{a}",
                      "root", 400, "INVALID_INPUT", body={"jobtitle": "x"}))  # fmt: skip
    cases.append(Case("admin_add-taken-email", "POST", "/api/v1/admin/employees", "root", 400,
                      "INVALID_INPUT", body={"first_name": "A", "last_name": "T",
                                             "email": "ada@example.com"}))  # fmt: skip
    cases.append(Case("admin_change-taken-badge", "PATCH", "/api/v1/admin/employees/{a}",
                      "root", 400, "INVALID_INPUT", body={"badge": "B-ADA"}))  # fmt: skip
    cases.append(Case("admin_revoke-unknown", "DELETE", "/api/v1/admin/devices/4242", "root",
                      404, "DEVICE_NOT_FOUND"))  # fmt: skip
    cases.append(Case("admin_change-unknown", "PATCH", "/api/v1/admin/employees/4242", "root",
                      404, "EMPLOYEE_NOT_FOUND", body={"job_title": "x"}))  # fmt: skip
    for kind, value in {"feb30": "2026-02-30", "words": "today", "blank": " "}.items():
        cases.append(Case(f"admin_add-start_date-{kind}", "POST", "/api/v1/admin/employees",
                          "root", 400, "INVALID_DATE",
                          body={"first_name": "N", "last_name": "P", "email": "n@example.com",
                                "start_date": value}))  # fmt: skip
        cases.append(Case(f"admin_deactivate-last_day-{kind}", "POST",
                          "/api/v1/admin/employees/{a}/deactivate", "root", 400, "INVALID_DATE",
                          body={"last_day": value}))  # fmt: skip

    # The team console: its month reads the same plain digits, its selection plain ids, and
    # a calendar is replaced whole or refused whole.
    for kind, query in months.items():
        if kind != "moth-typo":
            code = "INVALID_INPUT" if kind == "nul" else "INVALID_MONTH"
            cases.append(Case(f"team_month-{kind}", "GET", f"/api/v1/admin/team-month?{query}",
                              "root", 400, code))  # fmt: skip
    for kind, ids in {"empty": "", "words": "ada", "space": "1,%202", "negative": "-1",
                      "zero": "0", "trailing": "1,", "huge": "99999999999",
                      "float": "1.0"}.items():  # fmt: skip
        for route in ("admin/team-month", "reports/month"):
            cases.append(Case(f"{route}-employee_ids-{kind}", "GET",
                              f"/api/v1/{route}?year=2026&month=10&employee_ids={ids}", "root",
                              400, "INVALID_INPUT"))  # fmt: skip
    for route in ("admin/team-month", "reports/month"):
        cases.append(Case(f"{route}-employee_ids-unknown", "GET",
                          f"/api/v1/{route}?year=2026&month=10&employee_ids={{a}},4242", "root",
                          404, "EMPLOYEE_NOT_FOUND"))  # fmt: skip
    calendars = {"week-eight": {"work_week": [7]}, "week-empty": {"work_week": []},
                 "week-text": {"work_week": ["mon"]}, "no-week": {"work_week": None},
                 "holiday-feb30": {"company_holidays": [{"date": "2026-02-30", "name": "X"}]},
                 "holiday-no-name": {"company_holidays": [{"date": "2026-12-24", "name": ""}]},
                 "holiday-extra": {"company_holidays": [{"date": "2026-12-24", "name": "X",
                                                         "paid": True}]},
                 "twice": {"company_holidays": [{"date": "2026-12-24", "name": "X"}] * 2},
                 "country": {"country": "XX"}, "unknown-key": {"colour": "red"}}  # fmt: skip
    for kind, change in calendars.items():
        code = "INVALID_DATE" if kind == "holiday-feb30" else "INVALID_INPUT"
        cases.append(Case(f"admin_calendar-{kind}", "PUT", "/api/v1/admin/calendar", "root",
                          400, code, body={**CALENDAR, **change}))  # fmt: skip

    # Ids in paths and numbers in queries.
    not_ids = {"underscore": "1_1", "plus": "+1", "nul": "%00", "letters": "abc",
               "huge": "99999999999", "float": "1.0", "surrogate": "%ED%A0%80"}  # fmt: skip
    for kind, value in not_ids.items():
        for name, path in [
            ("details", "/employee/{v}/details"),
            ("get_one", "/api/v1/attendance/{v}"),
            ("user_on_date", "/api/v1/attendance/user/{v}"),
            ("status", "/api/v1/employees/{v}/status"),
        ]:
            cases.append(Case(f"{name}-id-{kind}", "GET", path.replace("{v}", value), "ada",
                              400, "INVALID_INPUT"))  # fmt: skip
        for verb, path in [
            ("DELETE", "/api/v1/admin/devices/{v}"),
            ("POST", "/api/v1/admin/employees/{v}/reactivate"),
        ]:
            cases.append(Case(f"admin-{verb.lower()}-id-{kind}", verb, path.replace("{v}", value),
                              "root", 400, "INVALID_INPUT"))  # fmt: skip
        cases.append(Case(f"undo-id-{kind}", "POST",
                          f"/api/v1/employees/{value}/punches/p-1/undo", "ada", 400,
                          "INVALID_INPUT"))  # fmt: skip
    # A punch id in the path: text of 1 to 64 characters, no NUL. Bytes that are not UTF-8
    # reach the route as replacement characters (the server decodes the path so): an id
    # of no punch, refused as such.
    for kind, value, status, code in [
        ("nul", "a%00b", 400, "INVALID_INPUT"),
        ("long", "x" * 65, 400, "INVALID_INPUT"),
        ("surrogate", "%ED%A0%80", 409, "NOTHING_TO_UNDO"),
    ]:
        cases.append(Case(f"undo-punch_id-{kind}", "POST",
                          f"/api/v1/employees/{{a}}/punches/{value}/undo", "ada", status,
                          code))  # fmt: skip
    for kind, query in {"limit-underscore": "limit=1_0", "limit-zero": "limit=0",
                        "limit-huge": "limit=1001", "offset-negative": "offset=-1",
                        "offset-float": "offset=1.5"}.items():  # fmt: skip
        cases.append(Case(f"list-{kind}", "GET", f"/api/v1/attendance?{query}", "ada", 400,
                          "INVALID_INPUT"))  # fmt: skip
    return cases


CASES = _cases()


def _snapshot(live: Live) -> dict[str, list[Any]]:
    """Every row of every table but the holiday cache (a read fills it), and the devices
    without their last request (a refused request is still one the device made)."""
    tables = [t for t in metadata.sorted_tables if t is not holiday_cache]
    with live.ctx.service.engine.connect() as conn:
        found = {t.name: sorted(map(repr, conn.execute(select(t)).all())) for t in tables}
        kept = [c for c in devices.c if c.name != "last_seen"]
        found["devices"] = sorted(map(repr, conn.execute(select(*kept)).all()))
        return found


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Live, dict[str, int], dict[str, dict[str, str]]]]:
    if request.param == "sqlite":
        url = f"sqlite+pysqlite:///{Path(tmp_path_factory.mktemp('bad')) / 'server.sqlite3'}"
    else:
        url = pg_cluster().new_database()
    with live_server(url) as live:
        ada = live.add_employee("Ada", badge="B-ADA", pin="2468")
        live.add_employee("Root", role="admin")
        auth = {
            "ada": live.sign_in("Ada"),
            "root": live.sign_in("Root"),
            "device": live.device(),
            "none": {},
        }
        r = live.http.post(f"/employee/{ada}/attendance/clockin", headers=auth["ada"])
        session = r.json()["session_id"]
        r = live.http.post(f"/api/v1/employees/{ada}/breaks/start", headers=auth["ada"])
        yield live, {"a": ada, "s": session, "b": r.json()["data"]["id"]}, auth


def test_there_are_well_over_a_hundred_cases() -> None:
    assert len(CASES) > 300
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_a_4xx_in_the_routes_body_and_changes_nothing(world, case: Case) -> None:
    live, ids, auth = world
    before = _snapshot(live)
    content = case.raw
    if case.body is not None:  # ASCII escapes: a lone surrogate travels as \ud800
        content = json.dumps(fill_ids(case.body, ids)).encode()
    headers = {**auth[case.caller], "Content-Type": "application/json"}
    r = live.http.request(case.method, fill_ids(case.path, ids), content=content, headers=headers)

    assert (r.status_code, _code(r)) == (case.status, case.code), r.text
    body = r.json()
    if case.path.startswith("/employee/"):
        assert set(body) == {"response", "http_status_code", "res_status", "message"}
        assert body["http_status_code"] == case.status
    else:
        assert set(body) == {"success", "message", "code"} and body["success"] is False
    assert body["message"] and "Traceback" not in body["message"]
    assert _snapshot(live) == before


def _code(r: Any) -> str | None:
    try:
        body = r.json()
    except ValueError:
        return None
    return body.get("res_status") or body.get("code")


@pytest.fixture
def ada(live_sqlite: Live) -> tuple[Live, int, dict[str, str]]:
    live = live_sqlite
    emp = live.add_employee("Ada")
    return live, emp, live.sign_in("Ada")


def test_malformed_json_says_so_in_each_apis_body(ada) -> None:
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
        "message": "The request body is not valid JSON.",
    }
    r = live.http.post("/api/v1/attendance/checkin", headers=headers, content=b"[1,")
    assert r.status_code == 400
    assert r.json() == {
        "success": False,
        "message": "The request body is not valid JSON.",
        "code": "INVALID_INPUT",
    }
    assert live.ctx.service.status(emp).open_session is None


def test_chunked_body_over_the_limit_is_413(ada) -> None:
    live, emp, auth = ada

    def chunks() -> Iterator[bytes]:
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


def test_a_valid_request_still_works_after_the_checks(ada) -> None:
    """The strict types refuse `true` and `"1"`, not a plain integer or a real date."""
    live, emp, auth = ada
    body = {"user_id": emp, "date": "2026-11-18", "punch_id": "p-\u00e9\u4e2d-1"}
    r = live.http.post("/api/v1/attendance/checkin", headers=auth, json=body)
    assert r.status_code == 200, r.text
    r = live.http.get(f"/employee/{emp}/attendance/month_stat?month=11&year=2026", headers=auth)
    assert r.status_code == 200 and r.json()["total_present_days"] == 1


def test_a_value_postgresql_refuses_is_invalid_input_not_a_storage_error() -> None:
    """Behind the routes' checks: a NUL that still reaches PostgreSQL (the kiosk's replay
    batch reads its own bodies) is the request's fault, a 400 no client retries."""
    from attendance_desktop.core.errors import InvalidInput

    with live_server(pg_cluster().new_database()) as live:
        ada = live.add_employee("Ada")
        with pytest.raises(InvalidInput) as refused:
            live.ctx.service.clock_in(ada, punch_id=NUL)
        assert "127.0.0.1" not in refused.value.message
        assert live.ctx.service.status(ada).open_session is None
