# generated from ui/review_session.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_session.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget, QTableView, QTreeWidget, QVBoxLayout, QWidget

class Ui_ReviewSession(object):
    def setupUi(self, ReviewSession):
        if not ReviewSession.objectName():
            ReviewSession.setObjectName(u"ReviewSession")
        ReviewSession.resize(1100, 720)
        self.outer = QVBoxLayout(ReviewSession)
        self.outer.setObjectName(u"outer")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.title_label = QLabel(ReviewSession)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_row.addWidget(self.title_label)

        self.progress_label = QLabel(ReviewSession)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setText(u"")

        self.header_row.addWidget(self.progress_label)

        self.header_row.setStretch(0, 1)

        self.outer.addLayout(self.header_row)

        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.steps_list = QListWidget(ReviewSession)
        self.steps_list.setObjectName(u"steps_list")
        self.steps_list.setMinimumWidth(170)
        self.steps_list.setMaximumWidth(210)
        self.steps_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_list.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.body.addWidget(self.steps_list)

        self.steps = QStackedWidget(ReviewSession)
        self.steps.setObjectName(u"steps")
        self.kpi_step = QWidget()
        self.kpi_step.setObjectName(u"kpi_step")
        self.kpi_step_layout = QHBoxLayout(self.kpi_step)
        self.kpi_step_layout.setObjectName(u"kpi_step_layout")
        self.kpi_step_layout.setContentsMargins(0, 0, 0, 0)
        self.facts_column = QVBoxLayout()
        self.facts_column.setObjectName(u"facts_column")
        self.summary_row = QHBoxLayout()
        self.summary_row.setObjectName(u"summary_row")
        self.tile_host = QWidget(self.kpi_step)
        self.tile_host.setObjectName(u"tile_host")
        self.tile_host_layout = QVBoxLayout(self.tile_host)
        self.tile_host_layout.setObjectName(u"tile_host_layout")
        self.tile_host_layout.setContentsMargins(0, 0, 0, 0)

        self.summary_row.addWidget(self.tile_host)

        self.words_column = QVBoxLayout()
        self.words_column.setObjectName(u"words_column")
        self.definition_label = QLabel(self.kpi_step)
        self.definition_label.setObjectName(u"definition_label")
        self.definition_label.setText(u"")
        self.definition_label.setTextFormat(Qt.TextFormat.PlainText)
        self.definition_label.setWordWrap(True)
        self.definition_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.words_column.addWidget(self.definition_label)

        self.recent_label = QLabel(self.kpi_step)
        self.recent_label.setObjectName(u"recent_label")
        self.recent_label.setText(u"")
        self.recent_label.setTextFormat(Qt.TextFormat.RichText)
        self.recent_label.setWordWrap(True)

        self.words_column.addWidget(self.recent_label)

        self.words_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.words_column.addItem(self.words_spacer)


        self.summary_row.addLayout(self.words_column)

        self.summary_row.setStretch(1, 1)

        self.facts_column.addLayout(self.summary_row)

        self.chart_host = QWidget(self.kpi_step)
        self.chart_host.setObjectName(u"chart_host")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.chart_host.sizePolicy().hasHeightForWidth())
        self.chart_host.setSizePolicy(sizePolicy)
        self.chart_host.setMinimumSize(QSize(0, 200))
        self.chart_host_layout = QVBoxLayout(self.chart_host)
        self.chart_host_layout.setObjectName(u"chart_host_layout")
        self.chart_host_layout.setContentsMargins(0, 0, 0, 0)

        self.facts_column.addWidget(self.chart_host)

        self.facts_tabs = QTabWidget(self.kpi_step)
        self.facts_tabs.setObjectName(u"facts_tabs")
        self.facts_tabs.setMinimumSize(QSize(0, 150))
        self.facts_tabs.setMaximumSize(QSize(16777215, 190))
        self.causes_tab = QWidget()
        self.causes_tab.setObjectName(u"causes_tab")
        self.causes_layout = QVBoxLayout(self.causes_tab)
        self.causes_layout.setObjectName(u"causes_layout")
        self.causes_layout.setContentsMargins(0, 0, 0, 0)
        self.causes_list = QListWidget(self.causes_tab)
        self.causes_list.setObjectName(u"causes_list")
        self.causes_list.setWordWrap(True)
        self.causes_list.setAlternatingRowColors(True)

        self.causes_layout.addWidget(self.causes_list)

        self.facts_tabs.addTab(self.causes_tab, "")
        self.targets_tab = QWidget()
        self.targets_tab.setObjectName(u"targets_tab")
        self.targets_layout = QVBoxLayout(self.targets_tab)
        self.targets_layout.setObjectName(u"targets_layout")
        self.targets_layout.setContentsMargins(0, 0, 0, 0)
        self.targets_table = QTableView(self.targets_tab)
        self.targets_table.setObjectName(u"targets_table")
        self.targets_table.setAlternatingRowColors(True)
        self.targets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets_table.verticalHeader().setVisible(False)

        self.targets_layout.addWidget(self.targets_table)

        self.facts_tabs.addTab(self.targets_tab, "")
        self.benchmarks_tab = QWidget()
        self.benchmarks_tab.setObjectName(u"benchmarks_tab")
        self.benchmarks_layout = QVBoxLayout(self.benchmarks_tab)
        self.benchmarks_layout.setObjectName(u"benchmarks_layout")
        self.benchmarks_layout.setContentsMargins(0, 0, 0, 0)
        self.benchmarks_tree = QTreeWidget(self.benchmarks_tab)
        self.benchmarks_tree.setObjectName(u"benchmarks_tree")
        self.benchmarks_tree.setRootIsDecorated(False)
        self.benchmarks_tree.setAlternatingRowColors(True)

        self.benchmarks_layout.addWidget(self.benchmarks_tree)

        self.facts_tabs.addTab(self.benchmarks_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_layout = QVBoxLayout(self.history_tab)
        self.history_layout.setObjectName(u"history_layout")
        self.history_layout.setContentsMargins(0, 0, 0, 0)
        self.history_list = QListWidget(self.history_tab)
        self.history_list.setObjectName(u"history_list")
        self.history_list.setWordWrap(True)
        self.history_list.setAlternatingRowColors(True)

        self.history_layout.addWidget(self.history_list)

        self.facts_tabs.addTab(self.history_tab, "")

        self.facts_column.addWidget(self.facts_tabs)

        self.facts_column.setStretch(1, 1)

        self.kpi_step_layout.addLayout(self.facts_column)

        self.decision_group = QGroupBox(self.kpi_step)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_group.setMinimumWidth(300)
        self.decision_group.setMaximumWidth(330)
        self.decision_layout = QVBoxLayout(self.decision_group)
        self.decision_layout.setObjectName(u"decision_layout")
        self.keep_radio = QRadioButton(self.decision_group)
        self.keep_radio.setObjectName(u"keep_radio")
        self.keep_radio.setChecked(True)

        self.decision_layout.addWidget(self.keep_radio)

        self.adjust_radio = QRadioButton(self.decision_group)
        self.adjust_radio.setObjectName(u"adjust_radio")

        self.decision_layout.addWidget(self.adjust_radio)

        self.definition_radio = QRadioButton(self.decision_group)
        self.definition_radio.setObjectName(u"definition_radio")

        self.decision_layout.addWidget(self.definition_radio)

        self.replace_radio = QRadioButton(self.decision_group)
        self.replace_radio.setObjectName(u"replace_radio")

        self.decision_layout.addWidget(self.replace_radio)

        self.retire_radio = QRadioButton(self.decision_group)
        self.retire_radio.setObjectName(u"retire_radio")

        self.decision_layout.addWidget(self.retire_radio)

        self.effective_form = QFormLayout()
        self.effective_form.setObjectName(u"effective_form")
        self.effective_label = QLabel(self.decision_group)
        self.effective_label.setObjectName(u"effective_label")

        self.effective_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.effective_label)

        self.effective_combo = QComboBox(self.decision_group)
        self.effective_combo.setObjectName(u"effective_combo")

        self.effective_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.effective_combo)


        self.decision_layout.addLayout(self.effective_form)

        self.decision_pages = QWidget(self.decision_group)
        self.decision_pages.setObjectName(u"decision_pages")
        self.decision_pages_layout = QVBoxLayout(self.decision_pages)
        self.decision_pages_layout.setObjectName(u"decision_pages_layout")
        self.decision_pages_layout.setContentsMargins(0, 0, 0, 0)
        self.keep_page = QWidget(self.decision_pages)
        self.keep_page.setObjectName(u"keep_page")
        self.keep_layout = QVBoxLayout(self.keep_page)
        self.keep_layout.setObjectName(u"keep_layout")
        self.keep_layout.setContentsMargins(0, 0, 0, 0)
        self.keep_hint_label = QLabel(self.keep_page)
        self.keep_hint_label.setObjectName(u"keep_hint_label")
        self.keep_hint_label.setWordWrap(True)

        self.keep_layout.addWidget(self.keep_hint_label)

        self.keep_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keep_layout.addItem(self.keep_spacer)


        self.decision_pages_layout.addWidget(self.keep_page)

        self.target_page = QWidget(self.decision_pages)
        self.target_page.setObjectName(u"target_page")
        self.target_page.setVisible(False)
        self.target_form = QFormLayout(self.target_page)
        self.target_form.setObjectName(u"target_form")
        self.target_form.setContentsMargins(0, 0, 0, 0)
        self.current_target_label = QLabel(self.target_page)
        self.current_target_label.setObjectName(u"current_target_label")
        self.current_target_label.setText(u"")
        self.current_target_label.setWordWrap(True)

        self.target_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.current_target_label)

        self.realistic_label = QLabel(self.target_page)
        self.realistic_label.setObjectName(u"realistic_label")

        self.target_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.realistic_label)

        self.realistic_edit = QLineEdit(self.target_page)
        self.realistic_edit.setObjectName(u"realistic_edit")

        self.target_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.realistic_edit)

        self.stretch_label = QLabel(self.target_page)
        self.stretch_label.setObjectName(u"stretch_label")

        self.target_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stretch_label)

        self.stretch_edit = QLineEdit(self.target_page)
        self.stretch_edit.setObjectName(u"stretch_edit")

        self.target_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stretch_edit)

        self.warning_label = QLabel(self.target_page)
        self.warning_label.setObjectName(u"warning_label")

        self.target_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.warning_label)

        self.warning_edit = QLineEdit(self.target_page)
        self.warning_edit.setObjectName(u"warning_edit")

        self.target_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.warning_edit)

        self.low_label = QLabel(self.target_page)
        self.low_label.setObjectName(u"low_label")

        self.target_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.low_label)

        self.low_edit = QLineEdit(self.target_page)
        self.low_edit.setObjectName(u"low_edit")

        self.target_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.low_edit)

        self.high_label = QLabel(self.target_page)
        self.high_label.setObjectName(u"high_label")

        self.target_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.high_label)

        self.high_edit = QLineEdit(self.target_page)
        self.high_edit.setObjectName(u"high_edit")

        self.target_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.high_edit)


        self.decision_pages_layout.addWidget(self.target_page)

        self.definition_page = QWidget(self.decision_pages)
        self.definition_page.setObjectName(u"definition_page")
        self.definition_page.setVisible(False)
        self.definition_layout = QVBoxLayout(self.definition_page)
        self.definition_layout.setObjectName(u"definition_layout")
        self.definition_layout.setContentsMargins(0, 0, 0, 0)
        self.new_definition_label = QLabel(self.definition_page)
        self.new_definition_label.setObjectName(u"new_definition_label")
        self.new_definition_label.setWordWrap(True)

        self.definition_layout.addWidget(self.new_definition_label)

        self.definition_edit = QPlainTextEdit(self.definition_page)
        self.definition_edit.setObjectName(u"definition_edit")
        self.definition_edit.setTabChangesFocus(True)

        self.definition_layout.addWidget(self.definition_edit)


        self.decision_pages_layout.addWidget(self.definition_page)

        self.replace_page = QWidget(self.decision_pages)
        self.replace_page.setObjectName(u"replace_page")
        self.replace_page.setVisible(False)
        self.replace_layout = QVBoxLayout(self.replace_page)
        self.replace_layout.setObjectName(u"replace_layout")
        self.replace_layout.setContentsMargins(0, 0, 0, 0)
        self.existing_radio = QRadioButton(self.replace_page)
        self.existing_radio.setObjectName(u"existing_radio")
        self.existing_radio.setChecked(True)

        self.replace_layout.addWidget(self.existing_radio)

        self.existing_combo = QComboBox(self.replace_page)
        self.existing_combo.setObjectName(u"existing_combo")
        self.existing_combo.setMaxVisibleItems(20)

        self.replace_layout.addWidget(self.existing_combo)

        self.library_radio = QRadioButton(self.replace_page)
        self.library_radio.setObjectName(u"library_radio")

        self.replace_layout.addWidget(self.library_radio)

        self.library_search_edit = QLineEdit(self.replace_page)
        self.library_search_edit.setObjectName(u"library_search_edit")
        self.library_search_edit.setClearButtonEnabled(True)

        self.replace_layout.addWidget(self.library_search_edit)

        self.library_combo = QComboBox(self.replace_page)
        self.library_combo.setObjectName(u"library_combo")
        self.library_combo.setMaxVisibleItems(20)

        self.replace_layout.addWidget(self.library_combo)

        self.own_radio = QRadioButton(self.replace_page)
        self.own_radio.setObjectName(u"own_radio")

        self.replace_layout.addWidget(self.own_radio)

        self.own_form = QFormLayout()
        self.own_form.setObjectName(u"own_form")
        self.own_code_label = QLabel(self.replace_page)
        self.own_code_label.setObjectName(u"own_code_label")

        self.own_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.own_code_label)

        self.own_code_edit = QLineEdit(self.replace_page)
        self.own_code_edit.setObjectName(u"own_code_edit")

        self.own_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.own_code_edit)

        self.own_name_label = QLabel(self.replace_page)
        self.own_name_label.setObjectName(u"own_name_label")

        self.own_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.own_name_label)

        self.own_name_edit = QLineEdit(self.replace_page)
        self.own_name_edit.setObjectName(u"own_name_edit")

        self.own_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.own_name_edit)

        self.new_target_label = QLabel(self.replace_page)
        self.new_target_label.setObjectName(u"new_target_label")

        self.own_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.new_target_label)

        self.new_target_edit = QLineEdit(self.replace_page)
        self.new_target_edit.setObjectName(u"new_target_edit")

        self.own_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.new_target_edit)


        self.replace_layout.addLayout(self.own_form)


        self.decision_pages_layout.addWidget(self.replace_page)

        self.retire_page = QWidget(self.decision_pages)
        self.retire_page.setObjectName(u"retire_page")
        self.retire_page.setVisible(False)
        self.retire_layout = QVBoxLayout(self.retire_page)
        self.retire_layout.setObjectName(u"retire_layout")
        self.retire_layout.setContentsMargins(0, 0, 0, 0)
        self.retire_hint_label = QLabel(self.retire_page)
        self.retire_hint_label.setObjectName(u"retire_hint_label")
        self.retire_hint_label.setWordWrap(True)

        self.retire_layout.addWidget(self.retire_hint_label)

        self.retire_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.retire_layout.addItem(self.retire_spacer)


        self.decision_pages_layout.addWidget(self.retire_page)


        self.decision_layout.addWidget(self.decision_pages)

        self.note_label = QLabel(self.decision_group)
        self.note_label.setObjectName(u"note_label")

        self.decision_layout.addWidget(self.note_label)

        self.note_edit = QPlainTextEdit(self.decision_group)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumSize(QSize(16777215, 90))

        self.decision_layout.addWidget(self.note_edit)

        self.problem_label = QLabel(self.decision_group)
        self.problem_label.setObjectName(u"problem_label")
        self.problem_label.setText(u"")
        self.problem_label.setWordWrap(True)

        self.decision_layout.addWidget(self.problem_label)

        self.decision_spacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decision_layout.addItem(self.decision_spacer)

        self.decision_layout.setStretch(10, 1)

        self.kpi_step_layout.addWidget(self.decision_group)

        self.kpi_step_layout.setStretch(0, 1)
        self.steps.addWidget(self.kpi_step)
        self.summary_step = QWidget()
        self.summary_step.setObjectName(u"summary_step")
        self.summary_layout = QVBoxLayout(self.summary_step)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_layout.setContentsMargins(0, 0, 0, 0)
        self.changes_label = QLabel(self.summary_step)
        self.changes_label.setObjectName(u"changes_label")

        self.summary_layout.addWidget(self.changes_label)

        self.changes_list = QListWidget(self.summary_step)
        self.changes_list.setObjectName(u"changes_list")
        self.changes_list.setWordWrap(True)
        self.changes_list.setAlternatingRowColors(True)

        self.summary_layout.addWidget(self.changes_list)

        self.balance_label = QLabel(self.summary_step)
        self.balance_label.setObjectName(u"balance_label")

        self.summary_layout.addWidget(self.balance_label)

        self.balance_list = QListWidget(self.summary_step)
        self.balance_list.setObjectName(u"balance_list")
        self.balance_list.setWordWrap(True)

        self.summary_layout.addWidget(self.balance_list)

        self.review_form = QFormLayout()
        self.review_form.setObjectName(u"review_form")
        self.notes_label = QLabel(self.summary_step)
        self.notes_label.setObjectName(u"notes_label")

        self.review_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.summary_step)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumSize(QSize(16777215, 80))

        self.review_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notes_edit)

        self.next_review_label = QLabel(self.summary_step)
        self.next_review_label.setObjectName(u"next_review_label")

        self.review_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.next_review_label)

        self.next_review_date = QDateEdit(self.summary_step)
        self.next_review_date.setObjectName(u"next_review_date")
        self.next_review_date.setMaximumSize(QSize(180, 16777215))
        self.next_review_date.setCalendarPopup(True)

        self.review_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.next_review_date)


        self.summary_layout.addLayout(self.review_form)

        self.summary_problem_label = QLabel(self.summary_step)
        self.summary_problem_label.setObjectName(u"summary_problem_label")
        self.summary_problem_label.setText(u"")
        self.summary_problem_label.setWordWrap(True)

        self.summary_layout.addWidget(self.summary_problem_label)

        self.summary_layout.setStretch(1, 2)
        self.summary_layout.setStretch(3, 1)
        self.steps.addWidget(self.summary_step)

        self.body.addWidget(self.steps)

        self.body.setStretch(1, 1)

        self.outer.addLayout(self.body)

        self.footer = QHBoxLayout()
        self.footer.setObjectName(u"footer")
        self.cancel_button = QPushButton(ReviewSession)
        self.cancel_button.setObjectName(u"cancel_button")

        self.footer.addWidget(self.cancel_button)

        self.footer_spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footer.addItem(self.footer_spacer)

        self.back_button = QPushButton(ReviewSession)
        self.back_button.setObjectName(u"back_button")

        self.footer.addWidget(self.back_button)

        self.next_button = QPushButton(ReviewSession)
        self.next_button.setObjectName(u"next_button")

        self.footer.addWidget(self.next_button)

        self.save_button = QPushButton(ReviewSession)
        self.save_button.setObjectName(u"save_button")

        self.footer.addWidget(self.save_button)

        self.footer.setStretch(1, 1)

        self.outer.addLayout(self.footer)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.effective_label.setBuddy(self.effective_combo)
        self.realistic_label.setBuddy(self.realistic_edit)
        self.stretch_label.setBuddy(self.stretch_edit)
        self.warning_label.setBuddy(self.warning_edit)
        self.low_label.setBuddy(self.low_edit)
        self.high_label.setBuddy(self.high_edit)
        self.new_definition_label.setBuddy(self.definition_edit)
        self.own_code_label.setBuddy(self.own_code_edit)
        self.own_name_label.setBuddy(self.own_name_edit)
        self.new_target_label.setBuddy(self.new_target_edit)
        self.note_label.setBuddy(self.note_edit)
        self.changes_label.setBuddy(self.changes_list)
        self.balance_label.setBuddy(self.balance_list)
        self.notes_label.setBuddy(self.notes_edit)
        self.next_review_label.setBuddy(self.next_review_date)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.steps_list, self.facts_tabs)
        QWidget.setTabOrder(self.facts_tabs, self.causes_list)
        QWidget.setTabOrder(self.causes_list, self.targets_table)
        QWidget.setTabOrder(self.targets_table, self.benchmarks_tree)
        QWidget.setTabOrder(self.benchmarks_tree, self.history_list)
        QWidget.setTabOrder(self.history_list, self.keep_radio)
        QWidget.setTabOrder(self.keep_radio, self.adjust_radio)
        QWidget.setTabOrder(self.adjust_radio, self.definition_radio)
        QWidget.setTabOrder(self.definition_radio, self.replace_radio)
        QWidget.setTabOrder(self.replace_radio, self.retire_radio)
        QWidget.setTabOrder(self.retire_radio, self.effective_combo)
        QWidget.setTabOrder(self.effective_combo, self.realistic_edit)
        QWidget.setTabOrder(self.realistic_edit, self.stretch_edit)
        QWidget.setTabOrder(self.stretch_edit, self.warning_edit)
        QWidget.setTabOrder(self.warning_edit, self.low_edit)
        QWidget.setTabOrder(self.low_edit, self.high_edit)
        QWidget.setTabOrder(self.high_edit, self.definition_edit)
        QWidget.setTabOrder(self.definition_edit, self.existing_radio)
        QWidget.setTabOrder(self.existing_radio, self.existing_combo)
        QWidget.setTabOrder(self.existing_combo, self.library_radio)
        QWidget.setTabOrder(self.library_radio, self.library_search_edit)
        QWidget.setTabOrder(self.library_search_edit, self.library_combo)
        QWidget.setTabOrder(self.library_combo, self.own_radio)
        QWidget.setTabOrder(self.own_radio, self.own_code_edit)
        QWidget.setTabOrder(self.own_code_edit, self.own_name_edit)
        QWidget.setTabOrder(self.own_name_edit, self.new_target_edit)
        QWidget.setTabOrder(self.new_target_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.changes_list)
        QWidget.setTabOrder(self.changes_list, self.balance_list)
        QWidget.setTabOrder(self.balance_list, self.notes_edit)
        QWidget.setTabOrder(self.notes_edit, self.next_review_date)
        QWidget.setTabOrder(self.next_review_date, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.save_button)

        self.retranslateUi(ReviewSession)

        self.facts_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReviewSession)
    # setupUi

    def retranslateUi(self, ReviewSession):
