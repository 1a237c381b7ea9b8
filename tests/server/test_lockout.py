"""Wrong passwords and PINs, sent in parallel bursts: the limits hold, on both databases,
and the block never switches itself off."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Literal

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import update

from attendance_desktop.core.errors import MAX_PIN_FAILURES
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.attempts import (
    ADDRESS_FAILURES_ALLOWED,
    FREE_PASSWORD_FAILURES,
    PASSWORD_BLOCK_MAX,
)
from attendance_desktop.storage.schema import accounts

from .harness import SubprocessServer, pg_cluster
from .live import PASSWORD, Live


def _burst(base_url: str, count: int, send: Callable[[httpx.Client], httpx.Response]) -> list[int]:
    with (
        httpx.Client(
            base_url=base_url, timeout=60, limits=httpx.Limits(max_connections=count)
        ) as client,
        ThreadPoolExecutor(count) as pool,
    ):
        return list(pool.map(lambda _: send(client).status_code, range(count)))


def _sign_in(email: str, password: str) -> Callable[[httpx.Client], httpx.Response]:
    return lambda c: c.post("/api/v1/auth/signin", json={"email": email, "password": password})


def test_forty_parallel_wrong_passwords_get_five_checks_then_the_right_one_waits(
    live: Live,
) -> None:
    live.add_employee("Ada")
    statuses = _burst(live.base_url, 40, _sign_in("ada@example.com", "wrong password"))
    # Each try is counted before its password is checked: the first five are checked
    # (401), the rest are refused unchecked (429).
    assert statuses.count(401) == FREE_PASSWORD_FAILURES, statuses
    assert statuses.count(429) == 40 - FREE_PASSWORD_FAILURES
    right = live.http.post(
        "/api/v1/auth/signin", json={"email": "ada@example.com", "password": PASSWORD}
    )
    assert right.status_code == 429
    assert right.json()["code"] == "TOO_MANY_ATTEMPTS" or "Too many" in right.text


def test_parallel_wrong_passwords_across_three_workers() -> None:
    db = pg_cluster().new_database()
    subprocess.run(
        [sys.executable, "-m", "attendance_desktop.server.cli", "--db", db, "employee", "add",
         "--first-name", "Ada", "--last-name", "L", "--email", "ada@example.com",
         "--password", PASSWORD],
        check=True, capture_output=True,
    )  # fmt: skip
    with SubprocessServer(db, workers=3) as server:
        statuses = _burst(server.base_url, 40, _sign_in("ada@example.com", "wrong password"))
        right = httpx.post(
            server.base_url + "/api/v1/auth/signin",
            json={"email": "ada@example.com", "password": PASSWORD},
        )
    assert statuses.count(401) <= FREE_PASSWORD_FAILURES, statuses
    assert set(statuses) <= {401, 429}
    assert right.status_code == 429


def _failures(live: Live, employee_id: int, count: int) -> None:
    """`count` wrong passwords in a row already, the last block just over."""
    with live.ctx.service.engine.begin() as conn:
        conn.execute(
            update(accounts)
            .where(accounts.c.employee_id == employee_id)
            .values(failed_passwords=count, password_blocked_until=live.clock.now())
        )


def test_the_block_holds_after_many_failures(live: Live) -> None:
    """The doubling block overflowed at 47 failures on PostgreSQL: a 500 on every later
    try, nothing recorded, and no block any more."""
    ada = live.add_employee("Ada")
    for count in (60, 10_000, 2**31 - 2):
        _failures(live, ada, count)
        live.advance(seconds=1)
        wrong = live.http.post(
            "/api/v1/auth/signin", json={"email": "ada@example.com", "password": "nope nope"}
        )
        assert wrong.status_code == 401, wrong.text
        right = live.http.post(
            "/api/v1/auth/signin", json={"email": "ada@example.com", "password": PASSWORD}
        )
        assert right.status_code == 429, right.text
        live.advance(seconds=PASSWORD_BLOCK_MAX.total_seconds() - 2)
        assert (
            live.http.post(
                "/api/v1/auth/signin", json={"email": "ada@example.com", "password": PASSWORD}
            ).status_code
            == 429
        )
    live.advance(seconds=2)
    assert live.sign_in("Ada")


def test_failures_from_one_address_are_limited_whatever_the_account(live: Live) -> None:
    live.add_employee("Ada")
    for i in range(ADDRESS_FAILURES_ALLOWED):
        r = live.http.post(
            "/api/v1/auth/signin", json={"email": f"x{i}@example.com", "password": "guess 1234"}
        )
        assert r.status_code == 401
    r = live.http.post(
        "/api/v1/auth/signin", json={"email": "ada@example.com", "password": PASSWORD}
    )
    assert r.status_code == 429
    assert "address" in r.text
    live.advance(minutes=15)
    assert live.sign_in("Ada")


def test_a_right_sign_in_does_not_use_up_the_address(live: Live) -> None:
    live.add_employee("Ada")
    for _ in range(ADDRESS_FAILURES_ALLOWED + 5):
        live.sign_in("Ada")


def _identify(
    employee_id: int, pin: str, device: dict[str, str]
) -> Callable[[httpx.Client], httpx.Response]:
    return lambda c: c.post(
        "/api/v1/kiosk/identify", headers=device, json={"employee_id": employee_id, "pin": pin}
    )


class CountingHasher(PasswordHasher):
    """Real argon2, as slow as a real PIN check (tens of ms, so that a burst overlaps it),
    counting how many secrets it was asked to check."""

    def __init__(self) -> None:
        super().__init__(time_cost=2, memory_cost=16384, parallelism=1)
        self.checked = 0
        self._lock = threading.Lock()

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        with self._lock:
            self.checked += 1
        return super().verify(hash, password)


def test_a_parallel_burst_of_wrong_pins_gets_five_checks_and_locks_the_pin(
    live: Live, monkeypatch: pytest.MonkeyPatch
) -> None:
    hasher = CountingHasher()
    monkeypatch.setattr(AccountStore, "_hasher", hasher)
    ada = live.add_employee("Ada", pin="2468")
    device = live.device()
    statuses = _burst(live.base_url, 39, _identify(ada, "1111", device))
    assert hasher.checked == MAX_PIN_FAILURES, statuses
    assert statuses.count(401) == MAX_PIN_FAILURES - 1  # the fifth wrong one locks
    assert set(statuses) == {401, 423}
    right = live.http.post(
        "/api/v1/kiosk/identify", headers=device, json={"employee_id": ada, "pin": "2468"}
    )
    assert right.status_code == 423, right.text
    assert hasher.checked == MAX_PIN_FAILURES
    assert live.ctx.accounts.account(ada).pin_locked
    live.ctx.accounts.unlock_pin(ada)
    assert _identify(ada, "2468", device)(live.http).status_code == 200
