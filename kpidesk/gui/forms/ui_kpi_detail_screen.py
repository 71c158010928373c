# generated from ui/kpi_detail_screen.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpi_detail_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout, QWidget

from kpidesk.gui.widgets.benchmark_panel import BenchmarkPanel

class Ui_KpiDetailScreen(object):
    def setupUi(self, KpiDetailScreen):
        if not KpiDetailScreen.objectName():
            KpiDetailScreen.setObjectName(u"KpiDetailScreen")
        KpiDetailScreen.resize(1100, 700)
        self.outer = QVBoxLayout(KpiDetailScreen)
        self.outer.setObjectName(u"outer")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.kpi_label = QLabel(KpiDetailScreen)
        self.kpi_label.setObjectName(u"kpi_label")

        self.toolbar.addWidget(self.kpi_label)

        self.kpi_combo = QComboBox(KpiDetailScreen)
        self.kpi_combo.setObjectName(u"kpi_combo")
        self.kpi_combo.setMaxVisibleItems(20)
        self.kpi_combo.setMinimumContentsLength(28)
        self.kpi_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.toolbar.addWidget(self.kpi_combo)

        self.view_label = QLabel(KpiDetailScreen)
        self.view_label.setObjectName(u"view_label")

        self.toolbar.addWidget(self.view_label)

        self.view_combo = QComboBox(KpiDetailScreen)
        self.view_combo.setObjectName(u"view_combo")
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar.addWidget(self.view_combo)

        self.toolbar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbar_spacer)

        self.reset_zoom_button = QPushButton(KpiDetailScreen)
        self.reset_zoom_button.setObjectName(u"reset_zoom_button")

        self.toolbar.addWidget(self.reset_zoom_button)

        self.export_png_button = QPushButton(KpiDetailScreen)
        self.export_png_button.setObjectName(u"export_png_button")

        self.toolbar.addWidget(self.export_png_button)

        self.export_svg_button = QPushButton(KpiDetailScreen)
        self.export_svg_button.setObjectName(u"export_svg_button")

        self.toolbar.addWidget(self.export_svg_button)

        self.change_log_button = QPushButton(KpiDetailScreen)
        self.change_log_button.setObjectName(u"change_log_button")

        self.toolbar.addWidget(self.change_log_button)

        self.review_button = QPushButton(KpiDetailScreen)
        self.review_button.setObjectName(u"review_button")

        self.toolbar.addWidget(self.review_button)

        self.toolbar.setStretch(1, 1)

        self.outer.addLayout(self.toolbar)

        self.tabs = QTabWidget(KpiDetailScreen)
        self.tabs.setObjectName(u"tabs")
        self.chart_tab = QWidget()
        self.chart_tab.setObjectName(u"chart_tab")
        self.chart_tab_layout = QHBoxLayout(self.chart_tab)
        self.chart_tab_layout.setObjectName(u"chart_tab_layout")
        self.chart_column = QVBoxLayout()
        self.chart_column.setObjectName(u"chart_column")
        self.chart_host = QWidget(self.chart_tab)
        self.chart_host.setObjectName(u"chart_host")
        self.chart_host_layout = QVBoxLayout(self.chart_host)
        self.chart_host_layout.setObjectName(u"chart_host_layout")
        self.chart_host_layout.setContentsMargins(0, 0, 0, 0)

        self.chart_column.addWidget(self.chart_host)

        self.pace_label = QLabel(self.chart_tab)
        self.pace_label.setObjectName(u"pace_label")
        self.pace_label.setText(u"")
        self.pace_label.setWordWrap(True)

        self.chart_column.addWidget(self.pace_label)

        self.forecast_label = QLabel(self.chart_tab)
        self.forecast_label.setObjectName(u"forecast_label")
        self.forecast_label.setText(u"")
        self.forecast_label.setWordWrap(True)

        self.chart_column.addWidget(self.forecast_label)

        self.comparison_panel = BenchmarkPanel(self.chart_tab)
        self.comparison_panel.setObjectName(u"comparison_panel")

        self.chart_column.addWidget(self.comparison_panel)

        self.chart_column.setStretch(0, 1)

        self.chart_tab_layout.addLayout(self.chart_column)

        self.side_column = QVBoxLayout()
        self.side_column.setObjectName(u"side_column")
        self.mix_title_label = QLabel(self.chart_tab)
        self.mix_title_label.setObjectName(u"mix_title_label")

        self.side_column.addWidget(self.mix_title_label)

        self.mix_label = QLabel(self.chart_tab)
        self.mix_label.setObjectName(u"mix_label")
        self.mix_label.setText(u"")
        self.mix_label.setWordWrap(True)
        self.mix_label.setMinimumWidth(260)
        self.mix_label.setMaximumWidth(320)

        self.side_column.addWidget(self.mix_label)

        self.notes_label = QLabel(self.chart_tab)
        self.notes_label.setObjectName(u"notes_label")

        self.side_column.addWidget(self.notes_label)

        self.notes_list = QListWidget(self.chart_tab)
        self.notes_list.setObjectName(u"notes_list")
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)
        self.notes_list.setMinimumWidth(260)
        self.notes_list.setMaximumWidth(320)
        self.notes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.side_column.addWidget(self.notes_list)

        self.side_column.setStretch(3, 1)

        self.chart_tab_layout.addLayout(self.side_column)

        self.chart_tab_layout.setStretch(0, 1)
        self.tabs.addTab(self.chart_tab, "")
        self.lead_lag_tab = QWidget()
        self.lead_lag_tab.setObjectName(u"lead_lag_tab")
        self.lead_lag_layout = QVBoxLayout(self.lead_lag_tab)
        self.lead_lag_layout.setObjectName(u"lead_lag_layout")
        self.pair_row = QHBoxLayout()
        self.pair_row.setObjectName(u"pair_row")
        self.leading_label = QLabel(self.lead_lag_tab)
        self.leading_label.setObjectName(u"leading_label")

        self.pair_row.addWidget(self.leading_label)

        self.leading_combo = QComboBox(self.lead_lag_tab)
        self.leading_combo.setObjectName(u"leading_combo")
        self.leading_combo.setMinimumContentsLength(24)
        self.leading_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.pair_row.addWidget(self.leading_combo)

        self.lagging_label = QLabel(self.lead_lag_tab)
        self.lagging_label.setObjectName(u"lagging_label")

        self.pair_row.addWidget(self.lagging_label)

        self.lagging_combo = QComboBox(self.lead_lag_tab)
        self.lagging_combo.setObjectName(u"lagging_combo")
        self.lagging_combo.setMinimumContentsLength(24)
        self.lagging_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.pair_row.addWidget(self.lagging_combo)

        self.pair_row.setStretch(1, 1)
        self.pair_row.setStretch(3, 1)

        self.lead_lag_layout.addLayout(self.pair_row)

        self.lead_lag_host = QWidget(self.lead_lag_tab)
        self.lead_lag_host.setObjectName(u"lead_lag_host")
        self.lead_lag_host_layout = QVBoxLayout(self.lead_lag_host)
        self.lead_lag_host_layout.setObjectName(u"lead_lag_host_layout")
        self.lead_lag_host_layout.setContentsMargins(0, 0, 0, 0)

        self.lead_lag_layout.addWidget(self.lead_lag_host)

        self.best_lag_label = QLabel(self.lead_lag_tab)
        self.best_lag_label.setObjectName(u"best_lag_label")
        self.best_lag_label.setText(u"")

        self.lead_lag_layout.addWidget(self.best_lag_label)

        self.verdict_label = QLabel(self.lead_lag_tab)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setText(u"")
        self.verdict_label.setWordWrap(True)

        self.lead_lag_layout.addWidget(self.verdict_label)

        self.lead_lag_layout.setStretch(1, 1)
        self.tabs.addTab(self.lead_lag_tab, "")

        self.outer.addWidget(self.tabs)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kpi_label.setBuddy(self.kpi_combo)
        self.view_label.setBuddy(self.view_combo)
        self.notes_label.setBuddy(self.notes_list)
        self.leading_label.setBuddy(self.leading_combo)
        self.lagging_label.setBuddy(self.lagging_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kpi_combo, self.view_combo)
        QWidget.setTabOrder(self.view_combo, self.reset_zoom_button)
        QWidget.setTabOrder(self.reset_zoom_button, self.export_png_button)
        QWidget.setTabOrder(self.export_png_button, self.export_svg_button)
        QWidget.setTabOrder(self.export_svg_button, self.change_log_button)
        QWidget.setTabOrder(self.change_log_button, self.review_button)
        QWidget.setTabOrder(self.review_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.notes_list)
        QWidget.setTabOrder(self.notes_list, self.leading_combo)
        QWidget.setTabOrder(self.leading_combo, self.lagging_combo)

        self.retranslateUi(KpiDetailScreen)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(KpiDetailScreen)
    # setupUi

    def retranslateUi(self, KpiDetailScreen):
        self.kpi_label.setText(QCoreApplication.translate("KpiDetailScreen", u"&KPI:", None))
