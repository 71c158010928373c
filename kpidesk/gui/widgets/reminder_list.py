"""Home's reminders: grouped by kind under a heading that says what to do, capped, urgent first.

A group shows at most CAP reminders and a "Show n more…" line that opens the
rest, so a file that is months behind does not bury the owner. Clicking a
reminder (or Enter, or the action button beside the list) does its main
action; the context menu offers the others (the chart, the grid, a review).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QWidget

from kpidesk.domain.entities import Goal, Kpi
from kpidesk.domain.todo import ToDo, ToDoKind, group_todos
from kpidesk.gui.widgets.reminder_texts import ReminderTexts

CAP = 4
"""Reminders shown per group before "Show n more…"."""

_TODO_ROLE = Qt.ItemDataRole.UserRole + 1
_MORE_ROLE = Qt.ItemDataRole.UserRole + 2


class ReminderAction(StrEnum):
    ENTER = "enter"
    """Data entry at the first period concerned."""
    REVIEW = "review"
    """Start the review (of the reminder's scope, or of its KPI)."""
    KPI = "kpi"
    """The KPI on the KPIs screen: edit its targets, retire it."""
    CHART = "chart"
    """The KPI's chart on the KPI detail screen."""


MAIN_ACTION = {
    ToDoKind.MISSING_VALUES: ReminderAction.ENTER,
    ToDoKind.REVIEW_DUE: ReminderAction.REVIEW,
    ToDoKind.NEVER_REVIEWED: ReminderAction.REVIEW,
    ToDoKind.NO_TARGET: ReminderAction.KPI,
    ToDoKind.NO_RECENT_DATA: ReminderAction.KPI,
    ToDoKind.EASY_TARGET: ReminderAction.KPI,
}


def actions_for(todo: ToDo, can_review: bool) -> list[ReminderAction]:
    """The main action first, then the others that make sense for the reminder."""
    actions = [MAIN_ACTION[todo.kind]]
    if todo.kpi_id is not None:
        actions += [ReminderAction.KPI, ReminderAction.CHART]
        if todo.kind is ToDoKind.NO_RECENT_DATA:
            actions.append(ReminderAction.ENTER)
        if can_review and todo.kind in (ToDoKind.NO_RECENT_DATA, ToDoKind.EASY_TARGET):
            actions.append(ReminderAction.REVIEW)
    return list(dict.fromkeys(actions))


class ReminderList(QListWidget):
    """The to-do list of Home; emits `chosen(todo, action)` when one is acted on."""

    chosen = Signal(object, str)
    """A ToDo and the ReminderAction to take."""
    action_changed = Signal(str)
    """The current reminder's main action in words ("" when none is current)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.todos: list[ToDo] = []
        self.texts: ReminderTexts | None = None
        self.expanded: set[ToDoKind] = set()
        self.can_review: Callable[[], bool] = lambda: False
        """Whether the app has a Reviews screen that can start a review of one KPI (asked
        when a menu opens: the screen may be built after the list)."""
        self.itemClicked.connect(self._clicked)
        self.currentItemChanged.connect(lambda *_: self._announce())

    # --- content -------------------------------------------------------------------------
    def show_todos(
        self, todos: Sequence[ToDo], kpis: Mapping[int, Kpi], goals: Sequence[Goal], lang: str
    ) -> None:
        """Show `todos` (most urgent first) grouped by kind."""
        self.todos = list(todos)
        self.texts = ReminderTexts(kpis, goals, lang, self)
        self._fill()

    def _fill(self) -> None:
        texts = self.texts
        assert texts is not None
        current = self.current_todo()
        self.clear()
        for group in group_todos(self.todos):
            self.addItem(self._heading(texts.heading(group.kind, len(group.items))))
            shown = group.items if group.kind in self.expanded else group.items[:CAP]
            for todo in shown:
                row = QListWidgetItem(texts.text(todo))
                row.setData(_TODO_ROLE, todo)
                row.setToolTip(texts.hint(todo))
                self.addItem(row)
                if todo == current:
                    self.setCurrentItem(row)
            if len(shown) < len(group.items):
                more = QListWidgetItem(texts.more(len(group.items) - len(shown)))
                more.setData(_MORE_ROLE, group.kind.value)
                more.setForeground(self.palette().color(QPalette.ColorRole.Link))
                self.addItem(more)
        if not self.todos:
            done = QListWidgetItem(texts.nothing())
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(done)
        if self.currentItem() is None:
            first = next((self.item(r) for r in range(self.count()) if self._selectable(r)), None)
            if first is not None:
                self.setCurrentItem(first)
        self._announce()

    def _heading(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: the keyboard skips it
        font = QFont(self.font())
        font.setBold(True)
        item.setFont(font)
        return item

    def _selectable(self, row: int) -> bool:
        return bool(self.item(row).flags() & Qt.ItemFlag.ItemIsSelectable)

    def reminder_texts(self) -> list[str]:
        """The reminders' texts as shown (headings and "more" lines left out)."""
        return [
            self.item(r).text()
            for r in range(self.count())
            if self.item(r).data(_TODO_ROLE) is not None
        ]

    def current_todo(self) -> ToDo | None:
        item = self.currentItem()
        return item.data(_TODO_ROLE) if item is not None else None

    def row_of(self, todo: ToDo) -> int:
        """The row showing `todo`, or -1 when it is folded away or gone."""
        return next((r for r in range(self.count()) if self.item(r).data(_TODO_ROLE) == todo), -1)

    # --- acting ---------------------------------------------------------------------------
    def activate_current(self, action: str | None = None) -> None:
        """Take the current reminder's `action` (its main action by default)."""
        item = self.currentItem()
        if item is not None:
            self._act(item, action)

    def _clicked(self, item: QListWidgetItem) -> None:
        self._act(item, None)

    def _act(self, item: QListWidgetItem, action: str | None) -> None:
        kind = item.data(_MORE_ROLE)
        if kind is not None:
            self.expanded.add(ToDoKind(kind))
            row = self.row(item)
            self._fill()
            self.setCurrentRow(min(row, self.count() - 1))
            return
        todo = item.data(_TODO_ROLE)
        if todo is not None:
            self.chosen.emit(todo, action or MAIN_ACTION[todo.kind].value)

    def _announce(self) -> None:
        todo = self.current_todo()
        self.action_changed.emit(
            self.texts.action(todo) if todo is not None and self.texts is not None else ""
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_current()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if item is not None and item.data(_TODO_ROLE) is not None:
            self.setCurrentItem(item)
            self.menu(item.data(_TODO_ROLE)).exec(event.globalPos())

    def menu(self, todo: ToDo) -> QMenu:
        """The actions for `todo`, the main one first (and bold)."""
        names = {
            ReminderAction.ENTER: self.tr("Enter values"),
            ReminderAction.REVIEW: self.tr("Start a review"),
            ReminderAction.KPI: self.tr("Open the KPI"),
            ReminderAction.CHART: self.tr("Show its chart"),
        }
        menu = QMenu(self)
        for n, action in enumerate(actions_for(todo, self.can_review())):
            entry = menu.addAction(names[action])
            entry.triggered.connect(lambda _=False, a=action: self.chosen.emit(todo, a.value))
            if n == 0:
                menu.setDefaultAction(entry)
        return menu
