"""The reminders on Home, read from the file (`store.reads.Reads`) and judged by `domain.todo`.

Only the span the rules look at is read (`window_start`: about a year, more for
coarse KPIs), one query per frequency and segment, each a range of the
(kpi, segment, period_start) index, so a file with a million values opens fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from kpidesk.domain.entities import TOTAL_SEGMENT, Goal, Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.series_set import build_series
from kpidesk.domain.todo import ToDo, ToDoInput, entered, todo_list, window_start
from kpidesk.domain.types import Frequency

if TYPE_CHECKING:
    from kpidesk.store.reads import Reads
    from kpidesk.store.value_reads import SeriesKey


def load_todos(
    reads: Reads,
    every: Sequence[Kpi],
    goals: Sequence[Goal],
    targets: Sequence[Target],
    today: date,
    fiscal_start_month: int,
) -> list[ToDo]:
    """Every reminder for the file's KPIs (`every`, retired ones included), most urgent first."""
    active = [k for k in every if not k.is_retired]
    typed = entered(active)
    values = _recent_values(reads, typed, today, fiscal_start_month)
    by_id = {k.id: k for k in typed}
    series: dict[int, list[KpiSeries]] = {k.id: [] for k in typed}
    for (kpi_id, _), found in values.items():
        kpi = by_id[kpi_id]
        series[kpi_id].append(KpiSeries.plain(kpi.frequency, kpi.rollup, found, fiscal_start_month))
    totals = {k: v for k, v in values.items() if k[1] == TOTAL_SEGMENT}
    unseen = [k.id for k in typed if not series[k.id]]
    data = ToDoInput(
        kpis=every,
        series=series,
        targets=targets,
        reviews=reads.reviews(),
        goals=goals,
        today=today,
        fiscal_start_month=fiscal_start_month,
        totals={
            k: s for (k, _), s in build_series(every, fiscal_start_month, totals, active).items()
        },
        measured=frozenset(reads.measured(unseen)),
        first_added=reads.first_added(),
    )
    return todo_list(data)


def _recent_values(
    reads: Reads, kpis: list[Kpi], today: date, fsm: int
) -> dict[SeriesKey, dict[Period, float | None]]:
    """Every series (total and segments) of the entered KPIs from their `window_start` on."""
    segments: dict[str, list[str]] = {}
    for segment in reads.segments():
        segments.setdefault(segment.dimension, []).append(segment.code)
    # One query per frequency and segment: each reads a range of the index.
    groups: dict[tuple[Frequency, str], list[int]] = {}
    for kpi in kpis:
        codes = [TOTAL_SEGMENT, *segments.get(kpi.dimension, [])] if kpi.dimension else [""]
        for code in codes:
            groups.setdefault((Frequency(kpi.frequency), code), []).append(kpi.id)
    result: dict[SeriesKey, dict[Period, float | None]] = {}
    for (frequency, code), ids in groups.items():
        first = window_start(frequency, today, fsm, totals=code == TOTAL_SEGMENT)
        result.update(reads.values(ids, first=first, segment=code))
    return result
