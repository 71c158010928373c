"""The log file: records of the start are kept until it opens, after the first paint."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler

import pytest

from kpidesk.logs import MAX_BYTES, hold_logging, setup_logging


@pytest.fixture
def kpidesk_logger() -> Iterator[logging.Logger]:
    """The app's logger without the handlers earlier tests gave it (put back after)."""
    logger = logging.getLogger("kpidesk")
    before = list(logger.handlers)
    for handler in before:
        logger.removeHandler(handler)
    yield logger
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    for handler in before:
        logger.addHandler(handler)


def test_records_of_the_start_reach_the_file_when_it_opens(kpidesk_logger) -> None:
    hold_logging()
    logging.getLogger("kpidesk.test").warning("before the paint")
    path = setup_logging()
    logging.getLogger("kpidesk.test").info("after the paint")
    assert kpidesk_logger.handlers[-1:] and len(kpidesk_logger.handlers) == 1
    handler = kpidesk_logger.handlers[0]
    assert isinstance(handler, RotatingFileHandler)
    assert handler.maxBytes == MAX_BYTES and handler.baseFilename == str(path)
    text = path.read_text(encoding="utf-8")
    assert text.index("before the paint") < text.index("after the paint")
    setup_logging()
    hold_logging()  # once the file is open, nothing is held back any more
    assert len(kpidesk_logger.handlers) == 1
