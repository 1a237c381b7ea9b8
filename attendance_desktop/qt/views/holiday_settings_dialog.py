"""Settings → Public holidays: whose public holidays count, and the company's own days off.

The dialog keeps a draft: adding or removing a company holiday changes only the list shown.
OK hands the whole draft to the controller (`save_requested`); Cancel drops it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..theme import use_style_sheet
from .common import label, separator
from .holiday_region_fields import HolidayRegionFields

HOLIDAY = Qt.ItemDataRole.UserRole  # an item's (date, name)


class HolidaySettingsDialog(QDialog):
    #: OK pressed: (country, region, {date: name} of every company holiday).
    save_requested = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self._busy = True
        self.setObjectName("HolidaySettingsDialog")
        self.setWindowTitle(self.tr("Public holidays"))
        self.setMinimumWidth(500)
        page = QVBoxLayout(self)
        page.setContentsMargins(22, 18, 22, 16)
        page.setSpacing(10)
        page.addWidget(
            label(
                self.tr("These days count as non-working days: nobody is marked absent on them."),
                "Muted",
                wrap=True,
            )
        )
        page.addSpacing(4)

        page.addWidget(label(self.tr("Public holidays"), "CardTitle"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.region = HolidayRegionFields(form, self)
        page.addLayout(form)

        page.addSpacing(4)
        page.addWidget(separator())
        page.addSpacing(2)
        heading = QHBoxLayout()
        heading.addWidget(label(self.tr("Company holidays"), "CardTitle"))
        heading.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("SecondaryButton")
        self.remove_button.setToolTip(self.tr("Remove the selected company holiday (Delete)"))
        self.remove_button.setEnabled(False)
        heading.addWidget(self.remove_button)
        page.addLayout(heading)

        self.holiday_list = QListWidget()
        self.holiday_list.setObjectName("HolidayList")
        self.holiday_list.setAccessibleName(self.tr("Company holidays"))
        self.holiday_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holiday_list.setMinimumHeight(150)
        page.addWidget(self.holiday_list, 1)
        self.empty_label = label(self.tr("No company holidays yet."), "Muted")
        page.addWidget(self.empty_label)

        add_row = QHBoxLayout()
        add_row.setSpacing(8)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("DateField")
        self.date_edit.setAccessibleName(self.tr("Company holiday date"))
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(1970, 1, 1))
        # The stylesheet's room for the arrow is not in the size hint: make room for a date.
        widest = self.date_edit.fontMetrics().horizontalAdvance(
            QLocale().toString(QDate(2026, 9, 30), self.date_edit.displayFormat())
        )
        self.date_edit.setMinimumWidth(widest + 52)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Company holiday name"))
        self.name_edit.setPlaceholderText(self.tr("Name, like Team day"))
        self.name_edit.setMaxLength(255)
        self.name_edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("SecondaryButton")
        self.add_button.setAutoDefault(False)
        self.add_button.setEnabled(False)
        add_row.addWidget(self.date_edit)
        add_row.addWidget(self.name_edit, 1)
        add_row.addWidget(self.add_button)
        page.addLayout(add_row)

        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        page.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("PrimaryButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("SecondaryButton")
        page.addSpacing(4)
        page.addWidget(self.buttons)

        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.name_edit.textChanged.connect(self._update_buttons)
        self.holiday_list.itemSelectionChanged.connect(self._update_buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.holiday_list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)
        self.set_busy(True)  # until the controller has shown the current settings

    # -- what the controller calls ------------------------------------------------------

    def set_company_holidays(self, days: Iterable[tuple[date, str]], today: date) -> None:
        self.holiday_list.clear()
        for day, name in days:
            self._put(day, name)
        self.holiday_list.setCurrentRow(-1)  # nothing picked for removal yet
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self._update_buttons()

    def company_holidays(self) -> dict[date, str]:
        items = (self.holiday_list.item(i) for i in range(self.holiday_list.count()))
        return dict(item.data(HOLIDAY) for item in items)

    def set_busy(self, busy: bool) -> None:
        """Loading or saving: nothing can be changed or pressed twice meanwhile."""
        self._busy = busy
        self.region.set_enabled(not busy)
        for widget in (self.holiday_list, self.date_edit, self.name_edit):
            widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        self._update_buttons()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- inside -------------------------------------------------------------------------

    def _put(self, day: date, name: str) -> None:
        """Show `day` in date order, replacing any holiday already on it."""
        shown = [
            self.holiday_list.item(i).data(HOLIDAY)[0] for i in range(self.holiday_list.count())
        ]
        row = next((i for i, other in enumerate(shown) if other >= day), len(shown))
        if row < len(shown) and shown[row] == day:
            self.holiday_list.takeItem(row)
        item = QListWidgetItem(f"{formatting.long_date(day)}  —  {name}")
        item.setData(HOLIDAY, (day, name))
        self.holiday_list.insertItem(row, item)
        self.holiday_list.setCurrentItem(item)

    def _add(self) -> None:
        name = self.name_edit.text().strip()
        if not name or self._busy:
            return
        self._put(self.date_edit.date().toPython(), name)  # type: ignore[arg-type]
        self.name_edit.clear()
        self.error_label.hide()
        self._update_buttons()

    def _remove(self) -> None:
        row = self.holiday_list.currentRow()
        if row < 0 or self._busy or not self.holiday_list.currentItem().isSelected():
            return
        self.holiday_list.takeItem(row)
        self._update_buttons()

    def _ok(self) -> None:
        if self._busy:
            return
        country, subdivision = self.region.choice()
        self.save_requested.emit(country, subdivision, self.company_holidays())

    def _update_buttons(self) -> None:
        idle = not self._busy
        selected = bool(self.holiday_list.selectedItems())
        self.add_button.setEnabled(idle and bool(self.name_edit.text().strip()))
        self.remove_button.setEnabled(idle and selected)
        self.empty_label.setVisible(self.holiday_list.count() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the name field adds the holiday; elsewhere it still means OK.
        if (
            watched is self.name_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add()
            return True
        return super().eventFilter(watched, event)
