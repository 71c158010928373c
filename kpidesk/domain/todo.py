"""What the owner should do next: reminders on Home, by rules on plain objects.

Pure rules, so Home and any report list the same things. Six kinds, most
urgent first (see KIND_ORDER):

- Values due. A period's values are due a grace period after it ends
  (GRACE): October's sales are not "missing" on the 1st of November, but they
  are on the 6th. The grace grows with the period: a day's till figures exist
  the same evening, a quarter's or a year's take the books a while.
- Reviews due: the latest review of each scope (the whole set, a goal, a
  KPI) planned its next review on or before today.
- Never reviewed: no review at all, NEVER_REVIEWED_DAYS after the first KPI
  was added.
- KPIs without a target in force.
- No recent data (a candidate to retire): a KPI that had values got none in
  its last STALE_PERIODS periods while other KPIs did. Daily and weekly
  KPIs are judged by month: three empty days are a busy week, not a dead KPI.
- Easy target (a candidate to raise). KPI-GUIDE.md asks for targets that are
  "realistic yet challenging": a challenging target is missed now and then.
  A target is easy when, in every period of the last year (EASY_PERIODS;
  daily and weekly KPIs judged by month), the KPI had a value and a target,
  and reached the stretch target or beat the realistic target by at least
  EASY_MARGIN (10 % of the target). Range KPIs are never easy: a band is kept,
  not raised.

A review that decided on a KPI (keep, adjust, retire …) settles its "retire?"
and "raise?" questions until that review's next review date (or REVIEW_QUIET
days without one): the owner has looked, so Home does not ask again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from kpidesk.domain.entities import TOTAL_SEGMENT, Goal, Kpi, Review, Target
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.status import status_of
from kpidesk.domain.targets import target_for_period, target_in_force
from kpidesk.domain.types import Direction, Frequency, ReviewScope, Status

GRACE = {
    Frequency.DAY: 3,
    Frequency.WEEK: 3,
    Frequency.MONTH: 5,
    Frequency.QUARTER: 14,
    Frequency.YEAR: 31,
}
"""Days after a period ends before its missing values count as a to-do."""
GRACE_DAYS = GRACE[Frequency.MONTH]
"""The grace of a month, the most common KPI period."""

LOOKBACK = {
    Frequency.DAY: 31,
    Frequency.WEEK: 13,
    Frequency.MONTH: 12,
    Frequency.QUARTER: 4,
    Frequency.YEAR: 2,
}
"""How many ended periods back a KPI is checked for missing values (about a year at most)."""

STALE_PERIODS = 3
"""Judged periods in a row without any value that make a KPI a candidate to retire."""
EASY_PERIODS = {Frequency.MONTH: 12, Frequency.QUARTER: 4, Frequency.YEAR: 2}
"""Judged periods that must all be easy: a year of months or quarters; two years (one
value proves nothing)."""
EASY_MARGIN = 0.10
"""How far past the realistic target (a fraction of it) counts as a clear margin."""
NEVER_REVIEWED_DAYS = 183
"""About six months: long enough to have something to review, short enough to matter."""
REVIEW_QUIET = 91
"""Days a review's decision on a KPI settles its candidate reminders when no next date is set."""


class ToDoKind(StrEnum):
    MISSING_VALUES = "missing_values"
    REVIEW_DUE = "review_due"
    NEVER_REVIEWED = "never_reviewed"
    NO_TARGET = "no_target"
    NO_RECENT_DATA = "no_recent_data"
    EASY_TARGET = "easy_target"


KIND_ORDER = (
    ToDoKind.MISSING_VALUES,
    ToDoKind.REVIEW_DUE,
    ToDoKind.NEVER_REVIEWED,
    ToDoKind.NO_TARGET,
    ToDoKind.NO_RECENT_DATA,
    ToDoKind.EASY_TARGET,
)
"""Most urgent first: overdue values and reviews, then set-up gaps, then suggestions."""


@dataclass(frozen=True)
class ToDo:
    """One thing to do; `period` is where to type first for missing values."""

    kind: ToDoKind
    kpi_id: int | None = None
    segment: str = TOTAL_SEGMENT
    periods: tuple[Period, ...] = ()
    """Missing values: every ended period without a value, oldest first. No recent data:
    the empty judged periods. Easy target: the judged periods that were all easy."""
    review: Review | None = None
    due: date | None = None
    """The day it became due: the first missing period's due day, or the review's date."""
    goal_id: int | None = None

    @property
    def period(self) -> Period | None:
        """The oldest period concerned (for missing values: where the owner starts typing)."""
        return self.periods[0] if self.periods else None

    @property
    def scope(self) -> ReviewScope | None:
        """The scope of the review to hold (reviews due, never reviewed); else None."""
        if self.kind is ToDoKind.NEVER_REVIEWED:
            return ReviewScope.ALL
        return self.review.scope if self.review is not None else None


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
    fiscal_start_month: int = 1
    totals: Mapping[int, KpiSeries] = field(default_factory=dict)
    """Each active KPI's total series over the last year or more (formula KPIs computed)."""
    measured: AbstractSet[int] = frozenset()
    """KPIs with a value somewhere in the file, also before the series' span."""
    first_added: date | None = None
    """The day the first active KPI was added: how old the set is."""


