"""Documents pause the cyclic collector and always give it back as it was."""

from __future__ import annotations

import gc
import threading

import pytest

from kpidesk.reports.gc_pause import paused_gc


def test_the_collector_is_off_inside_and_back_on_after_even_on_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("the document failed")
    assert gc.isenabled()


def test_overlapping_documents_share_one_pause() -> None:
    first_in, second_done = threading.Event(), threading.Event()
    seen = []

    def other() -> None:
        first_in.wait(5)
        with paused_gc():
            seen.append(gc.isenabled())
        second_done.set()

    thread = threading.Thread(target=other)
    thread.start()
    with paused_gc():
        first_in.set()
        second_done.wait(5)
        seen.append(gc.isenabled())  # the other document ended: still off for this one
    thread.join(5)
    assert seen == [False, False] and gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
