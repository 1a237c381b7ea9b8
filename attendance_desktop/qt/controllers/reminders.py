"""Reminders as desktop notifications: every minute, ask the core which one is due.

The status and whether a day is a working day come from the service on the task runner
(in the background: a punch never waits behind a reminder check); the rules are the
core's pure `due_reminders`; this controller remembers what it has shown, so each
reminder comes once a day, and hands it to the notifier (the tray).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.clock import Clock
from ...core.models import CurrentStatus
from ...core.reminders import Reminder, ReminderKind, ReminderRules, due_reminders
from ...core.service import AttendanceService
from ..tasks import TaskRunner

CHECK_MS = 60_000
Notify = Callable[[str, str], None]


class RemindersController(QObject):
    #: A reminder was handed to the notifier (the Reminder).
    reminded = Signal(object)
    #: A check finished (whether or not anything was due).
    checked = Signal()

    def __init__(
        self,
        service: AttendanceService,
        runner: TaskRunner,
        employee_id: int,
        zone: ZoneInfo,
        clock: Clock,
        rules: ReminderRules,
        notify: Notify,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self._employee_id = service, runner, employee_id
        self._zone, self._clock, self._rules, self._notify = zone, clock, rules, notify
        self._shown: set[tuple[ReminderKind, date]] = set()
        self._working: dict[date, bool] = {}  # asked of the service once per day
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def set_rules(self, rules: ReminderRules) -> None:
        """New choices from the settings dialog; applied from the next check."""
        self._rules = rules

    def forget_working_days(self) -> None:
        """The holidays or the work week changed: ask the service again."""
        self._working.clear()

    def check(self) -> None:
        service, emp_id, clock, zone = self._service, self._employee_id, self._clock, self._zone
        known = dict(self._working)

        def look() -> tuple[CurrentStatus, dict[date, bool]]:
            # On the worker: the status and, for the days in question, their working-ness.
            status = service.status(emp_id)
            days = {clock.now().astimezone(zone).date()}
            if status.open_session is not None:
                days.add(status.open_session.local_date)
            for day in days - known.keys():
                for record in service.month_days(emp_id, day.year, day.month):
                    known[record.date] = record.is_working_day
            return status, known

        self._runner.submit(look, self._looked, self._failed, context=self, background=True)

    def _looked(self, result: tuple[CurrentStatus, dict[date, bool]]) -> None:
        status, working = result
        self._working = working
        now = self._clock.now()
        due = due_reminders(
            now,
            self._zone,
            status,
            self._rules,
            lambda day: working.get(day, False),
            self._shown,
        )
        for reminder in due:
            self._show(reminder)
        self.checked.emit()

    def _show(self, reminder: Reminder) -> None:
        self._shown.add((reminder.kind, reminder.day))
        self._notify(reminder.title, reminder.text)
        self.reminded.emit(reminder)

    def _failed(self, _error: BaseException) -> None:
        # Offline or skipped for a punch: the next minute asks again; the tray shows offline.
        self.checked.emit()
