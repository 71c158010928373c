"""A rotating log file in the platform's log folder (or under KPIDESK_DATA_DIR)."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from kpidesk.locations import APP_NAME
from kpidesk.redact import redact_handler

LOG_NAME = "kpidesk.log"


def log_dir() -> Path:
    """The folder of KPIDesk's log files, created private (0700)."""
    override = os.environ.get("KPIDESK_DATA_DIR")
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def setup_logging(level: int = logging.INFO) -> Path:
    """Send KPIDesk's log records to a rotating file; return its path."""
    path = log_dir() / LOG_NAME
    root = logging.getLogger("kpidesk")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        redact_handler(handler)  # a team database's password never reaches the log
        root.addHandler(handler)
        root.setLevel(level)
        path.chmod(0o600)
    return path
