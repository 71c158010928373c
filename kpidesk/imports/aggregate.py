"""Adding up raw values that land on the same KPI, segment and period."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.imports.i18n import msg
from kpidesk.imports.records import RawValue

# Rates, averages and shares cannot be added up across channels or posts.
_NON_ADDITIVE = re.compile(
    r"rate|average|avg|per |%|percent|ratio|duration|andel|gjennomsnitt|snitt|prosent|frekvens",
    re.IGNORECASE,
)


def is_additive(metric: str) -> bool:
    """True for counts and amounts (sessions, revenue); False for rates and averages."""
    return not _NON_ADDITIVE.search(metric)


def period_of_range(start: date, end: date, fiscal_start_month: int = 1) -> Period | None:
    """The one day, week, month, quarter or year that is exactly `start`…`end`, if any."""
    for frequency in Frequency:
        period = Period.containing(frequency, start, fiscal_start_month)
        if period.start == start and period.end == end:
            return period
    return None


@dataclass
class Summer:
    """Sums values per (kpi, segment, period), keeping the first row that gave each."""

    values: dict[tuple[str, str, object], RawValue] = field(default_factory=dict)
    # Keys where two rates or averages met: no honest single value exists
    # (Organic Social and Paid Social both map to "social"), so none is given.
    dropped: dict[tuple[str, str, object], RawValue] = field(default_factory=dict)

    def add(self, value: RawValue, additive: bool = True) -> None:
        """Add one value; two non-additive values for the same key drop it."""
        key = (value.kpi, value.segment, value.period)
        first = self.values.get(key)
        if first is None:
            self.values[key] = value
            return
        if not additive:
            self.dropped[key] = first
            return
        total = (first.value or 0.0) + (value.value or 0.0)
        self.values[key] = replace(first, value=total)

    def result(self) -> list[RawValue]:
        """The summed values in the order first seen."""
        return [v for k, v in self.values.items() if k not in self.dropped]

    def notes(self) -> list[str]:
        """One line per rate or average left out because sources could not be combined."""
        seen = dict.fromkeys((v.kpi, v.segment) for v in self.dropped.values())
        return [msg("summed_dropped", kpi=kpi, segment=segment) for kpi, segment in seen]
