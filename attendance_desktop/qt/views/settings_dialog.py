"""The one settings dialog: the service, work, reminders, look and start at login.

A view only: it shows the values it is given and hands back what the person chose; the
settings controller decides what is saved where. In remote mode the work week and the
daily target are the server administrator's, so they are shown but cannot be changed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.models import DAY_NAMES
from ...settings import Settings
from .. import formatting
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..theme import use_style_sheet

# Marked here, translated when the dialog is made (these are made at import). A language is
# named in its own words, so that a person who cannot read the current one finds theirs.
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}
LANGUAGE_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system"),
    "en": "English",
    "de": "Deutsch",
}


@dataclass(frozen=True)
class DialogValues:
    settings: Settings
    work_week: tuple[int, ...]
    timezone: str


class SettingsDialog(QDialog):
    #: "Sign out" was pressed (remote mode).
    sign_out_requested = Signal()

    def __init__(self, zones: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(zones), self.tr("General"))
        self.tabs.addTab(self._work_tab(), self.tr("Work"))
        self.tabs.addTab(self._reminders_tab(), self.tr("Reminders"))
        self.error = QLabel()
        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(self.error)
        box.addWidget(self.buttons)

    def _general_tab(self, zones: list[str]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.local_choice = QRadioButton(self.tr("This computer (the local store)"))
        self.store_path = QLabel()
        self.store_path.setObjectName("Muted")
        self.store_path.setWordWrap(True)
        self.server_choice = QRadioButton(self.tr("An attendance server:"))
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText(self.tr("https://attendance.example.com"))
        self.server_url.setAccessibleName(self.tr("Server address"))
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("SecondaryButton")
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        self.service_note = QLabel(
            self.tr("A change of service applies the next time the app starts.")
        )
        self.service_note.setObjectName("Muted")
        self.service_note.setWordWrap(True)
        service = QVBoxLayout()
        for widget in (
            self.local_choice,
            self.store_path,
            self.server_choice,
            self.server_url,
            self.sign_out_button,
            self.service_note,
        ):
            service.addWidget(widget)
        self.local_choice.toggled.connect(lambda local: self.server_url.setEnabled(not local))
        form.addRow(self.tr("Service"), service)
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(zones)
        self.timezone.setAccessibleName(self.tr("Time zone"))
        form.addRow(self.tr("Time zone"), self.timezone)
        self.theme = _choices(THEME_LABELS, self.tr("Theme"))
        form.addRow(self.tr("Theme"), self.theme)
        self.language = _choices(LANGUAGE_LABELS, self.tr("Language"))
        self.language_note = QLabel(
            self.tr("A change of language applies the next time the app starts.")
        )
        self.language_note.setObjectName("Muted")
        self.language_note.setWordWrap(True)
        language = QVBoxLayout()
        language.addWidget(self.language)
        language.addWidget(self.language_note)
        form.addRow(self.tr("Language"), language)
        self.start_at_login = QCheckBox(self.tr("Start Attendance Desktop when I log in"))
        form.addRow("", self.start_at_login)
        return page

    def _work_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        self.work_note = QLabel(self.tr("Your administrator sets these on the server."))
        self.work_note.setObjectName("Muted")
        grid.addWidget(self.work_note, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Work days and when each starts")), 1, 0, 1, 2)
        self.work_days: list[QCheckBox] = []
        self.start_times: list[QTimeEdit] = []
        for index in range(7):
            name = formatting.day_name(index)
            check, start = QCheckBox(name), QTimeEdit()
            start.setDisplayFormat("HH:mm")
            start.setAccessibleName(self.tr("{weekday} start").format(weekday=name))
            grid.addWidget(check, index + 2, 0)
            grid.addWidget(start, index + 2, 1)
            self.work_days.append(check)
            self.start_times.append(start)
        self.daily_target = QDoubleSpinBox()
        self.daily_target.setRange(0.5, 24)
        self.daily_target.setSingleStep(0.5)
        self.daily_target.setSuffix(self.tr(" h"))
        self.daily_target.setAccessibleName(self.tr("Daily target"))
        grid.addWidget(QLabel(self.tr("Daily target")), 9, 0)
        grid.addWidget(self.daily_target, 9, 1)
        grid.setRowStretch(10, 1)
        return page

    def _reminders_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.remind_late = QCheckBox(self.tr("Not clocked in after the day's start"))
        self.late_minutes = _spin(0, 240, self.tr(" min"), self.tr("Minutes after the start"))
        form.addRow(self.remind_late, self.late_minutes)
        self.remind_target = QCheckBox(self.tr("Still clocked in past the daily target"))
        self.target_minutes = _spin(0, 600, self.tr(" min"), self.tr("Minutes past the target"))
        form.addRow(self.remind_target, self.target_minutes)
        self.remind_break = QCheckBox(self.tr("No break after"))
        self.break_after = QDoubleSpinBox()
        self.break_after.setRange(1, 12)
        self.break_after.setSingleStep(0.5)
        self.break_after.setDecimals(1)
        self.break_after.setSuffix(self.tr(" h of work"))
        self.break_after.setAccessibleName(self.tr("Hours of work before a break"))
        form.addRow(self.remind_break, self.break_after)
        self.break_minutes = _spin(5, 120, self.tr(" min break"), self.tr("Length of the break"))
        form.addRow("", self.break_minutes)
        self.remind_missing = QCheckBox(self.tr("A missing clock-out (clocked in for over 16 h)"))
        form.addRow(self.remind_missing)
        hint = QLabel(
            self.tr("The break rule's default is German working-time law: 30 min after 6 h.")
        )
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        form.addRow(hint)
        return page

    def set_values(self, values: DialogValues, *, remote: bool, store_path: str) -> None:
        s = values.settings
        self.local_choice.setChecked(s.server_url is None)
        self.server_choice.setChecked(s.server_url is not None)
        self.server_url.setText(s.server_url or "")
        self.server_url.setEnabled(s.server_url is not None)
        self.store_path.setText(store_path)
        self.store_path.setVisible(bool(store_path))
        self.sign_out_button.setVisible(remote)
        _select(self.timezone, values.timezone)
        _select(self.theme, s.theme)
        _select(self.language, s.language)
        self.start_at_login.setChecked(s.start_at_login)
        self.work_note.setVisible(remote)
        for index, (check, start) in enumerate(zip(self.work_days, self.start_times, strict=True)):
            check.setChecked(index in values.work_week)
            check.setEnabled(not remote)
            start.setTime(QTime.fromString(s.work_day_starts.get(DAY_NAMES[index], ""), "HH:mm"))
        self.daily_target.setValue(s.daily_target_hours)
        self.daily_target.setEnabled(not remote)
        self.timezone.setEnabled(not remote)
        self.remind_late.setChecked(s.remind_not_clocked_in)
        self.late_minutes.setValue(s.late_after_minutes)
        self.remind_target.setChecked(s.remind_past_target)
        self.target_minutes.setValue(s.past_target_minutes)
        self.remind_break.setChecked(s.remind_no_break)
        self.break_after.setValue(s.break_after_hours)
        self.break_minutes.setValue(s.break_minutes)
        self.remind_missing.setChecked(s.remind_missing_clock_out)

    def values(self, base: Settings) -> DialogValues:
        url = self.server_url.text().strip()
        settings = replace(
            base,
            server_url=url if self.server_choice.isChecked() and url else None,
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
            start_at_login=self.start_at_login.isChecked(),
            daily_target_hours=self.daily_target.value(),
            work_day_starts={
                DAY_NAMES[i]: edit.time().toString("HH:mm")
                for i, edit in enumerate(self.start_times)
            },
            remind_not_clocked_in=self.remind_late.isChecked(),
            late_after_minutes=self.late_minutes.value(),
            remind_past_target=self.remind_target.isChecked(),
            past_target_minutes=self.target_minutes.value(),
            remind_no_break=self.remind_break.isChecked(),
            break_after_hours=self.break_after.value(),
            break_minutes=self.break_minutes.value(),
            remind_missing_clock_out=self.remind_missing.isChecked(),
        )
        week = tuple(i for i, check in enumerate(self.work_days) if check.isChecked())
        return DialogValues(settings, week, self.timezone.currentText().strip())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


def _choices(labels: dict[str, str], name: str) -> QComboBox:
    combo = QComboBox()
    for value, text in labels.items():
        combo.addItem(translate("SettingsDialog", text), value)
    combo.setAccessibleName(name)
    return combo


def _spin(low: int, high: int, suffix: str, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    return spin


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0:
        index = combo.findText(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    elif combo.isEditable():
        combo.setEditText(value)
