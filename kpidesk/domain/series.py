"""The value of a KPI over any period: the one source of truth for screens and reports.

A plain KPI rolls its own values up (sum, mean, last, min, max). A formula KPI
is recomputed from its inputs rolled up over the same span: a quarter's
conversion rate is sum(orders) / sum(visits) over the quarter, never the mean
of three monthly rates (see KPI-GUIDE.md, "Ratios are computed, not averaged").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from datetime import date

from kpidesk.domain.formula import Evaluation, Formula
from kpidesk.domain.periods import Period, period_range
from kpidesk.domain.rollup import Rolled, combine, expected_count
from kpidesk.domain.types import Frequency, RollUp


class KpiSeries:
    """A KPI's values at its own frequency, and its value over any coarser span."""

    def __init__(
        self,
        frequency: Frequency,
        *,
        rollup: RollUp | None = None,
        values: Mapping[Period, float | None] | None = None,
        formula: Formula | None = None,
        inputs: Mapping[str, KpiSeries] | None = None,
        fiscal_start_month: int = 1,
    ) -> None:
        """Prefer the `plain` and `derived` constructors."""
        if (rollup is None) == (formula is None):
            raise ValueError("a KPI series needs either a roll-up (plain) or a formula (derived)")
        self.frequency = Frequency(frequency)
        # None for a formula KPI: it is recomputed, never rolled up itself
        self.rollup = RollUp(rollup) if rollup is not None else None
        self.formula = formula
        self.inputs = dict(inputs or {})
        self.fiscal_start_month = fiscal_start_month
        # Sorted by anchor so a span is two binary searches, not a scan. One series holds
        # periods of one frequency, so anchors never tie; values usually come in order.
        entries = list((values or {}).items())
        week = Frequency.WEEK  # only a week's anchor is not its start: no property call else
        anchors = [p.anchor if p.frequency is week else p.start for p, _ in entries]
        order = sorted(range(len(anchors)), key=anchors.__getitem__)
        if order != list(range(len(anchors))):
            entries = [entries[i] for i in order]
            anchors = [anchors[i] for i in order]
        self._anchors = anchors
        self._entries = entries
        self._known = {p for p, v in entries if v is not None}
        if formula is not None:
            missing = sorted(formula.codes - self.inputs.keys())
            if missing:
                raise ValueError(f"formula '{formula.text}' has no input for {', '.join(missing)}")

    @classmethod
    def plain(
        cls,
        frequency: Frequency,
        rollup: RollUp,
        values: Mapping[Period, float | None],
        fiscal_start_month: int = 1,
    ) -> KpiSeries:
        """A KPI whose values are entered or imported."""
        return cls(frequency, rollup=rollup, values=values, fiscal_start_month=fiscal_start_month)

    @classmethod
    def derived(
        cls,
        frequency: Frequency,
        formula: Formula,
        inputs: Mapping[str, KpiSeries],
        fiscal_start_month: int = 1,
    ) -> KpiSeries:
        """A KPI computed by `formula` from other KPIs (which may be formula KPIs too)."""
        return cls(frequency, formula=formula, inputs=inputs, fiscal_start_month=fiscal_start_month)

    @property
    def is_derived(self) -> bool:
        """True for a formula KPI."""
        return self.formula is not None

    def first_period(self) -> Period | None:
        """The earliest period with a value (for a formula KPI: of any input)."""
        if self.formula is None:
            found = next((p for p, v in self._entries if v is not None), None)
            if found is None:
                return None
            return Period.containing(self.frequency, found.anchor, self.fiscal_start_month)
        firsts = [s.first_period() for s in self.inputs.values()]
        known = [p for p in firsts if p is not None]
        if not known:
            return None
        day = min(p.anchor for p in known)
        return Period.containing(self.frequency, day, self.fiscal_start_month)

    def rolled(self, first: date, last: date) -> Rolled:
        """The plain roll-up over first..last, with how many values were present and due."""
        if self.rollup is None:
            raise ValueError("a formula KPI has no values of its own; use span()")
        low = bisect_left(self._anchors, first)
        high = bisect_right(self._anchors, last)
        expected = expected_count(self.frequency, first, last, self.fiscal_start_month)
        return combine(self._entries[low:high], self.rollup, expected)

    def span(self, first: date, last: date) -> Evaluation:
        """The KPI's value over the days first..last (periods counted by their anchor)."""
        if self.formula is None:
            value = self.rolled(first, last).value
            if value is None:
                return Evaluation(None, f"no data from {first} to {last}")
            return Evaluation(value)
        inputs = {code: self.inputs[code].span(first, last).value for code in self.formula.codes}
        return self.formula.evaluate(inputs)

    def has_value(self, period: Period) -> bool:
        """Whether `value(period)` is a number: for the KPI's own periods, without rolling up.

        (The to-do list asks this of every recent period of every KPI.)
        """
        if self.formula is None and period.frequency is self.frequency:
            return period in self._known
        return self.value(period).value is not None

    def value(self, period: Period) -> Evaluation:
        """The KPI's value in `period`, of the KPI's frequency or coarser."""
        if self.frequency.is_coarser_than(period.frequency):
            raise ValueError(
                f"a {self.frequency} KPI has no value for the {period.frequency} {period}"
            )
        evaluation = self.span(period.start, period.end)
        if evaluation.value is None and self.formula is None:
            return Evaluation(None, f"no data for {period}")
        return evaluation

    def values_at(
        self, frequency: Frequency, first: Period, last: Period
    ) -> list[tuple[Period, Evaluation]]:
        """The value of every `frequency` period from `first` to `last`, e.g. for a chart."""
        frequency = Frequency(frequency)
        if first.frequency is not frequency or last.frequency is not frequency:
            raise ValueError(f"{first} and {last} must both be {frequency} periods")
        return [(p, self.value(p)) for p in period_range(first, last)]
