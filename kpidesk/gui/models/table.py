"""A read-only table model over a list of plain objects, one column per Column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The native value of a cell (number, date, text) for sorting."""
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The plain domain object a row shows."""

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[T]):
    """How one column shows a row: the header, the text, the sort value."""

    header: Callable[[], str]
    display: Callable[[T], str]
    sort: Callable[[T], Any]
    numeric: bool = False


def sort_key(value: Any) -> Any:
    """A sort value Qt can compare: None sorts first, text case-insensitively."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.casefold()
    return value


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of plain objects; subclasses list their columns in `columns()`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._columns: Sequence[Column[T]] = self.columns()

    def columns(self) -> Sequence[Column[T]]:
        raise NotImplementedError

    def is_dimmed(self, row: T) -> bool:
        """True for rows shown in italics (archived, retired, not saved yet)."""
        return False

    def tooltip(self, row: T) -> str:
        return ""

    # --- content ------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_object(self, row: int) -> T:
        return self._rows[row]

    def set_row(self, row: int, obj: T) -> None:
        """Replace one row; only the cells whose text changed are signalled."""
        old, self._rows[row] = self._rows[row], obj
        for column, spec in enumerate(self._columns):
            if spec.display(old) != spec.display(obj) or spec.sort(old) != spec.sort(obj):
                cell = self.index(row, column)
                self.dataChanged.emit(cell, cell)

    def append_row(self, obj: T) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(obj)
        self.endInsertRows()

    # --- QAbstractTableModel ------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._columns[section].numeric else _LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        obj = self._rows[index.row()]
        spec = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return spec.display(obj)
        if role == SORT_ROLE:
            return sort_key(spec.sort(obj))
        if role == OBJECT_ROLE:
            return obj
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if spec.numeric else _LEFT
        if role == Qt.ItemDataRole.FontRole and self.is_dimmed(obj):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(obj) or None
        return None
