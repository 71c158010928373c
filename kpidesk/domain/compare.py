"""Comparisons a dashboard shows: against the previous period, last year, and year to date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency

if TYPE_CHECKING:  # only named in signatures: a printed document needs no series code
    from kpidesk.domain.series import KpiSeries


@dataclass(frozen=True)
class Comparison:
    """A current value and the reference it is compared with."""

    current: float | None
    reference: float | None

    @property
    def change(self) -> float | None:
        """current − reference, or None when either is missing."""
        if self.current is None or self.reference is None:
            return None
        return self.current - self.reference

    @property
    def change_pct(self) -> float | None:
        """The change in per cent of |reference|; None when the reference is missing or 0."""
        change = self.change
        if change is None or not self.reference:
            return None
        return change / abs(self.reference) * 100


def vs_previous(series: KpiSeries, period: Period) -> Comparison:
    """`period` against the one before it."""
    return Comparison(series.value(period).value, series.value(period.prev()).value)


def vs_last_year(series: KpiSeries, period: Period) -> Comparison:
    """`period` against the same period a year earlier (ISO week 53 against week 52)."""
    previous = period.same_period_last_year()
    return Comparison(series.value(period).value, series.value(previous).value)


def year_to_date(
    series: KpiSeries, period: Period, fiscal_start_month: int | None = None
) -> Comparison:
    """From the start of the (fiscal) year through `period`, against the same span a year earlier.

    `fiscal_start_month` None means the calendar year. The year is the one
    holding the period's anchor, so ISO week 1 starting in December counts to
    the new year. A year earlier ends at the end of the same period last year,
    so 29 February compares with 28 February and week 53 with week 52.
    """
    year = Period.containing(Frequency.YEAR, period.anchor, fiscal_start_month or 1)
    current = series.span(year.start, period.end).value
    reference = series.span(year.prev().start, _end_a_year_earlier(period)).value
    return Comparison(current, reference)


def _end_a_year_earlier(period: Period) -> date:
    return period.same_period_last_year().end
