# generated from ui/entry_screen.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'entry_screen.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kpidesk.gui.widgets.entry_view import EntryView

class Ui_EntryScreen(object):
    def setupUi(self, EntryScreen):
        if not EntryScreen.objectName():
            EntryScreen.setObjectName(u"EntryScreen")
        EntryScreen.resize(1100, 700)
        self.outer = QVBoxLayout(EntryScreen)
        self.outer.setObjectName(u"outer")
        self.controls = QHBoxLayout()
        self.controls.setSpacing(8)
        self.controls.setObjectName(u"controls")
        self.frequency_label = QLabel(EntryScreen)
        self.frequency_label.setObjectName(u"frequency_label")

        self.controls.addWidget(self.frequency_label)

        self.frequency_combo = QComboBox(EntryScreen)
        self.frequency_combo.setObjectName(u"frequency_combo")

        self.controls.addWidget(self.frequency_combo)

        self.frequency_space = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.frequency_space)

        self.from_label = QLabel(EntryScreen)
        self.from_label.setObjectName(u"from_label")

        self.controls.addWidget(self.from_label)

        self.from_combo = QComboBox(EntryScreen)
        self.from_combo.setObjectName(u"from_combo")
        self.from_combo.setMaxVisibleItems(16)

        self.controls.addWidget(self.from_combo)

        self.to_label = QLabel(EntryScreen)
        self.to_label.setObjectName(u"to_label")

        self.controls.addWidget(self.to_label)

        self.to_combo = QComboBox(EntryScreen)
        self.to_combo.setObjectName(u"to_combo")
        self.to_combo.setMaxVisibleItems(16)

        self.controls.addWidget(self.to_combo)

        self.close_space = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.close_space)

        self.close_button = QPushButton(EntryScreen)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setAutoDefault(False)

        self.controls.addWidget(self.close_button)

        self.reopen_button = QPushButton(EntryScreen)
        self.reopen_button.setObjectName(u"reopen_button")
        self.reopen_button.setAutoDefault(False)

        self.controls.addWidget(self.reopen_button)

        self.closed_label = QLabel(EntryScreen)
        self.closed_label.setObjectName(u"closed_label")
        self.closed_label.setText(u"")

        self.controls.addWidget(self.closed_label)

        self.controls_space = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls.addItem(self.controls_space)

        self.hint_label = QLabel(EntryScreen)
        self.hint_label.setObjectName(u"hint_label")

        self.controls.addWidget(self.hint_label)


        self.outer.addLayout(self.controls)

        self.grid = EntryView(EntryScreen)
        self.grid.setObjectName(u"grid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.outer.addWidget(self.grid)

        self.empty_label = QLabel(EntryScreen)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.outer.addWidget(self.empty_label)

        self.message_label = QLabel(EntryScreen)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.message_label)

#if QT_CONFIG(shortcut)
        self.frequency_label.setBuddy(self.frequency_combo)
        self.from_label.setBuddy(self.from_combo)
        self.to_label.setBuddy(self.to_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.frequency_combo, self.from_combo)
        QWidget.setTabOrder(self.from_combo, self.to_combo)
        QWidget.setTabOrder(self.to_combo, self.close_button)
        QWidget.setTabOrder(self.close_button, self.reopen_button)
        QWidget.setTabOrder(self.reopen_button, self.grid)

        self.retranslateUi(EntryScreen)

        QMetaObject.connectSlotsByName(EntryScreen)
    # setupUi

    def retranslateUi(self, EntryScreen):
        self.frequency_label.setText(QCoreApplication.translate("EntryScreen", u"&Frequency:", None))
#if QT_CONFIG(accessibility)
        self.frequency_combo.setAccessibleName(QCoreApplication.translate("EntryScreen", u"Frequency", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.frequency_combo.setToolTip(QCoreApplication.translate("EntryScreen", u"Show the KPIs measured this often", None))
#endif // QT_CONFIG(tooltip)
        self.from_label.setText(QCoreApplication.translate("EntryScreen", u"F&rom:", None))
#if QT_CONFIG(accessibility)
        self.from_combo.setAccessibleName(QCoreApplication.translate("EntryScreen", u"First period shown", None))
#endif // QT_CONFIG(accessibility)
        self.to_label.setText(QCoreApplication.translate("EntryScreen", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.to_combo.setAccessibleName(QCoreApplication.translate("EntryScreen", u"Last period shown", None))
#endif // QT_CONFIG(accessibility)
        self.close_button.setText(QCoreApplication.translate("EntryScreen", u"C&lose Periods\u2026", None))
#if QT_CONFIG(accessibility)
        self.close_button.setAccessibleName(QCoreApplication.translate("EntryScreen", u"Close periods", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("EntryScreen", u"After a review: make the values of periods up to a date read-only", None))
#endif // QT_CONFIG(tooltip)
        self.reopen_button.setText(QCoreApplication.translate("EntryScreen", u"Re&open\u2026", None))
#if QT_CONFIG(accessibility)
        self.reopen_button.setAccessibleName(QCoreApplication.translate("EntryScreen", u"Reopen closed periods", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reopen_button.setToolTip(QCoreApplication.translate("EntryScreen", u"Make closed periods editable again (kept in the change log)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.closed_label.setAccessibleName(QCoreApplication.translate("EntryScreen", u"Closed periods", None))
#endif // QT_CONFIG(accessibility)
        self.hint_label.setText(QCoreApplication.translate("EntryScreen", u"Type a value and press Enter \u00b7 Shift+F2: comment \u00b7 Ctrl+V: paste from a spreadsheet", None))
#if QT_CONFIG(accessibility)
        self.hint_label.setAccessibleName(QCoreApplication.translate("EntryScreen", u"How to enter values", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.grid.setAccessibleName(QCoreApplication.translate("EntryScreen", u"Values by KPI and period", None))
#endif // QT_CONFIG(accessibility)
        self.empty_label.setText(QCoreApplication.translate("EntryScreen", u"There are no KPIs to type values for yet. Add KPIs on the KPIs screen first.", None))
#if QT_CONFIG(accessibility)
        self.empty_label.setAccessibleName(QCoreApplication.translate("EntryScreen", u"No KPIs yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message_label.setAccessibleName(QCoreApplication.translate("EntryScreen", u"Message", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

