"""Undoable edits of measured values: one command for one or many cells."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kpidesk.gui.context import AppContext
from kpidesk.store.errors import StoreError
from kpidesk.store.measurements import ValueRow, write_values

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CellChange:
    """One grid cell before and after; a comment of None is left as it is."""

    kpi_id: int
    segment: str
    period_start: date
    old_value: float | None
    new_value: float | None
    old_comment: str | None = None
    new_comment: str | None = None


def _rows(changes: Sequence[CellChange], *, new: bool) -> list[ValueRow]:
    return [
        ValueRow(
            c.kpi_id,
            c.period_start,
            c.new_value if new else c.old_value,
            c.segment,
            c.new_comment if new else c.old_comment,
        )
        for c in changes
    ]


class SetValuesCommand(QUndoCommand):
    """Write new values (redo) or the old ones back (undo), each in one transaction."""

    def __init__(
        self,
        context: AppContext,
        changes: Sequence[CellChange],
        text: str,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.context = context
        self.changes = tuple(changes)
        self.on_error = on_error
        self._applied = False  # set by push_changes: the first redo already happened

    def apply(self, *, new: bool) -> None:
        """Write one side of the change; StoreError when the file refuses it."""
        write_values(self.context.store, _rows(self.changes, new=new), source="manual")
        self.context.changed("values")

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._apply_reporting(new=True)

    def undo(self) -> None:
        self._apply_reporting(new=False)

    def _apply_reporting(self, *, new: bool) -> None:
        # Qt calls redo/undo from C++: an exception must not escape into it.
        try:
            self.apply(new=new)
        except StoreError as exc:
            log.warning("values not written: %s", exc)
            if self.on_error is not None:
                self.on_error(str(exc))


def push_changes(
    context: AppContext,
    changes: Sequence[CellChange],
    text: str,
    on_error: Callable[[str], None] | None = None,
) -> bool:
    """Write `changes` now and put them on the undo stack; False (and nothing kept) on failure.

    Writing before pushing keeps a refused write (read-only file, locked
    database) off the undo stack.
    """
    if not changes:
        return False
    command = SetValuesCommand(context, changes, text, on_error)
    try:
        command.apply(new=True)
    except StoreError as exc:
        if on_error is not None:
            on_error(
                QCoreApplication.translate("SetValuesCommand", "Nothing was saved: {0}").format(exc)
            )
        return False
    command._applied = True
    context.undo_stack.push(command)
    return True
