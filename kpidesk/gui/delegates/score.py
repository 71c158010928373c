"""Choosing a score on a qualitative KPI's scale, by its words ("4 – Satisfied")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QRect, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kpidesk.domain.entities import Scale
from kpidesk.gui.models.entry_format import edit_text
from kpidesk.gui.models.entry_model import SCALE_ROLE

MAX_LEVELS = 101
"""Scales with more levels than this are typed as numbers instead."""


def scale_choices(scale: Scale) -> list[tuple[str, float]]:
    """(text, score) for every whole level of the scale, lowest first."""
    locale = QLocale()
    choices = []
    for level in range(int(scale.minimum), int(scale.maximum) + 1):
        label = scale.labels.get(level, "")
        number = locale.toString(level)
        choices.append((f"{number} – {label}" if label else number, float(level)))
    return choices


def fits_combo(scale: Scale | None) -> bool:
    return scale is not None and 0 < scale.maximum - scale.minimum + 1 <= MAX_LEVELS


class ScoreDelegate(QStyledItemDelegate):
    """A combo of the scale's levels with their labels, and an empty entry to clear."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(QCoreApplication.translate("ScoreDelegate", "Score"))
        combo.addItem(QCoreApplication.translate("ScoreDelegate", "(no score)"), None)
        for text, score in scale_choices(index.data(SCALE_ROLE)):
            combo.addItem(text, score)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value) if value is not None else 0
        if found < 0:  # a score between levels, e.g. an imported average
            editor.addItem(edit_text(value, QLocale()), value)
            found = editor.count() - 1
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> None:
        # The labels are longer than the numbers in the column: let the combo stick out.
        cell = QRect(option.rect)  # a copy: PySide hands out the option's own rect
        rect = QRect(cell)
        rect.setWidth(max(cell.width(), editor.sizeHint().width()))
        room = editor.parentWidget().width() if editor.parentWidget() else rect.right()
        if rect.right() > room:  # in the last columns, open towards the left
            rect.moveRight(max(room, cell.right()))
        editor.setGeometry(rect)
