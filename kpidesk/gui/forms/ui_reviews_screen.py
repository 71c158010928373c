# generated from ui/reviews_screen.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviews_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget, QTableView, QTextBrowser, QVBoxLayout, QWidget

class Ui_ReviewsScreen(object):
    def setupUi(self, ReviewsScreen):
        if not ReviewsScreen.objectName():
            ReviewsScreen.setObjectName(u"ReviewsScreen")
        ReviewsScreen.resize(1000, 640)
        self.outer = QVBoxLayout(ReviewsScreen)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(ReviewsScreen)
        self.pages.setObjectName(u"pages")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setObjectName(u"list_layout")
        self.intro_label = QLabel(self.list_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.list_layout.addWidget(self.intro_label)

        self.start_row = QHBoxLayout()
        self.start_row.setObjectName(u"start_row")
        self.scope_label = QLabel(self.list_page)
        self.scope_label.setObjectName(u"scope_label")

        self.start_row.addWidget(self.scope_label)

        self.scope_combo = QComboBox(self.list_page)
        self.scope_combo.setObjectName(u"scope_combo")
        self.scope_combo.setMaxVisibleItems(20)

        self.start_row.addWidget(self.scope_combo)

        self.start_button = QPushButton(self.list_page)
        self.start_button.setObjectName(u"start_button")

        self.start_row.addWidget(self.start_button)

        self.start_row.setStretch(1, 1)

        self.list_layout.addLayout(self.start_row)

        self.due_label = QLabel(self.list_page)
        self.due_label.setObjectName(u"due_label")
        self.due_label.setText(u"")
        self.due_label.setWordWrap(True)

        self.list_layout.addWidget(self.due_label)

        self.reviews_label = QLabel(self.list_page)
        self.reviews_label.setObjectName(u"reviews_label")

        self.list_layout.addWidget(self.reviews_label)

        self.splitter = QSplitter(self.list_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.reviews_table = QTableView(self.splitter)
        self.reviews_table.setObjectName(u"reviews_table")
        self.reviews_table.setAlternatingRowColors(True)
        self.reviews_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviews_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews_table.setSortingEnabled(True)
        self.reviews_table.setWordWrap(False)
        self.splitter.addWidget(self.reviews_table)
        self.reviews_table.horizontalHeader().setStretchLastSection(False)
        self.reviews_table.verticalHeader().setVisible(False)
        self.details_browser = QTextBrowser(self.splitter)
        self.details_browser.setObjectName(u"details_browser")
        self.details_browser.setOpenLinks(False)
        self.splitter.addWidget(self.details_browser)

        self.list_layout.addWidget(self.splitter)

        self.list_layout.setStretch(4, 1)
        self.pages.addWidget(self.list_page)
        self.session_page = QWidget()
        self.session_page.setObjectName(u"session_page")
        self.session_layout = QVBoxLayout(self.session_page)
        self.session_layout.setObjectName(u"session_layout")
        self.session_layout.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(self.session_page)

        self.outer.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.scope_label.setBuddy(self.scope_combo)
        self.reviews_label.setBuddy(self.reviews_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scope_combo, self.start_button)
        QWidget.setTabOrder(self.start_button, self.reviews_table)
        QWidget.setTabOrder(self.reviews_table, self.details_browser)

        self.retranslateUi(ReviewsScreen)

        self.start_button.setDefault(True)


        QMetaObject.connectSlotsByName(ReviewsScreen)
    # setupUi

    def retranslateUi(self, ReviewsScreen):
        self.intro_label.setText(QCoreApplication.translate("ReviewsScreen", u"Review the KPI set regularly: keep what works, adjust targets that are too easy or out of reach, and replace or retire KPIs nobody acts on. Every decision is kept, and old scorecards stay as they were.", None))
        self.scope_label.setText(QCoreApplication.translate("ReviewsScreen", u"Re&view:", None))
#if QT_CONFIG(accessibility)
        self.scope_combo.setAccessibleName(QCoreApplication.translate("ReviewsScreen", u"What to review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.scope_combo.setToolTip(QCoreApplication.translate("ReviewsScreen", u"The whole set, the KPIs of one goal, or one KPI", None))
#endif // QT_CONFIG(tooltip)
        self.start_button.setText(QCoreApplication.translate("ReviewsScreen", u"&Start review", None))
#if QT_CONFIG(accessibility)
        self.start_button.setAccessibleName(QCoreApplication.translate("ReviewsScreen", u"Start a review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.start_button.setToolTip(QCoreApplication.translate("ReviewsScreen", u"Go through the chosen KPIs one by one and decide on each", None))
#endif // QT_CONFIG(tooltip)
        self.reviews_label.setText(QCoreApplication.translate("ReviewsScreen", u"&Past reviews:", None))
#if QT_CONFIG(accessibility)
        self.reviews_table.setAccessibleName(QCoreApplication.translate("ReviewsScreen", u"Past reviews", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.details_browser.setAccessibleName(QCoreApplication.translate("ReviewsScreen", u"Notes and decisions of the selected review", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

