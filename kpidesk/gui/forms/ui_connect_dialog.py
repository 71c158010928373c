# generated from ui/connect_dialog.ui by `make forms` (pyside6-uic) — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'connect_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_ConnectDialog(object):
    def setupUi(self, ConnectDialog):
        if not ConnectDialog.objectName():
            ConnectDialog.setObjectName(u"ConnectDialog")
        ConnectDialog.resize(520, 420)
        self.outer = QVBoxLayout(ConnectDialog)
        self.outer.setObjectName(u"outer")
        self.intro_label = QLabel(ConnectDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.outer.addWidget(self.intro_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.recent_label = QLabel(ConnectDialog)
        self.recent_label.setObjectName(u"recent_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recent_label)

        self.recent_combo = QComboBox(ConnectDialog)
        self.recent_combo.setObjectName(u"recent_combo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recent_combo)

        self.host_label = QLabel(ConnectDialog)
        self.host_label.setObjectName(u"host_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(ConnectDialog)
        self.host_edit.setObjectName(u"host_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(ConnectDialog)
        self.port_label.setObjectName(u"port_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_spin = QSpinBox(ConnectDialog)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)
        self.port_spin.setGroupSeparatorShown(False)
        self.port_spin.setMaximumSize(QSize(120, 16777215))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.database_label = QLabel(ConnectDialog)
        self.database_label.setObjectName(u"database_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(ConnectDialog)
        self.database_edit.setObjectName(u"database_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.user_label = QLabel(ConnectDialog)
        self.user_label.setObjectName(u"user_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(ConnectDialog)
        self.user_edit.setObjectName(u"user_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(ConnectDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(ConnectDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.remember_check = QCheckBox(ConnectDialog)
        self.remember_check.setObjectName(u"remember_check")
        self.remember_check.setChecked(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.remember_check)

        self.sslmode_label = QLabel(ConnectDialog)
        self.sslmode_label.setObjectName(u"sslmode_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sslmode_label)

        self.sslmode_combo = QComboBox(ConnectDialog)
        self.sslmode_combo.setObjectName(u"sslmode_combo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sslmode_combo)

        self.sslmode_hint = QLabel(ConnectDialog)
        self.sslmode_hint.setObjectName(u"sslmode_hint")
        self.sslmode_hint.setText(u"")
        self.sslmode_hint.setWordWrap(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sslmode_hint)

        self.address_title = QLabel(ConnectDialog)
        self.address_title.setObjectName(u"address_title")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.address_title)

        self.address_label = QLabel(ConnectDialog)
        self.address_label.setObjectName(u"address_label")
        self.address_label.setText(u"")
        self.address_label.setWordWrap(True)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.address_label)


        self.outer.addLayout(self.form)

        self.busy_row = QHBoxLayout()
        self.busy_row.setObjectName(u"busy_row")
        self.busy_bar = QProgressBar(ConnectDialog)
        self.busy_bar.setObjectName(u"busy_bar")
        self.busy_bar.setMinimum(0)
        self.busy_bar.setMaximum(0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumSize(QSize(120, 16777215))

        self.busy_row.addWidget(self.busy_bar)

        self.status_label = QLabel(ConnectDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setText(u"")
        self.status_label.setWordWrap(True)

        self.busy_row.addWidget(self.status_label)


        self.outer.addLayout(self.busy_row)

        self.error_label = QLabel(ConnectDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setText(u"")
        self.error_label.setWordWrap(True)

        self.outer.addWidget(self.error_label)

        self.bottom_space = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom_space)

        self.buttons = QDialogButtonBox(ConnectDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.recent_label.setBuddy(self.recent_combo)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
        self.sslmode_label.setBuddy(self.sslmode_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recent_combo, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.port_spin)
        QWidget.setTabOrder(self.port_spin, self.database_edit)
        QWidget.setTabOrder(self.database_edit, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.remember_check)
        QWidget.setTabOrder(self.remember_check, self.sslmode_combo)

        self.retranslateUi(ConnectDialog)

        QMetaObject.connectSlotsByName(ConnectDialog)
    # setupUi

    def retranslateUi(self, ConnectDialog):
        ConnectDialog.setWindowTitle(QCoreApplication.translate("ConnectDialog", u"Connect to Team Database", None))
        self.intro_label.setText(QCoreApplication.translate("ConnectDialog", u"Work on a business shared on a PostgreSQL server. Whoever set up the server can tell you these details.", None))
        self.recent_label.setText(QCoreApplication.translate("ConnectDialog", u"R&ecent:", None))
#if QT_CONFIG(accessibility)
        self.recent_combo.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Recent connections", None))
#endif // QT_CONFIG(accessibility)
        self.host_label.setText(QCoreApplication.translate("ConnectDialog", u"&Server:", None))
#if QT_CONFIG(accessibility)
        self.host_edit.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Server (host name or address)", None))
#endif // QT_CONFIG(accessibility)
        self.host_edit.setPlaceholderText(QCoreApplication.translate("ConnectDialog", u"e.g. db.bryggen.no", None))
        self.port_label.setText(QCoreApplication.translate("ConnectDialog", u"&Port:", None))
#if QT_CONFIG(accessibility)
        self.port_spin.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.database_label.setText(QCoreApplication.translate("ConnectDialog", u"&Database:", None))
#if QT_CONFIG(accessibility)
        self.database_edit.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Database name", None))
#endif // QT_CONFIG(accessibility)
        self.user_label.setText(QCoreApplication.translate("ConnectDialog", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.user_edit.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.password_label.setText(QCoreApplication.translate("ConnectDialog", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.password_edit.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.remember_check.setText(QCoreApplication.translate("ConnectDialog", u"&Remember the password in this computer's keyring", None))
#if QT_CONFIG(accessibility)
        self.remember_check.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Remember the password in this computer's keyring", None))
#endif // QT_CONFIG(accessibility)
        self.sslmode_label.setText(QCoreApplication.translate("ConnectDialog", u"&Encryption (TLS):", None))
#if QT_CONFIG(accessibility)
        self.sslmode_combo.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Encryption (TLS mode)", None))
#endif // QT_CONFIG(accessibility)
        self.address_title.setText(QCoreApplication.translate("ConnectDialog", u"Address:", None))
#if QT_CONFIG(accessibility)
        self.busy_bar.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Connecting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.error_label.setAccessibleName(QCoreApplication.translate("ConnectDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

