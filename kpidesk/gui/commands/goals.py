"""Undoable changes to goals: add, edit (with KPI links), archive and restore."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Goal
from kpidesk.gui.commands.base import StoreCommand
from kpidesk.gui.context import AppContext
from kpidesk.store import goals as store_goals

translate = QCoreApplication.translate


def _sync_links(context: AppContext, goal_id: int, old: Goal, new: Goal) -> None:
    store = context.store
    assert store is not None
    weights = dict(zip(old.kpi_ids, old.kpi_weights, strict=False))
    weights.update(zip(new.kpi_ids, new.kpi_weights, strict=False))
    for kpi_id in old.kpi_ids:
        if kpi_id not in new.kpi_ids:
            store_goals.unlink_kpi(store, goal_id, kpi_id)
    for kpi_id in new.kpi_ids:
        if kpi_id not in old.kpi_ids:
            store_goals.link_kpi(store, goal_id, kpi_id, weights.get(kpi_id, 1.0))


def with_links(goal: Goal, kpi_ids: list[int]) -> Goal:
    """`goal` serving exactly `kpi_ids` (weights kept for links it had)."""
    weights = dict(zip(goal.kpi_ids, goal.kpi_weights, strict=False))
    return replace(
        goal, kpi_ids=tuple(kpi_ids), kpi_weights=tuple(weights.get(k, 1.0) for k in kpi_ids)
    )


class AddGoalCommand(StoreCommand):
    watches = ("goals", "kpis")

    def __init__(self, context: AppContext, goal: Goal) -> None:
        super().__init__(context, translate("GoalCommands", "Add goal “{0}”").format(goal.title))
        self.goal = goal
        self.goal_id: int | None = None

    def apply(self) -> None:
        added = store_goals.add_goal(self.store, self.goal)
        self.goal_id = added.id
        _sync_links(self.context, added.id, added, self.goal)

    def revert(self) -> None:
        assert self.goal_id is not None
        store_goals.delete_goal(self.store, self.goal_id)
        self.goal_id = None


class EditGoalCommand(StoreCommand):
    """Save a goal's fields and links; undo saves the old ones back."""

    watches = ("goals", "kpis")

    def __init__(self, context: AppContext, old: Goal, new: Goal, text: str = "") -> None:
        super().__init__(
            context, text or translate("GoalCommands", "Edit goal “{0}”").format(new.title)
        )
        self.old, self.new = old, new

    def _save(self, before: Goal, after: Goal) -> None:
        store_goals.update_goal(self.store, after)
        _sync_links(self.context, after.id, before, after)

    def apply(self) -> None:
        self._save(self.old, self.new)

    def revert(self) -> None:
        self._save(self.new, self.old)
