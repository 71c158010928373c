# generated from ui/competitors_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'competitors_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_CompetitorsDialog(object):
    def setupUi(self, CompetitorsDialog):
        if not CompetitorsDialog.objectName():
            CompetitorsDialog.setObjectName(u"CompetitorsDialog")
        CompetitorsDialog.resize(960, 560)
        self.outer = QVBoxLayout(CompetitorsDialog)
        self.outer.setObjectName(u"outer")
        self.hint_label = QLabel(CompetitorsDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.outer.addWidget(self.hint_label)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.competitors_group = QGroupBox(CompetitorsDialog)
        self.competitors_group.setObjectName(u"competitors_group")
        self.competitors_layout = QVBoxLayout(self.competitors_group)
        self.competitors_layout.setObjectName(u"competitors_layout")
        self.competitors_table = QTableView(self.competitors_group)
        self.competitors_table.setObjectName(u"competitors_table")
        self.competitors_table.setAlternatingRowColors(True)
        self.competitors_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.competitors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.competitors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.competitors_table.verticalHeader().setVisible(False)

        self.competitors_layout.addWidget(self.competitors_table)

        self.competitor_form = QFormLayout()
        self.competitor_form.setObjectName(u"competitor_form")
        self.name_label = QLabel(self.competitors_group)
        self.name_label.setObjectName(u"name_label")

        self.competitor_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.competitors_group)
        self.name_edit.setObjectName(u"name_edit")

        self.competitor_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.note_label = QLabel(self.competitors_group)
        self.note_label.setObjectName(u"note_label")

        self.competitor_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(self.competitors_group)
        self.note_edit.setObjectName(u"note_edit")

        self.competitor_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.competitors_layout.addLayout(self.competitor_form)

        self.competitor_buttons = QHBoxLayout()
        self.competitor_buttons.setObjectName(u"competitor_buttons")
        self.add_button = QPushButton(self.competitors_group)
        self.add_button.setObjectName(u"add_button")

        self.competitor_buttons.addWidget(self.add_button)

        self.save_button = QPushButton(self.competitors_group)
        self.save_button.setObjectName(u"save_button")

        self.competitor_buttons.addWidget(self.save_button)

        self.remove_button = QPushButton(self.competitors_group)
        self.remove_button.setObjectName(u"remove_button")

        self.competitor_buttons.addWidget(self.remove_button)


        self.competitors_layout.addLayout(self.competitor_buttons)

        self.competitors_layout.setStretch(0, 1)

        self.columns.addWidget(self.competitors_group)

        self.values_group = QGroupBox(CompetitorsDialog)
        self.values_group.setObjectName(u"values_group")
        self.values_layout = QVBoxLayout(self.values_group)
        self.values_layout.setObjectName(u"values_layout")
        self.values_table = QTableView(self.values_group)
        self.values_table.setObjectName(u"values_table")
        self.values_table.setAlternatingRowColors(True)
        self.values_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values_table.verticalHeader().setVisible(False)

        self.values_layout.addWidget(self.values_table)

        self.value_form = QGridLayout()
        self.value_form.setObjectName(u"value_form")
        self.kpi_label = QLabel(self.values_group)
        self.kpi_label.setObjectName(u"kpi_label")

        self.value_form.addWidget(self.kpi_label, 0, 0, 1, 1)

        self.kpi_combo = QComboBox(self.values_group)
        self.kpi_combo.setObjectName(u"kpi_combo")

        self.value_form.addWidget(self.kpi_combo, 0, 1, 1, 3)

        self.as_of_label = QLabel(self.values_group)
        self.as_of_label.setObjectName(u"as_of_label")

        self.value_form.addWidget(self.as_of_label, 1, 0, 1, 1)

        self.as_of_date = QDateEdit(self.values_group)
        self.as_of_date.setObjectName(u"as_of_date")
        self.as_of_date.setCalendarPopup(True)

        self.value_form.addWidget(self.as_of_date, 1, 1, 1, 1)

        self.value_label = QLabel(self.values_group)
        self.value_label.setObjectName(u"value_label")

        self.value_form.addWidget(self.value_label, 1, 2, 1, 1)

        self.value_edit = QLineEdit(self.values_group)
        self.value_edit.setObjectName(u"value_edit")

        self.value_form.addWidget(self.value_edit, 1, 3, 1, 1)

        self.source_label = QLabel(self.values_group)
        self.source_label.setObjectName(u"source_label")

        self.value_form.addWidget(self.source_label, 2, 0, 1, 1)

        self.source_edit = QLineEdit(self.values_group)
        self.source_edit.setObjectName(u"source_edit")

        self.value_form.addWidget(self.source_edit, 2, 1, 1, 3)

        self.value_form.setColumnStretch(1, 1)
        self.value_form.setColumnStretch(3, 1)

        self.values_layout.addLayout(self.value_form)

        self.value_buttons = QHBoxLayout()
        self.value_buttons.setObjectName(u"value_buttons")
        self.value_space = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.value_buttons.addItem(self.value_space)

        self.add_value_button = QPushButton(self.values_group)
        self.add_value_button.setObjectName(u"add_value_button")

        self.value_buttons.addWidget(self.add_value_button)

        self.remove_value_button = QPushButton(self.values_group)
        self.remove_value_button.setObjectName(u"remove_value_button")

        self.value_buttons.addWidget(self.remove_value_button)


        self.values_layout.addLayout(self.value_buttons)

        self.values_layout.setStretch(0, 1)

        self.columns.addWidget(self.values_group)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.outer.addLayout(self.columns)

        self.message_label = QLabel(CompetitorsDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setText(u"")
        self.message_label.setWordWrap(True)

        self.outer.addWidget(self.message_label)

        self.buttons = QDialogButtonBox(CompetitorsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.note_label.setBuddy(self.note_edit)
        self.kpi_label.setBuddy(self.kpi_combo)
        self.as_of_label.setBuddy(self.as_of_date)
        self.value_label.setBuddy(self.value_edit)
        self.source_label.setBuddy(self.source_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.competitors_table, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.add_button)
        QWidget.setTabOrder(self.add_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.values_table)
        QWidget.setTabOrder(self.values_table, self.kpi_combo)
        QWidget.setTabOrder(self.kpi_combo, self.as_of_date)
        QWidget.setTabOrder(self.as_of_date, self.value_edit)
        QWidget.setTabOrder(self.value_edit, self.source_edit)
        QWidget.setTabOrder(self.source_edit, self.add_value_button)
        QWidget.setTabOrder(self.add_value_button, self.remove_value_button)

        self.retranslateUi(CompetitorsDialog)

        QMetaObject.connectSlotsByName(CompetitorsDialog)
    # setupUi

    def retranslateUi(self, CompetitorsDialog):
        CompetitorsDialog.setWindowTitle(QCoreApplication.translate("CompetitorsDialog", u"Competitors", None))
        self.hint_label.setText(QCoreApplication.translate("CompetitorsDialog", u"Competitors' public figures \u2013 ratings, prices, followers \u2013 compared with your KPIs. Each figure needs a date and a source: KPIDesk never invents them.", None))
        self.competitors_group.setTitle(QCoreApplication.translate("CompetitorsDialog", u"Competitors", None))
#if QT_CONFIG(accessibility)
        self.competitors_table.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Competitors", None))
#endif // QT_CONFIG(accessibility)
        self.name_label.setText(QCoreApplication.translate("CompetitorsDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Competitor's name", None))
#endif // QT_CONFIG(accessibility)
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CompetitorsDialog", u"e.g. Kaffekoppen AS", None))
        self.note_label.setText(QCoreApplication.translate("CompetitorsDialog", u"No&te:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Note on the competitor", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("CompetitorsDialog", u"Address, website, what they sell", None))
        self.add_button.setText(QCoreApplication.translate("CompetitorsDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.add_button.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Add a competitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("CompetitorsDialog", u"Add a competitor with the name and note typed above", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("CompetitorsDialog", u"&Save changes", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Save the name and note of the selected competitor", None))
#endif // QT_CONFIG(accessibility)
        self.remove_button.setText(QCoreApplication.translate("CompetitorsDialog", u"&Remove\u2026", None))
#if QT_CONFIG(accessibility)
        self.remove_button.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Remove the selected competitor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("CompetitorsDialog", u"Remove the competitor and its figures (Edit \u203a Undo brings them back)", None))
#endif // QT_CONFIG(tooltip)
        self.values_group.setTitle(QCoreApplication.translate("CompetitorsDialog", u"Figures", None))
#if QT_CONFIG(accessibility)
        self.values_table.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Figures of the selected competitor", None))
#endif // QT_CONFIG(accessibility)
        self.kpi_label.setText(QCoreApplication.translate("CompetitorsDialog", u"&KPI:", None))
#if QT_CONFIG(accessibility)
        self.kpi_combo.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"KPI the figure is for", None))
