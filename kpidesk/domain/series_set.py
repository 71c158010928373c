"""Every KPI's `KpiSeries` from the values read from one file: plain and formula KPIs.

Pure: the store reads the values (through Peewee or its fast read-only path)
and hands them here, so both ways build the very same series.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi
from kpidesk.domain.formula import FormulaError, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries

SeriesKey = tuple[int, str]
"""(kpi id, segment code) — segment "" is the KPI's total."""
ValuesBySeries = Mapping[SeriesKey, Mapping[Period, float | None]]


class SeriesBuilder:
    """Series by (KPI, segment), formula KPIs built from their inputs' series."""

    def __init__(self, kpis: Iterable[Kpi], fiscal_start_month: int, values: ValuesBySeries):
        self.kpis = {k.id: k for k in kpis}
        self.by_code = {k.code: k for k in self.kpis.values()}
        self.fiscal = fiscal_start_month
        self.values = values
        self._built: dict[tuple[int, str], KpiSeries | None] = {}
        self.segments: dict[int, set[str]] = {}
        for kpi_id, segment in self.values:
            self.segments.setdefault(kpi_id, {TOTAL_SEGMENT}).add(segment)

    def segments_of(self, kpi: Kpi, depth: int = 0) -> set[str]:
        """The segments a KPI has values for; a formula KPI's are its inputs' common ones."""
        if not kpi.is_formula:
            return self.segments.get(kpi.id, {TOTAL_SEGMENT})
        codes = self._formula_codes(kpi)
        if not codes or depth > len(self.kpis):
            return {TOTAL_SEGMENT}
        sets = [self.segments_of(self.by_code[c], depth + 1) for c in codes]
        return set.intersection(*sets) | {TOTAL_SEGMENT}

    def _formula_codes(self, kpi: Kpi) -> frozenset[str]:
        try:
            return parse_formula(kpi.formula, self.by_code.keys()).codes
        except FormulaError:
            return frozenset()

    def series(self, kpi: Kpi, segment: str, depth: int = 0) -> KpiSeries | None:
        """The series of one KPI and segment; None for a broken or circular formula.

        Each is built once: a formula's inputs are the same objects as their own series.
        """
        key = (kpi.id, segment)
        if key not in self._built:
            series = self._build(kpi, segment, depth)
            if series is None and depth:
                return None  # a cycle seen from inside: decide at the top level
            self._built[key] = series
        return self._built[key]

    def _build(self, kpi: Kpi, segment: str, depth: int) -> KpiSeries | None:
        if not kpi.is_formula:
            values = self.values.get((kpi.id, segment), {})
            return KpiSeries.plain(kpi.frequency, kpi.rollup, values, self.fiscal)
        if depth > len(self.kpis):
            return None  # a formula that refers back to itself
        try:
            formula = parse_formula(kpi.formula, self.by_code.keys())
        except FormulaError:
            return None  # `kpidesk check` and the KPI editor report it
        inputs = {}
        for code in formula.codes:
            series = self.series(self.by_code[code], segment, depth + 1)
            if series is None:
                return None
            inputs[code] = series
        return KpiSeries.derived(kpi.frequency, formula, inputs, self.fiscal)


def build_series(
    kpis: Iterable[Kpi],
    fiscal_start_month: int,
    values: ValuesBySeries,
    wanted: Iterable[Kpi] | None = None,
) -> dict[SeriesKey, KpiSeries]:
    """Every series of `wanted` (all `kpis` by default), by (KPI id, segment "" for the total)."""
    builder = SeriesBuilder(kpis, fiscal_start_month, values)
    result = {}
    for kpi in list(wanted) if wanted is not None else list(builder.kpis.values()):
        for segment in sorted(builder.segments_of(kpi)):
            series = builder.series(kpi, segment)
            if series is not None:
                result[(kpi.id, segment)] = series
    return result
