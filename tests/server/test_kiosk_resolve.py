"""A missed clock-out at a server's kiosk: `identify` tells the day and the clock-in, no
more; `resolve` closes the session at the person's answer, at once and pending an admin.

The days lie in the wall clock's past: PyJWT checks a grant's `iat` against it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .live import Live

FRIDAY_IN = datetime(2026, 11, 13, 8, 43, tzinfo=UTC)
MONDAY = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
LEFT = "2026-11-13T17:05:00+00:00"


def _left_open_on_friday(live: Live) -> tuple[int, dict[str, str]]:
    ada = live.add_employee("Ada", badge="B-ADA")
    device = live.device()
    live.clock.set(FRIDAY_IN)
    r = live.http.post(
        "/api/v1/kiosk/punch", headers=device, json={"badge": "B-ADA", "action": "clock_in"}
    )
    assert r.status_code == 200, r.text
    live.clock.set(MONDAY)
    return ada, device


def _identify(live: Live, device: dict[str, str]) -> dict[str, Any]:
    r = live.http.post("/api/v1/kiosk/identify", headers=device, json={"badge": "B-ADA"})
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()["data"]
    return data


def test_identify_tells_only_the_day_and_the_clock_in_and_resolve_closes_it(live: Live) -> None:
    ada, device = _left_open_on_friday(live)
    data = _identify(live, device)
    assert data["missing_clock_out"] == {"day": "2026-11-13", "clock_in": FRIDAY_IN.isoformat()}

    body = {"grant": data["token"], "left_at": LEFT}
    r = live.http.post("/api/v1/kiosk/resolve", headers=device, json=body)
    assert r.status_code == 200, r.text
    assert r.json()["data"] == {"status": {"clocked_in": False, "on_break": False}}

    status = live.ctx.service.status(ada)
    assert status.open_session is None and status.missing_clock_out is None
    (fix,) = live.ctx.service.corrections(ada)
    assert fix.status.value == "pending" and fix.applied  # an admin still approves it
    assert fix.correction.clock_out == datetime(2026, 11, 13, 17, 5, tzinfo=UTC)
    assert _identify(live, device)["missing_clock_out"] is None

    r = live.http.post(
        "/api/v1/kiosk/punch", headers=device, json={"badge": "B-ADA", "action": "clock_in"}
    )
    assert r.status_code == 200, r.text  # the scan goes on: Monday's clock-in


def test_identify_says_none_when_nothing_is_missing(live_sqlite: Live) -> None:
    live_sqlite.add_employee("Ada", badge="B-ADA")
    assert _identify(live_sqlite, live_sqlite.device())["missing_clock_out"] is None


def test_a_time_before_the_clock_in_is_refused_and_changes_nothing(live_sqlite: Live) -> None:
    ada, device = _left_open_on_friday(live_sqlite)
    body = {"badge": "B-ADA", "left_at": "2026-11-13T08:00:00Z"}
    r = live_sqlite.http.post("/api/v1/kiosk/resolve", headers=device, json=body)
    assert r.status_code == 400 and r.json()["code"] == "INVALID_INPUT", r.text
    assert live_sqlite.ctx.service.status(ada).missing_clock_out is not None
    assert not live_sqlite.ctx.service.corrections(ada)


def test_nothing_missing_is_a_plain_refusal(live_sqlite: Live) -> None:
    live_sqlite.add_employee("Ada", badge="B-ADA")
    body = {"badge": "B-ADA", "left_at": LEFT}
    r = live_sqlite.http.post("/api/v1/kiosk/resolve", headers=live_sqlite.device(), json=body)
    assert r.status_code == 400 and r.json()["code"] == "NO_OPEN_SESSION", r.text


def test_a_grant_from_another_kiosk_or_none_at_all_is_refused(live_sqlite: Live) -> None:
    ada, device = _left_open_on_friday(live_sqlite)
    grant = _identify(live_sqlite, device)["token"]
    other = live_sqlite.device("Back door")
    for body in ({"grant": grant, "left_at": LEFT}, {"grant": "nonsense", "left_at": LEFT}):
        r = live_sqlite.http.post("/api/v1/kiosk/resolve", headers=other, json=body)
        assert r.status_code == 401, r.text
    r = live_sqlite.http.post("/api/v1/kiosk/resolve", headers=device, json={"left_at": LEFT})
    assert r.status_code == 400, r.text
    assert live_sqlite.ctx.service.status(ada).missing_clock_out is not None
