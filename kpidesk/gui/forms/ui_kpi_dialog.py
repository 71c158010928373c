# generated from ui/kpi_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kpi_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_KpiDialog(object):
    def setupUi(self, KpiDialog):
        if not KpiDialog.objectName():
            KpiDialog.setObjectName(u"KpiDialog")
        KpiDialog.resize(880, 700)
        self.outer = QVBoxLayout(KpiDialog)
        self.outer.setObjectName(u"outer")
        self.tabs = QTabWidget(KpiDialog)
        self.tabs.setObjectName(u"tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QGridLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.left_form = QFormLayout()
        self.left_form.setObjectName(u"left_form")
        self.code_label = QLabel(self.general_tab)
        self.code_label.setObjectName(u"code_label")

        self.left_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(self.general_tab)
        self.code_edit.setObjectName(u"code_edit")

        self.left_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.name_label = QLabel(self.general_tab)
        self.name_label.setObjectName(u"name_label")

        self.left_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(self.general_tab)
        self.name_edit.setObjectName(u"name_edit")

        self.left_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.definition_label = QLabel(self.general_tab)
        self.definition_label.setObjectName(u"definition_label")

        self.left_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.definition_label)

        self.definition_edit = QPlainTextEdit(self.general_tab)
        self.definition_edit.setObjectName(u"definition_edit")
        self.definition_edit.setTabChangesFocus(True)
        self.definition_edit.setMaximumSize(QSize(16777215, 70))

        self.left_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.definition_edit)

        self.area_label = QLabel(self.general_tab)
        self.area_label.setObjectName(u"area_label")

        self.left_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.area_label)

        self.area_combo = QComboBox(self.general_tab)
        self.area_combo.setObjectName(u"area_combo")

        self.left_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.area_combo)

        self.owner_label = QLabel(self.general_tab)
        self.owner_label.setObjectName(u"owner_label")

        self.left_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.owner_label)

        self.owner_combo = QComboBox(self.general_tab)
        self.owner_combo.setObjectName(u"owner_combo")

        self.left_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.owner_combo)

        self.data_source_label = QLabel(self.general_tab)
        self.data_source_label.setObjectName(u"data_source_label")

        self.left_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.data_source_label)

        self.data_source_edit = QLineEdit(self.general_tab)
        self.data_source_edit.setObjectName(u"data_source_edit")

        self.left_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.data_source_edit)

        self.drives_label = QLabel(self.general_tab)
        self.drives_label.setObjectName(u"drives_label")

        self.left_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.drives_label)

        self.drives_edit = QLineEdit(self.general_tab)
        self.drives_edit.setObjectName(u"drives_edit")

        self.left_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.drives_edit)

        self.library_label = QLabel(self.general_tab)
        self.library_label.setObjectName(u"library_label")

        self.left_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.library_label)

        self.library_value_label = QLabel(self.general_tab)
        self.library_value_label.setObjectName(u"library_value_label")
        self.library_value_label.setText(u"")

        self.left_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.library_value_label)


        self.general_layout.addLayout(self.left_form, 0, 0, 1, 1)

        self.right_form = QFormLayout()
        self.right_form.setObjectName(u"right_form")
        self.kind_label = QLabel(self.general_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.right_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(self.general_tab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.right_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.timing_label = QLabel(self.general_tab)
        self.timing_label.setObjectName(u"timing_label")

        self.right_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timing_label)

        self.timing_combo = QComboBox(self.general_tab)
        self.timing_combo.setObjectName(u"timing_combo")

        self.right_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timing_combo)

        self.unit_label = QLabel(self.general_tab)
        self.unit_label.setObjectName(u"unit_label")

        self.right_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(self.general_tab)
        self.unit_edit.setObjectName(u"unit_edit")

        self.right_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.decimals_label = QLabel(self.general_tab)
        self.decimals_label.setObjectName(u"decimals_label")

        self.right_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decimals_label)

        self.decimals_spin = QSpinBox(self.general_tab)
        self.decimals_spin.setObjectName(u"decimals_spin")
        self.decimals_spin.setMinimum(0)
        self.decimals_spin.setMaximum(6)

        self.right_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decimals_spin)

        self.direction_label = QLabel(self.general_tab)
        self.direction_label.setObjectName(u"direction_label")

        self.right_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.direction_label)

        self.direction_combo = QComboBox(self.general_tab)
        self.direction_combo.setObjectName(u"direction_combo")

        self.right_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.direction_combo)

        self.frequency_label = QLabel(self.general_tab)
        self.frequency_label.setObjectName(u"frequency_label")

        self.right_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.frequency_label)

        self.frequency_combo = QComboBox(self.general_tab)
        self.frequency_combo.setObjectName(u"frequency_combo")

        self.right_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.frequency_combo)

        self.rollup_label = QLabel(self.general_tab)
        self.rollup_label.setObjectName(u"rollup_label")

        self.right_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rollup_label)

        self.rollup_combo = QComboBox(self.general_tab)
        self.rollup_combo.setObjectName(u"rollup_combo")

        self.right_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rollup_combo)

        self.dimension_label = QLabel(self.general_tab)
        self.dimension_label.setObjectName(u"dimension_label")

        self.right_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dimension_label)

        self.dimension_combo = QComboBox(self.general_tab)
        self.dimension_combo.setObjectName(u"dimension_combo")

        self.right_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dimension_combo)

        self.baseline_label = QLabel(self.general_tab)
        self.baseline_label.setObjectName(u"baseline_label")

        self.right_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.baseline_label)

        self.baseline_edit = QLineEdit(self.general_tab)
        self.baseline_edit.setObjectName(u"baseline_edit")

        self.right_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.baseline_edit)


        self.general_layout.addLayout(self.right_form, 0, 1, 1, 1)

        self.formula_form = QFormLayout()
        self.formula_form.setObjectName(u"formula_form")
        self.formula_label = QLabel(self.general_tab)
        self.formula_label.setObjectName(u"formula_label")

        self.formula_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formula_label)

        self.formula_edit = QLineEdit(self.general_tab)
        self.formula_edit.setObjectName(u"formula_edit")

        self.formula_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.formula_edit)

        self.formula_message_label = QLabel(self.general_tab)
        self.formula_message_label.setObjectName(u"formula_message_label")
        self.formula_message_label.setText(u"")
        self.formula_message_label.setWordWrap(True)

        self.formula_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formula_message_label)


        self.general_layout.addLayout(self.formula_form, 1, 0, 1, 2)

        self.scale_group = QGroupBox(self.general_tab)
        self.scale_group.setObjectName(u"scale_group")
        self.scale_form = QFormLayout(self.scale_group)
        self.scale_form.setObjectName(u"scale_form")
        self.scale_min_label = QLabel(self.scale_group)
        self.scale_min_label.setObjectName(u"scale_min_label")

        self.scale_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scale_min_label)

        self.scale_min_spin = QSpinBox(self.scale_group)
        self.scale_min_spin.setObjectName(u"scale_min_spin")
        self.scale_min_spin.setMinimum(-1000)
        self.scale_min_spin.setMaximum(1000)

        self.scale_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scale_min_spin)

        self.scale_max_label = QLabel(self.scale_group)
        self.scale_max_label.setObjectName(u"scale_max_label")

        self.scale_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scale_max_label)

        self.scale_max_spin = QSpinBox(self.scale_group)
        self.scale_max_spin.setObjectName(u"scale_max_spin")
        self.scale_max_spin.setMinimum(-1000)
        self.scale_max_spin.setMaximum(1000)

        self.scale_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scale_max_spin)

        self.scale_labels_label = QLabel(self.scale_group)
        self.scale_labels_label.setObjectName(u"scale_labels_label")

        self.scale_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scale_labels_label)

        self.scale_labels_edit = QPlainTextEdit(self.scale_group)
        self.scale_labels_edit.setObjectName(u"scale_labels_edit")
        self.scale_labels_edit.setTabChangesFocus(True)
        self.scale_labels_edit.setMaximumSize(QSize(16777215, 110))

        self.scale_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scale_labels_edit)


        self.general_layout.addWidget(self.scale_group, 2, 0, 1, 2)

        self.retired_label = QLabel(self.general_tab)
        self.retired_label.setObjectName(u"retired_label")
        self.retired_label.setText(u"")
        self.retired_label.setWordWrap(True)

        self.general_layout.addWidget(self.retired_label, 3, 0, 1, 2)

        self.general_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.general_layout.addItem(self.general_spacer, 4, 0, 1, 1)

        self.tabs.addTab(self.general_tab, "")
        self.targets_tab = QWidget()
        self.targets_tab.setObjectName(u"targets_tab")
        self.targets_layout = QVBoxLayout(self.targets_tab)
        self.targets_layout.setObjectName(u"targets_layout")
        self.targets_hint_label = QLabel(self.targets_tab)
        self.targets_hint_label.setObjectName(u"targets_hint_label")
        self.targets_hint_label.setWordWrap(True)

        self.targets_layout.addWidget(self.targets_hint_label)

        self.targets_table = QTableView(self.targets_tab)
        self.targets_table.setObjectName(u"targets_table")
        self.targets_table.setAlternatingRowColors(True)
        self.targets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targets_table.verticalHeader().setVisible(False)

        self.targets_layout.addWidget(self.targets_table)

        self.new_target_group = QGroupBox(self.targets_tab)
        self.new_target_group.setObjectName(u"new_target_group")
        self.new_target_grid = QGridLayout(self.new_target_group)
        self.new_target_grid.setObjectName(u"new_target_grid")
        self.effective_from_label = QLabel(self.new_target_group)
        self.effective_from_label.setObjectName(u"effective_from_label")

        self.new_target_grid.addWidget(self.effective_from_label, 0, 0, 1, 1)

        self.effective_from_date = QDateEdit(self.new_target_group)
        self.effective_from_date.setObjectName(u"effective_from_date")
        self.effective_from_date.setCalendarPopup(True)

        self.new_target_grid.addWidget(self.effective_from_date, 0, 1, 1, 1)

        self.realistic_label = QLabel(self.new_target_group)
        self.realistic_label.setObjectName(u"realistic_label")

        self.new_target_grid.addWidget(self.realistic_label, 0, 2, 1, 1)

        self.realistic_edit = QLineEdit(self.new_target_group)
        self.realistic_edit.setObjectName(u"realistic_edit")

        self.new_target_grid.addWidget(self.realistic_edit, 0, 3, 1, 1)

        self.stretch_label = QLabel(self.new_target_group)
        self.stretch_label.setObjectName(u"stretch_label")

        self.new_target_grid.addWidget(self.stretch_label, 0, 4, 1, 1)

        self.stretch_edit = QLineEdit(self.new_target_group)
        self.stretch_edit.setObjectName(u"stretch_edit")

        self.new_target_grid.addWidget(self.stretch_edit, 0, 5, 1, 1)

        self.segment_label = QLabel(self.new_target_group)
        self.segment_label.setObjectName(u"segment_label")

        self.new_target_grid.addWidget(self.segment_label, 1, 0, 1, 1)

        self.segment_combo = QComboBox(self.new_target_group)
        self.segment_combo.setObjectName(u"segment_combo")

        self.new_target_grid.addWidget(self.segment_combo, 1, 1, 1, 1)

        self.warning_label = QLabel(self.new_target_group)
        self.warning_label.setObjectName(u"warning_label")

        self.new_target_grid.addWidget(self.warning_label, 1, 2, 1, 1)

        self.warning_edit = QLineEdit(self.new_target_group)
        self.warning_edit.setObjectName(u"warning_edit")

        self.new_target_grid.addWidget(self.warning_edit, 1, 3, 1, 1)

        self.note_label = QLabel(self.new_target_group)
        self.note_label.setObjectName(u"note_label")

        self.new_target_grid.addWidget(self.note_label, 1, 4, 1, 1)

        self.note_edit = QLineEdit(self.new_target_group)
        self.note_edit.setObjectName(u"note_edit")

        self.new_target_grid.addWidget(self.note_edit, 1, 5, 1, 1)

        self.low_label = QLabel(self.new_target_group)
        self.low_label.setObjectName(u"low_label")

        self.new_target_grid.addWidget(self.low_label, 2, 0, 1, 1)

        self.low_edit = QLineEdit(self.new_target_group)
        self.low_edit.setObjectName(u"low_edit")

        self.new_target_grid.addWidget(self.low_edit, 2, 1, 1, 1)

        self.high_label = QLabel(self.new_target_group)
        self.high_label.setObjectName(u"high_label")

        self.new_target_grid.addWidget(self.high_label, 2, 2, 1, 1)

        self.high_edit = QLineEdit(self.new_target_group)
        self.high_edit.setObjectName(u"high_edit")

        self.new_target_grid.addWidget(self.high_edit, 2, 3, 1, 1)

        self.add_target_button = QPushButton(self.new_target_group)
        self.add_target_button.setObjectName(u"add_target_button")

        self.new_target_grid.addWidget(self.add_target_button, 3, 5, 1, 1)


        self.targets_layout.addWidget(self.new_target_group)

        self.tabs.addTab(self.targets_tab, "")
        self.benchmarks_tab = QWidget()
        self.benchmarks_tab.setObjectName(u"benchmarks_tab")
        self.benchmarks_layout = QVBoxLayout(self.benchmarks_tab)
        self.benchmarks_layout.setObjectName(u"benchmarks_layout")
        self.benchmarks_hint_label = QLabel(self.benchmarks_tab)
        self.benchmarks_hint_label.setObjectName(u"benchmarks_hint_label")
        self.benchmarks_hint_label.setWordWrap(True)

        self.benchmarks_layout.addWidget(self.benchmarks_hint_label)

        self.benchmarks_table = QTableView(self.benchmarks_tab)
        self.benchmarks_table.setObjectName(u"benchmarks_table")
        self.benchmarks_table.setAlternatingRowColors(True)
        self.benchmarks_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.benchmarks_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.benchmarks_table.verticalHeader().setVisible(False)

        self.benchmarks_layout.addWidget(self.benchmarks_table)

        self.new_benchmark_group = QGroupBox(self.benchmarks_tab)
        self.new_benchmark_group.setObjectName(u"new_benchmark_group")
        self.new_benchmark_grid = QGridLayout(self.new_benchmark_group)
        self.new_benchmark_grid.setObjectName(u"new_benchmark_grid")
        self.benchmark_kind_label = QLabel(self.new_benchmark_group)
        self.benchmark_kind_label.setObjectName(u"benchmark_kind_label")

        self.new_benchmark_grid.addWidget(self.benchmark_kind_label, 0, 0, 1, 1)

        self.benchmark_kind_combo = QComboBox(self.new_benchmark_group)
        self.benchmark_kind_combo.setObjectName(u"benchmark_kind_combo")

        self.new_benchmark_grid.addWidget(self.benchmark_kind_combo, 0, 1, 1, 1)

        self.benchmark_label_label = QLabel(self.new_benchmark_group)
        self.benchmark_label_label.setObjectName(u"benchmark_label_label")

        self.new_benchmark_grid.addWidget(self.benchmark_label_label, 0, 2, 1, 1)

        self.benchmark_label_edit = QLineEdit(self.new_benchmark_group)
        self.benchmark_label_edit.setObjectName(u"benchmark_label_edit")

        self.new_benchmark_grid.addWidget(self.benchmark_label_edit, 0, 3, 1, 1)

        self.benchmark_value_label = QLabel(self.new_benchmark_group)
        self.benchmark_value_label.setObjectName(u"benchmark_value_label")

        self.new_benchmark_grid.addWidget(self.benchmark_value_label, 0, 4, 1, 1)

        self.benchmark_value_edit = QLineEdit(self.new_benchmark_group)
        self.benchmark_value_edit.setObjectName(u"benchmark_value_edit")

        self.new_benchmark_grid.addWidget(self.benchmark_value_edit, 0, 5, 1, 1)

        self.as_of_label = QLabel(self.new_benchmark_group)
        self.as_of_label.setObjectName(u"as_of_label")

        self.new_benchmark_grid.addWidget(self.as_of_label, 1, 0, 1, 1)

        self.as_of_date = QDateEdit(self.new_benchmark_group)
        self.as_of_date.setObjectName(u"as_of_date")
        self.as_of_date.setCalendarPopup(True)

        self.new_benchmark_grid.addWidget(self.as_of_date, 1, 1, 1, 1)

        self.benchmark_source_label = QLabel(self.new_benchmark_group)
        self.benchmark_source_label.setObjectName(u"benchmark_source_label")

        self.new_benchmark_grid.addWidget(self.benchmark_source_label, 1, 2, 1, 1)

        self.benchmark_source_edit = QLineEdit(self.new_benchmark_group)
        self.benchmark_source_edit.setObjectName(u"benchmark_source_edit")

        self.new_benchmark_grid.addWidget(self.benchmark_source_edit, 1, 3, 1, 1)

        self.example_spacer_label = QLabel(self.new_benchmark_group)
        self.example_spacer_label.setObjectName(u"example_spacer_label")
        self.example_spacer_label.setText(u"")

        self.new_benchmark_grid.addWidget(self.example_spacer_label, 1, 4, 1, 1)

        self.example_check = QCheckBox(self.new_benchmark_group)
        self.example_check.setObjectName(u"example_check")

        self.new_benchmark_grid.addWidget(self.example_check, 1, 5, 1, 1)

        self.add_benchmark_button = QPushButton(self.new_benchmark_group)
        self.add_benchmark_button.setObjectName(u"add_benchmark_button")

        self.new_benchmark_grid.addWidget(self.add_benchmark_button, 2, 5, 1, 1)


        self.benchmarks_layout.addWidget(self.new_benchmark_group)

        self.tabs.addTab(self.benchmarks_tab, "")

        self.outer.addWidget(self.tabs)

        self.error_label = QLabel(KpiDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(KpiDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.definition_label.setBuddy(self.definition_edit)
        self.area_label.setBuddy(self.area_combo)
        self.owner_label.setBuddy(self.owner_combo)
        self.data_source_label.setBuddy(self.data_source_edit)
        self.drives_label.setBuddy(self.drives_edit)
        self.library_label.setBuddy(self.library_value_label)
        self.kind_label.setBuddy(self.kind_combo)
        self.timing_label.setBuddy(self.timing_combo)
        self.unit_label.setBuddy(self.unit_edit)
        self.decimals_label.setBuddy(self.decimals_spin)
        self.direction_label.setBuddy(self.direction_combo)
        self.frequency_label.setBuddy(self.frequency_combo)
        self.rollup_label.setBuddy(self.rollup_combo)
        self.dimension_label.setBuddy(self.dimension_combo)
        self.baseline_label.setBuddy(self.baseline_edit)
        self.formula_label.setBuddy(self.formula_edit)
        self.scale_min_label.setBuddy(self.scale_min_spin)
        self.scale_max_label.setBuddy(self.scale_max_spin)
        self.scale_labels_label.setBuddy(self.scale_labels_edit)
        self.effective_from_label.setBuddy(self.effective_from_date)
        self.realistic_label.setBuddy(self.realistic_edit)
        self.stretch_label.setBuddy(self.stretch_edit)
        self.segment_label.setBuddy(self.segment_combo)
        self.warning_label.setBuddy(self.warning_edit)
        self.note_label.setBuddy(self.note_edit)
        self.low_label.setBuddy(self.low_edit)
        self.high_label.setBuddy(self.high_edit)
        self.benchmark_kind_label.setBuddy(self.benchmark_kind_combo)
        self.benchmark_label_label.setBuddy(self.benchmark_label_edit)
        self.benchmark_value_label.setBuddy(self.benchmark_value_edit)
        self.as_of_label.setBuddy(self.as_of_date)
        self.benchmark_source_label.setBuddy(self.benchmark_source_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.code_edit)
        QWidget.setTabOrder(self.code_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.definition_edit)
        QWidget.setTabOrder(self.definition_edit, self.area_combo)
        QWidget.setTabOrder(self.area_combo, self.owner_combo)
        QWidget.setTabOrder(self.owner_combo, self.data_source_edit)
        QWidget.setTabOrder(self.data_source_edit, self.drives_edit)
        QWidget.setTabOrder(self.drives_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.timing_combo)
        QWidget.setTabOrder(self.timing_combo, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.decimals_spin)
        QWidget.setTabOrder(self.decimals_spin, self.direction_combo)
        QWidget.setTabOrder(self.direction_combo, self.frequency_combo)
        QWidget.setTabOrder(self.frequency_combo, self.rollup_combo)
        QWidget.setTabOrder(self.rollup_combo, self.dimension_combo)
        QWidget.setTabOrder(self.dimension_combo, self.baseline_edit)
        QWidget.setTabOrder(self.baseline_edit, self.formula_edit)
        QWidget.setTabOrder(self.formula_edit, self.scale_min_spin)
        QWidget.setTabOrder(self.scale_min_spin, self.scale_max_spin)
        QWidget.setTabOrder(self.scale_max_spin, self.scale_labels_edit)
        QWidget.setTabOrder(self.scale_labels_edit, self.targets_table)
        QWidget.setTabOrder(self.targets_table, self.effective_from_date)
        QWidget.setTabOrder(self.effective_from_date, self.realistic_edit)
        QWidget.setTabOrder(self.realistic_edit, self.stretch_edit)
        QWidget.setTabOrder(self.stretch_edit, self.segment_combo)
        QWidget.setTabOrder(self.segment_combo, self.warning_edit)
        QWidget.setTabOrder(self.warning_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.low_edit)
        QWidget.setTabOrder(self.low_edit, self.high_edit)
        QWidget.setTabOrder(self.high_edit, self.add_target_button)
        QWidget.setTabOrder(self.add_target_button, self.benchmarks_table)
        QWidget.setTabOrder(self.benchmarks_table, self.benchmark_kind_combo)
        QWidget.setTabOrder(self.benchmark_kind_combo, self.benchmark_label_edit)
        QWidget.setTabOrder(self.benchmark_label_edit, self.benchmark_value_edit)
        QWidget.setTabOrder(self.benchmark_value_edit, self.as_of_date)
        QWidget.setTabOrder(self.as_of_date, self.benchmark_source_edit)
        QWidget.setTabOrder(self.benchmark_source_edit, self.example_check)
        QWidget.setTabOrder(self.example_check, self.add_benchmark_button)

        self.retranslateUi(KpiDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(KpiDialog)
    # setupUi

    def retranslateUi(self, KpiDialog):
        KpiDialog.setWindowTitle(QCoreApplication.translate("KpiDialog", u"KPI", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("KpiDialog", u"KPI editor sections", None))
#endif // QT_CONFIG(accessibility)
        self.code_label.setText(QCoreApplication.translate("KpiDialog", u"&Code:", None))
#if QT_CONFIG(accessibility)
        self.code_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Code", None))
#endif // QT_CONFIG(accessibility)
        self.code_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"e.g. WEB_ORDERS", None))
        self.name_label.setText(QCoreApplication.translate("KpiDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.name_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.definition_label.setText(QCoreApplication.translate("KpiDialog", u"De&finition:", None))
#if QT_CONFIG(accessibility)
        self.definition_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Definition", None))
#endif // QT_CONFIG(accessibility)
        self.area_label.setText(QCoreApplication.translate("KpiDialog", u"&Area:", None))
#if QT_CONFIG(accessibility)
        self.area_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.owner_label.setText(QCoreApplication.translate("KpiDialog", u"O&wner:", None))
#if QT_CONFIG(accessibility)
        self.owner_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.data_source_label.setText(QCoreApplication.translate("KpiDialog", u"Data &source:", None))
#if QT_CONFIG(accessibility)
        self.data_source_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Data source", None))
#endif // QT_CONFIG(accessibility)
        self.data_source_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"Where the number comes from", None))
        self.drives_label.setText(QCoreApplication.translate("KpiDialog", u"Dri&ves:", None))
#if QT_CONFIG(accessibility)
        self.drives_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Drives (codes of the lagging KPIs this KPI moves)", None))
#endif // QT_CONFIG(accessibility)
        self.drives_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"Codes, separated by commas", None))
        self.library_label.setText(QCoreApplication.translate("KpiDialog", u"Library:", None))
        self.kind_label.setText(QCoreApplication.translate("KpiDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kind_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Kind", None))
