"""Open a team database on a worker thread and hand it to the GUI thread.

Peewee keeps one connection per thread and the store binds its models per
thread (store/binding.py), so a store opened on a worker would leave the GUI
thread without a connection: its first query would connect again, on the GUI
thread. Instead the worker's connection is handed over as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kpidesk.store.binding import DATABASE
from kpidesk.store.connection import Store, open_database


@dataclass(frozen=True)
class Opened:
    """A store opened on a worker thread, its connection not bound to any thread yet."""

    store: Store
    connection: Any


def release(store: Store) -> Opened:
    """Unbind a store from this thread, keeping its connection for another thread.

    A file's sqlite3 connection may not cross threads: it is closed, and the
    adopting thread opens its own (cheap, unlike a server's).
    """
    state = store.db._state  # Peewee's per-thread connection state
    if store.engine == "sqlite":
        store.db.close()
        connection = None
    else:
        connection = None if state.closed else state.conn
        state.reset()
    DATABASE.remove(store.db)
    return Opened(store, connection)


def adopt(opened: Opened) -> Store:
    """Bind a released store to this thread, with the connection it was opened on."""
    store = opened.store
    if opened.connection is not None:
        store.db._state.set_connection(opened.connection)
    else:
        store.db.connect(reuse_if_open=True)
    DATABASE.push(store.db)
    return store


def open_team(url: str, password: str) -> Opened:
    """Open a team database (on a worker thread) for `adopt` on the GUI thread."""
    return release(open_database(url, password=password))


def discard(opened: Opened) -> None:
    """Close a store nobody waits for any more (the connecting was cancelled)."""
    adopt(opened).close()
