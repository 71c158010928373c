"""Describe a new business before its file is created."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kpidesk.domain.entities import Business
from kpidesk.gui.forms.ui_new_business_dialog import Ui_NewBusinessDialog
from kpidesk.gui.labels import industry_names, language_names


class NewBusinessDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NewBusinessDialog()
        self.ui.setupUi(self)
        for code, name in industry_names().items():
            self.ui.industry_combo.addItem(name, code)
        locale = QLocale()
        for month in range(1, 13):
            self.ui.fiscal_combo.addItem(locale.standaloneMonthName(month), month)
        for code, name in language_names().items():
            self.ui.language_combo.addItem(name, code)
        self.ui.language_combo.setCurrentIndex(self.ui.language_combo.findData(language))
        self.ui.error_label.hide()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.name_edit.textChanged.connect(lambda _: self.ui.error_label.hide())

    def accept(self) -> None:
        if not self.ui.name_edit.text().strip():
            self._fail(self.tr("Give the business a name."))
            self.ui.name_edit.setFocus()
            return
        if len(self.ui.currency_edit.text().strip()) != 3:
            self._fail(self.tr("The currency is a three-letter code such as NOK or EUR."))
            self.ui.currency_edit.setFocus()
            return
        super().accept()

    def _fail(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def business(self) -> Business:
        """The business as filled in."""
        return Business(
            name=self.ui.name_edit.text().strip(),
            industry=self.ui.industry_combo.currentData(),
            currency=self.ui.currency_edit.text().strip().upper(),
            fiscal_start_month=self.ui.fiscal_combo.currentData(),
            language=self.ui.language_combo.currentData(),
        )

    def ok_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
