from datetime import date, timedelta

import pytest

from kpidesk.domain.compare import Comparison, vs_last_year, vs_previous, year_to_date
from kpidesk.domain.formula import parse_formula
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Frequency, RollUp

D, W, M, Q = Frequency.DAY, Frequency.WEEK, Frequency.MONTH, Frequency.QUARTER


def monthly(first, last, value_of=lambda p: float(p.start.month), how=RollUp.SUM):
    periods = period_range(Period.parse(first), Period.parse(last))
    return KpiSeries.plain(M, how, {p: value_of(p) for p in periods})


# Jan 2025 .. Dec 2026; a month's value is its month number, plus 100 in 2026
SALES = monthly(
    "2025-01", "2026-12", lambda p: p.start.month + (100 if p.start.year == 2026 else 0)
)


@pytest.mark.parametrize(
    ("current", "reference", "change", "pct"),
    [
        (110, 100, 10, 10.0),
        (90, 100, -10, -10.0),
        (-50, -100, 50, 50.0),
        (5, 0, 5, None),
        (None, 100, None, None),
        (100, None, None, None),
    ],
)
def test_comparison(current, reference, change, pct):
    comparison = Comparison(current, reference)
    assert comparison.change == change
    assert comparison.change_pct == pct


def test_vs_previous():
    assert vs_previous(SALES, Period.parse("2026-03")) == Comparison(103, 102)
    assert vs_previous(SALES, Period.parse("2026-01")) == Comparison(101, 12)
    assert vs_previous(SALES, Period.parse("2026-Q2")) == Comparison(4 + 5 + 6 + 300, 306)
    assert vs_previous(SALES, Period.parse("2025-01")) == Comparison(1, None)


def test_vs_last_year():
    assert vs_last_year(SALES, Period.parse("2026-03")) == Comparison(103, 3)
    assert vs_last_year(SALES, Period.parse("2026-Q1")) == Comparison(306, 6)
    assert vs_last_year(SALES, Period.parse("2026")).change == 1200


def test_year_to_date_calendar():
    ytd = year_to_date(SALES, Period.parse("2026-03"))
    assert ytd == Comparison(306, 6)
    assert ytd.change_pct == 5000.0
    assert year_to_date(SALES, Period.parse("2026-Q2")) == Comparison(21 + 600, 21)


def test_year_to_date_fiscal():
    # fiscal year 2025 runs 2025-07 .. 2026-06; Jul–Dec 2025 is 7+…+12 = 57
    ytd = year_to_date(SALES, Period.parse("2026-02"), fiscal_start_month=7)
    assert ytd.current == 57 + 101 + 102
    # a year earlier: 2024-07 .. 2025-02 has data only for Jan and Feb 2025
    assert ytd.reference == 1 + 2
    ytd = year_to_date(SALES, Period.parse("2026-09"), fiscal_start_month=7)
    assert ytd == Comparison(107 + 108 + 109, 7 + 8 + 9)


def test_year_to_date_on_29_february():
    days = {Period(D, date(2023, 1, 1) + timedelta(i)): 1.0 for i in range(366 + 365)}
    series = KpiSeries.plain(D, RollUp.SUM, days)
    ytd = year_to_date(series, Period.parse("2024-02-29"))
    assert ytd == Comparison(60, 59)  # 1 Jan .. 29 Feb 2024 against 1 Jan .. 28 Feb 2023


def test_year_to_date_for_weeks_uses_the_thursday_year():
    weeks = {p: 1.0 for p in period_range(Period.parse("2024-W01"), Period.parse("2026-W10"))}
    series = KpiSeries.plain(W, RollUp.SUM, weeks)
    # 2026-W01 starts on 2025-12-29 but its Thursday is 2026-01-01
    assert year_to_date(series, Period.parse("2026-W01")) == Comparison(1, 1)
    assert year_to_date(series, Period.parse("2026-W10")) == Comparison(10, 10)
    assert vs_last_year(series, Period.parse("2026-W10")) == Comparison(1, 1)


def test_week_53_compares_with_week_52():
    weeks = period_range(Period.parse("2025-W01"), Period.parse("2026-W53"))
    series = KpiSeries.plain(W, RollUp.SUM, {p: float(p.start.isocalendar().week) for p in weeks})
    assert vs_last_year(series, Period.parse("2026-W53")) == Comparison(53, 52)
    assert vs_previous(series, Period.parse("2026-W01")) == Comparison(1, 52)


def test_a_ratio_kpi_compares_recomputed_values():
    orders = monthly("2025-01", "2026-12", lambda p: 10.0)
    visits = monthly("2025-01", "2026-12", lambda p: 100.0 if p.start.year == 2025 else 50.0)
    rate = KpiSeries.derived(M, parse_formula("O / V * 100"), {"O": orders, "V": visits})
    assert year_to_date(rate, Period.parse("2026-06")) == Comparison(20.0, 10.0)
    assert year_to_date(rate, Period.parse("2026-06")).change_pct == 100.0
