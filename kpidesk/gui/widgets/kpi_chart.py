"""The KPI detail chart and the leading → lagging charts (pyqtgraph).

pyqtgraph (and numpy under it) is imported only here, and only when a chart is
built: the app starts without it. Colours come from the widget's QPalette when
the chart is built, so a dark desktop gets a dark chart.
"""

from __future__ import annotations

import math
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kpidesk.domain.entities import Benchmark, Kpi
from kpidesk.domain.formatting import (
    format_date,
    format_number,
    format_period,
    format_period_short,
    format_value,
)
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.gui.models.chart_data import NAN, ChartData, cause_points, day_of, x_of

if TYPE_CHECKING:
    from kpidesk.domain.leadlag import LeadLag

MODES = ("total", "lines", "bars")
"""The total with targets; one line per channel; channels as stacked bars."""
MAX_BARS = 400
"""Beyond this many periods, stacked bars are drawn per month."""
SYMBOLS_UP_TO = 60
"""Points get a marker when there are this few (a daily line is only a line)."""
THIN_FROM = 500
"""Lines are 1 pixel wide from this many periods on (a redraw stays within a frame)."""
CAUSE_LABELS = 12
"""The latest this many periods with causes get their tags written beside the marker."""

_LIGHT = {
    "actual": "#2F6DB5",
    "realistic": "#2E9E4F",
    "stretch": "#1B7F3B",
    "warning": "#D98E04",
    "range": "#2E9E4F",
    "average": "#7D8590",
    "benchmark": "#7A4FB0",
    "cause": "#8E3FB3",
    "lagging": "#C2571A",
    "competitors": ("#B03A48", "#8A6D0B", "#0F7C8C", "#6B4FA0"),
    "channels": ("#2F6DB5", "#C2571A", "#2E9E4F", "#7A4FB0", "#B8860B", "#C0392B", "#17808E"),
}
_DARK = {
    "actual": "#7FB2F0",
    "realistic": "#5CC47A",
    "stretch": "#8FDB9F",
    "warning": "#F0B43C",
    "range": "#5CC47A",
    "average": "#A9B0B8",
    "benchmark": "#B99BE8",
    "cause": "#D6A4F0",
    "lagging": "#F08A4B",
    "competitors": ("#F0828E", "#E0C35A", "#6FD0DC", "#C3A8F0"),
    "channels": ("#7FB2F0", "#F08A4B", "#5CC47A", "#B99BE8", "#E8C65A", "#F07A6E", "#5FC9D6"),
}


def chart_colours(palette: QPalette) -> dict[str, Any]:
    """Line colours for the palette (light or dark), plus its background and text colours."""
    background = palette.color(QPalette.ColorRole.Base)
    colours = dict(_DARK if background.lightness() < 128 else _LIGHT)
    colours["background"] = background.name()
    colours["text"] = palette.color(QPalette.ColorRole.Text).name()
    return colours


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


