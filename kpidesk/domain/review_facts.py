"""What a review shows of one KPI's recent periods: value, target then, status, causes, comment."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi, Measurement, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.status import status_of
from kpidesk.domain.targets import target_for_period
from kpidesk.domain.types import Frequency, Status

RECENT = {
    Frequency.DAY: 14,
    Frequency.WEEK: 8,
    Frequency.MONTH: 6,
    Frequency.QUARTER: 4,
    Frequency.YEAR: 3,
}
"""How many periods back a review looks: two months of weeks, half a year of months …"""


@dataclass(frozen=True)
class PeriodStatus:
    """One recent period of a KPI, scored against the target in force then."""

    period: Period
    value: float | None
    target: Target | None
    status: Status
    causes: tuple[str, ...] = ()
    comment: str = ""


def recent_statuses(
    kpi: Kpi,
    series: KpiSeries | None,
    targets: Sequence[Target],
    last: Period,
    causes: Mapping[tuple[str, object], Sequence[str]] | None = None,
    measurements: Sequence[Measurement] = (),
) -> list[PeriodStatus]:
    """The KPI's last few periods up to `last`, oldest first, with the causes tagged on them."""
    first = last.shift(1 - RECENT[Frequency(kpi.frequency)])
    comments = {
        m.period: m.comment for m in measurements if m.comment and m.segment == TOTAL_SEGMENT
    }
    result = []
    for period in period_range(first, last):
        value = series.value(period).value if series is not None else None
        target = target_for_period(targets, period, kpi.frequency, kpi.rollup)
        result.append(
            PeriodStatus(
                period,
                value,
                target,
                status_of(value, target, kpi.direction),
                tuple((causes or {}).get((TOTAL_SEGMENT, period.start), ())),
                comments.get(period, ""),
            )
        )
    return result
