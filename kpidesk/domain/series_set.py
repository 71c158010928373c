"""Every KPI's series from the values read: plain ones as stored, formula ones from inputs.

Pure: the store reads the KPIs and values (`store.series.load_series`), and so
does the window's first look at a file (`store.quick`); both build here.
"""

from __future__ import annotations

from collections.abc import Iterable

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi
from kpidesk.domain.formula import FormulaError, parse_formula
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries

Values = dict[tuple[int, str], dict[Period, float | None]]
"""{(KPI id, segment): {period: value}}, as the store reads them."""


class SeriesBuilder:
    """Series by (KPI, segment), formula KPIs built from their inputs' series."""

    def __init__(self, kpis: Iterable[Kpi], fiscal_start_month: int, values: Values) -> None:
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
    values: Values,
    wanted: Iterable[Kpi] | None = None,
) -> dict[tuple[int, str], KpiSeries]:
    """The series of the `wanted` KPIs (default all `kpis`) by (KPI id, segment).

    `kpis` are every KPI of the file, so a formula finds its inputs.
    """
    builder = SeriesBuilder(kpis, fiscal_start_month, values)
    chosen = list(wanted) if wanted is not None else list(builder.kpis.values())
    result = {}
    for kpi in chosen:
        for segment in sorted(builder.segments_of(kpi)):
            series = builder.series(kpi, segment)
            if series is not None:
                result[(kpi.id, segment)] = series
    return result
