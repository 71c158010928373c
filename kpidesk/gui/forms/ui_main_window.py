# generated from ui/main_window.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListWidget, QMenu, QMenuBar, QStackedWidget, QStatusBar, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 780)
        self.action_new = QAction(MainWindow)
        self.action_new.setObjectName(u"action_new")
        self.action_open = QAction(MainWindow)
        self.action_open.setObjectName(u"action_open")
        self.action_choose_kpis = QAction(MainWindow)
        self.action_choose_kpis.setObjectName(u"action_choose_kpis")
        self.action_save_copy = QAction(MainWindow)
        self.action_save_copy.setObjectName(u"action_save_copy")
        self.action_backup = QAction(MainWindow)
        self.action_backup.setObjectName(u"action_backup")
        self.action_close = QAction(MainWindow)
        self.action_close.setObjectName(u"action_close")
        self.action_quit = QAction(MainWindow)
        self.action_quit.setObjectName(u"action_quit")
        self.action_preferences = QAction(MainWindow)
        self.action_preferences.setObjectName(u"action_preferences")
        self.action_guide = QAction(MainWindow)
        self.action_guide.setObjectName(u"action_guide")
        self.action_about = QAction(MainWindow)
        self.action_about.setObjectName(u"action_about")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QHBoxLayout(self.central)
        self.central_layout.setSpacing(0)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.navigation = QListWidget(self.central)
        self.navigation.setObjectName(u"navigation")
        self.navigation.setMinimumSize(QSize(180, 0))
        self.navigation.setMaximumSize(QSize(220, 16777215))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)

        self.central_layout.addWidget(self.navigation)

        self.screens = QStackedWidget(self.central)
        self.screens.setObjectName(u"screens")

        self.central_layout.addWidget(self.screens)

        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menu_file = QMenu(self.menubar)
        self.menu_file.setObjectName(u"menu_file")
        self.menu_recent = QMenu(self.menu_file)
        self.menu_recent.setObjectName(u"menu_recent")
        self.menu_edit = QMenu(self.menubar)
        self.menu_edit.setObjectName(u"menu_edit")
        self.menu_help = QMenu(self.menubar)
        self.menu_help.setObjectName(u"menu_help")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menu_file.menuAction())
        self.menubar.addAction(self.menu_edit.menuAction())
        self.menubar.addAction(self.menu_help.menuAction())
        self.menu_file.addAction(self.action_new)
        self.menu_file.addAction(self.action_open)
        self.menu_file.addAction(self.action_choose_kpis)
        self.menu_file.addAction(self.menu_recent.menuAction())
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_save_copy)
        self.menu_file.addAction(self.action_backup)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_close)
        self.menu_file.addAction(self.action_quit)
        self.menu_edit.addAction(self.action_preferences)
        self.menu_help.addAction(self.action_guide)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.action_about)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"KPIDesk", None))
        self.action_new.setText(QCoreApplication.translate("MainWindow", u"&New Business\u2026", None))
        self.action_open.setText(QCoreApplication.translate("MainWindow", u"&Open\u2026", None))
        self.action_choose_kpis.setText(QCoreApplication.translate("MainWindow", u"Choose &KPIs\u2026", None))
        self.action_save_copy.setText(QCoreApplication.translate("MainWindow", u"Save a &Copy As\u2026", None))
        self.action_backup.setText(QCoreApplication.translate("MainWindow", u"&Back Up Now", None))
        self.action_close.setText(QCoreApplication.translate("MainWindow", u"&Close", None))
        self.action_quit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
        self.action_preferences.setText(QCoreApplication.translate("MainWindow", u"Pr&eferences\u2026", None))
        self.action_guide.setText(QCoreApplication.translate("MainWindow", u"KPI &Guide", None))
        self.action_about.setText(QCoreApplication.translate("MainWindow", u"&About KPIDesk", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Sections", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.screens.setAccessibleName(QCoreApplication.translate("MainWindow", u"Current section", None))
#endif // QT_CONFIG(accessibility)
        self.menu_file.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menu_recent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menu_edit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menu_help.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