#endif // QT_CONFIG(accessibility)
        self.as_of_label.setText(QCoreApplication.translate("CompetitorsDialog", u"As &of:", None))
#if QT_CONFIG(accessibility)
        self.as_of_date.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Date of the figure", None))
#endif // QT_CONFIG(accessibility)
        self.value_label.setText(QCoreApplication.translate("CompetitorsDialog", u"&Value:", None))
#if QT_CONFIG(accessibility)
        self.value_edit.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"The competitor's figure", None))
#endif // QT_CONFIG(accessibility)
        self.source_label.setText(QCoreApplication.translate("CompetitorsDialog", u"So&urce:", None))
#if QT_CONFIG(accessibility)
        self.source_edit.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Where the figure comes from", None))
#endif // QT_CONFIG(accessibility)
        self.source_edit.setPlaceholderText(QCoreApplication.translate("CompetitorsDialog", u"e.g. Google Maps, the competitor's menu, their Instagram profile", None))
        self.add_value_button.setText(QCoreApplication.translate("CompetitorsDialog", u"Add fi&gure", None))
#if QT_CONFIG(accessibility)
        self.add_value_button.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Add the figure", None))
#endif // QT_CONFIG(accessibility)
        self.remove_value_button.setText(QCoreApplication.translate("CompetitorsDialog", u"Remove f&igure", None))
#if QT_CONFIG(accessibility)
        self.remove_value_button.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Remove the selected figure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("CompetitorsDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

