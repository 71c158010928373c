"""The background task runner never loses a result, however fast the work is."""

from __future__ import annotations

from kpidesk.gui.tasks import TaskCancelledError, TaskRunner


def test_instant_results_and_failures_are_always_heard(qtbot) -> None:
    runner = TaskRunner()
    heard: list[object] = []

    def fail(token, progress):
        raise OSError(28, "No space left on device")

    def cancel(token, progress):
        token.cancel()
        token.check()

    for _ in range(50):
        runner.start(lambda token, progress: 42, on_finished=heard.append)
        runner.start(fail, on_failed=lambda message, details: heard.append(message))
        runner.start(cancel, on_cancelled=lambda: heard.append("cancelled"))
    qtbot.waitUntil(lambda: len(heard) == 150, timeout=10_000)
    assert heard.count(42) == 50 and heard.count("cancelled") == 50
    assert sum("No space left" in str(h) for h in heard) == 50
    assert runner.wait()


def test_progress_reaches_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, int]] = []

    def work(token, progress):
        for done in range(1, 4):
            progress(done, 3)
        return "done"

    result: list[object] = []
    runner.start(work, on_progress=lambda d, t: seen.append((d, t)), on_finished=result.append)
    qtbot.waitUntil(lambda: result == ["done"], timeout=5_000)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert TaskCancelledError  # exported for workers
