"""Forecasts of a KPI at its own frequency: damped-trend Holt-Winters with an 80 % band.

The model (see smoothing.py) is additive exponential smoothing with a damped
trend, ETS(A,Ad,A), or ETS(A,Ad,N) without enough history for a season.
Missing values are gaps: at a gap the state moves on by its prediction and
learns nothing, so a gap never counts as a zero. Smoothing parameters are
picked from a grid by the in-sample one-step squared error. The band uses
the model's own h-step variance (Hyndman et al. 2008, class 1):
var(h) = sigma² · (1 + Σ_{j<h} c_j²) with c_j = α + β(φ + … + φ^j) + γ·[j mod m = 0].
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from kpidesk.domain.periods import Period
from kpidesk.domain.smoothing import Run, error_weight, fit, variance_factor
from kpidesk.domain.types import Frequency

if TYPE_CHECKING:  # numpy is imported lazily: the domain must import fast
    import numpy as np

    from kpidesk.domain.series import KpiSeries

SEASON_LENGTH = {
    Frequency.DAY: 7,
    Frequency.WEEK: 52,
    Frequency.MONTH: 12,
    Frequency.QUARTER: 4,
    Frequency.YEAR: 1,
}
"""Periods per season: the week for days, the year for weeks, months and quarters."""
MIN_OBSERVATIONS = 6
"""Fewest values for any forecast: level, trend and 3–4 smoothing parameters need more."""
MIN_SEASONS = 2
"""A season is only modelled with this many values per position of the season (and m·this)."""
MAX_FIT_PERIODS = 366
"""At most this many recent periods are fitted (or 8 seasons if longer): keeps daily KPIs fast."""
BAND_Z = 1.2816
"""The band is the central 80 % prediction interval (the z of the 90th percentile)."""


class ForecastMethod(StrEnum):
    SEASONAL = "holt_winters_damped"
    TREND = "holt_damped"
    NONE = "none"
    """Nothing left to forecast (e.g. the year has ended)."""


class NotEnoughHistoryError(ValueError):
    """Too few values to forecast: `observed` values where `needed` are required."""

    def __init__(self, observed: int, needed: int) -> None:
        super().__init__(f"not enough history: {observed} values, at least {needed} needed")
        self.observed = observed
        self.needed = needed


@dataclass(frozen=True)
class ForecastPoint:
    """An estimate for one period, its 80 % band, and how many steps it lies past a value."""

    period: Period
    value: float
    low: float
    high: float
    steps: int = 1


@dataclass(frozen=True)
class Forecast:
    """Future points, and estimates for the gaps in the fitted history."""

    points: list[ForecastPoint]
    method: str
    sigma: float = 0.0
    """Standard deviation of the one-step errors."""
    season_length: int = 1
    gap_estimates: list[ForecastPoint] = field(default_factory=list)
    params: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 1.0)
    """alpha, beta, gamma, phi."""

    def total(self, points: Sequence[ForecastPoint]) -> tuple[float, float, float]:
        """The sum of `points` (from this forecast) with an 80 % band that honours correlation."""
        value = math.fsum(p.value for p in points)
        sd = math.sqrt(_sum_variance(self, points))
        return value, value - BAND_Z * sd, value + BAND_Z * sd


def season_length(frequency: Frequency) -> int:
    """The season of a KPI of `frequency`, in periods."""
    return SEASON_LENGTH[Frequency(frequency)]


def forecast_series(series: KpiSeries, last_actual: Period, horizon: int) -> Forecast:
    """`horizon` periods after `last_actual`, from the series' values up to it."""
    first = series.first_period()
    if first is None or first > last_actual:
        raise NotEnoughHistoryError(0, MIN_OBSERVATIONS)
    m = season_length(series.frequency)
    first = max(first, last_actual.shift(-(max(MAX_FIT_PERIODS, 8 * m) - 1)))
    history = [(p, e.value) for p, e in series.values_at(series.frequency, first, last_actual)]
    return forecast_values(history, horizon, m)


