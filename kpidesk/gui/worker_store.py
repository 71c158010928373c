"""The open file on a worker thread: Peewee keeps one connection per thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kpidesk.store.connection import Store


@contextmanager
def thread_connection(store: Store) -> Iterator[Store]:
    """The open file on this worker thread's own connection (Peewee keeps one per thread).

    A second Store from open_database() would not do: opening a file binds
    the store's models to it for the whole process, so the app's screens
    would go on reading and writing through the worker's connection.
    """
    on_main = threading.current_thread() is threading.main_thread()
    if not on_main:
        store.db.connect(reuse_if_open=True)
    try:
        yield store
    finally:
        if not on_main:
            store.db.close()  # this thread's connection only
