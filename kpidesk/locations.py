"""Where KPIDesk keeps its own files: data, backups and logs.

`KPIDESK_DATA_DIR` overrides the platform folder (tests and portable
installs use it), so nothing ever lands in a user's folders by accident.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "KPIDesk"


def data_dir() -> Path:
    """The per-user data folder, created private (0700) if missing."""
    override = os.environ.get("KPIDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # ~4 ms: loaded when a folder is needed, not at every start

        path = Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_dir() -> Path:
    """The per-user cache folder (anything in it may be deleted), created private if missing."""
    override = os.environ.get("KPIDESK_DATA_DIR")
    if override:
        path = Path(override) / "cache"
    elif sys.platform.startswith("linux"):
        # The XDG rule platformdirs follows there, without importing it: the
        # window reads its start-up cache from here before its first paint.
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        path = Path(base) / APP_NAME
    else:
        import platformdirs

        path = Path(platformdirs.user_cache_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def backups_dir(database: Path) -> Path:
    """The folder holding the automatic backups of one database file."""
    path = data_dir() / "backups" / database.stem
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
