"""One reading of the attendance server's errors, for the workstation and the kiosk alike.

The server answers an error as a status and a stable code (`res_status` on seed-000 routes,
`code` elsewhere, and per punch in a kiosk replay's results). Here that becomes the typed
error of the core, and `is_final` says whether a punch that met it may ever be sent again.

Only a refusal about the punch itself is final: a 4xx with the domain's code (already
clocked in, out of tolerance, a malformed date). Everything else passes: any 5xx whatever
its code (a database restart answers `503 STORAGE_ERROR`, `STORE_UNAVAILABLE`), a timeout
or a dropped connection, a sign-in that ran out, a limit on attempts. Such a punch may
even have been recorded before the answer was lost; its punch id makes the resend safe.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..core.errors import (
    ERRORS_BY_CODE,
    NOT_NOW_STATUSES,
    AttendanceError,
    ServiceUnavailable,
    is_final,
)

__all__ = ["is_final", "response_error", "result_error", "server_error"]

SERVER_TROUBLE = "The attendance server had a problem. Please try again later."

Registry = Mapping[str, type[AttendanceError]]


def server_error(
    status: int | None, code: object, message: object, extra: Registry | None = None
) -> AttendanceError:
    """The typed error for a status (None in a replay's per-punch result) and a code.

    A 5xx is a ServiceUnavailable whatever its code, so that every caller that keeps a punch
    for later on "the server cannot be reached" keeps it on this too."""
    cls = (extra or {}).get(str(code)) or ERRORS_BY_CODE.get(str(code))
    text = str(message) if isinstance(message, str) and message else None
    if status is None:
        status = cls.http_status if cls is not None else None
    if cls is not None and issubclass(cls, ServiceUnavailable):
        return cls(text)
    if status is not None and status >= 500:
        return ServiceUnavailable(text or SERVER_TROUBLE)
    if cls is not None:
        return cls(text)
    if status in NOT_NOW_STATUSES:
        return ServiceUnavailable(text or SERVER_TROUBLE)
    return AttendanceError(text or f"The attendance server answered {status}.")


def response_error(response: httpx.Response, extra: Registry | None = None) -> AttendanceError:
    """The error of a failed response, from either envelope the server uses."""
    try:
        body: Any = response.json()
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    code = body.get("res_status") or body.get("code")
    # Seed 000 puts its own words in `response` and the app's plain words in `message`.
    message = body.get("message") or body.get("response")
    return server_error(response.status_code, code, message, extra)


def result_error(result: Mapping[str, Any], extra: Registry | None = None) -> AttendanceError:
    """The error of one refused punch in a replay's results."""
    status = result.get("status")
    status = status if isinstance(status, int) and not isinstance(status, bool) else None
    return server_error(status, result.get("code"), result.get("message"), extra)
