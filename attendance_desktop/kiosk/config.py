"""The kiosk's own settings: a small JSON file `kiosk.json` in the config dir.

Kept apart from the workstation settings because a kiosk is configured once by an admin
(company name, device token) and never by the people who use it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_COMPANY_NAME = "Attendance"


@dataclass(frozen=True)
class KioskConfig:
    company_name: str = DEFAULT_COMPANY_NAME
    device_token: str | None = None  # remote kiosk: from `attendance-server device add`
    confirmation_seconds: float = 10.0  # how long a confirmation (and its Undo) stays
    repeat_window_seconds: float = 5.0  # the same badge again within this is ignored
    roster_refresh_seconds: float = 300.0  # remote kiosk: how often the roster is fetched


def config_path(config_dir: Path) -> Path:
    return config_dir / "kiosk.json"


def load_kiosk_config(config_dir: Path) -> KioskConfig:
    """Defaults for a missing or damaged file; wrongly typed values are ignored."""
    try:
        raw = json.loads(config_path(config_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return KioskConfig()
    if not isinstance(raw, dict):
        return KioskConfig()
    defaults = asdict(KioskConfig())
    values: dict[str, object] = {}
    for key, default in defaults.items():
        value = raw.get(key, default)
        if key == "device_token":
            values[key] = value if isinstance(value, str) and value.strip() else None
        elif isinstance(default, float):
            ok = isinstance(value, int | float) and not isinstance(value, bool) and value > 0
            values[key] = float(value) if ok else default
        else:
            values[key] = value.strip() if isinstance(value, str) and value.strip() else default
    return KioskConfig(**values)  # type: ignore[arg-type]


def save_kiosk_config(config_dir: Path, config: KioskConfig) -> None:
    path = config_path(config_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), indent=2), encoding="utf-8")
    os.replace(tmp, path)
