"""Charts as native ReportLab vector drawings: sharp at any zoom, tiny in the file.

Drawn from the same `Point`s the summary numbers come from. Line styles, not
only colours, tell the series apart, so a black-and-white print still reads:
actual solid, target dashed, stretch dotted, benchmark thin, forecast dotted grey.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors

from kpidesk.reports.fonts import REGULAR
from kpidesk.reports.scorecard_data import KpiLine, Point
from kpidesk.reports.styles import FAINT, INK, MUTED, RULE

# Attribute checks on every shape assignment cost a third of a chart's build time;
# our shapes are made by this module only (ReportLab's documented speed switch).
rl_config.shapeChecking = 0

ACTUAL = colors.HexColor("#1d4e89")
TARGET = colors.HexColor("#3e4c59")
BENCH = colors.HexColor("#8e6c8a")
FORECAST = colors.HexColor("#7b8794")
DASHED = (3, 2)
DOTTED = (0.8, 1.6)


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round axis values covering low..high, about `count` of them."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0, 1.0]
    if high <= low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(count - 1, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value < high + step * 0.999:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _value_range(points: Sequence[Point], extra: Sequence[float]) -> tuple[float, float] | None:
    values = [v for p in points for v in (p.actual, p.realistic, p.stretch) if v is not None]
    values += [v for v in extra if math.isfinite(v)]
    values = [v for v in values if math.isfinite(v)]
    if not values:
        return None
    return min(values), max(values)


class _Scale:
    """Maps period index and value to drawing coordinates."""

    def __init__(
        self, n: int, low: float, high: float, box: tuple[float, float, float, float]
    ) -> None:
        self.x0, self.y0, self.width, self.height = box
        self.n = max(n, 1)
        self.low, self.high = low, high if high > low else low + 1.0

    @property
    def step(self) -> float:
        return self.width / self.n

    def x(self, i: float) -> float:
        return self.x0 + (i + 0.5) * self.step

    def y(self, v: float) -> float:
        return self.y0 + (v - self.low) / (self.high - self.low) * self.height


def _runs(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Consecutive stretches of known values, as (index, value) lists."""
    runs: list[list[tuple[int, float]]] = [[]]
    for i, v in enumerate(values):
        if v is None or not math.isfinite(v):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append((i, v))
    return [r for r in runs if r]


def _polyline(
    points: list[tuple[float, float]],
    colour: colors.Color,
    width: float,
    dash: tuple[float, ...] | None = None,
) -> PolyLine:
    flat = [c for xy in points for c in xy]
    return PolyLine(flat, strokeColor=colour, strokeWidth=width, strokeDashArray=dash)


def _steps(group: Group, scale: _Scale, values: Sequence[float | None], dash: tuple) -> None:
    """A target as a step line: flat over each period, a jump where it changed."""
    for run in _runs(values):
        coords = []
        for i, v in run:
            y = scale.y(v)
            coords += [(scale.x(i) - scale.step / 2, y), (scale.x(i) + scale.step / 2, y)]
        group.add(_polyline(coords, TARGET, 0.9, dash))


def _actuals(group: Group, scale: _Scale, values: Sequence[float | None], width: float) -> None:
    for run in _runs(values):
        if len(run) == 1:
            i, v = run[0]
            group.add(Circle(scale.x(i), scale.y(v), 1.2, fillColor=ACTUAL, strokeColor=None))
        else:
            group.add(_polyline([(scale.x(i), scale.y(v)) for i, v in run], ACTUAL, width))


