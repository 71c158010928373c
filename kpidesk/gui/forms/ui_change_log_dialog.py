# generated from ui/change_log_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_log_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_ChangeLogDialog(object):
    def setupUi(self, ChangeLogDialog):
        if not ChangeLogDialog.objectName():
            ChangeLogDialog.setObjectName(u"ChangeLogDialog")
        ChangeLogDialog.resize(1100, 640)
        self.outer = QVBoxLayout(ChangeLogDialog)
        self.outer.setObjectName(u"outer")
        self.filters_row = QHBoxLayout()
        self.filters_row.setObjectName(u"filters_row")
        self.kpi_label = QLabel(ChangeLogDialog)
        self.kpi_label.setObjectName(u"kpi_label")

        self.filters_row.addWidget(self.kpi_label)

        self.kpi_combo = QComboBox(ChangeLogDialog)
        self.kpi_combo.setObjectName(u"kpi_combo")
        self.kpi_combo.setMaxVisibleItems(20)
        self.kpi_combo.setMinimumContentsLength(18)
        self.kpi_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filters_row.addWidget(self.kpi_combo)

        self.kind_label = QLabel(ChangeLogDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.filters_row.addWidget(self.kind_label)

        self.kind_combo = QComboBox(ChangeLogDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.filters_row.addWidget(self.kind_combo)

        self.person_label = QLabel(ChangeLogDialog)
        self.person_label.setObjectName(u"person_label")

        self.filters_row.addWidget(self.person_label)

        self.person_combo = QComboBox(ChangeLogDialog)
        self.person_combo.setObjectName(u"person_combo")

        self.filters_row.addWidget(self.person_combo)

        self.filters_space = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_row.addItem(self.filters_space)


        self.outer.addLayout(self.filters_row)

        self.dates_row = QHBoxLayout()
        self.dates_row.setObjectName(u"dates_row")
        self.from_label = QLabel(ChangeLogDialog)
        self.from_label.setObjectName(u"from_label")

        self.dates_row.addWidget(self.from_label)

        self.from_date = QDateEdit(ChangeLogDialog)
        self.from_date.setObjectName(u"from_date")
        self.from_date.setCalendarPopup(True)

        self.dates_row.addWidget(self.from_date)

        self.to_label = QLabel(ChangeLogDialog)
        self.to_label.setObjectName(u"to_label")

        self.dates_row.addWidget(self.to_label)

        self.to_date = QDateEdit(ChangeLogDialog)
        self.to_date.setObjectName(u"to_date")
        self.to_date.setCalendarPopup(True)

        self.dates_row.addWidget(self.to_date)

        self.search_label = QLabel(ChangeLogDialog)
        self.search_label.setObjectName(u"search_label")

        self.dates_row.addWidget(self.search_label)

        self.search_edit = QLineEdit(ChangeLogDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.dates_row.addWidget(self.search_edit)

        self.reset_button = QPushButton(ChangeLogDialog)
        self.reset_button.setObjectName(u"reset_button")
        self.reset_button.setAutoDefault(False)

        self.dates_row.addWidget(self.reset_button)


        self.outer.addLayout(self.dates_row)

        self.table = QTableView(ChangeLogDialog)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.outer.addWidget(self.table)

        self.count_label = QLabel(ChangeLogDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setText(u"")

        self.outer.addWidget(self.count_label)

        self.buttons = QDialogButtonBox(ChangeLogDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kpi_label.setBuddy(self.kpi_combo)
        self.kind_label.setBuddy(self.kind_combo)
        self.person_label.setBuddy(self.person_combo)
        self.from_label.setBuddy(self.from_date)
        self.to_label.setBuddy(self.to_date)
        self.search_label.setBuddy(self.search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kpi_combo, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.person_combo)
        QWidget.setTabOrder(self.person_combo, self.from_date)
        QWidget.setTabOrder(self.from_date, self.to_date)
        QWidget.setTabOrder(self.to_date, self.search_edit)
        QWidget.setTabOrder(self.search_edit, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.table)

        self.retranslateUi(ChangeLogDialog)

        QMetaObject.connectSlotsByName(ChangeLogDialog)
    # setupUi

    def retranslateUi(self, ChangeLogDialog):
        ChangeLogDialog.setWindowTitle(QCoreApplication.translate("ChangeLogDialog", u"Change log", None))
        self.kpi_label.setText(QCoreApplication.translate("ChangeLogDialog", u"&KPI:", None))
#if QT_CONFIG(accessibility)
        self.kpi_combo.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"KPI", None))
#endif // QT_CONFIG(accessibility)
        self.kind_label.setText(QCoreApplication.translate("ChangeLogDialog", u"Ki&nd:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Kind of change", None))
#endif // QT_CONFIG(accessibility)
        self.person_label.setText(QCoreApplication.translate("ChangeLogDialog", u"&Person:", None))
#if QT_CONFIG(accessibility)
        self.person_combo.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Person", None))
#endif // QT_CONFIG(accessibility)
        self.from_label.setText(QCoreApplication.translate("ChangeLogDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.from_date.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Changes from", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("ChangeLogDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_date.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Changes to", None))
#endif // QT_CONFIG(accessibility)
        self.search_label.setText(QCoreApplication.translate("ChangeLogDialog", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.search_edit.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Search the changes", None))
#endif // QT_CONFIG(accessibility)
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ChangeLogDialog", u"Words in what changed, old or new value, note", None))
        self.reset_button.setText(QCoreApplication.translate("ChangeLogDialog", u"Show &all", None))
#if QT_CONFIG(accessibility)
        self.reset_button.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Clear the filters", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Changes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.count_label.setAccessibleName(QCoreApplication.translate("ChangeLogDialog", u"Changes shown", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

