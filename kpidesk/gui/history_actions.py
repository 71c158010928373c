"""Edit → Change Log… and Cause Tags…: the file's history and the tags that explain it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from kpidesk.gui.context import AppContext

if TYPE_CHECKING:  # the dialog and the store load when first used, not with the window
    from kpidesk.gui.dialogs.change_log import ChangeLogDialog


class HistoryActions(QObject):
    """The Edit menu's entries for the change log and the cause tags of one main window."""

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.change_log: ChangeLogDialog | None = None
        self.change_log_action = QAction(self.tr("Change &Log…"), window)
        self.change_log_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.change_log_action.setStatusTip(
            self.tr("Who changed what and when, from which value to which")
        )
        self.causes_action = QAction(self.tr("Cause &Tags…"), window)
        self.causes_action.setStatusTip(
            self.tr("Add, rename or remove the causes that explain values off track")
        )
        self.change_log_action.triggered.connect(lambda: self.open_change_log())
        self.causes_action.triggered.connect(self.edit_causes)
        menu = window.ui.menu_edit  # type: ignore[attr-defined]
        before = window.ui.action_preferences  # type: ignore[attr-defined]
        menu.insertActions(before, [self.change_log_action, self.causes_action])
        menu.insertSeparator(before)
        context.signals.store_changed.connect(self._store_changed)
        self._store_changed()

    def _store_changed(self) -> None:
        store = self.context.store
        self.change_log_action.setEnabled(store is not None)
        self.causes_action.setEnabled(store is not None)

    def open_change_log(self, kpi_id: int | None = None) -> ChangeLogDialog | None:
        """Show the change log beside the app (for one KPI if given)."""
        from kpidesk.gui.dialogs.change_log import ChangeLogDialog

        if self.context.store is None:
            return None
        dialog = self.change_log
        if dialog is None or not dialog.isVisible():
            dialog = ChangeLogDialog(self.context, kpi_id, self.window)
            dialog.finished.connect(dialog.deleteLater)
            dialog.destroyed.connect(self._forget)
            self.change_log = dialog
        elif kpi_id is not None:
            dialog.show_kpi(kpi_id)
        dialog.show()
        dialog.raise_()
        return dialog

    def _forget(self) -> None:
        self.change_log = None

    def edit_causes(self) -> None:
        from kpidesk.gui.dialogs.cause_tags import CauseTagsDialog

        if self.context.store is not None:
            CauseTagsDialog(self.context, self.window).exec()

    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        """The change log of the whole business and the cause tags, for `kpidesk shots`."""
        from kpidesk.gui.dialogs.cause_tags import CauseTagsDialog
        from kpidesk.gui.dialogs.change_log import ChangeLogDialog

        def change_log() -> QWidget:
            dialog = ChangeLogDialog(self.context, None, self.window)
            dialog.resize(1180, 640)
            dialog.wait()
            return dialog

        return {
            "change_log": change_log,
            "cause_tags": lambda: CauseTagsDialog(self.context, self.window),
        }
