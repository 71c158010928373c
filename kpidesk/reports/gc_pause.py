"""No cyclic garbage collection while a document is made.

Making the demo's scorecard creates some hundred thousand objects that all
live until the PDF is written: the collector's passes meanwhile (thirty and
more) scan them and free nothing, ~10 % of the time. Reference counting still
frees everything the moment it is unused; the collector runs again afterwards.
The collector is one per process, so documents made at once (a preview and a
save) share one pause, which ends with the last of them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_resume = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Switch the cyclic collector off for the block (it stays as it was if already off)."""
    global _active, _resume
    with _lock:
        if _active == 0:
            _resume = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _resume:
                gc.enable()
