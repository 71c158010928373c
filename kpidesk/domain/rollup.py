"""Combining the values of finer periods into coarser ones (sum, mean, last, min, max).

A missing value (None) is never a zero: it is left out of the combination and
shows up as ``count < expected``, so a screen can say "2 of 3 months".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency, RollUp

_MONTHS_PER = {Frequency.MONTH: 1, Frequency.QUARTER: 3, Frequency.YEAR: 12}
_THURSDAY = 3


@dataclass(frozen=True)
class Rolled:
    """A combined value, how many values went into it and how many were due."""

    value: float | None
    count: int
    expected: int

    @property
    def complete(self) -> bool:
        """True when every period that was due has a value."""
        return self.count >= self.expected


def aggregate(values: Sequence[float], how: RollUp) -> float | None:
    """Combine values given in period order; None when there are none."""
    if not values:
        return None
    if type(how) is not RollUp:  # an enum call costs more than the sum below
        how = RollUp(how)
    if how is RollUp.SUM:
        return math.fsum(values)  # exact rounding: the sum does not depend on the order
    if how is RollUp.MEAN:
        return math.fsum(values) / len(values)
    if how is RollUp.LAST:
        return values[-1]
    if how is RollUp.MIN:
        return min(values)
    return max(values)


def combine(items: Iterable[tuple[Period, float | None]], how: RollUp, expected: int) -> Rolled:
    """Roll (period, value) pairs in any order into one value; None values are missing."""
    present = [(p, v) for p, v in items if v is not None]
    if not present:
        return Rolled(None, 0, expected)
    if how is RollUp.LAST or (type(how) is not RollUp and RollUp(how) is RollUp.LAST):
        # max() instead of sorting keeps roll_up linear
        return Rolled(max(present, key=lambda pv: pv[0])[1], len(present), expected)
    return Rolled(aggregate([v for _, v in present], how), len(present), expected)


def expected_count(
    frequency: Frequency, first: date, last: date, fiscal_start_month: int = 1
) -> int:
    """How many periods of `frequency` have their anchor in first..last."""
    if last < first:
        return 0
    if type(frequency) is not Frequency:
        frequency = Frequency(frequency)
    if frequency is Frequency.DAY:
        return (last - first).days + 1
    if frequency is Frequency.WEEK:
        first_thursday = first + timedelta(days=(_THURSDAY - first.weekday()) % 7)
        return 0 if first_thursday > last else (last - first_thursday).days // 7 + 1
    period = Period.containing(frequency, first, fiscal_start_month)
    if period.start < first:
        period = period.next()
    if period.start > last:
        return 0
    months = _month_index(last) - _month_index(period.start)
    return months // _MONTHS_PER[frequency] + 1


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def roll_span(
    values: Mapping[Period, float | None],
    how: RollUp,
    first: date,
    last: date,
    *,
    frequency: Frequency,
    fiscal_start_month: int | None = None,
) -> Rolled:
    """Combine every period whose anchor lies in first..last.

    `fiscal_start_month` only matters for quarterly and yearly series; when None
    it is taken from the series' own periods.
    """
    fsm = _fiscal_start_of(values, fiscal_start_month)
    items = ((p, v) for p, v in values.items() if first <= p.anchor <= last)
    return combine(items, how, expected_count(frequency, first, last, fsm))


def _fiscal_start_of(values: Mapping[Period, float | None], given: int | None) -> int:
    if given is not None:
        return given
    return next(iter(values)).fiscal_start_month if values else 1


def rolled_value(
    values: Mapping[Period, float | None], how: RollUp, period: Period, frequency: Frequency
) -> Rolled:
    """The value of a `frequency` series over `period` (the same or a coarser frequency)."""
    _check_not_finer(frequency, period.frequency)
    if period.frequency is Frequency(frequency):
        value = values.get(period)
        return Rolled(value, int(value is not None), 1)
    return roll_span(values, how, period.start, period.end, frequency=frequency)


def roll_up(
    values: Mapping[Period, float | None],
    how: RollUp,
    frequency: Frequency,
    to: Frequency,
    fiscal_start_month: int = 1,
) -> dict[Period, Rolled]:
    """Every coarser period of `to` that holds at least one entry, with its rolled value."""
    _check_not_finer(frequency, to)
    groups: dict[Period, list[tuple[Period, float | None]]] = {}
    for period, value in values.items():
        groups.setdefault(period.parent(to, fiscal_start_month), []).append((period, value))
    return {
        parent: combine(
            items, how, expected_count(frequency, parent.start, parent.end, fiscal_start_month)
        )
        for parent, items in groups.items()
    }


def _check_not_finer(frequency: Frequency, to: Frequency) -> None:
    if Frequency(frequency).is_coarser_than(Frequency(to)):
        raise ValueError(f"a {frequency} series cannot be rolled to the finer {to}")
