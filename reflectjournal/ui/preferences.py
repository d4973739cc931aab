"""Preferences and remembered window state in QSettings.

The declarations (keys, defaults, limits) live in core/settings.py. Only
preferences, the last journal's path and window geometry are stored.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..core.paths import config_dir
from ..core.settings import ALL_SETTINGS, Setting

_GEOMETRY_KEY = "window/geometry"
_STATE_KEY = "window/state"


def default_settings_file() -> Path:
    return config_dir() / "reflectjournal.conf"


class Preferences:
    """Typed access to the declared settings."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_settings_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        if setting not in ALL_SETTINGS:
            raise KeyError(setting.key)
        return setting.coerce(self._qs.value(setting.key, setting.default))

    def set(self, setting: Setting, value: Any) -> None:
        if setting not in ALL_SETTINGS:
            raise KeyError(setting.key)
        value = setting.coerce(value)
        if self._qs.contains(setting.key) and self.get(setting) == value:
            return  # unchanged: no write (unlocking sets the last journal every time)
        self._qs.setValue(setting.key, value)
        self.sync()

    def sync(self) -> None:
        self._qs.sync()
        if self.path.exists():
            os.chmod(self.path, 0o600)

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value(_GEOMETRY_KEY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue(_GEOMETRY_KEY, geometry)
        self.sync()

    def keys(self) -> list[str]:
        return self._qs.allKeys()
