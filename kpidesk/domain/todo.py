"""What the owner should do next: values missing, reviews due, KPIs without a target.

Pure rules on plain objects, so Home and any report list the same things.
A period's values are due a few days after it ends (GRACE_DAYS): October's
sales are not "missing" on the 1st of November, but they are on the 8th.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from kpidesk.domain.entities import TOTAL_SEGMENT, Goal, Kpi, Review, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import Direction, Frequency, ReviewScope

GRACE_DAYS = 5
"""Days after a period ends before its missing values count as a to-do."""

LOOKBACK = {
    Frequency.DAY: 31,
    Frequency.WEEK: 13,
    Frequency.MONTH: 12,
    Frequency.QUARTER: 4,
    Frequency.YEAR: 2,
}
"""How many ended periods back a KPI is checked for missing values (about a year at most)."""


class ToDoKind(StrEnum):
    MISSING_VALUES = "missing_values"
    REVIEW_DUE = "review_due"
    NO_TARGET = "no_target"


@dataclass(frozen=True)
class ToDo:
    """One thing to do; `period` is where to type first for missing values."""

    kind: ToDoKind
    kpi_id: int | None = None
    segment: str = TOTAL_SEGMENT
    periods: tuple[Period, ...] = ()
    """Missing values: every ended period without a value, oldest first."""
    review: Review | None = None
    due: date | None = None
    """Reviews: the day the next review was planned for."""
    goal_id: int | None = None

    @property
    def period(self) -> Period | None:
        """The oldest period without a value (where the owner starts typing)."""
        return self.periods[0] if self.periods else None


@dataclass(frozen=True)
class ToDoInput:
    """Everything the rules look at, read from the file."""

    kpis: Sequence[Kpi]
    series: Mapping[int, Sequence[KpiSeries]]
    """Each entered KPI's series (total and segments): a period is missing when none has a value."""
    targets: Sequence[Target] = ()
    reviews: Sequence[Review] = ()
    goals: Sequence[Goal] = ()
    today: date = field(default_factory=date.today)


def due_by(period: Period) -> date:
    """The last day a period's values may still be typed in without a to-do."""
    return period.end + timedelta(days=GRACE_DAYS)


def missing_periods(kpi: Kpi, series: Sequence[KpiSeries], today: date) -> list[Period]:
    """The KPI's recent periods past their grace days in which no series has a value.

    Periods before the KPI's first value are not counted (a new KPI is not
    a year behind); a KPI with no value at all misses only its latest period.
    """
    fsm = series[0].fiscal_start_month if series else 1
    last = Period.containing(kpi.frequency, today, fsm)
    while due_by(last) >= today:
        last = last.prev()
    first = last.shift(1 - LOOKBACK[Frequency(kpi.frequency)])
    starts = [p for p in (s.first_period() for s in series) if p is not None]
    if not starts:
        return [last]
    first = max(first, min(starts))
    return [p for p in period_range(first, last) if all(s.value(p).value is None for s in series)]


def entered(kpis: Iterable[Kpi]) -> list[Kpi]:
    """KPIs whose values are typed in or imported: active, not computed by a formula."""
    return [k for k in kpis if not k.is_retired and not k.is_formula]


def values_missing(data: ToDoInput) -> list[ToDo]:
    """One to-do per KPI with ended periods that have no value, oldest gap first."""
    result = []
    for kpi in entered(data.kpis):
        missing = missing_periods(kpi, data.series.get(kpi.id, ()), data.today)
        if missing:
            result.append(ToDo(ToDoKind.MISSING_VALUES, kpi.id, periods=tuple(missing)))
    return sorted(result, key=lambda t: (t.periods[0].start, t.kpi_id or 0))


def reviews_due(data: ToDoInput) -> list[ToDo]:
    """The latest review of each scope whose next review is on or before today.

    A later review of the same scope replaces an earlier one's plan; reviews of
    a retired KPI or an archived goal are no longer due.
    """
    retired = {k.id for k in data.kpis if k.is_retired}
    archived = {g.id for g in data.goals if g.archived_on is not None}
    latest: dict[tuple[ReviewScope, int | None, int | None], Review] = {}
    for review in sorted(data.reviews, key=lambda r: (r.held_on, r.id)):
        latest[(review.scope, review.goal_id, review.kpi_id)] = review
    result = []
    for review in latest.values():
        if review.next_review is None or review.next_review > data.today:
            continue
        if review.kpi_id in retired or review.goal_id in archived:
            continue
        result.append(
            ToDo(
                ToDoKind.REVIEW_DUE,
                kpi_id=review.kpi_id,
                goal_id=review.goal_id,
                review=review,
                due=review.next_review,
            )
        )
    return sorted(result, key=lambda t: t.due or data.today)


def has_target(target: Target | None, direction: Direction) -> bool:
    """True when `target` sets something a status can be judged by."""
    if target is None:
        return False
    if Direction(direction) is Direction.RANGE:
        return target.low is not None or target.high is not None
    return target.realistic is not None


def without_target(data: ToDoInput) -> list[ToDo]:
    """Active KPIs with no target in force today (formula KPIs included: they need one too)."""
    by_kpi: dict[int, list[Target]] = {}
    for target in data.targets:
        by_kpi.setdefault(target.kpi_id, []).append(target)
    return [
        ToDo(ToDoKind.NO_TARGET, kpi.id)
        for kpi in data.kpis
        if not kpi.is_retired
        and not has_target(target_in_force(by_kpi.get(kpi.id, []), data.today), kpi.direction)
    ]


def todo_list(data: ToDoInput) -> list[ToDo]:
    """Everything to do, in the order to do it: values first, then reviews, then targets."""
    return values_missing(data) + reviews_due(data) + without_target(data)
