from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.entities import Target
from kpidesk.domain.status import goal_score, score_of, status_of
from kpidesk.domain.types import Direction, Status

H, L, R = Direction.HIGHER, Direction.LOWER, Direction.RANGE
STRETCH, ON, RISK, OFF = Status.STRETCH_MET, Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK
DAY = date(2026, 1, 1)


def target(**fields):
    return Target(1, DAY, **fields)


def check(value, t, direction, status, score):
    assert status_of(value, t, direction) is status
    if score is None:
        assert score_of(value, t, direction) is None
    else:
        assert score_of(value, t, direction) == pytest.approx(score)


HIGHER = target(realistic=100, stretch=120, warning=90)


@pytest.mark.parametrize(
    ("value", "status", "score"),
    [
        (1e9, STRETCH, 100),
        (120, STRETCH, 100),
        (119, ON, 99),
        (110, ON, 90),
        (100, ON, 80),
        (99.9, RISK, 79.7),
        (95, RISK, 65),
        (90, RISK, 50),
        (89, OFF, 45),
        (85, OFF, 25),
        (80, OFF, 0),
        (-1e9, OFF, 0),
        (None, Status.NO_DATA, None),
    ],
)
def test_higher(value, status, score):
    check(value, HIGHER, H, status, score)


LOWER = target(realistic=5, stretch=3, warning=6)


@pytest.mark.parametrize(
    ("value", "status", "score"),
    [
        (0, STRETCH, 100),
        (3, STRETCH, 100),
        (4, ON, 90),
        (5, ON, 80),
        (5.5, RISK, 65),
        (6, RISK, 50),
        (6.5, OFF, 25),
        (7, OFF, 0),
    ],
)
def test_lower(value, status, score):
    check(value, LOWER, L, status, score)


@pytest.mark.parametrize(
    ("t", "value", "status", "score"),
    [
        # default warning: 10 % of |realistic| below it; without stretch 90 at one band above
        (target(realistic=100), 100, ON, 80),
        (target(realistic=100), 110, ON, 90),
        (target(realistic=100), 95, RISK, 65),
        (target(realistic=100), 90, RISK, 50),
        (target(realistic=100), 85, OFF, 25),
        (target(realistic=100, stretch=100), 100, STRETCH, 100),
        # a realistic target of 0 has no at-risk band; one unit is the scale
        (target(realistic=0), 0, ON, 80),
        (target(realistic=0), 1, ON, 90),
        (target(realistic=0), -0.001, OFF, 49.95),
        (target(realistic=0), -1, OFF, 0),
        # negative targets: 10 % of |−100| is 10, so the warning is −110
        (target(realistic=-100), -100, ON, 80),
        (target(realistic=-100), -105, RISK, 65),
        (target(realistic=-100), -110, RISK, 50),
        (target(realistic=-100), -115, OFF, 25),
        # inconsistent thresholds are tamed: a stretch below the target is ignored …
        (target(realistic=100, stretch=50), 60, OFF, 0),
        (target(realistic=100, stretch=50), 100, ON, 80),
        # … and a warning above it leaves no at-risk band
        (target(realistic=100, warning=150), 99, OFF, 45),
    ],
)
def test_higher_defaults_and_edge_targets(t, value, status, score):
    check(value, t, H, status, score)


@pytest.mark.parametrize(
    ("t", "value", "status", "score"),
    [
        (target(realistic=0), 0, ON, 80),
        (target(realistic=0), 0.5, OFF, 25),
        (target(realistic=20), 21, RISK, 65),
        (target(realistic=20), 22, RISK, 50),
        (target(realistic=-10), -11, ON, 90),
        (target(realistic=-10), -9.5, RISK, 65),
    ],
)
def test_lower_defaults_and_edge_targets(t, value, status, score):
    check(value, t, L, status, score)


BAND = target(low=10, high=20, warning=2)


@pytest.mark.parametrize(
    ("t", "value", "status", "score"),
    [
        (BAND, 15, ON, 90),
        (BAND, 10, ON, 80),
        (BAND, 20, ON, 80),
        (BAND, 9, RISK, 65),
        (BAND, 8, RISK, 50),
        (BAND, 21, RISK, 65),
        (BAND, 22, RISK, 50),
        (BAND, 23, OFF, 25),
        (BAND, 7, OFF, 25),
        (BAND, 100, OFF, 0),
        # default tolerance: 10 % of the band width
        (target(low=10, high=20), 9, RISK, 50),
        (target(low=10, high=20), 8.5, OFF, 25),
        # one-sided bands
        (target(low=10, warning=2), 1e6, ON, 100 - 1e-5),
        (target(low=10, warning=2), 9, RISK, 65),
        (target(high=0), 0, ON, 80),
        (target(high=0), 0.5, OFF, 25),
        (target(high=0, warning=1), 0.5, RISK, 65),
        # a swapped band is read the right way round
        (target(low=20, high=10, warning=2), 21, RISK, 65),
        # a range never meets a stretch, even with one set
        (target(low=10, high=20, stretch=15), 15, ON, 90),
    ],
)
def test_range(t, value, status, score):
    check(value, t, R, status, score)


@pytest.mark.parametrize(
    ("t", "direction"),
    [
        (None, H),
        (target(), H),
        (target(stretch=5, warning=1), L),
        (target(realistic=5), R),
        (None, R),
    ],
)
def test_no_target_is_never_healthy(t, direction):
    assert status_of(1.0, t, direction) is Status.NO_TARGET
    assert status_of(None, t, direction) is Status.NO_TARGET
    assert score_of(1.0, t, direction) is None


def test_not_a_number_is_no_data():
    assert status_of(float("nan"), HIGHER, H) is Status.NO_DATA


BANDS = {STRETCH: (100, 100), ON: (80, 100), RISK: (50, 80), OFF: (0, 50)}
NUMBERS = st.floats(-1e9, 1e9, allow_nan=False)
MAYBE = st.one_of(st.none(), NUMBERS)


@settings(max_examples=500)
@given(
    NUMBERS,
    st.sampled_from(list(Direction)),
    st.builds(target, realistic=MAYBE, stretch=MAYBE, warning=MAYBE, low=MAYBE, high=MAYBE),
)
def test_score_always_lies_in_the_band_of_the_status(value, direction, t):
    status = status_of(value, t, direction)
    score = score_of(value, t, direction)
    if status is Status.NO_TARGET:
        assert score is None
        return
    low, high = BANDS[status]
    assert low <= score <= high
    if status is not STRETCH:
        assert score < high
    if direction is R:
        assert status is not STRETCH


@settings(max_examples=200)
@given(NUMBERS, NUMBERS, st.sampled_from([H, L]), st.builds(target, realistic=NUMBERS))
def test_score_is_monotone(a, b, direction, t):
    worse, better = sorted([a, b], reverse=direction is L)
    assert score_of(worse, t, direction) <= score_of(better, t, direction)


@pytest.mark.parametrize(
    ("scores", "weights", "expected"),
    [
        ([80, 60], None, 70),
        ([80, None, 60], None, 70),
        ([100, 40], [3, 1], 85),
        ([100, None], [1, 5], 100),
        ([None, None], None, None),
        ([], None, None),
        ([50, 70], [0, 0], None),
    ],
)
def test_goal_score(scores, weights, expected):
    assert goal_score(scores, weights) == expected


def test_goal_score_rejects_bad_weights():
    with pytest.raises(ValueError):
        goal_score([1, 2], [1])
    with pytest.raises(ValueError):
        goal_score([1, 2], [1, -1])
