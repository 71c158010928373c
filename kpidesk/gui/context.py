"""One object handed to every screen instead of globals: the app's shared state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from kpidesk.gui.settings import Settings
from kpidesk.gui.tasks import TaskRunner

if TYPE_CHECKING:  # the window paints before the store (and Peewee) is imported
    from kpidesk.gui.first_home import FirstHome
    from kpidesk.store.connection import Store
    from kpidesk.store.quick import QuickReads
    from kpidesk.store.reads import Reads


class ContextSignals(QObject):
    store_changed = Signal()  # another file was opened or closed, or changed elsewhere
    data_changed = Signal(str)  # what changed: "goals", "kpis", "values", "targets" …
    write_refused = Signal(str)  # an undo or redo the database refused: why, to show


class AppContext:
    """The open file, settings, background tasks, undo history and UI language."""

    def __init__(self, settings: Settings, language: str, tasks: TaskRunner | None = None) -> None:
        self.settings = settings
        self.language = language
        self.tasks = tasks or TaskRunner()
        self.undo_stack = QUndoStack()
        self.signals = ContextSignals()
        self.store: Store | None = None
        self._editable: set[int] | None = None
        self._editable_known = False
        self.written_versions: dict[tuple, int] = {}
        """Versions of the values this window wrote last: what its undo and redo expect."""
        self.preview: QuickReads | None = None
        """A first look at the file being opened, until `set_store` (see `reads`)."""
        self.first_home: FirstHome | None = None
        """Home's first dashboard of the file the app started on, from a child process."""
        self.read_ahead: dict[str, object] = {}
        """What was read from the open file ahead of need (e.g. a report's inputs), by name;
        emptied by every change of file or data, before any screen hears of it."""
        self.data_version = 0
        """Counts those changes: read-ahead work keeps its result only if it did not move."""

    @property
    def read_only(self) -> bool:
        return self.store is None or self.store.read_only

    def editable_kpi_ids(self) -> set[int] | None:
        """The KPIs whose values this user may change: None for all (read once per load)."""
        if self.store is None or self.store.read_only:
            return set()
        if not self._editable_known:
            self._editable, self._editable_known = self.store.editable_kpi_ids(), True
        return self._editable

    def reads(self) -> Reads | None:
        """What screens read the file's Home data through: the open store, or the first look."""
        if self.store is not None:
            from kpidesk.store.reads import StoreReads

            return StoreReads(self.store)
        return self.preview

    def set_preview(self, preview: QuickReads | None) -> None:
        """Show a first look at a file (None: none) until the file itself is open."""
        if self.preview is not None and self.preview is not preview:
            self.preview.close()
        self.preview = preview

    def set_store(self, store: Store | None) -> None:
        """Switch to another open file (closing the previous one)."""
        if self.store is not None and self.store is not store:
            self.store.close()
        self.set_preview(None)
        self.store = store
        self._editable_known = False
        self.undo_stack.clear()
        self.written_versions.clear()
        self._outdate_read_ahead()
        self.signals.store_changed.emit()

    def reload(self) -> None:
        """The open database was changed by someone else: every screen reads it again."""
        self._editable_known = False  # the owner may have given or taken KPIs
        self._outdate_read_ahead()
        self.signals.store_changed.emit()

    def changed(self, what: str) -> None:
        """Tell every screen that `what` changed in the file."""
        self._outdate_read_ahead()
        self.signals.data_changed.emit(what)

    def _outdate_read_ahead(self) -> None:
        self.read_ahead.clear()
        self.data_version += 1
