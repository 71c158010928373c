"""Other people's changes reach the screens without restarting.

Every write adds to the change log, so its newest id says whether anything
changed. The window checks it whenever it is activated (any engine), and on
a team database a listener on its own thread hears the server's NOTIFY at
once and asks the window to check too. The window's own writes move the id
it has seen along with them, so they never cause a reload.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from kpidesk.gui.context import AppContext

if TYPE_CHECKING:  # the window paints before the store (and Peewee) is imported
    from kpidesk.store.connection import Store

log = logging.getLogger(__name__)
WAIT_SECONDS = 1.0
"""How long the listener waits per round: also how soon it stops when asked."""

Credentials = Callable[[], tuple[str, str] | None]
"""(URL, password) of the open team database, or None when it is not one."""


class _Listener:
    """A ChangeListener on a daemon thread; calls `heard()` on that thread for each change."""

    def __init__(self, url: str, password: str, heard: Callable[[], None]) -> None:
        self._stop = threading.Event()
        self._url, self._password, self._heard = url, password, heard
        self.thread = threading.Thread(target=self._run, name="kpidesk-listener", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        from kpidesk.store.notify import ChangeListener

        try:
            listener = ChangeListener(self._url, password=self._password)
        except Exception as exc:  # the focus check still works without it
            log.warning("not listening for changes: %s", type(exc).__name__)
            return
        try:
            while not self._stop.is_set():
                if listener.wait(WAIT_SECONDS) and not self._stop.is_set():
                    self._heard()
        except Exception as exc:
            log.warning("stopped listening for changes: %s", type(exc).__name__)
        finally:
            listener.close()

    def stop(self) -> None:
        self._stop.set()


class ChangeWatcher(QObject):
    """Reloads the screens when someone else changed the open database."""

    heard = Signal()
    """The listener heard of a change (emitted on its thread, handled on the GUI thread)."""
    reloaded = Signal()

    def __init__(
        self, context: AppContext, window: QWidget, credentials: Credentials = lambda: None
    ) -> None:
        super().__init__(window)
        self.context = context
        self.credentials = credentials
        self._store: Store | None = None
        self._seen: int | None = None
        self._listener: _Listener | None = None
        window.installEventFilter(self)
        self.heard.connect(self.check)
        context.signals.store_changed.connect(self._store_changed)
        context.signals.data_changed.connect(self._own_change)

    @property
    def listening(self) -> bool:
        return self._listener is not None and self._listener.thread.is_alive()

    def check(self) -> bool:
        """Reload every screen if the database changed since last seen; True if it did."""
        latest = self._latest()
        if latest is None or latest == self._seen:
            return False
        self._seen = latest
        log.info("the database was changed elsewhere: reloading")
        self.context.reload()
        self.reloaded.emit()
        return True

    def _latest(self) -> int | None:
        store = self.context.store
        if store is None:
            return None
        from kpidesk.store.changelog import latest_change_id

        try:
            return latest_change_id(store)
        except Exception as exc:  # a lost connection: the next write will say so
            log.warning("could not look for changes: %s", type(exc).__name__)
            return None

    def _own_change(self, _what: str) -> None:
        self._seen = self._latest()

    def _store_changed(self) -> None:
        if self.context.store is self._store:
            return  # a reload of the same database
        self._stop_listening()
        self._store = self.context.store
        self._seen = self._latest()
        if self._store is not None and self._store.engine == "postgresql":
            credentials = self.credentials()
            if credentials is not None:
                self._listener = _Listener(*credentials, self._emit_heard)

    def _emit_heard(self) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone; the app is ending
            self.heard.emit()

    def _stop_listening(self) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.check()
        return False
