"""Reading dates, instants, months, numbers and text from the wire, with the domain's
error messages. Everything here is strict: what is not plainly valid is a 400."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

from ..core.errors import InvalidDate, InvalidMonth

MAX_ID = 2**31 - 1  # the databases' INTEGER
_DIGITS = re.compile(r"-?[0-9]{1,10}")


def _clean_text(value: str) -> str:
    """A NUL byte cannot be stored by PostgreSQL and a lone surrogate cannot be encoded as
    UTF-8 at all: both are refused here, before a database turns them into a 5xx."""
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (no lone surrogates)") from None
    return value


def _plain_int(value: Any) -> Any:
    """Path and query numbers arrive as text; int() and pydantic also read `1_2`, ` 12`,
    `+12` and non-ASCII digits. Only plain ASCII digits (and a leading minus) are numbers."""
    if isinstance(value, str) and not _DIGITS.fullmatch(value):
        raise ValueError("must be a whole number written with the digits 0-9")
    return value


#: A string from a JSON body, query or path: any text but NUL and lone surrogates.
Text = Annotated[str, AfterValidator(_clean_text)]
#: An integer from a path or query string: plain digits only.
PlainInt = Annotated[int, BeforeValidator(_plain_int)]


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
    if text is None:
        return None
    if not text.strip():  # given but blank: refused, like any other date that is not one
        raise InvalidDate(f"{field} must look like 2024-01-15 or 2024-01-15T09:00:00Z.")
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


_MONTH, _YEAR = re.compile(r"[0-9]{1,2}"), re.compile(r"[0-9]{4}")


def parse_month(month: str | None, year: str | None) -> tuple[int, int]:
    """Seed 000's ?month=&year= as (year, month). Plain ASCII digits only: int() would read
    `1_2` as 12 and ` 1`, `+1` or an Arabic-Indic one as 1."""
    if not month or not year:
        raise InvalidMonth("Give a month and a year, like ?month=1&year=2024.")
    if not _MONTH.fullmatch(month) or not _YEAR.fullmatch(year):
        raise InvalidMonth()
    m, y = int(month), int(year)
    if not 1 <= m <= 12 or not 1970 <= y <= 9999:
        raise InvalidMonth()
    return y, m
