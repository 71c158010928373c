"""What a scorecard says, computed from the domain: plain dataclasses, no layout.

Every number comes from `KpiSeries.value` (the one source of truth the screens
use too), every target from `target_for_period` (the target in force then),
every status and score from `domain.status`. Tests compare these rows with the
domain directly, and the PDF only formats them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from kpidesk.domain.compare import Comparison
from kpidesk.domain.entities import (
    TOTAL_SEGMENT,
    Benchmark,
    Goal,
    Kpi,
    Review,
    ReviewDecision,
    Target,
)
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.status import goal_score, score_of, status_of
from kpidesk.domain.targets import target_for_period
from kpidesk.domain.trendline import linear_forecast
from kpidesk.domain.types import Direction, Frequency, RollUp, Status
from kpidesk.reports.inputs import ReportInputs

HISTORY = {
    Frequency.DAY: 31,
    Frequency.WEEK: 26,
    Frequency.MONTH: 24,
    Frequency.QUARTER: 12,
    Frequency.YEAR: 5,
}
"""How many periods a KPI's chart shows, ending with the reported one."""
SPARK_POINTS = 12
FORECAST_AHEAD = 3
DECISION_WINDOW_DAYS = 92
"""Review decisions taken up to this long before the period still belong in its report."""


@dataclass(frozen=True)
class Point:
    """One period of a KPI's history: its value and the targets in force then."""

    period: Period
    actual: float | None
    realistic: float | None
    stretch: float | None


@dataclass(frozen=True)
class SegmentLine:
    """A KPI's value in one segment (e.g. one marketing channel)."""

    code: str
    name: str
    actual: float | None
    previous: float | None
    share: float | None
    """Per cent of the total, for KPIs whose segments add up; else None."""
    target: Target | None
    status: Status


@dataclass(frozen=True)
class Comment:
    period: Period
    segment: str
    text: str
    causes: tuple[str, ...] = ()
    """The cause tags that explain the value."""


@dataclass(frozen=True)
class DecisionNote:
    held_on: date
    decision: ReviewDecision


@dataclass(frozen=True)
class KpiLine:
    """One KPI in the scorecard: the row of the summary and its chart section."""

    kpi: Kpi
    owner: str
    period: Period
    """The period the value is for: the report's, or the KPI's own coarser one."""
    actual: float | None
    target: Target | None
    status: Status
    score: float | None
    variance: float | None
    variance_pct: float | None
    previous: Comparison
    last_year: Comparison
    history: tuple[Point, ...]
    forecast: tuple[float, ...] = ()
    benchmarks: tuple[Benchmark, ...] = ()
    segments: tuple[SegmentLine, ...] = ()
    comments: tuple[Comment, ...] = ()
    decisions: tuple[DecisionNote, ...] = ()

    @property
    def spark(self) -> tuple[Point, ...]:
        """The last few periods, for the summary's sparkline."""
        return self.history[-SPARK_POINTS:]


@dataclass(frozen=True)
class GoalSection:
    goal: Goal | None
    """None for the KPIs that serve no goal."""
    owner: str
    score: float | None
    lines: tuple[KpiLine, ...]


@dataclass(frozen=True)
class ScorecardData:
    business_name: str
    currency: str
    period: Period
    generated_on: date
    sections: tuple[GoalSection, ...]
    reviews: tuple[Review, ...] = field(default=())
    """Reviews held in the period or shortly before it, oldest first."""

    @property
    def lines(self) -> list[KpiLine]:
        """Every KPI once, in the order it first appears."""
        seen: dict[int, KpiLine] = {}
        for section in self.sections:
            for line in section.lines:
                seen.setdefault(line.kpi.id, line)
        return list(seen.values())


def value_period(frequency: Frequency, period: Period) -> Period:
    """The period a KPI of `frequency` reports for `period`.

    A KPI as fine as the period or finer rolls up into it. A coarser one (a
    quarterly survey in a monthly report) shows its latest period that ended
    by the end of the report's period.
    """
    frequency = Frequency(frequency)
    if not frequency.is_coarser_than(period.frequency):
        return period
    own = Period.containing(frequency, period.end, period.fiscal_start_month)
    return own if own.end <= period.end else own.prev()


