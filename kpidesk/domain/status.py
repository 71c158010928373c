"""A value's status (RAG) and score (0–100) against its target.

Statuses and scores use the same thresholds, so a score always lies in its
status' band: stretch met = 100, on track 80–<100, at risk 50–<80, off track
0–<50. Lower-is-better is higher-is-better mirrored (values and thresholds
negated); a range is higher-is-better below the band and lower-is-better above it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from kpidesk.domain.entities import Target
from kpidesk.domain.types import Direction, Status

DEFAULT_WARNING_FRACTION = 0.10
"""Without a warning threshold, at risk means up to 10 % of the target short of it."""
SCORE_STRETCH = 100.0
SCORE_ON_TRACK = 80.0
"""The score at the realistic target (or at a range's edge)."""
SCORE_AT_RISK = 50.0
"""The score at the warning threshold."""
SCORE_OFF_TRACK = 0.0
"""The lowest score, reached one scale unit (see _scale) beyond the warning threshold."""


@dataclass(frozen=True)
class _Goal:
    """Higher-is-better thresholds: warning <= realistic <= stretch (stretch optional)."""

    realistic: float
    warning: float
    stretch: float | None
    scale: float
    """A positive distance that stands for "one band" where no threshold gives one."""


def status_of(value: float | None, target: Target | None, direction: Direction) -> Status:
    """The status of `value` against `target` for a KPI of `direction`."""
    return _classify(value, target, direction)[0]


def score_of(value: float | None, target: Target | None, direction: Direction) -> float | None:
    """A 0–100 score in the band of the value's status; None for no data or no target."""
    return _classify(value, target, direction)[1]


def goal_score(
    scores: Sequence[float | None], weights: Sequence[float] | None = None
) -> float | None:
    """The weighted mean of the scores that exist; None when none does."""
    if weights is None:
        weights = [1.0] * len(scores)
    if len(weights) != len(scores):
        raise ValueError(f"{len(scores)} scores but {len(weights)} weights")
    if any(w < 0 for w in weights):
        raise ValueError("weights must not be negative")
    pairs = [(s, w) for s, w in zip(scores, weights, strict=True) if s is not None]
    total = math.fsum(w for _, w in pairs)
    if total <= 0:
        return None
    return math.fsum(s * w for s, w in pairs) / total


def _classify(
    value: float | None, target: Target | None, direction: Direction
) -> tuple[Status, float | None]:
    direction = Direction(direction)
    if target is None or not _has_target(target, direction):
        return Status.NO_TARGET, None
    if value is None or not math.isfinite(value):
        return Status.NO_DATA, None
    if direction is Direction.HIGHER:
        return _against(value, _goal(target.realistic, target.warning, target.stretch))
    if direction is Direction.LOWER:
        goal = _goal(_neg(target.realistic), _neg(target.warning), _neg(target.stretch))
        return _against(-value, goal)
    return _against_range(value, target)


def _has_target(target: Target, direction: Direction) -> bool:
    if direction is Direction.RANGE:
        return target.low is not None or target.high is not None
    return target.realistic is not None


def _neg(x: float | None) -> float | None:
    return None if x is None else -x


def _goal(realistic: float, warning: float | None, stretch: float | None) -> _Goal:
    """Higher-is-better thresholds with defaults filled in and inconsistent ones tamed."""
    if warning is None:
        warning = realistic - DEFAULT_WARNING_FRACTION * abs(realistic)
    warning = min(warning, realistic)  # a warning above the target would leave no on-track band
    if stretch is not None and stretch < realistic:
        stretch = None  # a stretch below the target cannot be a stretch
    scale = _first_positive(realistic - warning, DEFAULT_WARNING_FRACTION * abs(realistic))
    return _Goal(realistic, warning, stretch, scale)


def _first_positive(*candidates: float) -> float:
    """The first positive candidate, else 1 (one unit of the KPI)."""
    return next((c for c in candidates if c > 0 and math.isfinite(c)), 1.0)


def _against(v: float, g: _Goal) -> tuple[Status, float]:
    """Status and score of `v` against higher-is-better thresholds."""
    if g.stretch is not None and v >= g.stretch:
        return Status.STRETCH_MET, SCORE_STRETCH
    if v >= g.realistic:
        if g.stretch is not None:  # linear from realistic (80) to stretch (100)
            fraction = (v - g.realistic) / (g.stretch - g.realistic)
        else:  # no stretch: 90 at one scale above realistic, approaching 100
            x = (v - g.realistic) / g.scale
            fraction = x / (1 + x) if math.isfinite(x) else 1.0
        return Status.ON_TRACK, _in_band(SCORE_ON_TRACK, SCORE_STRETCH, fraction)
    if v >= g.warning:  # linear from warning (50) to realistic (80)
        fraction = (v - g.warning) / (g.realistic - g.warning)
        return Status.AT_RISK, _in_band(SCORE_AT_RISK, SCORE_ON_TRACK, fraction)
    # linear from warning (50) down to 0 one scale below it
    fraction = 1 - (g.warning - v) / g.scale
    return Status.OFF_TRACK, _in_band(SCORE_OFF_TRACK, SCORE_AT_RISK, fraction)


def _against_range(v: float, target: Target) -> tuple[Status, float]:
    """Status and score of `v` against the band low..high (either end may be open)."""
    low, high = target.low, target.high
    if low is not None and high is not None and low > high:
        low, high = high, low
    width = high - low if low is not None and high is not None else 0.0
    tolerance = _range_tolerance(target.warning, low, high)
    scale = _first_positive(tolerance, width / 2)
    if low is not None and v < low:
        return _against(v, _Goal(low, low - tolerance, None, scale))
    if high is not None and v > high:
        return _against(-v, _Goal(-high, -high - tolerance, None, scale))
    # inside: 80 at an edge, toward 100 in the middle (or far from a one-sided edge)
    inside = min(
        v - low if low is not None else math.inf, high - v if high is not None else math.inf
    )
    x = inside / _first_positive(width / 2, tolerance)
    fraction = x / (1 + x) if math.isfinite(x) else 1.0
    return Status.ON_TRACK, _in_band(SCORE_ON_TRACK, SCORE_STRETCH, fraction)


def _range_tolerance(warning: float | None, low: float | None, high: float | None) -> float:
    """How far outside the band still counts as at risk (default: 10 % of the band)."""
    if warning is not None:
        return abs(warning)
    if low is not None and high is not None and high > low:
        return DEFAULT_WARNING_FRACTION * (high - low)
    edge = low if low is not None else high
    return DEFAULT_WARNING_FRACTION * abs(edge or 0.0)


def _in_band(low: float, high: float, fraction: float) -> float:
    """low + fraction of the band, kept inside [low, high) despite float rounding."""
    if math.isnan(fraction):
        fraction = 0.0
    score = low + (high - low) * min(max(fraction, 0.0), 1.0)
    return min(score, math.nextafter(high, low))
