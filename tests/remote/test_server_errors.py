"""One decoder of the server's errors: status and code to a typed error, final or not."""

from __future__ import annotations

import httpx
import pytest

from attendance_desktop.core.errors import (
    AlreadyClockedIn,
    AttendanceError,
    ClockWentBackwards,
    InvalidDate,
    NotAuthenticated,
    PeriodLocked,
    PunchTimeOutOfTolerance,
    ServiceUnavailable,
    StoreUnavailable,
    TokenExpired,
)
from attendance_desktop.kiosk.errors import UnknownBadge
from attendance_desktop.remote.server_errors import (
    is_final,
    response_error,
    result_error,
    server_error,
)


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (503, "STORAGE_ERROR", ServiceUnavailable),  # the finding: this was taken as final
        (503, "STORE_UNAVAILABLE", StoreUnavailable),
        (503, "STORE_BUSY", ServiceUnavailable),
        (500, "INTERNAL_ERROR", ServiceUnavailable),
        (502, None, ServiceUnavailable),
        (504, "ALREADY_CLOCKED_IN", ServiceUnavailable),  # a 5xx whatever its code
        (429, None, ServiceUnavailable),
        (408, None, ServiceUnavailable),
        (401, "TOKEN_EXPIRED", TokenExpired),
        (401, "NOT_AUTHENTICATED", NotAuthenticated),
    ],
)
def test_trouble_is_never_final(status: int, code: str | None, kind: type) -> None:
    error = server_error(status, code, "said by the server")
    assert type(error) is kind and not is_final(error)
    assert error.message == "said by the server"


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (409, "ALREADY_CLOCKED_IN", AlreadyClockedIn),
        (400, "INVALID_DATE", InvalidDate),
        (400, "PUNCH_TIME_OUT_OF_TOLERANCE", PunchTimeOutOfTolerance),
        (409, "CLOCK_WENT_BACKWARDS", ClockWentBackwards),
        (423, "PERIOD_LOCKED", PeriodLocked),
        (422, "A_CODE_FROM_A_NEWER_SERVER", AttendanceError),  # a refusal not known yet
        (404, "UNKNOWN_BADGE", UnknownBadge),
    ],
)
def test_a_refusal_of_the_punch_itself_is_final(status: int, code: str, kind: type) -> None:
    error = server_error(status, code, None, {UnknownBadge.code: UnknownBadge})
    assert type(error) is kind and is_final(error)
    assert error.message  # the class's own words when the server gave none


def test_a_replay_result_is_read_with_its_status_or_its_codes_own() -> None:
    stored = result_error({"ok": False, "status": 503, "code": "STORAGE_ERROR", "message": "x"})
    assert not is_final(stored)
    old_server = result_error({"ok": False, "code": "STORAGE_ERROR", "message": "x"})
    assert not is_final(old_server)  # no status: STORAGE_ERROR is a 503 by its class
    refused = result_error({"ok": False, "status": 409, "code": "ALREADY_CLOCKED_IN"})
    assert isinstance(refused, AlreadyClockedIn) and is_final(refused)


def test_both_envelopes_and_unreadable_bodies() -> None:
    seed000 = httpx.Response(409, json={"response": "No", "res_status": "ALREADY_CLOCKED_IN"})
    seed004 = httpx.Response(
        409, json={"success": False, "message": "No", "code": "ALREADY_CLOCKED_IN"}
    )
    for response in (seed000, seed004):
        error = response_error(response)
        assert isinstance(error, AlreadyClockedIn) and error.message == "No"
    garbled = response_error(httpx.Response(502, text="<html>Bad gateway</html>"))
    assert isinstance(garbled, ServiceUnavailable) and not is_final(garbled)
    assert not isinstance(response_error(httpx.Response(400, json=[1])), ServiceUnavailable)
