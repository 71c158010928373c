"""Target warnings and targets proposed from history."""

from __future__ import annotations

from kpidesk.domain.target_advice import (
    MAX_JUMP,
    TargetProblem,
    propose_targets,
    target_problems,
)
from kpidesk.domain.types import Direction


def test_stretch_below_realistic_is_flagged() -> None:
    assert target_problems(Direction.HIGHER, 100, 110, 105) == [
        TargetProblem.STRETCH_BELOW_REALISTIC
    ]
    assert target_problems(Direction.HIGHER, 100, 110, 120) == []
    # lower is better: a stretch above the realistic target is the weaker one
    assert target_problems(Direction.LOWER, 10, 9, 9.5) == [TargetProblem.STRETCH_BELOW_REALISTIC]
    assert target_problems(Direction.LOWER, 10, 9, 8) == []


def test_implausible_jump_from_the_baseline() -> None:
    edge = 100 * (1 + MAX_JUMP)
    assert target_problems(Direction.HIGHER, 100, edge, edge) == []
    assert target_problems(Direction.HIGHER, 100, 110, edge + 1) == [TargetProblem.STRETCH_JUMP]
    assert TargetProblem.REALISTIC_JUMP in target_problems(Direction.HIGHER, 100, 200, 210)
    assert target_problems(Direction.HIGHER, None, 200, 210) == []
    assert target_problems(Direction.HIGHER, 0, 200, 210) == []


def test_proposal_follows_the_trend() -> None:
    proposal = propose_targets([100, 102, 104, 106], Direction.HIGHER)
    assert proposal is not None
    assert proposal.baseline == 106
    assert 106 < proposal.realistic < proposal.stretch <= 106 * (1 + MAX_JUMP)


def test_proposal_against_a_falling_trend_still_asks_for_improvement() -> None:
    proposal = propose_targets([100, 90, 80], Direction.HIGHER)
    assert proposal is not None and proposal.realistic > 80
    lower = propose_targets([10, 10, 10], Direction.LOWER)
    assert lower is not None and lower.stretch < lower.realistic < 10


def test_no_history_no_proposal() -> None:
    assert propose_targets([], Direction.HIGHER) is None
