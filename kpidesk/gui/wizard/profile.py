"""Page 1: the business profile (name, industry, size, currency, fiscal year start)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from kpidesk.gui.forms.ui_wizard_profile_page import Ui_WizardProfilePage
from kpidesk.gui.labels import industry_names
from kpidesk.gui.wizard.common import StatePage
from kpidesk.gui.wizard.state import WizardState


def size_names() -> dict[str, str]:
    return {
        "1": QCoreApplication.translate("KpiWizard", "Just me"),
        "2-9": QCoreApplication.translate("KpiWizard", "2–9 people"),
        "10-49": QCoreApplication.translate("KpiWizard", "10–49 people"),
        "50+": QCoreApplication.translate("KpiWizard", "50 people or more"),
    }


class ProfilePage(StatePage):
    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.ui = Ui_WizardProfilePage()
        self.ui.setupUi(self)
        for code, name in industry_names().items():
            self.ui.industry_combo.addItem(name, code)
        self.ui.size_combo.addItem(self.tr("Not given"), "")
        for code, name in size_names().items():
            self.ui.size_combo.addItem(name, code)
        locale = QLocale()
        for month in range(1, 13):
            self.ui.fiscal_combo.addItem(locale.standaloneMonthName(month), month)
        self.ui.error_label.hide()
        self.ui.name_edit.textChanged.connect(lambda _: self.completeChanged.emit())
        self.ui.currency_edit.textChanged.connect(lambda _: self.completeChanged.emit())

    def initializePage(self) -> None:
        business = self.state.business
        ui = self.ui
        ui.name_edit.setText(business.name)
        ui.industry_combo.setCurrentIndex(max(0, ui.industry_combo.findData(business.industry)))
        ui.size_combo.setCurrentIndex(max(0, ui.size_combo.findData(business.size)))
        ui.currency_edit.setText(business.currency)
        ui.fiscal_combo.setCurrentIndex(business.fiscal_start_month - 1)

    def isComplete(self) -> bool:
        return (
            bool(self.ui.name_edit.text().strip())
            and len(self.ui.currency_edit.text().strip()) == 3
        )

    def validatePage(self) -> bool:
        self.state.business = replace(
            self.state.business,
            name=self.ui.name_edit.text().strip(),
            industry=self.ui.industry_combo.currentData(),
            size=self.ui.size_combo.currentData(),
            currency=self.ui.currency_edit.text().strip().upper(),
            fiscal_start_month=self.ui.fiscal_combo.currentData(),
        )
        return True
