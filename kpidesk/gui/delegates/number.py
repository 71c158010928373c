"""Typing a number in the UI's format (`1 234,5` in nb, `1,234.5` in en)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kpidesk.gui.models.entry_format import edit_text, example_number
from kpidesk.imports.numbers import NumberFormat, parse_number


class NumberValidator(QValidator):
    """Accepts what parse_number reads; anything else is "not yet" so typing goes on.

    A line edit with unacceptable input keeps its editor open on Enter and Tab
    (Qt's delegate asks the validator first), so a bad value is never committed.
    """

    def __init__(self, number_format: NumberFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.number_format = number_format

    def validate(self, text: str, pos: int) -> object:
        try:
            parse_number(text, self.number_format)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


def number_problem(text: str, number_format: NumberFormat) -> str:
    """Why `text` is not a number, as a translated sentence; "" when it is one."""
    try:
        parse_number(text, number_format)
    except ValueError:
        return QCoreApplication.translate(
            "NumberDelegate", "“{0}” is not a number. Write numbers like {1}."
        ).format(text.strip(), example_number())
    return ""


class NumberDelegate(QStyledItemDelegate):
    """A line edit that reads and writes numbers with parse_number in the UI's format."""

    def __init__(self, number_format: NumberFormat, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.number_format = number_format

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setValidator(NumberValidator(self.number_format, editor))
        editor.setAccessibleName(
            QCoreApplication.translate("NumberDelegate", "Value for the selected cell")
        )
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setText(edit_text(index.data(Qt.ItemDataRole.EditRole), QLocale()))

    def value_of(self, editor: QLineEdit) -> float | None:
        """The number in the editor; ValueError when it holds none."""
        return parse_number(editor.text(), self.number_format)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex) -> None:
        try:
            value = self.value_of(editor)
        except ValueError:
            return  # the entry delegate has said why; nothing changes
        model.setData(index, value, Qt.ItemDataRole.EditRole)
