"""Payroll for scripts: a month's export (CSV or XLSX), and the month lock an admin sets
once payroll is done. Admins only.

The CSV is streamed as it is made, one employee at a time. An XLSX is a zip, finished only
at its end: it is written to a spooled temporary file (on disk past a few megabytes), then
streamed, so memory stays flat for any team.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from fastapi.responses import StreamingResponse
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from ...core import rules
from ...core.report_files import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, csv_chunks, write_xlsx
from ...storage.month_export import check_month, check_selection, team_month
from ...storage.period_locks import PeriodLocks
from .. import wire
from ..context import Ctx
from ..deps import AdminCaller
from ..parsing import Text, parse_month
from ..schemas import PeriodLockAnswer
from .admin_console import parse_ids
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1", tags=["reports"])

_SPOOL = 4 * 1024 * 1024  # an XLSX past this goes to disk while it is sent
_CHUNK = 64 * 1024


def _file_chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        spool.seek(0)
        while chunk := spool.read(_CHUNK):
            yield chunk
    finally:
        spool.close()


@router.get(
    "/reports/month",
    responses={
        **api_errors(404),
        200: {"content": {CSV_MEDIA_TYPE: {}, XLSX_MEDIA_TYPE: {}}, "description": "The file"},
    },
    response_class=StreamingResponse,
    summary="A month's attendance for payroll (CSV: a row per employee-day; XLSX: two sheets)",
)
async def month_report(
    ctx: Ctx,
    _admin: AdminCaller,
    year: Annotated[Text | None, Query(description="1970 to 9999")] = None,
    month: Annotated[Text | None, Query(description="1 to 12")] = None,
    format: Annotated[Literal["csv", "xlsx"], Query(description="csv or xlsx")] = "csv",
    employee_ids: Annotated[
        Text | None, Query(description="Only these employees: ids, like 3,5,8")
    ] = None,
) -> StreamingResponse:
    y, m = parse_month(month, year)
    ids = parse_ids(employee_ids)
    await run_in_threadpool(check_month, ctx.service, ctx.clock, y, m)  # before any byte
    # An unknown id is a 404 answer, never a broken download.
    await run_in_threadpool(check_selection, ctx.service, y, m, ids)
    name = f"attendance-{y:04d}-{m:02d}.{format}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "csv":
        chunks = csv_chunks(team_month(ctx.service, ctx.clock, y, m, ids))
        return StreamingResponse(
            iterate_in_threadpool(chunks), media_type=CSV_MEDIA_TYPE, headers=headers
        )

    def build() -> IO[bytes]:
        spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115 (sent, then closed)
        write_xlsx(team_month(ctx.service, ctx.clock, y, m, ids), spool)
        return spool

    spool = await run_in_threadpool(build)
    return StreamingResponse(
        iterate_in_threadpool(_file_chunks(spool)), media_type=XLSX_MEDIA_TYPE, headers=headers
    )


Year = Annotated[Text, Path(description="1970 to 9999")]
Month = Annotated[Text, Path(description="1 to 12")]


def _lock_answer(ctx: Ctx, y: int, m: int, word: str) -> dict[str, Any]:
    lock = next(
        (
            k
            for k in PeriodLocks(ctx.service.engine, ctx.clock).locks()
            if (k.year, k.month) == (y, m)
        ),
        None,
    )
    data = {
        "year": y,
        "month": m,
        "locked": lock is not None,
        "locked_by": lock.locked_by if lock else None,
        "locked_at": wire.instant(lock.locked_at) if lock else None,
    }
    return envelope(f"Period {word}", data)


@router.post(
    "/periods/{year}/{month}/lock",
    response_model=PeriodLockAnswer,
    responses=api_errors(),
    summary="Lock a month after payroll: every change to it is refused (audited)",
)
def lock_period(year: Year, month: Month, ctx: Ctx, who: AdminCaller) -> dict[str, Any]:
    y, m = parse_month(month, year)
    today = rules.local_date(ctx.clock.now(), ctx.service.default_zone)
    PeriodLocks(ctx.service.engine, ctx.clock).lock(y, m, actor_id=who.employee_id, today=today)
    return _lock_answer(ctx, y, m, "locked")


@router.delete(
    "/periods/{year}/{month}/lock",
    response_model=PeriodLockAnswer,
    responses=api_errors(),
    summary="Unlock a month (audited)",
)
def unlock_period(year: Year, month: Month, ctx: Ctx, who: AdminCaller) -> dict[str, Any]:
    y, m = parse_month(month, year)
    PeriodLocks(ctx.service.engine, ctx.clock).unlock(y, m, actor_id=who.employee_id)
    return _lock_answer(ctx, y, m, "unlocked")
