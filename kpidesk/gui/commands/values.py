"""Undoable edits of measured values: one command for one or many cells.

A command may also carry explanations (a comment and cause tags) the owner
gave right after a value put a KPI off track: undo takes them back with the
values, redo puts them back, each in one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from kpidesk.domain.periods import Period
from kpidesk.gui.context import AppContext
from kpidesk.gui.models.entry_format import closed_text
from kpidesk.store.causes import list_causes, set_value_causes
from kpidesk.store.connection import Store
from kpidesk.store.errors import ClosedPeriodError, StoreError
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

    @property
    def key(self) -> tuple[int, str, date]:
        return (self.kpi_id, self.segment, self.period_start)


@dataclass(frozen=True)
class Explanation:
    """Why a value is off track: a comment and cause tags (ids), before and after."""

    kpi_id: int
    segment: str
    period: Period
    old_comment: str
    new_comment: str
    old_causes: tuple[int, ...] = ()
    new_causes: tuple[int, ...] = ()

    @property
    def key(self) -> tuple[int, str, date]:
        return (self.kpi_id, self.segment, self.period.start)


def closed_message(exc: ClosedPeriodError) -> str:
    """A closed period's refusal in the UI's language."""
    return closed_text(exc.period, exc.closed_through, QLocale())  # type: ignore[arg-type]


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
        self.explanations: dict[tuple[int, str, date], Explanation] = {}
        self.on_error = on_error
        self._applied = False  # set by push_changes: the first redo already happened

    @property
    def store(self) -> Store:
        assert self.context.store is not None, "a command needs an open file"
        return self.context.store

    def _rows(self, *, new: bool) -> list[ValueRow]:
        rows = []
        for c in self.changes:
            explained = self.explanations.get(c.key)
            if explained is not None:
                comment: str | None = explained.new_comment if new else explained.old_comment
            else:
                comment = c.new_comment if new else c.old_comment
            value = c.new_value if new else c.old_value
            rows.append(ValueRow(c.kpi_id, c.period_start, value, c.segment, comment))
        return rows

    def apply(self, *, new: bool) -> None:
        """Write one side of the change; StoreError when the file refuses it."""
        store = self.store
        with store.write():
            write_values(store, self._rows(new=new), source="manual")
            if self.explanations:
                known = {tag.id for tag in list_causes(store)}  # a tag may be gone since
                for e in self.explanations.values():
                    tags = e.new_causes if new else e.old_causes
                    set_value_causes(
                        store, e.kpi_id, e.period, [t for t in tags if t in known], e.segment
                    )
        self.context.changed("values")

    def explain(self, explanations: Sequence[Explanation]) -> None:
        """Store comments and cause tags for values this command wrote (one transaction).

        From then on, undo and redo take them back and put them back with the values.
        """
        store = self.store
        new_values = {c.key: c.new_value for c in self.changes}
        with store.write():
            rows = [
                ValueRow(e.kpi_id, e.period.start, new_values[e.key], e.segment, e.new_comment)
                for e in explanations
            ]
            write_values(store, rows, source="manual")
            for e in explanations:
                set_value_causes(store, e.kpi_id, e.period, e.new_causes, e.segment)
        self.explanations.update((e.key, e) for e in explanations)
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
        except ClosedPeriodError as exc:
            # The values stay as they are, so the step cannot stay on the stack
            # as if it had been taken back: Qt drops an obsolete command.
            self.setObsolete(True)
            self._report(self._closed_refusal(exc, new=new))
        except StoreError as exc:
            self._report(str(exc))

    def _closed_refusal(self, exc: ClosedPeriodError, *, new: bool) -> str:
        text = (
            QCoreApplication.translate("SetValuesCommand", "“{0}” cannot be redone: {1}")
            if new
            else QCoreApplication.translate("SetValuesCommand", "“{0}” cannot be undone: {1}")
        )
        return (
            text.format(self.text(), closed_message(exc))
            + " "
            + QCoreApplication.translate(
                "SetValuesCommand", "The step was taken off the undo list; the file is unchanged."
            )
        )

    def _report(self, message: str) -> None:
        log.warning("values not written: %s", message)
        if self.on_error is not None:
            self.on_error(message)


def push_changes(
    context: AppContext,
    changes: Sequence[CellChange],
    text: str,
    on_error: Callable[[str], None] | None = None,
) -> SetValuesCommand | None:
    """Write `changes` now and put them on the undo stack; None (and nothing kept) on failure.

    Writing before pushing keeps a refused write (read-only file, locked
    database) off the undo stack.
    """
    if not changes:
        return None
    command = SetValuesCommand(context, changes, text, on_error)
    try:
        command.apply(new=True)
    except StoreError as exc:
        if on_error is not None:
            reason = closed_message(exc) if isinstance(exc, ClosedPeriodError) else str(exc)
            on_error(
                QCoreApplication.translate("SetValuesCommand", "Nothing was saved: {0}").format(
                    reason
                )
            )
        return None
    command._applied = True
    context.undo_stack.push(command)
    return command
