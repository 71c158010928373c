"""Undoable edits of measured values: one command for one or many cells.

Each cell carries the version of the stored value the person saw, and every
write (the edit, its undo, its redo) expects the value to be as this command
last left it. When someone else saved that value in between, the store
raises ConflictError and nothing is written; the screen's `on_conflict`
decides: keep theirs (the command is dropped) or overwrite with mine (the
command takes their values as its "before" and writes again).

A command may also carry explanations (a comment and cause tags) the owner
gave right after a value put a KPI off track: undo takes them back with the
values, redo puts them back, each in one transaction and under the same
version check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kpidesk.domain.periods import Period
from kpidesk.gui.context import AppContext
from kpidesk.gui.team.messages import closed_message, store_error_text
from kpidesk.store.causes import list_causes, set_value_causes
from kpidesk.store.connection import Store
from kpidesk.store.errors import ClosedPeriodError, ConflictError, StoreError
from kpidesk.store.measurements import ValueRow, load_measurements, write_values

log = logging.getLogger(__name__)

CellKey = tuple[int, str, date]
"""(KPI id, segment, period start)."""
UNCHECKED = -1
"""`CellChange.version` when the caller read no version: that write is not checked."""


@dataclass(frozen=True)
class CellChange:
    """One grid cell before and after; a comment of None is left as it is.

    `version` is the stored value's version the person saw (None: nothing
    was stored), which the write expects to find.
    """

    kpi_id: int
    segment: str
    period_start: date
    old_value: float | None
    new_value: float | None
    old_comment: str | None = None
    new_comment: str | None = None
    version: int | None = UNCHECKED

    @property
    def key(self) -> CellKey:
        return (self.kpi_id, self.segment, self.period_start)


@dataclass(frozen=True)
class ValueConflict:
    """A write refused because someone else saved some of its values first."""

    error: ConflictError
    key: CellKey
    """The first of the command's values that was changed elsewhere."""
    count: int
    """How many of the command's values were changed elsewhere (at least 1)."""
    undoing: bool = False


OnConflict = Callable[[ValueConflict], bool]
"""Shows the conflict; True to overwrite with mine, False to keep theirs."""


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
    def key(self) -> CellKey:
        return (self.kpi_id, self.segment, self.period.start)


_NOTHING = (None, "", None)


def stored_cells(store: Store, keys: Iterable[CellKey]) -> dict[CellKey, tuple]:
    """(value, comment, version) stored now for each key that has a stored value."""
    by_kpi: dict[int, list[date]] = {}
    for kpi_id, _segment, start in keys:
        by_kpi.setdefault(kpi_id, []).append(start)
    found: dict[CellKey, tuple] = {}
    for kpi_id, starts in by_kpi.items():
        for m in load_measurements(store, kpi_id, first=min(starts), last=max(starts)):
            found[(kpi_id, m.segment, m.period.start)] = (m.value, m.comment, m.version)
    return found


