"""The KPI detail screen: targets stepped at their dates, gaps, forecast, lead/lag, export."""

from __future__ import annotations

import math
import random
from datetime import date

import pytest
from PySide6.QtGui import QImage

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency, RollUp
from kpidesk.gui.models.chart_data import step_points, x_of
from kpidesk.gui.screens.kpi_detail import KpiDetailScreen
from kpidesk.store import kpis
from kpidesk.store.measurements import ValueRow, write_values
from kpidesk.store.series import load_series
from kpidesk.store.targets import set_target
from tests.gui.screens_support import make_context, open_demo, unnamed_focusable

TODAY = date(2026, 11, 27)


def _screen(qtbot, context) -> KpiDetailScreen:
    screen = KpiDetailScreen(context, today=TODAY)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    return screen


def _kpi_id(context, code: str) -> int:
    found = kpis.kpi_by_code(context.store, code)
    assert found is not None
    return found.id


def _monthly(store, code: str, values: dict[date, float | None]) -> Kpi:
    kpi = kpis.add_kpi(
        store, Kpi(0, code, code.title(), frequency=Frequency.MONTH, rollup=RollUp.SUM)
    )
    rows = [ValueRow(kpi.id, day, value) for day, value in values.items() if value is not None]
    write_values(store, rows)
    return kpi


def _months(first: date, count: int) -> list[date]:
    period = Period.containing(Frequency.MONTH, first)
    return [period.shift(i).start for i in range(count)]


@pytest.fixture
def demo_screen(qtbot, demo_path, tmp_path):
    context = make_context(tmp_path, open_demo(demo_path, read_only=True))
    screen = _screen(qtbot, context)
    yield screen, context
    context.set_store(None)


def test_target_steps_exactly_at_the_mid_year_change(demo_screen) -> None:
    screen, context = demo_screen
    screen.show_kpi(_kpi_id(context, "REVENUE"))
    curve = screen.chart.items["realistic"]
    xs, ys = list(curve.xData), list(curve.yData)
    change = x_of(date(2025, 5, 1))
    before = [y for x, y in zip(xs, ys, strict=True) if x < change]
    after = [y for x, y in zip(xs, ys, strict=True) if x > change]
    assert set(before) == {900_000.0}
    assert set(after) == {950_000.0}
    # the vertical part of the step stands on 1 May 2025
    assert next(x for x, y in zip(xs, ys, strict=True) if y == 950_000.0) == change
    assert [x for x, y in zip(xs, ys, strict=True) if y == 900_000.0][-1] == change


def test_chart_values_are_the_series_values_and_forecast_band_and_pace(demo_screen) -> None:
    screen, context = demo_screen
    kpi_id = _kpi_id(context, "REVENUE")
    screen.show_kpi(kpi_id)
    series = load_series(context.store)[(kpi_id, "")]
    curve = screen.chart.items["actual"]
    plotted = dict(zip(curve.xData, curve.yData, strict=True))
    data = screen.data
    assert data is not None and len(data.periods) >= 24
    for period in data.periods:
        assert plotted[x_of(period.start)] == series.value(period).value
    assert "forecast_band" in screen.chart.items  # three years of monthly history
    assert "Not enough history" not in screen.ui.forecast_label.text()
    assert screen.ui.pace_label.text().startswith("At this pace: NOK")
    assert "m of NOK" in screen.ui.pace_label.text()
    assert screen.ui.notes_list.count() >= 2  # a comment and the review decision
    texts = [screen.ui.notes_list.item(i).text() for i in range(screen.ui.notes_list.count())]
    assert any("adjust the target" in t for t in texts)
    assert unnamed_focusable(screen) == []


def test_missing_values_are_gaps_and_short_history_says_so(qtbot, store, tmp_path) -> None:
    months = _months(date(2026, 2, 1), 9)  # Feb…Oct 2026, June missing
    values = {day: 100.0 + i for i, day in enumerate(months)}
    values[date(2026, 6, 1)] = None
    kpi = _monthly(store, "SHORT", values)
    context = make_context(tmp_path, store)
    screen = _screen(qtbot, context)
    screen.show_kpi(kpi.id)
    curve = screen.chart.items["actual"]
    plotted = dict(zip(curve.xData, curve.yData, strict=True))
    assert math.isnan(plotted[x_of(date(2026, 6, 1))])  # a gap, not a zero
    assert plotted[x_of(date(2026, 7, 1))] == 100.0 + 5
    assert 0.0 not in plotted.values()
    assert "Not enough history" not in screen.ui.forecast_label.text()  # 8 values are enough

    few = _monthly(store, "FEW", {day: 10.0 for day in _months(date(2026, 7, 1), 4)})
    screen.refresh()
    screen.show_kpi(few.id)
    assert "forecast_band" not in screen.chart.items
    assert screen.ui.forecast_label.text().startswith("Not enough history to forecast: 4 values")
    context.set_store(None)


