"""Advice on a KPI's targets: is a target plausible, and what does the trend propose?

Pure: the wizard's targets page and its tests use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from kpidesk.domain.types import Direction

MAX_JUMP = 0.5
"""A target more than 50 % away from the baseline is an implausible jump."""
MIN_STEP = 0.05
"""Without a trend (or against it), the realistic target asks this much improvement."""
TREND_PERIODS = 12
"""The trend is read from at most this many of the latest values."""


class TargetProblem(StrEnum):
    STRETCH_BELOW_REALISTIC = "stretch_below_realistic"
    REALISTIC_JUMP = "realistic_jump"
    STRETCH_JUMP = "stretch_jump"


@dataclass(frozen=True)
class Proposal:
    baseline: float
    realistic: float
    stretch: float


def _better(direction: Direction) -> float:
    return -1.0 if direction is Direction.LOWER else 1.0


def _jump(baseline: float | None, target: float | None) -> bool:
    if baseline is None or target is None or baseline == 0:
        return False
    return abs(target - baseline) / abs(baseline) > MAX_JUMP


def target_problems(
    direction: Direction,
    baseline: float | None,
    realistic: float | None,
    stretch: float | None,
) -> list[TargetProblem]:
    """What is wrong with a target: a stretch less ambitious than the realistic target,
    or a target that needs a jump of more than MAX_JUMP from the baseline."""
    problems = []
    if (
        realistic is not None
        and stretch is not None
        and direction is not Direction.RANGE
        and _better(direction) * (stretch - realistic) < 0
    ):
        problems.append(TargetProblem.STRETCH_BELOW_REALISTIC)
    if _jump(baseline, realistic):
        problems.append(TargetProblem.REALISTIC_JUMP)
    if _jump(baseline, stretch):
        problems.append(TargetProblem.STRETCH_JUMP)
    return problems


def propose_targets(values: Sequence[float], direction: Direction) -> Proposal | None:
    """Targets proposed from a KPI's history (oldest first), or None without any value.

    Baseline: the latest value. Realistic: the baseline moved on by the trend (the
    average change per period over the latest TREND_PERIODS values, times as many
    periods), and at least MIN_STEP better. Stretch: twice the realistic improvement.
    Both are kept within MAX_JUMP of the baseline.
    """
    recent = [float(v) for v in values if v is not None][-TREND_PERIODS:]
    if not recent:
        return None
    baseline = recent[-1]
    sign = _better(direction)
    trend = (recent[-1] - recent[0]) / (len(recent) - 1) * len(recent) if len(recent) > 1 else 0.0
    step = max(sign * trend, MIN_STEP * abs(baseline))
    limit = MAX_JUMP * abs(baseline)
    realistic = baseline + sign * min(step, limit / 2)
    stretch = baseline + sign * min(2 * step, limit)
    return Proposal(baseline, _tidy(realistic), _tidy(stretch))


def _tidy(value: float) -> float:
    """Round a proposal to three significant figures: targets are round numbers."""
    if value == 0:
        return 0.0
    from math import floor, log10

    digits = 2 - floor(log10(abs(value)))
    return round(value, digits)
