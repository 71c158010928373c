"""The balance rules of a KPI set and their boundaries."""

from __future__ import annotations

import pytest

from kpidesk.domain.balance import (
    MAX_PER_GOAL,
    MAX_TOTAL,
    MIN_TOTAL,
    BalanceKind,
    BalancePick,
    BalanceWarning,
    check_balance,
)
from kpidesk.domain.types import KpiKind, Timing

LEAD, LAG = Timing.LEADING, Timing.LAGGING
QN, QL = KpiKind.QUANTITATIVE, KpiKind.QUALITATIVE


def pick(timing: Timing = LAG, kind: KpiKind = QN, *goals: int) -> BalancePick:
    return BalancePick(timing, kind, frozenset(goals or (0,)))


def kinds(warnings: list[BalanceWarning]) -> set[BalanceKind]:
    return {w.kind for w in warnings}


def balanced() -> list[BalancePick]:
    """Two goals, five KPIs, a leading KPI each, one qualitative."""
    return [
        pick(LEAD, QN, 0),
        pick(LAG, QN, 0),
        pick(LAG, QL, 0),
        pick(LEAD, QN, 1),
        pick(LAG, QN, 1),
    ]


def test_a_balanced_set_has_no_warnings() -> None:
    assert check_balance(2, balanced()) == []


def test_goal_without_kpi() -> None:
    warnings = check_balance(3, balanced())
    assert BalanceWarning(BalanceKind.GOAL_WITHOUT_KPI, 2, 0) in warnings
    # an empty goal is not also told it lacks a leading KPI
    assert not any(w.goal_index == 2 and w.kind != BalanceKind.GOAL_WITHOUT_KPI for w in warnings)


@pytest.mark.parametrize("count", [MAX_PER_GOAL, MAX_PER_GOAL + 1])
def test_kpis_per_goal_boundary(count: int) -> None:
    picks = [pick(LEAD, QL, 0)] + [pick(LAG, QN, 0) for _ in range(count - 1)]
    picks += [pick(LEAD, QN, 1), pick(LAG, QN, 1)]
    picks += [pick(LEAD, QN, 2), pick(LAG, QN, 2)]
    warnings = check_balance(3, picks)
    too_many = [w for w in warnings if w.kind is BalanceKind.GOAL_TOO_MANY]
    if count > MAX_PER_GOAL:
        assert too_many == [BalanceWarning(BalanceKind.GOAL_TOO_MANY, 0, count)]
    else:
        assert too_many == []


def test_goal_without_leading_kpi() -> None:
    picks = balanced()
    picks[3] = pick(LAG, QN, 1)
    assert check_balance(2, picks) == [BalanceWarning(BalanceKind.GOAL_WITHOUT_LEADING, 1, 0)]


def test_a_kpi_serving_two_goals_counts_for_both() -> None:
    picks = [*balanced()[:3], pick(LEAD, QN, 0, 1), pick(LAG, QN, 1)]
    assert check_balance(2, picks) == [BalanceWarning(BalanceKind.GOAL_TOO_MANY, 0, 4)]


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (MIN_TOTAL - 1, BalanceKind.TOO_FEW),
        (MIN_TOTAL, None),
        (MAX_TOTAL, None),
        (MAX_TOTAL + 1, BalanceKind.TOO_MANY),
    ],
)
def test_total_boundaries(total: int, expected: BalanceKind | None) -> None:
    # one goal per pair of KPIs keeps the per-goal rules quiet
    picks = []
    for i in range(total):
        picks.append(pick(LEAD if i % 2 == 0 else LAG, QL if i == 0 else QN, i // 2))
    goals = (total + 1) // 2
    found = kinds(check_balance(goals, picks)) & {BalanceKind.TOO_FEW, BalanceKind.TOO_MANY}
    assert found == ({expected} if expected else set())
    if expected:
        warning = next(w for w in check_balance(goals, picks) if w.kind is expected)
        assert (warning.goal_index, warning.count) == (None, total)


def test_only_quantitative_and_only_qualitative() -> None:
    quantitative = [pick(t, QN, 0) for t in (LEAD, LAG)]
    assert BalanceKind.ONLY_QUANTITATIVE in kinds(check_balance(1, quantitative))
    qualitative = [pick(t, QL, 0) for t in (LEAD, LAG)]
    assert BalanceKind.ONLY_QUALITATIVE in kinds(check_balance(1, qualitative))
    mixed = [pick(LEAD, QL, 0), pick(LAG, QN, 0)]
    assert not {BalanceKind.ONLY_QUANTITATIVE, BalanceKind.ONLY_QUALITATIVE} & kinds(
        check_balance(1, mixed)
    )


def test_nothing_chosen() -> None:
    assert check_balance(1, []) == [
        BalanceWarning(BalanceKind.GOAL_WITHOUT_KPI, 0, 0),
        BalanceWarning(BalanceKind.TOO_FEW, None, 0),
    ]
