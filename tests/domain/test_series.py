from datetime import date

import pytest

from kpidesk.domain.formula import Evaluation, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Frequency, RollUp

W, M, Q, Y = Frequency.WEEK, Frequency.MONTH, Frequency.QUARTER, Frequency.YEAR


def series(values, how=RollUp.SUM, start="2026-01", freq=M):
    first = Period.parse(start)
    return KpiSeries.plain(freq, how, {first.shift(i): v for i, v in enumerate(values)})


ORDERS = series([10, 20, 30, 40, 50, 60])
VISITS = series([100, 100, 200, 200, 100, 100])
REVENUE = series([1000, 2000, 3000, 4000, 5000, 6000])


def test_plain_values_and_spans():
    assert ORDERS.value(Period.parse("2026-02")) == Evaluation(20.0)
    assert ORDERS.value(Period.parse("2026-Q2")) == Evaluation(150.0)
    assert ORDERS.span(date(2026, 2, 1), date(2026, 4, 30)) == Evaluation(90.0)
    assert ORDERS.value(Period.parse("2026-07")) == Evaluation(None, "no data for 2026-07")
    assert ORDERS.rolled(date(2026, 1, 1), date(2026, 12, 31)).count == 6
    assert not ORDERS.rolled(date(2026, 1, 1), date(2026, 12, 31)).complete


def test_mean_kpi():
    satisfaction = series([4.0, None, 5.0], how=RollUp.MEAN)
    assert satisfaction.value(Period.parse("2026-Q1")) == Evaluation(4.5)


def test_formula_of_formulas_is_recomputed_from_rolled_inputs():
    rate = KpiSeries.derived(M, parse_formula("O / V"), {"O": ORDERS, "V": VISITS})
    per_order = KpiSeries.derived(M, parse_formula("R / O"), {"R": REVENUE, "O": ORDERS})
    # revenue per visit = (revenue / orders) * conversion rate, both derived
    per_visit = KpiSeries.derived(
        M, parse_formula("PER_ORDER * RATE"), {"PER_ORDER": per_order, "RATE": rate}
    )
    q1 = Period.parse("2026-Q1")
    assert rate.value(q1).value == 60 / 400
    assert per_order.value(q1).value == 6000 / 60
    assert per_visit.value(q1).value == pytest.approx(6000 / 400)
    half = per_visit.span(date(2026, 1, 1), date(2026, 6, 30)).value
    assert half == pytest.approx(21000 / 800)


def test_formula_reasons():
    rate = KpiSeries.derived(M, parse_formula("O / V"), {"O": ORDERS, "V": series([0, 0])})
    assert rate.value(Period.parse("2026-01")) == Evaluation(None, "division by zero")
    assert rate.value(Period.parse("2026-05")) == Evaluation(None, "no value for V")


def test_weekly_inputs_of_a_monthly_formula():
    visits = series([100.0] * 10, start="2026-W01", freq=W)
    orders = series([5.0] * 10, start="2026-W01", freq=W)
    rate = KpiSeries.derived(M, parse_formula("O / V * 100"), {"O": orders, "V": visits})
    assert rate.value(Period.parse("2026-01")) == Evaluation(5.0)
    assert orders.value(Period.parse("2026-01")) == Evaluation(25.0)  # five Thursdays


def test_values_at_for_charts():
    rows = ORDERS.values_at(Q, Period.parse("2026-Q1"), Period.parse("2026-Q3"))
    assert [(p.label(), e.value) for p, e in rows] == [
        ("2026-Q1", 60.0),
        ("2026-Q2", 150.0),
        ("2026-Q3", None),
    ]
    fiscal = ORDERS.values_at(
        Y, Period.parse("2025", fiscal_start_month=7), Period.parse("2025", fiscal_start_month=7)
    )
    assert fiscal[0][1] == Evaluation(210.0)


def test_misuse_is_an_error():
    with pytest.raises(ValueError, match="no input for V"):
        KpiSeries.derived(M, parse_formula("O / V"), {"O": ORDERS})
    with pytest.raises(ValueError):
        ORDERS.value(Period.parse("2026-W02"))
    with pytest.raises(ValueError):
        KpiSeries(M)
    rate = KpiSeries.derived(M, parse_formula("O"), {"O": ORDERS})
    with pytest.raises(ValueError):
        rate.rolled(date(2026, 1, 1), date(2026, 1, 31))
    with pytest.raises(ValueError):
        ORDERS.values_at(M, Period.parse("2026-01"), Period.parse("2026-Q1"))


def test_has_value_agrees_with_value() -> None:
    gaps = series([10, None, 30, None, 50, 60])
    weekly = series([1, None, 3], start="2025-W52", freq=W)
    ratio = KpiSeries.derived(M, parse_formula("O / V", {"O", "V"}), {"O": gaps, "V": VISITS})
    for s, frequencies in ((gaps, (M, Q, Y)), (weekly, (W, M)), (ratio, (M, Q))):
        for frequency in frequencies:
            first = Period.containing(frequency, date(2025, 11, 1))
            for period in (first.shift(i) for i in range(12)):
                assert s.has_value(period) == (s.value(period).value is not None), period
