"""The local `AttendanceService`: SQLAlchemy Core over any URL (SQLite on one machine).

Every punch is one short write transaction, committed durably before the call returns.
The database's unique indexes make "one open session" and "one open break" hold even when
two processes punch at once; the loser gets the same error as a sequential second punch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

from ..core import rules
from ..core.calendar import WorkCalendar
from ..core.clock import Clock, SystemClock
from ..core.errors import (
    AlreadyClockedIn,
    BreakAlreadyRunning,
    InvalidDate,
    InvalidInput,
    NoOpenBreak,
    NoOpenSession,
    StorageError,
)
from ..core.models import (
    Break,
    CurrentStatus,
    DayRecord,
    Employee,
    EmployeeChanges,
    MonthMetrics,
    NewEmployee,
    WorkSession,
)
from . import directory, generations, queries
from . import punch_statements as statements
from .driver import runner_for
from .engine import SQLITE_BUSY_TIMEOUT_MS, make_engine, storage_errors
from .migrations import upgrade
from .schema import (
    company_holidays,
    employees,
    store_settings,
)

T = TypeVar("T")
# What a punch step returns: the session id, the break id, and (when the step could build
# it from what it wrote) the result itself.
Done = tuple[int | None, int | None, T | None]


class LocalAttendanceService:
    def __init__(
        self,
        engine: Engine,
        clock: Clock | None = None,
        *,
        default_timezone: str = "UTC",
        tolerance: timedelta = rules.DEFAULT_PUNCH_TOLERANCE,
    ) -> None:
        self._engine = engine
        self._clock = clock or SystemClock()
        self._default_zone = ZoneInfo(default_timezone)
        self._tolerance = tolerance
        self._calendar: WorkCalendar | None = None
        self._calendar_generation = -1  # the stored generation it was built at
        self._calendar_lock = threading.Lock()
        # PostgreSQL runs a DELETE inside an INSERT's WITH (a clock-in's two writes in one
        # round trip) and gives new ids with RETURNING; SQLite's WITH takes only a SELECT.
        self._postgres = engine.dialect.name == "postgresql"
        self._run = runner_for(engine.dialect)  # how a punch's statements run

    @classmethod
    def open(
        cls,
        url: str,
        clock: Clock | None = None,
        *,
        default_timezone: str = "UTC",
        tolerance: timedelta = rules.DEFAULT_PUNCH_TOLERANCE,
        busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    ) -> LocalAttendanceService:
        """Open (creating or upgrading) the store at `url`."""
        with storage_errors():
            engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
            try:
                upgrade(engine)
            except BaseException:
                engine.dispose()  # a store that cannot be opened must not stay locked open
                raise
        return cls(engine, clock, default_timezone=default_timezone, tolerance=tolerance)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def default_zone(self) -> ZoneInfo:
        """The zone of employees who have none of their own."""
        return self._default_zone

    def zone_of(self, employee: Employee) -> ZoneInfo:
        """The employee's time zone, or the store's default when they have none."""
        return self._zone(employee)

    def close(self) -> None:
        self._engine.dispose()

    # -- plumbing ---------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _write(self, keep_conflicts: bool = False) -> Iterator[Connection]:
        """A durable write transaction. With `keep_conflicts`, a unique-index refusal (another
        writer won a race) reaches the caller as IntegrityError, to be told as its conflict."""
        passthrough = (sa_exc.IntegrityError,) if keep_conflicts else ()
        with (
            storage_errors(passthrough),
            self._engine.connect().execution_options(write=True) as conn,
            conn.begin(),
        ):
            yield conn

    def _zone(self, employee: Employee) -> ZoneInfo:
        if employee.timezone:
            try:
                return ZoneInfo(employee.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return self._default_zone

    def calendar(self, years: tuple[int, ...] = (), generation: int | None = None) -> WorkCalendar:
        """The store's calendar, with the public holidays of `years` worked out and cached
        in the database (so later starts never load the `holidays` package for them).

        It is built again when the stored generation (read by the caller in its own
        transaction, or here) shows that another process, a server worker or the admin's
        command line, changed the holidays since."""
        if generation is None:
            with self._read() as conn:
                generation = generations.current(conn, generations.CALENDAR)
        with self._calendar_lock:
            if self._calendar is None or generation != self._calendar_generation:
                with self._read() as conn:
                    # The number first: a change committed between the two reads leaves
                    # an older number with newer days, so the next caller reloads again.
                    self._calendar_generation = generations.current(conn, generations.CALENDAR)
                    self._calendar = queries.load_calendar(conn)
            cal = self._calendar
            missing = [y for y in years if cal.country and y not in cal.known_years]
            if not missing:
                return cal
            found = {y: cal.year_holidays(y) for y in missing}
            try:
                with self._write() as conn:
                    queries.cache_holiday_years(conn, cal, found)
            except (StorageError, sa_exc.IntegrityError):
                pass  # only a cache: a busy store or a racing worker costs nothing
            self._calendar = cal.with_years(found)
            return self._calendar

    def _punch(
        self,
        action: str,
        employee_id: int,
        punch_id: str | None,
        do: Callable[[Connection, Employee, datetime, queries.PunchFacts], Done[T]],
        result: Callable[[Connection, int | None, int | None], T],
        conflict: type[Exception],
        at: datetime | None,
        offline: bool,
    ) -> T:
        """Run one punch in one durable transaction, idempotent by `punch_id`."""
        try:
            with self._write(keep_conflicts=True) as conn:
                if punch_id:
                    repeated = self._repeated_punch(conn, punch_id, employee_id, action, result)
                    if repeated is not None:
                        return repeated
                emp, facts = queries.employee_for_punch(conn, employee_id, self._run)
                now = self._clock.now()
                when = rules.resolve_punch_time(at, now, self._tolerance, offline=offline)
                session_id, break_id, built = do(conn, emp, when, facts)
                if punch_id:
                    self._run(
                        conn,
                        statements.RECORD_PUNCH,
                        {
                            "punch_id": punch_id,
                            "employee_id": employee_id,
                            "action": action,
                            "session_id": session_id,
                            "break_id": break_id,
                            "created_at": now,
                        },
                    )
                # What the punch wrote is known here; reading it back would cost queries.
                return built if built is not None else result(conn, session_id, break_id)
        except (sa_exc.IntegrityError, *_STATE_CONFLICTS) as exc:
            # Another writer won a race. On PostgreSQL a punch waits for the employee's row
            # lock inside its first statement, whose view of their sessions dates from before
            # the wait: a second clock-in then breaks the one-open-session index, a second
            # clock-out finds the session closed. When the winner was this punch's own first
            # try (a retry sent while it was under way), its outcome is the answer.
            if punch_id:
                with self._read() as conn:
                    repeated = self._repeated_punch(conn, punch_id, employee_id, action, result)
                    if repeated is not None:
                        return repeated
            if isinstance(exc, sa_exc.IntegrityError):
                raise conflict() from exc
            raise

    def _repeated_punch(
        self,
        conn: Connection,
        punch_id: str,
        employee_id: int,
        action: str,
        result: Callable[[Connection, int | None, int | None], T],
    ) -> T | None:
        """The stored outcome when `punch_id` was this very punch already; None when unused.
        The same id used for another employee or action is refused, never answered."""
        done = self._run(conn, statements.FIND_PUNCH, {"punch_id": punch_id}).first()
        if done is None:
            return None
        if done["employee_id"] != employee_id or done["action"] != action:
            raise InvalidInput("This punch id was already used for another punch.")
        return result(conn, done["session_id"], done["break_id"])

    def recorded_punch(
        self, punch_id: str | None, employee_id: int, action: str
    ) -> WorkSession | Break | None:
        """The first outcome of the punch `punch_id`, when it was made already (a resend);
        a route that checks a punch's date itself asks this first, so that a resend gets its
        first answer whatever its age."""
        if not punch_id:
            return None
        with self._read() as conn:
            if action in ("clock_in", "clock_out"):
                return self._repeated_punch(
                    conn, punch_id, employee_id, action, self._session_result
                )
            return self._repeated_punch(conn, punch_id, employee_id, action, self._break_result)

    def _insert(self, conn: Connection, insert: Insert, row: dict[str, Any]) -> int:
        """Insert one row and give its new id: on PostgreSQL the statement says RETURNING
        and runs on the driver; SQLite's row id comes through SQLAlchemy (RETURNING needs
        SQLite 3.35, newer than some systems have)."""
        if self._postgres:
            return int(self._run(conn, insert, row).scalar())
        inserted = conn.execute(insert, row).inserted_primary_key
        assert inserted is not None
        return int(inserted[0])

    def _session_result(
        self, conn: Connection, session_id: int | None, _b: int | None
    ) -> WorkSession:
        assert session_id is not None
        found = queries.session_by_id(conn, session_id)
        assert found is not None
        return found

    def _break_result(self, conn: Connection, _s: int | None, break_id: int | None) -> Break:
        found = queries.break_by_id(conn, break_id)
        assert found is not None
        return found

    # -- punches ----------------------------------------------------------------------

    def clock_in(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> WorkSession:
        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[WorkSession]:
            if facts.open_session is not None:
                raise AlreadyClockedIn()
            # The latest session ended with the employee's last punch (breaks end by then).
            when = rules.place_after(
                when, facts.latest_clock_out, client_time=at is not None, offline=offline
            )
            now = self._clock.now()
            day = rules.local_date(when, self._zone(emp))
            row = {
                "employee_id": emp.id,
                "local_date": day,
                "clock_in": when,
                "clock_out": None,
                "offline": offline,
                "created_at": now,
                "updated_at": now,
            }
            # A check-in on a day recorded as absent (seed 004's "create attendance")
            # replaces that record, in the same transaction.
            absent = {"absent_employee": emp.id, "absent_day": day}
            if self._postgres:  # in the INSERT's own WITH
                new_id = self._insert(
                    conn, statements.INSERT_SESSION_DROPPING_ABSENCE, row | absent
                )
            else:
                new_id = self._insert(conn, statements.INSERT_SESSION, row)
                conn.execute(statements.DROP_ABSENCE, absent)
            session = WorkSession(
                id=new_id,
                employee_id=emp.id,
                local_date=day,
                clock_in=when,
                offline=offline,
                created_at=now,
                updated_at=now,
            )
            return session.id, None, session

        return self._punch(
            "clock_in",
            employee_id,
            punch_id,
            do,
            self._session_result,
            AlreadyClockedIn,
            at,
            offline,
        )

    def clock_out(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> WorkSession:
        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[WorkSession]:
            session = facts.open_session
            if session is None:
                raise NoOpenSession()
            last = rules.last_punch_of([session])
            when = rules.place_after(when, last, client_time=at is not None, offline=offline)
            now = self._clock.now()
            ending = {"of_session": session.id, "ended_at": when, "now": now}
            if session.open_break is not None:  # read under the employee's lock: still true
                self._run(conn, statements.END_OPEN_BREAKS, ending)
            closed = self._run(conn, statements.CLOSE_SESSION, ending)
            if closed.rowcount != 1:
                # A concurrent clock-out closed it first (PostgreSQL, READ COMMITTED).
                raise NoOpenSession()
            ended = tuple(
                replace(b, end=when, updated_at=now) if b.end is None else b for b in session.breaks
            )
            return session.id, None, replace(session, clock_out=when, breaks=ended, updated_at=now)

        return self._punch(
            "clock_out", employee_id, punch_id, do, self._session_result, NoOpenSession, at, offline
        )

    def start_break(
        self,
        employee_id: int,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> Break:
        reason = (reason or "").strip()
        if len(reason) > 255:
            raise InvalidInput("A break reason can be at most 255 characters.")

        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[Break]:
            session = facts.open_session
            if session is None:
                raise NoOpenSession("You are not clocked in, so a break cannot start.")
            if session.open_break is not None:
                raise BreakAlreadyRunning()
            last = rules.last_punch_of([session])
            when = rules.place_after(when, last, client_time=at is not None, offline=offline)
            now = self._clock.now()
            row = {
                "session_id": session.id,
                "start_time": when,
                "end_time": None,
                "reason": reason,
                "created_at": now,
                "updated_at": now,
            }
            new_id = self._insert(
                conn,
                statements.INSERT_BREAK_RETURNING_ID if self._postgres else statements.INSERT_BREAK,
                row,
            )
            started = Break(
                id=new_id,
                session_id=session.id,
                start=when,
                reason=reason,
                created_at=now,
                updated_at=now,
            )
            return session.id, started.id, started

        return self._punch(
            "break_start",
            employee_id,
            punch_id,
            do,
            self._break_result,
            BreakAlreadyRunning,
            at,
            offline,
        )

    def end_break(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> Break:
        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[Break]:
            session = facts.open_session
            if session is None:
                raise NoOpenSession()
            brk = session.open_break
            if brk is None:
                raise NoOpenBreak()
            when = rules.place_after(when, brk.start, client_time=at is not None, offline=offline)
            now = self._clock.now()
            ending = {"the_break": brk.id, "ended_at": when, "now": now}
            if self._run(conn, statements.END_BREAK, ending).rowcount != 1:
                raise NoOpenBreak()  # a concurrent end-break was first
            return session.id, brk.id, replace(brk, end=when, updated_at=now)

        return self._punch(
            "break_end", employee_id, punch_id, do, self._break_result, NoOpenBreak, at, offline
        )

    # -- reads ------------------------------------------------------------------------

    def undo_punch(self, employee_id: int, punch_id: str) -> None:
        """Take back a punch made moments ago by its id (see `punch_undo`)."""
        from .punch_undo import undo_punch  # kept apart: this facade is being split

        undo_punch(self._engine, employee_id, punch_id, self._clock.now())

    def employee(self, employee_id: int) -> Employee:
        with self._read() as conn:
            return queries.load_employee(conn, employee_id)

    def status(self, employee_id: int) -> CurrentStatus:
        with self._read() as conn:
            emp = queries.load_employee(conn, employee_id)
            now = self._clock.now()
            today = rules.local_date(now, self._zone(emp))
            todays = queries.sessions_in_range(conn, emp.id, today, today)
            # Usually among today's; only a session open since an earlier day needs a read.
            open_ = next((s for s in todays if s.is_open), None) or queries.open_session(
                conn, emp.id
            )
        worked = sum((rules.session_worked(s, now) for s in todays), timedelta(0))
        return CurrentStatus(
            employee_id=emp.id,
            now=now,
            today=today,
            open_session=open_,
            today_sessions=tuple(todays),
            today_worked=worked,
        )

    def _month(self, employee_id: int, year: int, month: int) -> tuple[list[DayRecord], date]:
        with self._read() as conn:
            emp = queries.load_employee(conn, employee_id)
            now = self._clock.now()
            today = rules.local_date(now, self._zone(emp))
            rules.check_month(year, month, today)
            first = date(year, month, 1)
            last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            sessions = queries.sessions_in_range(conn, emp.id, first, last)
            generation = generations.current(conn, generations.CALENDAR)
        days = rules.month_days(
            year,
            month,
            sessions,
            today=today,
            now=now,
            calendar=self.calendar((year,), generation),
            work_week=emp.work_week,
            start=emp.start_date,
            end=emp.end_date,
        )
        return days, today

    def month_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        return self._month(employee_id, year, month)[0]

    def month_metrics(self, employee_id: int, year: int, month: int) -> MonthMetrics:
        days, today = self._month(employee_id, year, month)
        return rules.metrics_from_days(year, month, days, today)

    def sessions_between(self, employee_id: int, start: date, end: date) -> list[WorkSession]:
        if start > end:
            raise InvalidDate("The start date must not be after the end date.")
        with self._read() as conn:
            queries.load_employee(conn, employee_id)
            return queries.sessions_in_range(conn, employee_id, start, end)

    # -- the employee directory and the store's calendar --------------------------------

    def employees(self) -> list[Employee]:
        with self._read() as conn:
            rows = conn.execute(select(employees).order_by(employees.c.id)).all()
            return [queries.employee_from_row(r._mapping) for r in rows]

    def add_employee(self, new: NewEmployee) -> Employee:
        fields = directory.new_employee_values(new)
        try:
            with self._write(keep_conflicts=True) as conn:
                if directory.email_taken(conn, str(fields["email"])):
                    raise InvalidInput("An employee with this email already exists.", field="email")
                new_id = conn.execute(
                    employees.insert().values(**fields, created_at=self._clock.now())
                ).inserted_primary_key
                assert new_id is not None
                return queries.load_employee(conn, int(new_id[0]))
        except sa_exc.IntegrityError as exc:
            raise InvalidInput(
                "An employee with this email already exists.", field="email"
            ) from exc

    def update_employee(self, employee_id: int, changes: EmployeeChanges) -> Employee:
        """Change any of the employee's details (names, contact, zone, work week, start)."""
        try:
            with self._write(keep_conflicts=True) as conn:
                return directory.change(conn, employee_id, changes)
        except sa_exc.IntegrityError as exc:
            raise InvalidInput(
                "An employee with this email already exists.", field="email"
            ) from exc

    def deactivate_employee(self, employee_id: int, last_day: date | None = None) -> Employee:
        """Stop the employee punching; days after `last_day` (default: today in their
        zone) are not counted."""
        with self._write() as conn:
            emp = queries.load_employee(conn, employee_id)
            day = last_day or rules.local_date(self._clock.now(), self._zone(emp))
            return directory.set_active(conn, employee_id, False, day)

    def reactivate_employee(self, employee_id: int) -> Employee:
        with self._write() as conn:
            return directory.set_active(conn, employee_id, True, None)

    def active_employee(self, employee_id: int) -> Employee:
        """The employee if they may punch; EmployeeNotFound or EmployeeInactive if not."""
        with self._read() as conn:
            return queries.active_employee(conn, employee_id)

    def set_holiday_region(self, country: str, subdivision: str = "") -> None:
        """Use the public holidays of `country` (ISO code) and optional `subdivision`."""
        region = _known_region(country, subdivision)
        with self._write() as conn:
            _store_region(conn, *region)
            generations.bump(conn, generations.CALENDAR)
        self._invalidate_calendar()

    def holiday_region(self) -> tuple[str, str]:
        """The country and subdivision whose public holidays count ("" when none)."""
        with self._read() as conn:
            return queries.holiday_region(conn)

    def company_holidays(self) -> list[tuple[date, str]]:
        """The company's own days off, by date."""
        with self._read() as conn:
            rows = conn.execute(
                select(company_holidays.c.day, company_holidays.c.name).order_by(
                    company_holidays.c.day
                )
            ).all()
        return [(row.day, row.name) for row in rows]

    def add_company_holiday(self, day: date, name: str) -> None:
        name = _holiday_name(name)
        with self._write() as conn:
            _store_company_holiday(conn, day, name)
            generations.bump(conn, generations.CALENDAR)
        self._invalidate_calendar()

    def remove_company_holiday(self, day: date) -> None:
        with self._write() as conn:
            gone = conn.execute(company_holidays.delete().where(company_holidays.c.day == day))
            if gone.rowcount == 0:
                raise InvalidInput(f"There is no company holiday on {day.isoformat()}.")
            generations.bump(conn, generations.CALENDAR)
        self._invalidate_calendar()

    def save_holidays(
        self, country: str, subdivision: str, company_days: Mapping[date, str]
    ) -> None:
        """Set the region and replace the company's holidays with `company_days`, all in one
        transaction: a settings dialog's OK either saves everything or changes nothing."""
        region = _known_region(country, subdivision)
        days = {day: _holiday_name(name) for day, name in company_days.items()}
        with self._write() as conn:
            _store_region(conn, *region)
            conn.execute(company_holidays.delete())
            for day, name in sorted(days.items()):
                _store_company_holiday(conn, day, name)
            generations.bump(conn, generations.CALENDAR)
        self._invalidate_calendar()

    def _invalidate_calendar(self) -> None:
        with self._calendar_lock:
            self._calendar = None


def _known_region(country: str, subdivision: str) -> tuple[str, str]:
    """The package's spelling of a region given in any case, or InvalidInput."""
    from ..core.holiday_regions import canonical_region

    try:
        return canonical_region(country, subdivision)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from exc


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


# What a punch finds when another punch for the same employee got there first.
_STATE_CONFLICTS = (AlreadyClockedIn, NoOpenSession, BreakAlreadyRunning, NoOpenBreak)
