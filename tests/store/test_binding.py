"""Opening the same file elsewhere never moves the app's writes to that connection."""

from __future__ import annotations

import threading
from pathlib import Path

from kpidesk.domain.entities import Goal
from kpidesk.reports.inputs import read_inputs
from kpidesk.store import goals
from kpidesk.store.connection import open_database


def test_a_read_only_look_in_a_worker_or_here_does_not_capture_writes(demo_path: Path) -> None:
    with open_database(demo_path) as app:
        read_inputs(demo_path)  # a report made on this thread: open, read, close
        worker = threading.Thread(target=read_inputs, args=(demo_path,))
        worker.start()
        worker.join()
        goals.add_goal(app, Goal(0, "Flere bedriftskunder"))
        assert "Flere bedriftskunder" in [g.title for g in goals.list_goals(app)]


def test_a_worker_uses_the_file_it_opened(demo_path: Path, tmp_path: Path, store) -> None:
    seen: list[str] = []

    def look() -> None:
        with open_database(demo_path, read_only=True) as other:
            seen.extend(g.title for g in goals.list_goals(other))

    worker = threading.Thread(target=look)
    worker.start()
    worker.join()
    assert len(seen) == 3  # the demo's goals, not the empty file open on this thread
    assert goals.list_goals(store) == []
