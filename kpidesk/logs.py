"""A rotating log file in the platform's log folder (or under KPIDESK_DATA_DIR)."""

from __future__ import annotations

import atexit
import logging
import os
from pathlib import Path

from kpidesk.locations import APP_NAME
from kpidesk.redact import redact_handler

LOG_NAME = "kpidesk.log"
MAX_BYTES, BACKUPS = 1_000_000, 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_dir() -> Path:
    """The folder of KPIDesk's log files, created private (0700)."""
    override = os.environ.get("KPIDESK_DATA_DIR")
    if override:
        path = Path(override) / "logs"
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def _file_handler(root: logging.Logger) -> logging.FileHandler | None:
    return next((h for h in root.handlers if isinstance(h, logging.FileHandler)), None)


class _Held(logging.Handler):
    """Records logged before the log file is open, written to it when it opens."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_logging(level: int = logging.INFO) -> None:
    """Keep KPIDesk's log records until `setup_logging` opens the file (or the app exits).

    The window's start opens the log file after its first paint: finding the
    platform's log folder (platformdirs) and rotation (logging.handlers) cost
    ~8 ms before it. Nothing is lost: the records are written when it opens.
    """
    root = logging.getLogger("kpidesk")
    if _file_handler(root) is None and not any(isinstance(h, _Held) for h in root.handlers):
        root.addHandler(_Held())
        root.setLevel(level)
        atexit.register(_write_held)  # a start that ends before its paint keeps its log


def _write_held() -> None:
    if any(isinstance(h, _Held) for h in logging.getLogger("kpidesk").handlers):
        setup_logging()


def setup_logging(level: int = logging.INFO) -> Path:
    """Send KPIDesk's log records to a rotating file; return its path."""
    from logging.handlers import RotatingFileHandler

    path = log_dir() / LOG_NAME
    root = logging.getLogger("kpidesk")
    if _file_handler(root) is None:
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        redact_handler(handler)  # a team database's password never reaches the log
        root.addHandler(handler)
        root.setLevel(level)
        path.chmod(0o600)
        for held in [h for h in root.handlers if isinstance(h, _Held)]:
            root.removeHandler(held)
            for record in held.records:
                handler.handle(record)
    return path