def test_lead_lag_finds_a_planted_lag_of_two(qtbot, store, tmp_path) -> None:
    rng = random.Random(7)
    months = _months(date(2022, 1, 1), 58)  # Jan 2022 … Oct 2026
    level, lead = 1000.0, {}
    for day in months:
        level += rng.gauss(0, 50)
        lead[day] = level
    lag = {
        day: 3 * lead[months[i - 2]] + rng.gauss(0, 20) for i, day in enumerate(months) if i >= 2
    }
    leading = _monthly(store, "ADS", lead)
    lagging = _monthly(store, "SALES", lag)
    context = make_context(tmp_path, store)
    screen = _screen(qtbot, context)
    screen.show_kpi(leading.id)
    screen.set_pair(leading.id, lagging.id)
    result = screen.lead_lag_result
    assert result is not None and result.best_lag == 2
    assert "Best lag: 2 periods" in screen.ui.best_lag_label.text()
    assert screen.ui.verdict_label.text().startswith("A strong relation")
    assert "2 periods later" in screen.ui.verdict_label.text()
    assert "bars" in screen.lead_lag_chart.items
    context.set_store(None)


def test_too_little_data_names_the_minimum(demo_screen) -> None:
    screen, context = demo_screen
    screen.set_pair(_kpi_id(context, "STAFF_ENGAGEMENT"), _kpi_id(context, "CUSTOMER_SATISFACTION"))
    assert screen.ui.verdict_label.text().startswith("Too little data")
    assert "at least 12" in screen.ui.verdict_label.text()


def test_channels_as_lines_and_stacked_bars_and_the_mix(demo_screen) -> None:
    screen, context = demo_screen
    screen.show_kpi(_kpi_id(context, "WEB_VISITS"))
    assert screen.ui.view_combo.count() == 3
    screen.set_view("lines")
    lines = [k for k in screen.chart.items if k.startswith("channel:")]
    assert len(lines) == 5
    assert len(screen.chart.legend.items) == 5
    screen.set_view("bars")
    assert len([k for k in screen.chart.items if k.startswith("bars:")]) == 5
    assert screen.ui.mix_label.text().startswith("In October 2026:")
    assert "%" in screen.ui.mix_label.text()


def test_hover_words_and_qualitative_kpi(demo_screen) -> None:
    screen, context = demo_screen
    screen.show_kpi(_kpi_id(context, "REVENUE"))
    text = screen.chart.describe(x_of(date(2025, 7, 15)))
    assert text.startswith("July 2025: NOK")
    assert "target NOK\u00a0950,000" in text
    screen.show_kpi(_kpi_id(context, "CUSTOMER_SATISFACTION"))
    assert screen.data is not None and screen.data.periods
    assert screen.ui.view_combo.count() == 1


def test_export_writes_png_and_svg(demo_screen, tmp_path) -> None:
    screen, context = demo_screen
    screen.show_kpi(_kpi_id(context, "REVENUE"))
    png = screen.export_chart(tmp_path / "revenue.png")
    svg = screen.export_chart(tmp_path / "revenue.svg")
    image = QImage(str(png))
    assert image.width() >= 1200 and image.height() > 100
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text


def test_step_points_hold_each_value_until_the_next_start() -> None:
    assert step_points([0, 10, 20], [1.0, 1.0, 2.0], 30) == ([0, 20, 20, 30], [1.0, 1.0, 2.0, 2.0])


def test_targets_with_a_later_start_leave_earlier_periods_without_target(store, qtbot, tmp_path):
    kpi = _monthly(store, "LATE", {day: 5.0 for day in _months(date(2025, 1, 1), 22)})
    set_target(store, Target(kpi.id, date(2026, 3, 1), realistic=6.0))
    context = make_context(tmp_path, store)
    screen = _screen(qtbot, context)
    screen.show_kpi(kpi.id)
    targets = screen.data.targets["realistic"]
    assert math.isnan(targets[0]) and targets[-1] == 6.0
    context.set_store(None)


def test_the_screen_module_does_not_import_pyqtgraph() -> None:
    import subprocess
    import sys

    code = (
        "import sys, kpidesk.gui.screens.kpi_detail, kpidesk.gui.screens.registry;"
        "print('pyqtgraph' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