def sparkline(points: Sequence[Point], width: float, height: float) -> Drawing:
    """A small trend line with the target as a dashed step line and the last value marked."""
    drawing = Drawing(width, height)
    span = _value_range(points, [])
    if span is None or not points:
        drawing.add(Line(2, height / 2, width - 2, height / 2, strokeColor=FAINT))
        return drawing
    low, high = span
    pad = (high - low) * 0.12 or abs(high) * 0.1 or 1.0
    scale = _Scale(len(points), low - pad, high + pad, (1, 2, width - 4, height - 4))
    group = Group()
    _steps(group, scale, [p.realistic for p in points], DASHED)
    _actuals(group, scale, [p.actual for p in points], 1.1)
    last = points[-1].actual
    if last is not None and math.isfinite(last):
        x, y = scale.x(len(points) - 1), scale.y(last)
        group.add(Circle(x, y, 1.9, fillColor=ACTUAL, strokeColor=colors.white, strokeWidth=0.4))
    drawing.add(group)
    return drawing


def kpi_chart(
    line: KpiLine,
    width: float,
    height: float,
    fmt: Callable[[float], str],
    period_label: Callable[[Point], str],
) -> Drawing:
    """The KPI's history with targets in force, benchmarks and a simple forecast."""
    drawing = Drawing(width, height)
    points = list(line.history)
    bench_values = [b.value for b in line.benchmarks]
    span = _value_range(points, [*bench_values, *line.forecast])
    if span is None or not points:
        drawing.add(Rect(0, 0, width, height, fillColor=None, strokeColor=FAINT))
        return drawing
    ticks = nice_ticks(*span)
    label_width = max(_text_width(fmt(t), 6.5) for t in ticks) + 4
    n = len(points) + len(line.forecast)
    box = (label_width, 14, width - label_width - 4, height - 20)
    scale = _Scale(n, ticks[0], ticks[-1], box)
    group = Group()
    _grid(group, scale, ticks, fmt)
    _x_labels(group, scale, points, period_label)
    if line.forecast and points[-1].actual is not None:
        coords = [(scale.x(len(points) - 1), scale.y(points[-1].actual))]
        coords += [(scale.x(len(points) + k), scale.y(v)) for k, v in enumerate(line.forecast)]
        group.add(_polyline(coords, FORECAST, 1.0, DOTTED))
    _steps(group, scale, [p.stretch for p in points], DOTTED)
    _steps(group, scale, [p.realistic for p in points], DASHED)
    for bench in line.benchmarks:
        y = scale.y(bench.value)
        group.add(Line(box[0], y, box[0] + box[2], y, strokeColor=BENCH, strokeWidth=0.6))
    _actuals(group, scale, [p.actual for p in points], 1.4)
    last = points[-1].actual
    if last is not None and math.isfinite(last):
        x, y = scale.x(len(points) - 1), scale.y(last)
        group.add(Circle(x, y, 2.4, fillColor=ACTUAL, strokeColor=colors.white, strokeWidth=0.6))
    drawing.add(group)
    return drawing


def _grid(group: Group, scale: _Scale, ticks: list[float], fmt: Callable[[float], str]) -> None:
    right = scale.x0 + scale.width
    for t in ticks:
        y = scale.y(t)
        group.add(Line(scale.x0, y, right, y, strokeColor=FAINT, strokeWidth=0.5))
        group.add(
            String(
                scale.x0 - 3,
                y - 2.2,
                fmt(t),
                fontName=REGULAR,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    group.add(Line(scale.x0, scale.y0, right, scale.y0, strokeColor=RULE, strokeWidth=0.6))


def _x_labels(
    group: Group, scale: _Scale, points: list[Point], label: Callable[[Point], str]
) -> None:
    every = max(1, math.ceil(len(points) / 6))
    last = len(points) - 1
    for i in range(last, -1, -every):  # anchored on the reported period
        group.add(
            String(
                scale.x(i),
                scale.y0 - 9,
                label(points[i]),
                fontName=REGULAR,
                fontSize=6.3,
                fillColor=INK if i == last else MUTED,
                textAnchor="middle",
            )
        )
        group.add(
            Line(scale.x(i), scale.y0, scale.x(i), scale.y0 - 2, strokeColor=RULE, strokeWidth=0.5)
        )


def _text_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, REGULAR, size)
