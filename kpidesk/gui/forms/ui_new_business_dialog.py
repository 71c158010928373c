# generated from ui/new_business_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'new_business_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_NewBusinessDialog(object):
    def setupUi(self, NewBusinessDialog):
        if not NewBusinessDialog.objectName():
            NewBusinessDialog.setObjectName(u"NewBusinessDialog")
        NewBusinessDialog.resize(460, 260)
        self.outer = QVBoxLayout(NewBusinessDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(NewBusinessDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(NewBusinessDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.industry_label = QLabel(NewBusinessDialog)
        self.industry_label.setObjectName(u"industry_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.industry_label)

        self.industry_combo = QComboBox(NewBusinessDialog)
        self.industry_combo.setObjectName(u"industry_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.industry_combo)

        self.currency_label = QLabel(NewBusinessDialog)
        self.currency_label.setObjectName(u"currency_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.currency_label)

        self.currency_edit = QLineEdit(NewBusinessDialog)
        self.currency_edit.setObjectName(u"currency_edit")
        self.currency_edit.setText(u"NOK")
        self.currency_edit.setMaxLength(3)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.currency_edit)

        self.fiscal_label = QLabel(NewBusinessDialog)
        self.fiscal_label.setObjectName(u"fiscal_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fiscal_label)

        self.fiscal_combo = QComboBox(NewBusinessDialog)
        self.fiscal_combo.setObjectName(u"fiscal_combo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fiscal_combo)

        self.language_label = QLabel(NewBusinessDialog)
        self.language_label.setObjectName(u"language_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(NewBusinessDialog)
        self.language_combo.setObjectName(u"language_combo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language_combo)


        self.outer.addLayout(self.form)

        self.error_label = QLabel(NewBusinessDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(NewBusinessDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.industry_label.setBuddy(self.industry_combo)
        self.currency_label.setBuddy(self.currency_edit)
        self.fiscal_label.setBuddy(self.fiscal_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.industry_combo)
        QWidget.setTabOrder(self.industry_combo, self.currency_edit)
        QWidget.setTabOrder(self.currency_edit, self.fiscal_combo)
        QWidget.setTabOrder(self.fiscal_combo, self.language_combo)

        self.retranslateUi(NewBusinessDialog)

        QMetaObject.connectSlotsByName(NewBusinessDialog)
    # setupUi

    def retranslateUi(self, NewBusinessDialog):
        NewBusinessDialog.setWindowTitle(QCoreApplication.translate("NewBusinessDialog", u"New business", None))
        self.name_label.setText(QCoreApplication.translate("NewBusinessDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("NewBusinessDialog", u"Business name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("NewBusinessDialog", u"e.g. Fjordbakeriet AS", None))
        self.industry_label.setText(QCoreApplication.translate("NewBusinessDialog", u"&Industry:", None))
#if QT_CONFIG(accessibility)
        self.industry_combo.setAccessibleName(QCoreApplication.translate("NewBusinessDialog", u"Industry", None))
#endif // QT_CONFIG(accessibility)
        self.currency_label.setText(QCoreApplication.translate("NewBusinessDialog", u"&Currency:", None))
#if QT_CONFIG(accessibility)
        self.currency_edit.setAccessibleName(QCoreApplication.translate("NewBusinessDialog", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.fiscal_label.setText(QCoreApplication.translate("NewBusinessDialog", u"&Fiscal year starts in:", None))
#if QT_CONFIG(accessibility)
        self.fiscal_combo.setAccessibleName(QCoreApplication.translate("NewBusinessDialog", u"First month of the fiscal year", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("NewBusinessDialog", u"&Language of the business data:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("NewBusinessDialog", u"Language of the business data", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("NewBusinessDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

