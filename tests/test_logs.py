"""The log file: written from the start, rotated once the window is painted."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler

import pytest

from kpidesk.logs import MAX_BYTES, rotate_log, setup_logging


@pytest.fixture
def kpidesk_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("kpidesk")
    before = list(logger.handlers)
    yield logger
    for handler in logger.handlers:
        if handler not in before:
            logger.removeHandler(handler)
            handler.close()


def test_the_start_logs_to_the_file_and_rotation_takes_over(kpidesk_logger) -> None:
    path = setup_logging(rotate=False)
    logging.getLogger("kpidesk.test").info("before the paint")
    rotate_log()
    logging.getLogger("kpidesk.test").info("after the paint")
    files = [h for h in kpidesk_logger.handlers if isinstance(h, logging.FileHandler)]
    assert len(files) == 1 and isinstance(files[0], RotatingFileHandler)
    assert files[0].maxBytes == MAX_BYTES and files[0].baseFilename == str(path)
    text = path.read_text(encoding="utf-8")
    assert "before the paint" in text and "after the paint" in text
    rotate_log()
    setup_logging()
    assert len([h for h in kpidesk_logger.handlers if isinstance(h, logging.FileHandler)]) == 1
