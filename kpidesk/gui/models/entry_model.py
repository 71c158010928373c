"""The data-entry grid: one row per KPI (and per segment under it), one column per period.

The model holds plain objects and never touches the database: an edit is
announced with `edits_requested`, and the screen turns it into an undoable
command. What a cell shows is computed once and cached until the cell changes,
so painting the grid does no formatting and no status arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import Signal as _Signal

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.status import status_of
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import Status
from kpidesk.gui.commands.values import CellChange
from kpidesk.gui.models import entry_format as fmt
from kpidesk.gui.period_labels import period_label, period_title

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The value as a float (or None): the sort role, and what copying takes."""
SCALE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The KPI's Scale for a qualitative KPI, else None: picks the editor."""
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
COMMENT_ROLE = Qt.ItemDataRole.UserRole + 4
DECIMALS_ROLE = Qt.ItemDataRole.UserRole + 5

_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
_TIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND, _DECORATION = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

CellKey = tuple[int, str, date]
"""(KPI id, segment, period start)."""


@dataclass(frozen=True)
class EntryRow:
    """A row of the grid: a KPI's total (segment "") or one of its segments."""

    kpi: Kpi
    segment: str = ""
    label: str = ""
    targets: tuple[Target, ...] = ()

    @property
    def key(self) -> tuple[int, str]:
        return (self.kpi.id, self.segment)


@dataclass(frozen=True)
class EntryCell:
    value: float | None = None
    comment: str = ""
    causes: tuple[str, ...] = ()
    """The names of the cause tags that explain the value."""
    version: int | None = None
    """The stored value's version (None: nothing stored): what an edit of it expects."""


_EMPTY = EntryCell()
_NONE = Qt.ItemFlag.NoItemFlags
_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_ROOT = QModelIndex()


class Look(NamedTuple):
    """What a cell shows, computed once: the grid's delegate paints straight from it."""

    display: str
    tooltip: str
    status: Status
    background: Any
    decoration: Any
    symbol: Status | None
    """The status whose symbol is drawn, or None for no symbol."""
    locked: bool = False
    """The period is closed: drawn greyed with a lock."""
    tagged: bool = False
    """Cause tags explain the value: a corner mark."""


