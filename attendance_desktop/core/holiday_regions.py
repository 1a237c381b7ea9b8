"""The countries and regions whose public holidays can be chosen, with readable names.

Everything comes from the `holidays` package, imported only when a list is asked for: the
package is large, and a normal start reads public holidays from the store's cache instead.
"""

from __future__ import annotations

import inspect
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class HolidayRegion:
    """A country's subdivision (state, province, zone…) with its own holidays."""

    code: str
    name: str

    @property
    def label(self) -> str:
        return self.code if self.name == self.code else f"{self.name} ({self.code})"


@dataclass(frozen=True)
class HolidayCountry:
    code: str  # ISO 3166-1 alpha-2, as the `holidays` package takes it
    name: str
    regions: tuple[HolidayRegion, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"

    def region(self, wanted: str) -> HolidayRegion | None:
        """The region whose code or name is `wanted`, ignoring case."""
        key = wanted.strip().casefold()
        return next(
            (r for r in self.regions if key in (r.code.casefold(), r.name.casefold())), None
        )


@cache
def holiday_countries() -> tuple[HolidayCountry, ...]:
    """Every supported country, sorted by name (loads the `holidays` package once)."""
    import holidays

    found = []
    for code, subdivisions in holidays.list_supported_countries(include_aliases=False).items():
        entity = type(holidays.country_holidays(code))
        found.append(
            HolidayCountry(code, _country_name(entity, code), _regions(entity, subdivisions))
        )
    return tuple(sorted(found, key=lambda c: _sort_key(c.name)))


def find_country(code: str) -> HolidayCountry | None:
    key = code.strip().upper()
    return next((c for c in holiday_countries() if c.code == key), None)


def canonical_region(country: str, subdivision: str = "") -> tuple[str, str]:
    """The package's own spelling of a country and region given in any case, or by the
    region's name ("de", "bayern" → "DE", "BY"). An empty country means no public holidays.

    Raises ValueError for a country or region the package does not know.
    """
    country, subdivision = country.strip(), subdivision.strip()
    if not country:
        if subdivision:
            raise ValueError("Choose a country before choosing a region.")
        return "", ""
    found = find_country(country)
    if found is None:
        raise ValueError(f"Unknown holiday country or region: {country.upper()}")
    if not subdivision:
        return found.code, ""
    region = found.region(subdivision)
    if region is None:
        raise ValueError(f"Unknown holiday country or region: {found.code} {subdivision}")
    return found.code, region.code


def _country_name(entity: type, code: str) -> str:
    # The package documents each country class as "<Country name> holidays."; its short
    # alias classes ("DE", "FR") carry notes of their own, so those are skipped.
    named = next((k for k in entity.__mro__ if k.__doc__ and not k.__name__.isupper()), None)
    doc = (inspect.getdoc(named) or "").strip().splitlines() if named else []
    name = doc[0].removesuffix(".").removesuffix(" holidays").strip() if doc else ""
    return name.replace(" (the)", "") or code


def _regions(entity: type, codes: list[str]) -> tuple[HolidayRegion, ...]:
    names: dict[str, str] = {}
    for alias, code in getattr(entity, "subdivisions_aliases", {}).items():
        # Several aliases may name one region ("GP", "GUA", "Guadeloupe"): keep the longest.
        if len(alias) > len(names.get(code, "")):
            names[code] = alias
    regions = (HolidayRegion(code, names.get(code, code)) for code in codes)
    return tuple(sorted(regions, key=lambda r: _sort_key(r.name)))


def _sort_key(name: str) -> str:
    # "Åland Islands" among the A's and "Réunion" before "Russia", as a reader expects.
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
