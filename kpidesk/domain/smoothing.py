"""The engine behind forecasts: additive damped-trend exponential smoothing, ETS(A,Ad,A).

Error-correction form, with a gap moving the state on by its prediction only:
    level ← level + φ·trend + α·e,  trend ← φ·trend + β·e,  season[t mod m] += γ·e.
Initial states come from a least-squares line plus seasonal dummies over the
first two seasons only, so the in-sample one-step errors that choose the
parameters (and size the band) are honest errors, not fitted ones.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported lazily: the domain must import fast
    import numpy as np

Params = tuple[float, float, float, float]
"""alpha, beta, gamma, phi."""

INIT_SEASONS = 2
"""Initial states are fitted on this many seasons (at least 10 periods)."""
_ALPHAS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9)
_BETAS = (0.0, 0.01, 0.05, 0.1, 0.2)
_GAMMAS = (0.0, 0.05, 0.1, 0.2, 0.4)
_PHIS = (0.8, 0.9, 0.98, 1.0)


@dataclass
class Run:
    """One pass of a fitted model over the history."""

    predictions: np.ndarray
    errors: np.ndarray
    steps: list[int]
    """Periods since the last value each prediction rests on."""
    level: float
    trend: float
    seasonal: np.ndarray
    n: int
    params: Params
    m: int

    def forecast(self, k: int) -> float:
        """The estimate k periods after the last fitted period."""
        phi = self.params[3]
        return (
            self.level
            + damped_sum(phi, k) * self.trend
            + float(self.seasonal[(self.n - 1 + k) % self.m])
        )


def damped_sum(phi: float, k: int) -> float:
    """φ + φ² + … + φ^k."""
    return float(k) if phi == 1.0 else phi * (1 - phi**k) / (1 - phi)


def error_weight(params: Params, m: int, j: int) -> float:
    """c_j: how much an error j steps back still moves a forecast (c_0 = 1)."""
    if j == 0:
        return 1.0
    alpha, beta, gamma, phi = params
    return alpha + beta * damped_sum(phi, j) + (gamma if m > 1 and j % m == 0 else 0.0)


def variance_factor(params: Params, m: int, steps: int) -> float:
    """var(h) / sigma² for an estimate `steps` periods past the last value."""
    return math.fsum(error_weight(params, m, j) ** 2 for j in range(steps))


def fit(y: np.ndarray, m: int) -> Run:
    """The best grid model for `y` (NaN = gap) with season length m (1 = none), run once."""
    params = _best_params(y, m)
    return _run(y, m, params)


def _initial_state(y: np.ndarray, m: int) -> tuple[float, float, np.ndarray]:
    """Level (one period before the first), trend and season from a line + dummies."""
    import numpy as np

    y = y[: _init_length(y, m)]
    ok = ~np.isnan(y)
    index = np.arange(len(y))
    seen = [j for j in range(m) if ok[j::m].any()]  # a dummy with no value must not be fitted
    columns = [index.astype(float)] + [(index % m == j).astype(float) for j in seen]
    coef = np.linalg.lstsq(np.column_stack(columns)[ok], y[ok], rcond=None)[0]
    trend, dummies = float(coef[0]), coef[1:]
    level = float(dummies.mean())
    season = np.zeros(m)
    season[seen] = dummies - level
    return level - trend, trend, season


def _init_length(y: np.ndarray, m: int) -> int:
    """INIT_SEASONS seasons (10 periods at least), longer until each position has a value."""
    import numpy as np

    length = max(INIT_SEASONS * m, 10)
    ok = ~np.isnan(y)
    while length < len(y) and not all(ok[j:length:m].any() for j in range(m)):
        length += m
    return length


def _grid(m: int) -> np.ndarray:
    import numpy as np

    gammas = _GAMMAS if m > 1 else (0.0,)
    rows = [
        (a, b, g, p)
        for a, b, g, p in product(_ALPHAS, _BETAS, gammas, _PHIS)
        if b <= a and g <= 1 - a  # the usual admissible region
    ]
    return np.array(rows, dtype=float)


def _best_params(y: np.ndarray, m: int) -> Params:
    """The grid point with the least in-sample one-step squared error (all run at once)."""
    import numpy as np

    grid = _grid(m)
    alpha, beta, gamma, phi = grid.T
    level0, trend0, season0 = _initial_state(y, m)
    level = np.full(len(grid), level0)
    trend = np.full(len(grid), trend0)
    season = np.tile(season0, (len(grid), 1))
    sse = np.zeros(len(grid))
    for t, value in enumerate(y):
        j = t % m
        level, trend = level + phi * trend, phi * trend
        if math.isnan(value):
            continue
        error = value - (level + season[:, j])
        sse += error * error
        level = level + alpha * error
        trend = trend + beta * error
        season[:, j] += gamma * error
    best = grid[int(np.argmin(sse))]
    return (float(best[0]), float(best[1]), float(best[2]), float(best[3]))


def _run(y: np.ndarray, m: int, params: Params) -> Run:
    """One pass of the chosen model: predictions, errors and steps since the last value."""
    import numpy as np

    alpha, beta, gamma, phi = params
    level, trend, season = _initial_state(y, m)
    predictions = np.empty(len(y))
    errors = np.full(len(y), np.nan)
    steps: list[int] = []
    since = 0
    for t, value in enumerate(y):
        j = t % m
        level, trend = level + phi * trend, phi * trend
        predictions[t] = level + season[j]
        since += 1
        steps.append(since)
        if math.isnan(value):
            continue
        since = 0
        error = value - predictions[t]
        errors[t] = error
        level += alpha * error
        trend += beta * error
        season[j] += gamma * error
    return Run(predictions, errors, steps, level, trend, season, len(y), params, m)
