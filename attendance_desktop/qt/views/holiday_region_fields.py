"""Two form rows to choose whose public holidays count: a country and one of its regions.

Used by the first-run form and the holiday settings dialog. The list of countries arrives
later (the controller loads it off the GUI thread); until then both boxes say so.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QSizePolicy

from ...core.holiday_regions import HolidayCountry
from ..i18n import QT_TRANSLATE_NOOP
from .common import form_caption

# Marked here, translated when shown (made at import, before the language is chosen).
NO_COUNTRY = QT_TRANSLATE_NOOP("HolidayRegionFields", "None — weekends only")
WHOLE_COUNTRY = QT_TRANSLATE_NOOP("HolidayRegionFields", "Whole country")
NO_REGIONS = QT_TRANSLATE_NOOP("HolidayRegionFields", "No regional holidays")
LOADING = QT_TRANSLATE_NOOP("HolidayRegionFields", "Loading countries…")


class HolidayRegionFields(QObject):
    def __init__(
        self, form: QFormLayout, parent: QObject | None = None, *, caption: str = ""
    ) -> None:
        super().__init__(parent)
        self._countries: dict[str, HolidayCountry] = {}
        self.country_box = self._combo(self.tr("Country for public holidays"))
        self.region_box = self._combo(self.tr("Region for public holidays"))
        self.country_box.addItem(self.tr(LOADING), "")
        self.region_box.addItem(self.tr(WHOLE_COUNTRY), "")
        self.country_box.setEnabled(False)
        self.region_box.setEnabled(False)
        caption = caption or self.tr("Country")
        form.addRow(form_caption(caption, self.country_box), self.country_box)
        form.addRow(form_caption(self.tr("Region"), self.region_box), self.region_box)
        self.country_box.currentIndexChanged.connect(self._fill_regions)

    @staticmethod
    def _combo(accessible_name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(accessible_name)
        box.setMaxVisibleItems(16)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(18)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return box

    @property
    def loaded(self) -> bool:
        return bool(self._countries)

    def set_countries(self, countries: Sequence[HolidayCountry]) -> None:
        """Fill the country box ("None" first); the choice starts at "None"."""
        self._countries = {c.code: c for c in countries}
        box = self.country_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr(NO_COUNTRY), "")
        for country in countries:
            box.addItem(country.label, country.code)
        box.setCurrentIndex(0)
        box.blockSignals(False)
        box.setEnabled(True)
        self._fill_regions()

    def select(self, country: str, subdivision: str = "") -> bool:
        """Show this choice; False (and "None") when the list does not have it."""
        index = self.country_box.findData(country) if country else 0
        found = index >= 0
        self.country_box.setCurrentIndex(index if found else 0)
        if found and subdivision:
            region_index = self.region_box.findData(subdivision)
            found = region_index > 0
            self.region_box.setCurrentIndex(max(region_index, 0))
        return found

    def choice(self) -> tuple[str, str]:
        """The chosen (country code, region code); empty strings for none."""
        if not self.loaded:
            return "", ""
        return str(self.country_box.currentData() or ""), str(self.region_box.currentData() or "")

    def set_enabled(self, enabled: bool) -> None:
        self.country_box.setEnabled(enabled and self.loaded)
        self.region_box.setEnabled(enabled and self.region_box.count() > 1)

    def _fill_regions(self, _index: int = 0) -> None:
        country = self._countries.get(str(self.country_box.currentData() or ""))
        regions = country.regions if country else ()
        box = self.region_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr(WHOLE_COUNTRY if regions else NO_REGIONS), "")
        for region in regions:
            box.addItem(region.label, region.code)
        box.blockSignals(False)
        box.setEnabled(bool(regions))
