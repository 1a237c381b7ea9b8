"""The first-run form's controller: create the local profile through the employee directory,
with the public holidays of the user's country from day one."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, Signal

from ...core.holiday_regions import HolidayCountry, holiday_countries
from ...core.models import Employee, NewEmployee
from ...core.service import EmployeeDirectory
from ..i18n import translate
from ..tasks import TaskRunner
from ..views.first_run_form import FirstRunForm
from .messages import plain_message

log = logging.getLogger(__name__)


class NewStore(EmployeeDirectory, Protocol):
    """A fresh local store: it takes the first employee and the holiday region."""

    def set_holiday_region(self, country: str, subdivision: str = "") -> None: ...


def holidays_not_saved_message(reason: str) -> str:
    return translate(
        "FirstRunController",
        "Your profile was created, but the public holidays could not be saved: {reason} "
        "Choose them under Settings → Public holidays.",
    ).format(reason=reason)


class FirstRunController(QObject):
    created = Signal(object)  # the new Employee
    refused = Signal(str)  # the plain reason shown in the form
    #: The country list is in the form, with the locale's country chosen when it has one.
    countries_shown = Signal()
    #: The profile was created but its holiday region not saved: a plain message.
    holidays_not_saved = Signal(str)

    def __init__(
        self,
        directory: NewStore,
        runner: TaskRunner,
        form: FirstRunForm,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] | None = None,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory, self._runner, self._form = directory, runner, form
        self._today = today
        self._waiting: NewEmployee | None = None  # submitted before the countries came
        self._countries_done = False
        territory = (locale or QLocale.system()).territory()
        self._home_country = QLocale.territoryToCode(territory).upper()
        form.submitted.connect(self.create)
        # The `holidays` package is imported on the worker, never while the form paints.
        runner.submit(holiday_countries, self._show_countries, self._no_countries, context=self)

    def _show_countries(self, countries: tuple[HolidayCountry, ...]) -> None:
        holidays = self._form.holidays
        holidays.set_countries(countries)
        holidays.select(self._home_country)  # "None" when the package lacks the country
        holidays.set_enabled(self._form.submit_button.isEnabled())
        self._countries_loaded()

    def _no_countries(self, error: BaseException) -> None:
        log.warning("The list of holiday countries could not be loaded: %s", error)
        self._countries_loaded()  # the profile can still be created, with weekends only

    def _countries_loaded(self) -> None:
        self._countries_done = True
        self.countries_shown.emit()
        if self._waiting is not None:
            new, self._waiting = self._waiting, None
            self.create(new)

    def create(self, new: NewEmployee) -> None:
        self._form.set_busy(True)
        if not self._countries_done:
            self._waiting = new  # sent once the country choice can be read
            return
        directory = self._directory
        country, subdivision = self._form.holidays.choice()
        if self._today is not None and new.start_date is None:
            # Someone starting to use the app today was not absent the days before.
            new = replace(new, start_date=self._today())

        def create_then_choose_holidays() -> tuple[Employee, str]:
            employee = directory.add_employee(new)  # bad input stops here: nothing stored
            try:
                directory.set_holiday_region(country, subdivision)
            except Exception as exc:  # the profile exists now: report, don't undo
                log.warning("Could not save the holiday region", exc_info=True)
                return employee, plain_message(exc)
            return employee, ""

        self._runner.submit(create_then_choose_holidays, self._created, self._refused, context=self)

    def _created(self, result: tuple[Employee, str]) -> None:
        employee, holiday_problem = result
        self._form.set_busy(False)
        self.created.emit(employee)
        if holiday_problem:
            self.holidays_not_saved.emit(holidays_not_saved_message(holiday_problem))

    def _refused(self, error: BaseException) -> None:
        self._form.set_busy(False)
        message = plain_message(error)
        self._form.show_error(message, field=getattr(error, "field", None))
        self.refused.emit(message)
