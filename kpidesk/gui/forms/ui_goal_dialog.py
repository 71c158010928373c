# generated from ui/goal_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goal_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_GoalDialog(object):
    def setupUi(self, GoalDialog):
        if not GoalDialog.objectName():
            GoalDialog.setObjectName(u"GoalDialog")
        GoalDialog.resize(620, 560)
        self.outer = QVBoxLayout(GoalDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.title_label = QLabel(GoalDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(GoalDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.description_label = QLabel(GoalDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(GoalDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.horizon_label = QLabel(GoalDialog)
        self.horizon_label.setObjectName(u"horizon_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.horizon_label)

        self.horizon_combo = QComboBox(GoalDialog)
        self.horizon_combo.setObjectName(u"horizon_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.horizon_combo)

        self.area_label = QLabel(GoalDialog)
        self.area_label.setObjectName(u"area_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_combo = QComboBox(GoalDialog)
        self.area_combo.setObjectName(u"area_combo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.area_combo)

        self.owner_label = QLabel(GoalDialog)
        self.owner_label.setObjectName(u"owner_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_combo = QComboBox(GoalDialog)
        self.owner_combo.setObjectName(u"owner_combo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_combo)

        self.due_check = QCheckBox(GoalDialog)
        self.due_check.setObjectName(u"due_check")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.due_check)

        self.due_date_edit = QDateEdit(GoalDialog)
        self.due_date_edit.setObjectName(u"due_date_edit")
        self.due_date_edit.setCalendarPopup(True)
        self.due_date_edit.setEnabled(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.due_date_edit)


        self.outer.addLayout(self.form)

        self.kpis_label = QLabel(GoalDialog)
        self.kpis_label.setObjectName(u"kpis_label")

        self.outer.addWidget(self.kpis_label)

        self.kpi_list = QListWidget(GoalDialog)
        self.kpi_list.setObjectName(u"kpi_list")
        self.kpi_list.setAlternatingRowColors(True)

        self.outer.addWidget(self.kpi_list)

        self.kpi_hint_label = QLabel(GoalDialog)
        self.kpi_hint_label.setObjectName(u"kpi_hint_label")
        self.kpi_hint_label.setText(u"")
        self.kpi_hint_label.setWordWrap(True)

        self.outer.addWidget(self.kpi_hint_label)

        self.error_label = QLabel(GoalDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(GoalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title_edit)
        self.description_label.setBuddy(self.description_edit)
        self.horizon_label.setBuddy(self.horizon_combo)
        self.area_label.setBuddy(self.area_combo)
        self.owner_label.setBuddy(self.owner_combo)
        self.kpis_label.setBuddy(self.kpi_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.title_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.horizon_combo)
        QWidget.setTabOrder(self.horizon_combo, self.area_combo)
        QWidget.setTabOrder(self.area_combo, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.due_check)
        QWidget.setTabOrder(self.due_check, self.due_date_edit)
        QWidget.setTabOrder(self.due_date_edit, self.kpi_list)

        self.retranslateUi(GoalDialog)

        QMetaObject.connectSlotsByName(GoalDialog)
    # setupUi

    def retranslateUi(self, GoalDialog):
        GoalDialog.setWindowTitle(QCoreApplication.translate("GoalDialog", u"Goal", None))
        self.title_label.setText(QCoreApplication.translate("GoalDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.title_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.title_edit.setPlaceholderText(QCoreApplication.translate("GoalDialog", u"e.g. Grow online sales by 30 % by the end of next year", None))
        self.description_label.setText(QCoreApplication.translate("GoalDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.description_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.horizon_label.setText(QCoreApplication.translate("GoalDialog", u"&Horizon:", None))
#if QT_CONFIG(accessibility)
        self.horizon_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Horizon", None))
#endif // QT_CONFIG(accessibility)
        self.area_label.setText(QCoreApplication.translate("GoalDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("GoalDialog", u"&Owner:", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.due_check.setText(QCoreApplication.translate("GoalDialog", u"D&ue by:", None))
#if QT_CONFIG(accessibility)
        self.due_check.setAccessibleName(QCoreApplication.translate("GoalDialog", u"The goal has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.due_date_edit.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.kpis_label.setText(QCoreApplication.translate("GoalDialog", u"&KPIs that serve this goal (tick to link, untick to unlink):", None))
#if QT_CONFIG(accessibility)
        self.kpi_list.setAccessibleName(QCoreApplication.translate("GoalDialog", u"KPIs that serve this goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("GoalDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

