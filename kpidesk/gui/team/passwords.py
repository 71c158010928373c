"""Team database passwords in the OS keyring (service "KPIDesk", account user@host:port/db).

Every keyring call runs on its own thread with a time limit: a locked or
absent keyring (a wallet waiting for its own password, a D-Bus service that
never answers) must not freeze the window. When the keyring does not
answer in time, or there is none, the caller simply asks for the password.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from kpidesk.gui.team.background import call_in_background
from kpidesk.redact import remember

log = logging.getLogger(__name__)
SERVICE = "KPIDesk"
TIMEOUT_MS = 3000


@dataclass(frozen=True)
class KeyringAnswer:
    """What a keyring call came back with: a password (when reading) or why not."""

    password: str | None = None
    problem: str = ""
    """"" when the keyring answered, else "timeout", "unavailable" or "failed"."""


Report = Callable[[KeyringAnswer], None]


def _read(account: str) -> str | None:
    import keyring  # finding the backends can itself take a while: off the GUI thread

    password = keyring.get_password(SERVICE, account)
    if password:
        remember(password)
    return password


def _save(account: str, password: str) -> None:
    import keyring

    keyring.set_password(SERVICE, account, password)


def _forget(account: str) -> None:
    import keyring
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):  # nothing was kept: as wanted
        keyring.delete_password(SERVICE, account)


def _problem(error: BaseException) -> str:
    from keyring.errors import NoKeyringError

    return "unavailable" if isinstance(error, NoKeyringError) else "failed"


class Keyring(QObject):
    """Asks the OS keyring in the background; answers come back on the GUI thread."""

    def __init__(self, parent: QObject | None = None, timeout_ms: int = TIMEOUT_MS) -> None:
        super().__init__(parent)
        self.timeout_ms = timeout_ms

    def read(self, account: str, report: Report) -> None:
        """The password kept for `account` (None when none is kept)."""
        self._call(lambda: _read(account), report, "read")

    def save(self, account: str, password: str, report: Report | None = None) -> None:
        """Keep `password` for `account`, replacing what was kept."""
        self._call(lambda: _save(account, password), report, "save")

    def forget(self, account: str, report: Report | None = None) -> None:
        """Remove the password kept for `account`, if any."""
        self._call(lambda: _forget(account), report, "forget")

    def _call(self, work: Callable[[], object], report: Report | None, what: str) -> None:
        def failed(error: BaseException) -> None:
            # The type only: a backend's message could quote what it was given.
            log.warning("keyring %s failed: %s", what, type(error).__name__)
            if report is not None:
                report(KeyringAnswer(problem=_problem(error)))

        def timed_out() -> None:
            log.warning("keyring %s did not answer in %d ms", what, self.timeout_ms)
            if report is not None:
                report(KeyringAnswer(problem="timeout"))

        call_in_background(
            work,
            on_done=lambda result: report and report(KeyringAnswer(password=result or None)),
            on_failed=failed,
            on_timeout=timed_out,
            timeout_ms=self.timeout_ms,
            owner=self,
        )
