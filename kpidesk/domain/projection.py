""" "At this pace": the (fiscal) year's projected value against its yearly target.

The year is rolled up the KPI's own way from actuals so far, the forecast for
the rest, and the model's estimates for ended periods left empty this year
(a missing month of a summed KPI would otherwise count as zero). A formula KPI
projects its inputs and recomputes the formula from their projected totals
(a ratio of sums stays a ratio of sums); its band is the formula over every
low/high corner of its inputs' bands, a conservative envelope. The result
holds numbers and a verdict only: the GUI and PDF write the sentence.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi, Target
from kpidesk.domain.forecast import ForecastPoint, NotEnoughHistoryError, forecast_to_year_end
from kpidesk.domain.periods import Period
from kpidesk.domain.rollup import aggregate
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.targets import target_for_period
from kpidesk.domain.types import Direction, Frequency, RollUp

ON_PACE_TOLERANCE = 0.02
"""Within 2 % of the yearly target (either side) counts as on pace."""
MAX_FORMULA_INPUTS = 6
"""A formula's band tries 2^n corners; beyond this many inputs it gives no band."""

Band = tuple[float, float, float]
"""value, low, high."""


class Pace(StrEnum):
    AHEAD = "ahead"
    ON_PACE = "on_pace"
    BEHIND = "behind"
    """Short of the target; for a range KPI, projected outside the band."""
    NO_TARGET = "no_target"
    NOT_ENOUGH_HISTORY = "not_enough_history"


@dataclass(frozen=True)
class Projection:
    """The year's projected value with its 80 % band, the yearly target and the verdict."""

    year: Period
    projected: float | None
    low: float | None
    high: float | None
    target: Target | None
    """The yearly target (realistic, stretch, warning or low/high) rolled up from its periods."""
    pace: Pace
    confident: bool
    """AHEAD/BEHIND with the whole band on that side of the target."""


def project_year(
    kpi: Kpi,
    series: KpiSeries,
    targets: Sequence[Target],
    last_actual: Period,
    *,
    segment: str = TOTAL_SEGMENT,
) -> Projection:
    """The (fiscal) year holding `last_actual`, projected to its end."""
    year = Period.containing(Frequency.YEAR, last_actual.anchor, series.fiscal_start_month)
    target = target_for_period(targets, year, kpi.frequency, kpi.rollup, segment)
    try:
        band = year_band(series, year, last_actual.end)
    except NotEnoughHistoryError:
        band = None
    if band is None:
        return Projection(year, None, None, None, target, Pace.NOT_ENOUGH_HISTORY, False)
    pace, confident = judge(band, target, kpi.direction)
    return Projection(year, *band, target, pace, confident)


def judge(band: Band, target: Target | None, direction: Direction) -> tuple[Pace, bool]:
    """The verdict for a projected band against a yearly target."""
    value, low, high = band
    direction = Direction(direction)
    if direction is Direction.RANGE:
        if target is None or (target.low is None and target.high is None):
            return Pace.NO_TARGET, False
        lo = -math.inf if target.low is None else target.low
        hi = math.inf if target.high is None else target.high
        if lo <= value <= hi:
            return Pace.ON_PACE, False
        return Pace.BEHIND, high < lo or low > hi
    if target is None or target.realistic is None:
        return Pace.NO_TARGET, False
    goal = target.realistic
    sign = 1.0 if direction is Direction.HIGHER else -1.0
    ahead_by = sign * (value - goal)
    if abs(ahead_by) <= ON_PACE_TOLERANCE * abs(goal):
        return Pace.ON_PACE, False
    if ahead_by > 0:
        return Pace.AHEAD, min(sign * (low - goal), sign * (high - goal)) > 0
    return Pace.BEHIND, max(sign * (low - goal), sign * (high - goal)) < 0


def year_band(series: KpiSeries, year: Period, last_day: date) -> Band | None:
    """The year's value with band, from actuals through `last_day` and estimates after."""
    if series.formula is not None:
        return _formula_band(series, year, last_day)
    last_actual = Period.containing(series.frequency, last_day, series.fiscal_start_month)
    if last_actual.end > last_day:
        last_actual = last_actual.prev()
    forecast = forecast_to_year_end(series, last_actual, series.fiscal_start_month)
    children = set(year.children(series.frequency))
    estimates = forecast.points + [g for g in forecast.gap_estimates if g.period in children]
    actuals = [
        (p, v)
        for p in sorted(children)
        if p <= last_actual and (v := series.value(p).value) is not None
    ]
    if not estimates:
        value = series.value(year).value
        return None if value is None else (value, value, value)
    return _combine(series.rollup or RollUp.SUM, actuals, estimates, forecast.total)


def _combine(
    how: RollUp,
    actuals: list[tuple[Period, float]],
    estimates: list[ForecastPoint],
    total: Callable[[Sequence[ForecastPoint]], Band],
) -> Band:
    """Roll actuals and estimates (each with a band) the KPI's way."""
    known = math.fsum(v for _, v in actuals)
    if how in (RollUp.SUM, RollUp.MEAN):
        value, low, high = total(estimates)
        count = len(actuals) + len(estimates) if how is RollUp.MEAN else 1
        return ((known + value) / count, (known + low) / count, (known + high) / count)
    if how is RollUp.LAST:
        last = max(estimates, key=lambda p: p.period)
        return last.value, last.low, last.high
    # min / max: the extreme of actuals and estimates, each band edge taken the same way
    values = [v for _, v in actuals]
    value, low, high = (
        float(aggregate(values + [getattr(e, name) for e in estimates], how) or 0.0)
        for name in ("value", "low", "high")  # never None: there are estimates
    )
    return value, low, high


def _formula_band(series: KpiSeries, year: Period, last_day: date) -> Band | None:
    """The formula over its inputs' projected totals; the band from every corner."""
    if series.formula is None:
        return None
    bands = {code: year_band(series.inputs[code], year, last_day) for code in series.formula.codes}
    if any(b is None for b in bands.values()):
        return None
    value = series.formula.evaluate({c: b[0] for c, b in bands.items() if b}).value
    if value is None:
        return None
    codes = sorted(bands)
    if len(codes) > MAX_FORMULA_INPUTS:
        return value, value, value
    corners = [value]
    for choice in itertools.product((1, 2), repeat=len(codes)):
        inputs = {c: bands[c][i] for c, i in zip(codes, choice, strict=True) if bands[c]}
        corner = series.formula.evaluate(inputs).value
        if corner is not None:
            corners.append(corner)
    return value, min(corners), max(corners)
