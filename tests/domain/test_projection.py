from datetime import date

import numpy as np
import pytest

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.formula import parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.projection import Pace, judge, project_year
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Direction, Frequency, RollUp

M = Frequency.MONTH
P = Period.parse
REVENUE = Kpi(1, "REV", "Revenue", frequency=M, rollup=RollUp.SUM)
START = P("2024-01")


def monthly(values, how=RollUp.SUM, fiscal=1):
    return KpiSeries.plain(M, how, {START.shift(i): v for i, v in enumerate(values)}, fiscal)


def yearly_target(total, kpi_id=1):
    return [Target(kpi_id, date(2024, 1, 1), realistic=total / 12)]


LINE = [100.0 + i for i in range(30)]  # Jan 2024 … Jun 2026
LINE_2026 = sum(100.0 + i for i in range(24, 36))  # 1554


def test_a_straight_line_projects_exactly():
    result = project_year(REVENUE, monthly(LINE), yearly_target(1500), P("2026-06"))
    assert result.year == P("2026")
    assert result.projected == pytest.approx(LINE_2026)
    assert result.target.realistic == pytest.approx(1500)
    assert result.pace is Pace.AHEAD


def test_a_missing_month_this_year_is_estimated_not_zero():
    values = LINE.copy()
    values[26] = None  # March 2026
    result = project_year(REVENUE, monthly(values), yearly_target(1554), P("2026-06"))
    assert result.projected == pytest.approx(LINE_2026, rel=0.01)
    assert result.pace is Pace.ON_PACE


def test_verdicts_on_a_noisy_seasonal_series():
    rng = np.random.default_rng(2)
    t = np.arange(42)
    y = 1000 + 10 * t + 150 * np.sin(2 * np.pi * t / 12) + rng.normal(0, 30, 42)
    series = monthly(list(y[:30]))  # through June 2026
    truth = float(sum(y[24:36]))
    ahead = project_year(REVENUE, series, yearly_target(0.8 * truth), P("2026-06"))
    assert ahead.low < truth < ahead.high
    assert (ahead.pace, ahead.confident) == (Pace.AHEAD, True)
    assert sum(y[24:30]) < ahead.low  # the band is on the year, not on the rest only
    behind = project_year(REVENUE, series, yearly_target(1.2 * truth), P("2026-06"))
    assert (behind.pace, behind.confident) == (Pace.BEHIND, True)
    close = project_year(REVENUE, series, yearly_target(ahead.projected), P("2026-06"))
    assert close.pace is Pace.ON_PACE


def test_an_ended_year_is_its_actual_value():
    result = project_year(REVENUE, monthly(LINE), yearly_target(1000), P("2025-12"))
    expected = sum(100.0 + i for i in range(12, 24))
    assert (result.projected, result.low, result.high) == (expected, expected, expected)


def test_not_enough_history_and_no_target():
    result = project_year(REVENUE, monthly([1.0, 2.0, 3.0]), [], P("2024-03"))
    assert result.pace is Pace.NOT_ENOUGH_HISTORY and result.projected is None
    result = project_year(REVENUE, monthly(LINE), [], P("2026-06"))
    assert result.pace is Pace.NO_TARGET and result.projected == pytest.approx(LINE_2026)


def test_fiscal_year_from_july():
    result = project_year(REVENUE, monthly(LINE, fiscal=7), yearly_target(1), P("2026-06"))
    assert result.year == Period.parse("2025", fiscal_start_month=7)
    assert result.projected == pytest.approx(sum(100.0 + i for i in range(18, 30)))
    result = project_year(REVENUE, monthly(LINE[:27], fiscal=7), yearly_target(1), P("2026-03"))
    assert result.projected == pytest.approx(sum(100.0 + i for i in range(18, 30)))


def test_a_mean_kpi_projects_its_yearly_mean():
    kpi = Kpi(2, "CSAT", "Satisfaction", frequency=M, rollup=RollUp.MEAN)
    series = monthly([4.0 + 0.01 * i for i in range(30)], how=RollUp.MEAN)
    targets = [Target(2, date(2024, 1, 1), realistic=4.5)]
    result = project_year(kpi, series, targets, P("2026-06"))
    assert result.projected == pytest.approx(4.0 + 0.01 * 29.5)
    assert result.target.realistic == 4.5 and result.pace is Pace.BEHIND


def test_a_ratio_projects_its_inputs():
    visits = monthly([1000.0 + 20 * i for i in range(30)])
    orders = monthly([50.0 + 1 * i for i in range(30)])  # always 5 % of visits
    formula = parse_formula("ORDERS / VISITS * 100", ["ORDERS", "VISITS"])
    series = KpiSeries.derived(M, formula, {"ORDERS": orders, "VISITS": visits})
    kpi = Kpi(3, "CR", "Conversion", frequency=M, rollup=RollUp.MEAN, formula=formula.text)
    result = project_year(kpi, series, [Target(3, date(2024, 1, 1), realistic=5.0)], P("2026-06"))
    assert result.projected == pytest.approx(5.0)
    assert result.low <= 5.0 <= result.high
    assert result.pace is Pace.ON_PACE


@pytest.mark.parametrize(
    ("band", "target", "direction", "expected"),
    [
        (
            (90, 85, 95),
            Target(1, date(2026, 1, 1), realistic=100),
            Direction.LOWER,
            (Pace.AHEAD, True),
        ),
        (
            (90, 85, 101),
            Target(1, date(2026, 1, 1), realistic=100),
            Direction.LOWER,
            (Pace.AHEAD, False),
        ),
        (
            (101, 95, 105),
            Target(1, date(2026, 1, 1), realistic=100),
            Direction.HIGHER,
            (Pace.ON_PACE, False),
        ),
        (
            (5, 4, 6),
            Target(1, date(2026, 1, 1), low=3, high=7),
            Direction.RANGE,
            (Pace.ON_PACE, False),
        ),
        (
            (9, 8, 10),
            Target(1, date(2026, 1, 1), low=3, high=7),
            Direction.RANGE,
            (Pace.BEHIND, True),
        ),
        ((9, 8, 10), None, Direction.HIGHER, (Pace.NO_TARGET, False)),
    ],
)
def test_judge(band, target, direction, expected):
    assert judge(band, target, direction) == expected
