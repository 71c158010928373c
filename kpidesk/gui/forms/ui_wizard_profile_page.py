# generated from ui/wizard_profile_page.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'wizard_profile_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_WizardProfilePage(object):
    def setupUi(self, WizardProfilePage):
        if not WizardProfilePage.objectName():
            WizardProfilePage.setObjectName(u"WizardProfilePage")
        WizardProfilePage.resize(560, 300)
        self.outer = QVBoxLayout(WizardProfilePage)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(WizardProfilePage)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(WizardProfilePage)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.industry_label = QLabel(WizardProfilePage)
        self.industry_label.setObjectName(u"industry_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.industry_label)

        self.industry_combo = QComboBox(WizardProfilePage)
        self.industry_combo.setObjectName(u"industry_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.industry_combo)

        self.size_label = QLabel(WizardProfilePage)
        self.size_label.setObjectName(u"size_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.size_label)

        self.size_combo = QComboBox(WizardProfilePage)
        self.size_combo.setObjectName(u"size_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.size_combo)

        self.currency_label = QLabel(WizardProfilePage)
        self.currency_label.setObjectName(u"currency_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency_edit = QLineEdit(WizardProfilePage)
        self.currency_edit.setObjectName(u"currency_edit")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumSize(QSize(80, 16777215))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currency_edit)

        self.fiscal_label = QLabel(WizardProfilePage)
        self.fiscal_label.setObjectName(u"fiscal_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fiscal_label)

        self.fiscal_combo = QComboBox(WizardProfilePage)
        self.fiscal_combo.setObjectName(u"fiscal_combo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fiscal_combo)


        self.outer.addLayout(self.form)

        self.error_label = QLabel(WizardProfilePage)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.industry_label.setBuddy(self.industry_combo)
        self.size_label.setBuddy(self.size_combo)
        self.currency_label.setBuddy(self.currency_edit)
        self.fiscal_label.setBuddy(self.fiscal_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.industry_combo)
        QWidget.setTabOrder(self.industry_combo, self.size_combo)
        QWidget.setTabOrder(self.size_combo, self.currency_edit)
        QWidget.setTabOrder(self.currency_edit, self.fiscal_combo)

        self.retranslateUi(WizardProfilePage)

        QMetaObject.connectSlotsByName(WizardProfilePage)
    # setupUi

    def retranslateUi(self, WizardProfilePage):
        WizardProfilePage.setTitle(QCoreApplication.translate("WizardProfilePage", u"Your business", None))
        WizardProfilePage.setSubTitle(QCoreApplication.translate("WizardProfilePage", u"A few facts about the business decide which KPIs fit and how periods are counted.", None))
        self.name_label.setText(QCoreApplication.translate("WizardProfilePage", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("WizardProfilePage", u"Business name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("WizardProfilePage", u"e.g. Fjordbakeriet AS", None))
        self.industry_label.setText(QCoreApplication.translate("WizardProfilePage", u"&Industry:", None))
#if QT_CONFIG(accessibility)
        self.industry_combo.setAccessibleName(QCoreApplication.translate("WizardProfilePage", u"Industry", None))
#endif // QT_CONFIG(accessibility)
        self.size_label.setText(QCoreApplication.translate("WizardProfilePage", u"&Size:", None))
#if QT_CONFIG(accessibility)
        self.size_combo.setAccessibleName(QCoreApplication.translate("WizardProfilePage", u"Size of the business", None))
#endif // QT_CONFIG(accessibility)
        self.currency_label.setText(QCoreApplication.translate("WizardProfilePage", u"&Currency:", None))
#if QT_CONFIG(accessibility)
        self.currency_edit.setAccessibleName(QCoreApplication.translate("WizardProfilePage", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.fiscal_label.setText(QCoreApplication.translate("WizardProfilePage", u"&Fiscal year starts in:", None))
#if QT_CONFIG(accessibility)
        self.fiscal_combo.setAccessibleName(QCoreApplication.translate("WizardProfilePage", u"First month of the fiscal year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("WizardProfilePage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

