"""Everything a review shows about one KPI, read in one go into plain objects."""

from __future__ import annotations

from dataclasses import dataclass, field

from kpidesk.domain.entities import (
    TOTAL_SEGMENT,
    Benchmark,
    ChangeLogEntry,
    Kpi,
    Measurement,
    Target,
)
from kpidesk.domain.series import KpiSeries
from kpidesk.store.benchmarks import list_benchmarks
from kpidesk.store.causes import value_causes
from kpidesk.store.changelog import list_changes
from kpidesk.store.competitors import CompetitorValue, competitor_values, list_competitors
from kpidesk.store.connection import Store
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import load_measurements
from kpidesk.store.targets import list_targets


@dataclass(frozen=True)
class ReviewFacts:
    kpi: Kpi
    series: KpiSeries | None
    targets: list[Target] = field(default_factory=list)
    benchmarks: list[Benchmark] = field(default_factory=list)
    competitors: list[tuple[str, CompetitorValue]] = field(default_factory=list)
    """(competitor name, figure), oldest first."""
    causes: dict[tuple[str, object], list[str]] = field(default_factory=dict)
    """Cause tag names per (segment, period start)."""
    measurements: list[Measurement] = field(default_factory=list)
    """The KPI's total values with their comments."""
    definitions: list[ChangeLogEntry] = field(default_factory=list)
    """Earlier changes of the definition (old → new), newest first."""
    replaced: list[Kpi] = field(default_factory=list)
    """The KPIs this one replaced."""


def load_review_facts(store: Store, kpi: Kpi, series: KpiSeries | None) -> ReviewFacts:
    """What the review page of `kpi` shows; `series` comes from `load_series`."""
    names = {c.id: c.name for c in list_competitors(store)}
    return ReviewFacts(
        kpi=kpi,
        series=series,
        targets=list_targets(store, kpi.id),
        benchmarks=list_benchmarks(store, kpi.id),
        competitors=[(names.get(v.competitor_id, ""), v) for v in competitor_values(store, kpi.id)],
        causes=value_causes(store, kpi.id),
        measurements=load_measurements(store, kpi.id, segment=TOTAL_SEGMENT),
        definitions=[c for c in list_changes(store, kpi_id=kpi.id) if c.field == "definition"],
        replaced=[k for k in list_kpis(store) if k.replaced_by_id == kpi.id],
    )
