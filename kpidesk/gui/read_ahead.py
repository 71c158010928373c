"""The documents made ready in the background a second after a file is open.

ReportLab is imported, the fonts loaded and a sample laid out once per run
(`report_preview.warm_up`), and the file's report inputs are read ahead into
`AppContext.read_ahead`, so the Reports screen's first preview only computes
and lays out. Any change of file or data empties `read_ahead` first.

This module is imported when a file opens: it imports nothing heavy itself.
"""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from collections.abc import Callable

    from kpidesk.gui.context import AppContext
    from kpidesk.gui.tasks import CancelToken

log = logging.getLogger(__name__)
WARM_UP_DELAY_MS = 1000
"""How long after a file is open (and its first screen painted) the documents get ready."""
READ_AHEAD = "report_inputs"
"""The name of the documents' inputs in `AppContext.read_ahead`."""


def prepare_documents(context: AppContext) -> None:
    """A second after a file is open: in the background, warm up (once per run) and read
    what the documents need from it into `context.read_ahead`, for the first preview."""
    store = context.store
    if store is None or store.path is None:
        return  # a team database: the Reports screen reads with the open connection
    version, path = context.data_version, store.path

    def work(token: CancelToken, progress: Callable[[int, int], None]) -> object:
        from kpidesk.gui.report_preview import warm_up, warmed_up
        from kpidesk.reports.gc_pause import paused_gc
        from kpidesk.reports.inputs import read_inputs

        if not warmed_up.is_set():
            warm_up(token, progress)
        with paused_gc():
            inputs = read_inputs(path)
        # The collection the reading put off runs now, while nobody waits for anything,
        # not as a pause of ~15 ms (it scans every object of the app) in the first preview.
        gc.collect()
        return inputs

    def done(inputs: object) -> None:
        if context.data_version == version:  # nothing changed meanwhile: still the file's data
            context.read_ahead[READ_AHEAD] = inputs

    def start() -> None:
        if context.data_version == version:
            context.tasks.start(
                work,
                on_finished=done,
                on_failed=lambda message, _: log.warning("documents not prepared: %s", message),
            )

    QTimer.singleShot(WARM_UP_DELAY_MS, start)
