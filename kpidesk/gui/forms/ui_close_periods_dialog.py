# generated from ui/close_periods_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'close_periods_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ClosePeriodsDialog(object):
    def setupUi(self, ClosePeriodsDialog):
        if not ClosePeriodsDialog.objectName():
            ClosePeriodsDialog.setObjectName(u"ClosePeriodsDialog")
        ClosePeriodsDialog.resize(520, 300)
        self.outer = QVBoxLayout(ClosePeriodsDialog)
        self.outer.setObjectName(u"outer")
        self.intro_label = QLabel(ClosePeriodsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setText(u"")
        self.intro_label.setWordWrap(True)

        self.outer.addWidget(self.intro_label)

        self.state_label = QLabel(ClosePeriodsDialog)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setText(u"")
        self.state_label.setWordWrap(True)

        self.outer.addWidget(self.state_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.through_label = QLabel(ClosePeriodsDialog)
        self.through_label.setObjectName(u"through_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.through_label)

        self.through_combo = QComboBox(ClosePeriodsDialog)
        self.through_combo.setObjectName(u"through_combo")
        self.through_combo.setMaxVisibleItems(16)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.through_combo)

        self.note_label = QLabel(ClosePeriodsDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(ClosePeriodsDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(300)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.outer.addLayout(self.form)

        self.effect_label = QLabel(ClosePeriodsDialog)
        self.effect_label.setObjectName(u"effect_label")
        self.effect_label.setText(u"")
        self.effect_label.setWordWrap(True)

        self.outer.addWidget(self.effect_label)

        self.error_label = QLabel(ClosePeriodsDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.bottom_space = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_space)

        self.buttons = QDialogButtonBox(ClosePeriodsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.through_label.setBuddy(self.through_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.through_combo, self.note_edit)

        self.retranslateUi(ClosePeriodsDialog)

        QMetaObject.connectSlotsByName(ClosePeriodsDialog)
    # setupUi

    def retranslateUi(self, ClosePeriodsDialog):
        ClosePeriodsDialog.setWindowTitle(QCoreApplication.translate("ClosePeriodsDialog", u"Close periods", None))
#if QT_CONFIG(accessibility)
        self.state_label.setAccessibleName(QCoreApplication.translate("ClosePeriodsDialog", u"Closed now", None))
#endif // QT_CONFIG(accessibility)
        self.through_label.setText(QCoreApplication.translate("ClosePeriodsDialog", u"&Through:", None))
#if QT_CONFIG(accessibility)
        self.through_combo.setAccessibleName(QCoreApplication.translate("ClosePeriodsDialog", u"Closed through", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("ClosePeriodsDialog", u"&Note:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ClosePeriodsDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.effect_label.setAccessibleName(QCoreApplication.translate("ClosePeriodsDialog", u"What happens", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ClosePeriodsDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