class SetValuesCommand(QUndoCommand):
    """Write new values (redo) or the old ones back (undo), each in one transaction."""

    def __init__(
        self,
        context: AppContext,
        changes: Sequence[CellChange],
        text: str,
        on_error: Callable[[str], None] | None = None,
        on_conflict: OnConflict | None = None,
    ) -> None:
        super().__init__(text)
        self.context = context
        self.changes = tuple(changes)
        self.explanations: dict[CellKey, Explanation] = {}
        self.on_error = on_error
        self.on_conflict = on_conflict
        self._applied = False  # set by push_changes: the first redo already happened
        self._written_once = False

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

    def expected(self) -> dict[CellKey, int | None]:
        """The versions the next write expects (cells read without a version are not checked).

        The first write expects what the grid showed; an undo or redo expects
        what this window's last write of each value left, whichever command
        made it (several edits of one cell undo one after the other).
        """
        checked = [c for c in self.changes if c.version != UNCHECKED]
        if not self._written_once:
            return {c.key: c.version for c in checked}
        written = self.context.written_versions
        return {c.key: written.get(c.key, c.version) for c in checked}

    def apply(self, *, new: bool, expected: dict[CellKey, int | None] | None = None) -> None:
        """Write one side of the change; StoreError (or ConflictError) when refused."""
        expected = self.expected() if expected is None else expected
        store = self.store
        with store.write():
            write_values(store, self._rows(new=new), source="manual", expected=expected)
            if self.explanations:
                known = {tag.id for tag in list_causes(store)}  # a tag may be gone since
                for e in self.explanations.values():
                    tags = e.new_causes if new else e.old_causes
                    set_value_causes(
                        store, e.kpi_id, e.period, [t for t in tags if t in known], e.segment
                    )
            self._remember_versions(expected)
        self._written_once = True
        self.context.changed("values")

    def _remember_versions(self, keys: Iterable[CellKey]) -> None:
        """Note the versions this write left, read back inside its transaction.

        Read, not counted: a row written unchanged (an explanation that keeps
        the comment) keeps its version.
        """
        keys = list(keys)
        stored = stored_cells(self.store, keys)
        for key in keys:
            self.context.written_versions[key] = stored.get(key, _NOTHING)[2]

    def explain(self, explanations: Sequence[Explanation]) -> None:
        """Store comments and cause tags for values this command wrote (one transaction).

        The values must still be as this command left them (ConflictError
        otherwise, and nothing is written). The comment to bring back on Undo
        is the one stored now. From then on, undo and redo take the
        explanations back and put them back with the values.
        """
        store = self.store
        new_values = {c.key: c.new_value for c in self.changes}
        checked = self.expected()
        expected = {e.key: checked[e.key] for e in explanations if e.key in checked}
        with store.write():
            stored = stored_cells(store, (e.key for e in explanations))
            explanations = [_with_stored_comment(e, stored) for e in explanations]
            rows = [
                ValueRow(e.kpi_id, e.period.start, new_values[e.key], e.segment, e.new_comment)
                for e in explanations
            ]
            write_values(store, rows, source="manual", expected=expected)
            for e in explanations:
                set_value_causes(store, e.kpi_id, e.period, e.new_causes, e.segment)
            self._remember_versions(expected)
        self.explanations.update((e.key, e) for e in explanations)
        self.context.changed("values")

    def conflict(
        self, error: ConflictError, expected: dict[CellKey, int | None], *, undoing: bool = False
    ) -> ValueConflict:
        """Which of this command's values were changed elsewhere, read from the store now."""
        stored = stored_cells(self.context.store, expected)
        changed = [
            key for key, version in expected.items() if stored.get(key, _NOTHING)[2] != version
        ]
        first = changed[0] if changed else self.changes[0].key
        return ValueConflict(error, first, max(1, len(changed)), undoing)

    def take_theirs_as_before(self) -> None:
        """Expect what is stored now, and make it what Undo brings back (to overwrite it)."""
        stored = stored_cells(self.context.store, (c.key for c in self.changes))

        def theirs(c: CellChange) -> CellChange:
            value, comment, version = stored.get(c.key, _NOTHING)
            old_comment = None if c.old_comment is None else comment
            return replace(c, old_value=value, old_comment=old_comment, version=version)

        self.changes = tuple(c if c.version == UNCHECKED else theirs(c) for c in self.changes)

    def stored_versions(self) -> dict[CellKey, int | None]:
        """The versions stored now of the checked values (to overwrite them on purpose)."""
        keys = [c.key for c in self.changes if c.version != UNCHECKED]
        stored = stored_cells(self.context.store, keys)
        return {key: stored.get(key, _NOTHING)[2] for key in keys}

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
            self._apply_resolving(new=new)
        except ClosedPeriodError as exc:
            # The values stay as they are, so the step cannot stay on the stack
            # as if it had been taken back: Qt drops an obsolete command.
            self.setObsolete(True)
            self._report(exc, self._closed_refusal(exc, new=new))
        except StoreError as exc:
            self._report(exc, store_error_text(exc, self.context.store))

    def _apply_resolving(self, *, new: bool) -> None:
        """Write; on a conflict ask, then overwrite or give up this step of history."""
        expected = self.expected()
        while True:
            try:
                self.apply(new=new, expected=expected)
                return
            except ConflictError as exc:
                if self.on_conflict is None:
                    raise
                if not self.on_conflict(self.conflict(exc, expected, undoing=not new)):
                    self.setObsolete(True)  # theirs stays; this step leaves the history
                    self.context.changed("values")
                    return
                expected = self.stored_versions()

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

    def _report(self, exc: StoreError, message: str) -> None:
        log.warning("values not written: %s", type(exc).__name__)
        self.context.changed("values")  # show what is stored
        if self.on_error is not None:
            self.on_error(message)


def _with_stored_comment(e: Explanation, stored: Mapping[CellKey, tuple]) -> Explanation:
    """`e` with the comment stored now as the one Undo brings back.

    A new comment equal to the old one the dialog showed means "keep it": it
    stays whatever is stored (after "overwrite with mine" that is theirs).
    """
    comment = stored.get(e.key, _NOTHING)[1]
    new = comment if e.new_comment == e.old_comment else e.new_comment
    return replace(e, old_comment=comment, new_comment=new)


def push_changes(
    context: AppContext,
    changes: Sequence[CellChange],
    text: str,
    on_error: Callable[[str], None] | None = None,
    on_conflict: OnConflict | None = None,
) -> SetValuesCommand | None:
    """Write `changes` now and put them on the undo stack; None (and nothing kept) on failure.

    Writing before pushing keeps a refused write (read-only file, locked
    database, closed period, a conflict resolved as "keep theirs") off the undo stack.
    """
    if not changes:
        return None
    command = SetValuesCommand(context, changes, text, on_error, on_conflict)
    try:
        while True:
            try:
                command.apply(new=True)
                break
            except ConflictError as exc:
                if on_conflict is None:
                    raise
                if not on_conflict(command.conflict(exc, command.expected())):
                    context.changed("values")  # theirs stays: show it
                    return None
                command.take_theirs_as_before()  # Undo of the overwrite brings theirs back
    except StoreError as exc:
        context.changed("values")  # the grid shows what is stored, not what was refused
        if on_error is not None:
            on_error(store_error_text(exc, context.store, nothing_saved=True))
        return None
    command._applied = True
    context.undo_stack.push(command)
    return command
