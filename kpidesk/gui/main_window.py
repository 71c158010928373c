"""The main window: navigation between screens, menus, and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from kpidesk import __version__
from kpidesk.gui import startup
from kpidesk.gui.context import AppContext
from kpidesk.gui.files import FileActions
from kpidesk.gui.forms.ui_main_window import Ui_MainWindow
from kpidesk.gui.icons import icon
from kpidesk.gui.screens.base import Screen
from kpidesk.gui.screens.registry import ScreenEntry
from kpidesk.gui.team.labels import recent_connection_names, role_explanations, where_text
from kpidesk.gui.team.live import ChangeWatcher

if TYPE_CHECKING:  # the window paints before the store (and Peewee) is imported
    from kpidesk.gui.screens.welcome import WelcomeScreen
    from kpidesk.store.connection import Store
    from kpidesk.store.quick import QuickReads

WINDOW_NAME = "main"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, screens: list[ScreenEntry] | None = None) -> None:
        super().__init__()
        self.context = context
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self.files = FileActions(context, self)
        self._welcome: WelcomeScreen | None = None
        self._welcome_due = False
        self.ui.screens.addWidget(QWidget())  # the welcome page, built when first shown
        self.entries: list[ScreenEntry] = []
        self._built: dict[int, Screen] = {}
        for entry in screens or []:
            self.add_screen(entry)
        self._connect_actions()
        # Menu entries nobody sees until a menu opens: added once the window is painted.
        startup.after_first_paint(self._add_more_actions)
        self._add_undo_actions()
        self._build_status_bar()
        self._build_banner()
        # Other clients' changes reach the screens (the listener logs in as this window did).
        self.live = ChangeWatcher(context, self, lambda: self.files.team.credentials())
        self.ui.navigation.currentRowChanged.connect(self._show_screen)
        context.signals.store_changed.connect(self._store_changed)
        context.signals.write_refused.connect(self._write_refused)
        self._restore_geometry()
        self._store_changed()

    # --- screens ----------------------------------------------------------
    @property
    def welcome(self) -> WelcomeScreen:
        """The first page (new business, open, demo, recent files), built on first use.

        A start on a file never shows it, so it is not built before the first paint.
        """
        if self._welcome is None:
            from kpidesk.gui.screens.welcome import WelcomeScreen

            page = WelcomeScreen(self.context.settings)
            placeholder = self.ui.screens.widget(0)
            self.ui.screens.insertWidget(0, page)
            self.ui.screens.removeWidget(placeholder)
            placeholder.deleteLater()
            page.new_requested.connect(self.new_business)
            page.open_requested.connect(self.files.ask_open)
            page.demo_requested.connect(self.files.open_demo)
            page.recent_chosen.connect(self.files.open_path)
            self._welcome = page
        return self._welcome

    def _show_welcome(self) -> None:
        if not self.isVisible() and self._welcome is None:
            self._welcome_due = True  # built in showEvent unless a file comes first
            self.ui.screens.setCurrentIndex(0)
            return
        self._welcome_due = False
        self.welcome.refresh()
        self.ui.screens.setCurrentWidget(self.welcome)

    def showEvent(self, event: QShowEvent) -> None:
        if self._welcome_due and self.context.store is None and self.context.preview is None:
            self._show_welcome()
        super().showEvent(event)

    def add_screen(self, entry: ScreenEntry) -> None:
        """Add a screen to the navigation; it is built when first shown."""
        title = entry.title()
        item = QListWidgetItem(icon(entry.icon_name), title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.ui.navigation.addItem(item)
        self.ui.screens.addWidget(QWidget())  # stands in until the screen is built
        self.entries.append(entry)

    def screen_at(self, row: int) -> Screen:
        """The screen in navigation row `row`, built now if it was not yet."""
        if row not in self._built:
            placeholder = self.ui.screens.widget(row + 1)
            screen = self.entries[row].make(self.context)
            self.ui.screens.insertWidget(row + 1, screen)
            self.ui.screens.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[row] = screen
        return self._built[row]

    @property
    def screens(self) -> list[Screen]:
        """Every screen, built (for screenshots and tests)."""
        return [self.screen_at(row) for row in range(len(self.entries))]

    def preview(self, location: str, reads: QuickReads) -> None:
        """Show the Home of the file at `location` from a first look, while it opens.

        The file itself is opened next (`files.open_path`), which shows the same
        Home from the open store, or `end_preview` if it could not be opened.
        """
        self.context.set_preview(reads)
        self.ui.navigation.setVisible(True)
        row = next(r for r, entry in enumerate(self.entries) if entry.key == "home")
        self.ui.navigation.blockSignals(True)
        self.ui.navigation.setCurrentRow(row)
        self.ui.navigation.blockSignals(False)
        self.ui.screens.setCurrentWidget(self.screen_at(row))
        self.setWindowTitle(f"{Path(location).name} – KPIDesk")

    def end_preview(self) -> None:
        """Forget the first look at a file that did not open (back to where the window was)."""
        if self.context.preview is not None:
            self.context.set_preview(None)
            self.context.signals.store_changed.emit()  # the window and its screens clear

    def current_key(self) -> str:
        """The key of the screen in front ("welcome" without a file)."""
        current = self.ui.screens.currentWidget()
        keys = [self.entries[row].key for row, built in self._built.items() if built is current]
        return keys[0] if keys else "welcome"

    def show_screen(self, screen: Screen) -> None:
        """Bring a screen to the front and select it in the navigation."""
        row = next(r for r, built in self._built.items() if built is screen)
        self.ui.navigation.setCurrentRow(row)
        self._show_screen(row)

    def _show_screen(self, row: int) -> None:
        if 0 <= row < len(self.entries) and self.context.store is not None:
            self.ui.screens.setCurrentWidget(self.screen_at(row))

    def _store_changed(self) -> None:
        store = self.context.store
        has_file = store is not None
        self.ui.navigation.setVisible(has_file)
        is_file = has_file and store.engine == "sqlite"  # a team database has no file to copy
        for action in (self.ui.action_save_copy, self.ui.action_backup):
            action.setEnabled(is_file)
        self.ui.action_close.setEnabled(has_file)
        self.action_restore.setEnabled(is_file and not store.read_only)
        self.ui.action_choose_kpis.setEnabled(has_file and not self.context.read_only)
        if not has_file:
            self._show_welcome()
            self.setWindowTitle("KPIDesk")
        else:
            name = Path(store.location).name if store.engine == "sqlite" else store.display_name
            self.setWindowTitle(f"{name} – KPIDesk")
            self.ui.navigation.setCurrentRow(max(0, self.ui.navigation.currentRow()))
            self._show_screen(self.ui.navigation.currentRow())
            # ReportLab loads and the file is read for the documents in the background,
            # before the owner asks for a report
            from kpidesk.gui.read_ahead import prepare_documents

            prepare_documents(self.context)
        self._update_status()
        self._fill_recent_menu()

    # --- menus -------------------------------------------------------------
    def _add_more_actions(self) -> None:
        from kpidesk.gui.data_transfer import DataTransfer
        from kpidesk.gui.history_actions import HistoryActions

        self.transfer = DataTransfer(self.context, self)  # Import/Export Data…, dropped files
        self.history = HistoryActions(self.context, self)  # Edit → Change Log…, Cause Tags…

    def _connect_actions(self) -> None:
        ui = self.ui
        shortcuts = {
            ui.action_new: QKeySequence.StandardKey.New,
            ui.action_open: QKeySequence.StandardKey.Open,
            ui.action_close: QKeySequence.StandardKey.Close,
            ui.action_quit: QKeySequence.StandardKey.Quit,
            ui.action_preferences: QKeySequence.StandardKey.Preferences,
            ui.action_guide: QKeySequence.StandardKey.HelpContents,
        }
        for action, key in shortcuts.items():
            action.setShortcut(key)
        ui.action_save_copy.setShortcut(QKeySequence("Ctrl+Shift+S"))
        ui.action_new.triggered.connect(self.new_business)
        ui.action_open.triggered.connect(self.files.ask_open)
        self.action_connect = QAction(self.tr("Connect to &Team Database…"), self)
        self.action_connect.triggered.connect(lambda: self.files.team.connect())
        ui.menu_file.insertAction(ui.action_choose_kpis, self.action_connect)
        ui.action_choose_kpis.triggered.connect(self.choose_kpis)
        ui.action_save_copy.triggered.connect(self.files.save_copy)
        ui.action_backup.triggered.connect(self.files.back_up)
        self.action_restore = QAction(self.tr("&Restore from Backup…"), self)
        self.action_restore.triggered.connect(lambda: self.files.restore_from_backup())
        ui.menu_file.insertAction(ui.action_close, self.action_restore)
        ui.menu_file.insertSeparator(ui.action_close)
        ui.action_close.triggered.connect(lambda: self.context.set_store(None))
        ui.action_quit.triggered.connect(self.close)
        ui.action_about.triggered.connect(self.about)
        ui.action_guide.triggered.connect(self.show_guide)
        ui.action_preferences.triggered.connect(self.preferences)

    def _add_undo_actions(self) -> None:
        stack = self.context.undo_stack
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        first = self.ui.menu_edit.actions()[0] if self.ui.menu_edit.actions() else None
        self.ui.menu_edit.insertActions(first, [undo, redo])
        self.ui.menu_edit.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menu_recent
        menu.clear()
        settings = self.context.settings
        files = [(Path(location).name, location) for location in settings.recent_files]
        connections = recent_connection_names(settings.recent_connections)
        for number, (name, location) in enumerate([*files, *connections], start=1):
            if number == len(files) + 1 and files:
                menu.addSeparator()  # team databases below the files
            action = QAction(f"&{number} {name}", menu)
            action.setToolTip(location)
            action.triggered.connect(lambda _=False, loc=location: self.files.open_path(loc))
            menu.addAction(action)
        menu.setEnabled(bool(menu.actions()))

    def _write_refused(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Not saved"), message)

    def new_business(self) -> None:
        from kpidesk.gui.dialogs.new_business import NewBusinessDialog

        dialog = NewBusinessDialog(self.context.language, self)
        if dialog.exec() == NewBusinessDialog.DialogCode.Accepted and self.files.create(
            dialog.business()
        ):
            self.choose_kpis()  # a new business starts with its goals and KPIs, not empty screens

    def choose_kpis(self) -> None:
        from kpidesk.gui.wizard import run_kpi_wizard

        run_kpi_wizard(self.context, self)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About KPIDesk"),
            self.tr(
                "<h3>KPIDesk {0}</h3><p>Goals, KPIs, targets and scorecards for small "
                "businesses — offline, on your own computer.</p>"
            ).format(__version__),
        )

    def show_guide(self) -> None:
        from kpidesk.gui.dialogs.guide import GuideDialog

        GuideDialog(self.context.language, self).exec()

    def preferences(self) -> None:
        from kpidesk.gui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.context.settings, self).exec()

    # --- status bar and window state ----------------------------------------
    def _build_status_bar(self) -> None:
        self.file_label = QLabel()
        self.file_label.setAccessibleName(self.tr("Open file"))
        self.read_only_badge = QLabel(self.tr("Read-only"))
        self.read_only_badge.setAccessibleName(self.tr("Read-only"))
        self.read_only_badge.setStyleSheet(
            "QLabel { background: #D98E04; color: white; padding: 1px 8px; border-radius: 8px; }"
        )
        self.statusBar().addPermanentWidget(self.read_only_badge)
        self.statusBar().addPermanentWidget(self.file_label)

    def _build_banner(self) -> None:
        """A bar above the screens that says why the file cannot be changed."""
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Read-only"))
        self.banner.setStyleSheet(
            "QLabel { background: #FFF4D6; color: #5C4300; padding: 6px 10px;"
            " border-bottom: 1px solid #D98E04; }"
        )
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.ui.central_layout.replaceWidget(self.ui.screens, column)
        layout.addWidget(self.banner)
        layout.addWidget(self.ui.screens)
        self.banner.hide()

    def _update_status(self) -> None:
        store = self.context.store
        read_only = bool(store and store.read_only)
        self.banner.setVisible(read_only)
        if read_only:
            self.banner.setText(
                "▲ "
                + self._read_only_text(store)
                + " "
                + self.tr("You can look at everything, but not change it.")
            )
        self.file_label.setText(where_text(store) if store else "")
        self.file_label.setToolTip(role_explanations().get(store.role, "") if store else "")
        self.read_only_badge.setVisible(bool(store and store.read_only))
        self.read_only_badge.setToolTip(store.read_only_reason if store else "")

    def _read_only_text(self, store: Store) -> str:
        """Why the file is read-only, in the UI's language."""
        holder = store.lock_holder
        name = Path(store.location).name
        texts = {
            "locked": lambda: self.tr("{0} is open in KPIDesk by {1} on {2} (process {3}).").format(
                name, holder.user, holder.host, holder.pid
            ),
            "newer": lambda: self.tr("{0} was saved by a newer KPIDesk.").format(name),
            "write_protected": lambda: self.tr("{0} is write-protected.").format(name),
            "folder": lambda: self.tr("The folder of {0} cannot be written to.").format(name),
            "viewer": lambda: self.tr("You are a viewer of {0}.").format(store.display_name),
        }
        make = texts.get(store.read_only_cause)
        return make() if make else self.tr("The file is open read-only.")

    def _restore_geometry(self) -> None:
        geometry, state = self.context.settings.window_state(WINDOW_NAME)
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.save_window_state(WINDOW_NAME, self.saveGeometry(), self.saveState())
        self.context.tasks.wait()
        self.context.set_store(None)
        super().closeEvent(event)


def screen_widgets(window: MainWindow) -> list[QWidget]:
    """Every page of the window, the welcome screen first (for screenshots and tests)."""
    return [window.welcome, *window.screens]
