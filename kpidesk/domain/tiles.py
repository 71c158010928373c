"""What a dashboard tile shows for a KPI and period: the numbers tiles, charts and PDF share.

The period is a month, quarter or (fiscal) year, or the (fiscal) year to date
through a period. A KPI measured less often than the period asked for shows
its own latest period that has ended by then (a quarterly KPI in October's
month view shows July–September), and the tile says which period it shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kpidesk.domain.compare import Comparison, vs_last_year, vs_previous, year_to_date
from kpidesk.domain.entities import TOTAL_SEGMENT, Goal, Kpi, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.status import goal_score, score_of, status_of
from kpidesk.domain.targets import target_for_period, target_for_span
from kpidesk.domain.types import Frequency, Status

SPARKLINE_LENGTH = {
    Frequency.DAY: 30,
    Frequency.WEEK: 13,
    Frequency.MONTH: 12,
    Frequency.QUARTER: 8,
    Frequency.YEAR: 5,
}
"""How many periods a sparkline shows by default: a month, a quarter, a year, two, five."""


@dataclass(frozen=True)
class TileData:
    """One KPI (and segment) in one period: value, target, status, changes and sparkline."""

    kpi_id: int
    segment: str
    period: Period
    """The period shown; with `to_date`, the span is its year's start through its end."""
    to_date: bool
    value: float | None
    target: Target | None
    """Realistic, stretch and warning in force, rolled up for a coarser period."""
    status: Status
    score: float | None
    vs_previous: Comparison
    """Against the previous period; a to-date span has no previous (reference None)."""
    vs_last_year: Comparison
    sparkline: list[float | None]
    """Oldest first; None is a gap, never a zero."""
    sparkline_periods: list[Period]
    missing_periods: list[Period]
    """Periods of the KPI's frequency in the span that have ended but have no value."""


def tile_for(
    kpi: Kpi,
    series: KpiSeries,
    targets: Sequence[Target],
    period: Period,
    *,
    segment: str = TOTAL_SEGMENT,
    to_date: bool = False,
    today: date | None = None,
    sparkline_length: int | None = None,
) -> TileData:
    """The tile of `kpi` for `period` (or the year to date through it)."""
    fsm = series.fiscal_start_month
    if series.frequency.is_coarser_than(period.frequency):
        period = _ended_by(series.frequency, period.end, fsm)
    if to_date:
        first = Period.containing(Frequency.YEAR, period.anchor, fsm).start
        value = series.span(first, period.end).value
        target = target_for_span(
            targets, first, period.end, kpi.frequency, kpi.rollup, segment, fsm
        )
        previous = Comparison(value, None)
        last_year = year_to_date(series, period, fsm)
    else:
        first = period.start
        value = series.value(period).value
        target = target_for_period(targets, period, kpi.frequency, kpi.rollup, segment)
        previous, last_year = vs_previous(series, period), vs_last_year(series, period)
    length = sparkline_length or SPARKLINE_LENGTH[period.frequency]
    spark_periods = list(period_range(period.shift(1 - length), period))
    return TileData(
        kpi_id=kpi.id,
        segment=segment,
        period=period,
        to_date=to_date,
        value=value,
        target=target,
        status=status_of(value, target, kpi.direction),
        score=score_of(value, target, kpi.direction),
        vs_previous=previous,
        vs_last_year=last_year,
        sparkline=[series.value(p).value for p in spark_periods],
        sparkline_periods=spark_periods,
        missing_periods=_missing(series, first, period.end, today),
    )


def goal_scores(goals: Iterable[Goal], tiles: Iterable[TileData]) -> dict[int, float | None]:
    """Each goal's weighted score from its KPIs' total tiles (equal weights if none given)."""
    scores = {t.kpi_id: t.score for t in tiles if t.segment == TOTAL_SEGMENT}
    result = {}
    for goal in goals:
        weights = list(goal.kpi_weights)
        if len(weights) != len(goal.kpi_ids):
            weights = [1.0] * len(goal.kpi_ids)
        pairs = [(scores[k], w) for k, w in zip(goal.kpi_ids, weights, strict=True) if k in scores]
        result[goal.id] = goal_score([s for s, _ in pairs], [w for _, w in pairs])
    return result


def _ended_by(frequency: Frequency, day: date, fsm: int) -> Period:
    """The last period of `frequency` that has ended by `day`."""
    period = Period.containing(frequency, day, fsm)
    return period if period.end <= day else period.prev()


def _missing(series: KpiSeries, first: date, last: date, today: date | None) -> list[Period]:
    """KPI-frequency periods anchored in first..last, ended before `today`, without a value."""
    start = Period.containing(series.frequency, first, series.fiscal_start_month)
    if start.anchor < first:
        start = start.next()
    missing = []
    for p in period_range(
        start, Period.containing(series.frequency, last, start.fiscal_start_month)
    ):
        if p.anchor > last or (today is not None and p.end >= today):
            continue
        if series.value(p).value is None:
            missing.append(p)
    return missing
