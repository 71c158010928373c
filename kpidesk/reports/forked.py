"""Work done in a forked child process while this one goes on: `kpidesk report`'s two halves.

The command spends about 60 ms loading ReportLab and the fonts and about 40 ms
reading the file and computing the scorecard, and neither needs the other. A
child made with fork() has everything imported so far; it does the reading and
computing on the machine's other core, hands the result back pickled through a
pipe (about 1 ms each way for the demo) and ends, while this process loads
ReportLab. Errors travel the same way and are raised here, so the owner reads
the very message a single process would give.

Only for a one-shot command run as a program (`cli.main` decides): a process
with threads, such as the app, must not fork. Without fork() (Windows), or if
the child hands nothing back, the work is simply done here.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Pending(Generic[T]):
    """The result of `work`, computed by a child process or, failing that, here."""

    def __init__(self, work: Callable[[], T], in_child: bool) -> None:
        self._work = work
        self._pid = 0
        self._pipe = -1
        if in_child and hasattr(os, "fork"):
            self._start()

    def _start(self) -> None:
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return
        if pid == 0:  # the child: compute, hand over, end (no clean-up of the parent's state)
            os.close(read_end)
            try:
                with os.fdopen(write_end, "wb") as pipe:
                    pipe.write(_outcome(self._work))
            finally:
                os._exit(0)
        os.close(write_end)
        self._pid, self._pipe = pid, read_end

    def result(self) -> T:
        """Wait for the child's result (or its error, raised here)."""
        if not self._pid:
            return self._work()
        with os.fdopen(self._pipe, "rb") as pipe:
            payload = pipe.read()
        os.waitpid(self._pid, 0)
        self._pid = 0
        if not payload:  # the child ended without a word: do the work here
            return self._work()
        done, value = pickle.loads(payload)
        if done:
            return value
        raise value

    def abandon(self) -> None:
        """This process failed first: wait for the child so it leaves nothing behind."""
        if self._pid:
            os.close(self._pipe)
            os.waitpid(self._pid, 0)
            self._pid = 0


def _outcome(work: Callable[[], object]) -> bytes:
    try:
        result: tuple[bool, object] = (True, work())
    except BaseException as exc:  # the parent raises it as its own
        result = (False, exc)
    try:
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # not picklable: the parent does the work again and raises it
        return b""
