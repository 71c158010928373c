"""Passwords never leave the process in text: log lines, crash reports, messages."""

from __future__ import annotations

import logging

from kpidesk.redact import MASK, RedactingFilter, redact, remember


def test_remembered_secrets_and_password_parts_are_masked() -> None:
    remember("s3cr&t pass")
    assert redact("login with s3cr&t pass failed") == f"login with {MASK} failed"
    assert (
        redact("url postgresql://anna:s3cr%26t%20pass@h/db") == f"url postgresql://anna:{MASK}@h/db"
    )
    assert redact("host=h password=other123 dbname=x") == f"host=h password={MASK} dbname=x"
    assert redact("password='with space' user=a") == f"password={MASK} user=a"
    assert redact("postgresql://bob:anything@h:5432/db") == f"postgresql://bob:{MASK}@h:5432/db"
    assert redact("nothing secret here") == "nothing secret here"


def test_a_log_record_and_its_traceback_are_masked() -> None:
    remember("Topp-hemmelig-42")
    try:
        raise ValueError("password=Topp-hemmelig-42 refused")
    except ValueError:
        record = logging.LogRecord(
            "kpidesk", logging.ERROR, __file__, 1, "tried %s", ("Topp-hemmelig-42",), None
        )
        import sys

        record.exc_info = sys.exc_info()
    assert RedactingFilter().filter(record)
    text = logging.Formatter().format(record)
    assert "Topp-hemmelig-42" not in text and "tried" in text and "ValueError" in text
