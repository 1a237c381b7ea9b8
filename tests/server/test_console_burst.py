"""Forty administrators at once on the team console's routes, on SQLite and PostgreSQL: no
5xx, and every change whole. Found by this burst: replacing the calendar from two requests
at once collided on its rows' keys on PostgreSQL (503), until calendar writers took turns."""

from __future__ import annotations

import concurrent.futures as cf
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.harness import pg_cluster
from server.live import Live, live_server

CLIENTS = 40


@pytest.fixture(params=["sqlite", "postgres"])
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Live]:
    url = (
        f"sqlite+pysqlite:///{tmp_path / 'burst.sqlite3'}"
        if request.param == "sqlite"
        else pg_cluster().new_database()
    )
    with live_server(url) as server:
        yield server


def calendar(i: int) -> dict[str, Any]:
    return {
        "country": "DE",
        "subdivision": "BY",
        "company_holidays": [
            {"date": "2026-12-24", "name": f"Eve {i}"},
            {"date": "2026-12-31", "name": f"New Year's Eve {i}"},
        ],
        "work_week": list(range(1 + i % 5)),
    }


def test_a_burst_of_admins_gets_no_5xx_and_leaves_every_change_whole(live: Live) -> None:
    live.add_employee("Root", role="admin", start_date=date(2026, 1, 1))
    people = [live.add_employee(f"P{i}", start_date=date(2026, 1, 1)) for i in range(8)]
    head = live.sign_in("Root")

    def admin(i: int) -> list[int]:
        person = people[i % len(people)]
        with httpx.Client(base_url=live.base_url, headers=head, timeout=60) as c:
            answers = [
                c.put("/api/v1/admin/calendar", json=calendar(i)),
                c.get("/api/v1/admin/presence"),
                c.get("/api/v1/admin/team-month", params={"year": 2026, "month": 11}),
                c.post(
                    "/api/v1/admin/employees",
                    json={
                        "first_name": "New",
                        "last_name": f"N{i}",
                        "email": f"n{i}@example.com",
                        "badge": f"new-{i}",
                    },
                ),
                c.patch(f"/api/v1/admin/employees/{person}", json={"badge": f"badge-{i}"}),
                c.post(f"/api/v1/admin/employees/{person}/deactivate", json={}),
                c.post(f"/api/v1/admin/employees/{person}/reactivate"),
                c.post("/api/v1/admin/devices", json={"name": f"Door {i}"}),
                c.get("/api/v1/admin/employees"),
            ]
        return [a.status_code for a in answers]

    with cf.ThreadPoolExecutor(CLIENTS) as pool:
        codes = [code for got in pool.map(admin, range(CLIENTS)) for code in got]
    assert [c for c in codes if c >= 500] == []
    assert set(codes) <= {200, 201, 409}  # 409: a badge another admin gave at that moment

    shown = live.http.get("/api/v1/admin/calendar", headers=head).json()["data"]
    winners = {h["name"].rsplit(" ", 1)[1] for h in shown["company_holidays"]}
    assert len(winners) == 1  # one admin's calendar, whole, never a mix of two
    assert shown["work_week"] == calendar(int(winners.pop()))["work_week"]
    everyone = live.http.get("/api/v1/admin/employees", headers=head).json()["data"]
    assert len(everyone) == 1 + len(people) + CLIENTS and all(e["active"] for e in everyone)
    badges = [e["badge"] for e in everyone if e["badge"]]
    assert len(badges) == len(set(badges))
