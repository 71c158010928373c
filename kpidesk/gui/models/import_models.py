"""Models of the import dialog: the file's first rows, the dry run per KPI, changes, problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from kpidesk.domain.entities import Kpi
from kpidesk.domain.formatting import format_number, format_period
from kpidesk.gui.models.table import Column, Index, RowTableModel
from kpidesk.imports.errors import ImportProblem
from kpidesk.imports.planned import PlannedValue
from kpidesk.imports.preview import LEAVE_OUT, FilePreview
from kpidesk.imports.table import Cell

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def cell_text(cell: Cell) -> str:
    """A file cell as the user would recognise it."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return str(cell)
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, date):
        return cell.isoformat()
    return str(cell)


class PreviewModel(QAbstractTableModel):
    """The first rows of a file as read, with file row numbers and each column's KPI."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview = FilePreview()
        self._mapping: dict[str, str] = {}

    def set_preview(self, preview: FilePreview, mapping: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._mapping = dict(mapping or {})
        self.endResetModel()

    def set_mapping(self, mapping: dict[str, str]) -> None:
        """Show which KPI each column goes to (in the header) and dim left-out columns."""
        self._mapping = dict(mapping)
        if self.columnCount():
            last = self.columnCount() - 1
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, last))

    def _left_out(self, column: int) -> bool:
        name = self._preview.header[column].strip()
        return self._mapping.get(name) == LEAVE_OUT

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._preview.header)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.rowCount():
                return str(self._preview.row_numbers[section])
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < self.rowCount():
                return QCoreApplication.translate("ImportModels", "Row {0} of the file").format(
                    self._preview.row_numbers[section]
                )
            return None
        if not 0 <= section < self.columnCount():
            return None
        name = self._preview.header[section].strip() or str(section + 1)
        kpi = self._mapping.get(self._preview.header[section].strip())
        if role == Qt.ItemDataRole.DisplayRole:
            if kpi and kpi != LEAVE_OUT:
                return f"{name}\n→ {kpi}"
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if kpi == LEAVE_OUT:
                return QCoreApplication.translate("ImportModels", "Column {0} is left out").format(
                    name
                )
            if kpi:
                return QCoreApplication.translate(
                    "ImportModels", "Column {0} is imported into {1}"
                ).format(name, kpi)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        row = self._preview.rows[index.row()]
        cell = row[index.column()] if index.column() < len(row) else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(cell)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(cell, int | float):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self._left_out(index.column()):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None


@dataclass(frozen=True)
class KpiCounts:
    """One row of the dry run: a KPI (or the total) and its counts."""

    code: str
    name: str
    new: int
    changed: int
    unchanged: int
    is_total: bool = False


def _count_column(header: Callable[[], str], attr: str) -> Column[KpiCounts]:
    return Column(header, lambda r: str(getattr(r, attr)), lambda r: getattr(r, attr), numeric=True)


class SummaryModel(RowTableModel[KpiCounts]):
    """New, changed and unchanged values per KPI, and the total."""

    def columns(self) -> Sequence[Column[KpiCounts]]:
        return [
            Column(
                lambda: QCoreApplication.translate("ImportModels", "KPI"),
                lambda r: r.code,
                lambda r: r.code,
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "Name"),
                lambda r: r.name,
                lambda r: r.name,
            ),
            _count_column(lambda: QCoreApplication.translate("ImportModels", "New"), "new"),
            _count_column(lambda: QCoreApplication.translate("ImportModels", "Changed"), "changed"),
            _count_column(
                lambda: QCoreApplication.translate("ImportModels", "Unchanged"), "unchanged"
            ),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        valid = index.isValid() and index.row() < self.rowCount()
        if role == Qt.ItemDataRole.FontRole and valid and self.row_object(index.row()).is_total:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


def _decimals(value: float | None, at_least: int) -> int:
    """Enough decimals to show a file's value as written (at most 4)."""
    if value is None:
        return at_least
    for decimals in range(at_least, 4):
        if abs(round(value, decimals) - value) < 1e-9:
            return decimals
    return 4


class ChangesModel(RowTableModel[PlannedValue]):
    """Stored values the file would change: old → new."""

    def __init__(self, parent: Any = None) -> None:
        self.kpis: dict[str, Kpi] = {}
        self.lang = "en"
        super().__init__(parent)

    def _number(self, row: PlannedValue, value: float | None) -> str:
        kpi = self.kpis.get(row.kpi_code)
        decimals = kpi.decimals if kpi else 0
        return format_number(value, _decimals(value, decimals), self.lang)

    def columns(self) -> Sequence[Column[PlannedValue]]:
        return [
            Column(
                lambda: QCoreApplication.translate("ImportModels", "KPI"),
                lambda r: r.kpi_code,
                lambda r: r.kpi_code,
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "Segment"),
                lambda r: r.segment or QCoreApplication.translate("ImportModels", "total"),
                lambda r: r.segment,
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "Period"),
                lambda r: format_period(r.period, self.lang),
                lambda r: r.period_start,
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "Stored"),
                lambda r: self._number(r, r.old_value),
                lambda r: r.old_value,
                numeric=True,
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "In the file"),
                lambda r: self._number(r, r.value),
                lambda r: r.value,
                numeric=True,
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "File row"),
                lambda r: "" if r.row is None else str(r.row),
                lambda r: r.row,
                numeric=True,
            ),
        ]


class ProblemsModel(RowTableModel[ImportProblem]):
    """Every problem, with the file row and column it is in."""

    def columns(self) -> Sequence[Column[ImportProblem]]:
        return [
            Column(
                lambda: QCoreApplication.translate("ImportModels", "Row"),
                lambda p: "" if p.row is None else str(p.row),
                lambda p: p.row,
                numeric=True,
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "Column"),
                lambda p: "" if p.column is None else str(p.column),
                lambda p: str(p.column or ""),
            ),
            Column(
                lambda: QCoreApplication.translate("ImportModels", "Problem"),
                lambda p: p.message,
                lambda p: p.message,
            ),
        ]

    def tooltip(self, row: ImportProblem) -> str:
        return str(row)