#endif // QT_CONFIG(accessibility)
        self.timing_label.setText(QCoreApplication.translate("KpiDialog", u"&Timing:", None))
#if QT_CONFIG(accessibility)
        self.timing_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Timing", None))
#endif // QT_CONFIG(accessibility)
        self.unit_label.setText(QCoreApplication.translate("KpiDialog", u"&Unit:", None))
#if QT_CONFIG(accessibility)
        self.unit_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"e.g. NOK, %, visits", None))
        self.decimals_label.setText(QCoreApplication.translate("KpiDialog", u"&Decimals:", None))
#if QT_CONFIG(accessibility)
        self.decimals_spin.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Decimals", None))
#endif // QT_CONFIG(accessibility)
        self.direction_label.setText(QCoreApplication.translate("KpiDialog", u"Di&rection:", None))
#if QT_CONFIG(accessibility)
        self.direction_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Direction", None))
#endif // QT_CONFIG(accessibility)
        self.frequency_label.setText(QCoreApplication.translate("KpiDialog", u"Fre&quency:", None))
#if QT_CONFIG(accessibility)
        self.frequency_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Frequency", None))
#endif // QT_CONFIG(accessibility)
        self.rollup_label.setText(QCoreApplication.translate("KpiDialog", u"R&oll-up:", None))
