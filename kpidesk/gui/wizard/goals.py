"""Page 2: the goals, in the owner's own words (1–5 new ones, long or short term)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.domain.types import Horizon
from kpidesk.gui.labels import horizon_names
from kpidesk.gui.wizard.common import StatePage, buddy
from kpidesk.gui.wizard.state import MAX_NEW_GOALS, WizardState


class GoalsPage(StatePage):
    def __init__(self, state: WizardState, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(state, lang, parent)
        self.setTitle(self.tr("Your goals"))
        self.setSubTitle(
            self.tr(
                "Start with what you want to achieve, in your own words. Each goal gets a "
                "few KPIs that show whether you are getting there."
            )
        )
        self.goal_edit = QLineEdit()
        self.goal_edit.setObjectName("goal_edit")
        self.goal_edit.setPlaceholderText(self.tr("e.g. More regular customers in the café"))
        self.horizon_combo = QComboBox()
        self.horizon_combo.setObjectName("horizon_combo")
        for horizon, name in horizon_names().items():
            self.horizon_combo.addItem(name, horizon.value)
        self.horizon_combo.setCurrentIndex(self.horizon_combo.findData(Horizon.SHORT.value))
        self.add_button = QPushButton(self.tr("&Add goal"))
        self.add_button.setObjectName("add_button")
        self.goals_list = QListWidget()
        self.goals_list.setObjectName("goals_list")
        self.remove_button = QPushButton(self.tr("&Remove goal"))
        self.remove_button.setObjectName("remove_button")
        self.examples = QLabel(
            self.tr(
                "<b>Examples:</b> More regular customers in the café · Grow online sales "
                "this year · Fewer late deliveries · A better margin on every job · "
                "Happier staff who stay longer"
            )
        )
        self.examples.setWordWrap(True)
        self.examples.setObjectName("examples_label")
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")

        grid = QGridLayout()
        grid.addWidget(buddy(QLabel(self.tr("&Goal:")), self.goal_edit, self.tr("New goal")), 0, 0)
        grid.addWidget(self.goal_edit, 0, 1)
        horizon_label = buddy(QLabel(self.tr("&Term:")), self.horizon_combo, self.tr("Term"))
        grid.addWidget(horizon_label, 0, 2)
        grid.addWidget(self.horizon_combo, 0, 3)
        grid.addWidget(self.add_button, 0, 4)
        grid.setColumnStretch(1, 1)
        list_label = buddy(
            QLabel(self.tr("Goals &chosen:")), self.goals_list, self.tr("Goals chosen")
        )
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.examples)
        layout.addWidget(list_label)
        layout.addWidget(self.goals_list, 1)
        layout.addLayout(row)
        self.setTabOrder(self.goal_edit, self.horizon_combo)
        self.setTabOrder(self.horizon_combo, self.add_button)
        self.setTabOrder(self.add_button, self.goals_list)
        self.setTabOrder(self.goals_list, self.remove_button)

        self.add_button.clicked.connect(self.add_typed_goal)
        self.remove_button.clicked.connect(self.remove_current)
        self.goal_edit.textChanged.connect(self._update_buttons)
        self.goal_edit.installEventFilter(self)
        self.goals_list.currentRowChanged.connect(self._update_buttons)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the goal field adds the goal typed; on an empty field it goes on."""
        if (
            watched is self.goal_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.goal_edit.text().strip()
        ):
            self.add_typed_goal()
            return True
        return super().eventFilter(watched, event)

    def initializePage(self) -> None:
        self._fill()
        self.goal_edit.setFocus()

    def add_typed_goal(self) -> None:
        text = self.goal_edit.text().strip()
        if not text:
            return
        index = self.state.add_goal(text, Horizon(self.horizon_combo.currentData()))
        if index is not None:
            self.goal_edit.clear()
        self._fill()
        if index is not None:
            self.goals_list.setCurrentRow(index)
        self.goal_edit.setFocus()

    def remove_current(self) -> None:
        row = self.goals_list.currentRow()
        if row >= 0 and self.state.goals[row].existing_id is None:
            self.state.remove_goal(row)
            self._fill()
            self.goals_list.setCurrentRow(min(row, self.goals_list.count() - 1))

    def _fill(self) -> None:
        names = horizon_names()
        self.goals_list.clear()
        for goal in self.state.goals:
            text = f"{goal.title}  ({names[goal.horizon].lower()})"
            if goal.existing_id is not None:
                text += "  " + self.tr("– already in the file")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.goals_list.addItem(item)
        left = MAX_NEW_GOALS - self.state.new_goal_count
        if left > 0:
            self.count_label.setText(self.tr("You can add {0} more goal(s).").format(left))
        else:
            self.count_label.setText(
                self.tr("Five new goals is the most: fewer goals get more attention.")
            )
        self._update_buttons()
        self.completeChanged.emit()

    def _update_buttons(self) -> None:
        row = self.goals_list.currentRow()
        can_add = self.state.new_goal_count < MAX_NEW_GOALS
        self.add_button.setEnabled(can_add and bool(self.goal_edit.text().strip()))
        self.goal_edit.setEnabled(can_add)
        self.remove_button.setEnabled(row >= 0 and self.state.goals[row].existing_id is None)

    def isComplete(self) -> bool:
        return bool(self.state.goals)

    def validatePage(self) -> bool:
        """Enter in the goal field adds the goal and stays; Enter again goes on."""
        if self.goal_edit.text().strip():
            self.add_typed_goal()
            return False
        return bool(self.state.goals)
