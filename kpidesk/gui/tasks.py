"""Run long work off the GUI thread, with progress and a cancel button's token.

Workers get plain inputs (never widgets or database rows) and report back
through queued signals. The application owns the runner, so a task outlives
the window that started it (a QThread owned by a window dies with it).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskCancelledError(Exception):
    """Raised inside a task when its token is cancelled."""


class CancelToken:
    """Shared between a task and whoever may cancel it."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Stop the task here if it was cancelled."""
        if self._event.is_set():
            raise TaskCancelledError


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the result
    failed = Signal(str, str)  # message, details
    cancelled = Signal()


Work = Callable[[CancelToken, Callable[[int, int], None]], Any]


class _Runnable(QRunnable):
    def __init__(self, work: Work, token: CancelToken, signals: TaskSignals) -> None:
        super().__init__()
        self.work, self.token, self.signals = work, token, signals

    def run(self) -> None:
        try:
            result = self.work(self.token, self.signals.progress.emit)
        except TaskCancelledError:
            self.signals.cancelled.emit()
        except Exception as exc:
            log.exception("background task failed")
            self.signals.failed.emit(str(exc), traceback.format_exc())
        else:
            self.signals.finished.emit(result)


class TaskRunner:
    """Starts tasks on a thread pool and keeps their signal objects alive."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[TaskSignals] = set()

    def start(
        self,
        work: Work,
        *,
        on_progress: Callable[[int, int], None] | None = None,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[str, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> tuple[TaskSignals, CancelToken]:
        """Run `work(token, progress)` in the background, reporting to the callbacks.

        The callbacks are connected before the work can start: a task that
        fails at once must still be heard (connecting to the returned signals
        afterwards can miss it).
        """
        token, signals = CancelToken(), TaskSignals()
        self._running.add(signals)
        handlers = (
            (signals.progress, on_progress),
            (signals.finished, on_finished),
            (signals.failed, on_failed),
            (signals.cancelled, on_cancelled),
        )
        for signal, handler in handlers:
            if handler is not None:
                signal.connect(handler)
        for signal in (signals.finished, signals.failed, signals.cancelled):
            signal.connect(lambda *_, s=signals: self._running.discard(s))
        self.pool.start(_Runnable(work, token, signals))
        return signals, token

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for all tasks (used when quitting and in tests)."""
        return self.pool.waitForDone(msecs)
