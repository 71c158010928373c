"""Home's first dashboard from the helper process: the same numbers, or none at all."""

from __future__ import annotations

import os
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from kpidesk.domain.dashboard import View, ViewKind, default_view
from kpidesk.gui import first_home
from kpidesk.gui.first_home import FirstHome
from kpidesk.gui.models.dashboard_data import load_dashboard
from kpidesk.store.quick import quick_reads
from tests.conftest import DEMO_TODAY

WAIT = 60.0
"""Long enough for a helper on a busy test machine (the app waits 20 ms)."""


def _view(demo_path: Path, today: date = DEMO_TODAY) -> View:
    reads = quick_reads(str(demo_path))
    assert reads is not None
    try:
        return default_view(ViewKind.MONTH, today, reads.business().fiscal_start_month)
    finally:
        reads.close()


def _started(location: Path | str, today: date = DEMO_TODAY) -> FirstHome:
    started = FirstHome.start(str(location), today)
    assert started is not None
    return started


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_helper_hands_over_what_home_would_compute(demo_path: Path) -> None:
    view = _view(demo_path)
    helper = _started(demo_path)
    pid = helper._pid
    reads = quick_reads(str(demo_path))
    assert reads is not None
    computed = load_dashboard(reads, view, DEMO_TODAY)
    reads.close()

    handed = helper.take(view, DEMO_TODAY, wait=WAIT)
    assert helper.outcome == "used"
    assert handed == computed and handed is not computed
    assert handed.tiles and handed.todos  # the demo has both: a real comparison
    assert helper.helper_cpu_ms is not None and helper.helper_cpu_ms > 0
    assert _gone(pid)
    assert helper.take(view, DEMO_TODAY, wait=WAIT) is None  # given once


def test_another_view_or_day_is_computed_by_home(demo_path: Path) -> None:
    view = _view(demo_path)
    quarter = default_view(ViewKind.QUARTER, DEMO_TODAY, view.fiscal_start_month)
    helper = _started(demo_path)
    assert helper.take(quarter, DEMO_TODAY, wait=WAIT) is None
    assert helper.outcome == "another view"
    helper = _started(demo_path)
    assert helper.take(view, DEMO_TODAY + timedelta(days=1), wait=WAIT) is None
    assert helper.outcome == "another view"


def test_a_file_without_a_quick_look_gives_nothing(tmp_path: Path) -> None:
    junk = tmp_path / "junk.kpidesk"
    junk.write_text("not a database")
    helper = _started(junk)
    assert helper.take(_some_view(), DEMO_TODAY, wait=WAIT) is None
    assert helper.outcome == "no quick look at the file"
    assert junk.read_text() == "not a database"


def _some_view() -> View:
    return default_view(ViewKind.MONTH, DEMO_TODAY)


def test_a_helper_that_dies_gives_nothing(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        first_home, "helper_command", lambda: [sys.executable, "-c", "import os; os._exit(3)"]
    )
    helper = _started(demo_path)
    assert helper.take(_view(demo_path), DEMO_TODAY, wait=WAIT) is None
    assert helper.outcome.startswith("no answer")


def test_a_slow_helper_is_ended_and_home_computes(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        first_home, "helper_command", lambda: [sys.executable, "-c", "import time; time.sleep(60)"]
    )
    helper = _started(demo_path)
    pid = helper._pid
    began = time.monotonic()
    assert helper.take(_view(demo_path), DEMO_TODAY, wait=0.2) is None
    assert time.monotonic() - began < 5
    assert helper.outcome == "too slow" and _gone(pid)


def test_closing_ends_a_helper_nobody_asked(demo_path: Path) -> None:
    helper = _started(demo_path)
    pid = helper._pid
    helper.close()
    assert helper.outcome == "not needed" and _gone(pid)
    assert helper.take(_view(demo_path), DEMO_TODAY, wait=WAIT) is None
    helper.close()  # twice is harmless


def test_home_shows_the_helpers_dashboard(
    window, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(first_home, "HELPER_TIMEOUT", WAIT)
    helper = _started(demo_path, date.today())  # the day Home shows
    window.context.first_home = helper
    reads = quick_reads(str(demo_path))
    window.preview(str(demo_path), reads)
    home = window.ui.screens.currentWidget()
    assert helper.outcome == "used"
    assert home.data == load_dashboard(reads, home.view(), home.today)
    assert home.tiles and home.data.tiles
