"""File → Import Data… and Export Data…, and files dropped on the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from kpidesk.gui.context import AppContext
from kpidesk.gui.drops import dropped_file
from kpidesk.gui.tasks import TaskSignals
from kpidesk.gui.worker_store import thread_connection

if TYPE_CHECKING:
    from kpidesk.gui.dialogs.import_dialog import ImportDialog

SHOT_FILE = Path(__file__).resolve().parents[2] / "tests/imports/fixtures/ga4_monthly_channels.csv"
SHOT_MAPPING = {"Total revenue": "ONLINE_REVENUE"}


class DataTransfer(QObject):
    """Import and export for one main window: menu entries, drops, dialogs."""

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.dialog: ImportDialog | None = None
        self.import_action = QAction(self.tr("&Import Data…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setStatusTip(
            self.tr("Import values from a spreadsheet, CSV, Google Analytics 4 or Meta file")
        )
        self.export_action = QAction(self.tr("&Export Data…"), window)
        self.export_action.setStatusTip(self.tr("Export every value to a CSV or Excel file"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action.triggered.connect(self.ask_export)
        menu = window.ui.menu_file  # type: ignore[attr-defined]
        before = window.ui.action_save_copy  # type: ignore[attr-defined]
        menu.insertActions(before, [self.import_action, self.export_action])
        menu.insertSeparator(before)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        context.signals.store_changed.connect(self._store_changed)
        self._store_changed()

    def _store_changed(self) -> None:
        store = self.context.store
        self.import_action.setEnabled(store is not None and not store.read_only)
        self.export_action.setEnabled(store is not None)

    # --- import --------------------------------------------------------------------------
    def open_import(self, path: str | None = None) -> ImportDialog | None:
        """Show the import dialog (window-modal), on `path` if given."""
        if not self.import_action.isEnabled():
            return None
        if self.dialog is not None and self.dialog.isVisible():
            if path:
                self.dialog.set_file(path)
            self.dialog.raise_()
            return self.dialog
        from kpidesk.gui.dialogs.import_dialog import ImportDialog  # the window starts without it

        dialog = ImportDialog(self.context, path, self.window)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _imported(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 15000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)
            if self.import_action.isEnabled() and dropped_file(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_file(event)
            if self.import_action.isEnabled() and path:
                event.acceptProposedAction()
                self.open_import(path)
                return True
        return False

    # --- export --------------------------------------------------------------------------
    def ask_export(self) -> None:
        store = self.context.store
        if store is None:
            return
        folder = Path(self.context.settings.import_folder or Path.home())
        suggested = folder / f"{Path(store.location).stem}-values.xlsx"
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV file, UTF-8 (*.csv)")
        location, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Data"), str(suggested), f"{xlsx};;{csv}"
        )
        if not location:
            return
        path = Path(location)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".csv" if chosen == csv else ".xlsx")
        self.context.settings.import_folder = str(path.parent)
        self.export_to(path)

    def export_to(self, path: Path) -> TaskSignals | None:
        """Write every value to `path` off the GUI thread, then say how many."""
        store = self.context.store
        if store is None:
            return None

        lang = self.context.language

        def work(token: object, progress: Callable[[int, int], None]) -> tuple[int, int]:
            from kpidesk.imports.export import export_values
            from kpidesk.imports.i18n import language

            with thread_connection(store), language(lang):
                summary = export_values(store, path)
            return summary.values, summary.kpis

        busy = QProgressDialog(self.tr("Exporting values…"), "", 0, 0, self.window)
        busy.setCancelButton(None)
        busy.setWindowTitle(self.tr("Export Data"))
        busy.setMinimumDuration(400)
        signals, _ = self.context.tasks.start(
            work,
            on_finished=lambda result: self._exported(busy, path, result),
            on_failed=lambda message, details: self._export_failed(busy, message),
        )
        return signals

    def _exported(self, busy: QProgressDialog, path: Path, result: tuple[int, int]) -> None:
        busy.close()
        values, kpis = result
        message = self.tr("{0} values of {1} KPIs exported to {2}.").format(values, kpis, path)
        self.window.statusBar().showMessage(message, 15000)
        QMessageBox.information(self.window, self.tr("Export Data"), message)

    def _export_failed(self, busy: QProgressDialog, message: str) -> None:
        busy.close()
        QMessageBox.warning(
            self.window,
            self.tr("Export Data"),
            self.tr("Nothing was exported: {0}").format(message),
        )

    # --- screenshots ---------------------------------------------------------------------
    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        """The import dialog on a GA4 export, mapped and dry-run (when the sample is there)."""
        if not SHOT_FILE.exists() or self.context.store is None:
            return {}

        def make() -> QWidget:
            from kpidesk.gui.dialogs.import_dialog import ImportDialog

            dialog = ImportDialog(self.context, str(SHOT_FILE), self.window)
            dialog.wait()
            for column, code in SHOT_MAPPING.items():
                if column in dialog.mapping_combos:
                    dialog.set_mapping(column, code)
            dialog.wait()
            return dialog

        return {"import": make}
