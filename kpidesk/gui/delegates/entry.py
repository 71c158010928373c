"""The grid's delegate: numbers for quantitative KPIs, scale labels for qualitative ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from kpidesk.gui.delegates.number import NumberDelegate, number_problem
from kpidesk.gui.delegates.score import ScoreDelegate, fits_combo
from kpidesk.gui.models.entry_model import SCALE_ROLE
from kpidesk.imports.numbers import NumberFormat

_COMMIT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


class EntryDelegate(QStyledItemDelegate):
    """Hands each cell to the number or the score delegate; says why typed text is refused."""

    invalid_input = Signal(str)
    """A sentence naming what is wrong with the typed text (for the status bar)."""

    def __init__(self, number_format: NumberFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.number = NumberDelegate(number_format, self)
        self.score = ScoreDelegate(self)

    def _for(self, index: QModelIndex) -> QStyledItemDelegate:
        return self.score if fits_combo(index.data(SCALE_ROLE)) else self.number

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        return self._for(index).createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        self._of(editor).setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit) and (problem := self._problem(editor)):
            self.invalid_input.emit(problem)  # e.g. focus left the cell with bad text
            return
        self._of(editor).setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        self._of(editor).updateEditorGeometry(editor, option, index)

    def _of(self, editor: QWidget) -> QStyledItemDelegate:
        return self.score if isinstance(editor, QComboBox) else self.number

    def _problem(self, editor: QLineEdit) -> str:
        return number_problem(editor.text(), self.number.number_format)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt keeps an editor with unacceptable input open on Enter/Tab (the
        # validator); here the owner is told why, next to the cell.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.key() in _COMMIT_KEYS
            and (problem := self._problem(watched))
        ):
            QToolTip.showText(watched.mapToGlobal(watched.rect().bottomLeft()), problem, watched)
            self.invalid_input.emit(problem)
            return True
        return super().eventFilter(watched, event)
