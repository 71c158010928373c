"""File → Connect to Team Database…, and opening a recent team database."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from kpidesk.gui.context import AppContext
from kpidesk.gui.team.connect_dialog import ConnectDialog, Opener
from kpidesk.gui.team.connection_info import parse_url
from kpidesk.gui.team.labels import role_names
from kpidesk.gui.team.opening import open_team
from kpidesk.gui.team.passwords import Keyring, KeyringAnswer
from kpidesk.store.connection import Store

log = logging.getLogger(__name__)


class TeamActions(QObject):
    """Connects the window to team databases; keeps the password in memory only."""

    def __init__(
        self, context: AppContext, window: QMainWindow, opener: Opener = open_team
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.opener = opener
        self.keyring = Keyring(self)
        self._store: Store | None = None
        self._credentials: tuple[str, str] | None = None
        self.dialog: ConnectDialog | None = None
        context.signals.store_changed.connect(self._store_changed)

    def credentials(self) -> tuple[str, str] | None:
        """(URL, password) of the open team database, for the change listener's connection."""
        return self._credentials

    def _store_changed(self) -> None:
        if self.context.store is not self._store:  # closed, or a file opened instead
            self._store, self._credentials = None, None

    def make_dialog(self, url: str = "", *, auto: bool = False) -> ConnectDialog:
        return ConnectDialog(
            self.context.settings,
            self.window,
            url=url,
            keyring=self.keyring,
            opener=self.opener,
            connect_when_ready=auto,
        )

    def connect(self, url: str = "", *, auto: bool = False) -> bool:
        """Ask for a team database (filled in from `url`) and open it; True when open.

        With `auto` (a recent connection) it connects as soon as the keyring has
        handed over the password, and waits for it to be typed otherwise.
        """
        self.dialog = dialog = self.make_dialog(url, auto=auto)
        try:
            if dialog.exec() != ConnectDialog.DialogCode.Accepted or dialog.store() is None:
                return False
            self._keep_password(dialog)
            store = dialog.store()
            self._store, self._credentials = store, (dialog.url(), dialog.password())
            self.context.set_store(store)
            message = self.tr("Connected to {0} as {1}.").format(
                store.display_name, role_names().get(store.role, store.role)
            )
            self.window.statusBar().showMessage(message, 10_000)
            return True
        finally:
            self.dialog = None
            dialog.deleteLater()

    def _keep_password(self, dialog: ConnectDialog) -> None:
        account = parse_url(dialog.url()).account()
        if dialog.remember_password():
            self.keyring.save(account, dialog.password(), self._saved)
        else:
            self.keyring.forget(account)  # asked not to: a password kept before goes too

    def _saved(self, answer: KeyringAnswer) -> None:
        if answer.problem:
            self.window.statusBar().showMessage(
                self.tr(
                    "The password could not be saved in the keyring; you will be asked for it "
                    "next time."
                ),
                10_000,
            )
