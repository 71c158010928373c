"""Preferences: the UI language (applied at the next start) and whether to explain the red."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kpidesk.gui.labels import language_names
from kpidesk.gui.settings import Settings


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("The system's language"), "")
        for code, name in language_names().items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(settings.language))
        form = QFormLayout()
        label = QLabel(self.tr("&Language:"), self)
        label.setBuddy(self.language_combo)
        form.addRow(label, self.language_combo)
        note = QLabel(self.tr("A new language is used from the next start of KPIDesk."), self)
        note.setWordWrap(True)
        self.explain_check = QCheckBox(
            self.tr("&Ask for a comment when a value puts a KPI off track"), self
        )
        self.explain_check.setAccessibleName(self.tr("Explain values that are off track"))
        self.explain_check.setToolTip(
            self.tr(
                "After you type or paste a value that turns a KPI red, a short question asks "
                "what happened and which causes (season, stock-out …) explain it. You can skip it."
            )
        )
        self.explain_check.setChecked(settings.explain_red)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addWidget(self.explain_check)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = self.language_combo.currentData()
        self.settings.explain_red = self.explain_check.isChecked()
        super().accept()