#if QT_CONFIG(accessibility)
        self.rollup_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Roll-up over time", None))
#endif // QT_CONFIG(accessibility)
        self.dimension_label.setText(QCoreApplication.translate("KpiDialog", u"S&plit by:", None))
#if QT_CONFIG(accessibility)
        self.dimension_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Split by", None))
#endif // QT_CONFIG(accessibility)
        self.baseline_label.setText(QCoreApplication.translate("KpiDialog", u"&Baseline:", None))
#if QT_CONFIG(accessibility)
        self.baseline_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Baseline", None))
#endif // QT_CONFIG(accessibility)
        self.baseline_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"Value before you started", None))
        self.formula_label.setText(QCoreApplication.translate("KpiDialog", u"For&mula:", None))
#if QT_CONFIG(accessibility)
        self.formula_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Formula", None))
#endif // QT_CONFIG(accessibility)
        self.formula_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"Optional, over other KPI codes, e.g. WEB_ORDERS / WEB_VISITS * 100", None))
        self.scale_group.setTitle(QCoreApplication.translate("KpiDialog", u"Score scale (qualitative KPIs)", None))
        self.scale_min_label.setText(QCoreApplication.translate("KpiDialog", u"Lowest score (m&inimum):", None))
#if QT_CONFIG(accessibility)
        self.scale_min_spin.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Lowest score", None))
