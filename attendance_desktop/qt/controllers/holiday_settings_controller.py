"""Settings → Public holidays (local mode): load the choices, save them, tell the home page.

The country list, the current settings and the save all run on the task runner: the
`holidays` package is imported there, and only once somebody opens this dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..i18n import translate
from ..tasks import TaskRunner
from .messages import plain_message

if TYPE_CHECKING:  # the dialog and the country list load when the dialog first opens
    from PySide6.QtCore import SignalInstance

    from ...core.holiday_regions import HolidayCountry
    from ..views.holiday_settings_dialog import HolidaySettingsDialog

Loaded = tuple[tuple["HolidayCountry", ...], tuple[str, str], list[tuple[date, str]]]


class HolidaySettingsStore(Protocol):
    """What this dialog needs of the store (the local service has it)."""

    def holiday_region(self) -> tuple[str, str]: ...
    def company_holidays(self) -> list[tuple[date, str]]: ...
    def save_holidays(
        self, country: str, subdivision: str, company_days: Mapping[date, str]
    ) -> None: ...


def unknown_region_message(country: str, subdivision: str) -> str:
    chosen = f"{country} {subdivision}".strip()
    return translate(
        "HolidaySettingsController",
        "The public holidays saved before ({chosen}) are not in this version's list. "
        "Choose them again, then press OK.",
    ).format(chosen=chosen)


class HolidayDialogOutcomes:
    """How a holiday dialog's save ends, for this controller and the team console's
    calendar (whose dialog is this one with the default work week below): a refusal is
    shown in the dialog and said by `refused`; a closed dialog is let go."""

    dialog: HolidaySettingsDialog | None
    refused: SignalInstance

    def _save_failed(self, error: BaseException) -> None:
        if self.dialog is not None:
            self.dialog.set_busy(False)
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        message = plain_message(error)
        if self.dialog is not None:
            self.dialog.show_error(message)
        self.refused.emit(message)

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None


class HolidaySettingsController(HolidayDialogOutcomes, QObject):
    #: The dialog shows the current settings and can be used.
    loaded = Signal()
    #: OK saved everything; the home page should show the days anew.
    saved = Signal()
    #: Loading or saving failed: the plain message shown in the dialog.
    refused = Signal(str)

    def __init__(
        self,
        store: HolidaySettingsStore,
        runner: TaskRunner,
        today: Callable[[], date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._runner, self._today = store, runner, today
        self.dialog: HolidaySettingsDialog | None = None

    def open(self, window: QWidget | None = None) -> HolidaySettingsDialog:
        """Show the dialog (window-modal) and fill it in the background."""
        if self.dialog is not None:  # already open: bring it forward instead of a second one
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        from ..views.holiday_settings_dialog import HolidaySettingsDialog

        dialog = HolidaySettingsDialog(window)
        dialog.save_requested.connect(self._save)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        store = self._store

        def load() -> Loaded:
            from ...core.holiday_regions import holiday_countries

            return holiday_countries(), store.holiday_region(), store.company_holidays()

        self._runner.submit(load, self._loaded, self._failed, context=dialog)
        return dialog

    def _loaded(self, result: Loaded) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        countries, (country, subdivision), days = result
        dialog.region.set_countries(countries)
        if not dialog.region.select(country, subdivision):
            dialog.show_error(unknown_region_message(country, subdivision))
        dialog.set_company_holidays(days, self._today())
        dialog.set_busy(False)
        self.loaded.emit()

    def _save(self, country: str, subdivision: str, days: dict[date, str]) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.set_busy(True)
        store = self._store
        self._runner.submit(
            lambda: store.save_holidays(country, subdivision, days),
            self._saved,
            self._save_failed,
            context=dialog,
        )

    def _saved(self, _result: object) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.saved.emit()
