"""The team month's compact body: what the server encodes the app decodes to the same days,
columns found by name, and a body that does not fit is a typed error, not a crash."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.core.admin_service import PersonMonth
from attendance_desktop.core.errors import ServiceUnavailable
from attendance_desktop.core.models import DayRecord, DayStatus, Employee, MonthMetrics
from attendance_desktop.remote import team_days as decoding
from attendance_desktop.remote.admin_service import _person
from attendance_desktop.server import team_days as encoding
from attendance_desktop.server.routes.admin_console import person

ADA = Employee(id=7, first_name="Ada", last_name="Zoë", email="ada@example.com")
BERLIN = ZoneInfo("Europe/Berlin")


def _month() -> PersonMonth:
    days = [DayRecord(date(2026, 2, n), DayStatus.ABSENT, True) for n in range(1, 29)]
    days[1] = DayRecord(
        date(2026, 2, 2), DayStatus.COMPLETED, True,
        first_clock_in=datetime(2026, 2, 2, 8, 1, 30, 250_000, tzinfo=UTC),
        last_clock_out=datetime(2026, 2, 2, 17, 0, tzinfo=BERLIN),  # given in a zone
        worked=timedelta(hours=7, seconds=1, microseconds=5), break_time=timedelta(minutes=30),
        corrected=True,
    )  # fmt: skip
    days[2] = DayRecord(date(2026, 2, 3), DayStatus.LEAVE, False, leave_type="sick")
    days[6] = DayRecord(date(2026, 2, 7), DayStatus.NON_WORKING, False, holiday_name="Fête")
    days[9] = DayRecord(
        date(2026, 2, 10), DayStatus.MISSING_CLOCK_OUT, True,
        first_clock_in=datetime(2026, 2, 10, 6, 0, tzinfo=UTC), clock_out_missing=True,
    )  # fmt: skip
    metrics = MonthMetrics(2026, 2, 20, 2, 18, timedelta(hours=7), total_leave_days=1)
    return PersonMonth(ADA, tuple(days), metrics)


def _body(people: list[PersonMonth]) -> dict[str, Any]:
    rows = [encoding.person_month(person(p.employee), p) for p in people]
    return json.loads(encoding.encode("Team month retrieved", rows))  # type: ignore[no-any-return]


def test_what_the_server_encodes_the_app_decodes_to_the_same_days() -> None:
    body = _body([_month()])
    assert body["day_fields"][:3] == ["status", "worked_seconds", "break_seconds"]
    row = body["data"][0]["days"]
    assert row[1][:5] == ["completed", 25201.000005, 1800, "2026-02-02T08:01:30.250000Z",
                          "2026-02-02T16:00:00Z"]  # fmt: skip
    assert row[0] == ["absent", 0, 0, None, None, True, None, None, False, False]
    [got] = decoding.people(body, 2026, 2, _person)
    want = _month()
    assert got.days == want.days and got.metrics == want.metrics
    assert got.employee.last_name == "Zoë"


def test_equal_days_without_a_clock_in_are_made_once_for_the_team() -> None:
    bo_id = replace(ADA, id=8, first_name="Bo")
    days = list(_month().days)
    days[4] = DayRecord(date(2026, 2, 5), DayStatus.NON_WORKING, False, holiday_name="Bo's")
    other = replace(_month(), employee=bo_id, days=tuple(days))
    ada, bo = decoding.people(_body([_month(), other]), 2026, 2, _person)
    assert ada.days[0] is bo.days[0] and ada.days[6] is bo.days[6]  # equal: one record
    assert ada.days[4] == _month().days[4] and bo.days[4] == days[4]  # a different day apart
    assert ada.days[1] is not bo.days[1]  # a worked day is each person's own
    assert ada.days[1] == bo.days[1]


def test_columns_are_found_by_name_and_new_ones_ignored() -> None:
    body = _body([_month()])
    order = list(reversed(body["day_fields"]))
    for p in body["data"]:
        p["days"] = [[*reversed(d), "later"] for d in p["days"]]
    body["day_fields"] = [*order, "a_column_added_later"]
    [got] = decoding.people(body, 2026, 2, _person)
    assert got.days == _month().days


@pytest.mark.parametrize(
    "spoil",
    [
        lambda b: b.pop("day_fields"),
        lambda b: b["day_fields"].remove("status"),
        lambda b: b["data"][0]["days"].pop(),  # 27 days in February
        lambda b: b["data"][0]["days"][0].__setitem__(0, "asleep"),
        lambda b: b["data"][0]["days"][1].__setitem__(3, "yesterday"),
    ],
)
def test_a_body_that_does_not_fit_is_a_typed_error(spoil: Any) -> None:
    body = _body([_month()])
    spoil(body)
    with pytest.raises(ServiceUnavailable):
        decoding.people(body, 2026, 2, _person)
