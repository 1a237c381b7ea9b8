"""The app factory: one `create_app(settings)` builds the whole server for one worker."""

from __future__ import annotations

import os
from typing import Any

from fastapi import FastAPI

from ..core.clock import Clock, SystemClock
from ..storage.absences import AttendanceRecords
from ..storage.accounts import AccountStore
from ..storage.engine import storage_errors
from ..storage.local_service import LocalAttendanceService
from .auth import TokenIssuer
from .body_limit import BodyLimitMiddleware
from .context import ServerContext
from .db_setup import migrate, open_engine
from .errors import install_error_handlers
from .kiosk_key import KioskKey, default_key_file
from .kiosk_routes import router as kiosk_device_router
from .language import HolidayLanguageMiddleware
from .openapi import install_openapi, operation_id
from .routes import (
    account,
    admin,
    admin_console,
    admin_devices,
    attendance,
    corrections,
    employees,
    home,
    kiosk,
    reports,
)
from .routes.responses import ApiError
from .schemas import Health
from .secret import forget_stored_secret, server_secret
from .settings import ServerSettings
from .trailing_slash import TrailingSlashMiddleware

MIGRATE_ENV = "ATTENDANCE_SERVER_MIGRATE"

DESCRIPTION = """The attendance server: the home-page API of seed 000 (`/employee/...`) and
the HRM attendance API of seed 004 (`/api/v1/attendance/...`) over one store.
Every route but sign-in and `/health` needs `Authorization: Bearer <token>`."""


def create_app(
    settings: ServerSettings, clock: Clock | None = None, *, run_migrations: bool = True
) -> FastAPI:
    clock = clock or SystemClock()
    engine = open_engine(settings.db_url)
    if run_migrations:
        migrate(engine)
    service = LocalAttendanceService(
        engine,
        clock,
        default_timezone=settings.default_timezone,
        tolerance=settings.punch_tolerance,
        missing_clock_out_after=settings.missing_clock_out_after,
    )
    accounts = AccountStore(engine, clock)
    if settings.jwt_secret is not None:
        secret = settings.jwt_secret
        forget_stored_secret(engine)  # an older release's copy, readable with the data
    else:
        secret = server_secret(engine, settings.secret_file)
    tokens = TokenIssuer(secret, clock, settings.token_lifetime, settings.kiosk_grant_lifetime)
    ctx = ServerContext(
        settings,
        clock,
        service,
        accounts,
        AttendanceRecords(engine, clock),
        tokens,
        KioskKey(settings.kiosk_key_file or default_key_file()),
        punches_inline=engine.dialect.name == "postgresql",
    )

    app = FastAPI(
        title="Attendance server",
        version="1",
        description=DESCRIPTION,
        redirect_slashes=False,
        generate_unique_id_function=operation_id,
    )
    app.state.ctx = ctx
    install_error_handlers(app)
    install_openapi(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(TrailingSlashMiddleware)
    app.add_middleware(HolidayLanguageMiddleware)  # public holidays' names, per request

    @app.get(
        "/health",
        tags=["health"],
        response_model=Health,
        responses={503: {"model": ApiError}},
        summary="Is the server up and its database reachable",
    )
    def health() -> dict[str, Any]:
        with storage_errors(), engine.connect() as conn:  # down: 503, never a 500
            conn.exec_driver_sql("SELECT 1")
        return {"status": "ok"}

    for module in (
        home,
        attendance,
        corrections,
        account,
        employees,
        kiosk,
        reports,
        admin,
        admin_devices,
        admin_console,
    ):
        app.include_router(module.router)
    app.include_router(kiosk_device_router)
    return app


def app_from_env() -> FastAPI:
    """The uvicorn factory used by `attendance-server serve` for every worker. The CLI has
    already migrated, so workers skip it unless told otherwise."""
    settings = ServerSettings.from_env()
    return create_app(settings, run_migrations=os.environ.get(MIGRATE_ENV, "1") == "1")
