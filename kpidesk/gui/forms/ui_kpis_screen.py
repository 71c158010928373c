# generated from ui/kpis_screen.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpis_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_KpisScreen(object):
    def setupUi(self, KpisScreen):
        if not KpisScreen.objectName():
            KpisScreen.setObjectName(u"KpisScreen")
        KpisScreen.resize(1000, 600)
        self.outer = QVBoxLayout(KpisScreen)
        self.outer.setObjectName(u"outer")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.search_label = QLabel(KpisScreen)
        self.search_label.setObjectName(u"search_label")

        self.toolbar.addWidget(self.search_label)

        self.search_edit = QLineEdit(KpisScreen)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.toolbar.addWidget(self.search_edit)

        self.show_retired_check = QCheckBox(KpisScreen)
        self.show_retired_check.setObjectName(u"show_retired_check")

        self.toolbar.addWidget(self.show_retired_check)

        self.toolbar_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbar_spacer)

        self.add_button = QPushButton(KpisScreen)
        self.add_button.setObjectName(u"add_button")

        self.toolbar.addWidget(self.add_button)

        self.edit_button = QPushButton(KpisScreen)
        self.edit_button.setObjectName(u"edit_button")

        self.toolbar.addWidget(self.edit_button)

        self.retire_button = QPushButton(KpisScreen)
        self.retire_button.setObjectName(u"retire_button")

        self.toolbar.addWidget(self.retire_button)


        self.outer.addLayout(self.toolbar)

        self.filters = QGridLayout()
        self.filters.setObjectName(u"filters")
        self.goal_label = QLabel(KpisScreen)
        self.goal_label.setObjectName(u"goal_label")

        self.filters.addWidget(self.goal_label, 0, 0, 1, 1)

        self.goal_filter = QComboBox(KpisScreen)
        self.goal_filter.setObjectName(u"goal_filter")
        self.goal_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.goal_filter, 0, 1, 1, 1)

        self.area_label = QLabel(KpisScreen)
        self.area_label.setObjectName(u"area_label")

        self.filters.addWidget(self.area_label, 0, 2, 1, 1)

        self.area_filter = QComboBox(KpisScreen)
        self.area_filter.setObjectName(u"area_filter")
        self.area_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.area_filter, 0, 3, 1, 1)

        self.kind_label = QLabel(KpisScreen)
        self.kind_label.setObjectName(u"kind_label")

        self.filters.addWidget(self.kind_label, 0, 4, 1, 1)

        self.kind_filter = QComboBox(KpisScreen)
        self.kind_filter.setObjectName(u"kind_filter")
        self.kind_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.kind_filter, 0, 5, 1, 1)

        self.timing_label = QLabel(KpisScreen)
        self.timing_label.setObjectName(u"timing_label")

        self.filters.addWidget(self.timing_label, 1, 0, 1, 1)

        self.timing_filter = QComboBox(KpisScreen)
        self.timing_filter.setObjectName(u"timing_filter")
        self.timing_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.timing_filter, 1, 1, 1, 1)

        self.owner_label = QLabel(KpisScreen)
        self.owner_label.setObjectName(u"owner_label")

        self.filters.addWidget(self.owner_label, 1, 2, 1, 1)

        self.owner_filter = QComboBox(KpisScreen)
        self.owner_filter.setObjectName(u"owner_filter")
        self.owner_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.owner_filter, 1, 3, 1, 1)

        self.channel_label = QLabel(KpisScreen)
        self.channel_label.setObjectName(u"channel_label")

        self.filters.addWidget(self.channel_label, 1, 4, 1, 1)

        self.channel_filter = QComboBox(KpisScreen)
        self.channel_filter.setObjectName(u"channel_filter")
        self.channel_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters.addWidget(self.channel_filter, 1, 5, 1, 1)

        self.filters_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filters_spacer, 0, 6, 1, 1)

        self.clear_filters_button = QPushButton(KpisScreen)
        self.clear_filters_button.setObjectName(u"clear_filters_button")

        self.filters.addWidget(self.clear_filters_button, 1, 6, 1, 1)

        self.filters.setColumnStretch(1, 1)
        self.filters.setColumnStretch(3, 1)
        self.filters.setColumnStretch(5, 1)

        self.outer.addLayout(self.filters)

        self.kpis_table = QTableView(KpisScreen)
        self.kpis_table.setObjectName(u"kpis_table")
        self.kpis_table.setAlternatingRowColors(True)
        self.kpis_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kpis_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpis_table.setSortingEnabled(True)
        self.kpis_table.setWordWrap(False)
        self.kpis_table.verticalHeader().setVisible(False)

        self.outer.addWidget(self.kpis_table)

        self.count_label = QLabel(KpisScreen)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.outer.addWidget(self.count_label)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.search_label.setBuddy(self.search_edit)
        self.goal_label.setBuddy(self.goal_filter)
        self.area_label.setBuddy(self.area_filter)
        self.kind_label.setBuddy(self.kind_filter)
        self.timing_label.setBuddy(self.timing_filter)
        self.owner_label.setBuddy(self.owner_filter)
        self.channel_label.setBuddy(self.channel_filter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search_edit, self.show_retired_check)
        QWidget.setTabOrder(self.show_retired_check, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.retire_button)
        QWidget.setTabOrder(self.retire_button, self.goal_filter)
        QWidget.setTabOrder(self.goal_filter, self.area_filter)
        QWidget.setTabOrder(self.area_filter, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.timing_filter)
        QWidget.setTabOrder(self.timing_filter, self.owner_filter)
        QWidget.setTabOrder(self.owner_filter, self.channel_filter)
        QWidget.setTabOrder(self.channel_filter, self.clear_filters_button)
        QWidget.setTabOrder(self.clear_filters_button, self.kpis_table)

        self.retranslateUi(KpisScreen)

        QMetaObject.connectSlotsByName(KpisScreen)
    # setupUi

    def retranslateUi(self, KpisScreen):
        self.search_label.setText(QCoreApplication.translate("KpisScreen", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Search KPIs", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("KpisScreen", u"Code, name or definition (Ctrl+F)", None))
        self.show_retired_check.setText(QCoreApplication.translate("KpisScreen", u"Show retire&d KPIs", None))
#if QT_CONFIG(accessibility)
        self.show_retired_check.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Show retired KPIs", None))
#endif // QT_CONFIG(accessibility)
        self.add_button.setText(QCoreApplication.translate("KpisScreen", u"&New KPI\u2026", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("KpisScreen", u"New KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("KpisScreen", u"Add a KPI (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.edit_button.setText(QCoreApplication.translate("KpisScreen", u"Ed&it\u2026", None))
#if QT_CONFIG(accessibility)
        self.edit_button.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Edit the selected KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.edit_button.setToolTip(QCoreApplication.translate("KpisScreen", u"Edit the KPI, its targets and benchmarks (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.retire_button.setText(QCoreApplication.translate("KpisScreen", u"&Retire\u2026", None))
#if QT_CONFIG(accessibility)
        self.retire_button.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Retire the selected KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.retire_button.setToolTip(QCoreApplication.translate("KpisScreen", u"Stop tracking the KPI; its values and targets are kept", None))
#endif // QT_CONFIG(tooltip)
        self.goal_label.setText(QCoreApplication.translate("KpisScreen", u"&Goal:", None))
#if QT_CONFIG(accessibility)
        self.goal_filter.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Filter by goal", None))
#endif // QT_CONFIG(accessibility)
        self.area_label.setText(QCoreApplication.translate("KpisScreen", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area_filter.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Filter by area", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("KpisScreen", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Filter by kind", None))
#endif // QT_CONFIG(accessibility)
        self.timing_label.setText(QCoreApplication.translate("KpisScreen", u"&Timing:", None))
#if QT_CONFIG(accessibility)
        self.timing_filter.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Filter by timing", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("KpisScreen", u"O&wner:", None))
#if QT_CONFIG(accessibility)
        self.owner_filter.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Filter by owner", None))
#endif // QT_CONFIG(accessibility)
        self.channel_label.setText(QCoreApplication.translate("KpisScreen", u"&Channel:", None))
#if QT_CONFIG(accessibility)
        self.channel_filter.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Filter by marketing channel", None))
#endif // QT_CONFIG(accessibility)
        self.clear_filters_button.setText(QCoreApplication.translate("KpisScreen", u"C&lear filters", None))
#if QT_CONFIG(accessibility)
        self.clear_filters_button.setAccessibleName(QCoreApplication.translate("KpisScreen", u"Clear filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kpis_table.setAccessibleName(QCoreApplication.translate("KpisScreen", u"KPIs", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

