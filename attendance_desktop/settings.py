"""The one module that owns the desktop settings: typed, with defaults, upgraded on load.

Settings are a small JSON file in the config dir (under platformdirs, or `--data-dir`).
Every option is declared once, below, with its type and default. A file written by an
older version is brought up to date by the upgrade steps (one per version, in order, as
MusicBrainz Picard's config_upgrade.py does); unknown keys are dropped, a value of the
wrong type takes its default, and a damaged file falls back to defaults (the attendance
data itself lives in the database).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from datetime import time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args, get_origin, get_type_hints

from .core.basics import DAY_NAMES, DEFAULT_START

if TYPE_CHECKING:  # the rules come with the page; the first paint reads only the settings
    from .core.reminders import ReminderRules

SETTINGS_VERSION = 3
THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")  # "system": the desktop's language (English if we lack it)


def _default_starts() -> dict[str, str]:
    return {day: f"{DEFAULT_START:%H:%M}" for day in DAY_NAMES}


@dataclass
class Settings:
    # Version 1
    employee_id: int | None = None  # whose home page opens (a store may hold several)
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    # Version 2: the settings dialog
    server_url: str | None = None  # None: the local store; `--server URL` wins for a run
    theme: str = "system"  # one of THEMES
    language: str = "system"  # one of LANGUAGES (version 3 added "system" and "de")
    start_at_login: bool = False
    told_about_tray: bool = False  # "still running in the tray" is said once
    daily_target_hours: float = 8.0
    work_day_starts: dict[str, str] = field(default_factory=_default_starts)  # "mon": "09:00"
    remind_not_clocked_in: bool = True
    late_after_minutes: int = 15
    remind_past_target: bool = True
    past_target_minutes: int = 30
    remind_no_break: bool = True
    break_after_hours: float = 6.0  # German working-time law: 30 min after 6 h
    break_minutes: int = 30
    remind_missing_clock_out: bool = True

    def reminder_rules(self) -> ReminderRules:
        from .core.reminders import ReminderRules

        starts: dict[int, time] = {}
        for name, text in self.work_day_starts.items():
            parsed = parse_start(text)
            if name in DAY_NAMES and parsed is not None:
                starts[DAY_NAMES.index(name)] = parsed
        return ReminderRules(
            start_times=starts,
            not_clocked_in=self.remind_not_clocked_in,
            late_after=timedelta(minutes=self.late_after_minutes),
            past_target=self.remind_past_target,
            daily_target=timedelta(hours=self.daily_target_hours),
            past_target_after=timedelta(minutes=self.past_target_minutes),
            no_break=self.remind_no_break,
            break_after=timedelta(hours=self.break_after_hours),
            break_length=timedelta(minutes=self.break_minutes),
            missing_clock_out=self.remind_missing_clock_out,
        )


def parse_start(text: str) -> time | None:
    """ "HH:MM" as a time of day, or None."""
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        return None


def _to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 1 knew only whose page opens and where the window was: both are kept; the
    dialog's settings start at their defaults. A `server_url` that version 0 wrote and
    nobody read is dropped, not taken as a choice the person made."""
    raw.pop("server_url", None)
    return raw


def _to_v3(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 offered English alone, so its "en" was no one's choice: such a file now
    follows the system's language, as a new one does."""
    if raw.get("language") == "en":
        raw["language"] = "system"
    return raw


#: version -> the step that brings a file of the version before up to it.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {2: _to_v2, 3: _to_v3}


def upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring settings written by older versions up to SETTINGS_VERSION."""
    raw = dict(raw)
    version = raw.pop("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        version = 0
    for target in sorted(UPGRADES):
        if version < target:
            raw = UPGRADES[target](raw)
    return raw


def _fits(value: Any, hint: Any) -> bool:
    """Whether a JSON value has the declared type (bool is not an int, an int is a float)."""
    options = get_args(hint) if get_origin(hint) is not dict and get_args(hint) else (hint,)
    for option in options:
        if option is type(None) and value is None:
            return True
        if get_origin(option) is dict:
            key_t, value_t = get_args(option)
            if isinstance(value, dict) and all(
                isinstance(k, key_t) and isinstance(v, value_t) for k, v in value.items()
            ):
                return True
        elif option is bool:
            if isinstance(value, bool):
                return True
        elif option is float:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return True
        elif isinstance(option, type) and isinstance(value, option) and not isinstance(value, bool):
            return True
    return False


_CHOICES = {"theme": THEMES, "language": LANGUAGES}


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    raw = upgrade(raw)
    settings = Settings()
    hints = get_type_hints(Settings)
    for f in fields(Settings):
        value: Any = raw.get(f.name)
        if f.name not in raw or not _fits(value, hints[f.name]):
            continue
        if f.name in _CHOICES and value not in _CHOICES[f.name]:
            continue
        if hints[f.name] is float:
            value = float(value)
        if f.name == "work_day_starts":
            value = {**_default_starts(), **value}
        setattr(settings, f.name, value)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically, so a crash never leaves half a settings file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": SETTINGS_VERSION, **asdict(settings)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, path)