def chart_frequency(kpi_frequency: Frequency, period: Period) -> Frequency:
    """The frequency of a KPI's chart.

    The report's own (a year shows quarters), never finer than the KPI; a weekly
    KPI in a monthly report is charted by week, since months of four and five
    weeks would make its targets saw up and down.
    """
    kpi_frequency = Frequency(kpi_frequency)
    base = period.frequency
    if base.is_coarser_than(Frequency.QUARTER):
        base = Frequency.QUARTER
    if kpi_frequency is Frequency.WEEK and base is Frequency.MONTH:
        return Frequency.WEEK
    return max(base, kpi_frequency, key=lambda f: f.rank)


def last_chart_period(frequency: Frequency, period: Period) -> Period:
    """The last period of a chart of `frequency` that ends with `period`."""
    if Frequency(frequency).rank < period.frequency.rank:
        children = period.children(frequency)
        if children:
            return children[-1]
    return value_period(frequency, period)


def is_active(kpi: Kpi, period: Period) -> bool:
    """True when the KPI was in use in (some of) `period`: retired KPIs print as they were.

    A KPI that came into use later (a replacement) is left out of earlier periods.
    """
    started = kpi.active_from is None or kpi.active_from <= period.end
    return started and (kpi.retired_on is None or kpi.retired_on > period.start)


def variance_of(
    actual: float | None, target: Target | None, direction: Direction
) -> tuple[float | None, float | None]:
    """(actual − target, in % of |target|); a range counts from its nearest edge."""
    if actual is None or target is None:
        return None, None
    if Direction(direction) is Direction.RANGE:
        low, high = target.low, target.high
        if low is not None and actual < low:
            reference = low
        elif high is not None and actual > high:
            reference = high
        elif low is None and high is None:
            return None, None
        else:
            return 0.0, 0.0
    else:
        reference = target.realistic
        if reference is None:
            return None, None
    variance = actual - reference
    return variance, (variance / abs(reference) * 100 if reference else None)


def build_scorecard(inputs: ReportInputs, period: Period, generated_on: date) -> ScorecardData:
    """The scorecard of `period` from everything loaded from one file."""
    builder = _LineBuilder(inputs, period)
    sections = []
    placed: set[int] = set()
    for goal in inputs.goals:
        if goal.archived_on is not None and goal.archived_on <= period.start:
            continue
        kpis = [inputs.kpis[k] for k in goal.kpi_ids if k in inputs.kpis]
        weights = dict(zip(goal.kpi_ids, goal.kpi_weights, strict=False))
        lines = tuple(builder.line(k) for k in kpis if is_active(k, period))
        placed.update(line.kpi.id for line in lines)
        score = goal_score([x.score for x in lines], [weights.get(x.kpi.id, 1.0) for x in lines])
        sections.append(GoalSection(goal, inputs.person(goal.owner_id), score, lines))
    rest = tuple(
        builder.line(k)
        for k in inputs.kpis.values()
        if k.id not in placed and is_active(k, period) and not _serves_a_goal(k, inputs.goals)
    )
    if rest:
        sections.append(GoalSection(None, "", goal_score([x.score for x in rest]), rest))
    return ScorecardData(
        inputs.business.name,
        inputs.business.currency,
        period,
        generated_on,
        tuple(sections),
        tuple(r for r in inputs.reviews if _in_window(r.held_on, period)),
    )


def _serves_a_goal(kpi: Kpi, goals: Sequence[Goal]) -> bool:
    return any(kpi.id in g.kpi_ids for g in goals)


def _in_window(day: date, period: Period) -> bool:
    return (period.start - day).days <= DECISION_WINDOW_DAYS and day <= period.end


