"""The user's UI state in QSettings: geometry, recent files, language.

Business data and configuration live in the database, never here.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
LANGUAGES = ("nb", "en")


class Settings:
    """Typed access to QSettings, with the defaults in one place."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings("KPIDesk", "KPIDesk")

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self._s.value(key, default)
        try:
            return kind(value) if value is not None else default
        except (TypeError, ValueError):
            return default

    @property
    def language(self) -> str:
        """ "nb", "en", or "" for the system's language."""
        value = str(self._get("ui/language", "", str))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "")

    @property
    def explain_red(self) -> bool:
        """Ask for a comment and causes when a typed value puts a KPI off track (on by default)."""
        value = self._s.value("entry/explain_red", True)
        if isinstance(value, str):  # INI files give booleans back as text
            return value.lower() not in ("false", "0", "no")
        return bool(value)

    @explain_red.setter
    def explain_red(self, value: bool) -> None:
        self._s.setValue("entry/explain_red", bool(value))

    @property
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):  # QSettings flattens a one-item list on some backends
            value = [value]
        return [str(v) for v in value or []][:MAX_RECENT]

    def add_recent_file(self, location: str) -> None:
        """Put `location` first in the recent files."""
        recent = [location, *(f for f in self.recent_files if f != location)]
        self._s.setValue("files/recent", recent[:MAX_RECENT])

    def remove_recent_file(self, location: str) -> None:
        """Forget a file that no longer opens."""
        self._s.setValue("files/recent", [f for f in self.recent_files if f != location])

    @property
    def recent_connections(self) -> list[str]:
        """Team database URLs, newest first (never with a password)."""
        value = self._s.value("team/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []][:MAX_RECENT]

    def add_recent_connection(self, url: str) -> None:
        """Put a team database's URL first in the recent connections, without any password."""
        url = _without_password(url)
        recent = [url, *(u for u in self.recent_connections if u != url)]
        self._s.setValue("team/recent", recent[:MAX_RECENT])

    def remove_recent_connection(self, url: str) -> None:
        self._s.setValue("team/recent", [u for u in self.recent_connections if u != url])

    def window_state(self, name: str) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved (geometry, state) of a window, or Nones."""
        geometry = self._s.value(f"windows/{name}/geometry")
        state = self._s.value(f"windows/{name}/state")
        return geometry, state

    def save_window_state(self, name: str, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue(f"windows/{name}/geometry", geometry)
        self._s.setValue(f"windows/{name}/state", state)

    def _get_map(self, key: str) -> dict[str, str]:
        try:
            value = json.loads(str(self._s.value(key, "{}") or "{}"))
        except ValueError:
            return {}
        if not isinstance(value, dict):
            return {}
        return {str(k): str(v) for k, v in value.items()}

    def import_mapping(self, preset: str, header_key: str) -> dict[str, str]:
        """The KPI codes the user mapped a file's columns to, for a preset and header."""
        return self._get_map(f"imports/{preset}/columns/{header_key}")

    def save_import_mapping(self, preset: str, header_key: str, mapping: dict[str, str]) -> None:
        self._s.setValue(f"imports/{preset}/columns/{header_key}", json.dumps(mapping))

    def import_channels(self, preset: str) -> dict[str, str]:
        """The segment each source channel group was mapped to ('' = left out)."""
        return self._get_map(f"imports/{preset}/channels")

    def save_import_channels(self, preset: str, channels: dict[str, str]) -> None:
        self._s.setValue(f"imports/{preset}/channels", json.dumps(channels))

    @property
    def import_folder(self) -> str:
        """The folder the last imported or exported file was in ('' for none yet)."""
        return str(self._get("imports/folder", "", str))

    @import_folder.setter
    def import_folder(self, value: str) -> None:
        self._s.setValue("imports/folder", value)

    def sync(self) -> None:
        self._s.sync()


def _without_password(url: str) -> str:
    """`url` with any password taken out of its user part: passwords live in the keyring."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}"))
