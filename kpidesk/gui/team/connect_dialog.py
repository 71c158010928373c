"""File → Connect to Team Database…: where the server is, who you are, and the password.

The password comes from the OS keyring when one is kept, and is typed
otherwise; it is handed to the connection and the keyring, and never to
QSettings, the log or a message. Connecting runs off the GUI thread with a
busy bar and Cancel, because a server that does not answer can take long.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kpidesk.domain.types import Status
from kpidesk.gui.forms.ui_connect_dialog import Ui_ConnectDialog
from kpidesk.gui.labels import STATUS_COLOURS
from kpidesk.gui.settings import Settings
from kpidesk.gui.team import labels
from kpidesk.gui.team.background import BackgroundCall, call_in_background
from kpidesk.gui.team.connect_errors import describe_connect_error
from kpidesk.gui.team.connection_info import (
    DEFAULT_SSL_MODE,
    SSL_MODES,
    ConnectionInfo,
    parse_url,
)
from kpidesk.gui.team.opening import Opened, adopt, discard, open_team
from kpidesk.gui.team.passwords import Keyring, KeyringAnswer
from kpidesk.redact import redact, remember
from kpidesk.store.connection import Store

log = logging.getLogger(__name__)

Opener = Callable[[str, str], Opened]
"""(URL without password, password) → an opened store; called off the GUI thread."""


def _close_quietly(opened: Opened) -> None:
    try:
        discard(opened)
    except Exception:
        log.exception("closing a connection nobody waits for failed")


class ConnectDialog(QDialog):
    """Asks for a team database's address and password and opens it."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        url: str = "",
        keyring: Keyring | None = None,
        opener: Opener = open_team,
        connect_when_ready: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.keyring = keyring or Keyring(self)
        self.opener = opener
        self.ui = Ui_ConnectDialog()
        self.ui.setupUi(self)
        self._store: Store | None = None
        self._call: BackgroundCall | None = None
        self._asked_account = ""
        self._connect_when_ready = connect_when_ready
        self.connect_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.ui.error_label.setStyleSheet(f"color: {STATUS_COLOURS[Status.OFF_TRACK]};")
        self._fill_choices()
        self._wire()
        self._set_busy(False)
        self.show_problem("")
        self.ui.status_label.clear()
        if url:
            self.show_url(url)
        self._update_address()

    # --- set-up ---------------------------------------------------------------
    def _fill_choices(self) -> None:
        combo = self.ui.recent_combo
        combo.addItem(self.tr("New connection"), "")
        for name, url in labels.recent_connection_names(self.settings.recent_connections):
            combo.addItem(name, url)
        self.ui.recent_combo.setEnabled(combo.count() > 1)
        for mode, name in labels.sslmode_names().items():
            self.ui.sslmode_combo.addItem(name, mode)
        self.ui.sslmode_combo.setCurrentIndex(SSL_MODES.index(DEFAULT_SSL_MODE))

    def _wire(self) -> None:
        ui = self.ui
        ui.buttons.accepted.connect(self.connect_now)
        ui.buttons.rejected.connect(self.reject)
        ui.recent_combo.activated.connect(self._recent_chosen)
        for edit in (ui.host_edit, ui.database_edit, ui.user_edit):
            edit.textChanged.connect(self._update_address)
            edit.editingFinished.connect(self._look_up_password)
        ui.port_spin.valueChanged.connect(self._update_address)
        ui.sslmode_combo.currentIndexChanged.connect(self._update_address)

    # --- fields -----------------------------------------------------------------
    def show_url(self, url: str) -> None:
        """Fill the fields from a URL (a recent connection) and look for its password."""
        try:
            info = parse_url(url)
        except ValueError:
            return
        ui = self.ui
        ui.host_edit.setText(info.host)
        ui.port_spin.setValue(info.port)
        ui.database_edit.setText(info.database)
        ui.user_edit.setText(info.user)
        ui.sslmode_combo.setCurrentIndex(SSL_MODES.index(info.sslmode))
        ui.password_edit.clear()
        found = ui.recent_combo.findData(info.url())
        ui.recent_combo.setCurrentIndex(max(0, found))
        self._look_up_password()

    def _recent_chosen(self, index: int) -> None:
        url = self.ui.recent_combo.itemData(index)
        if url:
            self.show_url(url)

    def info(self) -> ConnectionInfo:
        """The connection as typed (not checked)."""
        ui = self.ui
        return ConnectionInfo(
            host=ui.host_edit.text().strip(),
            database=ui.database_edit.text().strip(),
            user=ui.user_edit.text().strip(),
            port=ui.port_spin.value(),
            sslmode=ui.sslmode_combo.currentData() or DEFAULT_SSL_MODE,
        )

    def url(self) -> str:
        """The URL the dialog connects to, without the password."""
        return self.info().url()

    def password(self) -> str:
        return self.ui.password_edit.text()

    def remember_password(self) -> bool:
        return self.ui.remember_check.isChecked() and self.ui.remember_check.isEnabled()

    def _update_address(self) -> None:
        info = self.info()
        complete = bool(info.host and info.database and info.user)
        self.ui.address_label.setText(info.url() if complete else "–")
        self.ui.sslmode_hint.setText(labels.sslmode_hints()[info.sslmode])

    def problem(self) -> tuple[QWidget | None, str]:
        """The first field that keeps the dialog from connecting, and why."""
        ui = self.ui
        missing = (
            (ui.host_edit, self.tr("Server: type the server's name or address.")),
            (ui.database_edit, self.tr("Database: type the name of the team database.")),
            (ui.user_edit, self.tr("User name: type the user name you were given.")),
            (ui.password_edit, self.tr("Password: type your password.")),
        )
        for edit, message in missing:
            if not edit.text().strip():
                return edit, message
        return None, ""

    def show_problem(self, message: str, field: QWidget | None = None) -> None:
        self.ui.error_label.setText(f"✕ {message}" if message else "")
        self.ui.error_label.setVisible(bool(message))
        if field is not None:
            field.setFocus()

    # --- the keyring ----------------------------------------------------------
    def _look_up_password(self) -> None:
        """Ask the keyring for the password of the connection typed (once per connection)."""
        info = self.info()
        account = info.account()
        if not (info.host and info.database and info.user) or account == self._asked_account:
            return
        if self.ui.password_edit.text():
            return  # typed already: the person's own password wins
        self._asked_account = account
        self.ui.status_label.setText(self.tr("Looking for a saved password…"))
        self.keyring.read(account, lambda answer: self._password_found(account, answer))

    def _password_found(self, account: str, answer: KeyringAnswer) -> None:
        if account != self.info().account() or self.ui.password_edit.text():
            self.ui.status_label.clear()  # the fields changed meanwhile: not for these
            return
        notes = {
            "timeout": self.tr("The keyring did not answer in time: type the password."),
            "unavailable": self.tr(
                "This computer has no keyring: type the password. It cannot be remembered."
            ),
            "failed": self.tr("The keyring could not be read: type the password."),
        }
        if answer.problem == "unavailable":
            self.ui.remember_check.setChecked(False)
            self.ui.remember_check.setEnabled(False)
        if answer.password:
            self.ui.password_edit.setText(answer.password)
            self.ui.remember_check.setChecked(True)
            self.ui.status_label.setText(self.tr("Using the password saved in the keyring."))
            if self._connect_when_ready:
                self.connect_now()
            return
        self.ui.status_label.setText(notes.get(answer.problem, ""))
        self.ui.password_edit.setFocus()

    # --- connecting -------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._call is not None

    def connect_now(self) -> None:
        """Check the fields and open the connection in the background."""
        self._connect_when_ready = False
        if self.busy:
            return
        field, message = self.problem()
        if message:
            self.show_problem(message, field)
            return
        self.show_problem("")
        info, password = self.info(), self.password()
        remember(password)  # from here on, no log line or message can show it
        self.ui.status_label.setText(self.tr("Connecting to {0} …").format(info.host))
        self._set_busy(True)
        opener, url = self.opener, info.url()
        self._call = call_in_background(
            lambda: opener(url, password),
            on_done=lambda opened: self._opened(info, opened),
            on_failed=lambda error: self._failed(info, error),
            discard=_close_quietly,
            owner=self,
        )

    def _opened(self, info: ConnectionInfo, opened: Opened) -> None:
        self._call = None
        self._store = adopt(opened)
        self.settings.add_recent_connection(info.url())
        log.info("connected to %s", info.account())
        super().accept()

    def _failed(self, info: ConnectionInfo, error: BaseException) -> None:
        self._call = None
        self._set_busy(False)
        log.warning("could not connect to %s: %s", info.account(), redact(str(error)))
        problem = describe_connect_error(error, info)
        fields = {
            "host": self.ui.host_edit,
            "port": self.ui.port_spin,
            "database": self.ui.database_edit,
            "user": self.ui.user_edit,
            "password": self.ui.password_edit,
            "sslmode": self.ui.sslmode_combo,
        }
        self.ui.status_label.clear()
        self.show_problem(problem.message, fields.get(problem.field))
        if problem.field == "password":
            self.ui.password_edit.selectAll()

    def cancel_connecting(self) -> None:
        """Stop waiting for the server; a connection made late is closed."""
        if self._call is not None:
            self._call.cancel()
            self._call = None
        self._set_busy(False)
        self.ui.status_label.setText(self.tr("Cancelled."))

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.busy_bar.setVisible(busy)
        for widget in (
            ui.host_edit,
            ui.port_spin,
            ui.database_edit,
            ui.user_edit,
            ui.password_edit,
            ui.sslmode_combo,
        ):
            widget.setEnabled(not busy)
        ui.recent_combo.setEnabled(not busy and ui.recent_combo.count() > 1)
        self.connect_button.setEnabled(not busy)

    def store(self) -> Store | None:
        """The open team database (after the dialog was accepted)."""
        return self._store

    def accept(self) -> None:
        self.connect_now()  # Enter in a field: connect, and close only once connected

    def reject(self) -> None:
        if self.busy:  # the first Cancel stops connecting; the dialog stays to fix a field
            self.cancel_connecting()
            return
        super().reject()


EXAMPLE_URL = "postgresql://anna@db.bryggen.no:5432/bryggen?sslmode=verify-full"


def example_dialog(settings: Settings, parent: QWidget | None = None) -> ConnectDialog:
    """The dialog filled in as for a team member (for `kpidesk shots`; asks no keyring)."""
    dialog = ConnectDialog(settings, parent)
    info = parse_url(EXAMPLE_URL)
    ui = dialog.ui
    ui.host_edit.setText(info.host)
    ui.database_edit.setText(info.database)
    ui.user_edit.setText(info.user)
    ui.sslmode_combo.setCurrentIndex(SSL_MODES.index(info.sslmode))
    dialog._asked_account = info.account()  # filled in here: no keyring to ask
    return dialog
