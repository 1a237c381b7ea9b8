"""Team → Calendar: the company's holiday region, its own holidays and the default work
week, in one dialog fed with and returning a `TeamCalendar`.

It is the local store's holiday settings dialog (the same region boxes, list, keys and
busy states) with the work week added below, so both stores' admins see one dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

from ....core.admin_service import TeamCalendar
from ....core.holiday_regions import HolidayCountry
from ...i18n import QT_TRANSLATE_NOOP
from ..common import label, separator
from ..holiday_settings_dialog import HolidaySettingsDialog
from .employee_fields import WorkWeekBoxes

NO_DAYS = QT_TRANSLATE_NOOP(
    "TeamCalendarDialog", "Choose at least one working day for the default work week."
)


class TeamCalendarDialog(HolidaySettingsDialog):
    #: OK pressed: the whole calendar as the admin left it.
    calendar_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeamCalendarDialog")
        self.setWindowTitle(self.tr("Calendar"))
        page = self.layout()
        assert isinstance(page, QBoxLayout)
        at = page.indexOf(self.error_label)
        self.work_week = WorkWeekBoxes()
        hint = label(
            self.tr("Given to people added from now on; each person's own week is kept."),
            "Muted",
            wrap=True,
        )
        for offset, widget in enumerate(
            (separator(), label(self.tr("Default work week"), "CardTitle"), hint, self.work_week)
        ):
            page.insertWidget(at + offset, widget)
        self.holiday_list.setMinimumHeight(110)  # room for the week on a small screen

    def set_calendar(
        self, calendar: TeamCalendar, countries: Sequence[HolidayCountry], today: date
    ) -> bool:
        """Show `calendar`; False when its region is not in this version's list."""
        self.region.set_countries(countries)
        found = self.region.select(calendar.country, calendar.subdivision)
        self.set_company_holidays(calendar.company_holidays, today)
        self.work_week.set_days(calendar.work_week)
        return found

    def calendar(self) -> TeamCalendar:
        country, subdivision = self.region.choice()
        return TeamCalendar(
            country=country,
            subdivision=subdivision,
            company_holidays=tuple(sorted(self.company_holidays().items())),
            work_week=self.work_week.days(),
        )

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "work_week"):  # the base class calls this before the week exists
            self.work_week.setEnabled(not busy)

    def _ok(self) -> None:
        if self._busy:
            return
        if not self.work_week.days():
            self.show_error(self.tr(NO_DAYS))
            return
        self.calendar_requested.emit(self.calendar())
