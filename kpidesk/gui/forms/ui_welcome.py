# generated from ui/welcome.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_Welcome(object):
    def setupUi(self, Welcome):
        if not Welcome.objectName():
            Welcome.setObjectName(u"Welcome")
        Welcome.resize(900, 600)
        self.outer = QVBoxLayout(Welcome)
        self.outer.setObjectName(u"outer")
        self.top_space = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.top_space)

        self.center = QHBoxLayout()
        self.center.setObjectName(u"center")
        self.left_space = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.center.addItem(self.left_space)

        self.column = QVBoxLayout()
        self.column.setSpacing(12)
        self.column.setObjectName(u"column")
        self.title = QLabel(Welcome)
        self.title.setObjectName(u"title")

        self.column.addWidget(self.title)

        self.subtitle = QLabel(Welcome)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setWordWrap(True)

        self.column.addWidget(self.subtitle)

        self.new_button = QPushButton(Welcome)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setMinimumSize(QSize(320, 44))

        self.column.addWidget(self.new_button)

        self.open_button = QPushButton(Welcome)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setMinimumSize(QSize(320, 44))

        self.column.addWidget(self.open_button)

        self.demo_button = QPushButton(Welcome)
        self.demo_button.setObjectName(u"demo_button")
        self.demo_button.setMinimumSize(QSize(320, 44))

        self.column.addWidget(self.demo_button)

        self.recent_label = QLabel(Welcome)
        self.recent_label.setObjectName(u"recent_label")

        self.column.addWidget(self.recent_label)

        self.recent_list = QListWidget(Welcome)
        self.recent_list.setObjectName(u"recent_list")
        self.recent_list.setMaximumSize(QSize(16777215, 180))

        self.column.addWidget(self.recent_list)


        self.center.addLayout(self.column)

        self.right_space = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.center.addItem(self.right_space)


        self.outer.addLayout(self.center)

        self.bottom_space = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_space)

#if QT_CONFIG(shortcut)
        self.recent_label.setBuddy(self.recent_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.new_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.recent_list)

        self.retranslateUi(Welcome)

        QMetaObject.connectSlotsByName(Welcome)
    # setupUi

    def retranslateUi(self, Welcome):
        self.title.setText(QCoreApplication.translate("Welcome", u"Welcome to KPIDesk", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("Welcome", u"Welcome to KPIDesk", None))
#endif // QT_CONFIG(accessibility)
        self.subtitle.setText(QCoreApplication.translate("Welcome", u"Set goals, choose the right KPIs, follow them every month.", None))
#if QT_CONFIG(accessibility)
        self.subtitle.setAccessibleName(QCoreApplication.translate("Welcome", u"About KPIDesk", None))
#endif // QT_CONFIG(accessibility)
        self.new_button.setText(QCoreApplication.translate("Welcome", u"&New business\u2026", None))
#if QT_CONFIG(accessibility)
        self.new_button.setAccessibleName(QCoreApplication.translate("Welcome", u"New business", None))
#endif // QT_CONFIG(accessibility)
        self.open_button.setText(QCoreApplication.translate("Welcome", u"&Open a file\u2026", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("Welcome", u"Open a file", None))
#endif // QT_CONFIG(accessibility)
        self.demo_button.setText(QCoreApplication.translate("Welcome", u"Open the &demo business", None))
#if QT_CONFIG(accessibility)
        self.demo_button.setAccessibleName(QCoreApplication.translate("Welcome", u"Open the demo business", None))
#endif // QT_CONFIG(accessibility)
        self.recent_label.setText(QCoreApplication.translate("Welcome", u"&Recent files", None))
#if QT_CONFIG(accessibility)
        self.recent_list.setAccessibleName(QCoreApplication.translate("Welcome", u"Recent files", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

