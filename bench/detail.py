"""Budgets of the KPI detail chart: 10 years of daily values in 5 channels (3 650 points each).

First paint: the chart built from prepared data, drawn and painted (≤ 100 ms).
Pan/zoom: one redraw after moving or zooming the view (≤ 16 ms); downsampling
("peak") and clip-to-view keep it to what the screen can show.
"""

from __future__ import annotations

import math
import os
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kpidesk.domain.entities import Kpi, Target
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Frequency, RollUp

DAYS, CHANNELS = 3650, 5
TODAY = date(2026, 11, 27)
Verdict = Callable[[bool], str]


def _series() -> tuple[KpiSeries, list[tuple[str, str, KpiSeries]]]:
    first = TODAY - timedelta(days=DAYS)
    channels, totals = [], [0.0] * DAYS
    for c in range(CHANNELS):
        values = {}
        for i in range(DAYS):
            value = 100 + 20 * c + 30 * math.sin(i / 58.1 + c) + (i * 7919 + c * 104729) % 37
            values[Period(Frequency.DAY, first + timedelta(days=i))] = value
            totals[i] += value
        channels.append(
            (f"ch{c}", f"Channel {c}", KpiSeries.plain(Frequency.DAY, RollUp.SUM, values))
        )
    total = {Period(Frequency.DAY, first + timedelta(days=i)): v for i, v in enumerate(totals)}
    return KpiSeries.plain(Frequency.DAY, RollUp.SUM, total), channels


def _median(work: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def detail_rows(verdict: Verdict) -> list[tuple[str, str, str, str]]:
    """Rows for bench/run.py's table."""
    from kpidesk.gui.app import make_application
    from kpidesk.gui.models.chart_data import build_chart_data
    from kpidesk.gui.widgets.kpi_chart import KpiChart

    app = make_application()
    kpi = Kpi(
        1, "VISITS", "Visits", frequency=Frequency.DAY, rollup=RollUp.SUM, dimension="channel"
    )
    targets = [
        Target(1, date(2017, 1, 1), 600, 700, 550),
        Target(1, date(2022, 7, 1), 650, 750, 600),
    ]
    total, channels = _series()
    prepare_ms = _median(
        lambda: build_chart_data(
            kpi, total, today=TODAY, lang="nb", targets=targets, channels=channels
        ),
        3,
    )
    data = build_chart_data(kpi, total, today=TODAY, lang="nb", targets=targets, channels=channels)
    KpiChart("nb").deleteLater()  # pyqtgraph imported and warmed up once
    app.processEvents()

    def first_paint(mode: str) -> Callable[[], object]:
        def work() -> object:
            chart = KpiChart("nb")
            chart.resize(1280, 640)
            chart.set_data(data, mode)
            image = chart.grab()
            chart.deleteLater()
            return image

        return work

    lines_ms = _median(first_paint("lines"), 5)
    total_ms = _median(first_paint("total"), 5)
    chart = KpiChart("nb")
    chart.resize(1280, 640)
    chart.set_data(data, "lines")
    chart.show()
    chart.grab()
    view = chart.plot.getPlotItem().getViewBox()
    steps = iter(range(10_000))

    def pan_zoom() -> object:
        n = next(steps)
        if n % 2:
            view.scaleBy((0.9 if n % 4 == 1 else 1 / 0.9, 1))
        else:
            view.translateBy(x=30 if n % 4 == 0 else -30)
        return chart.plot.grab()

    pan_ms = _median(pan_zoom, 21)
    chart.close()
    chart.deleteLater()
    app.processEvents()
    return [
        ("detail chart data, 10 y daily × 5 channels", f"{prepare_ms:.0f} ms", "", ""),
        (
            "  first paint, 5 channel lines",
            f"{lines_ms:.1f} ms",
            "≤ 100 ms",
            verdict(lines_ms <= 100),
        ),
        (
            "  first paint, total + targets + forecast",
            f"{total_ms:.1f} ms",
            "≤ 100 ms",
            verdict(total_ms <= 100),
        ),
        ("  pan/zoom redraw", f"{pan_ms:.1f} ms", "≤ 16 ms", verdict(pan_ms <= 16)),
    ]


if __name__ == "__main__":
    for row in detail_rows(lambda ok: "ok" if ok else "OVER"):
        print("  ".join(row))
