"""Does a leading KPI move a lagging one, and after how many periods? With how much trust.

Both series are put on the coarser of their frequencies (each rolled up its
own way) and the lagging one is shifted later by 0…6 periods. By default the
period-to-period changes are correlated, not the levels: two series that both
grow over the years correlate strongly as levels even when unrelated, while
their changes do not (the classic spurious correlation of trending series).
The best lag is picked among 7, so its p-value is Bonferroni-adjusted (× the
number of lags tried); it uses Fisher's z over an effective number of pairs
that allows for autocorrelation, close enough to an exact test for a verdict.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import pairwise

from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Frequency

MAX_LAG = 6
"""Lags 0…6 periods: half a year of months, a year and a half of quarters."""
MIN_OVERLAP = 12
"""Fewer pairs than this give too little data: |r| then needs > 0.58 to be significant."""
STRONG_MIN_OVERLAP = 24
"""STRONG also needs two years of months: a high r from 12 points is too often luck."""
MODERATE_R = 0.3
"""|r| from here is a moderate relation (Cohen's medium effect)."""
STRONG_R = 0.6
"""|r| from here is a strong relation (the leading KPI explains over a third of the changes)."""
SIGNIFICANCE = 0.05
"""A relation must pass this (adjusted) p-value to be more than weak."""


class Trust(StrEnum):
    """How much the best lag's correlation can be trusted, for a plain-language verdict."""

    TOO_LITTLE_DATA = "too_little_data"
    NO_VARIATION = "no_variation"
    """One series never changes: there is nothing to relate."""
    WEAK = "weak"
    MODERATE = "moderate"
    STRONG = "strong"


@dataclass(frozen=True)
class LagCorrelation:
    """Pearson r with the lagging series shifted `lag` periods later, over `overlap` pairs."""

    lag: int
    r: float | None
    overlap: int
    p_value: float | None
    """Two-sided, Bonferroni-adjusted for the number of lags tried."""


@dataclass(frozen=True)
class LeadLag:
    """Correlations at every lag, the best lag and the verdict, and both series aligned."""

    frequency: Frequency
    lags: list[LagCorrelation]
    best: LagCorrelation | None
    trust: Trust
    detrended: bool
    aligned: list[tuple[Period, float | None, float | None]]
    """(period, leading, lagging) at the common frequency, for the side-by-side view."""

    @property
    def best_lag(self) -> int | None:
        """The lag with the largest |r| (None with too little data)."""
        return None if self.best is None else self.best.lag


def lead_lag(
    leading: KpiSeries,
    lagging: KpiSeries,
    last: Period,
    first: Period | None = None,
    *,
    max_lag: int = MAX_LAG,
    detrend: bool = True,
) -> LeadLag:
    """Relate two KPIs over first…last (default: from the first value of either)."""
    common = max(leading.frequency, lagging.frequency, last.frequency, key=lambda f: f.rank)
    fsm = leading.fiscal_start_month
    last = _ended_by(common, last.end, fsm)
    if first is None:
        firsts = [p for p in (leading.first_period(), lagging.first_period()) if p is not None]
        first = min(firsts, key=lambda p: p.start) if firsts else last
    start = Period.containing(common, first.start, fsm)
    periods = list(period_range(start, last))
    lead = [leading.value(p).value for p in periods]
    lag = [lagging.value(p).value for p in periods]
    lags = correlate_at_lags(lead, lag, max_lag=max_lag, detrend=detrend)
    best, trust = judge(lags)
    aligned = list(zip(periods, lead, lag, strict=True))
    return LeadLag(common, lags, best, trust, detrend, aligned)


def _ended_by(frequency: Frequency, day: date, fsm: int) -> Period:
    """The last period of `frequency` that has ended by `day`."""
    period = Period.containing(frequency, day, fsm)
    return period if period.end <= day else period.prev()


def correlate_at_lags(
    leading: Sequence[float | None],
    lagging: Sequence[float | None],
    *,
    max_lag: int = MAX_LAG,
    detrend: bool = True,
) -> list[LagCorrelation]:
    """r at lags 0…max_lag between aligned series (None = missing), changes when `detrend`."""
    if detrend:
        leading, lagging = _changes(leading), _changes(lagging)
    raw = []
    for lag in range(max_lag + 1):
        pairs = [
            (x, y)
            for x, y in zip(leading, lagging[lag:], strict=False)
            if x is not None and y is not None
        ]
        raw.append((lag, pearson(pairs), len(pairs)))
    tried = sum(1 for _, r, n in raw if r is not None and n > 3)
    shrink = _effective_fraction(leading, lagging)
    return [LagCorrelation(lag, r, n, _p_value(r, n * shrink, tried)) for lag, r, n in raw]


def judge(lags: Sequence[LagCorrelation]) -> tuple[LagCorrelation | None, Trust]:
    """The best lag (largest |r| among those with enough overlap) and how far to trust it."""
    enough = [c for c in lags if c.overlap >= MIN_OVERLAP]
    if not enough:
        return None, Trust.TOO_LITTLE_DATA
    known = [c for c in enough if c.r is not None]
    if not known:
        return None, Trust.NO_VARIATION
    best = max(known, key=lambda c: (abs(c.r or 0.0), -c.lag))  # a tie goes to the shorter lag
    strength = abs(best.r or 0.0)
    if strength < MODERATE_R or best.p_value is None or best.p_value >= SIGNIFICANCE:
        return best, Trust.WEAK
    if strength >= STRONG_R and best.overlap >= STRONG_MIN_OVERLAP:
        return best, Trust.STRONG
    return best, Trust.MODERATE


def pearson(pairs: Sequence[tuple[float, float]]) -> float | None:
    """Pearson's r; None for fewer than 3 pairs or when either side does not vary."""
    n = len(pairs)
    if n < 3:
        return None
    mean_x = math.fsum(x for x, _ in pairs) / n
    mean_y = math.fsum(y for _, y in pairs) / n
    sxx = math.fsum((x - mean_x) ** 2 for x, _ in pairs)
    syy = math.fsum((y - mean_y) ** 2 for _, y in pairs)
    # relative test: values that differ only by float noise count as constant
    if sxx <= 1e-12 * (1 + mean_x**2) * n or syy <= 1e-12 * (1 + mean_y**2) * n:
        return None
    sxy = math.fsum((x - mean_x) * (y - mean_y) for x, y in pairs)
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def _changes(values: Sequence[float | None]) -> list[float | None]:
    """Period-to-period changes; None where either side is missing. Keeps positions aligned."""
    result: list[float | None] = [None]
    for before, now in pairwise(values):
        result.append(None if before is None or now is None else now - before)
    return result


def _effective_fraction(x: Sequence[float | None], y: Sequence[float | None]) -> float:
    """n_eff / n for two autocorrelated series: (1 − ρxρy) / (1 + ρxρy), AR(1) Bartlett.

    Changes of a steady series alternate (ρ1 ≈ −0.5), and two such series agree
    by chance more often than independent points would: without this a random
    pair comes out "moderate" far more often than 5 % of the time.
    """
    product = (_lag1(x) or 0.0) * (_lag1(y) or 0.0)
    if product <= 0:
        return 1.0
    return (1 - product) / (1 + product)


def _lag1(values: Sequence[float | None]) -> float | None:
    pairs = [(a, b) for a, b in pairwise(values) if a is not None and b is not None]
    return pearson(pairs)


def _p_value(r: float | None, n: float, tried: int) -> float | None:
    """Two-sided p of r over n (effective) pairs by Fisher's z, times the lags tried."""
    if r is None or n <= 3:
        return None
    z = math.atanh(max(-1 + 1e-15, min(1 - 1e-15, r))) * math.sqrt(n - 3)
    return min(1.0, math.erfc(abs(z) / math.sqrt(2)) * max(tried, 1))
