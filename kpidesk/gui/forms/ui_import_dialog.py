# generated from ui/import_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QVBoxLayout, QWidget

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(1040, 760)
        ImportDialog.setAcceptDrops(True)
        self.outer = QVBoxLayout(ImportDialog)
        self.outer.setObjectName(u"outer")
        self.intro_label = QLabel(ImportDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer.addWidget(self.intro_label)

        self.source_grid = QGridLayout()
        self.source_grid.setObjectName(u"source_grid")
        self.file_label = QLabel(ImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.source_grid.addWidget(self.file_label, 0, 0, 1, 1)

        self.file_edit = QLineEdit(ImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.source_grid.addWidget(self.file_edit, 0, 1, 1, 5)

        self.browse_button = QPushButton(ImportDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.source_grid.addWidget(self.browse_button, 0, 6, 1, 1)

        self.preset_label = QLabel(ImportDialog)
        self.preset_label.setObjectName(u"preset_label")

        self.source_grid.addWidget(self.preset_label, 1, 0, 1, 1)

        self.preset_combo = QComboBox(ImportDialog)
        self.preset_combo.setObjectName(u"preset_combo")

        self.source_grid.addWidget(self.preset_combo, 1, 1, 1, 1)

        self.number_format_label = QLabel(ImportDialog)
        self.number_format_label.setObjectName(u"number_format_label")

        self.source_grid.addWidget(self.number_format_label, 1, 2, 1, 1)

        self.number_format_combo = QComboBox(ImportDialog)
        self.number_format_combo.setObjectName(u"number_format_combo")

        self.source_grid.addWidget(self.number_format_combo, 1, 3, 1, 1)

        self.date_format_label = QLabel(ImportDialog)
        self.date_format_label.setObjectName(u"date_format_label")

        self.source_grid.addWidget(self.date_format_label, 1, 4, 1, 1)

        self.date_format_combo = QComboBox(ImportDialog)
        self.date_format_combo.setObjectName(u"date_format_combo")

        self.source_grid.addWidget(self.date_format_combo, 1, 5, 1, 2)


        self.outer.addLayout(self.source_grid)

        self.question_label = QLabel(ImportDialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setText(u"")
        self.question_label.setWordWrap(True)

        self.outer.addWidget(self.question_label)

        self.main_splitter = QSplitter(ImportDialog)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Vertical)
        self.main_splitter.setChildrenCollapsible(False)
        self.top_splitter = QSplitter(self.main_splitter)
        self.top_splitter.setObjectName(u"top_splitter")
        self.top_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.top_splitter.setChildrenCollapsible(False)
        self.preview_group = QGroupBox(self.top_splitter)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_view = QTableView(self.preview_group)
        self.preview_view.setObjectName(u"preview_view")
        self.preview_view.setAlternatingRowColors(True)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.setWordWrap(False)

        self.preview_layout.addWidget(self.preview_view)

        self.top_splitter.addWidget(self.preview_group)
        self.mapping_group = QGroupBox(self.top_splitter)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_outer = QVBoxLayout(self.mapping_group)
        self.mapping_outer.setObjectName(u"mapping_outer")
        self.mapping_scroll = QScrollArea(self.mapping_group)
        self.mapping_scroll.setObjectName(u"mapping_scroll")
        self.mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_widget = QWidget()
        self.mapping_widget.setObjectName(u"mapping_widget")
        self.mapping_form = QFormLayout(self.mapping_widget)
        self.mapping_form.setObjectName(u"mapping_form")
        self.mapping_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mapping_scroll.setWidget(self.mapping_widget)

        self.mapping_outer.addWidget(self.mapping_scroll)

        self.top_splitter.addWidget(self.mapping_group)
        self.main_splitter.addWidget(self.top_splitter)
        self.results_tabs = QTabWidget(self.main_splitter)
        self.results_tabs.setObjectName(u"results_tabs")
        self.summary_tab = QWidget()
        self.summary_tab.setObjectName(u"summary_tab")
        self.summary_layout = QVBoxLayout(self.summary_tab)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_view = QTableView(self.summary_tab)
        self.summary_view.setObjectName(u"summary_view")
        self.summary_view.setAlternatingRowColors(True)
        self.summary_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summary_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_view.verticalHeader().setVisible(False)

        self.summary_layout.addWidget(self.summary_view)

        self.results_tabs.addTab(self.summary_tab, "")
        self.changes_tab = QWidget()
        self.changes_tab.setObjectName(u"changes_tab")
        self.changes_layout = QVBoxLayout(self.changes_tab)
        self.changes_layout.setObjectName(u"changes_layout")
        self.changes_view = QTableView(self.changes_tab)
        self.changes_view.setObjectName(u"changes_view")
        self.changes_view.setAlternatingRowColors(True)
        self.changes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_view.verticalHeader().setVisible(False)

        self.changes_layout.addWidget(self.changes_view)

        self.results_tabs.addTab(self.changes_tab, "")
        self.problems_tab = QWidget()
        self.problems_tab.setObjectName(u"problems_tab")
        self.problems_layout = QVBoxLayout(self.problems_tab)
        self.problems_layout.setObjectName(u"problems_layout")
        self.problems_view = QTableView(self.problems_tab)
        self.problems_view.setObjectName(u"problems_view")
        self.problems_view.setAlternatingRowColors(True)
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setWordWrap(True)
        self.problems_view.verticalHeader().setVisible(False)

        self.problems_layout.addWidget(self.problems_view)

        self.results_tabs.addTab(self.problems_tab, "")
        self.notes_tab = QWidget()
        self.notes_tab.setObjectName(u"notes_tab")
        self.notes_layout = QVBoxLayout(self.notes_tab)
        self.notes_layout.setObjectName(u"notes_layout")
        self.notes_list = QListWidget(self.notes_tab)
        self.notes_list.setObjectName(u"notes_list")
        self.notes_list.setWordWrap(True)

        self.notes_layout.addWidget(self.notes_list)

        self.results_tabs.addTab(self.notes_tab, "")
        self.main_splitter.addWidget(self.results_tabs)

        self.outer.addWidget(self.main_splitter)

        self.conflict_group = QGroupBox(ImportDialog)
        self.conflict_group.setObjectName(u"conflict_group")
        self.conflict_layout = QHBoxLayout(self.conflict_group)
        self.conflict_layout.setObjectName(u"conflict_layout")
        self.overwrite_radio = QRadioButton(self.conflict_group)
        self.overwrite_radio.setObjectName(u"overwrite_radio")

        self.conflict_layout.addWidget(self.overwrite_radio)

        self.keep_radio = QRadioButton(self.conflict_group)
        self.keep_radio.setObjectName(u"keep_radio")

        self.conflict_layout.addWidget(self.keep_radio)

        self.conflict_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflict_layout.addItem(self.conflict_spacer)


        self.outer.addWidget(self.conflict_group)

        self.status_layout = QHBoxLayout()
        self.status_layout.setObjectName(u"status_layout")
        self.status_label = QLabel(ImportDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.status_layout.addWidget(self.status_label)

        self.progress_bar = QProgressBar(ImportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximumSize(QSize(200, 16777215))
        self.progress_bar.setTextVisible(False)

        self.status_layout.addWidget(self.progress_bar)

        self.cancel_button = QPushButton(ImportDialog)
        self.cancel_button.setObjectName(u"cancel_button")
        self.cancel_button.setAutoDefault(False)

        self.status_layout.addWidget(self.cancel_button)


        self.outer.addLayout(self.status_layout)

        self.buttons = QDialogButtonBox(ImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.preset_label.setBuddy(self.preset_combo)
        self.number_format_label.setBuddy(self.number_format_combo)
        self.date_format_label.setBuddy(self.date_format_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.preset_combo)
        QWidget.setTabOrder(self.preset_combo, self.number_format_combo)
        QWidget.setTabOrder(self.number_format_combo, self.date_format_combo)
        QWidget.setTabOrder(self.date_format_combo, self.preview_view)
        QWidget.setTabOrder(self.preview_view, self.mapping_scroll)
        QWidget.setTabOrder(self.mapping_scroll, self.results_tabs)
        QWidget.setTabOrder(self.results_tabs, self.summary_view)
        QWidget.setTabOrder(self.summary_view, self.changes_view)
        QWidget.setTabOrder(self.changes_view, self.problems_view)
        QWidget.setTabOrder(self.problems_view, self.notes_list)
        QWidget.setTabOrder(self.notes_list, self.overwrite_radio)
        QWidget.setTabOrder(self.overwrite_radio, self.keep_radio)
        QWidget.setTabOrder(self.keep_radio, self.cancel_button)

        self.retranslateUi(ImportDialog)

        self.results_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import Data", None))
        self.intro_label.setText(QCoreApplication.translate("ImportDialog", u"Values from a spreadsheet, a till system's CSV file or a Google Analytics 4 or Meta export. Check the dry run below: nothing is written until you press Import, and then all values or none.", None))
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"&File:", None))
#if QT_CONFIG(accessibility)
        self.file_edit.setAccessibleName(QCoreApplication.translate("ImportDialog", u"File to import", None))
#endif // QT_CONFIG(accessibility)
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a file, or drop one here", None))
        self.browse_button.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browse_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Browse for the file to import", None))
#endif // QT_CONFIG(accessibility)
        self.preset_label.setText(QCoreApplication.translate("ImportDialog", u"&Kind of file:", None))
#if QT_CONFIG(accessibility)
        self.preset_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Kind of file", None))
#endif // QT_CONFIG(accessibility)
        self.number_format_label.setText(QCoreApplication.translate("ImportDialog", u"&Numbers:", None))
#if QT_CONFIG(accessibility)
        self.number_format_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Number format of the file", None))
#endif // QT_CONFIG(accessibility)
        self.date_format_label.setText(QCoreApplication.translate("ImportDialog", u"&Dates:", None))
#if QT_CONFIG(accessibility)
        self.date_format_combo.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Date order of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.question_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Question about the file", None))
#endif // QT_CONFIG(accessibility)
        self.preview_group.setTitle(QCoreApplication.translate("ImportDialog", u"First rows of the file", None))
#if QT_CONFIG(accessibility)
        self.preview_view.setAccessibleName(QCoreApplication.translate("ImportDialog", u"First rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.mapping_group.setTitle(QCoreApplication.translate("ImportDialog", u"Columns and KPIs", None))
#if QT_CONFIG(accessibility)
        self.mapping_scroll.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Columns and KPIs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.results_tabs.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Dry run", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary_view.setAccessibleName(QCoreApplication.translate("ImportDialog", u"New, changed and unchanged values per KPI", None))
#endif // QT_CONFIG(accessibility)
        self.results_tabs.setTabText(self.results_tabs.indexOf(self.summary_tab), QCoreApplication.translate("ImportDialog", u"Dry run per &KPI", None))
#if QT_CONFIG(accessibility)
        self.changes_view.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Stored values the file changes", None))
#endif // QT_CONFIG(accessibility)
        self.results_tabs.setTabText(self.results_tabs.indexOf(self.changes_tab), QCoreApplication.translate("ImportDialog", u"C&hanges", None))
#if QT_CONFIG(accessibility)
        self.problems_view.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Problems in the file", None))
#endif // QT_CONFIG(accessibility)
        self.results_tabs.setTabText(self.results_tabs.indexOf(self.problems_tab), QCoreApplication.translate("ImportDialog", u"P&roblems", None))
#if QT_CONFIG(accessibility)
        self.notes_list.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Notes about the file", None))
#endif // QT_CONFIG(accessibility)
        self.results_tabs.setTabText(self.results_tabs.indexOf(self.notes_tab), QCoreApplication.translate("ImportDialog", u"No&tes", None))
        self.conflict_group.setTitle(QCoreApplication.translate("ImportDialog", u"When a stored value differs from the file", None))
        self.overwrite_radio.setText(QCoreApplication.translate("ImportDialog", u"&Overwrite it with the file's value", None))
#if QT_CONFIG(accessibility)
        self.overwrite_radio.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Overwrite stored values with the file's values", None))
#endif // QT_CONFIG(accessibility)
        self.keep_radio.setText(QCoreApplication.translate("ImportDialog", u"Keep the &stored value", None))
#if QT_CONFIG(accessibility)
        self.keep_radio.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Keep stored values that differ from the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status_label.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.cancel_button.setText(QCoreApplication.translate("ImportDialog", u"&Cancel", None))
#if QT_CONFIG(accessibility)
        self.cancel_button.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Cancel the work in progress", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

