"""Everything a route needs, built once per worker by `create_app` and injected."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar

from fastapi import Depends, Request
from sqlalchemy import Engine, select
from sqlalchemy import exc as sa_exc
from starlette.concurrency import run_in_threadpool

from ..core.clock import Clock
from ..storage.absences import AttendanceRecords
from ..storage.accounts import AccountStore
from ..storage.engine import storage_errors
from ..storage.local_service import LocalAttendanceService
from ..storage.schema import store_settings
from .auth import Principal, TokenIssuer, is_device_header, principal_from_header
from .kiosk_key import KioskKey
from .settings import ServerSettings

JWT_SECRET_KEY = "server_jwt_secret"
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


def stored_jwt_secret(engine: Engine) -> str:
    """The secret kept in the database, made on first use; every worker reads the same."""
    with storage_errors():
        for _ in range(2):
            with engine.connect() as conn, conn.begin():
                found = conn.execute(
                    select(store_settings.c.value).where(store_settings.c.key == JWT_SECRET_KEY)
                ).scalar_one_or_none()
            if found:
                return str(found)
            try:
                with engine.connect().execution_options(write=True) as conn, conn.begin():
                    conn.execute(
                        store_settings.insert().values(
                            key=JWT_SECRET_KEY, value=secrets.token_urlsafe(48)
                        )
                    )
            except sa_exc.IntegrityError:
                pass  # another worker made it first: read theirs
    raise RuntimeError("could not store the JWT secret")


# Both dependencies are `async def` on purpose: FastAPI runs a plain `def` dependency on a
# worker thread, and two extra thread hops per request cost more than everything they do.
async def get_context(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.ctx
    return ctx


async def get_principal(request: Request) -> Principal:
    ctx: ServerContext = request.app.state.ctx
    header = request.headers.get("authorization")
    if is_device_header(header):  # looked up in the database: off the event loop
        return await run_in_threadpool(principal_from_header, header, ctx.tokens, ctx.accounts)
    return principal_from_header(header, ctx.tokens, ctx.accounts)  # a signature check only


Ctx = Annotated[ServerContext, Depends(get_context)]
Caller = Annotated[Principal, Depends(get_principal)]
