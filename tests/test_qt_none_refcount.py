"""Guard against the PySide6 6.12.0 / CPython 3.11 reference leak on None.

PySide6-Essentials 6.12.0 drops a reference to None on every Qt call that
returns nothing; after ~16 000 calls CPython aborts with
"Fatal Python error: none_dealloc". pyproject.toml pins around it; this test
fails if a PySide6 that leaks is ever installed.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

CALLS = 50_000

PROBE = textwrap.dedent(
    f"""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range({CALLS}):
        label.setText("æøå")
    after = sys.getrefcount(None)
    print(after - before)
    """
)


def test_void_qt_calls_do_not_drift_nones_refcount() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    drift = int(result.stdout.strip().splitlines()[-1])
    # A few references come and go with caches; a leak moves it by ~CALLS.
    assert abs(drift) < 1_000, f"None's refcount moved by {drift} over {CALLS} Qt calls"
