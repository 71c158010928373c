"""Everything a document needs from one file, read once (read-only) into plain objects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kpidesk.domain.entities import (
    Benchmark,
    Business,
    Goal,
    Kpi,
    Measurement,
    Review,
    Segment,
    Target,
)
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Frequency
from kpidesk.store.benchmarks import list_benchmarks
from kpidesk.store.business import get_business, list_people, list_segments
from kpidesk.store.causes import causes_by_kpi
from kpidesk.store.connection import Store, open_database
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import SeriesKey, load_comments
from kpidesk.store.reviews import list_reviews
from kpidesk.store.series import load_series
from kpidesk.store.targets import list_targets


@dataclass(frozen=True)
class ReportInputs:
    business: Business
    people: dict[int, str]
    kpis: dict[int, Kpi]
    """Every KPI, retired ones too, in display order."""
    goals: list[Goal]
    """Every goal, archived ones too: an old period prints the goals of its time."""
    targets: dict[int, list[Target]]
    benchmarks: dict[int, list[Benchmark]]
    series: dict[SeriesKey, KpiSeries]
    segments: list[Segment]
    reviews: list[Review]
    comments: dict[int, list[Measurement]]
    causes: dict[int, dict[tuple[str, date], list[str]]] = field(default_factory=dict)
    """Cause tag names per KPI, then per (segment, period start)."""

    def person(self, person_id: int | None) -> str:
        return self.people.get(person_id, "") if person_id is not None else ""

    def main_frequency(self) -> Frequency:
        """The most common frequency of the KPIs in use (month on a tie or with none)."""
        return main_frequency(self.kpis.values())


def main_frequency(kpis: Iterable[Kpi]) -> Frequency:
    """The most common frequency of the KPIs in use (month on a tie or with none)."""
    counts: dict[Frequency, int] = {}
    for kpi in kpis:
        if kpi.retired_on is None:
            counts[kpi.frequency] = counts.get(kpi.frequency, 0) + 1
    if not counts:
        return Frequency.MONTH
    best = max(counts.values())
    tied = [f for f, n in counts.items() if n == best]
    return Frequency.MONTH if Frequency.MONTH in tied else max(tied, key=lambda f: f.rank)


def load_inputs(
    store: Store, comments_from: date | None = None, comments_to: date | None = None
) -> ReportInputs:
    """Read what the documents need from an open store."""
    targets: dict[int, list[Target]] = {}
    for target in list_targets(store):
        targets.setdefault(target.kpi_id, []).append(target)
    benchmarks: dict[int, list[Benchmark]] = {}
    for benchmark in list_benchmarks(store):
        benchmarks.setdefault(benchmark.kpi_id, []).append(benchmark)
    comments: dict[int, list[Measurement]] = {}
    for measurement in load_comments(store, comments_from, comments_to):
        comments.setdefault(measurement.kpi_id, []).append(measurement)
    return ReportInputs(
        business=get_business(store),
        people={p.id: p.name for p in list_people(store)},
        kpis={k.id: k for k in list_kpis(store)},
        goals=list_goals(store, include_archived=True),
        targets=targets,
        benchmarks=benchmarks,
        series=load_series(store),
        segments=list_segments(store),
        reviews=list_reviews(store),
        comments=comments,
        causes=causes_by_kpi(store, first=comments_from, last=comments_to),
    )


def read_inputs(path: str | Path) -> ReportInputs:
    """Open a file (or a team database's URL) read-only and load its inputs."""
    with open_database(path, read_only=True) as store:
        return load_inputs(store)
