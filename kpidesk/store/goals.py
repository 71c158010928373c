"""Goals and the KPIs that serve them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from peewee import fn

from kpidesk.domain.entities import Goal
from kpidesk.store.changelog import log_change, log_field_changes
from kpidesk.store.connection import Store, now
from kpidesk.store.errors import StoreError
from kpidesk.store.models import GoalKpiRow, GoalRow
from kpidesk.store.rows import goal_from_row

_EDITABLE = ("title", "description", "horizon", "area", "owner_id", "due_date", "archived_on")


def _columns(goal: Goal) -> dict[str, object]:
    return {
        "title": goal.title,
        "description": goal.description,
        "horizon": goal.horizon.value,
        "area": goal.area.value if goal.area else None,
        "owner": goal.owner_id,
        "due_date": goal.due_date,
        "archived_on": goal.archived_on,
    }


def add_goal(store: Store, goal: Goal) -> Goal:
    """Store a new goal (its `id` and links are ignored)."""
    if not goal.title.strip():
        raise StoreError("A goal needs a title.")
    with store.write():
        order = GoalRow.select(fn.COALESCE(fn.MAX(GoalRow.sort_order), 0)).scalar() + 1
        row = GoalRow.create(created_at=now(), sort_order=order, **_columns(goal))
        log_change(store, "goal", row.id, "created", "", goal.title)
    return replace(goal, id=row.id, kpi_ids=(), kpi_weights=())


def update_goal(store: Store, goal: Goal) -> Goal:
    """Save a goal's fields (not its links), logging each change."""
    with store.write():
        old = get_goal(store, goal.id)
        changes = [(n, getattr(old, n), getattr(goal, n)) for n in _EDITABLE]
        log_field_changes(store, "goal", goal.id, changes)
        GoalRow.update(**_columns(goal)).where(GoalRow.id == goal.id).execute()
    return get_goal(store, goal.id)


def archive_goal(store: Store, goal_id: int, on: date) -> Goal:
    """Archive a goal: hidden from lists, kept with its history."""
    return update_goal(store, replace(get_goal(store, goal_id), archived_on=on))


def link_kpi(store: Store, goal_id: int, kpi_id: int, weight: float = 1.0) -> None:
    """Let a KPI serve a goal (or change its weight there)."""
    with store.write():
        GoalKpiRow.insert(goal=goal_id, kpi=kpi_id, weight=weight).on_conflict(
            conflict_target=[GoalKpiRow.goal, GoalKpiRow.kpi],
            update={GoalKpiRow.weight: weight},
        ).execute()
        log_change(store, "goal", goal_id, "kpi linked", "", kpi_id, kpi_id=kpi_id)


def unlink_kpi(store: Store, goal_id: int, kpi_id: int) -> None:
    """Stop a KPI serving a goal."""
    with store.write():
        deleted = (
            GoalKpiRow.delete()
            .where((GoalKpiRow.goal == goal_id) & (GoalKpiRow.kpi == kpi_id))
            .execute()
        )
        if deleted:
            log_change(store, "goal", goal_id, "kpi unlinked", kpi_id, "", kpi_id=kpi_id)


def _links(goal_ids: list[int] | None = None) -> dict[int, list[tuple[int, float]]]:
    query = GoalKpiRow.select().order_by(GoalKpiRow.id)
    if goal_ids is not None:
        query = query.where(GoalKpiRow.goal.in_(goal_ids))
    links: dict[int, list[tuple[int, float]]] = {}
    for link in query:
        links.setdefault(link.goal_id, []).append((link.kpi_id, link.weight))
    return links


def get_goal(store: Store, goal_id: int) -> Goal:
    """One goal by id, with its KPI links."""
    row = GoalRow.get_or_none(GoalRow.id == goal_id)
    if row is None:
        raise StoreError(f"There is no goal number {goal_id}.")
    return goal_from_row(row, _links([goal_id]).get(goal_id, []))


def list_goals(store: Store, *, include_archived: bool = False) -> list[Goal]:
    """Goals in their order, with their KPI links."""
    query = GoalRow.select().order_by(GoalRow.sort_order, GoalRow.id)
    if not include_archived:
        query = query.where(GoalRow.archived_on.is_null())
    links = _links()
    return [goal_from_row(row, links.get(row.id, [])) for row in query]


def delete_goal(store: Store, goal_id: int) -> None:
    """Remove a goal and its links: only to take back its creation (undo).

    Goals with a history are archived instead (see `archive_goal`).
    """
    with store.write():
        row = GoalRow.get_or_none(GoalRow.id == goal_id)
        if row is None:
            raise StoreError(f"There is no goal number {goal_id}.")
        GoalKpiRow.delete().where(GoalKpiRow.goal == goal_id).execute()
        GoalRow.delete().where(GoalRow.id == goal_id).execute()
        log_change(store, "goal", goal_id, "deleted", row.title, "")
