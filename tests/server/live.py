"""A live server for one test: the app on a real database, served on 127.0.0.1, plus
helpers to create employees (as the admin CLI does) and sign in over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.server.app import create_app
from attendance_desktop.server.context import ServerContext
from attendance_desktop.server.settings import ServerSettings

from .harness import ThreadServer

# A Wednesday, mid-morning UTC: the month has past working days and some to come.
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
PASSWORD = "correct horse"


class Live:
    def __init__(self, base_url: str, ctx: ServerContext, clock: FixedClock) -> None:
        self.base_url = base_url
        self.ctx = ctx
        self.clock = clock
        self.http = httpx.Client(base_url=base_url, timeout=30)

    def add_employee(
        self,
        first: str,
        *,
        role: str = "employee",
        pin: str | None = None,
        badge: str | None = None,
        password: str = PASSWORD,
        **extra: Any,
    ) -> int:
        emp = self.ctx.service.add_employee(
            NewEmployee(
                first_name=first, last_name="Tester", email=f"{first.lower()}@example.com", **extra
            )
        )
        self.ctx.accounts.set_account(emp.id, role=role, password=password, pin=pin, badge=badge)
        return emp.id

    def sign_in(self, first: str, password: str = PASSWORD) -> dict[str, str]:
        r = self.http.post(
            "/api/v1/auth/signin",
            json={"email": f"{first.lower()}@example.com", "password": password},
        )
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['data']['token']}"}

    def device(self, name: str = "Front door") -> dict[str, str]:
        _device, token = self.ctx.accounts.add_device(name)
        return {"Authorization": f"Bearer {token}"}

    def advance(self, **kwargs: float) -> None:
        self.clock.advance(timedelta(**kwargs))


class StoppableServer:
    """A live server a test can stop (the network gone) and start again on the same port."""

    def __init__(self, live: Live, app: FastAPI, server: ThreadServer) -> None:
        self.live, self._app, self._server = live, app, server
        self._port = server.port

    def stop(self) -> None:
        self._server.__exit__(None, None, None)

    def start_again(self) -> None:
        self._server = ThreadServer(self._app, self._port).__enter__()


@contextmanager
def stoppable_server(db_url: str, now: datetime = NOW) -> Iterator[StoppableServer]:
    clock = FixedClock(now)
    app = create_app(ServerSettings(db_url=db_url, jwt_secret="test secret " * 4), clock)
    server = ThreadServer(app).__enter__()
    stoppable = StoppableServer(Live(server.base_url, app.state.ctx, clock), app, server)
    try:
        yield stoppable
    finally:
        stoppable.stop()
        stoppable.live.http.close()
        app.state.ctx.service.close()


@contextmanager
def live_server(db_url: str, now: datetime = NOW, **settings: Any) -> Iterator[Live]:
    clock = FixedClock(now)
    app = create_app(
        ServerSettings(db_url=db_url, jwt_secret="test secret " * 4, **settings), clock
    )
    with ThreadServer(app) as server:
        live = Live(server.base_url, app.state.ctx, clock)
        try:
            yield live
        finally:
            live.http.close()
            app.state.ctx.service.close()


def fill_ids(value: Any, ids: dict[str, int]) -> Any:
    """A request's path or body with its placeholders filled: "{a}" alone becomes the
    number itself (a JSON integer), inside a longer string its digits."""
    if isinstance(value, str):
        for key, number in ids.items():
            if value == "{" + key + "}":
                return number
            value = value.replace("{" + key + "}", str(number))
        return value
    if isinstance(value, dict):
        return {k: fill_ids(v, ids) for k, v in value.items()}
    if isinstance(value, list):
        return [fill_ids(v, ids) for v in value]
    return value