#if QT_CONFIG(accessibility)
        self.kpi_combo.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"KPI shown", None))
#endif // QT_CONFIG(accessibility)
        self.view_label.setText(QCoreApplication.translate("KpiDetailScreen", u"Vie&w:", None))
#if QT_CONFIG(accessibility)
        self.view_combo.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Chart view", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.view_combo.setToolTip(QCoreApplication.translate("KpiDetailScreen", u"The total with its targets, or the channels of a KPI split by channel", None))
#endif // QT_CONFIG(tooltip)
        self.reset_zoom_button.setText(QCoreApplication.translate("KpiDetailScreen", u"&Reset zoom", None))
#if QT_CONFIG(accessibility)
        self.reset_zoom_button.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Reset zoom", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reset_zoom_button.setToolTip(QCoreApplication.translate("KpiDetailScreen", u"Show the whole history again (drag to pan, scroll to zoom)", None))
#endif // QT_CONFIG(tooltip)
        self.export_png_button.setText(QCoreApplication.translate("KpiDetailScreen", u"Export &PNG\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_png_button.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Export the chart as PNG", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.export_png_button.setToolTip(QCoreApplication.translate("KpiDetailScreen", u"Save the chart as a picture", None))
#endif // QT_CONFIG(tooltip)
        self.export_svg_button.setText(QCoreApplication.translate("KpiDetailScreen", u"Export S&VG\u2026", None))
#if QT_CONFIG(accessibility)
        self.export_svg_button.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Export the chart as SVG", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.export_svg_button.setToolTip(QCoreApplication.translate("KpiDetailScreen", u"Save the chart as a drawing that scales (for print and slides)", None))
#endif // QT_CONFIG(tooltip)
        self.change_log_button.setText(QCoreApplication.translate("KpiDetailScreen", u"&Change Log\u2026", None))
#if QT_CONFIG(accessibility)
        self.change_log_button.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Change log of this KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.change_log_button.setToolTip(QCoreApplication.translate("KpiDetailScreen", u"Who changed this KPI's values, definition and targets, and when", None))
#endif // QT_CONFIG(tooltip)
        self.review_button.setText(QCoreApplication.translate("KpiDetailScreen", u"Rev&iew\u2026", None))
#if QT_CONFIG(accessibility)
        self.review_button.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Review this KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.review_button.setToolTip(QCoreApplication.translate("KpiDetailScreen", u"Decide whether to keep, adjust, replace or retire this KPI, on the Reviews screen", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"KPI detail views", None))
#endif // QT_CONFIG(accessibility)
        self.mix_title_label.setText(QCoreApplication.translate("KpiDetailScreen", u"Channel mix", None))
        self.notes_label.setText(QCoreApplication.translate("KpiDetailScreen", u"Co&mments and review notes:", None))
#if QT_CONFIG(accessibility)
        self.notes_list.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Comments and review notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.chart_tab), QCoreApplication.translate("KpiDetailScreen", u"C&hart", None))
        self.leading_label.setText(QCoreApplication.translate("KpiDetailScreen", u"Lea&ding KPI:", None))
#if QT_CONFIG(accessibility)
        self.leading_combo.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Leading KPI", None))
#endif // QT_CONFIG(accessibility)
        self.lagging_label.setText(QCoreApplication.translate("KpiDetailScreen", u"Laggin&g KPI:", None))
#if QT_CONFIG(accessibility)
        self.lagging_combo.setAccessibleName(QCoreApplication.translate("KpiDetailScreen", u"Lagging KPI", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.lead_lag_tab), QCoreApplication.translate("KpiDetailScreen", u"&Leading \u2192 lagging", None))
        pass
    # retranslateUi

