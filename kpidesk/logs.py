"""A rotating log file in the platform's log folder (or under KPIDESK_DATA_DIR)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from kpidesk.locations import APP_NAME

LOG_NAME = "kpidesk.log"
MAX_BYTES, BACKUPS = 1_000_000, 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The folder of KPIDesk's log files, created private (0700)."""
    override = os.environ.get("KPIDESK_DATA_DIR")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _file_handler(root: logging.Logger) -> logging.FileHandler | None:
    return next((h for h in root.handlers if isinstance(h, logging.FileHandler)), None)


def setup_logging(level: int = logging.INFO, *, rotate: bool = True) -> Path:
    """Send KPIDesk's log records to a rotating file; return its path.

    `rotate=False` (the window's start) appends to the same file without
    rotation until `rotate_log()`: rotation lives in logging.handlers, whose
    imports (socket, pickle, queue) cost ~6 ms before the first paint.
    """
    path = log_dir() / LOG_NAME
    root = logging.getLogger("kpidesk")
    if _file_handler(root) is None:
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(handler)
        root.setLevel(level)
        path.chmod(0o600)
    if rotate:
        rotate_log()
    return path


def rotate_log() -> None:
    """Keep the log file to MAX_BYTES, with BACKUPS older files beside it."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger("kpidesk")
    plain = _file_handler(root)
    if plain is None or isinstance(plain, RotatingFileHandler):
        return
    handler = RotatingFileHandler(
        plain.baseFilename, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(plain.formatter)
    root.addHandler(handler)
    root.removeHandler(plain)
    plain.close()