def forecast_to_year_end(
    series: KpiSeries, last_actual: Period, fiscal_start_month: int
) -> Forecast:
    """Every period after `last_actual` up to the end of its (fiscal) year."""
    year = Period.containing(Frequency.YEAR, last_actual.anchor, fiscal_start_month)
    horizon = sum(1 for p in year.children(last_actual.frequency) if p > last_actual)
    if horizon == 0:
        return Forecast([], ForecastMethod.NONE)
    return forecast_series(series, last_actual, horizon)


def forecast_values(
    history: Sequence[tuple[Period, float | None]], horizon: int, season: int
) -> Forecast:
    """Forecast `horizon` periods after consecutive `history` periods (None is a gap)."""
    import numpy as np

    y = np.array([np.nan if v is None else float(v) for _, v in history], dtype=float)
    observed = ~np.isnan(y)
    if int(observed.sum()) < MIN_OBSERVATIONS:
        raise NotEnoughHistoryError(int(observed.sum()), MIN_OBSERVATIONS)
    m = season if _seasonal_ok(observed, season) else 1
    run = fit(y, m)
    n_params = 2 + (4 if m > 1 else 3)  # initial level and trend, smoothing parameters
    dof = max(int(observed.sum()) - n_params, 1)
    sigma = math.sqrt(float(np.nansum(run.errors**2)) / dof)
    last_obs = int(np.flatnonzero(observed)[-1])
    periods = [p for p, _ in history]
    points = [
        _point(run, sigma, periods[-1].shift(k), run.forecast(k), len(periods) - 1 + k - last_obs)
        for k in range(1, horizon + 1)
    ]
    gaps = [
        _point(run, sigma, periods[i], run.predictions[i], run.steps[i])
        for i in np.flatnonzero(~observed)
    ]
    method = ForecastMethod.SEASONAL if m > 1 else ForecastMethod.TREND
    return Forecast(points, method, sigma, m, gaps, run.params)


def _seasonal_ok(observed: np.ndarray, m: int) -> bool:
    """True when every position of the season has MIN_SEASONS values."""
    if m <= 1 or int(observed.sum()) < MIN_SEASONS * m:
        return False
    positions = [int(observed[j::m].sum()) for j in range(m)]
    return min(positions) >= MIN_SEASONS


def _point(run: Run, sigma: float, period: Period, value: float, steps: int) -> ForecastPoint:
    sd = sigma * math.sqrt(variance_factor(run.params, run.m, steps))
    return ForecastPoint(period, float(value), value - BAND_Z * sd, value + BAND_Z * sd, steps)


def _sum_variance(forecast: Forecast, points: Sequence[ForecastPoint]) -> float:
    """Var of a sum of estimates; those resting on the same last value share its errors."""
    by_anchor: dict[Period, list[int]] = {}
    for p in points:
        by_anchor.setdefault(p.period.shift(-p.steps), []).append(p.steps)
    m, total = forecast.season_length, 0.0
    for steps in by_anchor.values():
        # the error h steps on is Σ_k c_{h-k}·ε_k: collect each ε_k's weight in the sum
        for k in range(1, max(steps) + 1):
            weight = math.fsum(error_weight(forecast.params, m, h - k) for h in steps if h >= k)
            total += weight * weight
    return forecast.sigma**2 * total


def seasonal_naive(history: Sequence[float | None], horizon: int, season: int) -> list[float]:
    """The benchmark: each future period repeats the last known value one season earlier."""
    values = list(history)
    for _ in range(horizon):
        back = len(values) - season
        while back >= 0 and values[back] is None:
            back -= season
        values.append(
            values[back] if back >= 0 else next(v for v in reversed(values) if v is not None)
        )
    return [float(v) for v in values[len(history) :]]  # type: ignore[arg-type]
