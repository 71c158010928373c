"""The change log as a table (who, when, what, old → new) and its filters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from kpidesk.gui.models.change_words import ChangeRow
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.models.proxy import RowFilterProxy
from kpidesk.gui.models.table import Column, RowTableModel, sort_key

WHEN, WHO, KPI, WHAT, OLD, NEW, NOTE = range(7)

translate = QCoreApplication.translate


def when_text(at: datetime) -> str:
    """ "27.11.2026 14:05" (nb) or "27 Nov 2026 14:05" (en)."""
    return f"{format_date(at.date())} {at:%H:%M}"


class ChangeLogModel(RowTableModel[ChangeRow]):
    """One row per change, newest first as loaded; sorts by time, person, KPI …

    The model sorts its own list (a Python sort of 100 000 rows takes a blink;
    a proxy asking Python for two cells per comparison takes many seconds).
    """

    def columns(self) -> Sequence[Column[ChangeRow]]:
        return (
            Column(
                lambda: translate("ChangeLogModel", "When"),
                lambda r: when_text(r.entry.at),
                # Seconds repeat within one save: the entry's number keeps their order.
                lambda r: f"{r.entry.at.isoformat()} {r.entry.id:012d}",
            ),
            Column(lambda: translate("ChangeLogModel", "Who"), lambda r: r.entry.who, _who),
            Column(lambda: translate("ChangeLogModel", "KPI"), lambda r: r.kpi, lambda r: r.kpi),
            Column(lambda: translate("ChangeLogModel", "What"), lambda r: r.what, lambda r: r.what),
            Column(lambda: translate("ChangeLogModel", "Old"), lambda r: r.old, lambda r: r.old),
            Column(lambda: translate("ChangeLogModel", "New"), lambda r: r.new, lambda r: r.new),
            Column(lambda: translate("ChangeLogModel", "Note"), lambda r: r.note, lambda r: r.note),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        objects = [(self._rows[i.row()], i.column()) for i in kept]
        self._rows.sort(
            key=lambda r: sort_key(key(r)), reverse=order == Qt.SortOrder.DescendingOrder
        )
        where = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            kept, [self.index(where[id(obj)], column) for obj, column in objects]
        )
        self.layoutChanged.emit()

    def tooltip(self, row: ChangeRow) -> str:
        lines = [row.what]
        if row.old or row.new:
            lines.append(f"{row.old or '–'} → {row.new or '–'}")
        if row.note:
            lines.append(row.note)
        return "\n".join(lines)


def _who(row: ChangeRow) -> str:
    return row.entry.who


class ChangeLogFilter(RowFilterProxy):
    """Shows the changes of one KPI, kind, person and date range that match the search."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.kpi_id: int | None = None
        self.kind = ""
        self.who = ""
        self.first: date | None = None
        self.last: date | None = None

    def set_filter(self, name: str, value: Any) -> None:
        """Set one filter: kpi_id, kind, who, first or last (None or "" for any)."""
        if name not in ("kpi_id", "kind", "who", "first", "last"):
            raise ValueError(name)
        self.refilter(lambda: setattr(self, name, value))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the model's (fast); the proxy keeps its order and only filters."""
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        # The row object straight from the list: no index and no variant per row.
        return self.accepts(self.sourceModel().row_object(row))

    def accepts(self, row: ChangeRow) -> bool:
        entry = row.entry
        day = entry.at.date()
        return (
            (self.kpi_id is None or entry.kpi_id == self.kpi_id)
            and (not self.kind or row.kind == self.kind)
            and (not self.who or entry.who == self.who)
            and (self.first is None or day >= self.first)
            and (self.last is None or day <= self.last)
            and self.matches(*row.texts())
        )
