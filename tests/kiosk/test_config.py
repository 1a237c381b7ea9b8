"""The kiosk's own settings file: defaults, typed values, and the device token."""

from __future__ import annotations

import json
from pathlib import Path

from attendance_desktop.kiosk.config import (
    KioskConfig,
    config_path,
    load_kiosk_config,
    save_kiosk_config,
)


def test_missing_or_damaged_files_give_the_defaults(tmp_path: Path) -> None:
    assert load_kiosk_config(tmp_path) == KioskConfig()
    config_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert load_kiosk_config(tmp_path).company_name == "Attendance"


def test_values_round_trip_and_wrong_types_are_ignored(tmp_path: Path) -> None:
    save_kiosk_config(tmp_path, KioskConfig(company_name="ACME", device_token="adk_x"))
    assert load_kiosk_config(tmp_path) == KioskConfig(company_name="ACME", device_token="adk_x")
    config_path(tmp_path).write_text(
        json.dumps({"company_name": 42, "confirmation_seconds": -3, "repeat_window_seconds": 2}),
        encoding="utf-8",
    )
    loaded = load_kiosk_config(tmp_path)
    assert loaded.company_name == "Attendance" and loaded.confirmation_seconds == 10.0
    assert loaded.repeat_window_seconds == 2.0
