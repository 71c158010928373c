# generated from ui/cause_tags_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cause_tags_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_CauseTagsDialog(object):
    def setupUi(self, CauseTagsDialog):
        if not CauseTagsDialog.objectName():
            CauseTagsDialog.setObjectName(u"CauseTagsDialog")
        CauseTagsDialog.resize(460, 360)
        self.outer = QVBoxLayout(CauseTagsDialog)
        self.outer.setObjectName(u"outer")
        self.intro_label = QLabel(CauseTagsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer.addWidget(self.intro_label)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.tags_list = QListWidget(CauseTagsDialog)
        self.tags_list.setObjectName(u"tags_list")
        self.tags_list.setAlternatingRowColors(True)

        self.body.addWidget(self.tags_list)

        self.buttons_column = QVBoxLayout()
        self.buttons_column.setObjectName(u"buttons_column")
        self.add_button = QPushButton(CauseTagsDialog)
        self.add_button.setObjectName(u"add_button")
        self.add_button.setAutoDefault(False)

        self.buttons_column.addWidget(self.add_button)

        self.rename_button = QPushButton(CauseTagsDialog)
        self.rename_button.setObjectName(u"rename_button")
        self.rename_button.setAutoDefault(False)

        self.buttons_column.addWidget(self.rename_button)

        self.remove_button = QPushButton(CauseTagsDialog)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.buttons_column.addWidget(self.remove_button)

        self.buttons_space = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.buttons_column.addItem(self.buttons_space)


        self.body.addLayout(self.buttons_column)


        self.outer.addLayout(self.body)

        self.message_label = QLabel(CauseTagsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.outer.addWidget(self.message_label)

        self.buttons = QDialogButtonBox(CauseTagsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

        QWidget.setTabOrder(self.tags_list, self.add_button)
        QWidget.setTabOrder(self.add_button, self.rename_button)
        QWidget.setTabOrder(self.rename_button, self.remove_button)

        self.retranslateUi(CauseTagsDialog)

        QMetaObject.connectSlotsByName(CauseTagsDialog)
    # setupUi

    def retranslateUi(self, CauseTagsDialog):
        CauseTagsDialog.setWindowTitle(QCoreApplication.translate("CauseTagsDialog", u"Cause tags", None))
        self.intro_label.setText(QCoreApplication.translate("CauseTagsDialog", u"Cause tags explain values that are off track: tick them when you comment a red value. They show on the charts, in the grid and in the scorecard.", None))
#if QT_CONFIG(accessibility)
        self.tags_list.setAccessibleName(QCoreApplication.translate("CauseTagsDialog", u"Cause tags", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("CauseTagsDialog", u"&Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("CauseTagsDialog", u"Add a cause tag", None))
#endif // QT_CONFIG(accessibility)
        self.rename_button.setText(QCoreApplication.translate("CauseTagsDialog", u"&Rename\u2026", None))
#if QT_CONFIG(accessibility)
        self.rename_button.setAccessibleName(QCoreApplication.translate("CauseTagsDialog", u"Rename the selected cause tag", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("CauseTagsDialog", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("CauseTagsDialog", u"Remove the selected cause tag", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("CauseTagsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