#endif // QT_CONFIG(accessibility)
        self.scale_max_label.setText(QCoreApplication.translate("KpiDialog", u"Highest score (ma&ximum):", None))
#if QT_CONFIG(accessibility)
        self.scale_max_spin.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Highest score", None))
#endif // QT_CONFIG(accessibility)
        self.scale_labels_label.setText(QCoreApplication.translate("KpiDialog", u"Score &labels:", None))
#if QT_CONFIG(accessibility)
        self.scale_labels_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Score labels, one per line", None))
#endif // QT_CONFIG(accessibility)
        self.scale_labels_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"One per line, e.g. 1 = Poor", None))
        self.tabs.setTabText(self.tabs.indexOf(self.general_tab), QCoreApplication.translate("KpiDialog", u"Gen&eral", None))
        self.targets_hint_label.setText(QCoreApplication.translate("KpiDialog", u"A new target applies from its date on; earlier periods keep the targets that were in force then.", None))
#if QT_CONFIG(accessibility)
        self.targets_table.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Target history", None))
#endif // QT_CONFIG(accessibility)
        self.new_target_group.setTitle(QCoreApplication.translate("KpiDialog", u"New target", None))
        self.effective_from_label.setText(QCoreApplication.translate("KpiDialog", u"Effective &from:", None))
