"""Build every KPI's `KpiSeries` from the file: the numbers screens and reports share."""

from __future__ import annotations

from collections.abc import Iterable

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi
from kpidesk.domain.formula import FormulaError, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries
from kpidesk.store.business import get_business
from kpidesk.store.connection import Store
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import SeriesKey, load_values

ValuesBySeries = dict[SeriesKey, dict[Period, float | None]]


class _SeriesBuilder:
    """Series by (KPI, segment), formula KPIs built from their inputs' series."""

    def __init__(self, store: Store, values: ValuesBySeries | None = None) -> None:
        self.kpis = {k.id: k for k in list_kpis(store)}
        self.by_code = {k.code: k for k in self.kpis.values()}
        self.fiscal = get_business(store).fiscal_start_month
        self.values = load_values(store) if values is None else values
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


def load_series(
    store: Store, kpis: Iterable[Kpi] | None = None, *, values: ValuesBySeries | None = None
) -> dict[SeriesKey, KpiSeries]:
    """Every series, plain and derived, by (KPI id, segment "" for the total).

    `values` (from `load_values`) builds the series from values already read,
    e.g. only the totals of the periods a dashboard shows; by default all are read.
    """
    builder = _SeriesBuilder(store, values)
    wanted = list(kpis) if kpis is not None else list(builder.kpis.values())
    result = {}
    for kpi in wanted:
        for segment in sorted(builder.segments_of(kpi)):
            series = builder.series(kpi, segment)
            if series is not None:
                result[(kpi.id, segment)] = series
    return result
