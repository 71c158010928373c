"""Which target applies to a period, and a coarser period's target rolled up from finer ones.

Targets are kept as history: a target changed in June applies from June on,
and January–May keep the old one, so old reports stay true.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kpidesk.domain.entities import TOTAL_SEGMENT, Target
from kpidesk.domain.periods import Period, periods_between
from kpidesk.domain.rollup import aggregate
from kpidesk.domain.types import Frequency, RollUp

ROLLED_FIELDS: tuple[str, ...] = ("realistic", "stretch", "warning", "low", "high")
"""The threshold fields of a Target that roll up with the KPI."""


def target_in_force(
    targets: Sequence[Target], on: date, segment: str = TOTAL_SEGMENT
) -> Target | None:
    """The target of `segment` with the latest effective_from on or before `on`."""
    best: Target | None = None
    for target in targets:
        if target.segment != segment or target.effective_from > on:
            continue
        # On a tie the later entry wins: it was added after the earlier one.
        if best is None or target.effective_from >= best.effective_from:
            best = target
    return best


def target_for_period(
    targets: Sequence[Target],
    period: Period,
    kpi_frequency: Frequency,
    how: RollUp,
    segment: str = TOTAL_SEGMENT,
) -> Target | None:
    """The target for `period`; for a coarser period each threshold is rolled up.

    Each child period (of the KPI's frequency) takes the target in force at its
    start, so a target changed mid-year only affects the later children. A
    threshold is rolled only when every child target has it (a sum of some
    months' warnings is no quarterly warning); children without any target are
    left out, and None is returned when no child has one.
    """
    kpi_frequency = Frequency(kpi_frequency)
    if kpi_frequency.is_coarser_than(period.frequency):
        raise ValueError(f"a {kpi_frequency} KPI has no target for the {period.frequency} {period}")
    if period.frequency is kpi_frequency:
        return target_in_force(targets, period.start, segment)
    return _rolled(targets, period.children(kpi_frequency), period.start, how, segment)


def target_for_span(
    targets: Sequence[Target],
    first: date,
    last: date,
    kpi_frequency: Frequency,
    how: RollUp,
    segment: str = TOTAL_SEGMENT,
    fiscal_start_month: int = 1,
) -> Target | None:
    """The target over the days first..last (e.g. year to date), rolled up like a period's."""
    children = [
        p
        for p in periods_between(kpi_frequency, first, last, fiscal_start_month)
        if first <= p.anchor <= last
    ]
    return _rolled(targets, children, first, how, segment)


def _rolled(
    targets: Sequence[Target], children: list[Period], start: date, how: RollUp, segment: str
) -> Target | None:
    """Each child's target in force at its start, every threshold rolled up."""
    in_force = [target_in_force(targets, child.start, segment) for child in children]
    found = [t for t in in_force if t is not None]
    if not found:
        return None
    rolled = {name: _roll_field(found, name, how) for name in ROLLED_FIELDS}
    frequency = children[0].frequency
    note = f"rolled up ({how}) from {len(found)} of {len(children)} {frequency} targets"
    return replace(found[-1], effective_from=start, note=note, id=None, **rolled)


def _roll_field(targets: list[Target], name: str, how: RollUp) -> float | None:
    values = [getattr(t, name) for t in targets]
    if any(v is None for v in values):
        return None
    return aggregate(values, how)
