"""Charts as native PDF vector graphics: sharp at any zoom, tiny in the file.

Drawn from the same `Point`s the summary numbers come from. Line styles, not
only colours, tell the series apart, so a black-and-white print still reads:
actual solid, target dashed, stretch dotted, benchmark thin, forecast dotted grey.

A chart is a flowable that records its lines, dots and labels and draws them
straight onto the page with canvas primitives, setting a colour or a width
only when it changes and stroking lines of one style as one path. (ReportLab's
`graphics.Drawing` would save and restore the graphics state around every
shape: a third of a scorecard's build time for the same picture.)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kpidesk.reports.cells import Placed, draw_strings
from kpidesk.reports.fonts import REGULAR
from kpidesk.reports.scorecard_data import KpiLine, Point
from kpidesk.reports.styles import FAINT, INK, MUTED, RULE

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


Style = tuple[colors.Color, float, tuple[float, ...] | None]
"""A line's colour, width and dash pattern (None: solid)."""


class VectorChart(Flowable):
    """A chart of lines, dots and labels, drawn onto the page with canvas primitives.

    Shapes are drawn in the order they were added (later ones on top).
    """

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self._shapes: list[tuple] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def line(
        self,
        points: Sequence[tuple[float, float]],
        colour: colors.Color,
        width: float,
        dash: tuple[float, ...] | None = None,
    ) -> None:
        """A line through two or more points."""
        self._shapes.append(("line", (colour, width, dash), tuple(points)))

    def dot(
        self,
        x: float,
        y: float,
        radius: float,
        fill: colors.Color,
        ring: colors.Color | None = None,
        ring_width: float = 1.0,
    ) -> None:
        """A filled circle, with a ring of another colour around it if asked."""
        self._shapes.append(("dot", (x, y, radius, fill, ring, ring_width)))

    def text(
        self, x: float, y: float, text: str, size: float, colour: colors.Color, anchor: str
    ) -> None:
        """A label in the report font, anchored at its "start", "middle" or "end"."""
        self._shapes.append(("text", (x, y, text, size, colour, anchor)))

    def frame(self, x: float, y: float, width: float, height: float, colour: colors.Color) -> None:
        """The outline of a rectangle (1 pt)."""
        self._shapes.append(("frame", (x, y, width, height, colour)))

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineCap(0)
        canvas.setLineJoin(0)
        canvas.setMiterLimit(10)
        pen = _Pen(canvas)
        shapes = self._shapes
        labels: list[Placed] = []
        i = 0
        while i < len(shapes):
            kind, spec = shapes[i][0], shapes[i][1]
            if kind == "line":
                # consecutive lines of one style are stroked together: the same ink, one operator
                path = canvas.beginPath()
                while i < len(shapes) and shapes[i][0] == "line" and shapes[i][1] == spec:
                    (x, y), *rest = shapes[i][2]
                    path.moveTo(x, y)
                    for x, y in rest:
                        path.lineTo(x, y)
                    i += 1
                pen.stroke_style(spec)
                canvas.drawPath(path, stroke=1, fill=0)
                continue
            if kind == "frame":
                x, y, width, height, colour = spec
                pen.stroke_style((colour, 1.0, None))
                canvas.rect(x, y, width, height, stroke=1, fill=0)
            elif kind == "dot":
                x, y, radius, fill, ring, ring_width = spec
                pen.fill(fill)
                if ring is not None:
                    pen.stroke_style((ring, ring_width, None))
                canvas.circle(x, y, radius, stroke=int(ring is not None), fill=1)
            else:
                x, y, text, size, colour, anchor = spec
                if anchor != "start":
                    x -= stringWidth(text, REGULAR, size) * (0.5 if anchor == "middle" else 1.0)
                labels.append((x, y, text, REGULAR, size, colour))
            i += 1
        if labels:  # on top of the lines and dots, as one text object
            draw_strings(canvas, labels)


class _Pen:
    """The canvas's current colours and line style: each set only when it changes."""

    def __init__(self, canvas: object) -> None:
        self.canvas = canvas
        self._stroke: Style | None = None
        self._fill: colors.Color | None = None

    def stroke_style(self, style: Style) -> None:
        if style == self._stroke:
            return
        colour, width, dash = style
        old = self._stroke or (None, None, ())
        if colour != old[0]:
            self.canvas.setStrokeColor(colour)
        if width != old[1]:
            self.canvas.setLineWidth(width)
        if dash != old[2]:
            if dash:
                self.canvas.setDash(dash, 0)
            else:
                self.canvas.setDash()
        self._stroke = style

    def fill(self, colour: colors.Color) -> None:
        if colour != self._fill:
            self.canvas.setFillColor(colour)
            self._fill = colour


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


