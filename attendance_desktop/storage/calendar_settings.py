"""The store's calendar settings: the holiday region, the company's own holidays, the
work calendar built from them (cached, and rebuilt when another process changed them), and
the limit past which an open session has its clock-out missing."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..core.calendar import WorkCalendar
from ..core.corrections import DEFAULT_MISSING_CLOCK_OUT_AFTER
from ..core.errors import InvalidInput, StorageError
from ..core.holiday_language import holiday_language
from ..core.models import DEFAULT_WORK_WEEK, work_week_from_text
from . import generations, queries
from .schema import company_holidays, store_settings
from .store_core import StoreCore

MISSING_AFTER_KEY = "missing_clock_out_hours"
WORK_WEEK_KEY = "default_work_week"  # given to people added without a work week of their own


class CalendarSettings:
    def __init__(self, core: StoreCore, missing_after: timedelta | None = None) -> None:
        self._core = core
        self._calendars: dict[str, WorkCalendar] = {}  # by the language of the names
        self._calendar_generation = -1  # the stored generation they were built at
        self._calendar_lock = threading.Lock()
        self._missing_after = missing_after  # a server's setting; None: the store's

    def missing_after(self, conn: Connection) -> timedelta:
        """How long a session may stay open before its clock-out counts as missing."""
        if self._missing_after is not None:
            return self._missing_after
        found = conn.execute(
            select(store_settings.c.value).where(store_settings.c.key == MISSING_AFTER_KEY)
        ).scalar()
        return timedelta(hours=float(found)) if found else DEFAULT_MISSING_CLOCK_OUT_AFTER

    def set_missing_after(self, hours: float) -> None:
        """The store's limit, in hours (1 to 48), past which a clock-out is missing."""
        if not 1 <= hours <= 48:
            raise InvalidInput("The limit for a missing clock-out must be 1 to 48 hours.")
        with self._core.write() as conn:
            generations.bump(conn, generations.CALENDAR)  # first: writers take turns
            conn.execute(store_settings.delete().where(store_settings.c.key == MISSING_AFTER_KEY))
            conn.execute(store_settings.insert().values(key=MISSING_AFTER_KEY, value=str(hours)))

    def calendar(
        self,
        years: tuple[int, ...] = (),
        generation: int | None = None,
        language: str | None = None,
    ) -> WorkCalendar:
        """The store's calendar naming public holidays in `language` (default: the one
        wanted here and now, `holiday_language()`), with the public holidays of `years`
        worked out and cached in the database in that language (so later starts never load
        the `holidays` package for them).

        One calendar is kept per language. They are built again when the stored generation
        (read by the caller in its own transaction, or here) shows that another process, a
        server worker or the admin's command line, changed the holidays since."""
        language = language or holiday_language()
        if generation is None:
            with self._core.read() as conn:
                generation = generations.current(conn, generations.CALENDAR)
        with self._calendar_lock:
            cal = self._calendars.get(language)
            if cal is None or generation != self._calendar_generation:
                with self._core.read() as conn:
                    # The number first: a change committed between the two reads leaves
                    # an older number with newer days, so the next caller reloads again.
                    stored = generations.current(conn, generations.CALENDAR)
                    cal = queries.load_calendar(conn, language)
                if stored != self._calendar_generation:
                    self._calendars.clear()  # the other languages' are older too
                    self._calendar_generation = stored
                self._calendars[language] = cal
            missing = [y for y in years if cal.country and y not in cal.known_years]
            if not missing:
                return cal
            found = {y: cal.year_holidays(y) for y in missing}
            try:
                with self._core.write() as conn:
                    queries.cache_holiday_years(conn, cal, found)
            except (StorageError, sa_exc.IntegrityError):
                pass  # only a cache: a busy store or a racing worker costs nothing
            cal = self._calendars[language] = cal.with_years(found)
            return cal

    def set_holiday_region(self, country: str, subdivision: str = "") -> None:
        """Use the public holidays of `country` (ISO code) and optional `subdivision`."""
        region = _known_region(country, subdivision)
        with self._core.write() as conn:
            generations.bump(conn, generations.CALENDAR)  # first: writers take turns
            _store_region(conn, *region)
        self._invalidate_calendar()

    def holiday_region(self) -> tuple[str, str]:
        """The country and subdivision whose public holidays count ("" when none)."""
        with self._core.read() as conn:
            return queries.holiday_region(conn)

    def company_holidays(self) -> list[tuple[date, str]]:
        """The company's own days off, by date."""
        with self._core.read() as conn:
            rows = conn.execute(
                select(company_holidays.c.day, company_holidays.c.name).order_by(
                    company_holidays.c.day
                )
            ).all()
        return [(row.day, row.name) for row in rows]

    def add_company_holiday(self, day: date, name: str) -> None:
        name = _holiday_name(name)
        with self._core.write() as conn:
            generations.bump(conn, generations.CALENDAR)  # first: writers take turns
            _store_company_holiday(conn, day, name)
        self._invalidate_calendar()

    def remove_company_holiday(self, day: date) -> None:
        with self._core.write() as conn:
            gone = conn.execute(company_holidays.delete().where(company_holidays.c.day == day))
            if gone.rowcount == 0:
                raise InvalidInput(f"There is no company holiday on {day.isoformat()}.")
            generations.bump(conn, generations.CALENDAR)
        self._invalidate_calendar()

    def default_work_week(self) -> tuple[int, ...]:
        """The work week of people added without one (Monday to Friday until set)."""
        with self._core.read() as conn:
            found = conn.execute(
                select(store_settings.c.value).where(store_settings.c.key == WORK_WEEK_KEY)
            ).scalar()
        return work_week_from_text(found) if found else DEFAULT_WORK_WEEK

    def save_holidays(
        self,
        country: str,
        subdivision: str,
        company_days: Mapping[date, str],
        work_week: tuple[int, ...] | None = None,
    ) -> None:
        """Set the region and replace the company's holidays with `company_days` (and the
        default work week, when given), all in one transaction: a settings dialog's OK
        either saves everything or changes nothing."""
        region = _known_region(country, subdivision)
        days = {day: _holiday_name(name) for day, name in company_days.items()}
        week = None if work_week is None else _checked_week(work_week)
        with self._core.write() as conn:
            # The generation's row first: its lock makes concurrent calendar writers take
            # turns (each then deletes what the one before inserted), where two replacing
            # the same rows at once collided on their keys (PostgreSQL, read committed).
            generations.bump(conn, generations.CALENDAR)
            if week is not None:
                conn.execute(store_settings.delete().where(store_settings.c.key == WORK_WEEK_KEY))
                conn.execute(store_settings.insert().values(key=WORK_WEEK_KEY, value=week))
            _store_region(conn, *region)
            conn.execute(company_holidays.delete())
            for day, name in sorted(days.items()):
                _store_company_holiday(conn, day, name)
        self._invalidate_calendar()

    def _invalidate_calendar(self) -> None:
        with self._calendar_lock:
            self._calendars.clear()


def _known_region(country: str, subdivision: str) -> tuple[str, str]:
    """The package's spelling of a region given in any case, or InvalidInput."""
    from ..core.holiday_regions import canonical_region

    try:
        return canonical_region(country, subdivision)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc


def _checked_week(days: tuple[int, ...]) -> str:
    if not days or any(not 0 <= d <= 6 for d in days):
        raise InvalidInput("A work week is one to seven days, 0 (Monday) to 6.", field="work_week")
    return ",".join(str(d) for d in sorted(set(days)))


def _store_region(conn: Connection, country: str, subdivision: str) -> None:
    for key, value in (("holiday_country", country), ("holiday_subdivision", subdivision)):
        conn.execute(store_settings.delete().where(store_settings.c.key == key))
        conn.execute(store_settings.insert().values(key=key, value=value))


def _holiday_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput("A company holiday needs a name.")
    if len(name) > 255:
        raise InvalidInput("A company holiday's name can be at most 255 characters.")
    return name


def _store_company_holiday(conn: Connection, day: date, name: str) -> None:
    conn.execute(company_holidays.delete().where(company_holidays.c.day == day))
    conn.execute(company_holidays.insert().values(day=day, name=name))
