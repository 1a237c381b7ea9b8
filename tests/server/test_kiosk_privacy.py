"""What a kiosk device learns from the server: nothing it does not need.

A device token, a kiosk grant and a stolen kiosk reveal nobody's badge code, PIN or
history; offline punches arrive sealed and are checked by the server at sync.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from attendance_desktop.kiosk.sealing import at_text, seal

from .live import NOW, Live, live_server


@pytest.fixture
def live(db_url: str, tmp_path: Path) -> Iterator[Live]:
    with live_server(db_url, kiosk_key_file=tmp_path / "keys" / "kiosk-seal.key") as server:
        yield server


def _grant(live: Live, kiosk: dict[str, str], badge: str) -> dict[str, str]:
    r = live.http.post("/api/v1/kiosk/identify", headers=kiosk, json={"badge": badge})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['data']['token']}"}


DEVICE_ONLY = [
    ("GET", "/api/v1/kiosk/roster", None),
    ("GET", "/api/v1/kiosk/device", None),
    ("POST", "/api/v1/kiosk/admin", {"employee_id": 1, "pin": "2468"}),
    ("POST", "/api/v1/kiosk/replay", {"punches": []}),
    ("POST", "/api/v1/kiosk/undo", {"punch_id": "x", "employee_id": 1}),
    ("POST", "/api/v1/kiosk/identify", {"badge": "04A1B2"}),
    ("POST", "/api/v1/kiosk/punch", {"badge": "04A1B2", "action": "clock_in"}),
    ("POST", "/api/v1/kiosk/resolve", {"badge": "04A1B2", "left_at": "2026-11-18T09:00:00Z"}),
]


@pytest.mark.parametrize(("method", "path", "body"), DEVICE_ONLY)
def test_device_routes_refuse_admin_employee_and_grant_tokens(
    live_sqlite: Live, method: str, path: str, body: dict[str, Any] | None
) -> None:
    live = live_sqlite
    live.add_employee("Ada", badge="04A1B2", pin="2468", role="admin")
    grant = _grant(live, live.device(), "04A1B2")
    for caller in (live.sign_in("Ada"), grant):
        r = live.http.request(method, path, headers=caller, json=body)
        assert (r.status_code, r.json()["code"]) == (403, "FORBIDDEN"), (path, r.text)


def test_the_roster_names_nobodys_badge_or_pin(live: Live) -> None:
    live.add_employee("Ada", badge="04A1B2", pin="2468", role="admin")
    r = live.http.get("/api/v1/kiosk/roster", headers=live.device())
    assert r.status_code == 200, r.text
    assert r.json()["data"]["employees"] == []
    for secret in ("04A1B2", "2468", "sha256", "pin_hash", "argon2", "role"):
        assert secret not in r.text


def test_the_device_route_gives_the_key_and_only_a_hash_of_the_exit_code(
    live: Live, tmp_path: Path
) -> None:
    r = live.http.get("/api/v1/kiosk/device", headers=live.device())
    data = r.json()["data"]
    assert set(data) == {"seal_algorithm", "seal_public_key", "exit_code_hash"}
    key_file = tmp_path / "keys" / "kiosk-seal.key"
    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert data["seal_public_key"] not in key_file.read_text()  # the file holds the private half
    again = live.http.get("/api/v1/kiosk/device", headers=live.device()).json()["data"]
    assert again["seal_public_key"] == data["seal_public_key"]  # made once, then kept


def test_identify_tells_the_screen_no_break_reason_and_no_session(live: Live) -> None:
    ada = live.add_employee("Ada", badge="04A1B2")
    live.ctx.service.clock_in(ada)
    live.ctx.service.start_break(ada, "dentist appointment")
    r = live.http.post("/api/v1/kiosk/identify", headers=live.device(), json={"badge": "04A1B2"})
    assert r.json()["data"]["status"] == {
        "clocked_in": True,
        "on_break": True,
        "today_worked_seconds": 0.0,
    }
    assert "dentist" not in r.text and "Tester" not in r.text


def test_a_grant_reads_today_only(live: Live) -> None:
    ada = live.add_employee("Ada", badge="04A1B2")
    live.ctx.service.clock_in(ada, at=NOW - timedelta(days=1, hours=1), offline=True)
    live.ctx.service.clock_out(ada, at=NOW - timedelta(days=1), offline=True)
    live.ctx.service.clock_in(ada)
    grant = _grant(live, live.device(), "04A1B2")
    path = f"/api/v1/attendance/user/{ada}"
    assert live.http.get(path, headers=grant).status_code == 200
    today = NOW.date().isoformat()
    assert live.http.get(path, headers=grant, params={"date": today}).status_code == 200
    yesterday = (NOW.date() - timedelta(days=1)).isoformat()
    past = live.http.get(path, headers=grant, params={"date": yesterday})
    assert (past.status_code, past.json()["code"]) == (403, "FORBIDDEN")
    assert (
        live.http.post(
            "/api/v1/attendance/user/range",
            headers=grant,
            json={"user_id": ada, "start_date": yesterday, "end_date": today},
        ).status_code
        == 403
    )
    # the employee themself still reads their past
    own = live.http.get(path, headers=live.sign_in("Ada"), params={"date": yesterday})
    assert own.status_code == 200


def test_leaving_kiosk_mode_online_is_checked_by_the_server(live: Live) -> None:
    ada = live.add_employee("Ada", pin="2468", role="admin")
    bob = live.add_employee("Bob", pin="1357")
    kiosk = live.device()

    def ask(employee_id: int, pin: str) -> tuple[int, str]:
        body = {"employee_id": employee_id, "pin": pin}
        r = live.http.post("/api/v1/kiosk/admin", headers=kiosk, json=body)
        return r.status_code, r.json().get("code", "")

    assert ask(ada, "2468")[0] == 200
    assert ask(ada, "0000") == (401, "WRONG_PIN")
    assert ask(bob, "0000") == (401, "WRONG_PIN")  # a role is told only after the right PIN
    assert ask(bob, "1357") == (403, "NOT_AN_ADMIN")


class Sealer:
    def __init__(self, live: Live) -> None:
        self.live = live
        self.kiosk = live.device()
        data = live.http.get("/api/v1/kiosk/device", headers=self.kiosk).json()["data"]
        self.key = data["seal_public_key"]

    def punch(self, punch_id: str | None = None, **given: Any) -> dict[str, Any]:
        pid = punch_id or uuid.uuid4().hex
        sealed = seal(self.key, pid, self.live.clock.now(), **given)
        return {
            "punch_id": pid,
            "employee_id": 0,
            "action": "toggle",
            "offline": True,
            "at": at_text(sealed.at),
            "sealed": sealed.blob,
        }

    def replay(self, *punches: dict[str, Any]) -> list[dict[str, Any]]:
        r = self.live.http.post(
            "/api/v1/kiosk/replay", headers=self.kiosk, json={"punches": list(punches)}
        )
        assert r.status_code == 200, r.text
        results: list[dict[str, Any]] = r.json()["data"]["results"]
        return results


@pytest.mark.postgres
def test_sealed_punches_are_checked_and_resolved_in_order_at_sync(live: Live) -> None:
    ada = live.add_employee("Ada", badge="04A1B2", pin="2468")
    kiosk = Sealer(live)
    came = kiosk.punch(badge="04A1B2")
    live.advance(hours=4)
    wrong = kiosk.punch(employee_id=ada, pin="0000")
    left = kiosk.punch(employee_id=ada, pin="2468")
    unknown = kiosk.punch(badge="FFFF")
    live.advance(minutes=30)  # the kiosk was offline; now it syncs

    results = kiosk.replay(came, wrong, left, unknown)
    assert [(r["ok"], r.get("code")) for r in results] == [
        (True, None),
        (False, "WRONG_PIN"),
        (True, None),
        (False, "UNKNOWN_BADGE"),
    ]
    assert results[1]["message"] == f"Wrong ID or PIN. (employee {ada})"
    [session] = live.ctx.service.sessions_between(ada, NOW.date(), NOW.date())
    assert (session.clock_in, session.clock_out, session.offline) == (
        NOW,
        NOW + timedelta(hours=4),
        True,
    )
    # A resend (the first answer was lost) gets the first outcome, not a second toggle.
    [again] = kiosk.replay(came)
    assert again["ok"] and again["at"] == results[0]["at"]
    assert len(live.ctx.service.sessions_between(ada, NOW.date(), NOW.date())) == 1


def test_offline_wrong_pins_lock_the_pin(tmp_path: Path) -> None:
    with live_server(
        f"sqlite+pysqlite:///{tmp_path / 'lock.sqlite3'}", kiosk_key_file=tmp_path / "k.key"
    ) as live:
        ada = live.add_employee("Ada", pin="2468")
        kiosk = Sealer(live)
        results = kiosk.replay(
            *[kiosk.punch(employee_id=ada, pin="0000") for _ in range(5)],
            kiosk.punch(employee_id=ada, pin="2468"),
        )
        assert [r["code"] for r in results] == ["WRONG_PIN"] * 4 + ["PIN_LOCKED"] * 2
        assert live.ctx.accounts.account(ada).pin_locked


def test_a_sealed_blob_moved_to_another_punch_is_refused(tmp_path: Path) -> None:
    with live_server(
        f"sqlite+pysqlite:///{tmp_path / 'moved.sqlite3'}", kiosk_key_file=tmp_path / "k.key"
    ) as live:
        ada = live.add_employee("Ada", badge="04A1B2")
        kiosk = Sealer(live)
        first = kiosk.punch(badge="04A1B2")
        copied = {**first, "punch_id": uuid.uuid4().hex}  # a thief replays a stolen blob
        later = {**first, "punch_id": uuid.uuid4().hex, "at": at_text(NOW + timedelta(hours=1))}
        garbage = {**first, "punch_id": uuid.uuid4().hex, "sealed": "bm90IHNlYWxlZA=="}
        results = kiosk.replay(copied, later, garbage)
        assert [r["code"] for r in results] == ["SEALED_PUNCH_INVALID"] * 3
        assert live.ctx.service.status(ada).clocked_in is False


def test_a_punch_is_sealed_or_names_its_employee(live_sqlite: Live) -> None:
    kiosk = live_sqlite.device()
    body = {"punches": [{"punch_id": "p1", "employee_id": 0, "action": "toggle"}]}
    r = live_sqlite.http.post("/api/v1/kiosk/replay", headers=kiosk, json=body)
    assert (r.status_code, r.json()["code"]) == (400, "INVALID_INPUT")
