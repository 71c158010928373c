"""Tiles against a hand-computed fixture.

Revenue (sum, higher is better), calendar year: month m of 2025 is 100 + m,
of 2026 is 120 + m, and August 2026 was never entered. Target 110/130/100
(realistic/stretch/warning) per month from 2025, raised to 130/150/120 from
July 2026.
"""

from datetime import date

import pytest

from kpidesk.domain.compare import Comparison
from kpidesk.domain.entities import Goal, Kpi, Target
from kpidesk.domain.formula import parse_formula
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.tiles import goal_scores, tile_for
from kpidesk.domain.types import Frequency, RollUp, Status

M, Q = Frequency.MONTH, Frequency.QUARTER
REVENUE = Kpi(1, "REV", "Revenue", frequency=M, rollup=RollUp.SUM)
P = Period.parse


def _value(p):
    if p == P("2026-08"):
        return None
    return (100 if p.start.year == 2025 else 120) + p.start.month


SERIES = KpiSeries.plain(
    M, RollUp.SUM, {p: _value(p) for p in period_range(P("2025-01"), P("2026-10"))}
)
TARGETS = [
    Target(1, date(2025, 1, 1), realistic=110, stretch=130, warning=100),
    Target(1, date(2026, 7, 1), realistic=130, stretch=150, warning=120),
]


def test_month_tile():
    tile = tile_for(REVENUE, SERIES, TARGETS, P("2026-10"))
    assert tile.value == 130
    assert (tile.target.realistic, tile.target.stretch) == (130, 150)
    assert tile.status is Status.ON_TRACK and tile.score == 80.0
    assert tile.vs_previous == Comparison(130, 129)
    assert tile.vs_last_year == Comparison(130, 110)
    assert tile.sparkline == [111, 112, 121, 122, 123, 124, 125, 126, 127, None, 129, 130]
    assert tile.sparkline_periods[0] == P("2025-11") and tile.sparkline_periods[-1] == P("2026-10")
    assert tile.missing_periods == []


def test_quarter_tile_with_a_missing_month_and_the_new_target():
    tile = tile_for(REVENUE, SERIES, TARGETS, P("2026-Q3"))
    assert tile.value == 127 + 129  # August is missing, not zero
    assert (tile.target.realistic, tile.target.stretch, tile.target.warning) == (390, 450, 360)
    assert tile.status is Status.OFF_TRACK and tile.score == 0.0
    assert tile.vs_previous == Comparison(256, 124 + 125 + 126)
    assert tile.vs_last_year == Comparison(256, 107 + 108 + 109)
    assert tile.missing_periods == [P("2026-08")]
    assert tile.sparkline == [None, 306, 315, 324, 333, 366, 375, 256]


def test_year_to_date_across_the_target_change():
    tile = tile_for(REVENUE, SERIES, TARGETS, P("2026-10"), to_date=True)
    assert tile.value == 741 + 127 + 129 + 130
    # Jan–Jun under the old target, Jul–Oct under the new one
    assert tile.target.realistic == 6 * 110 + 4 * 130
    assert tile.target.stretch == 6 * 130 + 4 * 150
    assert tile.target.warning == 6 * 100 + 4 * 120
    assert tile.status is Status.AT_RISK
    assert tile.score == pytest.approx(50 + 30 * (1127 - 1080) / 100)
    assert tile.vs_previous == Comparison(1127, None)
    assert tile.vs_last_year == Comparison(1127, sum(range(101, 111)))
    assert tile.missing_periods == [P("2026-08")]


def test_current_year_counts_only_ended_months_as_missing():
    tile = tile_for(REVENUE, SERIES, TARGETS, P("2026"), today=date(2026, 11, 27))
    assert tile.value == 1127
    assert tile.target.realistic == 6 * 110 + 6 * 130
    assert tile.missing_periods == [P("2026-08")]
    assert tile.sparkline[-2:] == [sum(range(101, 113)), 1127]


def test_fiscal_year_to_date():
    series = KpiSeries.plain(
        M, RollUp.SUM, {p: _value(p) for p in period_range(P("2025-01"), P("2026-10"))}, 7
    )
    tile = tile_for(REVENUE, series, TARGETS, P("2026-10"), to_date=True)
    assert tile.value == 127 + 129 + 130  # the fiscal year began in July
    assert tile.target.realistic == 4 * 130
    assert tile.vs_last_year == Comparison(386, 107 + 108 + 109 + 110)


def test_a_quarterly_kpi_in_a_month_view_shows_its_last_ended_quarter():
    kpi = Kpi(2, "NPS", "NPS", frequency=Q, rollup=RollUp.MEAN)
    series = KpiSeries.plain(Q, RollUp.MEAN, {P("2026-Q2"): 40.0, P("2026-Q3"): 45.0})
    tile = tile_for(kpi, series, [], P("2026-10"))
    assert tile.period == P("2026-Q3") and tile.value == 45.0
    assert tile.status is Status.NO_TARGET and tile.score is None
    assert tile.vs_previous.change == 5.0


def test_a_ratio_tile_is_a_ratio_of_sums():
    orders = {P("2026-01"): 10.0, P("2026-02"): 30.0, P("2026-03"): 20.0}
    visits = {P("2026-01"): 100.0, P("2026-02"): 1000.0, P("2026-03"): 400.0}
    inputs = {
        "ORDERS": KpiSeries.plain(M, RollUp.SUM, orders),
        "VISITS": KpiSeries.plain(M, RollUp.SUM, visits),
    }
    formula = parse_formula("ORDERS / VISITS * 100", inputs.keys())
    kpi = Kpi(3, "CR", "Conversion", frequency=M, rollup=RollUp.MEAN, formula=formula.text)
    targets = [Target(3, date(2026, 1, 1), realistic=5.0)]
    tile = tile_for(kpi, KpiSeries.derived(M, formula, inputs), targets, P("2026-Q1"))
    assert tile.value == pytest.approx(60 / 1500 * 100)
    assert tile.target.realistic == 5.0  # a rate's target rolls up by its mean
    assert tile.status is Status.OFF_TRACK


def test_goal_scores_are_weighted():
    on_track = tile_for(REVENUE, SERIES, TARGETS, P("2026-10"))  # 80
    other = Kpi(9, "X", "X")
    off = tile_for(other, SERIES, [Target(9, date(2025, 1, 1), realistic=1000)], P("2026-10"))
    goals = [
        Goal(1, "Grow", kpi_ids=(1, 9), kpi_weights=(2.0, 1.0)),
        Goal(2, "Equal", kpi_ids=(1, 9)),
        Goal(3, "Nothing yet", kpi_ids=(42,)),
    ]
    scores = goal_scores(goals, [on_track, off])
    assert off.score == 0.0
    assert scores[1] == pytest.approx(160 / 3)
    assert scores[2] == pytest.approx(40)
    assert scores[3] is None
