"""Start-up: KPIDesk to its painted main window on the demo vs a bare QMainWindow."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, watched.close)
        return False
window.installEventFilter(Quit(window))
window.resize(1200, 780)
window.show()
app.exec()
"""


def _wall_ms(argv: list[str], env: dict[str, str], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, env=env, capture_output=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bench_startup(demo: Path) -> tuple[float, float]:
    """(KPIDesk ms, bare QMainWindow ms), whole processes, median of five."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = _wall_ms(
        [sys.executable, "-m", "kpidesk.cli", str(demo), "--smoke", "--no-crash-dialog"], env
    )
    bare = _wall_ms([sys.executable, "-c", BARE], env)
    return app, bare
