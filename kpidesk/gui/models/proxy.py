"""A sort/filter proxy over a RowTableModel: sorts by SORT_ROLE, filters on objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from kpidesk.gui.models.table import OBJECT_ROLE, SORT_ROLE


def _key(value: Any) -> tuple[int, Any]:
    # Empty cells sort first; a QDate and a str never meet in one column.
    return (0, "") if value in (None, "") else (1, value)


class RowFilterProxy(QSortFilterProxyModel):
    """Subclasses decide in `accepts(obj)` which rows show."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._search = ""

    def refilter(self, change: Callable[[], None]) -> None:
        """Make `change` to the filter settings and filter again."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def set_search(self, text: str) -> None:
        self.refilter(lambda: setattr(self, "_search", text.strip().casefold()))

    def search_words(self) -> list[str]:
        return self._search.split()

    def accepts(self, obj: Any) -> bool:
        return True

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        return self.accepts(index.data(OBJECT_ROLE))

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = _key(left.data(SORT_ROLE)), _key(right.data(SORT_ROLE))
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def object_at(self, row: int) -> Any:
        return self.index(row, 0).data(OBJECT_ROLE)

    def matches(self, *texts: str) -> bool:
        """True when every search word occurs in one of `texts`."""
        haystack = " ".join(texts).casefold()
        return all(word in haystack for word in self.search_words())
