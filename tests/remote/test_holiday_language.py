"""The remote clients ask the server for public holiday names in the app's language
(Accept-Language), over real HTTP: the home page's service, the team console's and the
kiosk's client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from server.live import Live, live_server

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.holiday_language import ENGLISH, set_default_holiday_language
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.paths import app_paths
from attendance_desktop.remote.admin_service import RemoteAdminService
from attendance_desktop.remote.service import RemoteAttendanceService

GERMAN = "Buß- und Bettag"  # 18 November 2026 (the live server's today) in Saxony


@pytest.fixture
def live(tmp_path: Path) -> Iterator[Live]:
    with live_server(f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}") as server:
        server.ctx.service.set_holiday_region("DE", "SN")
        yield server


@pytest.fixture
def in_german() -> Iterator[None]:
    set_default_holiday_language("de")
    yield
    set_default_holiday_language(ENGLISH)


@pytest.mark.usefixtures("in_german")
def test_the_home_page_and_the_console_services_get_german_names(live: Live) -> None:
    admin = live.add_employee("Root", role="admin")
    token = live.sign_in("Root")["Authorization"].removeprefix("Bearer ")
    home = RemoteAttendanceService(live.base_url, token)
    console = RemoteAdminService(live.base_url, token)
    try:
        assert home.month_days(admin, 2026, 11)[17].holiday_name == GERMAN
        [mine] = console.team_month(2026, 11)
        assert mine.days[17].holiday_name == GERMAN
        [here] = console.presence()
        assert here.holiday_name == GERMAN
    finally:
        home.close()
        console.close()


def test_in_english_they_get_english_names(live: Live) -> None:
    admin = live.add_employee("Root", role="admin")
    token = live.sign_in("Root")["Authorization"].removeprefix("Bearer ")
    home = RemoteAttendanceService(live.base_url, token)
    try:
        assert home.month_days(admin, 2026, 11)[17].holiday_name == "Repentance and Prayer Day"
    finally:
        home.close()


@pytest.mark.usefixtures("in_german")
def test_the_kiosks_client_speaks_the_apps_language(live: Live, tmp_path: Path) -> None:
    _device, token = live.ctx.accounts.add_device("Front door")
    backend = RemoteKioskBackend.open(
        live.base_url, token, app_paths(tmp_path / "kiosk"), FixedClock(live.clock.now())
    )
    try:
        assert backend._http.headers["Accept-Language"] == "de"
    finally:
        backend.close()
