"""A person's month, opened from the team's month: the home calendar, read-only, and the
day detail with its history.

The same widgets as the person's own home page, so an admin sees their days exactly as
they do; only "Correct…" is gone (corrections go through the requests inbox).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QVBoxLayout, QWidget

from ....core.models import Employee
from ...theme import use_style_sheet
from ..common import label
from ..day_detail import DayDetail
from ..message_banner import MessageBanner
from ..month_calendar import MonthCalendar


class PersonMonthDialog(QDialog):
    def __init__(self, employee: Employee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.employee = employee
        self.setObjectName("PersonMonth")
        self.setWindowTitle(self.tr("{name}'s month").format(name=employee.full_name))
        self.heading = label(employee.full_name, "Heading")
        about = " · ".join(
            x for x in (employee.job_title, employee.department, employee.email) if x
        )
        self.about = label(about, "Muted")
        self.banner = MessageBanner()
        self.calendar = MonthCalendar()
        self.detail = DayDetail()
        self.detail.correct_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.setSpacing(8)
        box.addWidget(self.heading)
        box.addWidget(self.about)
        box.addWidget(self.banner)
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.calendar, 3)
        row.addWidget(self.detail, 2)
        box.addLayout(row, 1)
        box.addWidget(buttons)

    def show_error(self, text: str) -> None:
        self.banner.show_message(text)

    def sizeHint(self) -> QSize:
        return QSize(900, 580)
