# generated from ui/custom_kpi_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custom_kpi_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_CustomKpiDialog(object):
    def setupUi(self, CustomKpiDialog):
        if not CustomKpiDialog.objectName():
            CustomKpiDialog.setObjectName(u"CustomKpiDialog")
        CustomKpiDialog.resize(480, 320)
        self.outer = QVBoxLayout(CustomKpiDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.name_label = QLabel(CustomKpiDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(CustomKpiDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.code_label = QLabel(CustomKpiDialog)
        self.code_label.setObjectName(u"code_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(CustomKpiDialog)
        self.code_edit.setObjectName(u"code_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.goal_label = QLabel(CustomKpiDialog)
        self.goal_label.setObjectName(u"goal_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.goal_label)

        self.goal_combo = QComboBox(CustomKpiDialog)
        self.goal_combo.setObjectName(u"goal_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.goal_combo)

        self.unit_label = QLabel(CustomKpiDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_combo = QComboBox(CustomKpiDialog)
        self.unit_combo.setObjectName(u"unit_combo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_combo)

        self.direction_label = QLabel(CustomKpiDialog)
        self.direction_label.setObjectName(u"direction_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.direction_label)

        self.direction_combo = QComboBox(CustomKpiDialog)
        self.direction_combo.setObjectName(u"direction_combo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.direction_combo)

        self.frequency_label = QLabel(CustomKpiDialog)
        self.frequency_label.setObjectName(u"frequency_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.frequency_label)

        self.frequency_combo = QComboBox(CustomKpiDialog)
        self.frequency_combo.setObjectName(u"frequency_combo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.frequency_combo)

        self.timing_label = QLabel(CustomKpiDialog)
        self.timing_label.setObjectName(u"timing_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timing_label)

        self.timing_combo = QComboBox(CustomKpiDialog)
        self.timing_combo.setObjectName(u"timing_combo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.timing_combo)


        self.outer.addLayout(self.form)

        self.error_label = QLabel(CustomKpiDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(CustomKpiDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.code_label.setBuddy(self.code_edit)
        self.goal_label.setBuddy(self.goal_combo)
        self.unit_label.setBuddy(self.unit_combo)
        self.direction_label.setBuddy(self.direction_combo)
        self.frequency_label.setBuddy(self.frequency_combo)
        self.timing_label.setBuddy(self.timing_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.goal_combo)
        QWidget.setTabOrder(self.goal_combo, self.unit_combo)
        QWidget.setTabOrder(self.unit_combo, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.frequency_combo)
        QWidget.setTabOrder(self.frequency_combo, self.timing_combo)

        self.retranslateUi(CustomKpiDialog)

        QMetaObject.connectSlotsByName(CustomKpiDialog)
    # setupUi

    def retranslateUi(self, CustomKpiDialog):
        CustomKpiDialog.setWindowTitle(QCoreApplication.translate("CustomKpiDialog", u"Your own KPI", None))
        self.name_label.setText(QCoreApplication.translate("CustomKpiDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"KPI name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CustomKpiDialog", u"e.g. Cakes sold before noon", None))
        self.code_label.setText(QCoreApplication.translate("CustomKpiDialog", u"C&ode:", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"KPI code", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.code_edit.setToolTip(QCoreApplication.translate("CustomKpiDialog", u"A short unique code in capital letters, used in formulas and imports.", None))
#endif // QT_CONFIG(tooltip)
        self.goal_label.setText(QCoreApplication.translate("CustomKpiDialog", u"&Goal:", None))
#if QT_CONFIG(accessibility)
        self.goal_combo.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"Goal the KPI serves", None))
#endif // QT_CONFIG(accessibility)
        self.unit_label.setText(QCoreApplication.translate("CustomKpiDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unit_combo.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.direction_label.setText(QCoreApplication.translate("CustomKpiDialog", u"&Better when:", None))
#if QT_CONFIG(accessibility)
        self.direction_combo.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"Direction", None))
#endif // QT_CONFIG(accessibility)
        self.frequency_label.setText(QCoreApplication.translate("CustomKpiDialog", u"&Measured every:", None))
#if QT_CONFIG(accessibility)
        self.frequency_combo.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"Frequency", None))
#endif // QT_CONFIG(accessibility)
        self.timing_label.setText(QCoreApplication.translate("CustomKpiDialog", u"&Leading or lagging:", None))
#if QT_CONFIG(accessibility)
        self.timing_combo.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"Leading or lagging", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.timing_combo.setToolTip(QCoreApplication.translate("CustomKpiDialog", u"Leading: an early warning you can act on. Lagging: the result you want in the end.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("CustomKpiDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

