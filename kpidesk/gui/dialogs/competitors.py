"""Competitors and their dated, sourced figures: add, rename, remove; add and remove figures.

Every change is an undoable command that writes at once (one transaction
each); removing a competitor asks first and Edit › Undo brings it back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QMessageBox, QWidget

from kpidesk.domain.competitors import Competitor, CompetitorValue
from kpidesk.gui.commands.base import StoreCommand, run
from kpidesk.gui.commands.competitors import (
    AddCompetitorCommand,
    AddCompetitorValueCommand,
    EditCompetitorCommand,
    RemoveCompetitorCommand,
    RemoveCompetitorValueCommand,
)
from kpidesk.gui.context import AppContext
from kpidesk.gui.dialogs.common import make_read_only
from kpidesk.gui.forms.ui_competitors_dialog import Ui_CompetitorsDialog
from kpidesk.gui.models import competitors_model
from kpidesk.gui.models.competitors_model import CompetitorsModel, CompetitorValuesModel
from kpidesk.gui.models.formatting import from_qdate, parse_number, to_qdate
from kpidesk.store import competitors, kpis
from kpidesk.store.errors import StoreError


class CompetitorsDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        kpi_id: int | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.ui = ui = Ui_CompetitorsDialog()
        ui.setupUi(self)
        self.model = CompetitorsModel(self)
        self.values = CompetitorValuesModel(self)
        ui.competitors_table.setModel(self.model)
        ui.values_table.setModel(self.values)
        for table, stretch in (
            (ui.competitors_table, competitors_model.NOTE),
            (ui.values_table, competitors_model.SOURCE),
        ):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        ui.as_of_date.setMaximumDate(to_qdate(self.today))
        ui.as_of_date.setDate(to_qdate(self.today))
        ui.competitors_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        ui.values_table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        ui.add_button.clicked.connect(self.add_competitor)
        ui.save_button.clicked.connect(self.save_competitor)
        ui.remove_button.clicked.connect(self.remove_competitor)
        ui.add_value_button.clicked.connect(self.add_value)
        ui.remove_value_button.clicked.connect(self.remove_value)
        ui.buttons.rejected.connect(self.reject)
        ui.message_label.hide()
        self._fill_kpis(kpi_id)
        self.refresh()
        if context.read_only:
            make_read_only(self, ui.buttons)

    # --- loading ----------------------------------------------------------------------
    def _fill_kpis(self, kpi_id: int | None) -> None:
        store = self.context.store
        active = [k for k in kpis.list_kpis(store) if not k.is_retired] if store else []
        self.values.kpis = {k.id: k for k in kpis.list_kpis(store)} if store else {}
        for kpi in active:
            self.ui.kpi_combo.addItem(f"{kpi.name} ({kpi.code})", kpi.id)
        if kpi_id is not None:
            self.ui.kpi_combo.setCurrentIndex(max(0, self.ui.kpi_combo.findData(kpi_id)))

    def refresh(self, select: int | None = None) -> None:
        """Reload the competitors, keeping (or moving to) the selected one."""
        store = self.context.store
        current = self.selected()
        wanted = select if select is not None else (current.id if current else None)
        self.model.set_rows(competitors.list_competitors(store) if store else [])
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.ui.competitors_table.selectRow(row)
        self._chosen()

    def selected(self) -> Competitor | None:
        rows = self.ui.competitors_table.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def selected_value(self) -> CompetitorValue | None:
        rows = self.ui.values_table.selectionModel().selectedRows()
        return self.values.row_object(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        competitor, store = self.selected(), self.context.store
        ui = self.ui
        if competitor is None or store is None:
            self.values.set_rows([])
            ui.values_group.setTitle(self.tr("Figures"))
        else:
            for edit, text in ((ui.name_edit, competitor.name), (ui.note_edit, competitor.note)):
                edit.setText(text)
                edit.setCursorPosition(0)  # a long note shows its start, not its end
            found = competitors.competitor_values(store, competitor_id=competitor.id)
            self.values.set_rows(sorted(found, key=lambda v: (v.as_of, v.id), reverse=True))
            ui.values_group.setTitle(self.tr("Figures of {0}").format(competitor.name))
        self._buttons()

    def _buttons(self) -> None:
        editable = not self.context.read_only
        chosen = self.selected() is not None
        ui = self.ui
        ui.add_button.setEnabled(editable)
        for button in (ui.save_button, ui.remove_button, ui.add_value_button):
            button.setEnabled(editable and chosen)
        ui.remove_value_button.setEnabled(editable and self.selected_value() is not None)

    # --- changes ----------------------------------------------------------------------
    def fail(self, edit: QLineEdit | None, message: str) -> None:
        """Show a problem and put the cursor on the field it is about."""
        self.ui.message_label.setText(message)
        self.ui.message_label.show()
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    def _run(self, command: StoreCommand) -> bool:
        try:
            run(self.context, command)
        except StoreError as exc:
            self.fail(None, str(exc))
            return False
        self.ui.message_label.hide()
        return True

    def _typed_name(self, ignore: int | None = None) -> str | None:
        name = self.ui.name_edit.text().strip()
        if not name:
            self.fail(self.ui.name_edit, self.tr("Name: type the competitor's name."))
            return None
        taken = {c.name.casefold() for c in self.model.rows() if c.id != ignore}
        if name.casefold() in taken:
            self.fail(self.ui.name_edit, self.tr("Name: {0} is on the list already.").format(name))
            return None
        return name

    def add_competitor(self) -> None:
        name = self._typed_name()
        if name is None:
            return
        command = AddCompetitorCommand(self.context, name, self.ui.note_edit.text())
        if self._run(command) and command.added is not None:
            self.refresh(select=command.added.id)

    def save_competitor(self) -> None:
        old = self.selected()
        name = self._typed_name(ignore=old.id) if old else None
        if old is None or name is None:
            return
        new = Competitor(old.id, name, self.ui.note_edit.text().strip())
        if new != old and self._run(EditCompetitorCommand(self.context, old, new)):
            self.refresh(select=old.id)

    def remove_competitor(self) -> None:
        competitor = self.selected()
        if competitor is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove competitor"),
            self.tr("Remove {0} and its {1} figures? Edit › Undo brings them back.").format(
                competitor.name, self.values.rowCount()
            ),
        )
        command = RemoveCompetitorCommand(self.context, competitor)
        if answer == QMessageBox.StandardButton.Yes and self._run(command):
            self.refresh()

    def add_value(self) -> None:
        competitor, ui = self.selected(), self.ui
        if competitor is None:
            self.fail(ui.name_edit, self.tr("Add or choose a competitor first."))
            return
        kpi_id = ui.kpi_combo.currentData()
        if kpi_id is None:
            self.fail(None, self.tr("KPI: there is no KPI to add a figure for yet."))
            return
        try:
            value = parse_number(ui.value_edit.text())
        except ValueError:
            message = self.tr("Value: “{0}” is not a number.").format(ui.value_edit.text())
            self.fail(ui.value_edit, message)
            return
        if value is None:
            self.fail(ui.value_edit, self.tr("Value: type the competitor's figure."))
            return
        source = ui.source_edit.text().strip()
        if not source:
            message = self.tr("Source: say where the figure comes from, e.g. Google Maps.")
            self.fail(ui.source_edit, message)
            return
        as_of = from_qdate(ui.as_of_date.date())
        figure = CompetitorValue(competitor.id, kpi_id, as_of, value, source)
        if self._run(AddCompetitorValueCommand(self.context, figure, competitor.name)):
            ui.value_edit.clear()
            self._chosen()

    def remove_value(self) -> None:
        competitor, figure = self.selected(), self.selected_value()
        if competitor is None or figure is None:
            return
        if self._run(RemoveCompetitorValueCommand(self.context, figure, competitor.name)):
            self._chosen()
