"""Start at login: the entry for each platform, and the Linux one written and removed."""

from __future__ import annotations

import configparser
import plistlib
import shlex
from pathlib import Path

import pytest

from attendance_desktop import autostart

COMMAND = ["/opt/app env/bin/python", "-m", "attendance_desktop", "--data-dir", "/d/my data"]


def test_the_xdg_entry_runs_the_command_at_login() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(autostart.desktop_entry(COMMAND))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Attendance Desktop"
    assert shlex.split(entry["Exec"]) == COMMAND  # spaces quoted
    assert entry["X-GNOME-Autostart-enabled"] == "true"


def test_the_windows_run_value_quotes_each_part() -> None:
    value = autostart.run_value(
        ["C:\\Program Files\\Python\\pythonw.exe", "-m", "attendance_desktop"]
    )
    assert value == '"C:\\Program Files\\Python\\pythonw.exe" -m attendance_desktop'


def test_the_launch_agent_runs_at_load() -> None:
    plist = plistlib.loads(autostart.launch_agent(COMMAND))
    assert plist == {"Label": autostart.LABEL, "ProgramArguments": COMMAND, "RunAtLoad": True}


def test_each_platform_keeps_its_entry_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert autostart.entry_path("linux") == tmp_path / "xdg/autostart/attendance-desktop.desktop"
    mac = autostart.entry_path("darwin")
    assert mac is not None and mac.parts[-3:] == (
        "Library",
        "LaunchAgents",
        f"{autostart.LABEL}.plist",
    )
    assert autostart.entry_path("win32") is None  # a registry value


def test_on_linux_the_entry_is_written_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert not autostart.is_enabled("linux")
    autostart.set_enabled(True, COMMAND, "linux")
    assert autostart.is_enabled("linux")
    path = autostart.entry_path("linux")
    assert path is not None and "Exec=" in path.read_text()
    autostart.set_enabled(False, COMMAND, "linux")
    assert not autostart.is_enabled("linux") and not path.exists()
    autostart.set_enabled(False, COMMAND, "linux")  # removing twice is fine


def test_the_command_runs_this_python_on_the_same_data_folder(tmp_path: Path) -> None:
    command = autostart.launch_command(tmp_path)
    assert command[1:] == ["-m", "attendance_desktop", "--data-dir", str(tmp_path)]
    assert autostart.launch_command(None)[1:] == ["-m", "attendance_desktop"]
