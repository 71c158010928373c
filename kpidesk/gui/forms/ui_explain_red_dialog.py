# generated from ui/explain_red_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'explain_red_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ExplainRedDialog(object):
    def setupUi(self, ExplainRedDialog):
        if not ExplainRedDialog.objectName():
            ExplainRedDialog.setObjectName(u"ExplainRedDialog")
        ExplainRedDialog.resize(560, 300)
        self.outer = QVBoxLayout(ExplainRedDialog)
        self.outer.setObjectName(u"outer")
        self.title_label = QLabel(ExplainRedDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.outer.addWidget(self.title_label)

        self.values_label = QLabel(ExplainRedDialog)
        self.values_label.setObjectName(u"values_label")
        self.values_label.setText(u"")
        self.values_label.setWordWrap(True)
        self.values_label.setTextFormat(Qt.TextFormat.PlainText)

        self.outer.addWidget(self.values_label)

        self.comment_label = QLabel(ExplainRedDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.outer.addWidget(self.comment_label)

        self.comment_edit = QLineEdit(ExplainRedDialog)
        self.comment_edit.setObjectName(u"comment_edit")
        self.comment_edit.setMaxLength(300)
        self.comment_edit.setClearButtonEnabled(True)

        self.outer.addWidget(self.comment_edit)

        self.causes_label = QLabel(ExplainRedDialog)
        self.causes_label.setObjectName(u"causes_label")

        self.outer.addWidget(self.causes_label)

        self.causes_list = QListWidget(ExplainRedDialog)
        self.causes_list.setObjectName(u"causes_list")
        self.causes_list.setFlow(QListView.Flow.LeftToRight)
        self.causes_list.setProperty(u"isWrapping", True)
        self.causes_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.causes_list.setSpacing(4)
        self.causes_list.setUniformItemSizes(False)
        self.causes_list.setMinimumHeight(56)
        self.causes_list.setMaximumHeight(96)

        self.outer.addWidget(self.causes_list)

        self.tags_row = QHBoxLayout()
        self.tags_row.setObjectName(u"tags_row")
        self.edit_tags_button = QPushButton(ExplainRedDialog)
        self.edit_tags_button.setObjectName(u"edit_tags_button")
        self.edit_tags_button.setAutoDefault(False)

        self.tags_row.addWidget(self.edit_tags_button)

        self.tags_space = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tags_row.addItem(self.tags_space)


        self.outer.addLayout(self.tags_row)

        self.dont_ask_check = QCheckBox(ExplainRedDialog)
        self.dont_ask_check.setObjectName(u"dont_ask_check")

        self.outer.addWidget(self.dont_ask_check)

        self.buttons = QDialogButtonBox(ExplainRedDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.comment_label.setBuddy(self.comment_edit)
        self.causes_label.setBuddy(self.causes_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.comment_edit, self.causes_list)
        QWidget.setTabOrder(self.causes_list, self.edit_tags_button)
        QWidget.setTabOrder(self.edit_tags_button, self.dont_ask_check)

        self.retranslateUi(ExplainRedDialog)

        QMetaObject.connectSlotsByName(ExplainRedDialog)
    # setupUi

    def retranslateUi(self, ExplainRedDialog):
        ExplainRedDialog.setWindowTitle(QCoreApplication.translate("ExplainRedDialog", u"Why is it off track?", None))
#if QT_CONFIG(accessibility)
        self.values_label.setAccessibleName(QCoreApplication.translate("ExplainRedDialog", u"Values off track", None))
#endif // QT_CONFIG(accessibility)
        self.comment_label.setText(QCoreApplication.translate("ExplainRedDialog", u"What happened? A short &comment:", None))
#if QT_CONFIG(accessibility)
        self.comment_edit.setAccessibleName(QCoreApplication.translate("ExplainRedDialog", u"Comment", None))
#endif // QT_CONFIG(accessibility)
        self.comment_edit.setPlaceholderText(QCoreApplication.translate("ExplainRedDialog", u"e.g. the caf\u00e9 was closed for a week", None))
        self.causes_label.setText(QCoreApplication.translate("ExplainRedDialog", u"C&auses (tick any that apply):", None))
#if QT_CONFIG(accessibility)
        self.causes_list.setAccessibleName(QCoreApplication.translate("ExplainRedDialog", u"Cause tags", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.causes_list.setToolTip(QCoreApplication.translate("ExplainRedDialog", u"Tick the causes that explain the value; they show on the chart, in the grid and in the scorecard", None))
#endif // QT_CONFIG(tooltip)
        self.edit_tags_button.setText(QCoreApplication.translate("ExplainRedDialog", u"&Edit cause tags\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_tags_button.setAccessibleName(QCoreApplication.translate("ExplainRedDialog", u"Edit cause tags", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.edit_tags_button.setToolTip(QCoreApplication.translate("ExplainRedDialog", u"Add, rename or remove the cause tags of this business", None))
#endif // QT_CONFIG(tooltip)
        self.dont_ask_check.setText(QCoreApplication.translate("ExplainRedDialog", u"&Don't ask again (Preferences turns it back on)", None))
#if QT_CONFIG(accessibility)
        self.dont_ask_check.setAccessibleName(QCoreApplication.translate("ExplainRedDialog", u"Don't ask again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

