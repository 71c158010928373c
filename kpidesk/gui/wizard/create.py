"""Write what the wizard gathered: everything in one transaction, nothing twice."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kpidesk.domain.entities import Goal, Target
from kpidesk.gui.wizard.state import KpiDraft, WizardState
from kpidesk.store.business import add_person, get_business, list_people, save_business
from kpidesk.store.connection import Store
from kpidesk.store.goals import add_goal, link_kpi, list_goals
from kpidesk.store.kpis import add_kpi, kpi_by_code, update_kpi
from kpidesk.store.targets import set_target


@dataclass(frozen=True)
class Created:
    goals: int
    kpis: int
    links: int
    targets: int
    people: int


def create_all(store: Store, state: WizardState) -> Created:
    """Store the business profile, new people, goals, KPIs, links and targets at once."""
    counts = dict.fromkeys(("goals", "kpis", "links", "targets", "people"), 0)
    with store.write():
        if get_business(store) != state.business:
            save_business(store, state.business)
        people = {p.name.casefold(): p.id for p in list_people(store)}
        goal_ids = _goals(store, state, counts)
        for entry in state.formula_inputs():  # a formula's inputs go first
            if kpi_by_code(store, entry.code) is None:
                add_kpi(store, entry.to_kpi(state.business.language))
                counts["kpis"] += 1
        for draft in state.chosen():
            owner_id = _owner(store, draft.owner, people, counts)
            kpi = _kpi(store, draft, owner_id, counts)
            linked = {gid for g in list_goals(store) if kpi.id in g.kpi_ids for gid in [g.id]}
            for index in sorted(draft.goals):
                if goal_ids[index] not in linked:
                    link_kpi(store, goal_ids[index], kpi.id)
                    counts["links"] += 1
            if draft.target_changed:
                set_target(
                    store,
                    Target(
                        kpi.id,
                        state.effective_from(draft),
                        realistic=draft.realistic,
                        stretch=draft.stretch,
                        note="KPI wizard",
                    ),
                )
                counts["targets"] += 1
    return Created(**counts)


def _goals(store: Store, state: WizardState, counts: dict[str, int]) -> list[int]:
    existing = {" ".join(g.title.split()).casefold(): g.id for g in list_goals(store)}
    ids = []
    for goal in state.goals:
        goal_id = goal.existing_id or existing.get(" ".join(goal.title.split()).casefold())
        if goal_id is None:
            goal_id = add_goal(store, Goal(0, goal.title, horizon=goal.horizon)).id
            counts["goals"] += 1
        ids.append(goal_id)
    return ids


def _owner(store: Store, name: str, people: dict[str, int], counts: dict[str, int]) -> int | None:
    name = " ".join(name.split())
    if not name:
        return None
    if name.casefold() not in people:
        people[name.casefold()] = add_person(store, name).id
        counts["people"] += 1
    return people[name.casefold()]


def _kpi(store: Store, draft: KpiDraft, owner_id: int | None, counts: dict[str, int]):
    wanted = replace(draft.kpi, owner_id=owner_id, baseline=draft.baseline)
    stored = kpi_by_code(store, draft.kpi.code)
    if stored is None and draft.kpi.library_code:
        stored = next(
            (k for k in _all_kpis(store) if k.library_code == draft.kpi.library_code), None
        )
    if stored is None:
        counts["kpis"] += 1
        return add_kpi(store, wanted)
    changes = {
        "owner_id": owner_id if owner_id is not None else stored.owner_id,
        "data_source": draft.kpi.data_source,
        "frequency": draft.kpi.frequency,
        "baseline": draft.baseline,
    }
    updated = replace(stored, **changes)
    return update_kpi(store, updated) if updated != stored else stored


def _all_kpis(store: Store):
    from kpidesk.store.kpis import list_kpis

    return list_kpis(store)
