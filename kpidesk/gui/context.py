"""One object handed to every screen instead of globals: the app's shared state."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kpidesk.gui.settings import Settings
from kpidesk.gui.tasks import TaskRunner
from kpidesk.store.connection import Store


class ContextSignals(QObject):
    store_changed = Signal()  # another file was opened or closed
    data_changed = Signal(str)  # what changed: "goals", "kpis", "values", "targets" …


class AppContext:
    """The open file, settings, background tasks, undo history and UI language."""

    def __init__(self, settings: Settings, language: str, tasks: TaskRunner | None = None) -> None:
        self.settings = settings
        self.language = language
        self.tasks = tasks or TaskRunner()
        self.undo_stack = QUndoStack()
        self.signals = ContextSignals()
        self.store: Store | None = None
        self.read_ahead: dict[str, object] = {}
        """What was read from the open file ahead of need (e.g. a report's inputs), by name;
        emptied by every change of file or data, before any screen hears of it."""
        self.data_version = 0
        """Counts those changes: read-ahead work keeps its result only if it did not move."""

    @property
    def read_only(self) -> bool:
        return self.store is None or self.store.read_only

    def set_store(self, store: Store | None) -> None:
        """Switch to another open file (closing the previous one)."""
        if self.store is not None and self.store is not store:
            self.store.close()
        self.store = store
        self.undo_stack.clear()
        self._outdate_read_ahead()
        self.signals.store_changed.emit()

    def changed(self, what: str) -> None:
        """Tell every screen that `what` changed in the file."""
        self._outdate_read_ahead()
        self.signals.data_changed.emit(what)

    def _outdate_read_ahead(self) -> None:
        self.read_ahead.clear()
        self.data_version += 1
