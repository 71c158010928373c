"""One call on its own thread, its result handed back on the GUI thread, with a time limit.

For calls that may hang for a long time — an OS keyring waiting behind a
locked wallet, a connection to a server that does not answer — the shared
TaskRunner would not do: its pool has as many threads as the machine has
cores, and quitting waits for its tasks. A daemon thread per call is never
waited for; a call given up on (cancelled, timed out, or its owner gone) has
its late result handed to `discard` on that thread, so nothing leaks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

_running: set[BackgroundCall] = set()
"""Calls whose thread has not reported yet (Qt must not delete their signal object)."""


class BackgroundCall(QObject):
    """Run `work()` on a daemon thread; report to `on_done(result)` or `on_failed(error)`.

    `on_timeout()` is called instead when `timeout_ms` passes first. A call
    whose owner QObject is destroyed is abandoned: no callback runs then.
    """

    _reported = Signal(object, object)  # result, exception

    def __init__(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_timeout: Callable[[], None] | None = None,
        timeout_ms: int | None = None,
        discard: Callable[[Any], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._work, self._discard = work, discard
        self._on_done, self._on_failed, self._on_timeout = on_done, on_failed, on_timeout
        self._timeout_ms = timeout_ms
        self._lock = threading.Lock()
        self._abandoned = False
        self._timer: QTimer | None = None
        self._reported.connect(self._deliver)  # queued: emitted on the worker thread
        if owner is not None:
            owner.destroyed.connect(self.cancel)

    @property
    def finished(self) -> bool:
        return self not in _running

    def start(self) -> BackgroundCall:
        _running.add(self)
        if self._timeout_ms is not None:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._timed_out)
            self._timer.start(self._timeout_ms)
        threading.Thread(target=self._run, name="kpidesk-background", daemon=True).start()
        return self

    def cancel(self) -> None:
        """Give up: no callback runs; a late result goes to `discard`."""
        with self._lock:
            self._abandoned = True
        if self._timer is not None:
            self._timer.stop()

    def _run(self) -> None:
        result, error = None, None
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, never raised here
            error = exc
        with self._lock:
            abandoned = self._abandoned
        if abandoned:
            self._throw_away(result)
            _running.discard(self)
            return
        self._reported.emit(result, error)

    def _throw_away(self, result: Any) -> None:
        if result is not None and self._discard is not None:
            try:
                self._discard(result)
            except Exception:
                log.exception("could not discard a late result")

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        _running.discard(self)
        with self._lock:
            abandoned, self._abandoned = self._abandoned, True
        if self._timer is not None:
            self._timer.stop()
        if abandoned:
            self._throw_away(result)
        elif error is not None:
            self._on_failed(error)
        else:
            self._on_done(result)

    def _timed_out(self) -> None:
        with self._lock:
            if self._abandoned:
                return
            self._abandoned = True
        if self._on_timeout is not None:
            self._on_timeout()


def call_in_background(work: Callable[[], Any], **options: Any) -> BackgroundCall:
    """Start a BackgroundCall (see its options) and return it."""
    return BackgroundCall(work, **options).start()