#if QT_CONFIG(accessibility)
        self.steps_list.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Steps of the review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.steps_list.setToolTip(QCoreApplication.translate("ReviewSession", u"Each KPI of the review with its decision, then the summary", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.definition_label.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Definition", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.facts_tabs.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Facts about the KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.causes_list.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Causes and comments of recent values", None))
#endif // QT_CONFIG(accessibility)
        self.facts_tabs.setTabText(self.facts_tabs.indexOf(self.causes_tab), QCoreApplication.translate("ReviewSession", u"Ca&uses and comments", None))
#if QT_CONFIG(accessibility)
        self.targets_table.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Targets of the KPI", None))
#endif // QT_CONFIG(accessibility)
        self.facts_tabs.setTabText(self.facts_tabs.indexOf(self.targets_tab), QCoreApplication.translate("ReviewSession", u"Tar&gets", None))
        ___qtreewidgetitem = self.benchmarks_tree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("ReviewSession", u"Source", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("ReviewSession", u"As of", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ReviewSession", u"Value", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ReviewSession", u"Label", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ReviewSession", u"Kind", None))
#if QT_CONFIG(accessibility)
        self.benchmarks_tree.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Benchmarks and competitor figures", None))
#endif // QT_CONFIG(accessibility)
        self.facts_tabs.setTabText(self.facts_tabs.indexOf(self.benchmarks_tab), QCoreApplication.translate("ReviewSession", u"Bench&marks and competitors", None))
#if QT_CONFIG(accessibility)
        self.history_list.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Earlier definitions, replacements and review decisions", None))
#endif // QT_CONFIG(accessibility)
        self.facts_tabs.setTabText(self.facts_tabs.indexOf(self.history_tab), QCoreApplication.translate("ReviewSession", u"Histor&y", None))
        self.decision_group.setTitle(QCoreApplication.translate("ReviewSession", u"Decision", None))
        self.keep_radio.setText(QCoreApplication.translate("ReviewSession", u"&Keep as it is", None))
        self.adjust_radio.setText(QCoreApplication.translate("ReviewSession", u"&Adjust the target", None))
        self.definition_radio.setText(QCoreApplication.translate("ReviewSession", u"Change the &definition", None))
        self.replace_radio.setText(QCoreApplication.translate("ReviewSession", u"Re&place with another KPI", None))
        self.retire_radio.setText(QCoreApplication.translate("ReviewSession", u"Re&tire", None))
        self.effective_label.setText(QCoreApplication.translate("ReviewSession", u"Effecti&ve from:", None))
#if QT_CONFIG(accessibility)
        self.effective_combo.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Period the decision takes effect in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.effective_combo.setToolTip(QCoreApplication.translate("ReviewSession", u"Earlier periods keep their targets and KPIs, so old reports stay true", None))
#endif // QT_CONFIG(tooltip)
        self.keep_hint_label.setText(QCoreApplication.translate("ReviewSession", u"The KPI and its target stay as they are.", None))
        self.realistic_label.setText(QCoreApplication.translate("ReviewSession", u"&Realistic:", None))
#if QT_CONFIG(accessibility)
        self.realistic_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"New realistic target", None))
