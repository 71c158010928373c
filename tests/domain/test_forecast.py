import math
from itertools import pairwise

import numpy as np
import pytest

from kpidesk.domain.forecast import (
    MIN_OBSERVATIONS,
    ForecastMethod,
    NotEnoughHistoryError,
    forecast_series,
    forecast_to_year_end,
    forecast_values,
    seasonal_naive,
)
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Frequency, RollUp

SEEDS = range(8)


def synthetic(n, m, seed, *, trend=2.0, multiplicative=False):
    """100 + trend·t with a ±15 % (or ±15) seasonal swing and N(0, 5) noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    swing = 15 * np.sin(2 * np.pi * t / m)
    base = 100 + trend * t
    y = base * (1 + swing / 100) if multiplicative else base + swing
    return y + rng.normal(0, 5, n)


def history(first, values):
    start = Period.parse(first)
    return [(start.shift(i), None if v is None else float(v)) for i, v in enumerate(values)]


def holdout_errors(first, m, n, h, **kind):
    """Mean over seeds of MAE (model, seasonal naive) and MASE of the model."""
    model, naive, mase = [], [], []
    for seed in SEEDS:
        y = synthetic(n + h, m, seed, **kind)
        fc = forecast_values(history(first, y[:n]), h, m)
        predicted = np.array([p.value for p in fc.points])
        benchmark = np.array(seasonal_naive(list(y[:n]), h, m))
        scale = np.mean(np.abs(y[m:n] - y[: n - m]))  # in-sample seasonal-naive MAE
        model.append(np.mean(np.abs(predicted - y[n:])))
        naive.append(np.mean(np.abs(benchmark - y[n:])))
        mase.append(model[-1] / scale)
    return np.mean(model), np.mean(naive), np.mean(mase)


@pytest.mark.parametrize(
    ("first", "m", "n", "h", "kind", "max_ratio"),
    [
        # measured: MAE 4.9 vs 23.3 (monthly), 4.9 vs 12.8 (quarterly), 8.6 vs 23.3 (mult.)
        ("2019-01", 12, 60, 12, {}, 0.35),
        ("2015-Q1", 4, 40, 8, {}, 0.6),
        ("2019-01", 12, 60, 12, {"multiplicative": True}, 0.6),
        ("2015-Q1", 4, 40, 8, {"multiplicative": True}, 0.7),
        # no trend: the naive forecast is only hurt by noise, the model must still win
        ("2019-01", 12, 60, 12, {"trend": 0.0}, 0.95),
    ],
)
def test_beats_seasonal_naive_on_hold_out(first, m, n, h, kind, max_ratio):
    model, naive, mase = holdout_errors(first, m, n, h, **kind)
    assert model < max_ratio * naive
    assert mase < 1.0


def test_band_covers_about_80_percent():
    inside = total = 0
    for seed in SEEDS:
        y = synthetic(72, 12, seed)
        fc = forecast_values(history("2019-01", y[:60]), 12, 12)
        inside += sum(p.low <= a <= p.high for p, a in zip(fc.points, y[60:], strict=True))
        total += 12
    assert 0.6 <= inside / total <= 0.95


def test_band_widens_with_horizon():
    fc = forecast_values(history("2019-01", synthetic(48, 12, 1)), 24, 12)
    widths = [p.high - p.low for p in fc.points]
    assert widths[0] > 0
    assert all(b >= a - 1e-9 for a, b in pairwise(widths))


def test_pure_trend_is_extrapolated():
    fc = forecast_values(history("2024-01", [10 + 3 * i for i in range(10)]), 5, 12)
    assert fc.method == ForecastMethod.TREND  # 10 months: too few for a yearly season
    assert [round(p.value, 6) for p in fc.points] == [40, 43, 46, 49, 52]
    assert fc.points[0].period == Period.parse("2024-11")


def test_not_enough_history():
    with pytest.raises(NotEnoughHistoryError) as info:
        forecast_values(history("2024-01", [1, 2, None, None, 3, 4, 5]), 3, 12)
    assert (info.value.observed, info.value.needed) == (5, MIN_OBSERVATIONS)
    assert "not enough history" in str(info.value)


def test_seasonal_needs_two_values_per_position():
    y = list(synthetic(30, 12, 0))
    assert forecast_values(history("2020-01", y), 3, 12).method == ForecastMethod.SEASONAL
    y[13] = y[25] = None  # February seen once only
    assert forecast_values(history("2020-01", y), 3, 12).method == ForecastMethod.TREND


def test_gaps_are_gaps_not_zeros():
    y = list(synthetic(48, 12, 3))
    holed = y.copy()
    for i in (5, 17, 30, 31, 47):
        holed[i] = None
    fc = forecast_values(history("2020-01", holed), 6, 12)
    full = forecast_values(history("2020-01", y), 6, 12)
    for a, b in zip(fc.points, full.points, strict=True):
        assert abs(a.value - b.value) < 15  # a zero at a gap would drag it far down
    assert [g.period.label() for g in fc.gap_estimates] == [
        "2020-06",
        "2021-06",
        "2022-07",
        "2022-08",
        "2023-12",
    ]
    assert all(
        abs(g.value - y[i]) < 20 for g, i in zip(fc.gap_estimates, (5, 17, 30, 31, 47), strict=True)
    )
    # the last month is a gap, so the first future month lies 2 steps past a value
    assert fc.points[0].steps == 2 and fc.gap_estimates[-1].steps == 1


def test_total_band_is_between_independent_and_fully_correlated():
    fc = forecast_values(history("2020-01", synthetic(48, 12, 4)), 12, 12)
    value, low, high = fc.total(fc.points)
    assert value == pytest.approx(sum(p.value for p in fc.points))
    half = (high - low) / 2
    independent = math.sqrt(sum(((p.high - p.low) / 2) ** 2 for p in fc.points))
    correlated = sum((p.high - p.low) / 2 for p in fc.points)
    assert independent <= half + 1e-9 and half <= correlated + 1e-9


def test_forecast_to_fiscal_year_end_from_a_series():
    first = Period.parse("2021-01")
    y = synthetic(40, 12, 5)
    values = {first.shift(i): float(v) for i, v in enumerate(y)}
    series = KpiSeries.plain(Frequency.MONTH, RollUp.SUM, values, fiscal_start_month=7)
    last = Period.parse("2023-12")  # values after it are ignored
    fc = forecast_to_year_end(series, last, 7)
    assert [p.period.label() for p in fc.points][0::5] == ["2024-01", "2024-06"]
    assert len(fc.points) == 6
    assert forecast_to_year_end(series, Period.parse("2024-06"), 7).points == []
    again = forecast_series(series, last, 6)
    assert [p.value for p in again.points] == [p.value for p in fc.points]


@pytest.mark.parametrize(
    ("frequency", "first", "n", "method"),
    [
        (Frequency.DAY, "2024-01-01", 400, ForecastMethod.SEASONAL),
        (Frequency.WEEK, "2022-W01", 60, ForecastMethod.TREND),
        (Frequency.QUARTER, "2020-Q1", 12, ForecastMethod.SEASONAL),
    ],
)
def test_other_frequencies(frequency, first, n, method):
    start = Period.parse(first)
    values = {start.shift(i): 50 + (i % 7) for i in range(n)}
    series = KpiSeries.plain(frequency, RollUp.SUM, values)
    fc = forecast_series(series, start.shift(n - 1), 4)
    assert fc.method == method
    assert len(fc.points) == 4 and fc.points[0].period == start.shift(n)


def test_empty_series_has_not_enough_history():
    series = KpiSeries.plain(Frequency.MONTH, RollUp.SUM, {})
    with pytest.raises(NotEnoughHistoryError):
        forecast_to_year_end(series, Period.parse("2026-03"), 1)
