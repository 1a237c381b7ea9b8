"""The home page's first data, shown before the store's libraries are imported.

Importing SQLAlchemy takes longer than the whole bare window's start, so the first page
cannot wait for it and still come within 2x of a bare window. Each time the home page has
read the current month from the local store, the inputs of that page (the employee, the
month's sessions with their breaks and an open session from before it, leave days,
corrected days, holiday names and their language, the missed clock-out limit) are written
here with the store files' identity at that moment. At the next start, with only the
stdlib `json`, the page is worked out again by the core's rules at the current time, but
only if the store files are exactly as they were (and the app speaks the names' language):
any write by anyone since (a kiosk, a second window, a migration) changes them, and the
snapshot is then ignored. The store is opened right after in any case, and the page
refreshed from it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .core import rules
from .core.calendar import WorkCalendar
from .core.holiday_language import holiday_language
from .core.models import Break, CurrentStatus, DayRecord, Employee, MonthMetrics, WorkSession
from .private_files import FILE_MODE, private_dir

FORMAT = 1  # bump when the inputs or the rules' meaning change
FILE_NAME = "first_page.json"


@dataclass(frozen=True)
class FirstPage:
    """The page as the store would show it now."""

    employee: Employee
    status: CurrentStatus
    metrics: MonthMetrics
    days: list[DayRecord]


def snapshot_path(db_path: Path) -> Path:
    return db_path.with_name(FILE_NAME)


def store_identity(db_path: Path) -> list[Any] | None:
    """Size and mtime of the store and its -wal file, and the schema version (the header's
    user_version). An empty or absent -wal holds nothing (opening the store makes one and
    closing removes it), so both count the same; None if the store is missing."""
    try:
        st = os.stat(db_path)
        with open(db_path, "rb") as f:
            header = f.read(64)
    except OSError:
        return None
    version = int.from_bytes(header[60:64], "big") if len(header) == 64 else -1
    try:
        wal = os.stat(db_path.with_name(db_path.name + "-wal"))
        wal_id = [wal.st_size, wal.st_mtime_ns] if wal.st_size else None
    except FileNotFoundError:
        wal_id = None
    return [st.st_size, st.st_mtime_ns, wal_id, version]


def zone_name(employee: Employee, default: str) -> str:
    """The zone the store reads the employee's days in (StoreCore.zone's choice)."""
    if employee.timezone:
        try:
            ZoneInfo(employee.timezone)
            return employee.timezone
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return default


def save(
    db_path: Path,
    identity: list[Any],
    status: CurrentStatus,
    employee: Employee,
    days: list[DayRecord],
    limit: timedelta,
    default_zone: str,
) -> None:
    """Write the page's inputs (on the worker), all at once, readable by the owner only."""
    sessions = [s for d in days for s in d.sessions]
    extra = status.open_session
    if extra is not None and all(s.id != extra.id for s in sessions):
        sessions.append(extra)  # open since before the month
    data = {
        "format": FORMAT,
        "store": identity,
        "zone": zone_name(employee, default_zone),
        "month": [days[0].date.year, days[0].date.month],
        "employee": _employee(employee),
        "sessions": [_session(s) for s in sessions],
        "holidays": {d.date.isoformat(): d.holiday_name for d in days if d.holiday_name},
        "language": holiday_language(),  # the holidays' names: a start in another ignores them
        "leave": {d.date.isoformat(): d.leave_type for d in days if d.leave_type},
        "corrected": [d.date.isoformat() for d in days if d.corrected],
        "limit_s": limit.total_seconds(),
    }
    _write(snapshot_path(db_path), data)


def _write(path: Path, data: dict[str, Any]) -> None:
    private_dir(path.parent)
    draft = path.with_name(f".{path.name}.{os.getpid()}.new")
    fd = os.open(draft, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, separators=(",", ":"))
    # No fsync: a snapshot lost in a crash is only a slower start (a torn one is ignored).
    os.replace(draft, path)


def close_store(db_path: Path, close: Callable[[], None]) -> None:
    """Close the store (`close`) and keep the snapshot valid if it was: closing checkpoints
    the -wal file into the store, which changes the files but not what they hold. Only when
    the files were as the snapshot says just before, and this was the last connection (the
    -wal is gone); else the next start takes the full path."""
    path = snapshot_path(db_path)
    before = store_identity(db_path)
    close()
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if before is None or data.get("store") != before or before[2] is None:
            return  # nothing to carry over (or a snapshot of other files)
        after = store_identity(db_path)
        if after is None or after[2] is not None:
            return  # someone else still has the store open: they may write
        data["store"] = after
        _write(path, data)
    except (OSError, ValueError, AttributeError):
        return


