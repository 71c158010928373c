"""Close periods after review and reopen them, from the data-entry screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kpidesk.gui.context import AppContext
from kpidesk.gui.dialogs.close_periods import ClosePeriodsDialog, Mode
from kpidesk.gui.models.formatting import format_date
from kpidesk.store.business import get_business
from kpidesk.store.closing import close_periods, closed_through, reopen_periods
from kpidesk.store.errors import StoreError


class PeriodClosing(QObject):
    """Opens the close/reopen dialog and writes what the owner confirms."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        today: date,
        show_message: Callable[[str], None],
        show_status: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today
        self.show_message = show_message
        self.show_status = show_status
        self.dialog: ClosePeriodsDialog | None = None

    def closed_through(self) -> date | None:
        store = self.context.store
        return closed_through(store) if store is not None else None

    def state_text(self) -> str:
        """A short line for the toolbar: what is closed now."""
        through = self.closed_through()
        if through is None:
            return ""
        return self.tr("Closed through {0}").format(format_date(through))

    def ask(self, mode: Mode) -> ClosePeriodsDialog | None:
        """Show the close (or reopen) dialog, window-modal; the answer is written on OK."""
        store = self.context.store
        if store is None or store.read_only:
            return None
        dialog = ClosePeriodsDialog(
            mode,
            self.closed_through(),
            self.today,
            get_business(store).fiscal_start_month,
            self.parent(),
        )
        dialog.accepted.connect(lambda: self._write(dialog))
        dialog.finished.connect(lambda _: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _write(self, dialog: ClosePeriodsDialog) -> None:
        store = self.context.store
        if store is None:
            return
        through = dialog.through()
        try:
            if dialog.mode == "close":
                assert through is not None
                close_periods(store, through, dialog.note())
                message = self.tr("Periods through {0} are closed.").format(format_date(through))
            else:
                reopen_periods(store, through, dialog.note())
                message = (
                    self.tr("Every period is open again.")
                    if through is None
                    else self.tr("Periods after {0} are open again.").format(format_date(through))
                )
        except StoreError as exc:
            self.show_message(self.tr("Nothing was changed: {0}").format(exc))
            return
        self.context.changed("periods")
        self.show_status(message)

    def shot_dialog(self) -> ClosePeriodsDialog:
        """The close dialog with a note typed (for `kpidesk shots`)."""
        store = self.context.store
        assert store is not None
        dialog = ClosePeriodsDialog(
            "close",
            self.closed_through(),
            self.today,
            get_business(store).fiscal_start_month,
            self.parent(),
        )
        dialog.ui.note_edit.setText(self.tr("Reviewed with the accountant"))
        return dialog