#endif // QT_CONFIG(accessibility)
        self.stretch_label.setText(QCoreApplication.translate("ReviewSession", u"&Stretch:", None))
#if QT_CONFIG(accessibility)
        self.stretch_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"New stretch target", None))
#endif // QT_CONFIG(accessibility)
        self.warning_label.setText(QCoreApplication.translate("ReviewSession", u"&Warning at:", None))
#if QT_CONFIG(accessibility)
        self.warning_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"New warning level", None))
#endif // QT_CONFIG(accessibility)
        self.low_label.setText(QCoreApplication.translate("ReviewSession", u"Range &low:", None))
#if QT_CONFIG(accessibility)
        self.low_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"New low end of the range", None))
#endif // QT_CONFIG(accessibility)
        self.high_label.setText(QCoreApplication.translate("ReviewSession", u"Range h&igh:", None))
#if QT_CONFIG(accessibility)
        self.high_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"New high end of the range", None))
#endif // QT_CONFIG(accessibility)
        self.new_definition_label.setText(QCoreApplication.translate("ReviewSession", u"New def&inition (the old one is kept in the history):", None))
#if QT_CONFIG(accessibility)
        self.definition_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"New definition", None))
#endif // QT_CONFIG(accessibility)
        self.existing_radio.setText(QCoreApplication.translate("ReviewSession", u"A KPI &in use:", None))
