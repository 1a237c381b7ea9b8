"""`RemoteAttendanceService`: the AttendanceService over HTTP, on httpx.

Blocking calls with timeouts: the GUI calls it from its background task runner, never on
the GUI thread. Every failure is a typed AttendanceError: the server's own error (rebuilt
from its stable code by `server_errors`, as the kiosk does), ServiceUnavailable when the
server cannot be reached or had trouble (any 5xx), TokenExpired when the sign-in ran out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from urllib.parse import quote

import httpx

from ..core.corrections import AuditEntry, Correction, CorrectionRequest
from ..core.errors import NoOpenSession, NotAuthenticated, ServiceUnavailable
from ..core.models import Break, CurrentStatus, DayRecord, Employee, MonthMetrics, WorkSession
from . import decode
from .language import accept_language
from .server_errors import response_error

DEFAULT_TIMEOUT = 10.0
MISSED_CLOCK_OUT_REASON = "Forgot to clock out"


def _raise_for(response: httpx.Response) -> None:
    if not response.is_success:
        raise response_error(response)


def _request(client: httpx.Client, method: str, url: str, **kwargs: Any) -> Any:
    try:
        response = client.request(method, url, **kwargs)
    except httpx.TimeoutException as exc:
        raise ServiceUnavailable("The attendance server did not answer in time.") from exc
    except httpx.TransportError as exc:
        raise ServiceUnavailable() from exc
    _raise_for(response)
    try:
        return response.json()
    except ValueError as exc:
        raise ServiceUnavailable("The attendance server sent an unreadable answer.") from exc


def sign_in(
    base_url: str, email: str, password: str, *, timeout: float = DEFAULT_TIMEOUT
) -> tuple[str, int]:
    """(token, employee id) for the email and password, or a typed error."""
    with httpx.Client(base_url=base_url.rstrip("/"), timeout=timeout) as client:
        body = _request(
            client, "POST", "/api/v1/auth/signin", json={"email": email, "password": password}
        )
    data = body.get("data") or {}
    if "token" not in data:
        raise NotAuthenticated("The server did not return a sign-in token.")
    return str(data["token"]), int(data["employee_id"])


def _at(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


class RemoteAttendanceService:
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

    def _call(self, method: str, url: str, **kwargs: Any) -> Any:
        return _request(self._client, method, url, **kwargs)

    def employee(self, employee_id: int) -> Employee:
        return decode.employee(self._call("GET", f"/employee/{employee_id}/details"))

    def me(self) -> Employee:
        return decode.employee(self._call("GET", "/api/v1/users/me")["data"])

    def status(self, employee_id: int) -> CurrentStatus:
        return decode.status(self._call("GET", f"/api/v1/employees/{employee_id}/status")["data"])

    def clock_in(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession:
        body = {"clock_in_date_time": _at(at), "punch_id": punch_id}
        data = self._call("POST", f"/employee/{employee_id}/attendance/clockin", json=body)
        return decode.session(data)

    def clock_out(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession:
        body = {"clock_out_date_time": _at(at), "punch_id": punch_id}
        data = self._call("PUT", f"/employee/{employee_id}/attendance/clockout", json=body)
        return decode.session(data)

    def start_break(
        self,
        employee_id: int,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
    ) -> Break:
        body = {"reason": reason, "at": _at(at), "punch_id": punch_id}
        data = self._call("POST", f"/api/v1/employees/{employee_id}/breaks/start", json=body)
        return decode.break_(data["data"])

    def end_break(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> Break:
        body = {"at": _at(at), "punch_id": punch_id}
        data = self._call("POST", f"/api/v1/employees/{employee_id}/breaks/end", json=body)
        return decode.break_(data["data"])

    def undo_punch(self, employee_id: int, punch_id: str) -> None:
        # The id travels in the path: quote it, so that no id can reach another route.
        url = f"/api/v1/employees/{employee_id}/punches/{quote(punch_id, safe='')}/undo"
        self._call("POST", url)

    def month_metrics(self, employee_id: int, year: int, month: int) -> MonthMetrics:
        params = {"month": month, "year": year}
        url = f"/employee/{employee_id}/attendance/month_stat/"
        return decode.metrics(self._call("GET", url, params=params))

    def month_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        params = {"month": month, "year": year}
        data = self._call("GET", f"/employee/{employee_id}/attendance/data/", params=params)
        return [decode.day(d) for d in data["daily_attendance"]]

    def sessions_between(self, employee_id: int, start: date, end: date) -> list[WorkSession]:
        params = {"start": start.isoformat(), "end": end.isoformat()}
        data = self._call("GET", f"/api/v1/employees/{employee_id}/sessions", params=params)
        return [decode.session(s) for s in data["data"]["sessions"]]

    def request_correction(self, employee_id: int, correction: Correction) -> CorrectionRequest:
        c = correction
        body: dict[str, Any] = {
            "user_id": employee_id,
            "date": c.day.isoformat(),
            "attendance_id": c.session_id,
            "check_in_time": _at(c.clock_in),
            "check_out_time": _at(c.clock_out),
            "remove": c.remove,
            "leave_type": c.leave_type.value if c.leave_type else None,
            "reason": c.reason,
        }
        if c.breaks is not None:
            body["breaks"] = [
                {"start_time": _at(b.start), "end_time": _at(b.end), "reason": b.reason}
                for b in c.breaks
            ]
        return decode.correction(self._call("POST", "/api/v1/corrections", json=body)["data"])

    def resolve_missing_clock_out(
        self, employee_id: int, left_at: datetime, reason: str = MISSED_CLOCK_OUT_REASON
    ) -> CorrectionRequest:
        open_ = self.status(employee_id).missing_clock_out
        if open_ is None:
            raise NoOpenSession("No session is waiting for its clock-out.")
        fix = Correction(open_.local_date, reason, session_id=open_.id, clock_out=left_at)
        return self.request_correction(employee_id, fix)

    def corrections(self, employee_id: int) -> list[CorrectionRequest]:
        data = self._call("GET", "/api/v1/corrections")["data"]
        return [
            r for r in map(decode.correction, data["corrections"]) if r.employee_id == employee_id
        ]

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        url = f"/api/v1/employees/{employee_id}/history"
        data = self._call("GET", url, params={"date": day.isoformat()})["data"]
        return [decode.audit_entry(e) for e in data["history"]]

    def close(self) -> None:
        self._client.close()
