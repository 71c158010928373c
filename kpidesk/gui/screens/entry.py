"""Data entry: type, paste and correct values in a grid of KPIs × periods."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QHeaderView, QInputDialog, QMainWindow, QWidget

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.gui.commands.values import CellChange, ValueConflict, push_changes
from kpidesk.gui.context import AppContext
from kpidesk.gui.delegates.entry import EntryDelegate
from kpidesk.gui.forms.ui_entry_screen import Ui_EntryScreen
from kpidesk.gui.labels import frequency_names
from kpidesk.gui.models import entry_data
from kpidesk.gui.models.entry_edits import PasteError, clear_changes, copy_text, paste_changes
from kpidesk.gui.models.entry_model import EntryModel
from kpidesk.gui.period_labels import period_label
from kpidesk.gui.screens.base import Screen
from kpidesk.gui.screens.entry_closing import PeriodClosing
from kpidesk.gui.screens.entry_red import RedExplainer
from kpidesk.gui.team.conflict_dialog import value_conflict_dialog
from kpidesk.imports.numbers import EN, FORMATS, NB, NumberFormat
from kpidesk.store.errors import ConflictError
from kpidesk.store.kpis import get_kpi

_COLUMN_WIDTH = 100


class DataEntryScreen(Screen):
    icon_name = "entry"
    watches = ("values", "kpis", "targets", "periods", "causes")

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(context, parent)
        self.today = today or date.today()
        self.ui = Ui_EntryScreen()
        self.ui.setupUi(self)
        self.model = EntryModel(self.today, self)
        self.delegate = EntryDelegate(self.number_format(), self)
        self._choices: list[Period] = []
        self._shown_store: object = None
        self._set_up_grid()
        self._add_actions()
        self.ui.frequency_combo.currentIndexChanged.connect(self._frequency_chosen)
        self.ui.from_combo.currentIndexChanged.connect(lambda _: self._range_chosen(True))
        self.ui.to_combo.currentIndexChanged.connect(lambda _: self._range_chosen(False))
        self.model.edits_requested.connect(
            lambda changes: self.apply(changes, self.tr("Enter a value"))
        )
        self.delegate.invalid_input.connect(self.show_message)
        self.model.edit_refused.connect(self.show_message)
        self.ui.grid.edit_refused.connect(self._refused)
        self.red = RedExplainer(context, self.model, self, self.show_message)
        self.closing = PeriodClosing(context, self, self.today, self.show_message, self.show_status)
        self.ui.close_button.clicked.connect(lambda: self.closing.ask("close"))
        self.ui.reopen_button.clicked.connect(lambda: self.closing.ask("reopen"))
        self.show_message("")
        self.refresh()

    def title(self) -> str:
        return self.tr("Data entry")

    def number_format(self) -> NumberFormat:
        """The UI language's way of writing numbers (one parser with the import dialog)."""
        fallback = NB if QLocale().decimalPoint() == "," else EN
        return FORMATS.get(self.context.language, fallback)

    # --- set-up -----------------------------------------------------------------
    def _set_up_grid(self) -> None:
        grid = self.ui.grid
        grid.setModel(self.model)
        grid.setItemDelegate(self.delegate)
        columns = grid.horizontalHeader()
        # Periods share the width when they fit, and scroll at a readable width when not.
        columns.setMinimumSectionSize(_COLUMN_WIDTH)
        columns.setDefaultSectionSize(_COLUMN_WIDTH)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform heights: fast paint
        rows.setHighlightSections(False)  # a bold title would not fit the header's width
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def _add_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self.ui.grid)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.ui.grid.addAction(act)
            return act

        key = QKeySequence
        self.copy_action = action(self.tr("&Copy"), [key(key.StandardKey.Copy)], self.copy)
        self.paste_action = action(self.tr("&Paste"), [key(key.StandardKey.Paste)], self.paste)
        self.clear_action = action(
            self.tr("C&lear"), [key(Qt.Key.Key_Delete), key(Qt.Key.Key_Backspace)], self.clear
        )
        self.comment_action = action(
            self.tr("Edit &comment…"), [key("Shift+F2")], self.edit_comment
        )

    # --- loading ------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload from the file, keeping the frequency, range and current cell."""
        store = self.context.store
        self._show_closed()
        if store is None:
            self.model.set_rows([], [], {})
            return
        if store is not self._shown_store:  # another file: its own fiscal year and range
            self._shown_store, self._choices = store, []
        self._fill_frequencies(entry_data.frequencies_in_use(store))
        self._load()

    def _fill_frequencies(self, frequencies: list[Frequency]) -> None:
        combo = self.ui.frequency_combo
        current = self._frequency() or Frequency.MONTH
        combo.blockSignals(True)
        combo.clear()
        names = frequency_names()
        for frequency in frequencies:
            combo.addItem(names[frequency], frequency)
        found = combo.findData(current)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)
        if self._choices[:1] and self._choices[0].frequency != self._frequency():
            self._choices = []
        if not self._choices and frequencies:
            self._fill_periods()

    def _fill_periods(self) -> None:
        frequency = self._frequency()
        fiscal = entry_data.fiscal_start(self.context.store)
        self._choices = entry_data.period_choices(frequency, self.today, fiscal)
        first, last = entry_data.default_range(frequency, self.today, fiscal)
        labels = [period_label(p, year=True) for p in self._choices]
        for combo, chosen in ((self.ui.from_combo, first), (self.ui.to_combo, last)):
            combo.blockSignals(True)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.clear()
            combo.addItems(labels)
            combo.setCurrentIndex(self._choices.index(max(chosen, self._choices[0])))
            combo.blockSignals(False)

    def _frequency(self) -> Frequency | None:
        # Qt hands the enum back as a plain str.
        data = self.ui.frequency_combo.currentData()
        return Frequency(data) if data else None

    def _frequency_chosen(self) -> None:
        self.show_message("")
        self._fill_periods()
        self._load()

    def _range_chosen(self, from_changed: bool) -> None:
        self.show_message("")
        first, last = self.ui.from_combo, self.ui.to_combo
        if first.currentIndex() > last.currentIndex():  # keep from ≤ to
            other = last if from_changed else first
            other.blockSignals(True)
            other.setCurrentIndex((first if from_changed else last).currentIndex())
            other.blockSignals(False)
        self._load()

    def _load(self) -> None:
        store, frequency = self.context.store, self._frequency()
        has_kpis = store is not None and frequency is not None and bool(self._choices)
        self.ui.grid.setVisible(has_kpis)
        self.ui.empty_label.setVisible(not has_kpis)
        for widget in (self.ui.frequency_combo, self.ui.from_combo, self.ui.to_combo):
            widget.setEnabled(has_kpis)
        if not has_kpis:
            self.model.set_rows([], [], {})
            return
        first = self._choices[self.ui.from_combo.currentIndex()]
        last = self._choices[self.ui.to_combo.currentIndex()]
        grid = entry_data.load_grid(store, frequency, first, last)
        read_only, editable = self.context.read_only, self.context.editable_kpi_ids()
        for act in (self.paste_action, self.clear_action, self.comment_action):
            act.setEnabled(not read_only)
        if (
            self.model.same_shape(grid.rows, grid.periods)
            and read_only == self.model.read_only
            and editable == self.model.editable
        ):
            self.model.set_closed_through(grid.closed_through)
            self.model.update_cells(grid.rows, grid.cells)
            return
        current = self.ui.grid.currentIndex()
        key = self.model.key(current.row(), current.column()) if current.isValid() else None
        self.model.set_rows(
            grid.rows,
            grid.periods,
            grid.cells,
            read_only=read_only,
            editable=editable,
            closed_through=grid.closed_through,
        )
        found = self.model.find(key) if key else None
        if found is None or not found.isValid():  # start at the latest period
            found = self.model.index(0, max(0, len(grid.periods) - 1))
        self.ui.grid.setCurrentIndex(found)
        self.ui.grid.scrollTo(found)

    def show_cell(self, kpi_id: int, segment: str, period: Period) -> bool:
        """Show `period` of a KPI (and segment) and make it the current cell; False if not shown."""
        combo = self.ui.frequency_combo
        found = combo.findData(period.frequency)
        if found < 0:
            return False
        if found != combo.currentIndex():
            combo.setCurrentIndex(found)  # fills the default range and loads
        column = next((i for i, p in enumerate(self._choices) if p.start == period.start), -1)
        if column < 0:
            return False
        if column < self.ui.from_combo.currentIndex():
            self.ui.from_combo.setCurrentIndex(column)
        if column > self.ui.to_combo.currentIndex():
            self.ui.to_combo.setCurrentIndex(column)
        index = self.model.find((kpi_id, segment, period.start))
        if not index.isValid():
            return False
        self.ui.grid.setCurrentIndex(index)
        self.ui.grid.scrollTo(index)
        self.ui.grid.setFocus()
        return True

    # --- editing ----------------------------------------------------------------------
    def apply(self, changes: list[CellChange], text: str) -> bool:
        """Save `changes` at once as one undo step; ask why if one turned a KPI off track."""
        self.show_message("")
        red = self.red.red_cells(changes)  # before the grid shows the new values
        command = push_changes(self.context, changes, text, self.show_message, self.ask_conflict)
        if command is not None and red:
            self.red.ask(command, red)
        return command is not None

    def ask_conflict(self, conflict: ValueConflict) -> bool:
        """Show both values; True when the person chooses to overwrite theirs."""
        kpi_id, segment, start = conflict.key
        found = self.model.find(conflict.key)
        if found.isValid():
            row, period = self.model.entry_row(found.row()), self.model.period(found.column())
            kpi = row.kpi
            segment_name = row.label.rpartition(" — ")[2] if segment else ""
        else:  # a cell no longer shown (an undo after changing the range)
            store = self.context.store
            kpi = get_kpi(store, kpi_id)
            fiscal = entry_data.fiscal_start(store)
            period, segment_name = Period.containing(kpi.frequency, start, fiscal), segment
        dialog = value_conflict_dialog(
            conflict.error, kpi, period, segment_name, conflict.count, self
        )
        dialog.exec()
        return dialog.overwrite_chosen()

    def copy(self) -> None:
        text = copy_text(self.model, self.ui.grid.selectionModel().selectedIndexes())
        if text:
            QGuiApplication.clipboard().setText(text)

    def paste(self) -> None:
        current = self.ui.grid.currentIndex()
        if self.model.read_only or not current.isValid():
            return
        text = QGuiApplication.clipboard().text()
        try:
            changes = paste_changes(
                self.model, current.row(), current.column(), text, self.number_format()
            )
        except PasteError as exc:
            self.show_message(str(exc))
            return
        self.apply(changes, self.tr("Paste {0} values").format(len(changes)))

    def clear(self) -> None:
        if self.model.read_only:
            return
        selected = self.ui.grid.selectionModel().selectedIndexes()
        try:
            changes = clear_changes(self.model, selected)
        except PasteError as exc:
            self.show_message(str(exc))
            return
        if not changes and any(not self.model.may_edit(i.row()) for i in selected):
            self.show_message(self.tr("You may not change the values of these KPIs."))
            return
        self.apply(changes, self.tr("Clear {0} values").format(len(changes)))

    def edit_comment(self) -> None:
        current = self.ui.grid.currentIndex()
        if not current.isValid() or not self.model.may_edit(current.row()):
            return
        r, c = current.row(), current.column()
        if self.model.is_closed(c):
            self.show_message(self.model.closed_message(c))
            return
        old = self.model.cell(r, c)
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Comment"),
            self.tr("Comment on {0}, {1}:").format(
                self.model.entry_row(r).label, period_label(self.model.period(c))
            ),
            old.comment,
        )
        if ok and text.strip() != old.comment:
            self.apply(
                [self.model.change(r, c, old.value, text.strip())], self.tr("Edit a comment")
            )

    def _refused(self, index: QModelIndex) -> None:
        """Typing into a cell that cannot change: say why (another's KPI, a closed period)."""
        if self.model.read_only:
            return  # the banner above says why
        if not self.model.may_edit(index.row()):
            self.show_message(self.tr("You may not change the values of these KPIs."))
        elif self.model.is_closed(index.column()):
            self.show_message(self.model.closed_message(index.column()))

    def _show_closed(self) -> None:
        store = self.context.store
        writable = store is not None and not store.read_only
        through = self.closing.closed_through()
        self.ui.close_button.setEnabled(writable)
        self.ui.reopen_button.setEnabled(writable and through is not None)
        self.ui.closed_label.setText(self.closing.state_text())
        self.ui.closed_label.setVisible(through is not None)

    def show_status(self, text: str) -> None:
        """A passing note in the status bar (something went as asked)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def show_message(self, text: str) -> None:
        """Say what went wrong (or clear the message), under the grid and in the status bar."""
        self.ui.message_label.setText(f"⚠ {text}" if text else "")
        self.ui.message_label.setVisible(bool(text))
        window = self.window()
        if text and isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    # --- shots ---------------------------------------------------------------------------
    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        dialogs: dict[str, Callable[[], QWidget]] = {
            "explain_red": self.red.shot_dialog,
            "close_periods": self.closing.shot_dialog,
        }
        if self.model.rowCount():
            dialogs["value_conflict"] = self._conflict_shot
        return dialogs

    def _conflict_shot(self) -> QWidget:
        # The latest value of the first row, as if a colleague had saved another one.
        row, column = 0, max(0, self.model.columnCount() - 1)
        entry, theirs = self.model.entry_row(row), self.model.cell(row, column).value
        mine = round((theirs or 100.0) * 1.05, entry.kpi.decimals)
        at = datetime.combine(self.today, time(14, 7))
        error = ConflictError("value", entry.label, mine, theirs, "anna", at)
        return value_conflict_dialog(error, entry.kpi, self.model.period(column), parent=self)
