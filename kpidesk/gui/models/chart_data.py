"""What the KPI detail chart draws, computed from the domain (no Qt, no pyqtgraph).

Every actual value comes from `KpiSeries.value` (the one source of numbers the
tiles and the PDF use); targets are the ones in force at each period's start,
so a target changed mid-year steps exactly at its date. x is the period's
first day as a proleptic ordinal (`date.toordinal()`); a missing value is NaN,
drawn as a gap, never as zero.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from kpidesk.domain.competitors import CompetitorValue
from kpidesk.domain.entities import TOTAL_SEGMENT, Benchmark, Kpi, Measurement, Target
from kpidesk.domain.forecast import Forecast, NotEnoughHistoryError, forecast_to_year_end
from kpidesk.domain.periods import Period, last_ended_period, period_range
from kpidesk.domain.projection import Projection, project_year
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import Direction, Frequency, RollUp

NAN = math.nan

MOVING_AVERAGE = {
    Frequency.DAY: 28,
    Frequency.WEEK: 8,
    Frequency.MONTH: 3,
    Frequency.QUARTER: 4,
    Frequency.YEAR: 1,
}
"""Periods in the moving average: four weeks of days, two months of weeks, a quarter …"""

MAX_LOOKBACK = 400
"""How many ended periods back the last value is looked for."""


def x_of(day: date) -> float:
    """The chart's x for a day."""
    return float(day.toordinal())


def day_of(x: float) -> date:
    """The day at chart x (rounded down)."""
    return date.fromordinal(max(1, math.floor(x)))


def step_points(
    starts: Sequence[float], values: Sequence[float], end: float
) -> tuple[list[float], list[float]]:
    """Vertices of a step line: each value held from its start to the next start (or `end`)."""
    xs: list[float] = []
    ys: list[float] = []
    for i, value in enumerate(values):
        right = starts[i + 1] if i + 1 < len(starts) else end
        if xs and ys[-1] == value and not math.isnan(value):
            xs[-1] = right  # the same value continues: extend the flat part
            continue
        xs += [starts[i], right]
        ys += [value, value]
    return xs, ys


def moving_average(values: Sequence[float], window: int) -> list[float]:
    """Trailing mean over `window` periods; NaN with fewer than half of them present."""
    result = []
    for i in range(len(values)):
        part = [v for v in values[max(0, i - window + 1) : i + 1] if not math.isnan(v)]
        result.append(sum(part) / len(part) if part and 2 * len(part) >= window else NAN)
    return result


@dataclass
class ChannelLine:
    code: str
    name: str
    values: list[float]
    series: KpiSeries | None = None


@dataclass
class CompetitorLine:
    """One competitor's figures for the KPI, at their as-of dates (oldest first)."""

    name: str
    x: list[float]
    values: list[float]
    as_of: list[date]
    sources: list[str]


@dataclass
class ChartData:
    """One KPI's chart: actuals, targets as steps, benchmarks, average, forecast, channels,
    competitors' figures."""

    kpi: Kpi
    lang: str
    periods: list[Period] = field(default_factory=list)
    x: list[float] = field(default_factory=list)
    actual: list[float] = field(default_factory=list)
    end_x: float = 0.0
    """The day after the last period: where the last step ends."""
    targets: dict[str, list[float]] = field(default_factory=dict)
    """realistic / stretch / warning / low / high → value in force per period (NaN: none)."""
    average: list[float] = field(default_factory=list)
    average_window: int = 1
    benchmarks: list[Benchmark] = field(default_factory=list)
    forecast: Forecast | None = None
    forecast_error: NotEnoughHistoryError | None = None
    last_actual: Period | None = None
    projection: Projection | None = None
    channels: list[ChannelLine] = field(default_factory=list)
    comments: dict[Period, str] = field(default_factory=dict)
    causes: dict[Period, list[str]] = field(default_factory=dict)
    """The cause tags that explain the total's value of a period (shown as markers)."""
    series: KpiSeries | None = None
    competitors: list[CompetitorLine] = field(default_factory=list)

    @property
    def stackable(self) -> bool:
        """Channels add up to the total only for a summed, plain KPI."""
        return bool(self.channels) and not self.kpi.is_formula and self.kpi.rollup is RollUp.SUM

    def target_names(self) -> tuple[str, ...]:
        if Direction(self.kpi.direction) is Direction.RANGE:
            return ("low", "high")
        return ("realistic", "stretch", "warning")

    def target_steps(self, name: str) -> tuple[list[float], list[float]]:
        return step_points(self.x, self.targets.get(name, []), self.end_x)

    def index_at(self, x: float) -> int | None:
        """The period under chart x, or None outside the chart."""
        from bisect import bisect_right

        i = bisect_right(self.x, x) - 1
        if i < 0 or x >= self.end_x:
            return None
        return i


