"""Home's first dashboard, computed by a helper process while the window loads Qt.

A start on a file has two halves that do not need each other: loading Qt and
building the window (~120 ms), and reading the file and computing Home's
tiles and reminders (~16 ms). A second process (`python -m
kpidesk.gui.first_home FILE DAY`; `kpidesk --first-home FILE DAY` in the frozen
app) does the second on the machine's other core and hands the dashboard
back pickled through a pipe; Home takes it for its first paint if it is the
view Home shows, on the same day. Otherwise, or when the helper fails or takes
too long, Home computes it itself, as without this module.

The helper is a fresh interpreter started with posix_spawn, not a fork: after
fork() both processes write to the pages they share (every reference count),
and copying those pages slowed the window's own start by 5–25 ms, as much as
the helper saved. Where posix_spawn is missing (Windows) there is no helper.

Free of Qt on purpose: it is imported and started before Qt loads.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import pickle
import select
import signal
import sys
from datetime import date
from typing import TYPE_CHECKING

from kpidesk import dataclass_code

if TYPE_CHECKING:
    from kpidesk.domain.dashboard import View
    from kpidesk.gui.models.dashboard_data import Dashboard

log = logging.getLogger(__name__)

FLAG = "--first-home"
"""`kpidesk --first-home FILE DAY` is the helper (not for people)."""
HELPER_TIMEOUT = 0.02
"""Seconds Home waits for the helper's answer before computing the dashboard itself.

About what computing it here costs: on a busy machine, where the helper is
late, the start is at most that much slower than without a helper. Measured
on two idle cores, the helper has answered ~40 ms before Home asks."""


class FirstHome:
    """The default view's dashboard of one file, on its way from the helper process."""

    def __init__(self, pid: int, pipe: int, today: date) -> None:
        self.today = today
        self.outcome = "waiting"
        """What became of it (for the log and tests): waiting, used, or why not."""
        self.helper_cpu_ms: float | None = None
        """The CPU time the helper used, once it has ended (for the start-up benchmark)."""
        self._pid = pid
        self._pipe = pipe

    @classmethod
    def start(cls, location: str, today: date) -> FirstHome | None:
        """Start the helper on `location`; None where it cannot be started."""
        if not hasattr(os, "posix_spawn"):
            return None
        read_end, write_end = os.pipe()
        try:
            pid = os.posix_spawn(
                sys.executable,
                [*helper_command(), location, today.isoformat()],
                helper_environment(),
                file_actions=[(os.POSIX_SPAWN_DUP2, write_end, 1)],
            )
        except OSError as exc:
            os.close(read_end)
            log.info("no helper for Home's first dashboard: %s", exc)
            return None
        finally:
            os.close(write_end)
        return cls(pid, read_end, today)

    def take(self, view: View, today: date, wait: float | None = None) -> Dashboard | None:
        """The dashboard if it is `view` on `today`; None otherwise. Given once.

        A helper that has not answered within `wait` seconds (`HELPER_TIMEOUT`) is ended.
        """
        if self._pid == 0:
            return None
        found = self._receive(HELPER_TIMEOUT if wait is None else wait)
        if found is None:
            pass  # _receive said why
        elif today != self.today or found.view != view:
            self.outcome = "another view"
        else:
            self.outcome = "used"
        log.debug("Home's first dashboard from the helper: %s", self.outcome)
        return found if self.outcome == "used" else None

    def close(self) -> None:
        """End the helper if it still runs and release it (the dashboard is not needed)."""
        if self._pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._pid, signal.SIGKILL)
            self._release()
            if self.outcome == "waiting":
                self.outcome = "not needed"

    def _receive(self, wait: float) -> Dashboard | None:
        if not select.select([self._pipe], [], [], wait)[0]:
            self.outcome = "too slow"
            self.close()
            return None
        chunks = []
        while chunk := os.read(self._pipe, 1 << 16):
            chunks.append(chunk)
        self._release()
        try:
            found = pickle.loads(b"".join(chunks))
        except Exception as exc:  # nothing, or a broken answer: Home computes it itself
            self.outcome = f"no answer ({exc.__class__.__name__})"
            return None
        if found is None:
            self.outcome = "no quick look at the file"
        return found

    def _release(self) -> None:
        os.close(self._pipe)
        _, _, usage = os.wait4(self._pid, 0)
        self.helper_cpu_ms = (usage.ru_utime + usage.ru_stime) * 1000
        self._pid = 0


def helper_command() -> list[str]:
    """The program and options that start the helper (the app itself when frozen).

    Without `site` (-S): the helper needs only the standard library and KPIDesk
    (found through `helper_environment`), and the .pth files of an installation
    cost it ~10 ms of a core the window shares memory and caches with (measured:
    a busy neighbour core slows Qt's import here by 20–40 %).
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, FLAG]
    return [sys.executable, "-S", "-m", __name__]


def helper_environment() -> dict[str, str]:
    """This process's environment, with KPIDesk's folder first on the helper's path."""
    env = dict(os.environ)
    if not getattr(sys, "frozen", False):
        package = sys.modules[__name__.partition(".")[0]]
        root = os.path.dirname(os.path.dirname(os.path.abspath(package.__file__ or "")))
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


def helper_main(args: list[str]) -> int:
    """The helper: write the pickled dashboard of FILE on DAY (or None) to stdout."""
    if len(args) != 2:
        print(f"usage: kpidesk {FLAG} FILE DAY (the window starts it itself)", file=sys.stderr)
        return 2
    location, day = args
    gc.disable()  # a short life: collecting would only cost time
    dataclass_code.install_in_cache_folder()  # reads what the app kept
    try:
        found = compute(location, date.fromisoformat(day))
    except Exception:  # the window computes it again and reports any error the usual way
        return 1
    sys.stdout.buffer.write(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


def compute(location: str, today: date) -> Dashboard | None:
    """Home's dashboard of the file in its default view (the last month ended)."""
    from kpidesk.domain.dashboard import ViewKind, default_view
    from kpidesk.gui.models.dashboard_data import load_dashboard
    from kpidesk.store.quick import quick_reads

    reads = quick_reads(location)
    if reads is None:
        return None
    try:
        view = default_view(ViewKind.MONTH, today, reads.business().fiscal_start_month)
        return load_dashboard(reads, view, today)
    finally:
        reads.close()


if __name__ == "__main__":  # the helper, started by `FirstHome.start` (not frozen)
    sys.exit(helper_main(sys.argv[1:]))
