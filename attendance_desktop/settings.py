"""The one module that owns the desktop settings: typed, with defaults, upgraded on load.

Settings are a small JSON file in the config dir. Unknown keys are kept out; a damaged
file falls back to defaults (the attendance data itself lives in the database).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, get_args, get_type_hints

SETTINGS_VERSION = 1


@dataclass
class Settings:
    employee_id: int | None = None  # whose home page opens (a store may hold several)
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()


def _upgrade(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring settings written by older versions up to SETTINGS_VERSION."""
    raw = dict(raw)
    raw.pop("version", None)
    return raw


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    raw = _upgrade(raw)
    settings = Settings()
    hints = get_type_hints(Settings)
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value = raw[f.name]
        allowed = tuple(t for t in get_args(hints[f.name]) if t is not type(None))
        if value is None or (isinstance(value, allowed) and not isinstance(value, bool)):
            setattr(settings, f.name, value)
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically, so a crash never leaves half a settings file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": SETTINGS_VERSION, **asdict(settings)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(tmp, path)
