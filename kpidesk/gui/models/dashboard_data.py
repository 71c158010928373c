"""What Home shows, read from the store: tiles, goal scores and the to-do list.

The numbers come from `load_series` + `list_targets` + `tile_for`, the same
domain functions the PDF scorecard uses. Only the periods in view are read
(the totals of a sparkline's span; the reminders read theirs in todo_data), through
the (kpi, segment, period_start) index, so a file with a million values opens fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kpidesk.domain.dashboard import View, first_needed, with_inputs
from kpidesk.domain.entities import TOTAL_SEGMENT, Goal, Kpi, Target
from kpidesk.domain.formula import FormulaError, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.tiles import TileData, goal_scores, tile_for
from kpidesk.domain.todo import ToDo
from kpidesk.gui.models.todo_data import load_todos
from kpidesk.store.business import get_business, list_people
from kpidesk.store.connection import Store
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import load_values
from kpidesk.store.series import load_series
from kpidesk.store.targets import list_targets


@dataclass(frozen=True)
class Dashboard:
    view: View
    kpis: dict[int, Kpi]
    """Active KPIs by id, in the file's order."""
    goals: list[Goal]
    """Goals not archived."""
    tiles: dict[int, TileData]
    """Each active KPI's total tile (a KPI with a broken formula has none)."""
    scores: dict[int, float | None]
    people: dict[int, str]
    todos: list[ToDo] = field(default_factory=list)


def fiscal_start(store: Store) -> int:
    return get_business(store).fiscal_start_month


def load_dashboard(store: Store, view: View, today: date) -> Dashboard:
    """Tiles, scores and to-dos of every active KPI and goal for `view`."""
    every = list_kpis(store, include_retired=True)
    active = [k for k in every if not k.is_retired]
    goals = list_goals(store)
    targets: dict[int, list[Target]] = {}
    for target in list_targets(store):
        targets.setdefault(target.kpi_id, []).append(target)
    series = load_series(store, active, values=_totals_in_view(store, every, active, view))
    tiles = {}
    for kpi in active:
        found = series.get((kpi.id, TOTAL_SEGMENT))
        if found is not None:
            tiles[kpi.id] = tile_for(
                kpi,
                found,
                targets.get(kpi.id, []),
                view.period,
                to_date=view.to_date,
                today=today,
            )
    return Dashboard(
        view=view,
        kpis={k.id: k for k in active},
        goals=goals,
        tiles=tiles,
        scores=goal_scores(goals, tiles.values()),
        people={p.id: p.name for p in list_people(store)},
        todos=load_todos(
            store,
            every,
            goals,
            [t for ts in targets.values() for t in ts],
            today,
            view.fiscal_start_month,
        ),
    )


def _formula_inputs(kpis: list[Kpi]) -> dict[int, list[int]]:
    by_code = {k.code: k.id for k in kpis}
    result = {}
    for kpi in kpis:
        if kpi.is_formula:
            try:
                codes = parse_formula(kpi.formula, by_code.keys()).codes
            except FormulaError:
                continue
            result[kpi.id] = [by_code[c] for c in codes]
    return result


def _totals_in_view(
    store: Store, every: list[Kpi], shown: Iterable[Kpi], view: View
) -> dict[tuple[int, str], dict[Period, float | None]]:
    """The total values each shown KPI's tile (and its formula's inputs) reads, no more."""
    firsts = with_inputs(
        {k.id: first_needed(k.frequency, view) for k in shown}, _formula_inputs(every)
    )
    by_first: dict[date, list[int]] = {}
    for kpi_id, first in firsts.items():
        by_first.setdefault(first, []).append(kpi_id)
    values: dict[tuple[int, str], dict[Period, float | None]] = {}
    for first, ids in sorted(by_first.items()):
        values.update(
            load_values(store, ids, first=first, last=view.period.end, segment=TOTAL_SEGMENT)
        )
    return values
