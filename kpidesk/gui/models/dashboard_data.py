"""What Home shows, read from the file: tiles, goal scores and the to-do list.

The numbers come from the series (`build_series`, as `load_series` builds them),
the targets and `tile_for`, the same domain functions the PDF scorecard uses.
Only the periods in view are read (the totals of a sparkline's span; the
reminders read theirs in todo_data), through the (kpi, segment, period_start)
index, so a file with a million values opens fast. The reads go through
`store.reads.Reads`: the open Store, or a first look at the file before it is
opened (`store.quick`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kpidesk.domain.dashboard import View, first_needed, with_inputs
from kpidesk.domain.entities import TOTAL_SEGMENT, Goal, Kpi, Target
from kpidesk.domain.formula import FormulaError, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.series_set import build_series
from kpidesk.domain.tiles import TileData, goal_scores, tile_for
from kpidesk.domain.todo import ToDo
from kpidesk.gui.models.todo_data import load_todos

if TYPE_CHECKING:
    from kpidesk.store.reads import Reads


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


def load_dashboard(reads: Reads, view: View, today: date) -> Dashboard:
    """Tiles, scores and to-dos of every active KPI and goal for `view`."""
    every = reads.kpis()
    active = [k for k in every if not k.is_retired]
    goals = reads.goals()
    targets: dict[int, list[Target]] = {}
    for target in reads.targets():
        targets.setdefault(target.kpi_id, []).append(target)
    fiscal = reads.business().fiscal_start_month
    series = build_series(every, fiscal, _totals_in_view(reads, every, active, view), active)
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
        people={p.id: p.name for p in reads.people()},
        todos=load_todos(
            reads,
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
    reads: Reads, every: list[Kpi], shown: Iterable[Kpi], view: View
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
        values.update(reads.values(ids, first=first, last=view.period.end, segment=TOTAL_SEGMENT))
    return values
