"""The grid's delegate: numbers for quantitative KPIs, scale labels for qualitative ones."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from kpidesk.gui.delegates.number import NumberDelegate, number_problem
from kpidesk.gui.delegates.score import ScoreDelegate, fits_combo
from kpidesk.gui.models.entry_format import SYMBOL_SIZE, lock_pixmap, status_pixmap
from kpidesk.gui.models.entry_model import SCALE_ROLE
from kpidesk.imports.numbers import NumberFormat

_PAD = 4
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_STATE_ACTIVE = QStyle.StateFlag.State_Active.value
_STATE_SELECTED = QStyle.StateFlag.State_Selected.value
_STATE_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ACTIVE, _INACTIVE = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
_MUTED = 170
_TAG_COLOUR = "#7A4FB0"
"""The cause-tag mark: the purple the chart uses for cause markers."""
_CORNER = 7
_HIGHLIGHT, _TEXT = QPalette.ColorRole.Highlight, QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_COMMIT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


def _corner(rect: QRect) -> QPainterPath:
    """A small triangle in the cell's top-right corner."""
    path = QPainterPath()
    right, top = rect.right() + 1, rect.top()
    path.moveTo(right - _CORNER, top)
    path.lineTo(right, top)
    path.lineTo(right, top + _CORNER)
    path.closeSubpath()
    return path


class EntryDelegate(QStyledItemDelegate):
    """Hands each cell to the number or the score delegate; says why typed text is refused."""

    invalid_input = Signal(str)
    """A sentence naming what is wrong with the typed text (for the status bar)."""

    def __init__(self, number_format: NumberFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.number = NumberDelegate(number_format, self)
        self.score = ScoreDelegate(self)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # Painted from the model's cached look, with Qt's enums turned into plain
        # ints up front: the style's generic item painting asks the model for ten
        # roles per cell, and Python enum arithmetic alone cost a third of a paint.
        look = index.model().look(index.row(), index.column())
        rect, state, palette = option.rect, option.state.value, option.palette
        group = _ACTIVE if state & _STATE_ACTIVE else _INACTIVE
        selected = state & _STATE_SELECTED
        if selected:
            painter.fillRect(rect, palette.brush(group, _HIGHLIGHT))
        elif look.background is not None:
            painter.fillRect(rect, look.background)
        if look.symbol is not None:
            top = rect.top() + (rect.height() - SYMBOL_SIZE) // 2
            # On the selection colour the symbol takes the selected text's colour.
            colour = palette.color(group, _HIGHLIGHTED_TEXT).name() if selected else ""
            pixmap = status_pixmap(look.symbol, painter.device().devicePixelRatioF(), colour)
            painter.drawPixmap(rect.left() + _PAD, top, pixmap)
        if look.locked:
            top = rect.top() + (rect.height() - SYMBOL_SIZE) // 2
            left = rect.left() + _PAD + (SYMBOL_SIZE + 1 if look.symbol is not None else 0)
            pixmap = lock_pixmap(painter.device().devicePixelRatioF())
            painter.drawPixmap(left, top, pixmap)
        if look.tagged:  # a corner mark, as spreadsheets mark a note
            painter.fillPath(_corner(rect), QColor(_TAG_COLOUR))
        if look.display:
            pen = palette.color(group, _HIGHLIGHTED_TEXT if selected else _TEXT)
            if look.locked and not selected:
                pen.setAlpha(_MUTED)  # greyed, yet readable: the values still count
            painter.setPen(pen)
            painter.drawText(rect.adjusted(_PAD, 0, -_PAD, 0), _RIGHT, look.display)
        if state & _STATE_FOCUS:
            painter.setPen(palette.color(group, _TEXT))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))

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