def load(db_path: Path, employee_id: int, now: datetime, default_zone: str) -> FirstPage | None:
    """The page worked out at `now` from the snapshot, or None when it cannot be trusted."""
    try:
        with open(snapshot_path(db_path), encoding="utf-8") as f:
            data = json.load(f)
        if data["format"] != FORMAT or data["store"] != store_identity(db_path):
            return None
        if data["language"] != holiday_language():
            return None
        employee = _read_employee(data["employee"])
        zone_key = zone_name(employee, default_zone)
        if employee.id != employee_id or data["zone"] != zone_key:
            return None
        return _page(data, employee, now, ZoneInfo(zone_key))
    except Exception:  # anything wrong with the file: the normal path runs
        return None


def _page(
    data: dict[str, Any], employee: Employee, now: datetime, zone: ZoneInfo
) -> FirstPage | None:
    today = rules.local_date(now, zone)
    year, month = data["month"]
    if (today.year, today.month) != (year, month):
        return None  # a new month since: its days were never read
    sessions = [_read_session(s) for s in data["sessions"]]
    limit = timedelta(seconds=data["limit_s"])
    todays = sorted((s for s in sessions if s.local_date == today), key=lambda s: s.clock_in)
    open_ = next((s for s in todays if s.is_open), None) or next(
        (s for s in sessions if s.is_open), None
    )
    status = CurrentStatus(
        employee_id=employee.id,
        now=now,
        today=today,
        open_session=open_,
        today_sessions=tuple(todays),
        today_worked=sum((rules.counted_worked(s, now, limit) for s in todays), timedelta(0)),
        missing_clock_out=open_
        if open_ and rules.is_clock_out_missing(open_, now, limit)
        else None,
    )
    first = date(year, month, 1)
    days = rules.month_days(
        year,
        month,
        [s for s in sessions if s.local_date >= first],
        today=today,
        now=now,
        calendar=WorkCalendar(company_holidays=_dates(data["holidays"])),
        work_week=employee.work_week,
        start=employee.start_date,
        end=employee.end_date,
        leave=_dates(data["leave"]),
        corrected={date.fromisoformat(d) for d in data["corrected"]},
        missing_after=limit,
    )
    metrics = rules.metrics_from_days(year, month, days, today)
    return FirstPage(employee, status, metrics, days)


def _dates(mapping: dict[str, str]) -> dict[date, str]:
    return {date.fromisoformat(k): str(v) for k, v in mapping.items()}


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text is not None else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text is not None else None


def _employee(e: Employee) -> dict[str, Any]:
    return {
        "id": e.id,
        "first_name": e.first_name,
        "last_name": e.last_name,
        "email": e.email,
        "phone_number": e.phone_number,
        "job_title": e.job_title,
        "department": e.department,
        "timezone": e.timezone,
        "work_week": list(e.work_week),
        "start_date": _iso(e.start_date),
        "active": e.active,
        "end_date": _iso(e.end_date),
    }


def _read_employee(d: dict[str, Any]) -> Employee:
    return Employee(
        id=int(d["id"]),
        first_name=str(d["first_name"]),
        last_name=str(d["last_name"]),
        email=str(d["email"]),
        phone_number=str(d["phone_number"]),
        job_title=str(d["job_title"]),
        department=str(d["department"]),
        timezone=d["timezone"],
        work_week=tuple(int(x) for x in d["work_week"]),
        start_date=_day(d["start_date"]),
        active=bool(d["active"]),
        end_date=_day(d["end_date"]),
    )


def _session(s: WorkSession) -> dict[str, Any]:
    return {
        "id": s.id,
        "employee_id": s.employee_id,
        "local_date": s.local_date.isoformat(),
        "in": s.clock_in.isoformat(),
        "out": _iso(s.clock_out),
        "offline": s.offline,
        "created": _iso(s.created_at),
        "updated": _iso(s.updated_at),
        "breaks": [
            [
                b.id,
                b.start.isoformat(),
                _iso(b.end),
                b.reason,
                _iso(b.created_at),
                _iso(b.updated_at),
            ]
            for b in s.breaks
        ],
    }


def _read_session(d: dict[str, Any]) -> WorkSession:
    return WorkSession(
        id=int(d["id"]),
        employee_id=int(d["employee_id"]),
        local_date=date.fromisoformat(d["local_date"]),
        clock_in=datetime.fromisoformat(d["in"]),
        clock_out=_when(d["out"]),
        breaks=tuple(
            Break(
                int(i),
                int(d["id"]),
                datetime.fromisoformat(st),
                _when(en),
                str(r),
                _when(c),
                _when(u),
            )
            for i, st, en, r, c, u in d["breaks"]
        ),
        offline=bool(d["offline"]),
        created_at=_when(d["created"]),
        updated_at=_when(d["updated"]),
    )
