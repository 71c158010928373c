"""Start-up bookkeeping: what waits for the first paint, and when each phase ended.

The window should show the owner's Home as soon as it can; work nobody sees
at once (the daily check and backup of the file, …) is queued here and runs
once the window has been painted. Outside a start (tests, a file opened later
from the menu) `after_first_paint` runs its work at once.

The phase marks are `time.monotonic()` readings (the system's monotonic clock,
the same in every process) that `kpidesk FILE --smoke` prints, so
`bench/startup.py` can tell how long the start took from the moment it
launched the process, and the CPU time used so far (less noisy on a busy machine).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

MARK_PREFIX = "startup-mark"
marks: list[tuple[str, float, float]] = []
"""(phase, monotonic clock, CPU seconds this process has used)."""
_pending: list[Callable[[], None]] | None = None
"""Work waiting for the first paint; None when no start is under way."""


def mark(phase: str) -> None:
    """Note that `phase` of the start has ended, now."""
    marks.append((phase, time.monotonic(), time.process_time()))


def mark_lines() -> list[str]:
    """The marks as lines for the start-up benchmark: `startup-mark PHASE SECONDS CPU`."""
    return [f"{MARK_PREFIX} {phase} {at:.6f} {cpu:.6f}" for phase, at, cpu in marks]


def begin() -> None:
    """A start is under way: hold back `after_first_paint` work until `painted`."""
    global _pending
    _pending = []


def after_first_paint(work: Callable[[], None]) -> None:
    """Run `work` once the window has been painted (at once if that has happened)."""
    if _pending is None:
        work()
    else:
        _pending.append(work)


def painted() -> None:
    """The window has been painted: run the work that waited for it."""
    global _pending
    waiting, _pending = _pending or [], None
    for work in waiting:
        work()


class FirstPaint(QObject):
    """Calls `done` once, right after `widget` and its children were first painted."""

    def __init__(self, widget: QWidget, done: Callable[[], None]) -> None:
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The children paint in the same pass, after the window: a zero
            # timer fires once the whole pass is on screen.
            QTimer.singleShot(0, self._done)
        return False
