"""The few plain words of the domain that the window needs before its first paint: the
week's day names, the default work week and start of day, and a day's status (whose
colours the theme picks). Only the standard library's enum and datetime here: the start
imports this without the domain's data classes (core.models), which come with the page."""

from __future__ import annotations

from datetime import time
from enum import StrEnum

DEFAULT_WORK_WEEK: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday..Friday, as date.weekday()
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The start of each work day (Monday = 0) when nobody said otherwise.
DEFAULT_START = time(9, 0)


class DayStatus(StrEnum):
    COMPLETED = "completed"
    PRESENT = "present"
    ABSENT = "absent"
    NON_WORKING = "non_working"
    UPCOMING = "upcoming"
    LEAVE = "leave"  # a leave day (vacation, sick, other) without sessions
    # A session of the day is open longer than the limit: it counts present with 0 hours
    # until the person says when they left.
    MISSING_CLOCK_OUT = "missing_clock_out"
