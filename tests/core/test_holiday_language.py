"""Public holiday names in the user's language: the calendar's language, the mapping from
the app's language setting, and the default and per-context override."""

from __future__ import annotations

import threading
from contextvars import copy_context
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from attendance_desktop.core.calendar import WorkCalendar
from attendance_desktop.core.holiday_language import (
    ENGLISH,
    holiday_language,
    holiday_language_override,
    holidays_language_for,
    set_default_holiday_language,
)


def test_german_names_for_bavaria_and_saxony() -> None:
    assert WorkCalendar("DE", "BY", language="de").holiday_name(date(2026, 11, 1)) == (
        "Allerheiligen"
    )
    assert WorkCalendar("DE", "SN", language="de").holiday_name(date(2026, 11, 18)) == (
        "Buß- und Bettag"
    )
    assert WorkCalendar("DE", "BY", language="de").year_holidays(2026)[date(2026, 1, 6)] == (
        "Heilige Drei Könige"
    )


def test_english_names_by_default() -> None:
    assert WorkCalendar("DE", "SN").language == ENGLISH
    assert WorkCalendar("DE", "SN").holiday_name(date(2026, 11, 18)) == "Repentance and Prayer Day"


def test_a_country_without_german_names_gives_its_english_ones() -> None:
    # France has French, English, Thai and Ukrainian names: German falls back to English.
    french = WorkCalendar("FR", language="de").year_holidays(2026)
    assert french == WorkCalendar("FR").year_holidays(2026)
    assert french[date(2026, 7, 14)] == "National Day"


def test_company_holidays_keep_the_admins_names_in_every_language() -> None:
    own = {date(2026, 12, 24): "Christmas Eve off"}
    german = WorkCalendar("DE", "BY", own, language="de")
    assert german.holiday_name(date(2026, 12, 24)) == "Christmas Eve off"
    assert german.holiday_name(date(2026, 12, 25)) == "Erster Weihnachtstag"


def test_a_calendar_keeps_its_language_and_changes_it_with_its_known_years() -> None:
    german = WorkCalendar("DE", "BY", language="de")
    known = german.with_years({2026: german.year_holidays(2026)})
    assert known.language == "de" and 2026 in known.known_years
    english = known.in_language(ENGLISH)
    assert english.known_years == {} and english.language == ENGLISH
    assert english.holiday_name(date(2026, 11, 1)) == "All Saints' Day"
    assert known.in_language("de") is known


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from([("DE", "BY"), ("DE", "SN"), ("AT", ""), ("CH", "ZH"), ("US", "CA")]),
    st.integers(min_value=2000, max_value=2040),
)
def test_which_days_are_holidays_never_depends_on_the_language(
    region: tuple[str, str], year: int
) -> None:
    german = WorkCalendar(*region, language="de").year_holidays(year)
    english = WorkCalendar(*region).year_holidays(year)
    assert german.keys() == english.keys()


def test_the_app_language_maps_to_the_packages_code() -> None:
    assert holidays_language_for("de") == "de"
    assert holidays_language_for("de_DE") == "de"
    assert holidays_language_for("de-AT") == "de"
    for other in ("en", "en_GB", "fr", "system", "", "xx-garbage"):
        assert holidays_language_for(other) == ENGLISH


def test_an_override_holds_in_its_context_only() -> None:
    assert holiday_language() == ENGLISH
    seen: list[str] = []
    with holiday_language_override("de"):
        assert holiday_language() == "de"
        # A thread given a copy of this context (as a server's sync route is) sees it ...
        context = copy_context()
        worker = threading.Thread(target=lambda: seen.append(context.run(holiday_language)))
        worker.start()
        worker.join()
    assert seen == ["de"]
    assert holiday_language() == ENGLISH  # ... and it ends with the block


def test_the_process_default_is_used_without_an_override() -> None:
    try:
        set_default_holiday_language("de")
        assert holiday_language() == "de"
        with holiday_language_override(ENGLISH):
            assert holiday_language() == ENGLISH
    finally:
        set_default_holiday_language(ENGLISH)
    assert holiday_language() == ENGLISH