@dataclass(frozen=True)
class ToDoGroup:
    """The to-dos of one kind, most urgent first."""

    kind: ToDoKind
    items: tuple[ToDo, ...]


# --- periods ----------------------------------------------------------------------------
def due_by(period: Period) -> date:
    """The last day a period's values may still be typed in without a to-do."""
    return period.end + timedelta(days=GRACE[period.frequency])


def last_due(frequency: Frequency, today: date, fiscal_start_month: int = 1) -> Period:
    """The latest period of `frequency` whose values are due by `today`."""
    last = Period.containing(frequency, today, fiscal_start_month)
    while due_by(last) >= today:
        last = last.prev()
    return last


def judged_frequency(frequency: Frequency) -> Frequency:
    """The period a KPI is judged by for "no recent data" and "easy target"."""
    frequency = Frequency(frequency)
    return Frequency.MONTH if frequency in (Frequency.DAY, Frequency.WEEK) else frequency


def judged_periods(frequency: Frequency, count: int, today: date, fsm: int = 1) -> list[Period]:
    """The last `count` judged periods of a KPI of `frequency` that are due, oldest first."""
    last = last_due(judged_frequency(frequency), today, fsm)
    return list(period_range(last.shift(1 - count), last))


def window_start(frequency: Frequency, today: date, fsm: int = 1, totals: bool = True) -> date:
    """The first day whose values the rules read for a KPI of `frequency`.

    Twice the missing-values look-back, so a KPI with older values counts its gaps
    from the look-back's start rather than from its first value inside it; and the
    judged periods of "no recent data". The totals (`totals`) also cover the year
    of judged periods of the easy-target rule; a segment's values need not.
    """
    frequency = Frequency(frequency)
    own = Period.containing(frequency, today, fsm).shift(-2 * LOOKBACK[frequency] - 1)
    starts = [own.start, judged_periods(frequency, STALE_PERIODS, today, fsm)[0].start]
    if totals:
        judged = judged_frequency(frequency)
        starts.append(judged_periods(frequency, EASY_PERIODS[judged], today, fsm)[0].start)
    return min(starts)


# --- values due ---------------------------------------------------------------------------
def missing_periods(
    kpi: Kpi, series: Sequence[KpiSeries], today: date, fiscal_start_month: int | None = None
) -> list[Period]:
    """The KPI's recent periods past their grace days in which no series has a value.

    Periods before the KPI's first value are not counted (a new KPI is not
    a year behind); a KPI with no value at all misses only its latest period.
    """
    if fiscal_start_month is None:
        fiscal_start_month = series[0].fiscal_start_month if series else 1
    last = last_due(kpi.frequency, today, fiscal_start_month)
    first = last.shift(1 - LOOKBACK[Frequency(kpi.frequency)])
    starts = [p for p in (s.first_period() for s in series) if p is not None]
    if not starts:
        return [last]
    first = max(first, min(starts))
    return [p for p in period_range(first, last) if not _has_value(series, p)]


def _has_value(series: Sequence[KpiSeries], period: Period) -> bool:
    return any(s.has_value(period) for s in series)


def entered(kpis: Iterable[Kpi]) -> list[Kpi]:
    """KPIs whose values are typed in or imported: active, not computed by a formula."""
    return [k for k in kpis if not k.is_retired and not k.is_formula]


def values_missing(data: ToDoInput, skip: AbstractSet[int] = frozenset()) -> list[ToDo]:
    """One to-do per KPI with ended periods that have no value, the longest overdue first."""
    result = []
    for kpi in entered(data.kpis):
        if kpi.id in skip:
            continue
        series = data.series.get(kpi.id, ())
        missing = missing_periods(kpi, series, data.today, data.fiscal_start_month)
        if missing:
            due = due_by(missing[0])
            result.append(ToDo(ToDoKind.MISSING_VALUES, kpi.id, periods=tuple(missing), due=due))
    return sorted(result, key=lambda t: (t.due, t.kpi_id or 0))


# --- reviews ------------------------------------------------------------------------------
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


def never_reviewed(data: ToDoInput) -> list[ToDo]:
    """A first review of the whole set, once the set is about six months old."""
    if data.reviews or data.first_added is None or not any(not k.is_retired for k in data.kpis):
        return []
    due = data.first_added + timedelta(days=NEVER_REVIEWED_DAYS)
    return [ToDo(ToDoKind.NEVER_REVIEWED, due=due)] if due <= data.today else []


def settled_by_review(data: ToDoInput) -> set[int]:
    """KPIs a review decided on whose decision still stands today (see REVIEW_QUIET)."""
    settled = set()
    for review in data.reviews:
        until = review.next_review or review.held_on + timedelta(days=REVIEW_QUIET)
        if review.held_on <= data.today < until:
            settled.update(d.kpi_id for d in review.decisions)
            if review.scope is ReviewScope.KPI and review.kpi_id is not None:
                settled.add(review.kpi_id)
    return settled


