# generated from ui/goals_screen.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'goals_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListView, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_GoalsScreen(object):
    def setupUi(self, GoalsScreen):
        if not GoalsScreen.objectName():
            GoalsScreen.setObjectName(u"GoalsScreen")
        GoalsScreen.resize(900, 560)
        self.outer = QVBoxLayout(GoalsScreen)
        self.outer.setObjectName(u"outer")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.search_label = QLabel(GoalsScreen)
        self.search_label.setObjectName(u"search_label")

        self.toolbar.addWidget(self.search_label)

        self.search_edit = QLineEdit(GoalsScreen)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.search_edit)

        self.show_archived_check = QCheckBox(GoalsScreen)
        self.show_archived_check.setObjectName(u"show_archived_check")

        self.toolbar.addWidget(self.show_archived_check)

        self.toolbar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbar_spacer)

        self.add_button = QPushButton(GoalsScreen)
        self.add_button.setObjectName(u"add_button")

        self.toolbar.addWidget(self.add_button)

        self.edit_button = QPushButton(GoalsScreen)
        self.edit_button.setObjectName(u"edit_button")

        self.toolbar.addWidget(self.edit_button)

        self.archive_button = QPushButton(GoalsScreen)
        self.archive_button.setObjectName(u"archive_button")

        self.toolbar.addWidget(self.archive_button)


        self.outer.addLayout(self.toolbar)

        self.splitter = QSplitter(GoalsScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.goals_table = QTableView(self.splitter)
        self.goals_table.setObjectName(u"goals_table")
        self.goals_table.setAlternatingRowColors(True)
        self.goals_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goals_table.setSortingEnabled(True)
        self.goals_table.setWordWrap(False)
        self.splitter.addWidget(self.goals_table)
        self.goals_table.horizontalHeader().setStretchLastSection(False)
        self.goals_table.verticalHeader().setVisible(False)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.description_label = QLabel(self.detail_panel)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"")
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_layout.addWidget(self.description_label)

        self.linked_label = QLabel(self.detail_panel)
        self.linked_label.setObjectName(u"linked_label")

        self.detail_layout.addWidget(self.linked_label)

        self.linked_list = QListView(self.detail_panel)
        self.linked_list.setObjectName(u"linked_list")
        self.linked_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detail_layout.addWidget(self.linked_list)

        self.detail_layout.setStretch(2, 1)
        self.splitter.addWidget(self.detail_panel)

        self.outer.addWidget(self.splitter)

        self.count_label = QLabel(GoalsScreen)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.outer.addWidget(self.count_label)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.linked_label.setBuddy(self.linked_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.show_archived_check)
        QWidget.setTabOrder(self.show_archived_check, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.archive_button)
        QWidget.setTabOrder(self.archive_button, self.goals_table)
        QWidget.setTabOrder(self.goals_table, self.linked_list)

        self.retranslateUi(GoalsScreen)

        QMetaObject.connectSlotsByName(GoalsScreen)
    # setupUi

    def retranslateUi(self, GoalsScreen):
        self.search_label.setText(QCoreApplication.translate("GoalsScreen", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"Search goals", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("GoalsScreen", u"Title, description or owner (Ctrl+F)", None))
        self.show_archived_check.setText(QCoreApplication.translate("GoalsScreen", u"Show archi&ved goals", None))
#if QT_CONFIG(accessibility)
        self.show_archived_check.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"Show archived goals", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("GoalsScreen", u"&New goal\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"New goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("GoalsScreen", u"Add a goal (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("GoalsScreen", u"Ed&it\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"Edit the selected goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("GoalsScreen", u"Edit the selected goal and its KPIs (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.archive_button.setText(QCoreApplication.translate("GoalsScreen", u"&Archive", None))
#if QT_CONFIG(accessibility)
        self.archive_button.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"Archive the selected goal", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.archive_button.setToolTip(QCoreApplication.translate("GoalsScreen", u"Hide the goal from lists; its history is kept", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.goals_table.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"Goals", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.description_label.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"Description of the selected goal", None))
#endif // QT_CONFIG(accessibility)
        self.linked_label.setText(QCoreApplication.translate("GoalsScreen", u"&KPIs serving this goal:", None))
#if QT_CONFIG(accessibility)
        self.linked_list.setAccessibleName(QCoreApplication.translate("GoalsScreen", u"KPIs serving the selected goal", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