class _LineBuilder:
    """Computes KpiLines for one period, each KPI once."""

    def __init__(self, inputs: ReportInputs, period: Period) -> None:
        self.inputs = inputs
        self.period = period
        self._done: dict[int, KpiLine] = {}

    def line(self, kpi: Kpi) -> KpiLine:
        if kpi.id not in self._done:
            self._done[kpi.id] = self._compute(kpi)
        return self._done[kpi.id]

    def _compute(self, kpi: Kpi) -> KpiLine:
        inputs = self.inputs
        own = value_period(kpi.frequency, self.period)
        series = inputs.series.get((kpi.id, TOTAL_SEGMENT))
        targets = inputs.targets.get(kpi.id, [])
        actual = _value(series, own)
        target = target_for_period(targets, own, kpi.frequency, kpi.rollup)
        variance, variance_pct = variance_of(actual, target, kpi.direction)
        previous = Comparison(actual, _value(series, own.prev()))
        last_year = Comparison(actual, _value(series, own.same_period_last_year()))
        history = self._history(kpi, series, targets)
        forecast = linear_forecast([p.actual for p in history], FORECAST_AHEAD) or []
        return KpiLine(
            kpi=kpi,
            owner=inputs.person(kpi.owner_id),
            period=own,
            actual=actual,
            target=target,
            status=status_of(actual, target, kpi.direction),
            score=score_of(actual, target, kpi.direction),
            variance=variance,
            variance_pct=variance_pct,
            previous=previous,
            last_year=last_year,
            history=history,
            forecast=tuple(forecast),
            benchmarks=tuple(
                b for b in inputs.benchmarks.get(kpi.id, []) if b.as_of <= self.period.end
            ),
            segments=self._segments(kpi, own, actual),
            comments=self._comments(kpi, own),
            decisions=tuple(
                DecisionNote(review.held_on, d)
                for review in inputs.reviews
                if _in_window(review.held_on, self.period)
                for d in review.decisions
                if d.kpi_id == kpi.id
            ),
        )

    def _history(
        self, kpi: Kpi, series: KpiSeries | None, targets: list[Target]
    ) -> tuple[Point, ...]:
        freq = chart_frequency(kpi.frequency, self.period)
        last = last_chart_period(freq, self.period)
        first = last.shift(-(HISTORY[freq] - 1))
        points = []
        for p in period_range(first, last):
            target = target_for_period(targets, p, kpi.frequency, kpi.rollup) if targets else None
            points.append(
                Point(
                    p,
                    _value(series, p),
                    target.realistic if target else None,
                    target.stretch if target else None,
                )
            )
        return tuple(points)

    def _segments(self, kpi: Kpi, own: Period, total: float | None) -> tuple[SegmentLine, ...]:
        if not kpi.dimension:
            return ()
        inputs = self.inputs
        additive = not kpi.is_formula and RollUp(kpi.rollup) in (RollUp.SUM, RollUp.LAST)
        result = []
        for segment in inputs.segments:
            if segment.dimension != kpi.dimension:
                continue
            series = inputs.series.get((kpi.id, segment.code))
            if series is None:
                continue
            actual = _value(series, own)
            targets = inputs.targets.get(kpi.id, [])
            target = target_for_period(targets, own, kpi.frequency, kpi.rollup, segment.code)
            share = actual / total * 100 if additive and actual is not None and total else None
            result.append(
                SegmentLine(
                    segment.code,
                    segment.name,
                    actual,
                    _value(series, own.prev()),
                    share,
                    target,
                    status_of(actual, target, kpi.direction),
                )
            )
        return tuple(result)

    def _comments(self, kpi: Kpi, own: Period) -> tuple[Comment, ...]:
        """The comments and cause tags of the values in `own`, oldest first."""
        names = {s.code: s.name for s in self.inputs.segments}
        tags: dict[tuple[str, date], tuple[Period, list[str]]] = {}
        for (segment, start), causes in self.inputs.causes.get(kpi.id, {}).items():
            period = Period.containing(kpi.frequency, start, own.fiscal_start_month)
            if own.contains(period.anchor):
                tags[(segment, start)] = (period, causes)
        found = []
        for m in self.inputs.comments.get(kpi.id, []):
            if own.contains(m.period.anchor):
                _, causes = tags.pop((m.segment, m.period.start), (None, []))
                segment = names.get(m.segment, m.segment)
                found.append(Comment(m.period, segment, m.comment, tuple(causes)))
        for (segment, _), (period, causes) in tags.items():  # tagged values without a comment
            found.append(Comment(period, names.get(segment, segment), "", tuple(causes)))
        return tuple(sorted(found, key=lambda c: (c.period.start, c.segment)))


def _value(series: KpiSeries | None, period: Period) -> float | None:
    if series is None or series.frequency.is_coarser_than(period.frequency):
        return None
    return series.value(period).value
