# generated from ui/benchmark_panel.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'benchmark_panel.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

class Ui_BenchmarkPanel(object):
    def setupUi(self, BenchmarkPanel):
        if not BenchmarkPanel.objectName():
            BenchmarkPanel.setObjectName(u"BenchmarkPanel")
        BenchmarkPanel.resize(760, 200)
        self.outer = QVBoxLayout(BenchmarkPanel)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(0, 4, 0, 0)
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.title_label = QLabel(BenchmarkPanel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)

        self.header.addWidget(self.title_label)

        self.own_label = QLabel(BenchmarkPanel)
        self.own_label.setObjectName(u"own_label")
        self.own_label.setText(u"")
        self.own_label.setWordWrap(True)

        self.header.addWidget(self.own_label)

        self.competitors_button = QPushButton(BenchmarkPanel)
        self.competitors_button.setObjectName(u"competitors_button")

        self.header.addWidget(self.competitors_button)

        self.header.setStretch(1, 1)

        self.outer.addLayout(self.header)

        self.empty_label = QLabel(BenchmarkPanel)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.outer.addWidget(self.empty_label)

        self.comparison_table = QTableView(BenchmarkPanel)
        self.comparison_table.setObjectName(u"comparison_table")
        self.comparison_table.setAlternatingRowColors(True)
        self.comparison_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comparison_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparison_table.setWordWrap(False)
        self.comparison_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.comparison_table.verticalHeader().setVisible(False)

        self.outer.addWidget(self.comparison_table)

        self.outer.setStretch(2, 1)
        QWidget.setTabOrder(self.competitors_button, self.comparison_table)

        self.retranslateUi(BenchmarkPanel)

        QMetaObject.connectSlotsByName(BenchmarkPanel)
    # setupUi

    def retranslateUi(self, BenchmarkPanel):
        self.title_label.setText(QCoreApplication.translate("BenchmarkPanel", u"<b>Compared with others</b>", None))
#if QT_CONFIG(accessibility)
        self.own_label.setAccessibleName(QCoreApplication.translate("BenchmarkPanel", u"Your latest value", None))
#endif // QT_CONFIG(accessibility)
        self.competitors_button.setText(QCoreApplication.translate("BenchmarkPanel", u"Compe&titors\u2026", None))
#if QT_CONFIG(accessibility)
        self.competitors_button.setAccessibleName(QCoreApplication.translate("BenchmarkPanel", u"Competitors and their figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.competitors_button.setToolTip(QCoreApplication.translate("BenchmarkPanel", u"Add competitors and their public figures (ratings, prices, followers), each with a date and a source", None))
#endif // QT_CONFIG(tooltip)
        self.empty_label.setText(QCoreApplication.translate("BenchmarkPanel", u"No benchmarks or competitor figures for this KPI yet. Add benchmarks under KPIs \u203a Edit\u2026 \u203a Benchmarks, and competitors' figures with Competitors\u2026.", None))
#if QT_CONFIG(accessibility)
        self.comparison_table.setAccessibleName(QCoreApplication.translate("BenchmarkPanel", u"Benchmarks and competitors compared with your latest value", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

