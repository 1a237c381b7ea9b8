"""The team console's routes over HTTP, on SQLite and PostgreSQL: what the admin service's
contract (tests/contract/test_admin_contract.py) cannot see from its side of the wire."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

import pytest

from .live import Live

ADMIN = "/api/v1/admin"


@pytest.fixture
def admin(live: Live) -> dict[str, str]:
    live.add_employee("Root", role="admin")
    return live.sign_in("Root")


def _ok(r: Any, status: int = 200) -> Any:
    assert r.status_code == status, r.text
    return r.json()["data"]


def test_a_kiosk_is_seen_when_it_calls_at_most_once_a_minute(
    live: Live, admin: dict[str, str]
) -> None:
    added = _ok(live.http.post(f"{ADMIN}/devices", headers=admin, json={"name": "Lobby"}), 201)
    assert added["last_seen"] is None
    kiosk = {"Authorization": f"Bearer {added['token']}"}

    def seen() -> str | None:
        [device] = _ok(live.http.get(f"{ADMIN}/devices", headers=admin))
        return device["last_seen"]  # type: ignore[no-any-return]

    assert seen() is None
    _ok(live.http.get("/api/v1/kiosk/device", headers=kiosk))
    first = seen()
    assert first == "2026-11-18T10:00:00Z"
    live.advance(seconds=30)
    _ok(live.http.get("/api/v1/kiosk/roster", headers=kiosk))
    assert seen() == first  # no write for each request
    live.advance(seconds=30)
    _ok(live.http.get("/api/v1/kiosk/roster", headers=kiosk))
    assert seen() == "2026-11-18T10:01:00Z"


def test_people_added_without_a_work_week_get_the_calendars(
    live: Live, admin: dict[str, str]
) -> None:
    calendar = {"country": "", "subdivision": "", "company_holidays": [], "work_week": [1, 2, 3]}
    _ok(live.http.put(f"{ADMIN}/calendar", headers=admin, json=calendar))
    person = {"first_name": "New", "last_name": "Person", "email": "new@example.com"}
    added = _ok(live.http.post(f"{ADMIN}/employees", headers=admin, json=person), 201)
    assert added["work_week"] == [1, 2, 3]
    chosen = {**person, "email": "own@example.com", "work_week": [0]}
    assert _ok(live.http.post(f"{ADMIN}/employees", headers=admin, json=chosen), 201)[
        "work_week"
    ] == [0]


def test_the_team_month_is_compact_and_a_badge_can_be_taken_away(
    live: Live, admin: dict[str, str]
) -> None:
    ada = live.add_employee("Ada", badge="B-ADA")
    live.ctx.service.clock_in(ada)
    live.advance(hours=2)
    live.ctx.service.clock_out(ada)
    r = live.http.get(f"{ADMIN}/team-month?year=2026&month=11", headers=admin)
    body = r.json()
    team = _ok(r)
    row = next(p for p in team if p["employee"]["employee_id"] == ada)
    assert row["metrics"]["worked_seconds"] == timedelta(hours=2).total_seconds()
    assert len(row["days"]) == 30  # arrays, one a day, the 1st first; no sessions
    days = [dict(zip(body["day_fields"], d, strict=True)) for d in row["days"]]
    own_page = live.http.get(f"/employee/{ada}/attendance/data/?year=2026&month=11", headers=admin)
    for mine, own in zip(days, own_page.json()["daily_attendance"], strict=True):
        assert mine == {k: own[k] for k in body["day_fields"]}, own["date"]
    assert days[17]["worked_seconds"] == 7200 and days[17]["clock_in_time"].endswith("Z")
    dropped = _ok(live.http.patch(f"{ADMIN}/employees/{ada}", headers=admin, json={"badge": ""}))
    assert dropped["badge"] is None
    everyone = _ok(live.http.get(f"{ADMIN}/employees", headers=admin))
    assert [e["first_name"] for e in everyone] == ["Ada", "Root"]
    assert everyone[0]["badge"] is None and everyone[0]["active"] is True


def test_the_payroll_file_of_a_selection(live: Live, admin: dict[str, str]) -> None:
    ada, bob = live.add_employee("Ada"), live.add_employee("Bob")
    r = live.http.get(f"/api/v1/reports/month?year=2026&month=10&employee_ids={bob}", headers=admin)
    assert r.status_code == 200, r.text
    rows = list(csv.reader(io.StringIO(r.text)))
    assert {row[0] for row in rows[1:]} == {str(bob)} and len(rows) == 1 + 31
    everyone = live.http.get("/api/v1/reports/month?year=2026&month=10", headers=admin)
    assert str(ada) in {row[0] for row in csv.reader(io.StringIO(everyone.text))}
