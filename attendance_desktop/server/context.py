"""Everything a route needs, built once per worker by `create_app` and injected."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine, select
from sqlalchemy import exc as sa_exc

from ..core.clock import Clock
from ..storage.absences import AttendanceRecords
from ..storage.accounts import AccountStore
from ..storage.engine import storage_errors
from ..storage.local_service import LocalAttendanceService
from ..storage.schema import store_settings
from .auth import Principal, TokenIssuer, principal_from_header
from .settings import ServerSettings

JWT_SECRET_KEY = "server_jwt_secret"


@dataclass(frozen=True)
class ServerContext:
    settings: ServerSettings
    clock: Clock
    service: LocalAttendanceService
    accounts: AccountStore
    records: AttendanceRecords
    tokens: TokenIssuer


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


def get_context(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.ctx
    return ctx


def get_principal(request: Request) -> Principal:
    ctx = get_context(request)
    return principal_from_header(request.headers.get("authorization"), ctx.tokens, ctx.accounts)


Ctx = Annotated[ServerContext, Depends(get_context)]
Caller = Annotated[Principal, Depends(get_principal)]
