"""Opening, creating, copying and backing up files from the app, with the dialogs they need."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

# Dialog classes by module attribute (QtWidgets.QMessageBox): PySide builds a
# class with its enums on first use, and a start that asks nothing needs none.
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from kpidesk.domain.entities import Business
from kpidesk.gui import startup
from kpidesk.gui.context import AppContext
from kpidesk.gui.team.connection_info import is_team_url
from kpidesk.locations import backups_dir, data_dir
from kpidesk.store.backup import backup_file, new_backup_path
from kpidesk.store.errors import DamagedFileError, StoreError

if TYPE_CHECKING:  # the window paints before the store (and Peewee) is imported
    from kpidesk.gui.team.actions import TeamActions
    from kpidesk.store.connection import Store

log = logging.getLogger(__name__)


def _file_filter() -> str:
    return QCoreApplication.translate("FileActions", "KPIDesk files (*.kpidesk)")


class FileActions(QObject):
    """File menu work for one window; reports problems in message boxes."""

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self._team: TeamActions | None = None

    @property
    def team(self) -> TeamActions:
        """Connecting to team databases (its dialogs load when first needed)."""
        if self._team is None:
            from kpidesk.gui.team.actions import TeamActions

            self._team = TeamActions(self.context, self.window)
        return self._team

    def open_path(self, location: str) -> bool:
        """Open a file, asking before going read-only; True when it is open.

        A team database's URL (a recent connection) opens the connect dialog,
        which connects as soon as the keyring hands over the password.
        """
        if is_team_url(location):
            return self.team.connect(location, auto=True)
        from kpidesk.store.connection import open_database

        try:
            store = open_database(location)
        except DamagedFileError as exc:
            log.warning("damaged file %s: %s", location, exc)
            return self._offer_restore(Path(location), str(exc))
        except StoreError as exc:
            log.warning("could not open %s: %s", location, exc)
            QtWidgets.QMessageBox.warning(self.window, self.tr("Open file"), str(exc))
            return False
        if store.read_only and not self._accept_read_only(store):
            store.close()
            return False
        self.context.settings.add_recent_file(str(Path(location).resolve()))
        self.context.set_store(store)
        if not store.read_only and store.path is not None:
            path = store.path
            # Off the GUI thread, but a second core is not a given: let Home paint first.
            startup.after_first_paint(lambda: self._daily_check(path))
        return True

    def _daily_check(self, path: Path) -> None:
        """Check every page and take the day's backup, off the GUI thread."""
        from kpidesk.store.backups import check_and_back_up

        # A bound method of this QObject: Qt drops the connection if the window goes first.
        self.context.tasks.start(
            lambda token, progress: check_and_back_up(path), on_failed=self._check_failed
        )

    def _check_failed(self, message: str, details: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, self.tr("Check of the file"), message)

    def _accept_read_only(self, store: Store) -> bool:
        if store.lock_holder is None:  # e.g. a file from a newer KPIDesk: just say so
            QtWidgets.QMessageBox.information(
                self.window, self.tr("Open file"), store.read_only_reason
            )
            return True
        box = QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Question,
            self.tr("File in use"),
            store.read_only_reason,
            parent=self.window,
        )
        box.setInformativeText(
            self.tr("You can open it read-only and look, but not change anything.")
        )
        read_only = box.addButton(
            self.tr("Open &Read-Only"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is read_only

    def ask_open(self) -> bool:
        location, _ = QtWidgets.QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a KPIDesk file"),
            str(Path.home()),
            _file_filter(),
        )
        return bool(location) and self.open_path(location)

    def create(self, business: Business) -> bool:
        """Ask where to save a new business, create its file and open it."""
        suggested = Path.home() / f"{business.name}.kpidesk"
        location, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the new business as"),
            str(suggested),
            _file_filter(),
        )
        if not location:
            return False
        path = Path(location).with_suffix(".kpidesk")
        from kpidesk.store.business import save_business
        from kpidesk.store.connection import create_database

        try:
            store = create_database(path)
            save_business(store, business)
        except StoreError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("New business"), str(exc))
            return False
        self.context.settings.add_recent_file(str(path.resolve()))
        self.context.set_store(store)
        return True

    def open_demo(self) -> bool:
        """Open the demo business, creating it in the data folder the first time."""
        from kpidesk.demo.build import create_demo

        path = data_dir() / f"demo-{self.context.language}.kpidesk"
        if not path.exists():
            create_demo(path, self.context.language).close()
        return self.open_path(str(path))

    def _offer_restore(self, path: Path, message: str) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self.window,
            self.tr("Damaged file"),
            message + "\n\n" + self.tr("Do you want to choose a backup to restore it from?"),
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return False
        return self.restore_from_backup(path)

    def restore_from_backup(self, path: Path | None = None) -> bool:
        """Choose a backup of `path` (default: the open file) and put it in place."""
        from kpidesk.gui.dialogs.restore import RestoreDialog
        from kpidesk.store.backups import restore

        store = self.context.store
        path = path or (store.path if store else None)
        if path is None:
            return False
        dialog = RestoreDialog(path, self.window)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.chosen() is None:
            return False
        backup = dialog.chosen().path
        self.context.set_store(None)  # closes the file and gives up its lock
        self.context.tasks.start(
            lambda token, progress: restore(path, backup),
            on_finished=lambda kept: self._restored(path, kept),
            on_failed=lambda message, details: self._restore_failed(path, message),
        )
        self.window.statusBar().showMessage(self.tr("Restoring …"))
        return True

    def _restored(self, path: Path, kept: Path) -> None:
        self.open_path(str(path))
        message = self.tr("Restored from the backup; the previous file is kept as {0}")
        self.window.statusBar().showMessage(message.format(kept.name), 10000)

    def _restore_failed(self, path: Path, message: str) -> None:
        QtWidgets.QMessageBox.warning(self.window, self.tr("Restore from backup"), message)
        if path.exists():
            self.open_path(str(path))

    def save_copy(self) -> None:
        store = self.context.store
        if store is None or store.path is None:
            return
        location, _ = QtWidgets.QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy as"),
            str(store.path.with_name(store.path.stem + "-copy.kpidesk")),
            _file_filter(),
        )
        if location:
            self._copy(Path(location).with_suffix(".kpidesk"))

    def back_up(self) -> None:
        store = self.context.store
        if store is not None and store.path is not None:
            self._copy(new_backup_path(backups_dir(store.path), store.path))

    def _copy(self, target: Path) -> None:
        store = self.context.store
        assert store is not None and store.path is not None
        try:
            written = backup_file(store.path, target)
        except StoreError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Copy"), str(exc))
            return
        message = self.tr("Saved a copy to {0}").format(written)
        self.window.statusBar().showMessage(message, 8000)
