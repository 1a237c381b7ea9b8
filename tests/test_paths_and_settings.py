"""Where files live and how settings survive: never the user's real folders in tests."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from attendance_desktop.core.errors import StoreNotWritable
from attendance_desktop.paths import DATA_DIR_ENV, app_paths, ensure_dirs
from attendance_desktop.settings import Settings, load_settings, save_settings


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
