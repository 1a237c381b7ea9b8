"""Everything a route needs, built once per worker by `create_app` and injected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from ..core.clock import Clock
from ..storage.absences import AttendanceRecords
from ..storage.accounts import AccountStore
from ..storage.local_service import LocalAttendanceService
from .auth import Principal, TokenIssuer, principal_from_header
from .kiosk_key import KioskKey
from .settings import ServerSettings

T = TypeVar("T")


@dataclass(frozen=True)
class ServerContext:
    settings: ServerSettings
    clock: Clock
    service: LocalAttendanceService
    accounts: AccountStore
    records: AttendanceRecords
    tokens: TokenIssuer
    kiosk_key: KioskKey
    #: Run punches on the event loop (PostgreSQL) rather than on the thread pool.
    punches_inline: bool = False

    async def punch(self, work: Callable[[], T]) -> T:
        """Run a punch route's work. On PostgreSQL a punch is a handful of indexed
        statements on row locks held for about a millisecond, and the two thread hops of
        the thread pool cost more than that (1.4x the throughput without them). On SQLite
        a punch may wait for the file's write lock, so it goes to the thread pool."""
        if self.punches_inline:
            return work()
        return await run_in_threadpool(work)


# Both dependencies are `async def` on purpose: FastAPI runs a plain `def` dependency on a
# worker thread, and two extra thread hops per request cost more than everything they do.
async def get_context(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.ctx
    return ctx


async def get_principal(request: Request) -> Principal:
    """The caller, checked against the database (one read by primary key), where a punch
    would run: on the event loop on PostgreSQL, on the thread pool on SQLite."""
    ctx: ServerContext = request.app.state.ctx
    header = request.headers.get("authorization")
    return await ctx.punch(lambda: principal_from_header(header, ctx.tokens, ctx.accounts))


Ctx = Annotated[ServerContext, Depends(get_context)]