def _steps(chart: VectorChart, scale: _Scale, values: Sequence[float | None], dash: tuple) -> None:
    """A target as a step line: flat over each period, a jump where it changed.

    An unchanged target extends the flat stretch instead of adding points on it.
    """
    half = scale.step / 2
    for run in _runs(values):
        coords: list[tuple[float, float]] = []
        previous = None
        for i, v in run:
            x = scale.x(i)
            if v == previous:
                coords[-1] = (x + half, coords[-1][1])
            else:
                y = scale.y(v)
                coords += [(x - half, y), (x + half, y)]
            previous = v
        chart.line(coords, TARGET, 0.9, dash)


def _actuals(
    chart: VectorChart, scale: _Scale, values: Sequence[float | None], width: float
) -> None:
    for run in _runs(values):
        if len(run) == 1:
            i, v = run[0]
            chart.dot(scale.x(i), scale.y(v), 1.2, ACTUAL)
        else:
            chart.line([(scale.x(i), scale.y(v)) for i, v in run], ACTUAL, width)


def sparkline(points: Sequence[Point], width: float, height: float) -> VectorChart:
    """A small trend line with the target as a dashed step line and the last value marked."""
    chart = VectorChart(width, height)
    span = _value_range(points, [])
    if span is None or not points:
        chart.line([(2, height / 2), (width - 2, height / 2)], FAINT, 1.0)
        return chart
    low, high = span
    pad = (high - low) * 0.12 or abs(high) * 0.1 or 1.0
    scale = _Scale(len(points), low - pad, high + pad, (1, 2, width - 4, height - 4))
    _steps(chart, scale, [p.realistic for p in points], DASHED)
    _actuals(chart, scale, [p.actual for p in points], 1.1)
    last = points[-1].actual
    if last is not None and math.isfinite(last):
        x, y = scale.x(len(points) - 1), scale.y(last)
        chart.dot(x, y, 1.9, ACTUAL, colors.white, 0.4)
    return chart


def kpi_chart(
    line: KpiLine,
    width: float,
    height: float,
    fmt: Callable[[float], str],
    period_label: Callable[[Point], str],
) -> VectorChart:
    """The KPI's history with targets in force, benchmarks and a simple forecast."""
    chart = VectorChart(width, height)
    points = list(line.history)
    bench_values = [b.value for b in line.benchmarks]
    span = _value_range(points, [*bench_values, *line.forecast])
    if span is None or not points:
        chart.frame(0, 0, width, height, FAINT)
        return chart
    ticks = nice_ticks(*span)
    labels = [fmt(t) for t in ticks]
    label_width = max(stringWidth(label, REGULAR, 6.5) for label in labels) + 4
    n = len(points) + len(line.forecast)
    box = (label_width, 14, width - label_width - 4, height - 20)
    scale = _Scale(n, ticks[0], ticks[-1], box)
    _grid(chart, scale, ticks, labels)
    _x_labels(chart, scale, points, period_label)
    if line.forecast and points[-1].actual is not None:
        coords = [(scale.x(len(points) - 1), scale.y(points[-1].actual))]
        coords += [(scale.x(len(points) + k), scale.y(v)) for k, v in enumerate(line.forecast)]
        chart.line(coords, FORECAST, 1.0, DOTTED)
    _steps(chart, scale, [p.stretch for p in points], DOTTED)
    _steps(chart, scale, [p.realistic for p in points], DASHED)
    for bench in line.benchmarks:
        y = scale.y(bench.value)
        chart.line([(box[0], y), (box[0] + box[2], y)], BENCH, 0.6)
    _actuals(chart, scale, [p.actual for p in points], 1.4)
    last = points[-1].actual
    if last is not None and math.isfinite(last):
        x, y = scale.x(len(points) - 1), scale.y(last)
        chart.dot(x, y, 2.4, ACTUAL, colors.white, 0.6)
    return chart


def _grid(chart: VectorChart, scale: _Scale, ticks: list[float], labels: list[str]) -> None:
    right = scale.x0 + scale.width
    # lines first, then labels: nothing overlaps, and the lines are stroked as one path
    for t in ticks:
        chart.line([(scale.x0, scale.y(t)), (right, scale.y(t))], FAINT, 0.5)
    for t, label in zip(ticks, labels, strict=True):
        chart.text(scale.x0 - 3, scale.y(t) - 2.2, label, 6.5, MUTED, "end")
    chart.line([(scale.x0, scale.y0), (right, scale.y0)], RULE, 0.6)


def _x_labels(
    chart: VectorChart, scale: _Scale, points: list[Point], label: Callable[[Point], str]
) -> None:
    every = max(1, math.ceil(len(points) / 6))
    last = len(points) - 1
    shown = range(last, -1, -every)  # anchored on the reported period
    for i in shown:
        chart.line([(scale.x(i), scale.y0), (scale.x(i), scale.y0 - 2)], RULE, 0.5)
    for i in shown:
        colour = INK if i == last else MUTED
        chart.text(scale.x(i), scale.y0 - 9, label(points[i]), 6.3, colour, "middle")
