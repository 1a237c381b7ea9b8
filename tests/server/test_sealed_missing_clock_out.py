"""A replayed offline punch for someone whose clock-out is missing.

Decided (docs/rules.md, "A missed clock-out and an offline kiosk"): a replay that would
clock out a session whose clock-out was already missing at the punch's own time is refused
(`CLOCK_OUT_MISSING`, 409) and kept for an administrator. Closing the session there would
be a silent clock-out (a 71 h day). The session stays open and missing (0 h, asked at the
next online scan), and no session is added. A live punch is not concerned: the kiosk asks
the missed clock-out question first."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from attendance_desktop.core.models import WorkSession
from attendance_desktop.kiosk.sealing import at_text

from .live import NOW, Live, live_server
from .test_kiosk_privacy import Sealer

# NOW is Wednesday 18 November 10:00 UTC; 71 h later is Saturday 21 November 09:00.
WORDS = (
    "Ada's clock-out on Wednesday 18 November is missing; the punch at 09:00 on Saturday "
    "21 November was kept for an administrator. Ask Ada when they left."
)


@pytest.fixture
def live(db_url: str, tmp_path: Path) -> Iterator[Live]:
    with live_server(db_url, kiosk_key_file=tmp_path / "kiosk-seal.key") as server:
        yield server


def _sessions(live: Live, ada: int) -> list[WorkSession]:
    return live.ctx.service.sessions_between(ada, NOW.date(), NOW.date() + timedelta(days=5))


def _nothing_changed(live: Live, ada: int, forgotten: WorkSession) -> None:
    """The forgotten session stays open and missing (0 h), and nothing was added."""
    [still] = _sessions(live, ada)
    assert (still.id, still.clock_out) == (forgotten.id, None)
    status = live.ctx.service.status(ada)
    assert status.missing_clock_out is not None and status.missing_clock_out.id == forgotten.id
    [day] = [d for d in live.ctx.service.month_days(ada, 2026, 11) if d.date == NOW.date()]
    assert (day.status, day.worked) == ("missing_clock_out", timedelta(0))


def _refused(result: dict[str, Any]) -> None:
    assert (result["ok"], result["status"], result["code"]) == (False, 409, "CLOCK_OUT_MISSING")
    assert result["message"] == WORDS


@pytest.mark.postgres
def test_a_sealed_punch_after_a_missing_clock_out_is_kept_for_an_admin(live: Live) -> None:
    ada = live.add_employee("Ada", badge="04A1B2", pin="2468", timezone="UTC")
    forgotten = live.ctx.service.clock_in(ada)  # Wednesday 10:00, never clocked out
    kiosk = Sealer(live)
    live.advance(hours=71)  # Saturday 09:00: the kiosk is offline when Ada arrives
    arrived = kiosk.punch(badge="04A1B2")
    live.advance(minutes=20)

    [result] = kiosk.replay(arrived)
    _refused(result)
    _nothing_changed(live, ada, forgotten)
    # Sent again (the first answer was lost), it is refused again: still nothing recorded.
    [again] = kiosk.replay(arrived)
    _refused(again)
    _nothing_changed(live, ada, forgotten)


@pytest.mark.parametrize(("hours", "closed"), [(15.9, True), (16.1, False)])
def test_the_limit_is_judged_at_the_punchs_own_time(
    sqlite_url: str, tmp_path: Path, hours: float, closed: bool
) -> None:
    """Made before the limit (a long day), the punch is the clock-out, however late sent."""
    with live_server(sqlite_url, kiosk_key_file=tmp_path / "kiosk-seal.key") as live:
        ada = live.add_employee("Ada", badge="04A1B2", timezone="UTC")
        live.ctx.service.clock_in(ada)
        kiosk = Sealer(live)
        live.advance(hours=hours)
        left = kiosk.punch(badge="04A1B2")
        live.advance(hours=30)  # the kiosk came back long after: the limit has passed now
        [result] = kiosk.replay(left)
        assert result["ok"] is closed, result
        [session] = _sessions(live, ada)
        assert (session.clock_out is not None) is closed


@pytest.mark.postgres
@pytest.mark.parametrize("route", ["/api/v1/kiosk/replay", "/api/v1/kiosk/punch"])
def test_a_named_offline_clock_out_after_a_missing_clock_out_is_refused(
    live: Live, route: str
) -> None:
    ada = live.add_employee("Ada", badge="04A1B2", pin="2468", timezone="UTC")
    forgotten = live.ctx.service.clock_in(ada)
    kiosk = live.device()
    live.advance(hours=71)
    at = at_text(live.clock.now())
    live.advance(minutes=20)
    punch = {"punch_id": uuid.uuid4().hex, "action": "clock_out", "offline": True, "at": at}
    if route.endswith("replay"):  # a journaled punch the kiosk had identified online
        r = live.http.post(route, headers=kiosk, json={"punches": [punch | {"employee_id": ada}]})
        assert r.status_code == 200, r.text
        [result] = r.json()["data"]["results"]
        _refused(result)
    else:
        r = live.http.post(route, headers=kiosk, json=punch | {"badge": "04A1B2"})
        assert (r.status_code, r.json()["code"]) == (409, "CLOCK_OUT_MISSING"), r.text
        assert WORDS in r.text
    _nothing_changed(live, ada, forgotten)


def test_a_live_clock_out_of_a_missing_session_keeps_todays_behaviour(live_sqlite: Live) -> None:
    """Online the kiosk asks when the person left before it punches; a live punch that
    comes anyway is not a replay, and closes the session as before."""
    ada = live_sqlite.add_employee("Ada", badge="04A1B2", timezone="UTC")
    live_sqlite.ctx.service.clock_in(ada)
    live_sqlite.advance(hours=71)
    r = live_sqlite.http.post(
        "/api/v1/kiosk/punch",
        headers=live_sqlite.device(),
        json={"badge": "04A1B2", "action": "clock_out"},
    )
    assert r.status_code == 200, r.text
    [closed] = live_sqlite.ctx.service.sessions_between(ada, date(2026, 11, 18), NOW.date())
    assert closed.clock_out == NOW + timedelta(hours=71)