#if QT_CONFIG(accessibility)
        self.effective_from_date.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Effective from", None))
#endif // QT_CONFIG(accessibility)
        self.realistic_label.setText(QCoreApplication.translate("KpiDialog", u"&Realistic:", None))
#if QT_CONFIG(accessibility)
        self.realistic_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Realistic target", None))
#endif // QT_CONFIG(accessibility)
        self.stretch_label.setText(QCoreApplication.translate("KpiDialog", u"&Stretch:", None))
#if QT_CONFIG(accessibility)
        self.stretch_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Stretch target", None))
#endif // QT_CONFIG(accessibility)
        self.segment_label.setText(QCoreApplication.translate("KpiDialog", u"Segmen&t:", None))
#if QT_CONFIG(accessibility)
        self.segment_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Segment", None))
#endif // QT_CONFIG(accessibility)
        self.warning_label.setText(QCoreApplication.translate("KpiDialog", u"&Warning at:", None))
#if QT_CONFIG(accessibility)
        self.warning_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Warning threshold", None))
#endif // QT_CONFIG(accessibility)
        self.note_label.setText(QCoreApplication.translate("KpiDialog", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.low_label.setText(QCoreApplication.translate("KpiDialog", u"Range &low:", None))
#if QT_CONFIG(accessibility)
        self.low_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Lowest good value", None))
#endif // QT_CONFIG(accessibility)
        self.high_label.setText(QCoreApplication.translate("KpiDialog", u"Range h&igh:", None))
#if QT_CONFIG(accessibility)
        self.high_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Highest good value", None))
#endif // QT_CONFIG(accessibility)
        self.add_target_button.setText(QCoreApplication.translate("KpiDialog", u"&Add target", None))
#if QT_CONFIG(accessibility)
        self.add_target_button.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Add target", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.targets_tab), QCoreApplication.translate("KpiDialog", u"Tar&gets", None))
        self.benchmarks_hint_label.setText(QCoreApplication.translate("KpiDialog", u"Figures to compare with: industry standards, competitors or your own best. Type them from a source you trust; KPIDesk never invents them.", None))
#if QT_CONFIG(accessibility)
        self.benchmarks_table.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Benchmarks", None))
#endif // QT_CONFIG(accessibility)
        self.new_benchmark_group.setTitle(QCoreApplication.translate("KpiDialog", u"New benchmark", None))
        self.benchmark_kind_label.setText(QCoreApplication.translate("KpiDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.benchmark_kind_combo.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Benchmark kind", None))
#endif // QT_CONFIG(accessibility)
        self.benchmark_label_label.setText(QCoreApplication.translate("KpiDialog", u"&Label:", None))
#if QT_CONFIG(accessibility)
        self.benchmark_label_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Benchmark label", None))
#endif // QT_CONFIG(accessibility)
        self.benchmark_label_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"e.g. Trade association average", None))
        self.benchmark_value_label.setText(QCoreApplication.translate("KpiDialog", u"&Value:", None))
