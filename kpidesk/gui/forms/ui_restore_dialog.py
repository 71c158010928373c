# generated from ui/restore_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget, QVBoxLayout

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 400)
        self.outer = QVBoxLayout(RestoreDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(RestoreDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.outer.addWidget(self.intro)

        self.backups_label = QLabel(RestoreDialog)
        self.backups_label.setObjectName(u"backups_label")

        self.outer.addWidget(self.backups_label)

        self.backups_table = QTableWidget(RestoreDialog)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.outer.addWidget(self.backups_table)

        self.empty_label = QLabel(RestoreDialog)
        self.empty_label.setObjectName(u"empty_label")

        self.outer.addWidget(self.empty_label)

        self.buttons = QDialogButtonBox(RestoreDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.backups_label.setBuddy(self.backups_table)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore from backup", None))
        self.intro.setText(QCoreApplication.translate("RestoreDialog", u"Choose a backup to put in place of the open file. The current file is kept beside it as a copy ending in \u201c.before-restore\u201d.", None))
        self.backups_label.setText(QCoreApplication.translate("RestoreDialog", u"&Backups, newest first:", None))
#if QT_CONFIG(accessibility)
        self.backups_table.setAccessibleName(QCoreApplication.translate("RestoreDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("RestoreDialog", u"There are no backups of this file yet.", None))
    # retranslateUi

