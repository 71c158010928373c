from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpidesk.domain.periods import Period
from kpidesk.domain.rollup import (
    Rolled,
    aggregate,
    expected_count,
    roll_span,
    roll_up,
    rolled_value,
)
from kpidesk.domain.types import Frequency, RollUp

D, W, M, Q, Y = Frequency.DAY, Frequency.WEEK, Frequency.MONTH, Frequency.QUARTER, Frequency.YEAR


def months(*values, start="2026-01"):
    first = Period.parse(start)
    return {first.shift(i): v for i, v in enumerate(values)}


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        (RollUp.SUM, 10.0),
        (RollUp.MEAN, 2.5),
        (RollUp.LAST, 2.0),
        (RollUp.MIN, 1.0),
        (RollUp.MAX, 4.0),
    ],
)
def test_aggregate(how, expected):
    assert aggregate([3.0, 4.0, 1.0, 2.0], how) == expected


@pytest.mark.parametrize("how", list(RollUp))
def test_aggregate_of_nothing_is_none(how):
    assert aggregate([], how) is None


def test_sum_is_exactly_rounded():
    assert aggregate([0.1] * 10, RollUp.SUM) == 1.0


@pytest.mark.parametrize(
    ("how", "q1", "q2"),
    [
        (RollUp.SUM, 60.0, 150.0),
        (RollUp.MEAN, 20.0, 50.0),
        (RollUp.LAST, 30.0, 60.0),
        (RollUp.MIN, 10.0, 40.0),
        (RollUp.MAX, 30.0, 60.0),
    ],
)
def test_roll_up_months_to_quarters(how, q1, q2):
    rolled = roll_up(months(10, 20, 30, 40, 50, 60), how, M, Q)
    assert rolled == {
        Period.parse("2026-Q1"): Rolled(q1, 3, 3),
        Period.parse("2026-Q2"): Rolled(q2, 3, 3),
    }
    assert all(r.complete for r in rolled.values())


def test_missing_month_stays_missing():
    rolled = roll_up(months(10, None, 30, None, None, None), RollUp.SUM, M, Q)
    assert rolled[Period.parse("2026-Q1")] == Rolled(40.0, 2, 3)
    assert not rolled[Period.parse("2026-Q1")].complete
    assert rolled[Period.parse("2026-Q2")] == Rolled(None, 0, 3)  # no data is None, not 0


def test_last_is_the_latest_present_value():
    values = months(10, 20, None)
    assert rolled_value(values, RollUp.LAST, Period.parse("2026-Q1"), M) == Rolled(20.0, 2, 3)


def test_fiscal_quarters():
    rolled = roll_up(months(1, 2, 3, 4, start="2026-06"), RollUp.SUM, M, Q, fiscal_start_month=7)
    assert rolled == {
        Period.parse("2025-Q4", fiscal_start_month=7): Rolled(1.0, 1, 3),
        Period.parse("2026-Q1", fiscal_start_month=7): Rolled(9.0, 3, 3),
    }


def test_days_to_weeks_to_months_by_thursday():
    # 2025-12-29 (Mon) .. 2026-02-01 (Sun): five whole ISO weeks, all anchored in January
    first = date(2025, 12, 29)
    days = {Period(D, first + timedelta(i)): 1.0 for i in range(35)}
    weeks = roll_up(days, RollUp.SUM, D, W)
    assert [p.label() for p in weeks] == [f"2026-W0{i}" for i in range(1, 6)]
    assert all(r == Rolled(7.0, 7, 7) for r in weeks.values())
    week_values = {p: r.value for p, r in weeks.items()}
    by_month = roll_up(week_values, RollUp.SUM, W, M)
    assert by_month == {Period.parse("2026-01"): Rolled(35.0, 5, 5)}
    # rolled straight from days, January only has its own 31 days
    assert roll_up(days, RollUp.SUM, D, M)[Period.parse("2026-01")] == Rolled(31.0, 31, 31)


def test_roll_span_counts_what_is_due():
    values = months(1, 2, 3)
    rolled = roll_span(values, RollUp.SUM, date(2026, 1, 1), date(2026, 6, 30), frequency=M)
    assert rolled == Rolled(6.0, 3, 6)
    empty = roll_span({}, RollUp.SUM, date(2026, 1, 1), date(2026, 12, 31), frequency=W)
    assert empty == Rolled(None, 0, 53)


def test_rolled_value_same_frequency_is_identity():
    values = months(5, None)
    assert rolled_value(values, RollUp.MEAN, Period.parse("2026-01"), M) == Rolled(5.0, 1, 1)
    assert rolled_value(values, RollUp.MEAN, Period.parse("2026-02"), M) == Rolled(None, 0, 1)


def test_rolling_to_a_finer_frequency_is_an_error():
    with pytest.raises(ValueError):
        roll_up(months(1), RollUp.SUM, M, W)
    with pytest.raises(ValueError):
        rolled_value(months(1), RollUp.SUM, Period.parse("2026-W02"), M)


@pytest.mark.parametrize(
    ("freq", "first", "last", "count"),
    [
        (D, date(2024, 1, 1), date(2024, 12, 31), 366),
        (W, date(2026, 1, 1), date(2026, 1, 31), 5),
        (W, date(2026, 1, 2), date(2026, 1, 7), 0),
        (W, date(2020, 1, 1), date(2020, 12, 31), 53),
        (M, date(2026, 1, 2), date(2026, 3, 31), 2),
        (Q, date(2026, 1, 1), date(2026, 12, 31), 4),
        (Y, date(2026, 1, 1), date(2026, 12, 31), 1),
        (M, date(2026, 3, 1), date(2026, 2, 1), 0),
    ],
)
def test_expected_count(freq, first, last, count):
    assert expected_count(freq, first, last) == count


@settings(max_examples=100)
@given(
    st.sampled_from([D, W, M]),
    st.dates(date(2000, 1, 1), date(2030, 12, 31)),
    st.integers(0, 20),
    st.integers(0, 3),
    st.sampled_from([Q, Y]),
)
def test_expected_count_matches_children(freq, day, n, fsm_index, to):
    fsm = [1, 4, 7, 10][fsm_index]
    parent = Period.containing(to, day, fsm).shift(n - 10)
    assert expected_count(freq, parent.start, parent.end, fsm) == len(parent.children(freq))


@settings(max_examples=100)
@given(
    st.sampled_from([D, W, M]),
    st.sampled_from(list(RollUp)),
    st.lists(st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)), min_size=1, max_size=60),
)
def test_missing_is_the_same_as_absent(freq, how, raw):
    first = Period.containing(freq, date(2025, 11, 17))
    with_none = {first.shift(i): v for i, v in enumerate(raw)}
    without = {p: v for p, v in with_none.items() if v is not None}
    for to in (W, M, Q, Y):
        if freq.is_coarser_than(to):
            continue
        full, sparse = roll_up(with_none, how, freq, to), roll_up(without, how, freq, to)
        for parent, rolled in full.items():
            assert sparse.get(parent, Rolled(None, 0, rolled.expected)) == rolled