#if QT_CONFIG(accessibility)
        self.benchmark_value_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Benchmark value", None))
#endif // QT_CONFIG(accessibility)
        self.as_of_label.setText(QCoreApplication.translate("KpiDialog", u"As &of:", None))
#if QT_CONFIG(accessibility)
        self.as_of_date.setAccessibleName(QCoreApplication.translate("KpiDialog", u"As of date", None))
#endif // QT_CONFIG(accessibility)
        self.benchmark_source_label.setText(QCoreApplication.translate("KpiDialog", u"&Source:", None))
#if QT_CONFIG(accessibility)
        self.benchmark_source_edit.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Benchmark source", None))
#endif // QT_CONFIG(accessibility)
        self.benchmark_source_edit.setPlaceholderText(QCoreApplication.translate("KpiDialog", u"e.g. a report, with its year", None))
#if QT_CONFIG(accessibility)
        self.example_check.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Example figure, not a real one", None))
#endif // QT_CONFIG(accessibility)
        self.example_check.setText(QCoreApplication.translate("KpiDialog", u"E&xample figure, not a real one", None))
        self.add_benchmark_button.setText(QCoreApplication.translate("KpiDialog", u"&Add benchmark", None))
#if QT_CONFIG(accessibility)
        self.add_benchmark_button.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Add benchmark", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.benchmarks_tab), QCoreApplication.translate("KpiDialog", u"Benc&hmarks", None))
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("KpiDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

