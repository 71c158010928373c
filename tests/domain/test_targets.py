from datetime import date

import pytest

from kpidesk.domain.entities import Target
from kpidesk.domain.periods import Period
from kpidesk.domain.targets import target_for_period, target_in_force
from kpidesk.domain.types import Frequency, RollUp

M, Q, Y, W = Frequency.MONTH, Frequency.QUARTER, Frequency.YEAR, Frequency.WEEK

OLD = Target(1, date(2025, 1, 1), realistic=100, stretch=120, warning=90)
NEW = Target(1, date(2026, 4, 1), realistic=200, stretch=240, warning=180)
SEO = Target(1, date(2025, 1, 1), realistic=10, segment="seo")
TARGETS = [NEW, SEO, OLD]  # any order


@pytest.mark.parametrize(
    ("on", "segment", "expected"),
    [
        (date(2024, 12, 31), "", None),
        (date(2025, 1, 1), "", OLD),
        (date(2026, 3, 31), "", OLD),
        (date(2026, 4, 1), "", NEW),
        (date(2030, 1, 1), "", NEW),
        (date(2026, 4, 1), "seo", SEO),
        (date(2026, 4, 1), "ppc", None),
    ],
)
def test_target_in_force(on, segment, expected):
    assert target_in_force(TARGETS, on, segment) == expected


def test_a_later_entry_wins_a_tie():
    again = Target(1, date(2025, 1, 1), realistic=111)
    assert target_in_force([OLD, again], date(2025, 6, 1)) == again


def test_same_frequency_takes_the_target_at_the_start():
    assert target_for_period(TARGETS, Period.parse("2026-03"), M, RollUp.SUM) == OLD
    assert target_for_period(TARGETS, Period.parse("2026-04"), M, RollUp.SUM) == NEW


@pytest.mark.parametrize(
    ("how", "realistic", "stretch", "warning"),
    [
        (RollUp.SUM, 3 * 100 + 9 * 200, 3 * 120 + 9 * 240, 3 * 90 + 9 * 180),
        (RollUp.MEAN, (300 + 1800) / 12, (360 + 2160) / 12, (270 + 1620) / 12),
        (RollUp.LAST, 200, 240, 180),
        (RollUp.MIN, 100, 120, 90),
        (RollUp.MAX, 200, 240, 180),
    ],
)
def test_year_target_rolls_up_month_targets(how, realistic, stretch, warning):
    rolled = target_for_period(TARGETS, Period.parse("2026"), M, how)
    assert (rolled.realistic, rolled.stretch, rolled.warning) == (realistic, stretch, warning)
    assert (rolled.low, rolled.high) == (None, None)
    assert rolled.effective_from == date(2026, 1, 1)


def test_quarters_keep_the_target_of_their_months():
    q1 = target_for_period(TARGETS, Period.parse("2026-Q1"), M, RollUp.SUM)
    q2 = target_for_period(TARGETS, Period.parse("2026-Q2"), M, RollUp.SUM)
    assert (q1.realistic, q2.realistic) == (300, 600)


def test_fiscal_year_and_weeks():
    fiscal = Period.parse("2025", Y, fiscal_start_month=7)  # 2025-07 .. 2026-06
    assert target_for_period(TARGETS, fiscal, M, RollUp.SUM).realistic == 9 * 100 + 3 * 200
    weekly = [Target(2, date(2020, 1, 1), realistic=7)]
    assert target_for_period(weekly, Period.parse("2026-01"), W, RollUp.SUM).realistic == 35


def test_none_without_any_child_target():
    assert target_for_period(TARGETS, Period.parse("2024"), M, RollUp.SUM) is None
    assert target_for_period([], Period.parse("2026-Q1"), M, RollUp.SUM) is None


def test_only_children_with_a_target_count():
    rolled = target_for_period([NEW], Period.parse("2026"), M, RollUp.SUM)
    assert rolled.realistic == 9 * 200
    assert "9 of 12" in rolled.note


def test_a_field_missing_in_one_child_is_not_rolled():
    no_warning = Target(1, date(2026, 2, 1), realistic=100)
    rolled = target_for_period([OLD, no_warning], Period.parse("2026-Q1"), M, RollUp.SUM)
    assert (rolled.realistic, rolled.warning, rolled.stretch) == (300, None, None)


def test_range_targets_roll_up():
    band = [Target(3, date(2026, 1, 1), low=10, high=20, warning=2)]
    rolled = target_for_period(band, Period.parse("2026-Q1"), M, RollUp.MEAN)
    assert (rolled.low, rolled.high, rolled.warning, rolled.realistic) == (10, 20, 2, None)


def test_a_finer_period_is_an_error():
    with pytest.raises(ValueError):
        target_for_period(TARGETS, Period.parse("2026-W10"), M, RollUp.SUM)
