"""Everything a document needs from one file, read once (read-only) into plain objects."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

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
from kpidesk.domain.types import Frequency

if TYPE_CHECKING:
    from kpidesk.domain.series import KpiSeries
    from kpidesk.store.connection import Store
    from kpidesk.store.fast_read import FileContents
    from kpidesk.store.value_reads import SeriesKey


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


def load_inputs(store: Store) -> ReportInputs:
    """Read what the documents need from an open store."""
    from kpidesk.store.fast_read import load_contents

    return inputs_from(load_contents(store))


def read_inputs(path: str | Path) -> ReportInputs:
    """Read a file's (or a team database's) inputs, read-only.

    A file on disk is read without Peewee (see `store.fast_read`); anything
    that path does not take is opened through the store as usual.
    """
    from kpidesk.store.fast_read import read_contents

    contents = read_contents(path)
    if contents is None:
        from kpidesk.store.connection import open_database

        with open_database(path, read_only=True) as store:
            return load_inputs(store)
    return inputs_from(contents)


def inputs_from(contents: FileContents) -> ReportInputs:
    """The documents' view of a file's contents: lookups by id and every KPI's series."""
    from kpidesk.domain.series_set import build_series  # here: `kpidesk report` reads in a child

    targets: dict[int, list[Target]] = {}
    for target in contents.targets:
        targets.setdefault(target.kpi_id, []).append(target)
    benchmarks: dict[int, list[Benchmark]] = {}
    for benchmark in contents.benchmarks:
        benchmarks.setdefault(benchmark.kpi_id, []).append(benchmark)
    comments: dict[int, list[Measurement]] = {}
    for measurement in contents.comments:
        comments.setdefault(measurement.kpi_id, []).append(measurement)
    fiscal = contents.business.fiscal_start_month
    return ReportInputs(
        business=contents.business,
        people={p.id: p.name for p in contents.people},
        kpis={k.id: k for k in contents.kpis},
        goals=contents.goals,
        targets=targets,
        benchmarks=benchmarks,
        series=build_series(contents.kpis, fiscal, contents.values),
        segments=contents.segments,
        reviews=contents.reviews,
        comments=comments,
        causes=contents.causes,
    )
