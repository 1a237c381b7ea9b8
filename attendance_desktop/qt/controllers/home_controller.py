"""The home page's controller: loads, punches and navigates through the service.

Every service call goes through the TaskRunner; the views get plain domain objects back.
Each punch carries its own id, so that the notice after it can offer to undo exactly that
punch (`punch_notice`). Between loads the clock ticks from the status's own `now`, moved
on by a monotonic clock (injected: tests move it), never by this computer's wall clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from ...core import rules
from ...core.balance import MonthBalance, month_balance
from ...core.errors import FutureMonth, PunchQueued, ServiceUnavailable
from ...core.models import Break, CurrentStatus, DayRecord, Employee, MonthMetrics, WorkSession
from .. import formatting
from ..tasks import TaskRunner
from ..views.home_page import HomePage
from ..views.month_calendar import shift_month
from .messages import plain_message
from .month_cache import MonthCache
from .punch_notice import PunchNotice

if TYPE_CHECKING:  # the punches' modules load at the first punch: a start shows a page first
    from ...core.service import AttendanceService

MonthData = tuple[MonthMetrics, list[DayRecord]]
# Employee, status, the shown month (None: unreachable, keep the one shown), and the month
# cache's generation when it was asked for.
FullLoad = tuple[Employee, CurrentStatus, MonthData | None, int]
#: Wraps the full load on the worker (the start-up keeps the first page's inputs with it).
AroundLoad = Callable[[Callable[[], FullLoad]], FullLoad]
DAY_CHECK_MS = 30_000
TICK_MS = 1000


class HomeController(QObject):
    #: The status and month have been put on screen (after every full load).
    data_shown = Signal()
    #: A month's metrics and calendar were shown: (year, month).
    month_shown = Signal(int, int)
    #: A message was put in the banner.
    message_shown = Signal(str)
    #: A punch finished (successfully or not) and the status was refreshed.
    punch_finished = Signal()
    #: A neighbour of the shown month was fetched ahead and is kept: (year, month).
    looked_ahead = Signal(int, int)
    #: The status shown now (a CurrentStatus): the tray and the reminders follow it.
    status_changed = Signal(object)
    #: The service could not be reached (a punch kept for later, or a load that failed).
    unreachable = Signal()
    #: A day was put in the day detail (its DayRecord): the corrections controller follows.
    day_shown = Signal(object)
    #: The clock button was pressed while a session's clock-out is missing (the status),
    #: and `asks_missing_clock_out` is set: "when did you leave?" comes before any punch.
    clock_out_missing = Signal(object)

    def __init__(
        self,
        service: AttendanceService | None,
        runner: TaskRunner,
        page: HomePage,
        employee: Employee,
        default_timezone: str,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        undo_seconds: float | None = None,
        daily_target: timedelta = timedelta(hours=8),
        around_load: AroundLoad | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self._page = service, runner, page
        self._employee = employee
        self._around_load = around_load
        self._default_timezone = default_timezone
        self._zone = formatting.zone_named(employee.timezone, default_timezone)
        self._status: CurrentStatus | None = None
        self._month: tuple[int, int] | None = None
        self._days: list[DayRecord] = []
        self._selected: date | None = None
        self._daily_target = daily_target
        self._metrics: MonthMetrics | None = None
        # What the metrics and the calendar were last filled from (see _set_month).
        self._filled_from: tuple[object, ...] | None = None
        self._monotonic = monotonic
        self._snapshot = monotonic()  # when the status on screen was read
        self._months: MonthCache[MonthData] = MonthCache()
        self._look_ahead_from: tuple[int, int] | None = None
        self._look_ahead = QTimer(self)  # zero-time, single shot: after the whole paint
        self._look_ahead.setSingleShot(True)
        self._look_ahead.setInterval(0)
        self._look_ahead.timeout.connect(self._prefetch_neighbours)

        page.profile.set_employee(employee)
        page.clock.clock_clicked.connect(self.toggle_clock)
        page.clock.break_start_requested.connect(self.start_break)
        page.clock.break_end_requested.connect(self.end_break)
        page.calendar.month_requested.connect(self.show_month)
        page.calendar.day_clicked.connect(self.show_day)
        page.painted.connect(self._page_painted)

        # The date moves on at midnight while the window stays open: reload then.
        self._day_check = QTimer(self)
        self._day_check.setInterval(DAY_CHECK_MS)
        self._day_check.timeout.connect(self._check_new_day)
        self._ticker = QTimer(self)  # the big timer, once a second
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self.notice = PunchNotice(self, page.clock.notice, undo_seconds)
        self.asks_missing_clock_out = False
        self._then: Callable[[], None] | None = None

    @property
    def employee(self) -> Employee:
        return self._employee

    # -- loading ------------------------------------------------------------------------

    def start(self) -> None:
        self._months.clear()
        self._submit(self._load_fn(with_employee=False), self._loaded)
        self._day_check.start()
        self._ticker.start()

    def show_first(self, status: CurrentStatus, month: MonthData) -> None:
        """Show a page worked out before the store is open (no service yet): the punch
        buttons wait, and months not shown yet are asked for once `attach` has run."""
        self._loaded((self._employee, status, month, -1))
        self._page.clock.set_busy(True)
        self._ticker.start()

    def attach(self, service: AttendanceService) -> None:
        """The store is open: read the page from it (it shows the same), then allow punches."""
        self._service = service

        def loaded(result: FullLoad) -> None:
            self._loaded(result)
            self._page.clock.set_busy(False)

        self._months.clear()
        self._submit(self._load_fn(with_employee=False), loaded)
        self._day_check.start()

    def stop(self) -> None:
        """Let go of the page (signing out): no more reloads, no more clicks handled here."""
        self._day_check.stop()
        self._look_ahead.stop()
        self._ticker.stop()
        self.notice.stop()
        page = self._page
        for signal, slot in (
            (page.clock.clock_clicked, self.toggle_clock),
            (page.clock.break_start_requested, self.start_break),
            (page.clock.break_end_requested, self.end_break),
            (page.calendar.month_requested, self.show_month),
            (page.calendar.day_clicked, self.show_day),
            (page.painted, self._page_painted),
        ):
            signal.disconnect(slot)

    def reload(self) -> None:
        """Employee, status and the shown month (the current one at first), in one task."""
        self._months.clear()
        self._submit(self._load_fn(with_employee=True), self._loaded)

    def _load_fn(self, *, with_employee: bool) -> Callable[[], FullLoad]:
        """Status and month; the profile too when it may have changed (not after a punch,
        nor at the start, which was handed the employee just read)."""
        service, emp_id, wanted = self._service, self._employee.id, self._month
        known, generation, around = self._employee, self._months.generation, self._around_load
        assert service is not None

        def read() -> FullLoad:
            employee = service.employee(emp_id) if with_employee else known
            status = service.status(emp_id)  # in remote mode, also while the server is away
            current = (status.today.year, status.today.month)
            year, month = wanted if wanted and wanted <= current else current
            try:
                shown = _month_data(service, emp_id, year, month, status.today)
            except ServiceUnavailable:
                if wanted is None:
                    raise  # nothing on screen yet to keep
                shown = None  # the month on screen stays until the server answers
            return employee, status, shown, generation

        def load() -> FullLoad:
            return around(read) if around is not None else read()

        return load

    def _loaded(self, result: FullLoad) -> None:
        employee, status, month_data, generation = result
        if employee != self._employee:
            self._employee = employee
            self._zone = formatting.zone_named(employee.timezone, self._default_timezone)
            self._page.profile.set_employee(employee)
        self._set_status(status)
        self.notice.status_shown(status)
        if month_data is not None:
            metrics = month_data[0]
            # Kept only if no punch or reload cleared the cache since this load was asked for.
            self._months.put((metrics.year, metrics.month, status.today), month_data, generation)
            self._set_month(month_data)
        else:
            # The server is away (remote mode keeps the status from its journal and the
            # month on screen): the tray says offline until a load reaches it again.
            self.unreachable.emit()
        self.data_shown.emit()

    def _set_status(self, status: CurrentStatus) -> None:
        self._status = status
        self._snapshot = self._monotonic()
        self._page.clock.set_status(status, self._zone)
        self.status_changed.emit(status)

    @property
    def status(self) -> CurrentStatus | None:
        """The status on screen (what the next click follows)."""
        return self._status

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def tick(self) -> None:
        """Move the big timer on (every second, and when a test moves the clock)."""
        self._page.clock.show_time(self._now_estimate())

    def _latest_month(self) -> tuple[int, int]:
        if self._status is None:
            return (9999, 12)
        return (self._status.today.year, self._status.today.month)

    # -- punches ------------------------------------------------------------------------

    def toggle_clock(self) -> None:
        """Clock out when the last known status is clocked in, else clock in."""
        if self.asks_missing_clock_out and self._status and self._status.missing_clock_out:
            self.clock_out_missing.emit(self._status)
            return
        if self._status is not None and self._status.clocked_in:
            self._punch("clock_out")
        else:
            self._punch("clock_in")

    def clock_in(self) -> None:
        self._punch("clock_in")

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Show the truth again after the record changed elsewhere (a correction); `then`
        runs once it is on screen."""
        if then is not None:
            self._then = then
        self._page.clock.set_busy(True)
        self._after_punch()

    def start_break(self, reason: str) -> None:
        self._punch("break_start", reason, clear_reason=True)

    def end_break(self) -> None:
        self._punch("break_end")

    def _punch(self, action: str, reason: str = "", *, clear_reason: bool = False) -> None:
        import uuid

        from ...core.punches import apply_punch, punch_time

        service, emp_id, punch_id = self._service, self._employee.id, uuid.uuid4().hex
        if service is None:
            return  # the store is not open yet (a shortcut while the button is disabled)
        self._page.clock.set_busy(True)
        self.notice.clear()  # the last punch's Undo ends with the next punch

        def punched(result: WorkSession | Break) -> None:
            self._page.banner.hide()
            if clear_reason:
                self._page.clock.clear_break_reason()
            self.notice.punched(action, punch_id, punch_time(result, action))
            self._after_punch()

        def refused(error: BaseException) -> None:
            if isinstance(error, PunchQueued):
                # Kept on this computer: the status counts it, and the notice says so.
                self._page.banner.hide()
                if clear_reason:
                    self._page.clock.clear_break_reason()
                self.notice.queued(action, punch_id)
                self._after_punch()
                return
            self._show_message(plain_message(error))
            if isinstance(error, ServiceUnavailable):
                self.unreachable.emit()
                # Nothing to reload from (and the message says what happened to the punch).
                self._page.clock.set_busy(False)
                self.punch_finished.emit()
                return
            self._after_punch()  # another window may have punched: show the truth

        def work() -> WorkSession | Break:
            return apply_punch(service, emp_id, action, reason=reason, punch_id=punch_id)

        self._runner.submit(work, punched, refused, context=self)

    def undo(self, punch_id: str) -> Callable[[Callable[[], None]], None]:
        """Take back the punch `punch_id`; `done` runs once the page shows the truth again."""
        service, emp_id = self._service, self._employee.id
        assert service is not None

        def run(done: Callable[[], None]) -> None:
            self._page.clock.set_busy(True)

            def undone(_result: object) -> None:
                done()
                self._after_punch()

            def refused(error: BaseException) -> None:
                self._show_message(plain_message(error))
                self._after_punch()

            self._runner.submit(
                lambda: service.undo_punch(emp_id, punch_id), undone, refused, context=self
            )

        return run

    def _after_punch(self) -> None:
        self._months.clear()

        def done(result: FullLoad) -> None:
            self._loaded(result)
            self._page.clock.set_busy(False)
            self.punch_finished.emit()
            then, self._then = self._then, None
            if then is not None:
                then()

        def failed(error: BaseException) -> None:
            self._then = None
            self._show_message(plain_message(error))
            if isinstance(error, ServiceUnavailable):
                self.unreachable.emit()
            self._page.clock.set_busy(False)
            self.punch_finished.emit()

        self._runner.submit(self._load_fn(with_employee=False), done, failed, context=self)

    def show_refused(self, refused: list[tuple[str, datetime, str]]) -> None:
        """Punches kept offline that the server refused when they were sent: (action, when
        made, the server's reason). Each is named, with when it was made and what to do."""
        texts = [formatting.punch_refused(a, at, self._zone, why) for a, at, why in refused]
        if texts:
            self._show_message("\n".join(texts))

    # -- the month and its days ---------------------------------------------------------

    def show_month(self, year: int, month: int) -> None:
        """Show year/month; a month after the current one gets the service's refusal.
        A month fetched a moment ago (the neighbours of the shown one are fetched ahead)
        is shown at once."""
        today = self._today()
        cached = self._months.get((year, month, today))
        if cached is not None:
            self._set_month(cached)
            return

        def refused(error: BaseException) -> None:
            self._show_message(plain_message(error))
            if isinstance(error, FutureMonth) and self._month is not None:
                self._page.calendar.set_month(
                    *self._month, self._days, self._today(), self._latest_month()
                )

        self._fetch_month(year, month, self._set_month, refused)

    def _fetch_month(
        self,
        year: int,
        month: int,
        done: Callable[[MonthData], None],
        failed: Callable[[BaseException], None],
        *,
        background: bool = False,
    ) -> None:
        service, emp_id, today = self._service, self._employee.id, self._today()
        generation = self._months.generation
        if service is None:
            return  # before the store is open: the month is fetched when asked again

        def fetched(data: MonthData) -> None:  # on the GUI thread, where the cache lives
            self._months.put((year, month, today), data, generation)
            done(data)

        self._runner.submit(
            lambda: _month_data(service, emp_id, year, month, today),
            fetched,
            failed,
            context=self,
            background=background,
        )

    def _page_painted(self) -> None:
        if self._look_ahead_from is not None:
            self._look_ahead.start()

    def _prefetch_neighbours(self) -> None:
        """Fetch the months before and after the shown one, for the arrows to show at once."""
        if self._look_ahead_from is None:
            return
        (year, month), self._look_ahead_from = self._look_ahead_from, None
        today, latest = self._today(), self._latest_month()
        for wanted in (shift_month(year, month, -1), shift_month(year, month, 1)):
            if wanted <= latest and self._months.get((*wanted, today)) is None:
                # Background work: skipped if a punch or a chosen month waits behind it.
                self._fetch_month(
                    *wanted, self._looked_ahead(*wanted), _ignore_error, background=True
                )

    def _looked_ahead(self, year: int, month: int) -> Callable[[MonthData], None]:
        return lambda _data: self.looked_ahead.emit(year, month)

    def _set_month(self, data: MonthData) -> None:
        metrics, days = data
        self._month, self._days, self._metrics = (metrics.year, metrics.month), days, metrics
        today, latest = self._today(), self._latest_month()
        # The store's read at start equals what the page from its snapshot showed (and a
        # reload often finds nothing new): the same inputs fill the same 42 tiles, which
        # would then all be painted again. The day's detail and the signals still follow.
        filled_from = (metrics, days, today, latest, self._daily_target, self._zone)
        if filled_from != self._filled_from:
            self._filled_from = filled_from
            self._page.metrics.set_metrics(metrics, self.balance())
            self._page.calendar.set_month(metrics.year, metrics.month, days, today, latest)
        keep = (
            self._selected
            if self._selected and (self._selected.year, self._selected.month) == self._month
            else None
        )
        if keep is None and (today.year, today.month) == self._month:
            keep = today
        if keep is None and days:
            keep = days[0].date
        if keep is not None:
            self.show_day(keep)
        self.month_shown.emit(metrics.year, metrics.month)
        # Fetch its neighbours once this month is on screen: fetching on the worker while
        # the GUI thread paints would slow the paint down (they share one interpreter lock).
        self._look_ahead_from = (metrics.year, metrics.month)

    def balance(self) -> MonthBalance | None:
        """The shown month's target and balance (None before a month is shown)."""
        if not self._days:
            return None
        return month_balance(self._days, self._today(), self._daily_target)

    def set_daily_target(self, target: timedelta) -> None:
        """The settings' daily target changed: the balance on screen follows at once."""
        self._daily_target = target
        if self._metrics is not None:
            self._page.metrics.set_metrics(self._metrics, self.balance())

    @property
    def shown_month(self) -> tuple[MonthMetrics, list[DayRecord]] | None:
        """The month on screen, as the report prints it."""
        return (self._metrics, list(self._days)) if self._metrics is not None else None

    @property
    def daily_target(self) -> timedelta:
        return self._daily_target

    def show_day(self, day: object) -> None:
        record = next((d for d in self._days if d.date == day), None)
        if record is None:
            return
        self._selected = record.date
        self._page.calendar.select(record.date)
        balance = self.balance()
        day_balance = (
            next((d for d in balance.days if d.date == record.date), None) if balance else None
        )
        self._page.day_detail.set_day(record, self._zone, self._now_estimate(), day_balance)
        self.day_shown.emit(record)

    # -- helpers ------------------------------------------------------------------------

    def _today(self) -> date:
        return self._status.today if self._status else date.min

    def _now_estimate(self) -> datetime | None:
        if self._status is None:
            return None
        return self._status.now + timedelta(seconds=self._monotonic() - self._snapshot)

    def _check_new_day(self) -> None:
        now = self._now_estimate()
        if (
            now is not None
            and self._status is not None
            and now.astimezone(self._zone).date() != self._status.today
        ):
            self.reload()

    def _submit(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._runner.submit(
            fn, done, lambda error: self._show_message(plain_message(error)), context=self
        )

    def show_message(self, text: str) -> None:
        """Put a plain message in the page's banner (also for news from elsewhere)."""
        self._show_message(text)

    def _show_message(self, text: str) -> None:
        self._page.banner.show_message(text)
        self.message_shown.emit(text)


def _ignore_error(_error: BaseException) -> None:
    """A failed or skipped look-ahead costs nothing: the month is asked for when chosen."""


def _month_data(
    service: AttendanceService, employee_id: int, year: int, month: int, today: date
) -> MonthData:
    """The month's days from the service, and its metrics worked out from those same days
    by the core's rule (one round trip instead of two; the numbers cannot disagree)."""
    days = service.month_days(employee_id, year, month)
    return rules.metrics_from_days(year, month, days, today), days
