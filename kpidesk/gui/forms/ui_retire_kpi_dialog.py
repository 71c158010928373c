# generated from ui/retire_kpi_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'retire_kpi_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_RetireKpiDialog(object):
    def setupUi(self, RetireKpiDialog):
        if not RetireKpiDialog.objectName():
            RetireKpiDialog.setObjectName(u"RetireKpiDialog")
        RetireKpiDialog.resize(480, 240)
        self.outer = QVBoxLayout(RetireKpiDialog)
        self.outer.setObjectName(u"outer")
        self.intro_label = QLabel(RetireKpiDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.outer.addWidget(self.intro_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.retired_on_label = QLabel(RetireKpiDialog)
        self.retired_on_label.setObjectName(u"retired_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.retired_on_label)

        self.retired_on_date = QDateEdit(RetireKpiDialog)
        self.retired_on_date.setObjectName(u"retired_on_date")
        self.retired_on_date.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.retired_on_date)

        self.reason_label = QLabel(RetireKpiDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(RetireKpiDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.replacement_label = QLabel(RetireKpiDialog)
        self.replacement_label.setObjectName(u"replacement_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replacement_label)

        self.replacement_combo = QComboBox(RetireKpiDialog)
        self.replacement_combo.setObjectName(u"replacement_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.replacement_combo)


        self.outer.addLayout(self.form)

        self.error_label = QLabel(RetireKpiDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(RetireKpiDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.retired_on_label.setBuddy(self.retired_on_date)
        self.reason_label.setBuddy(self.reason_edit)
        self.replacement_label.setBuddy(self.replacement_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.retired_on_date, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.replacement_combo)

        self.retranslateUi(RetireKpiDialog)

        QMetaObject.connectSlotsByName(RetireKpiDialog)
    # setupUi

    def retranslateUi(self, RetireKpiDialog):
        RetireKpiDialog.setWindowTitle(QCoreApplication.translate("RetireKpiDialog", u"Retire KPI", None))
        self.retired_on_label.setText(QCoreApplication.translate("RetireKpiDialog", u"Retired &from:", None))
#if QT_CONFIG(accessibility)
        self.retired_on_date.setAccessibleName(QCoreApplication.translate("RetireKpiDialog", u"Retired from", None))
#endif // QT_CONFIG(accessibility)
        self.reason_label.setText(QCoreApplication.translate("RetireKpiDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reason_edit.setAccessibleName(QCoreApplication.translate("RetireKpiDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("RetireKpiDialog", u"e.g. replaced by a better measure", None))
        self.replacement_label.setText(QCoreApplication.translate("RetireKpiDialog", u"Replaced &by:", None))
#if QT_CONFIG(accessibility)
        self.replacement_combo.setAccessibleName(QCoreApplication.translate("RetireKpiDialog", u"Replaced by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("RetireKpiDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

