# generated from ui/reports_screen.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QRect, QSize, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_ReportsScreen(object):
    def setupUi(self, ReportsScreen):
        if not ReportsScreen.objectName():
            ReportsScreen.setObjectName(u"ReportsScreen")
        ReportsScreen.resize(900, 560)
        self.outer = QHBoxLayout(ReportsScreen)
        self.outer.setObjectName(u"outer")
        self.options_panel = QWidget(ReportsScreen)
        self.options_panel.setObjectName(u"options_panel")
        self.options_panel.setMinimumSize(QSize(260, 0))
        self.options_panel.setMaximumSize(QSize(320, 16777215))
        self.options_layout = QVBoxLayout(self.options_panel)
        self.options_layout.setObjectName(u"options_layout")
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.document_group = QGroupBox(self.options_panel)
        self.document_group.setObjectName(u"document_group")
        self.document_layout = QVBoxLayout(self.document_group)
        self.document_layout.setObjectName(u"document_layout")
        self.scorecard_radio = QRadioButton(self.document_group)
        self.scorecard_radio.setObjectName(u"scorecard_radio")
        self.scorecard_radio.setChecked(True)

        self.document_layout.addWidget(self.scorecard_radio)

        self.charter_radio = QRadioButton(self.document_group)
        self.charter_radio.setObjectName(u"charter_radio")

        self.document_layout.addWidget(self.charter_radio)


        self.options_layout.addWidget(self.document_group)

        self.choices_form = QFormLayout()
        self.choices_form.setObjectName(u"choices_form")
        self.period_label = QLabel(self.options_panel)
        self.period_label.setObjectName(u"period_label")

        self.choices_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_combo = QComboBox(self.options_panel)
        self.period_combo.setObjectName(u"period_combo")
        self.period_combo.setMaxVisibleItems(20)

        self.choices_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.period_combo)

        self.language_label = QLabel(self.options_panel)
        self.language_label.setObjectName(u"language_label")

        self.choices_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language_combo = QComboBox(self.options_panel)
        self.language_combo.setObjectName(u"language_combo")

        self.choices_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.language_combo)


        self.options_layout.addLayout(self.choices_form)

        self.about_label = QLabel(self.options_panel)
        self.about_label.setObjectName(u"about_label")
        self.about_label.setText(u"")
        self.about_label.setWordWrap(True)

        self.options_layout.addWidget(self.about_label)

        self.options_spacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.options_layout.addItem(self.options_spacer)

        self.save_button = QPushButton(self.options_panel)
        self.save_button.setObjectName(u"save_button")

        self.options_layout.addWidget(self.save_button)

        self.open_button = QPushButton(self.options_panel)
        self.open_button.setObjectName(u"open_button")

        self.options_layout.addWidget(self.open_button)

        self.print_button = QPushButton(self.options_panel)
        self.print_button.setObjectName(u"print_button")

        self.options_layout.addWidget(self.print_button)

        self.saved_label = QLabel(self.options_panel)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setText(u"")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.options_layout.addWidget(self.saved_label)


        self.outer.addWidget(self.options_panel)

        self.preview_layout = QVBoxLayout()
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_title_label = QLabel(ReportsScreen)
        self.preview_title_label.setObjectName(u"preview_title_label")
        self.preview_title_label.setText(u"")

        self.preview_layout.addWidget(self.preview_title_label)

        self.progress_bar = QProgressBar(ReportsScreen)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumSize(QSize(16777215, 6))

        self.preview_layout.addWidget(self.progress_bar)

        self.preview_scroll = QScrollArea(ReportsScreen)
        self.preview_scroll.setObjectName(u"preview_scroll")
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.preview_label = QLabel()
        self.preview_label.setObjectName(u"preview_label")
        self.preview_label.setGeometry(QRect(0, 0, 400, 400))
        self.preview_label.setText(u"")
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.preview_label.setWordWrap(True)
        self.preview_label.setMargin(12)
        self.preview_scroll.setWidget(self.preview_label)

        self.preview_layout.addWidget(self.preview_scroll)

        self.preview_layout.setStretch(2, 1)

        self.outer.addLayout(self.preview_layout)

        self.outer.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.period_label.setBuddy(self.period_combo)
        self.language_label.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scorecard_radio, self.charter_radio)
        QWidget.setTabOrder(self.charter_radio, self.period_combo)
        QWidget.setTabOrder(self.period_combo, self.language_combo)
        QWidget.setTabOrder(self.language_combo, self.save_button)
        QWidget.setTabOrder(self.save_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.preview_scroll)

        self.retranslateUi(ReportsScreen)

        QMetaObject.connectSlotsByName(ReportsScreen)
    # setupUi

    def retranslateUi(self, ReportsScreen):
        self.document_group.setTitle(QCoreApplication.translate("ReportsScreen", u"Document", None))
        self.scorecard_radio.setText(QCoreApplication.translate("ReportsScreen", u"&Scorecard", None))
#if QT_CONFIG(accessibility)
        self.scorecard_radio.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Scorecard", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.scorecard_radio.setToolTip(QCoreApplication.translate("ReportsScreen", u"Goals, KPIs, targets and statuses of one period, with charts", None))
#endif // QT_CONFIG(tooltip)
        self.charter_radio.setText(QCoreApplication.translate("ReportsScreen", u"KPI c&harter", None))
#if QT_CONFIG(accessibility)
        self.charter_radio.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"KPI charter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.charter_radio.setToolTip(QCoreApplication.translate("ReportsScreen", u"A definition card per KPI, to hand out to the team", None))
#endif // QT_CONFIG(tooltip)
        self.period_label.setText(QCoreApplication.translate("ReportsScreen", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.period_combo.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Period of the scorecard", None))
#endif // QT_CONFIG(accessibility)
        self.language_label.setText(QCoreApplication.translate("ReportsScreen", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.language_combo.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Language of the document", None))
#endif // QT_CONFIG(accessibility)
        self.save_button.setText(QCoreApplication.translate("ReportsScreen", u"Save as P&DF\u2026", None))
#if QT_CONFIG(accessibility)
        self.save_button.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Save the document as PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("ReportsScreen", u"Save the document as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.open_button.setText(QCoreApplication.translate("ReportsScreen", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.open_button.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Open the saved PDF", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.open_button.setToolTip(QCoreApplication.translate("ReportsScreen", u"Open the saved PDF in your PDF viewer", None))
#endif // QT_CONFIG(tooltip)
        self.print_button.setText(QCoreApplication.translate("ReportsScreen", u"P&rint\u2026", None))
#if QT_CONFIG(accessibility)
        self.print_button.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Print the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("ReportsScreen", u"Print the document (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saved_label.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Saved file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Progress of the preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_scroll.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Preview of page 1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.preview_label.setAccessibleName(QCoreApplication.translate("ReportsScreen", u"Page 1 of the document", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