@cache
def _period_axis() -> type:
    """An x axis of dates (ordinals) with ticks on month, year or day starts, localised."""
    import pyqtgraph as pg

    class PeriodAxis(pg.AxisItem):
        def __init__(self, lang: str) -> None:
            super().__init__("bottom")
            self.lang = lang

        def tickValues(self, minVal: float, maxVal: float, size: float) -> list:  # noqa: N803
            if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
                return []
            span, room = maxVal - minVal, max(2.0, size / 80)
            if span > 75:
                first, last = day_of(minVal), day_of(maxVal)
                step = next(
                    (s for s in (1, 2, 3, 6, 12, 24, 60, 120) if span / 30.44 / s <= room), 240
                )
                ticks = []
                for m in range(_month_index(first), _month_index(last) + 1):
                    if m % step == 0:
                        tick = x_of(date(m // 12, m % 12 + 1, 1))
                        if minVal <= tick <= maxVal:
                            ticks.append(tick)
                return [(step * 30.44, ticks)]
            step = next((s for s in (1, 2, 7, 14, 28) if span / s <= room), 28)
            start = math.ceil(minVal / step) * step
            return [(float(step), [float(t) for t in range(int(start), int(maxVal) + 1, step)])]

        def tickStrings(self, values: list, scale: float, spacing: float) -> list[str]:
            frequency = (
                Frequency.YEAR
                if spacing >= 360
                else Frequency.MONTH
                if spacing >= 28
                else Frequency.DAY
            )
            return [
                format_period_short(Period.containing(frequency, day_of(v)), self.lang)
                for v in values
            ]

    return PeriodAxis


SOURCE_IN_LABEL = 40
"""Characters of a benchmark's source shown on the chart; the panel below shows all of it."""


def benchmark_label(bench: Benchmark, kpi: Kpi, lang: str) -> str:
    """ "Label: value (as of date; source)", the source shortened to SOURCE_IN_LABEL."""
    source = bench.source.strip() or QCoreApplication.translate("KpiChart", "no source given")
    if len(source) > SOURCE_IN_LABEL:
        source = source[: SOURCE_IN_LABEL - 1].rstrip() + "…"
    # {0} label, {1} value, {2} as-of date, {3} source.
    return QCoreApplication.translate("KpiChart", "{0}: {1} (as of {2}; {3})").format(
        bench.label,
        format_value(bench.value, kpi.unit, kpi.decimals, lang),
        format_date(bench.as_of, lang),
        source,
    )


def _plot_widget(lang: str, colours: dict[str, Any], name: str, accessible: str) -> Any:
    import pyqtgraph as pg

    plot = pg.PlotWidget(
        axisItems={"bottom": _period_axis()(lang)}, background=colours["background"]
    )
    plot.setObjectName(name)
    plot.setAccessibleName(accessible)
    _no_focus(plot)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.showGrid(x=False, y=True, alpha=0.15)
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(colours["text"])
        axis.setTextPen(colours["text"])
    return plot


def _no_focus(plot: Any) -> None:
    """Charts are read with the mouse; keyboard users get the same in words beside them."""
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _YAxisFormat:
    """Tick labels of the y axis in the UI language (1 234,5 / 1,234.5)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, values: list, scale: float, spacing: float) -> list[str]:
        decimals = 0 if spacing >= 1 else min(4, max(0, -math.floor(math.log10(spacing))))
        return [format_number(v * scale, decimals, self.lang) for v in values]


class KpiChart(QWidget):
    """Actuals, targets as steps, warning band, benchmarks, moving average and forecast."""

    hovered = Signal(str)
    """What is under the mouse, in words (period, value, target, comment)."""
    period_clicked = Signal(object)
    """The Period clicked on."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.lang = lang
        self.colours = chart_colours(self.palette())
        self.plot = _plot_widget(
            lang, self.colours, "chart_plot", QCoreApplication.translate("KpiChart", "KPI chart")
        )
        self.plot.setMinimumHeight(260)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        item = self.plot.getPlotItem()
        item.getAxis("left").tickStrings = _YAxisFormat(lang)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.legend = item.addLegend(offset=(8, 4), labelTextColor=self.colours["text"], colCount=3)
        legend_brush = QColor(self.colours["background"])
        legend_brush.setAlpha(210)
        self.legend.setBrush(legend_brush)
        self.hover_label = QLabel(self)
        self.hover_label.setObjectName("hover_label")
        self.hover_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hover_label.setText(
            QCoreApplication.translate(
                "KpiChart", "Point at the chart to see a period's value and target."
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover_label)
        self.items: dict[str, Any] = {}
        self.data: ChartData | None = None
        self.mode = "total"
        self._cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(self.colours["average"], width=1))
        self.plot.scene().sigMouseMoved.connect(self._on_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_clicked)

    # --- drawing -------------------------------------------------------------
    def set_data(self, data: ChartData, mode: str = "total") -> None:
        self.data = data
        self.set_mode(mode)

    def set_mode(self, mode: str) -> None:
        """Draw the total with targets ("total") or the channels ("lines" / "bars")."""
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        item = self.plot.getPlotItem()
        item.clear()
        self.items = {}
        data = self.data
        if data is None or not data.periods:
            return
        if mode == "total" or not data.channels:
            self._draw_total(data)
        elif mode == "lines":
            self._draw_channel_lines(data)
        else:
            self._draw_stacked(data)
        item.addItem(self._cursor, ignoreBounds=True)
        self._cursor.hide()
        columns = [data.actual] if mode == "total" else [c.values for c in data.channels]
        fit_axis_width(self.plot, columns, stacked=mode == "bars")
        self.reset_zoom()

    def _pen(self, colour: str, width: float = 2, style: Qt.PenStyle = Qt.PenStyle.SolidLine):
        if self.data is not None and len(self.data.periods) > THIN_FROM:
            width = 1  # wide pens are many times slower to draw than 1-pixel ones
        return self._pg.mkPen(colour, width=width, style=style)

    def _curve(self, key: str, xs: Any, ys: Any, pen: Any, name: str | None, **extra: Any) -> Any:
        import numpy as np

        curve = self._pg.PlotDataItem(
            np.asarray(xs, dtype=float),
            np.asarray(ys, dtype=float),
            pen=pen,
            name=name,
            connect="finite",
            **extra,
        )
        self.plot.getPlotItem().addItem(curve)
        self.items[key] = curve
        return curve

    def _draw_total(self, data: ChartData) -> None:
        pg, c = self._pg, self.colours
        names = {
            "realistic": QCoreApplication.translate("KpiChart", "Target"),
            "stretch": QCoreApplication.translate("KpiChart", "Stretch target"),
            "warning": QCoreApplication.translate("KpiChart", "Warning level"),
            "low": QCoreApplication.translate("KpiChart", "Range low"),
            "high": QCoreApplication.translate("KpiChart", "Range high"),
        }
        styles = {
            "realistic": (c["realistic"], Qt.PenStyle.SolidLine),
            "stretch": (c["stretch"], Qt.PenStyle.DashLine),
            "warning": (c["warning"], Qt.PenStyle.DotLine),
            "low": (c["range"], Qt.PenStyle.DashLine),
            "high": (c["range"], Qt.PenStyle.DashLine),
        }
        for name in data.target_names():
            xs, ys = data.target_steps(name)
            if any(not math.isnan(y) for y in ys):
                colour, style = styles[name]
                self._curve(name, xs, ys, self._pen(colour, 1.6, style), names[name])
        self._draw_band(data)
        for bench in data.benchmarks:
            line = pg.InfiniteLine(
                pos=bench.value,
                angle=0,
                pen=self._pen(c["benchmark"], 1.2, Qt.PenStyle.DashDotLine),
                label=benchmark_label(bench, data.kpi, self.lang),
                labelOpts={"position": 0.98, "color": c["benchmark"], "anchors": [(1, 1), (1, 1)]},
            )
            self.plot.getPlotItem().addItem(line)
            self.items.setdefault("benchmarks", []).append(line)
        self._draw_competitors(data)
        few = len(data.periods) <= SYMBOLS_UP_TO
        self._curve(
            "actual",
            data.x,
            data.actual,
            self._pen(c["actual"], 2.4),
            QCoreApplication.translate("KpiChart", "Actual"),
            symbol="o" if few else None,
            symbolSize=6,
            symbolBrush=c["actual"],
            symbolPen=None,
        )
        if data.average:
            self._curve(
                "average",
                data.x,
                data.average,
                self._pen(c["average"], 1.5),
                QCoreApplication.translate("KpiChart", "Moving average ({0} periods)").format(
                    data.average_window
                ),
            )
        self._draw_forecast(data)
        self._draw_causes(data)

    def _draw_causes(self, data: ChartData) -> None:
        """A marker on each period whose value cause tags explain, the latest ones labelled."""
        points = cause_points(data)
        if not points:
            return
        pg, colour = self._pg, self.colours["cause"]
        markers = pg.ScatterPlotItem(
            [x for x, _, _ in points],
            [y for _, y, _ in points],
            symbol="d",
            size=12,
            brush=colour,
            pen=pg.mkPen(self.colours["background"], width=1.2),
            name=QCoreApplication.translate("KpiChart", "Causes noted"),
        )
        item = self.plot.getPlotItem()
        item.addItem(markers)
        self.items["causes"] = markers
        labels = []
        shown = points[-CAUSE_LABELS:]
        texts = [", ".join(data.causes[period]) for _, _, period in shown]
        for i, (x, y, _period) in enumerate(shown):
            # A run of periods with the same causes is labelled once, at its end:
            # labels of neighbouring weeks would print on top of each other.
            if i + 1 < len(shown) and texts[i + 1] == texts[i]:
                continue
            label = pg.TextItem(texts[i], color=colour, anchor=(0.5, 1.3))
            label.setPos(x, y)
            item.addItem(label)
            labels.append(label)
        self.items["cause_labels"] = labels

    def _draw_competitors(self, data: ChartData) -> None:
        """Each competitor's dated figures as points joined by a thin dotted line."""
        palette = self.colours["competitors"]
        for n, line in enumerate(data.competitors):
            colour = palette[n % len(palette)]
            self._curve(
                f"competitor:{line.name}",
                line.x,
                line.values,
                self._pen(colour, 1.2, Qt.PenStyle.DotLine),
                line.name,
                symbol="t",
                symbolSize=9,
                symbolBrush=colour,
                symbolPen=None,
            )

    def _draw_band(self, data: ChartData) -> None:
        """The warning band (between warning and target), or the range low…high."""
        pg = self._pg
        low_name, high_name = (
            ("low", "high") if "low" in data.target_names() else ("warning", "realistic")
        )
        lows, highs = data.targets.get(low_name, []), data.targets.get(high_name, [])
        xs: list[float] = []
        ys_low: list[float] = []
        ys_high: list[float] = []
        for i, (lo, hi) in enumerate(zip(lows, highs, strict=True)):
            if math.isnan(lo) or math.isnan(hi):
                continue
            right = data.x[i + 1] if i + 1 < len(data.x) else data.end_x
            if xs and ys_low[-1] == lo and ys_high[-1] == hi and xs[-1] == data.x[i]:
                xs[-1] = right  # the same band continues: extend it
                continue
            xs += [data.x[i], right]
            ys_low += [lo, lo]
            ys_high += [hi, hi]
        if not xs:
            return
        colour = QColor(self.colours["range" if low_name == "low" else "warning"])
        colour.setAlpha(40)
        low_curve = pg.PlotCurveItem(xs, ys_low, pen=None)
        high_curve = pg.PlotCurveItem(xs, ys_high, pen=None)
        band = pg.FillBetweenItem(low_curve, high_curve, brush=colour)
        self.plot.getPlotItem().addItem(band)
        self.items["warning_band"] = band

    def _draw_forecast(self, data: ChartData) -> None:
        forecast = data.forecast
        if forecast is None or not forecast.points or data.last_actual is None:
            return
        pg = self._pg
        last_value = data.actual[-1]
        xs = [data.x[-1]] + [x_of(p.period.start) for p in forecast.points]
        values = [last_value] + [p.value for p in forecast.points]
        lows = [last_value] + [p.low for p in forecast.points]
        highs = [last_value] + [p.high for p in forecast.points]
        colour = QColor(self.colours["actual"])
        colour.setAlpha(55)
        low_curve = pg.PlotCurveItem(xs, lows, pen=None)
        high_curve = pg.PlotCurveItem(xs, highs, pen=None)
        band = pg.FillBetweenItem(low_curve, high_curve, brush=colour)
        self.plot.getPlotItem().addItem(band)
        self.items["forecast_band"] = band
        self.items["forecast_low"], self.items["forecast_high"] = low_curve, high_curve
        self._curve(
            "forecast",
            xs,
            values,
            self._pen(self.colours["actual"], 2, Qt.PenStyle.DashLine),
            QCoreApplication.translate("KpiChart", "Forecast (80 % band)"),
        )

    def _draw_channel_lines(self, data: ChartData) -> None:
        palette = self.colours["channels"]
        for n, channel in enumerate(data.channels):
            self._curve(
                f"channel:{channel.code}",
                data.x,
                channel.values,
                self._pen(palette[n % len(palette)], 1.8),
                channel.name,
            )

    def _draw_stacked(self, data: ChartData) -> None:
        """Stacked bars per channel (per month when there are many periods)."""
        pg = self._pg
        periods, columns = data.periods, [c.values for c in data.channels]
        if len(periods) > MAX_BARS and all(c.series for c in data.channels):
            months = sorted(
                {
                    Period.containing(Frequency.MONTH, p.anchor, p.fiscal_start_month)
                    for p in periods
                }
            )
            periods = months
            columns = [[_nan(c.series.value(m).value) for m in months] for c in data.channels]  # type: ignore[union-attr]
        xs = [x_of(p.start) + p.days / 2 for p in periods]
        widths = [p.days * 0.8 for p in periods]
        bottom = [0.0] * len(periods)
        palette = self.colours["channels"]
        for n, (channel, values) in enumerate(zip(data.channels, columns, strict=True)):
            heights = [0.0 if math.isnan(v) else v for v in values]
            colour = palette[n % len(palette)]
            bars = pg.BarGraphItem(
                x=xs,
                y0=list(bottom),
                height=heights,
                width=widths,
                brush=colour,
                pen=None,
                name=channel.name,
            )
            self.plot.getPlotItem().addItem(bars)
            self.items[f"bars:{channel.code}"] = bars
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]

    def _fix_y_range(self, data: ChartData) -> None:
        scale = data.kpi.scale
        view = self.plot.getPlotItem().getViewBox()
        if scale is not None and self.mode == "total":
            view.setLimits(yMin=scale.minimum, yMax=scale.maximum)  # never beyond the scale
        else:
            view.setLimits(yMin=None, yMax=None)
        view.enableAutoRange(axis="y", enable=True)

    def reset_zoom(self) -> None:
        """Show the whole history and the forecast."""
        data = self.data
        view = self.plot.getPlotItem().getViewBox()
        if data is None or not data.periods:
            return
        right = data.end_x
        if self.mode == "total" and data.forecast and data.forecast.points:
            right = x_of(data.forecast.points[-1].period.end) + 1
        if self.mode == "total" and data.competitors:  # a figure dated after the last period
            right = max([right] + [line.x[-1] + 1 for line in data.competitors])
        view.setXRange(data.x[0], right, padding=0.02)
        self._fix_y_range(data)

    # --- hover, click, export --------------------------------------------------
    def describe(self, x: float) -> str:
        """The period under x in words: value, target and comment (or the forecast)."""
        data = self.data
        if data is None or not data.periods:
            return ""
        lang, kpi = self.lang, data.kpi
        i = data.index_at(x)
        if i is None:
            return self._describe_forecast(x)
        period = data.periods[i]
        value = data.actual[i]
        parts = [
            QCoreApplication.translate("KpiChart", "{0}: {1}").format(
                format_period(period, lang),
                QCoreApplication.translate("KpiChart", "no value")
                if math.isnan(value)
                else format_value(value, kpi.unit, kpi.decimals, lang),
            )
        ]
        if self.mode != "total" and data.channels:
            parts += [
                f"{c.name} {format_value(_none(c.values[i]), kpi.unit, kpi.decimals, lang)}"
                for c in data.channels
            ]
        realistic = data.targets.get("realistic", [])
        low, high = data.targets.get("low", []), data.targets.get("high", [])
        if realistic and not math.isnan(realistic[i]):
            parts.append(
                QCoreApplication.translate("KpiChart", "target {0}").format(
                    format_value(realistic[i], kpi.unit, kpi.decimals, lang)
                )
            )
        elif low and high and not (math.isnan(low[i]) and math.isnan(high[i])):
            parts.append(
                QCoreApplication.translate("KpiChart", "range {0}–{1}").format(
                    format_value(_none(low[i]), kpi.unit, kpi.decimals, lang),
                    format_value(_none(high[i]), kpi.unit, kpi.decimals, lang),
                )
            )
        comment = data.comments.get(period)
        if comment:
            parts.append(f"“{comment}”")
        causes = data.causes.get(period)
        if causes:
            parts.append(
                QCoreApplication.translate("KpiChart", "causes: {0}").format(", ".join(causes))
            )
        return " · ".join(parts)

    def _describe_forecast(self, x: float) -> str:
        data = self.data
        if data is None or data.forecast is None:
            return ""
        kpi, lang = data.kpi, self.lang
        for point in data.forecast.points:
            if x_of(point.period.start) <= x < x_of(point.period.end) + 1:
                return QCoreApplication.translate(
                    "KpiChart", "{0}: forecast {1} (80 % band {2} to {3})"
                ).format(
                    format_period(point.period, lang),
                    format_value(point.value, kpi.unit, kpi.decimals, lang),
                    format_value(point.low, kpi.unit, kpi.decimals, lang),
                    format_value(point.high, kpi.unit, kpi.decimals, lang),
                )
        return ""

    def _on_moved(self, pos: QPointF) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            return
        x = view.mapSceneToView(pos).x()
        text = self.describe(x)
        if text:
            self._cursor.setPos(x)
            self._cursor.show()
            self.hover_label.setText(text)
            self.hovered.emit(text)

    def _on_clicked(self, event: Any) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if self.data is None or not view.sceneBoundingRect().contains(event.scenePos()):
            return
        i = self.data.index_at(view.mapSceneToView(event.scenePos()).x())
        if i is not None:
            self.period_clicked.emit(self.data.periods[i])

    def export(self, path: str | Path) -> Path:
        """Write the chart as PNG or SVG (by the file's suffix)."""
        return export_plot(self.plot, path)


def export_plot(plot: Any, path: str | Path) -> Path:
    """Write a plot widget as SVG (.svg) or PNG (any other suffix)."""
    from pyqtgraph import exporters

    path = Path(path)
    if path.suffix.lower() == ".svg":
        try:
            exporters.SVGExporter(plot.getPlotItem()).export(str(path))
        except ValueError:
            # pyqtgraph 0.14 cannot parse the path data of recent Qt versions: draw it with Qt
            _export_svg_with_qt(plot, path)
    else:
        exporter = exporters.ImageExporter(plot.getPlotItem())
        exporter.parameters()["width"] = max(1200, int(plot.width()))
        exporter.export(str(path))
    return path


def _export_svg_with_qt(plot: Any, path: Path) -> None:
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    size = QSize(max(1, plot.width()), max(1, plot.height()))
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(plot.accessibleName())
    painter = QPainter(generator)
    try:
        plot.render(painter)
    finally:
        painter.end()


def fit_axis_width(plot: Any, columns: list[list[float]], *, stacked: bool = False) -> None:
    """Make the y axis wide enough for its largest label before the first paint."""
    import numpy as np

    axis = plot.getPlotItem().getAxis("left")
    table = np.abs(np.asarray(columns, dtype=float)) if columns and columns[0] else np.ones((1, 1))
    if stacked:
        table = np.nansum(table, axis=0, keepdims=True)
    biggest = 1.2 * float(np.nanmax(table)) if np.isfinite(table).any() else 1.0
    label = "\u2212" + axis.tickStrings([biggest], 1.0, max(biggest / 5, 1e-9))[0]
    width = axis.fontMetrics().horizontalAdvance(label) if hasattr(axis, "fontMetrics") else 0
    if not width:
        from PySide6.QtGui import QFontMetrics

        width = QFontMetrics(axis.style.get("tickFont") or plot.font()).horizontalAdvance(label)
    axis.setWidth(width + 14)


def _nan(value: float | None) -> float:
    return NAN if value is None else float(value)


def _none(value: float) -> float | None:
    return None if math.isnan(value) else value


class LeadLagChart(QWidget):
    """Both KPIs aligned (each as % of its own average) and r at every lag as bars."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self._pg = pg
        self.lang = lang
        self.colours = chart_colours(self.palette())
        self.aligned = _plot_widget(
            lang,
            self.colours,
            "aligned_plot",
            QCoreApplication.translate("KpiChart", "Both KPIs over time"),
        )
        self.aligned.getPlotItem().getAxis("left").tickStrings = _YAxisFormat(lang)
        self.aligned.setLabel(
            "left",
            QCoreApplication.translate("KpiChart", "% of own average"),
            color=self.colours["text"],
        )
        self.legend = self.aligned.getPlotItem().addLegend(
            offset=(8, 8), labelTextColor=self.colours["text"]
        )
        self.legend.setBrush(QColor(self.colours["background"]))
        self.bars = pg.PlotWidget(background=self.colours["background"])
        self.bars.setObjectName("lags_plot")
        self.bars.setAccessibleName(
            QCoreApplication.translate("KpiChart", "Correlation at each lag")
        )
        _no_focus(self.bars)
        item = self.bars.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.getAxis("left").tickStrings = _YAxisFormat(lang)
        for side in ("left", "bottom"):
            item.getAxis(side).setPen(self.colours["text"])
            item.getAxis(side).setTextPen(self.colours["text"])
        item.setLabel(
            "bottom",
            QCoreApplication.translate("KpiChart", "Lag (periods)"),
            color=self.colours["text"],
        )
        item.setLabel(
            "left",
            QCoreApplication.translate("KpiChart", "Correlation r"),
            color=self.colours["text"],
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.aligned, 3)
        layout.addWidget(self.bars, 2)
        self.items: dict[str, Any] = {}

    def set_data(self, result: LeadLag | None, leading: str, lagging: str) -> None:
        pg, c = self._pg, self.colours
        self.aligned.getPlotItem().clear()
        self.bars.getPlotItem().clear()
        self.items = {}
        if result is None:
            return
        xs = [x_of(p.start) for p, _, _ in result.aligned]
        for key, name, colour, column in (
            ("leading", leading, c["actual"], 1),
            ("lagging", lagging, c["lagging"], 2),
        ):
            values = [row[column] for row in result.aligned]
            known = [v for v in values if v is not None]
            mean = sum(known) / len(known) if known else 0.0
            scaled = [NAN if v is None or mean == 0 else 100 * v / mean for v in values]
            curve = pg.PlotDataItem(
                xs, scaled, pen=pg.mkPen(colour, width=2), name=name, connect="finite"
            )
            self.aligned.getPlotItem().addItem(curve)
            self.items[key] = curve
        lags = [cor.lag for cor in result.lags]
        heights = [cor.r or 0.0 for cor in result.lags]
        best = result.best_lag
        brushes = [QColor(c["actual"]) if lag == best else QColor(c["average"]) for lag in lags]
        bars = pg.BarGraphItem(x=lags, height=heights, width=0.6, brushes=brushes, pen=None)
        self.bars.getPlotItem().addItem(bars)
        self.items["bars"] = bars
        self.bars.getPlotItem().addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(c["text"])))
        self.bars.setYRange(-1, 1, padding=0.05)
        self.bars.setXRange(-0.5, max(lags, default=6) + 0.5, padding=0)
        self.bars.getPlotItem().getAxis("bottom").setTicks([[(lag, str(lag)) for lag in lags]])
