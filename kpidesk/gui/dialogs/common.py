"""Helpers the dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


def make_read_only(dialog: QDialog, buttons: QDialogButtonBox) -> None:
    """Let the user look but not change: for files opened read-only."""
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)
        elif isinstance(widget, QComboBox | QCheckBox | QPushButton) and not isinstance(
            widget.parent(), QDialogButtonBox
        ):
            widget.setEnabled(False)
        elif isinstance(widget, QAbstractItemView):
            widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