#if QT_CONFIG(accessibility)
        self.existing_combo.setAccessibleName(QCoreApplication.translate("ReviewSession", u"KPI in use that takes over", None))
#endif // QT_CONFIG(accessibility)
        self.library_radio.setText(QCoreApplication.translate("ReviewSession", u"A new KPI from the &library:", None))
#if QT_CONFIG(accessibility)
        self.library_search_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Search the KPI library", None))
#endif // QT_CONFIG(accessibility)
        self.library_search_edit.setPlaceholderText(QCoreApplication.translate("ReviewSession", u"Search the library", None))
#if QT_CONFIG(accessibility)
        self.library_combo.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Library KPI that takes over", None))
#endif // QT_CONFIG(accessibility)
        self.own_radio.setText(QCoreApplication.translate("ReviewSession", u"A new KPI of my o&wn, measured like this one:", None))
        self.own_code_label.setText(QCoreApplication.translate("ReviewSession", u"&Short code:", None))
#if QT_CONFIG(accessibility)
        self.own_code_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Code of the new KPI", None))
#endif // QT_CONFIG(accessibility)
        self.own_name_label.setText(QCoreApplication.translate("ReviewSession", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.own_name_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Name of the new KPI", None))
#endif // QT_CONFIG(accessibility)
        self.new_target_label.setText(QCoreApplication.translate("ReviewSession", u"Ta&rget:", None))
#if QT_CONFIG(accessibility)
        self.new_target_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Realistic target of the new KPI", None))
#endif // QT_CONFIG(accessibility)
        self.new_target_edit.setPlaceholderText(QCoreApplication.translate("ReviewSession", u"optional", None))
        self.retire_hint_label.setText(QCoreApplication.translate("ReviewSession", u"The KPI leaves the dashboards and data entry. Its values, targets and old scorecards are kept.", None))
        self.note_label.setText(QCoreApplication.translate("ReviewSession", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.note_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Note on the decision", None))
#endif // QT_CONFIG(accessibility)
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ReviewSession", u"Why? (needed to replace or retire)", None))
#if QT_CONFIG(accessibility)
        self.problem_label.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Problem with the decision", None))
#endif // QT_CONFIG(accessibility)
        self.changes_label.setText(QCoreApplication.translate("ReviewSession", u"What &saving the review changes:", None))
#if QT_CONFIG(accessibility)
        self.changes_list.setAccessibleName(QCoreApplication.translate("ReviewSession", u"What saving the review changes", None))
#endif // QT_CONFIG(accessibility)
        self.balance_label.setText(QCoreApplication.translate("ReviewSession", u"Ba&lance of the set afterwards:", None))
#if QT_CONFIG(accessibility)
        self.balance_list.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Balance of the set after the decisions", None))
#endif // QT_CONFIG(accessibility)
        self.notes_label.setText(QCoreApplication.translate("ReviewSession", u"Review &notes:", None))
#if QT_CONFIG(accessibility)
        self.notes_edit.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Notes on the whole review", None))
#endif // QT_CONFIG(accessibility)
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("ReviewSession", u"What did you see, and what do you expect until the next review?", None))
        self.next_review_label.setText(QCoreApplication.translate("ReviewSession", u"Next revie&w:", None))
#if QT_CONFIG(accessibility)
        self.next_review_date.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Date of the next review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_problem_label.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Why the review cannot be saved yet", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("ReviewSession", u"&Cancel review", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Cancel the review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancel_button.setToolTip(QCoreApplication.translate("ReviewSession", u"Leave without saving any decision", None))
#endif // QT_CONFIG(tooltip)
        self.back_button.setText(QCoreApplication.translate("ReviewSession", u"< &Back", None))
#if QT_CONFIG(accessibility)
        self.back_button.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Previous KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("ReviewSession", u"Previous KPI (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("ReviewSession", u"Ne&xt >", None))
#if QT_CONFIG(accessibility)
        self.next_button.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Next KPI", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("ReviewSession", u"Next KPI, then the summary (Alt+Right)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("ReviewSession", u"Sa&ve review", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("ReviewSession", u"Save the review", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ReviewSession", u"Make the decisions and save the review (Edit \u2192 Undo takes it back)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

