"""The dashboard's period choices and what it must read: pure rules beside `tiles`.

A view is a month, quarter or (fiscal) year, or the (fiscal) year to date
through a month. `first_needed` says how far back a tile of a KPI reads, so
a screen loads only those periods (a file may hold millions of values).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from kpidesk.domain.periods import Period, last_ended_period, period_range
from kpidesk.domain.status import SCORE_AT_RISK, SCORE_ON_TRACK, SCORE_STRETCH
from kpidesk.domain.tiles import SPARKLINE_LENGTH
from kpidesk.domain.types import Frequency, Status


class ViewKind:
    """The period selector's choices."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    YEAR_TO_DATE = "ytd"
    ALL = (MONTH, QUARTER, YEAR, YEAR_TO_DATE)


_FREQUENCY = {
    ViewKind.MONTH: Frequency.MONTH,
    ViewKind.QUARTER: Frequency.QUARTER,
    ViewKind.YEAR: Frequency.YEAR,
    ViewKind.YEAR_TO_DATE: Frequency.MONTH,
}

CHOICE_YEARS = 5
"""How many years back the period selector reaches."""


@dataclass(frozen=True)
class View:
    """What the dashboard shows: a period, or the year to date through it."""

    kind: str
    period: Period
    fiscal_start_month: int = 1

    @property
    def to_date(self) -> bool:
        return self.kind == ViewKind.YEAR_TO_DATE


def view_frequency(kind: str) -> Frequency:
    """The frequency of the periods a view kind chooses from (months for year to date)."""
    return _FREQUENCY[kind]


def view_choices(kind: str, today: date, fiscal_start_month: int = 1) -> list[Period]:
    """Periods to choose from, newest first: the current one back some years."""
    frequency = view_frequency(kind)
    current = Period.containing(frequency, today, fiscal_start_month)
    first = Period.containing(
        frequency, date(today.year - CHOICE_YEARS, today.month, 1), fiscal_start_month
    )
    return list(reversed(list(period_range(first, current))))


def default_view(kind: str, today: date, fiscal_start_month: int = 1) -> View:
    """The last ended period of the kind (the last ended month for year to date)."""
    period = last_ended_period(view_frequency(kind), today, fiscal_start_month)
    return View(kind, period, fiscal_start_month)


def shown_period(kpi_frequency: Frequency, period: Period, fiscal_start_month: int = 1) -> Period:
    """The period a tile shows: `period`, or the KPI's own last one ended by its end."""
    kpi_frequency = Frequency(kpi_frequency)
    if not kpi_frequency.is_coarser_than(period.frequency):
        return period
    own = Period.containing(kpi_frequency, period.end, fiscal_start_month)
    return own if own.end <= period.end else own.prev()


def first_needed(kpi_frequency: Frequency, view: View) -> date:
    """The first day a tile of a KPI measured this often reads (sparkline, last year)."""
    fsm = view.fiscal_start_month
    period = shown_period(kpi_frequency, view.period, fsm)
    firsts = [
        period.shift(1 - SPARKLINE_LENGTH[period.frequency]).start,
        period.prev().start,
        period.same_period_last_year().start,
    ]
    if view.to_date:
        year = Period.containing(Frequency.YEAR, period.anchor, fsm)
        firsts.append(year.prev().start)
    return min(firsts)


def with_inputs(firsts: Mapping[int, date], inputs: Mapping[int, Iterable[int]]) -> dict[int, date]:
    """First days needed, handed down from formula KPIs to the KPIs they read (recursively)."""
    result = dict(firsts)
    pending = list(firsts)
    seen = 0
    while pending and seen < 10_000:  # a circular formula must not loop forever
        seen += 1
        kpi_id = pending.pop()
        for source in inputs.get(kpi_id, ()):
            if source not in result or result[kpi_id] < result[source]:
                result[source] = result[kpi_id]
                pending.append(source)
    return result


def score_status(score: float | None) -> Status:
    """The status band a (goal) score lies in."""
    if score is None:
        return Status.NO_DATA
    if score >= SCORE_STRETCH:
        return Status.STRETCH_MET
    if score >= SCORE_ON_TRACK:
        return Status.ON_TRACK
    if score >= SCORE_AT_RISK:
        return Status.AT_RISK
    return Status.OFF_TRACK
