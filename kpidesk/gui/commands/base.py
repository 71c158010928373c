"""What every undoable change has in common, and how screens run one."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from kpidesk.gui.context import AppContext
from kpidesk.gui.team.messages import store_error_text
from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError

log = logging.getLogger(__name__)


class StoreCommand(QUndoCommand):
    """A change to the file that can be taken back.

    Subclasses write in `apply()` and take it back in `revert()`, both through
    the store. The first `apply()` runs in `run()` *before* the command is pushed,
    so a StoreError reaches the screen and nothing lands on the undo stack.
    """

    watches: tuple[str, ...] = ()
    """The kinds of change (see AppContext.changed) this command makes."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._applied = False

    @property
    def store(self) -> Store:
        assert self.context.store is not None, "a command needs an open file"
        return self.context.store

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._applied and self._guarded(self.apply_all):
            self._notify()
        self._applied = False

    def undo(self) -> None:
        if self._guarded(self.revert_all):
            self._notify()

    def revert_all(self) -> None:
        """`revert()` in one transaction, all or nothing like the change itself."""
        with self.store.write():
            self.revert()

    def _guarded(self, write: Callable[[], None]) -> bool:
        # Qt calls undo/redo from C++: a refused write (someone else's change in
        # between, a role that no longer allows it) must not escape into it.
        try:
            write()
        except StoreError as exc:
            log.warning("%s not replayed: %s", self.text(), type(exc).__name__)
            self.setObsolete(True)  # nothing was written: the step leaves the history
            self._notify()  # the screens show what is stored
            self.context.signals.write_refused.emit(store_error_text(exc, self.context.store))
            return False
        return True

    def apply_all(self) -> None:
        """`apply()` in one transaction: a failure leaves the file as it was."""
        with self.store.write():
            self.apply()

    def _notify(self) -> None:
        for what in self.watches:
            self.context.changed(what)


def run(context: AppContext, command: StoreCommand) -> None:
    """Make the change now and put it on the undo stack (raises StoreError on failure)."""
    command.apply_all()
    command._applied = True  # push() calls redo(), which must not write twice
    context.undo_stack.push(command)
    command._notify()