# --- targets ------------------------------------------------------------------------------
def has_target(target: Target | None, direction: Direction) -> bool:
    """True when `target` sets something a status can be judged by."""
    if target is None:
        return False
    if Direction(direction) is Direction.RANGE:
        return target.low is not None or target.high is not None
    return target.realistic is not None


def _targets_by_kpi(targets: Iterable[Target]) -> dict[int, list[Target]]:
    by_kpi: dict[int, list[Target]] = {}
    for target in targets:
        by_kpi.setdefault(target.kpi_id, []).append(target)
    return by_kpi


def without_target(data: ToDoInput) -> list[ToDo]:
    """Active KPIs with no target in force today (formula KPIs included: they need one too)."""
    by_kpi = _targets_by_kpi(data.targets)
    return [
        ToDo(ToDoKind.NO_TARGET, kpi.id)
        for kpi in data.kpis
        if not kpi.is_retired
        and not has_target(target_in_force(by_kpi.get(kpi.id, []), data.today), kpi.direction)
    ]


def is_easy(value: float | None, target: Target | None, direction: Direction) -> bool:
    """True when `value` reached the stretch target or beat the realistic one by EASY_MARGIN."""
    direction = Direction(direction)
    if value is None or direction is Direction.RANGE or not has_target(target, direction):
        return False
    assert target is not None and target.realistic is not None
    if target.stretch is not None and status_of(value, target, direction) is Status.STRETCH_MET:
        return True
    margin = EASY_MARGIN * abs(target.realistic)
    if direction is Direction.HIGHER:
        return value > target.realistic and value >= target.realistic + margin
    return value < target.realistic and value <= target.realistic - margin


def easy_targets(data: ToDoInput) -> list[ToDo]:
    """Active KPIs whose target was easy in every judged period of the last year."""
    by_kpi = _targets_by_kpi(data.targets)
    settled = settled_by_review(data)
    result = []
    for kpi in data.kpis:
        series = data.totals.get(kpi.id)
        if kpi.is_retired or kpi.id in settled or series is None:
            continue
        judged = judged_frequency(kpi.frequency)
        periods = judged_periods(
            kpi.frequency, EASY_PERIODS[judged], data.today, data.fiscal_start_month
        )
        targets = by_kpi.get(kpi.id, [])
        if all(
            is_easy(
                series.value(p).value,
                target_for_period(targets, p, kpi.frequency, kpi.rollup),
                kpi.direction,
            )
            for p in periods
        ):
            result.append(ToDo(ToDoKind.EASY_TARGET, kpi.id, periods=tuple(periods)))
    return result


# --- no recent data -------------------------------------------------------------------------
def no_recent_data(data: ToDoInput) -> list[ToDo]:
    """Entered KPIs that had values but none in their last STALE_PERIODS judged periods.

    Only while the file is kept up (some KPI has a value in its latest judged
    period): when every KPI has gone quiet, the owner is behind with the typing,
    and the values are what is due, not a purge of the whole set.
    """
    settled = settled_by_review(data)
    quiet: list[tuple[Kpi, list[Period]]] = []
    kept_up = False
    for kpi in entered(data.kpis):
        series = data.series.get(kpi.id, ())
        periods = judged_periods(kpi.frequency, STALE_PERIODS, data.today, data.fiscal_start_month)
        if _has_value(series, periods[-1]):
            kept_up = True
        if any(_has_value(series, p) for p in periods):
            continue
        earlier = any(s.first_period() is not None for s in series)
        if (earlier or kpi.id in data.measured) and kpi.id not in settled:
            quiet.append((kpi, periods))
    if not kept_up:
        return []
    return [ToDo(ToDoKind.NO_RECENT_DATA, kpi.id, periods=tuple(p)) for kpi, p in quiet]


# --- the list --------------------------------------------------------------------------------
def todo_list(data: ToDoInput) -> list[ToDo]:
    """Everything to do, most urgent first (KIND_ORDER, then the longest overdue).

    A KPI without recent data is one reminder (retire it, or enter its values),
    not also a list of missing values.
    """
    stale = no_recent_data(data)
    found = (
        values_missing(data, skip={t.kpi_id for t in stale if t.kpi_id is not None})
        + reviews_due(data)
        + never_reviewed(data)
        + without_target(data)
        + stale
        + easy_targets(data)
    )
    rank = {kind: n for n, kind in enumerate(KIND_ORDER)}
    # sorted() is stable: within a kind, the rule's own order (oldest due first) stays
    return sorted(found, key=lambda t: (rank[t.kind], t.due or date.max))


def group_todos(todos: Iterable[ToDo]) -> list[ToDoGroup]:
    """The to-dos by kind in KIND_ORDER (empty kinds left out), each kind's order kept."""
    by_kind: dict[ToDoKind, list[ToDo]] = {}
    for todo in todos:
        by_kind.setdefault(todo.kind, []).append(todo)
    return [ToDoGroup(kind, tuple(by_kind[kind])) for kind in KIND_ORDER if kind in by_kind]
