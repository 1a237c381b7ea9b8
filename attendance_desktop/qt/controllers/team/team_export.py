"""The console's payroll files: the month shown, for everyone or the people selected.

CSV and XLSX are the service's own export (the server streams the same bytes that
`GET /api/v1/reports/month` gives a script); a PDF holds one timesheet per person, made
here from the team month's row and the person's days with their sessions, the numbers
their own month page shows. Runs on the task runner: nothing here touches a widget.

The file appears whole or not at all: it is written beside the chosen name and moved
over it once complete, so a failed export never leaves half a payroll file behind.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from ....core.admin_service import AdminService, ExportFormat
from ....core.clock import Clock
from ... import formatting
from ...export.timesheet import write_timesheets
from ...export.timesheet_html import Timesheet

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf"}


def export_path(chosen: str, fmt: str) -> Path:
    """The chosen name, with the format's suffix if it lacks it."""
    path = Path(chosen)
    suffix = SUFFIXES[fmt]
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def write_month(
    service: AdminService,
    clock: Clock,
    fallback_zone: str,
    year: int,
    month: int,
    fmt: str,
    path: Path,
    employee_ids: Sequence[int] | None,
) -> Path:
    partial = path.with_name(f".{path.name}.partial")
    try:
        if fmt == "pdf":
            _write_timesheets(service, clock, fallback_zone, year, month, partial, employee_ids)
        else:
            with partial.open("wb") as out:
                service.export_month(year, month, cast(ExportFormat, fmt), out, employee_ids)
                out.flush()
                os.fsync(out.fileno())
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _write_timesheets(
    service: AdminService,
    clock: Clock,
    fallback_zone: str,
    year: int,
    month: int,
    path: Path,
    employee_ids: Sequence[int] | None,
) -> None:
    sheets = []
    for person in service.team_month(year, month, employee_ids):
        zone = formatting.zone_named(person.employee.timezone, fallback_zone)
        days = service.person_days(person.employee.id, year, month)
        sheets.append(Timesheet.of(person, days, zone, clock.now().astimezone(zone).date()))
    write_timesheets(sheets, str(path), formatting.month_title(year, month))
