"""Build every KPI's `KpiSeries` from the file: the numbers screens and reports share."""

from __future__ import annotations

from collections.abc import Iterable

from kpidesk.domain.entities import Kpi
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.series_set import build_series
from kpidesk.store.business import get_business
from kpidesk.store.connection import Store
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import load_values
from kpidesk.store.value_reads import SeriesKey, ValuesBySeries


def load_series(
    store: Store, kpis: Iterable[Kpi] | None = None, *, values: ValuesBySeries | None = None
) -> dict[SeriesKey, KpiSeries]:
    """Every series, plain and derived, by (KPI id, segment "" for the total).

    `values` (from `load_values`) builds the series from values already read,
    e.g. only the totals of the periods a dashboard shows; by default all are read.
    """
    return build_series(
        list_kpis(store),
        get_business(store).fiscal_start_month,
        load_values(store) if values is None else values,
        kpis,
    )
