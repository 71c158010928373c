"""One run of the app, offscreen, timing the Reports screen's scorecard (see bench/reports.py).

As an owner uses it: the window is shown, the demo file opened; a few seconds
later the Reports screen is chosen. A second after a file is open the app gets
the documents ready in the background: ReportLab imported, fonts loaded, a
made-up sample laid out once, and the file's report inputs read ahead (kept
until the file or its data change). Timed, on the GUI thread:

- first: from the moment the screen asks for its preview to the moment the
  scorecard PDF is back on the GUI thread: compute and lay out from the inputs
  read ahead;
- click: the same from the click on "Reports" (the screen is built first);
- period: another period chosen (the inputs are kept: compute and lay out);
- reload: the file's data changed, so nothing read ahead counts any more:
  read the file again, compute, lay out;
- image: page 1 drawn as the preview image afterwards (Poppler here).

The preview image is left out of the first four (the screen is told there is
no page renderer) and timed on its own. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kpidesk.gui import read_ahead, report_preview
from kpidesk.gui.app import build_context, build_window, make_application
from kpidesk.gui.screens import reports as reports_screen

IDLE_S = 2.5
"""How long the owner looks at the first screen before choosing Reports."""


def _wait(app: QApplication, done: Callable[[], bool], seconds: float = 30.0) -> None:
    """Run the event loop until `done()`, checked after each event (no polling in between:
    the GUI thread sleeps as in the app, leaving the worker the interpreter)."""
    end = time.perf_counter() + seconds
    tick = QTimer()
    tick.start(100)  # wakes the loop now and then, to notice the time limit
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    tick.stop()


def main(demo: str) -> dict[str, object]:
    asked: list[float] = []
    screen_class = reports_screen.ReportsScreen
    ask = screen_class.request_preview

    def request_preview(self: object) -> None:
        asked.append(time.perf_counter())
        ask(self)  # type: ignore[arg-type]

    screen_class.request_preview = request_preview  # type: ignore[method-assign]
    reports_screen.page_renderer = lambda: None  # the page image is timed on its own

    app = make_application()
    window = build_window(build_context(app))
    window.resize(1200, 780)
    window.show()
    assert window.files.open_path(demo)
    started = time.perf_counter()
    _wait(app, lambda: time.perf_counter() - started > IDLE_S)
    warmed = read_ahead.READ_AHEAD in window.context.read_ahead

    row = next(i for i, e in enumerate(window.entries) if e.key == "reports")
    click = time.perf_counter()
    window.ui.navigation.setCurrentRow(row)
    screen = window.screen_at(row)

    def preview() -> float:
        """When the screen has its document (checked after each event, to the millisecond)."""
        _wait(app, lambda: screen.document is not None and not screen.is_busy())
        return time.perf_counter()

    ready = preview()
    first, from_click = ready - asked[-1], ready - click
    pdf = screen.document.pdf

    period, reload = [], []
    combo = screen.ui.period_combo
    for index in [i for i in range(1, combo.count()) if combo.itemData(i)][:5]:
        combo.setCurrentIndex(index)
        period.append(preview() - asked[-1])
    for _ in range(3):
        window.context.changed("values")  # as after an edit: the screen reads again
        reload.append(preview() - asked[-1])

    image = None
    renderer = report_preview.page_renderer()
    if renderer is not None:
        begin = time.perf_counter()
        report_preview.render_pages(pdf, report_preview.PREVIEW_DPI, 1, renderer)
        image = time.perf_counter() - begin
    window.context.tasks.wait()
    window.close()
    ms = 1000.0
    return {
        "warmed_up": warmed,
        "first": first * ms,
        "click": from_click * ms,
        "period": [p * ms for p in period],
        "reload": [r * ms for r in reload],
        "image": image * ms if image is not None else None,
        "pages": screen.document.pages,
    }


if __name__ == "__main__":
    print(json.dumps(main(str(Path(sys.argv[1])))))
    sys.stdout.flush()
    os._exit(0)  # a bench sample: no teardown of the window and the pool
