"""Is a KPI set balanced? The rules of "Choosing KPIs" (KPI-GUIDE.md), thresholds in one place.

A set is balanced when every goal has a few KPIs, at least one of them leading
(an early warning), the whole set is small enough to review in one sitting,
and it mixes hard numbers with at least one judgement (or the other way round).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kpidesk.domain.types import KpiKind, Timing

MIN_PER_GOAL = 1
MAX_PER_GOAL = 3
MIN_TOTAL = 5
MAX_TOTAL = 15
MIN_LEADING_PER_GOAL = 1


class BalanceKind(StrEnum):
    GOAL_WITHOUT_KPI = "goal_without_kpi"
    GOAL_TOO_MANY = "goal_too_many"
    GOAL_WITHOUT_LEADING = "goal_without_leading"
    TOO_FEW = "too_few"
    TOO_MANY = "too_many"
    ONLY_QUANTITATIVE = "only_quantitative"
    ONLY_QUALITATIVE = "only_qualitative"


@dataclass(frozen=True)
class BalancePick:
    """One chosen KPI as the rules see it: its timing, its kind and the goals it serves."""

    timing: Timing
    kind: KpiKind
    goals: frozenset[int]


@dataclass(frozen=True)
class BalanceWarning:
    """One broken rule: for a goal (its index) or for the whole set (None), and the count found."""

    kind: BalanceKind
    goal_index: int | None
    count: int


def check_balance(goal_count: int, picks: Sequence[BalancePick]) -> list[BalanceWarning]:
    """Every rule the set breaks: per goal in goal order, then for the whole set."""
    warnings = []
    for goal in range(goal_count):
        serving = [p for p in picks if goal in p.goals]
        leading = sum(1 for p in serving if p.timing is Timing.LEADING)
        if len(serving) < MIN_PER_GOAL:
            warnings.append(BalanceWarning(BalanceKind.GOAL_WITHOUT_KPI, goal, len(serving)))
            continue
        if len(serving) > MAX_PER_GOAL:
            warnings.append(BalanceWarning(BalanceKind.GOAL_TOO_MANY, goal, len(serving)))
        if leading < MIN_LEADING_PER_GOAL:
            warnings.append(BalanceWarning(BalanceKind.GOAL_WITHOUT_LEADING, goal, leading))
    total = len(picks)
    if total < MIN_TOTAL:
        warnings.append(BalanceWarning(BalanceKind.TOO_FEW, None, total))
    elif total > MAX_TOTAL:
        warnings.append(BalanceWarning(BalanceKind.TOO_MANY, None, total))
    kinds = {p.kind for p in picks}
    if kinds == {KpiKind.QUANTITATIVE}:
        warnings.append(BalanceWarning(BalanceKind.ONLY_QUANTITATIVE, None, total))
    elif kinds == {KpiKind.QUALITATIVE}:
        warnings.append(BalanceWarning(BalanceKind.ONLY_QUALITATIVE, None, total))
    return warnings


def picks_of(items: Iterable[tuple[Timing, KpiKind, Iterable[int]]]) -> list[BalancePick]:
    """Picks from (timing, kind, goal indexes) triples."""
    return [BalancePick(Timing(t), KpiKind(k), frozenset(g)) for t, k, g in items]
