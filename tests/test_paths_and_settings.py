"""Where files live and how settings survive: never the user's real folders in tests."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import time, timedelta
from pathlib import Path

import pytest

from attendance_desktop.core.errors import StoreNotWritable
from attendance_desktop.paths import DATA_DIR_ENV, app_paths, ensure_dirs
from attendance_desktop.settings import (
    SETTINGS_VERSION,
    Settings,
    load_settings,
    save_settings,
)


def test_data_dir_override_holds_data_config_and_logs(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "portable")
    ensure_dirs(paths)
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        assert folder.is_dir()
        assert folder.is_relative_to(tmp_path / "portable")
    assert paths.db_path.parent == paths.data_dir


def test_environment_variable_sets_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert app_paths().data_dir == (tmp_path / "env" / "data").resolve()
    assert app_paths(tmp_path / "flag").data_dir == (tmp_path / "flag" / "data").resolve()


def test_unwritable_data_dir_gets_a_plain_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreNotWritable) as err:
        ensure_dirs(app_paths(blocker))
    assert "cannot be written" in err.value.message
    assert "--data-dir" in err.value.message


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    save_settings(path, Settings(employee_id=7, window_geometry="AdnQywADAAA="))
    loaded = load_settings(path)
    assert loaded.employee_id == 7
    assert loaded.window_geometry == "AdnQywADAAA="


@pytest.mark.parametrize(
    "content",
    ["", "{not json", "[1, 2]", json.dumps({"employee_id": "seven", "window_geometry": 5})],
)
def test_damaged_settings_fall_back_to_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content)
    loaded = load_settings(path)
    assert loaded.employee_id is None
    assert loaded.window_geometry is None


def test_settings_from_an_older_version_keep_what_is_still_known(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    # "timezone" and "server_url" were written once and never read: dropped, not an error.
    old = {"version": 0, "employee_id": 3, "timezone": "Europe/Berlin", "server_url": None}
    path.write_text(json.dumps(old))
    assert load_settings(path) == Settings(employee_id=3)


def test_folders_are_made_for_their_owner_alone(tmp_path: Path) -> None:
    """0700 whatever the umask: other users of the machine cannot list or read the data."""
    paths = app_paths(tmp_path / "portable")
    ensure_dirs(paths)
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir, paths.data_dir.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_version_1_file_is_upgraded_keeping_what_it_knew(tmp_path: Path) -> None:
    """What version 1 wrote (whose page, the window) survives; the dialog's settings start
    at their defaults; the file is written back as the current version."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "employee_id": 4, "window_geometry": "AQI="}))
    loaded = load_settings(path)
    assert loaded == Settings(employee_id=4, window_geometry="AQI=")
    assert loaded.theme == "system" and loaded.language == "system"
    assert loaded.remind_no_break and loaded.break_after_hours == 6.0
    assert loaded.work_day_starts["mon"] == "09:00"
    save_settings(path, loaded)
    assert json.loads(path.read_text())["version"] == SETTINGS_VERSION == 3
    assert load_settings(path) == loaded


def test_version_2_english_was_no_choice_and_follows_the_system_now(tmp_path: Path) -> None:
    """Version 2 offered English alone: its "en" becomes "system"; a version 3 "en" (chosen
    in the dialog) and "de" stay."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 2, "language": "en", "theme": "dark"}))
    assert load_settings(path) == Settings(language="system", theme="dark")
    for chosen in ("en", "de"):
        path.write_text(json.dumps({"version": 3, "language": chosen}))
        assert load_settings(path).language == chosen


def test_every_setting_survives_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    chosen = Settings(
        employee_id=2,
        server_url="https://attendance.example.com",
        theme="dark",
        language="de",
        start_at_login=True,
        told_about_tray=True,
        daily_target_hours=7.5,
        work_day_starts={"mon": "07:45"},
        remind_not_clocked_in=False,
        late_after_minutes=5,
        remind_past_target=False,
        past_target_minutes=60,
        remind_no_break=False,
        break_after_hours=4.5,
        break_minutes=15,
        remind_missing_clock_out=False,
    )
    save_settings(path, chosen)
    loaded = load_settings(path)
    assert loaded == replace(chosen, work_day_starts={**loaded.work_day_starts, "mon": "07:45"})
    assert loaded.work_day_starts["tue"] == "09:00"  # a day not in the file keeps its default
    rules = loaded.reminder_rules()
    assert rules.start_times[0] == time(7, 45) and rules.break_after == timedelta(hours=4.5)
    assert not (rules.not_clocked_in or rules.past_target or rules.no_break)


def test_values_of_the_wrong_kind_take_their_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    bad = {
        "version": 2,
        "theme": "purple",
        "language": "xx",
        "start_at_login": 1,
        "daily_target_hours": "8",
        "late_after_minutes": True,
        "work_day_starts": {"mon": 9},
    }
    path.write_text(json.dumps(bad))
    assert load_settings(path) == Settings()
    path.write_text(json.dumps({"version": 2, "daily_target_hours": 7}))
    assert load_settings(path).daily_target_hours == 7.0  # an int is a fine float
