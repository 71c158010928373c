"""The Goals screen: search, add, edit, archive goals and link KPIs to them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from kpidesk.domain.entities import Goal
from kpidesk.gui.commands.base import StoreCommand, run
from kpidesk.gui.commands.goals import AddGoalCommand, EditGoalCommand
from kpidesk.gui.context import AppContext
from kpidesk.gui.dialogs.goal_dialog import GoalDialog
from kpidesk.gui.forms.ui_goals_screen import Ui_GoalsScreen
from kpidesk.gui.models import goals_model
from kpidesk.gui.models.goals_model import GoalsFilter, GoalsModel
from kpidesk.gui.screens.base import Screen
from kpidesk.gui.team.messages import store_error_text
from kpidesk.store import business, goals, kpis
from kpidesk.store.errors import StoreError


class GoalsScreen(Screen):
    icon_name = "goals"
    watches = ("goals", "kpis")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_GoalsScreen()
        self.ui.setupUi(self)
        self.model = GoalsModel(self)
        self.proxy = GoalsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.linked_model = QStringListModel(self)
        self.ui.linked_list.setModel(self.linked_model)
        self.kpi_names: dict[int, str] = {}
        self._setup_table()
        self._connect()
        self.refresh()

    def title(self) -> str:
        return self.tr("Goals")

    def _setup_table(self) -> None:
        table = self.ui.goals_table
        table.setModel(self.proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the owner's own order
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(goals_model.TITLE, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([640, 320])

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(self._search)
        ui.show_archived_check.toggled.connect(self._show_archived)
        ui.add_button.clicked.connect(self.add_goal)
        ui.edit_button.clicked.connect(self.edit_goal)
        ui.archive_button.clicked.connect(self.toggle_archived)
        ui.goals_table.activated.connect(lambda _: self.edit_goal())
        ui.goals_table.selectionModel().selectionChanged.connect(self._selection_changed)
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Find), ui.search_edit.setFocus),
            (QKeySequence(Qt.Key.Key_Insert), self.add_goal),
        ):
            shortcut = QShortcut(key, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.proxy.rowsInserted.connect(lambda *_: self._update_count())
        self.proxy.rowsRemoved.connect(lambda *_: self._update_count())
        self.proxy.modelReset.connect(self._update_count)

    # --- loading --------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            self.model.set_goals([], {})
            return
        selected = self.selected_goal()
        people = {p.id: p.name for p in business.list_people(store)}
        self.kpi_names = {k.id: k.name for k in kpis.list_kpis(store)}
        self.model.set_goals(goals.list_goals(store, include_archived=True), people)
        if selected is not None:
            self.select_goal(selected.id)
        if self.selected_goal() is None and self.proxy.rowCount():
            self.ui.goals_table.selectRow(0)
        self._selection_changed()
        self._update_count()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _show_archived(self, show: bool) -> None:
        self.proxy.set_show_archived(show)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        archived = sum(1 for g in self.model.rows() if g.archived_on is not None)
        text = self.tr("Shown: {0} of {1} goals.").format(shown, self.model.rowCount())
        if archived and not self.ui.show_archived_check.isChecked():
            text = self.tr("Shown: {0} of {1} goals (archived goals hidden: {2}).").format(
                shown, self.model.rowCount(), archived
            )
        self.ui.count_label.setText(text)

    # --- selection ------------------------------------------------------------
    def selected_goal(self) -> Goal | None:
        rows = self.ui.goals_table.selectionModel().selectedRows()
        return self.proxy.object_at(rows[0].row()) if rows else None

    def select_goal(self, goal_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.object_at(row).id == goal_id:
                self.ui.goals_table.selectRow(row)
                return

    def _selection_changed(self, *_: QItemSelection) -> None:
        goal = self.selected_goal()
        editable = not self.context.read_only
        self.ui.add_button.setEnabled(editable)
        self.ui.edit_button.setEnabled(editable and goal is not None)
        self.ui.archive_button.setEnabled(editable and goal is not None)
        archived = goal is not None and goal.archived_on is not None
        self.ui.archive_button.setText(self.tr("&Restore") if archived else self.tr("&Archive"))
        self.ui.archive_button.setAccessibleName(
            self.tr("Restore the selected goal")
            if archived
            else self.tr("Archive the selected goal")
        )
        self.ui.description_label.setText(goal.description if goal else "")
        names = [self.kpi_names.get(k, "") for k in goal.kpi_ids] if goal else []
        self.linked_model.setStringList(names)

    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        return {"goal": lambda: self._dialog(self.selected_goal())}

    # --- changes --------------------------------------------------------------
    def _dialog(self, goal: Goal | None) -> GoalDialog:
        store = self.context.store
        assert store is not None
        return GoalDialog(goal, kpis.list_kpis(store), business.list_people(store), self)

    def add_goal(self) -> None:
        if self.context.read_only:
            return
        dialog = self._dialog(None)
        if dialog.exec() == GoalDialog.DialogCode.Accepted:
            command = AddGoalCommand(self.context, dialog.result_goal())
            if self._run(command) and command.goal_id is not None:
                self.select_goal(command.goal_id)

    def edit_goal(self, _index: QModelIndex | None = None) -> None:
        goal = self.selected_goal()
        if goal is None or self.context.read_only:
            return
        dialog = self._dialog(goal)
        if dialog.exec() == GoalDialog.DialogCode.Accepted:
            new = dialog.result_goal()
            if new != goal:
                self._run(EditGoalCommand(self.context, goal, new))

    def toggle_archived(self) -> None:
        goal = self.selected_goal()
        if goal is None or self.context.read_only:
            return
        if goal.archived_on is None:
            text = self.tr("Archive goal “{0}”").format(goal.title)
            new = replace(goal, archived_on=date.today())
        else:
            text = self.tr("Restore goal “{0}”").format(goal.title)
            new = replace(goal, archived_on=None)
        self._run(EditGoalCommand(self.context, goal, new, text))

    def _run(self, command: StoreCommand) -> bool:
        try:
            run(self.context, command)
        except StoreError as exc:
            QMessageBox.warning(
                self, self.tr("Not saved"), store_error_text(exc, self.context.store)
            )
            return False
        return True
