"""Keep passwords out of text the app writes or shows: log files, crash reports, messages.

Every password the app holds in memory is registered here with `remember`;
`redact` replaces it (and anything that looks like a password in a
connection string) before the text leaves the process's memory.
"""

from __future__ import annotations

import logging
import re
import threading
from urllib.parse import quote

MASK = "•••"
_lock = threading.Lock()
_secrets: set[str] = set()

# password=… in a libpq connection string, and user:password@ in a URL
_KEY_VALUE = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)
_URL_USERINFO = re.compile(r"(\w+://[^:/@\s]*):[^@/\s]*@")


def remember(secret: str) -> None:
    """Never let `secret` appear in text that goes through `redact`."""
    if secret:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    """`text` without any remembered secret or password-looking part."""
    if not text:
        return text
    with _lock:
        # Longest first, so a secret that contains another is masked whole.
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        for form in {secret, quote(secret, safe="")}:
            text = text.replace(form, MASK)
    text = _KEY_VALUE.sub(lambda m: m.group(1) + MASK, text)
    return _URL_USERINFO.sub(lambda m: f"{m.group(1)}:{MASK}@", text)


class RedactingFilter(logging.Filter):
    """A handler filter that redacts each record's message and traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def redact_handler(handler: logging.Handler) -> None:
    """Make `handler` redact what it writes (once)."""
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())