def last_with_value(series: KpiSeries, today: date) -> Period | None:
    """The latest ended period with a value (None for an empty series)."""
    first = series.first_period()
    if first is None:
        return None
    period = last_ended_period(series.frequency, today, series.fiscal_start_month)
    for _ in range(MAX_LOOKBACK):
        if period < first:
            return None
        if series.value(period).value is not None:
            return period
        period = period.prev()
    return None


def _floats(values: Sequence[float | None]) -> list[float]:
    return [NAN if v is None else float(v) for v in values]


def build_chart_data(
    kpi: Kpi,
    series: KpiSeries,
    *,
    today: date,
    lang: str,
    targets: Sequence[Target] = (),
    benchmarks: Sequence[Benchmark] = (),
    channels: Sequence[tuple[str, str, KpiSeries]] = (),
    measurements: Sequence[Measurement] = (),
    causes: Mapping[tuple[str, date], Sequence[str]] | None = None,
    competitors: Sequence[tuple[str, CompetitorValue]] = (),
) -> ChartData:
    """Everything the chart of `kpi` draws, with values through the last ended period.

    `competitors` are (competitor name, figure) pairs of this KPI.
    """
    data = ChartData(kpi, lang, benchmarks=list(benchmarks), series=series)
    data.competitors = competitor_lines(competitors)
    last = last_with_value(series, today)
    first = series.first_period()
    if last is None or first is None:
        return data
    data.last_actual = last
    data.periods = list(period_range(first, last))
    data.x = [x_of(p.start) for p in data.periods]
    data.end_x = x_of(last.end) + 1.0
    data.actual = _floats([series.value(p).value for p in data.periods])
    for name in data.target_names():
        in_force = [target_in_force(targets, p.start, TOTAL_SEGMENT) for p in data.periods]
        data.targets[name] = _floats([getattr(t, name) if t else None for t in in_force])
    data.average_window = MOVING_AVERAGE[series.frequency]
    if data.average_window > 1:
        data.average = moving_average(data.actual, data.average_window)
    try:
        data.forecast = forecast_to_year_end(series, last, series.fiscal_start_month)
    except NotEnoughHistoryError as exc:
        data.forecast_error = exc
    data.projection = project_year(kpi, series, targets, last)
    for code, name, channel_series in channels:
        values = _floats([channel_series.value(p).value for p in data.periods])
        data.channels.append(ChannelLine(code, name, values, channel_series))
    data.comments = {
        m.period: m.comment
        for m in measurements
        if m.comment and m.segment == TOTAL_SEGMENT and first <= m.period <= last
    }
    shown = {p.start: p for p in data.periods}
    data.causes = {
        shown[start]: list(names)
        for (segment, start), names in (causes or {}).items()
        if segment == TOTAL_SEGMENT and start in shown
    }
    return data


def cause_points(data: ChartData) -> list[tuple[float, float, Period]]:
    """Where the chart marks a period's causes: (x, y, period), on the actual line.

    A period with tags but no value sits on the lowest value shown.
    """
    if not data.causes:
        return []
    known = [v for v in data.actual if not math.isnan(v)]
    floor = min(known) if known else 0.0
    index = {p: i for i, p in enumerate(data.periods)}
    points = []
    for period in sorted(data.causes):
        i = index[period]
        y = data.actual[i]
        points.append((data.x[i], floor if math.isnan(y) else y, period))
    return points


def competitor_lines(figures: Sequence[tuple[str, CompetitorValue]]) -> list[CompetitorLine]:
    """Each competitor's figures as a line over their dates, competitors by name."""
    by_name: dict[str, list[CompetitorValue]] = {}
    for name, figure in figures:
        by_name.setdefault(name, []).append(figure)
    lines = []
    for name in sorted(by_name, key=str.casefold):
        found = sorted(by_name[name], key=lambda v: (v.as_of, v.id))
        lines.append(
            CompetitorLine(
                name,
                [x_of(v.as_of) for v in found],
                [v.value for v in found],
                [v.as_of for v in found],
                [v.source for v in found],
            )
        )
    return lines


def mix_period(data: ChartData, period: Period) -> Period:
    """The period the channel mix is shown for: a month for a daily or weekly KPI."""
    if period.frequency in (Frequency.DAY, Frequency.WEEK):
        return Period.containing(Frequency.MONTH, period.anchor, period.fiscal_start_month)
    return period


def channel_mix(
    channels: Sequence[tuple[str, str, KpiSeries]], period: Period
) -> list[tuple[str, float | None, float | None]]:
    """(channel name, value, share of the channels' sum) in `period`, largest first."""
    values = [(name, s.value(period).value) for _, name, s in channels]
    total = sum(v for _, v in values if v is not None and v > 0)
    rows = [(name, v, (v / total) if v is not None and total > 0 else None) for name, v in values]
    return sorted(rows, key=lambda r: -(r[1] if r[1] is not None else -math.inf))
