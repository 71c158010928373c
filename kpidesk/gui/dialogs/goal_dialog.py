"""Add or edit a goal, and tick the KPIs that serve it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from kpidesk.domain.entities import Goal, Kpi, Person
from kpidesk.domain.types import Area, Horizon
from kpidesk.gui.commands.goals import with_links
from kpidesk.gui.forms.ui_goal_dialog import Ui_GoalDialog
from kpidesk.gui.labels import area_names, horizon_names, timing_names
from kpidesk.gui.models.formatting import from_qdate, to_qdate


class GoalDialog(QDialog):
    def __init__(
        self,
        goal: Goal | None,
        kpis: list[Kpi],
        people: list[Person],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GoalDialog()
        self.ui.setupUi(self)
        self.goal = goal or Goal(id=0, title="")
        self.setWindowTitle(self.tr("New goal") if goal is None else self.tr("Edit goal"))
        self._fill_choices(people)
        self._fill_kpis(kpis)
        self._show(self.goal)
        self.ui.error_label.hide()
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.due_check.toggled.connect(self.ui.due_date_edit.setEnabled)
        self.ui.title_edit.textChanged.connect(lambda _: self.ui.error_label.hide())
        self.ui.kpi_list.itemChanged.connect(lambda _: self._update_hint())
        self._update_hint()

    def _fill_choices(self, people: list[Person]) -> None:
        ui = self.ui
        for horizon, name in horizon_names().items():
            ui.horizon_combo.addItem(name, horizon.value)
        ui.area_combo.addItem(self.tr("(none)"), "")
        for area, name in area_names().items():
            ui.area_combo.addItem(name, area.value)
        ui.owner_combo.addItem(self.tr("(nobody)"), 0)
        for person in people:
            ui.owner_combo.addItem(person.name, person.id)

    def _fill_kpis(self, kpis: list[Kpi]) -> None:
        timings = timing_names()
        for kpi in kpis:
            text = self.tr("{0} – {1} ({2})").format(kpi.code, kpi.name, timings[kpi.timing])
            if kpi.is_retired:
                text = self.tr("{0} – retired").format(text)
            item = QListWidgetItem(text, self.ui.kpi_list)
            item.setData(Qt.ItemDataRole.UserRole, kpi.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, kpi.timing.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = kpi.id in self.goal.kpi_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _show(self, goal: Goal) -> None:
        ui = self.ui
        ui.title_edit.setText(goal.title)
        ui.description_edit.setPlainText(goal.description)
        ui.horizon_combo.setCurrentIndex(ui.horizon_combo.findData(goal.horizon.value))
        ui.area_combo.setCurrentIndex(ui.area_combo.findData(goal.area.value if goal.area else ""))
        ui.owner_combo.setCurrentIndex(max(0, ui.owner_combo.findData(goal.owner_id or 0)))
        ui.due_check.setChecked(goal.due_date is not None)
        ui.due_date_edit.setEnabled(goal.due_date is not None)
        ui.due_date_edit.setDate(
            to_qdate(goal.due_date) if goal.due_date else QDate.currentDate().addYears(1)
        )

    def checked_kpi_ids(self) -> list[int]:
        items = (self.ui.kpi_list.item(row) for row in range(self.ui.kpi_list.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_kpi_checked(self, kpi_id: int, checked: bool) -> None:
        for row in range(self.ui.kpi_list.count()):
            item = self.ui.kpi_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == kpi_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_hint(self) -> None:
        # The guide's rules of thumb: 1–3 KPIs per goal, at least one leading KPI.
        items = [self.ui.kpi_list.item(row) for row in range(self.ui.kpi_list.count())]
        checked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        leading = [i for i in checked if i.data(Qt.ItemDataRole.UserRole + 1) == "leading"]
        if not checked:
            hint = self.tr("Tip: link one to three KPIs, at least one of them leading.")
        elif not leading:
            hint = self.tr("Tip: add a leading KPI, so you see problems before the results do.")
        elif len(checked) > 3:
            hint = self.tr("{0} KPIs linked; one to three per goal keeps the focus.").format(
                len(checked)
            )
        else:
            hint = ""
        self.ui.kpi_hint_label.setText(hint)
        self.ui.kpi_hint_label.setVisible(bool(hint))

    def accept(self) -> None:
        if not self.ui.title_edit.text().strip():
            self.ui.error_label.setText(self.tr("Title: give the goal a title."))
            self.ui.error_label.show()
            self.ui.title_edit.setFocus()
            return
        super().accept()

    def result_goal(self) -> Goal:
        """The goal as filled in, linked to the ticked KPIs."""
        ui = self.ui
        area = ui.area_combo.currentData()
        due: date | None = from_qdate(ui.due_date_edit.date()) if ui.due_check.isChecked() else None
        goal = replace(
            self.goal,
            title=ui.title_edit.text().strip(),
            description=ui.description_edit.toPlainText().strip(),
            horizon=Horizon(ui.horizon_combo.currentData()),
            area=Area(area) if area else None,
            owner_id=ui.owner_combo.currentData() or None,
            due_date=due,
        )
        return with_links(goal, self.checked_kpi_ids())

    def ok_button(self) -> QWidget:
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