class EntryModel(QAbstractTableModel):
    edits_requested = _Signal(object)
    """A list of CellChange the user asked for (the model itself changes nothing)."""
    edit_refused = _Signal(str)
    """Why an edit the user asked for cannot be made (a closed period)."""

    def __init__(self, today: date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._read_only = False
        self._editable: set[int] | None = None
        self._row_flags: list[Qt.ItemFlag] = []
        self.closed_through: date | None = None
        self._closed: frozenset[int] = frozenset()
        self._rows: list[EntryRow] = []
        self._periods: list[Period] = []
        self._cells: dict[CellKey, EntryCell] = {}
        self._looks: dict[tuple[int, int], Look] = {}
        self._headers: list[str] = []
        self._row_of: dict[tuple[int, str], int] = {}
        self._column_of: dict[date, int] = {}
        self._locale = QLocale()

    # --- filling -------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[EntryRow],
        periods: Sequence[Period],
        cells: Mapping[CellKey, EntryCell],
        *,
        read_only: bool = False,
        editable: set[int] | None = None,
        closed_through: date | None = None,
    ) -> None:
        """Show new rows and periods (a reset); rows of `editable` KPIs (None: all) take edits."""
        self.beginResetModel()
        self._rows, self._periods, self._cells = list(rows), list(periods), dict(cells)
        self._read_only, self._editable = read_only, editable
        self._update_flags()
        self._set_closed(closed_through)
        self._locale = QLocale()
        self._headers = [period_label(p, self._locale) for p in self._periods]
        # A paste asks for hundreds of cells by key: found by lookup, not by search.
        self._row_of = {row.key: r for r, row in enumerate(self._rows)}
        self._column_of = {p.start: c for c, p in enumerate(self._periods)}
        self._looks.clear()
        self.endResetModel()

    def same_shape(self, rows: Sequence[EntryRow], periods: Sequence[Period]) -> bool:
        """True when `rows` and `periods` are the ones shown (an update needs no reset)."""
        return [r.key for r in rows] == [r.key for r in self._rows] and list(periods) == (
            self._periods
        )

    @property
    def read_only(self) -> bool:
        """No cell takes edits (a read-only file, a viewer)."""
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = value
        self._update_flags()

    @property
    def editable(self) -> set[int] | None:
        """The KPIs whose cells take edits: None for all (see Store.editable_kpi_ids)."""
        return self._editable

    def _update_flags(self) -> None:
        self._row_flags = [
            _EDITABLE if self.may_edit(r) else _READ_ONLY for r in range(len(self._rows))
        ]
        self._looks.clear()  # a locked row's tooltip says why

    def may_edit(self, row: int) -> bool:
        """Whether this user may change the values of a row's KPI."""
        if self.read_only:
            return False
        return self.editable is None or self._rows[row].kpi.id in self.editable

    def update_cells(self, rows: Sequence[EntryRow], cells: Mapping[CellKey, EntryCell]) -> None:
        """New values and targets for the rows shown; only changed cells are repainted."""
        for r, row in enumerate(rows):
            if row != self._rows[r]:  # e.g. a new target: every cell of the row may change
                self._rows[r] = row
                self._forget(r, 0, r, len(self._periods) - 1)
        for r, row in enumerate(self._rows):
            for c, period in enumerate(self._periods):
                key = (row.kpi.id, row.segment, period.start)
                if cells.get(key, _EMPTY) != self._cells.get(key, _EMPTY):
                    self._forget(r, c, r, c)
        self._cells = dict(cells)

    def set_closed_through(self, closed_through: date | None) -> None:
        """Periods ending on or before `closed_through` are closed (None: none is)."""
        if closed_through == self.closed_through:
            return
        self._set_closed(closed_through)
        if self._rows and self._periods:
            self._forget(0, 0, len(self._rows) - 1, len(self._periods) - 1)

    def _set_closed(self, closed_through: date | None) -> None:
        self.closed_through = closed_through
        self._closed = frozenset(
            c
            for c, period in enumerate(self._periods)
            if closed_through is not None and period.end <= closed_through
        )

    def _forget(self, top: int, left: int, bottom: int, right: int) -> None:
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                self._looks.pop((r, c), None)
        self.dataChanged.emit(self.index(top, left), self.index(bottom, right))

    # --- access ---------------------------------------------------------------
    def entry_row(self, row: int) -> EntryRow:
        return self._rows[row]

    def period(self, column: int) -> Period:
        return self._periods[column]

    def key(self, row: int, column: int) -> CellKey:
        entry = self._rows[row]
        return (entry.kpi.id, entry.segment, self._periods[column].start)

    def cell(self, row: int, column: int) -> EntryCell:
        return self._cells.get(self.key(row, column), _EMPTY)

    def is_closed(self, column: int) -> bool:
        """True when the period of `column` is closed: its values are read-only."""
        return column in self._closed

    def closed_message(self, column: int) -> str:
        """Why the values of `column` cannot change, for the owner."""
        return fmt.closed_text(self._periods[column], self.closed_through, self._locale)

    def status(self, key: CellKey, value: float | None) -> Status:
        """The status `value` would have in the cell `key`, against the target in force then."""
        index = self.find(key)
        if not index.isValid():
            return Status.NO_TARGET
        row = self._rows[index.row()]
        target = target_in_force(row.targets, key[2], row.segment)
        return status_of(value, target, row.kpi.direction)

    def becomes_off_track(self, change: CellChange) -> bool:
        """True when `change` turns a cell off track that was not off track before."""
        key = (change.kpi_id, change.segment, change.period_start)
        return (
            self.status(key, change.new_value) is Status.OFF_TRACK
            and self.status(key, change.old_value) is not Status.OFF_TRACK
        )

    def off_track_cells(self) -> Iterator[tuple[int, int]]:
        """(row, column) of every cell off track, latest period first."""
        for c in reversed(range(len(self._periods))):
            for r in range(len(self._rows)):
                if self.look(r, c).status is Status.OFF_TRACK:
                    yield r, c

    def find(self, key: CellKey) -> QModelIndex:
        """The index of a cell by its key, or an invalid index when it is not shown."""
        kpi_id, segment, start = key
        r = self._row_of.get((kpi_id, segment))
        c = self._column_of.get(start)
        return QModelIndex() if r is None or c is None else self.index(r, c)

    def change(
        self, row: int, column: int, value: float | None, comment: str | None = None
    ) -> CellChange:
        """The CellChange that gives a cell `value` (and `comment`, unless None)."""
        kpi_id, segment, start = self.key(row, column)
        old = self.cell(row, column)
        return CellChange(
            kpi_id,
            segment,
            start,
            old.value,
            value,
            None if comment is None else old.comment,
            comment,
            old.version,
        )

    # --- Qt model -------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._periods)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == _DISPLAY and 0 <= section < len(self._headers):
                return self._headers[section]
            if role == _TIP and 0 <= section < len(self._periods):
                return period_title(self._periods[section], self._locale)
            return None
        if not 0 <= section < len(self._rows):
            return None
        row = self._rows[section]
        if role == _DISPLAY:
            return row.label
        if role == _TIP:
            return row.kpi.definition or row.label
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Asked twice per cell per paint: precomputed, Python enum arithmetic is slow.
        if not index.isValid():
            return _NONE
        return _READ_ONLY if index.column() in self._closed else self._row_flags[index.row()]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (_EDIT, VALUE_ROLE):
            return self.cell(r, c).value
        if role == _ALIGN:
            return _RIGHT
        if role == SCALE_ROLE:
            return self._rows[r].kpi.scale
        if role == COMMENT_ROLE:
            return self.cell(r, c).comment
        if role == DECIMALS_ROLE:
            return self._rows[r].kpi.decimals
        look = self.look(r, c)
        if role == _DISPLAY:
            return look.display
        if role == _BACKGROUND:
            return look.background
        if role == _DECORATION:
            return look.decoration
        if role == _TIP:
            return look.tooltip
        if role == STATUS_ROLE:
            return look.status
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = _EDIT
    ) -> bool:
        """Ask for a new value (a float, or None to clear); the screen does the writing."""
        if role != _EDIT or not index.isValid() or not self.may_edit(index.row()):
            return False
        if self.is_closed(index.column()):
            self.edit_refused.emit(self.closed_message(index.column()))
            return False
        if value == self.cell(index.row(), index.column()).value:
            return True  # nothing to do, and no empty undo step
        self.edits_requested.emit([self.change(index.row(), index.column(), value)])
        return True

    # --- looks ------------------------------------------------------------------
    def look(self, r: int, c: int) -> Look:
        """The cell's cached look (made on first use)."""
        return self._looks.get((r, c)) or self._make_look(r, c)

    def _make_look(self, r: int, c: int) -> Look:
        row, period = self._rows[r], self._periods[c]
        kpi, cell = row.kpi, self.cell(r, c)
        target = target_in_force(row.targets, period.start, row.segment)
        status = status_of(cell.value, target, kpi.direction)
        missing = cell.value is None and period.end < self.today
        lines = []
        if not self.read_only and not self.may_edit(r):
            lines.append(
                QCoreApplication.translate(
                    "EntryGrid",
                    "Read-only for you: the owner has not given you this KPI to enter values for.",
                )
            )
        if cell.value is not None and (label := fmt.score_label(kpi, cell.value)):
            lines.append(label)
        if missing:
            lines.append(
                QCoreApplication.translate("EntryGrid", "No value yet for {0}.").format(
                    period_title(period, self._locale)
                )
            )
        if status not in (Status.NO_TARGET, Status.NO_DATA):
            lines.append(fmt.status_text(status))
        if text := fmt.target_text(kpi, target, self._locale):
            lines.append(text)
        if cell.comment:
            lines.append(
                QCoreApplication.translate("EntryGrid", "Comment: {0}").format(cell.comment)
            )
        if cell.causes:
            lines.append(
                QCoreApplication.translate("EntryGrid", "Causes: {0}").format(
                    ", ".join(cell.causes)
                )
            )
        locked = self.is_closed(c)
        if locked:
            lines.append(self.closed_message(c))
        display = fmt.format_value(cell.value, kpi.decimals, self._locale)
        if cell.comment:
            display = "✎ " + display  # the comment marker, readable without colour
        background, symbol = None, None
        if missing:
            background, symbol = fmt.missing_brush(), Status.NO_DATA
        elif cell.value is not None and status is not Status.NO_TARGET:
            background, symbol = fmt.status_brush(status), status
        if locked:
            background = fmt.closed_brush()
        decoration = fmt.status_icon(symbol) if symbol else None
        look = Look(
            display,
            "\n".join(lines),
            status,
            background,
            decoration,
            symbol,
            locked,
            bool(cell.causes),
        )
        self._looks[(r, c)] = look
        return look
