# generated from ui/home_screen.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QRect, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QVBoxLayout, QWidget

from kpidesk.gui.widgets.reminder_list import ReminderList

class Ui_HomeScreen(object):
    def setupUi(self, HomeScreen):
        if not HomeScreen.objectName():
            HomeScreen.setObjectName(u"HomeScreen")
        HomeScreen.resize(1200, 760)
        self.outer = QVBoxLayout(HomeScreen)
        self.outer.setObjectName(u"outer")
        self.controls = QHBoxLayout()
        self.controls.setSpacing(6)
        self.controls.setObjectName(u"controls")
        self.view_label = QLabel(HomeScreen)
        self.view_label.setObjectName(u"view_label")

        self.controls.addWidget(self.view_label)

        self.view_combo = QComboBox(HomeScreen)
        self.view_combo.setObjectName(u"view_combo")

        self.controls.addWidget(self.view_combo)

        self.period_combo = QComboBox(HomeScreen)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setMaxVisibleItems(16)

        self.controls.addWidget(self.period_combo)

        self.period_space = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.period_space)

        self.goal_label = QLabel(HomeScreen)
        self.goal_label.setObjectName(u"goal_label")

        self.controls.addWidget(self.goal_label)

        self.goal_filter = QComboBox(HomeScreen)
        self.goal_filter.setObjectName(u"goal_filter")
        self.goal_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal_filter.setMinimumContentsLength(14)

        self.controls.addWidget(self.goal_filter)

        self.owner_label = QLabel(HomeScreen)
        self.owner_label.setObjectName(u"owner_label")

        self.controls.addWidget(self.owner_label)

        self.owner_filter = QComboBox(HomeScreen)
        self.owner_filter.setObjectName(u"owner_filter")

        self.controls.addWidget(self.owner_filter)

        self.channel_label = QLabel(HomeScreen)
        self.channel_label.setObjectName(u"channel_label")

        self.controls.addWidget(self.channel_label)

        self.channel_filter = QComboBox(HomeScreen)
        self.channel_filter.setObjectName(u"channel_filter")

        self.controls.addWidget(self.channel_filter)

        self.controls_space = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.controls_space)

        self.present_button = QPushButton(HomeScreen)
        self.present_button.setObjectName(u"present_button")

        self.controls.addWidget(self.present_button)


        self.outer.addLayout(self.controls)

        self.summary_label = QLabel(HomeScreen)
        self.summary_label.setObjectName(u"summary_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summary_label.sizePolicy().hasHeightForWidth())
        self.summary_label.setSizePolicy(sizePolicy)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.outer.addWidget(self.summary_label)

        self.splitter = QSplitter(HomeScreen)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.todo_panel = QWidget(self.splitter)
        self.todo_panel.setObjectName(u"todo_panel")
        self.todo_layout = QVBoxLayout(self.todo_panel)
        self.todo_layout.setObjectName(u"todo_layout")
        self.todo_layout.setContentsMargins(0, 0, 0, 0)
        self.todo_title = QLabel(self.todo_panel)
        self.todo_title.setObjectName(u"todo_title")

        self.todo_layout.addWidget(self.todo_title)

        self.todo_list = ReminderList(self.todo_panel)
        self.todo_list.setObjectName(u"todo_list")
        self.todo_list.setWordWrap(True)
        self.todo_list.setUniformItemSizes(False)

        self.todo_layout.addWidget(self.todo_list)

        self.todo_action_button = QPushButton(self.todo_panel)
        self.todo_action_button.setObjectName(u"todo_action_button")
        self.todo_action_button.setText(u"")

        self.todo_layout.addWidget(self.todo_action_button)

        self.splitter.addWidget(self.todo_panel)
        self.dashboard_scroll = QScrollArea(self.splitter)
        self.dashboard_scroll.setObjectName(u"dashboard_scroll")
        self.dashboard_scroll.setWidgetResizable(True)
        self.dashboard_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dashboard_content = QWidget()
        self.dashboard_content.setObjectName(u"dashboard_content")
        self.dashboard_content.setGeometry(QRect(0, 0, 800, 600))
        self.dashboard_scroll.setWidget(self.dashboard_content)
        self.splitter.addWidget(self.dashboard_scroll)

        self.outer.addWidget(self.splitter)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.view_label.setBuddy(self.view_combo)
        self.goal_label.setBuddy(self.goal_filter)
        self.owner_label.setBuddy(self.owner_filter)
        self.channel_label.setBuddy(self.channel_filter)
        self.todo_title.setBuddy(self.todo_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.view_combo, self.period_combo)
        QWidget.setTabOrder(self.period_combo, self.goal_filter)
        QWidget.setTabOrder(self.goal_filter, self.owner_filter)
        QWidget.setTabOrder(self.owner_filter, self.channel_filter)
        QWidget.setTabOrder(self.channel_filter, self.present_button)
        QWidget.setTabOrder(self.present_button, self.todo_list)
        QWidget.setTabOrder(self.todo_list, self.todo_action_button)
        QWidget.setTabOrder(self.todo_action_button, self.dashboard_scroll)

        self.retranslateUi(HomeScreen)

        QMetaObject.connectSlotsByName(HomeScreen)
    # setupUi

    def retranslateUi(self, HomeScreen):
        self.view_label.setText(QCoreApplication.translate("HomeScreen", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.view_combo.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Kind of period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.view_combo.setToolTip(QCoreApplication.translate("HomeScreen", u"A month, a quarter, a year, or the year so far", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.period_combo.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Period shown", None))
#endif // QT_CONFIG(accessibility)
        self.goal_label.setText(QCoreApplication.translate("HomeScreen", u"&Goal:", None))
#if QT_CONFIG(accessibility)
        self.goal_filter.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Show the KPIs of a goal", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("HomeScreen", u"O&wner:", None))
#if QT_CONFIG(accessibility)
        self.owner_filter.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Show the KPIs of an owner", None))
#endif // QT_CONFIG(accessibility)
        self.channel_label.setText(QCoreApplication.translate("HomeScreen", u"C&hannel:", None))
#if QT_CONFIG(accessibility)
        self.channel_filter.setAccessibleName(QCoreApplication.translate("HomeScreen", u"Show the KPIs of a marketing channel", None))
#endif // QT_CONFIG(accessibility)
        self.present_button.setText(QCoreApplication.translate("HomeScreen", u"P&resent", None))
#if QT_CONFIG(tooltip)
        self.present_button.setToolTip(QCoreApplication.translate("HomeScreen", u"Full screen, one goal at a time, for a team meeting (F11)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.summary_label.setAccessibleName(QCoreApplication.translate("HomeScreen", u"How the goals are doing", None))
#endif // QT_CONFIG(accessibility)
        self.todo_title.setText(QCoreApplication.translate("HomeScreen", u"&To do", None))
#if QT_CONFIG(accessibility)
        self.todo_list.setAccessibleName(QCoreApplication.translate("HomeScreen", u"To do", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.todo_list.setToolTip(QCoreApplication.translate("HomeScreen", u"Click or press Enter to take care of it; right-click for more", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.todo_action_button.setToolTip(QCoreApplication.translate("HomeScreen", u"Take care of the reminder chosen in the list", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.dashboard_scroll.setAccessibleName(QCoreApplication.translate("HomeScreen", u"KPIs by goal", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

