"""Start-up: Home painted from a quick read, the file opened after; heavy modules wait."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from kpidesk.gui import startup
from kpidesk.store.quick import quick_reads

# Loaded only where needed, after the first paint (issue 3's start-up budget).
NOT_BEFORE_THE_FIRST_PAINT = (
    "numpy",
    "pyqtgraph",
    "reportlab",
    "peewee",
    "psycopg",
    "kpidesk.store.connection",
    "kpidesk.store.models",
    "kpidesk.gui.dialogs.import_dialog",
    "kpidesk.gui.dialogs.change_log",
    "kpidesk.imports.plan",
    "kpidesk.gui.screens.welcome",
    "logging.handlers",
    "platformdirs",
    "kpidesk.gui.data_transfer",
    "kpidesk.gui.history_actions",
)

START = textwrap.dedent("""
    import sys
    from kpidesk import cli, dataclass_code
    from kpidesk.gui import first_home, startup

    first_home.HELPER_TIMEOUT = 60  # a busy test machine may be slow to start the helper

    painted = startup.painted

    def report_then_go_on():
        from PySide6.QtWidgets import QApplication

        print("LOADED", *sorted(sys.modules))
        print("COMPILED", dataclass_code._cache.compiled)
        print("STYLE", QApplication.style().name())
        painted()

    startup.painted = report_then_go_on
    sys.exit(cli.main([sys.argv[1], "--smoke", "--no-crash-dialog"]))
""")


def _start(demo_path: Path, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", START, str(demo_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def _said(lines: list[str], word: str) -> list[str]:
    return next(line for line in lines if line.startswith(word)).split()[1:]


def test_home_is_painted_with_the_file_before_heavy_modules_load(
    demo_path: Path, tmp_path: Path
) -> None:
    # The platform's folders, as for an owner (KPIDESK_DATA_DIR would skip platformdirs).
    env = {k: v for k, v in os.environ.items() if k != "KPIDESK_DATA_DIR"}
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    lines = _start(demo_path, env)
    loaded = set(_said(lines, "LOADED"))
    assert "kpidesk.gui.screens.home" in loaded
    assert [m for m in NOT_BEFORE_THE_FIRST_PAINT if m in loaded] == []
    marks = [line.split()[1] for line in lines if line.startswith(startup.MARK_PREFIX)]
    # Home from the quick read, painted, and only then the file opened for real.
    assert marks == ["imports", "application", "window", "home", "painted", "opened"]
    painted = next(line for line in lines if line.startswith("startup-screen"))
    assert painted.split()[1] == "home" and painted.split()[2] != "tiles=0"
    # Home's data came from the helper process, computed while Qt loaded.
    assert painted.split()[3] == "first-home=used"
    # The log file opened after the paint, with the start's record in it.
    log = tmp_path / "xdg_state_home" / "KPIDesk" / "log" / "kpidesk.log"
    assert "started; log in" in log.read_text(encoding="utf-8")
    assert _said(lines, "STYLE") == ["fusion"]
    # The dataclasses' code was kept after the paint; the next start compiles none of it.
    assert int(_said(lines, "COMPILED")[0]) > 0
    kept = next((tmp_path / "xdg_cache_home" / "KPIDesk").glob("dataclass-code.*.bin"))
    written = kept.stat().st_mtime_ns
    again = _start(demo_path, env)
    assert _said(again, "COMPILED") == ["0"]
    assert kept.stat().st_mtime_ns == written


def test_preview_shows_home_then_the_open_file_takes_over(window, demo_path: Path) -> None:
    window.preview(str(demo_path), quick_reads(str(demo_path)))
    home = window.ui.screens.currentWidget()
    assert window.current_key() == "home" and window.context.store is None
    assert window.ui.navigation.isVisible() and demo_path.name in window.windowTitle()
    tiles = [t.accessibleName() for t in home.tiles]
    assert tiles and home.data is not None
    assert window.files.open_path(str(demo_path))
    assert window.context.preview is None and window.context.store is not None
    assert window.ui.screens.currentWidget() is home
    assert [t.accessibleName() for t in home.tiles] == tiles


def test_a_preview_of_a_file_that_does_not_open_goes_back(window, demo_path: Path) -> None:
    window.preview(str(demo_path), quick_reads(str(demo_path)))
    window.end_preview()
    assert window.context.preview is None
    assert window.ui.screens.currentWidget() is window.welcome
    assert not window.ui.navigation.isVisible()
    assert window.windowTitle() == "KPIDesk"


def test_work_waits_for_the_first_paint_only_during_a_start() -> None:
    done: list[str] = []
    startup.after_first_paint(lambda: done.append("at once"))
    assert done == ["at once"]
    startup.begin()
    try:
        startup.after_first_paint(lambda: done.append("first"))
        startup.after_first_paint(lambda: done.append("second"))
        assert done == ["at once"]
    finally:
        startup.painted()
    assert done == ["at once", "first", "second"]
    startup.after_first_paint(lambda: done.append("later"))
    assert done[-1] == "later"
