"""`RemoteAdminService`: the team console's AdminService over the server's admin routes.

Built like `RemoteAttendanceService` (the same httpx client, timeouts and decoding of the
server's errors into typed AttendanceErrors), so a console on a workstation behaves like
the standalone one on its store: the contract suite runs both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any, BinaryIO, Literal, cast

import httpx

from ..core import collector
from ..core.admin_service import (
    AccountChanges,
    ExportFormat,
    Kiosk,
    ManagedEmployee,
    NewKiosk,
    PeriodLock,
    PersonMonth,
    Presence,
    PresenceState,
    TeamCalendar,
)
from ..core.corrections import AuditEntry, CorrectionRequest
from ..core.errors import ServiceUnavailable
from ..core.models import DayRecord, Employee, EmployeeChanges, NewEmployee
from . import decode, team_days
from .language import accept_language
from .service import DEFAULT_TIMEOUT, _raise_for, _request

Role = Literal["employee", "admin"]


def _person(d: dict[str, Any]) -> Employee:
    end = d.get("end_date")
    return replace(
        decode.employee(d),
        active=bool(d.get("active", True)),
        end_date=date.fromisoformat(end) if end else None,
    )


def _managed(d: dict[str, Any]) -> ManagedEmployee:
    return ManagedEmployee(
        employee=_person(d),
        role=cast(Role, d.get("role", "employee")),
        badge=d.get("badge"),
        has_password=bool(d.get("has_password")),
        has_pin=bool(d.get("has_pin")),
        pin_locked=bool(d.get("pin_locked")),
    )


def _kiosk(d: dict[str, Any]) -> Kiosk:
    created = decode.instant(d["created_at"])
    assert created is not None
    return Kiosk(
        int(d["id"]), d["name"], created, bool(d["revoked"]), decode.instant(d.get("last_seen"))
    )


def _lock(d: dict[str, Any]) -> PeriodLock:
    at = decode.instant(d["locked_at"])
    assert at is not None
    return PeriodLock(int(d["year"]), int(d["month"]), at, d.get("locked_by"))


def _ids(employee_ids: Sequence[int] | None) -> dict[str, str]:
    return {} if employee_ids is None else {"employee_ids": ",".join(map(str, employee_ids))}


def _fields(e: NewEmployee | EmployeeChanges) -> dict[str, Any]:
    body: dict[str, Any] = {
        "first_name": e.first_name,
        "last_name": e.last_name,
        "email": e.email,
        "phone_number": e.phone_number,
        "job_title": e.job_title,
        "department": e.department,
        "timezone": e.timezone,
        "work_week": None if e.work_week is None else list(e.work_week),
        "start_date": e.start_date.isoformat() if e.start_date else None,
    }
    return {k: v for k, v in body.items() if v is not None}


def _account(a: AccountChanges) -> dict[str, Any]:
    body = {"role": a.role, "badge": a.badge, "pin": a.pin, "password": a.password}
    return {k: v for k, v in body.items() if v is not None}


class RemoteAdminService:
    def __init__(
        self,
        base_url: str,
        token: str,
        timeout: float = DEFAULT_TIMEOUT,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            timeout=timeout,
            headers={"Authorization": f"Bearer {token}", "Accept-Language": accept_language()},
            transport=transport,
        )

    @classmethod
    def for_admin(
        cls, base_url: str, token: str, timeout: float = DEFAULT_TIMEOUT
    ) -> RemoteAdminService | None:
        """The console's service when the token's owner is an administrator, else None
        (the desktop app asks this once signed in, to offer the Team section or not)."""
        service = cls(base_url, token, timeout)
        try:
            role = service._data("GET", "/api/v1/users/me").get("role")
        except BaseException:
            service.close()
            raise
        if role != "admin":
            service.close()
            return None
        return service

    def _data(self, method: str, url: str, **kwargs: Any) -> Any:
        return _request(self._client, method, url, **kwargs)["data"]

    # -- who's in now and the team's month -------------------------------------------

    def presence(self) -> list[Presence]:
        return [
            Presence(
                employee=_person(p["employee"]),
                state=PresenceState(p["state"]),
                since=decode.instant(p.get("since")),
                leave_type=p.get("leave_type"),
                holiday_name=p.get("holiday_name"),
            )
            for p in self._data("GET", "/api/v1/admin/presence")
        ]

    def team_month(
        self, year: int, month: int, employee_ids: Sequence[int] | None = None
    ) -> list[PersonMonth]:
        params = {"year": year, "month": month, **_ids(employee_ids)}
        with collector.paused():  # see core/collector.py: a third of the decoding
            body = _request(self._client, "GET", "/api/v1/admin/team-month", params=params)
            return team_days.people(body, year, month, _person)

    def person_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        params = {"month": month, "year": year}
        url = f"/employee/{employee_id}/attendance/data/"
        data = _request(self._client, "GET", url, params=params)
        return [decode.day(d) for d in data["daily_attendance"]]

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        url = f"/api/v1/employees/{employee_id}/history"
        data = self._data("GET", url, params={"date": day.isoformat()})
        return [decode.audit_entry(e) for e in data["history"]]

    # -- corrections -----------------------------------------------------------------

    def correction_requests(self, status: str | None = "pending") -> list[CorrectionRequest]:
        params = {} if status is None else {"status": status}
        data = self._data("GET", "/api/v1/corrections", params=params)
        return [decode.correction(r) for r in data["corrections"]]

    def decide_correction(
        self, request_id: int, approve: bool, comment: str = ""
    ) -> CorrectionRequest:
        url = f"/api/v1/corrections/{request_id}/{'approve' if approve else 'reject'}"
        return decode.correction(self._data("POST", url, json={"comment": comment}))

    # -- employees -------------------------------------------------------------------

    def managed_employees(self) -> list[ManagedEmployee]:
        return [_managed(m) for m in self._data("GET", "/api/v1/admin/employees")]

    def add_employee(self, new: NewEmployee, account: AccountChanges) -> ManagedEmployee:
        body = {**_fields(new), **_account(account)}
        return _managed(self._data("POST", "/api/v1/admin/employees", json=body))

    def change_employee(
        self, employee_id: int, changes: EmployeeChanges, account: AccountChanges
    ) -> ManagedEmployee:
        body = {**_fields(changes), **_account(account)}
        url = f"/api/v1/admin/employees/{employee_id}"
        return _managed(self._data("PATCH", url, json=body))

    def deactivate_employee(self, employee_id: int, last_day: date | None = None) -> None:
        body = {"last_day": last_day.isoformat() if last_day else None}
        self._data("POST", f"/api/v1/admin/employees/{employee_id}/deactivate", json=body)

    def reactivate_employee(self, employee_id: int) -> None:
        self._data("POST", f"/api/v1/admin/employees/{employee_id}/reactivate")

    # -- kiosks ----------------------------------------------------------------------

    def kiosks(self) -> list[Kiosk]:
        return [_kiosk(d) for d in self._data("GET", "/api/v1/admin/devices")]

    def add_kiosk(self, name: str) -> NewKiosk:
        d = self._data("POST", "/api/v1/admin/devices", json={"name": name})
        return NewKiosk(_kiosk(d), d["token"], d["exit_code"])

    def revoke_kiosk(self, kiosk_id: int) -> None:
        self._data("DELETE", f"/api/v1/admin/devices/{kiosk_id}")

    # -- calendar, exports and period locks ------------------------------------------

    def calendar(self) -> TeamCalendar:
        return _calendar(self._data("GET", "/api/v1/admin/calendar"))

    def set_calendar(self, calendar: TeamCalendar) -> TeamCalendar:
        body = {
            "country": calendar.country,
            "subdivision": calendar.subdivision,
            "company_holidays": [
                {"date": d.isoformat(), "name": n} for d, n in calendar.company_holidays
            ],
            "work_week": list(calendar.work_week),
        }
        return _calendar(self._data("PUT", "/api/v1/admin/calendar", json=body))

    def export_month(
        self,
        year: int,
        month: int,
        fmt: ExportFormat,
        target: BinaryIO,
        employee_ids: Sequence[int] | None = None,
    ) -> None:
        """Streamed to `target` as it comes: a team's XLSX is never held whole."""
        params = {"year": year, "month": month, "format": fmt, **_ids(employee_ids)}
        try:
            with self._client.stream("GET", "/api/v1/reports/month", params=params) as got:
                if not got.is_success:
                    got.read()
                    _raise_for(got)
                for chunk in got.iter_bytes():
                    target.write(chunk)
        except httpx.TimeoutException as exc:
            raise ServiceUnavailable("The attendance server did not answer in time.") from exc
        except httpx.TransportError as exc:
            raise ServiceUnavailable() from exc

    def period_locks(self) -> list[PeriodLock]:
        return [_lock(k) for k in self._data("GET", "/api/v1/periods")]

    def lock_period(self, year: int, month: int) -> PeriodLock:
        return _lock(self._data("POST", f"/api/v1/periods/{year}/{month}/lock"))

    def unlock_period(self, year: int, month: int) -> None:
        self._data("DELETE", f"/api/v1/periods/{year}/{month}/lock")

    def close(self) -> None:
        self._client.close()


def _calendar(d: dict[str, Any]) -> TeamCalendar:
    return TeamCalendar(
        country=d["country"],
        subdivision=d["subdivision"],
        company_holidays=tuple(
            (date.fromisoformat(h["date"]), h["name"]) for h in d["company_holidays"]
        ),
        work_week=tuple(d["work_week"]),
    )
