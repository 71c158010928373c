"""The grid's table view: Enter moves down like a spreadsheet, Tab moves right.

Typing into a cell that cannot be edited (a closed period) is not silently
ignored: the view tells the screen, which says why.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TRIGGER = QAbstractItemView.EditTrigger
_ASKED = (_TRIGGER.DoubleClicked, _TRIGGER.EditKeyPressed, _TRIGGER.AnyKeyPressed)
"""The triggers by which a person asks to edit a cell (not a click that selects it)."""


class EntryView(QTableView):
    """A QTableView that moves to the cell below after Enter (promoted in entry_screen.ui)."""

    edit_refused = Signal(QModelIndex)
    """The user tried to edit a cell whose model flags say it is read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        # Per item, the last page leaves an empty strip and cuts the first column.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def edit(
        self,
        index: QModelIndex | QPersistentModelIndex,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
    ) -> bool:
        if trigger is None:  # the public slot edit(index)
            super().edit(index)
            return self.state() == QAbstractItemView.State.EditingState
        started = super().edit(index, trigger, event)
        if (
            not started
            and trigger in _ASKED
            and index.isValid()
            and not index.flags() & Qt.ItemFlag.ItemIsEditable
        ):
            self.edit_refused.emit(QModelIndex(index))
        return started

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        # The delegate ends an edit with SubmitModelCache only on Enter.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move_down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            self._move_down(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        super().keyPressEvent(event)

    def _move_down(self, step: int = 1) -> None:
        current = self.currentIndex()
        below = current.siblingAtRow(current.row() + step)
        if below.isValid():
            self.setCurrentIndex(below)
