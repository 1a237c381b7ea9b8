"""Reading dates, instants and months from the wire, with the domain's error messages."""

from __future__ import annotations

from datetime import UTC, date, datetime

from ..core.errors import InvalidDate, InvalidMonth

MAX_ID = 2**31 - 1  # the databases' INTEGER


def parse_instant(text: str | None, field: str) -> datetime | None:
    """An RFC 3339 date-time with its offset (a trailing Z is fine)."""
    if text is None or not text.strip():
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("z", "Z").replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidDate(
            f"{field} must be a date and time with its time zone, like 2024-01-15T09:00:00Z."
        ) from exc
    if value.tzinfo is None or "T" not in text.upper():
        raise InvalidDate(
            f"{field} must be a date and time with its time zone, like 2024-01-15T09:00:00Z."
        )
    try:
        value.astimezone(UTC)
    except OverflowError as exc:  # 9999-12-31T23:59:59-23:59 is in year 10000 in UTC
        raise InvalidDate(
            f"{field} is out of the range of dates that can be recorded (years 1 to 9999 in UTC)."
        ) from exc
    return value


def parse_day(text: str | None, field: str) -> date | None:
    """Seed 004's dates: YYYY-MM-DD, or an RFC 3339 date-time whose date is taken as written."""
    if text is None or not text.strip():
        return None  # blank (spaces of any kind included) means "not given"
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        parsed = parse_instant(text, field)
        if parsed is None:
            raise InvalidDate()
        return parsed.date()
    except (ValueError, InvalidDate) as exc:
        raise InvalidDate(f"{field} must look like 2024-01-15 or 2024-01-15T09:00:00Z.") from exc


def parse_month(month: str | None, year: str | None) -> tuple[int, int]:
    """Seed 000's ?month=&year= as (year, month); letters or missing values are refused."""
    if month is None or year is None or month.strip() == "" or year.strip() == "":
        raise InvalidMonth("Give a month and a year, like ?month=1&year=2024.")
    try:
        m, y = int(month.strip()), int(year.strip())
    except ValueError as exc:
        raise InvalidMonth() from exc
    if not 1 <= m <= 12 or not 1970 <= y <= 9999:
        raise InvalidMonth()
    return y, m
