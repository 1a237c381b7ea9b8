"""Which days are working days: the work week, public holidays and company holidays."""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any

from .holiday_language import ENGLISH
from .models import DEFAULT_WORK_WEEK


@dataclass(frozen=True)
class WorkCalendar:
    """Public holidays of one country (and region) plus the company's own days off.

    `country` is an ISO 3166-1 code understood by the `holidays` package (for example
    "DE"), `subdivision` its region ("BY"); an empty country means no public holidays.
    """

    country: str = ""
    subdivision: str = ""
    company_holidays: Mapping[date, str] = field(default_factory=dict)
    # Public holidays already worked out, by year (a cache kept by the store); other years
    # are computed with the `holidays` package on demand.
    known_years: Mapping[int, Mapping[date, str]] = field(default_factory=dict)
    language: str = ENGLISH

    @cached_property
    def _public(self) -> Any:
        if not self.country:
            return None
        import holidays  # imported late: only calendars with a country pay for it

        subdiv = self.subdivision or None
        try:
            public = holidays.country_holidays(self.country, subdiv=subdiv, language=self.language)
        except NotImplementedError as exc:
            raise ValueError(f"Unknown holiday country or region: {exc}") from exc
        # The package gives an unknown language its source strings, not always its en_US
        # ones: ask for English by name when the country has no names in this language.
        if self.language not in getattr(public, "supported_languages", ()):
            public = holidays.country_holidays(self.country, subdiv=subdiv, language=ENGLISH)
        return public

    def holiday_name(self, day: date) -> str | None:
        """The name of the holiday on `day`, company holidays first, or None."""
        name = self.company_holidays.get(day)
        if name:
            return name
        if not self.country:
            return None
        known = self.known_years.get(day.year)
        if known is not None:
            return known.get(day)
        found = self._public.get(day)
        return str(found) if found else None

    def year_holidays(self, year: int) -> dict[date, str]:
        """Every public holiday of `year` (for the store to keep), computed by the package."""
        if not self.country:
            return {}
        public = self._public
        for around in (year - 1, year, year + 1):  # "observed" days can cross New Year
            public.get(date(around, 6, 1))  # the package fills a year on first look-up
        return {d: str(name) for d, name in sorted(public.items()) if d.year == year}

    def with_years(self, years: Mapping[int, Mapping[date, str]]) -> WorkCalendar:
        return replace(self, known_years={**self.known_years, **years})

    def in_language(self, language: str) -> WorkCalendar:
        """The same calendar naming public holidays in `language` (none of them known yet)."""
        if language == self.language:
            return self
        return replace(self, known_years={}, language=language)

    def is_working_day(self, day: date, work_week: Iterable[int] = DEFAULT_WORK_WEEK) -> bool:
        return day.weekday() in tuple(work_week) and self.holiday_name(day) is None


def month_dates(year: int, month: int) -> list[date]:
    """Every calendar day of the month, in order (28 to 31 of them)."""
    days = _calendar.monthrange(year, month)[1]
    return [date(year, month, d) for d in range(1, days + 1)]
