"""Domain objects from table rows, shared by the Peewee queries and the fast read path.

A row is anything with the table's columns as attributes, typed as Peewee
hands them back (dates as `date`, foreign keys as ``<name>_id``): a Peewee
model instance, or a plain record made by `fast_read`. Nothing here imports
Peewee, so a document read through `fast_read` never loads it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from datetime import date, datetime
from itertools import groupby
from operator import itemgetter
from typing import Any

from kpidesk.domain.entities import (
    Benchmark,
    Business,
    Goal,
    Kpi,
    Measurement,
    Person,
    Review,
    ReviewDecision,
    Scale,
    Segment,
    Target,
)
from kpidesk.domain.periods import Period
from kpidesk.domain.types import (
    Area,
    BenchmarkKind,
    Decision,
    Direction,
    Frequency,
    Horizon,
    KpiKind,
    ReviewScope,
    RollUp,
    Timing,
)
from kpidesk.store.errors import StoreError

Row = Any
"""A table row with its columns as attributes (see the module's docstring)."""
SeriesKey = tuple[int, str]
"""(kpi id, segment code) — segment "" is the KPI's total."""
ValuesBySeries = dict[SeriesKey, dict[Period, float | None]]
_SERIES_KEY = itemgetter(0, 1)

BUSINESS_FIELDS = [f.name for f in fields(Business)]

# Kpi fields stored under the same column name and type.
KPI_PLAIN = (
    "code",
    "name",
    "definition",
    "unit",
    "decimals",
    "formula",
    "data_source",
    "library_code",
    "dimension",
    "baseline",
    "retired_on",
    "retired_reason",
    "active_from",
)
KPI_ENUMS = {
    "area": Area,
    "kind": KpiKind,
    "timing": Timing,
    "direction": Direction,
    "frequency": Frequency,
    "rollup": RollUp,
}


def business_from_row(row: Row) -> Business:
    return Business(**{name: getattr(row, name) for name in BUSINESS_FIELDS})


def person_from_row(row: Row) -> Person:
    return Person(row.id, row.name, row.email, row.role)


def segment_from_row(row: Row) -> Segment:
    return Segment(row.code, row.dimension, row.name)


def _scale_from_row(row: Row) -> Scale | None:
    if row.scale_min is None or row.scale_max is None:
        return None
    labels = {int(k): v for k, v in json.loads(row.scale_labels or "{}").items()}
    return Scale(row.scale_min, row.scale_max, labels)


def kpi_from_row(row: Row) -> Kpi:
    """The domain object of a KPI row."""
    values = {name: getattr(row, name) for name in KPI_PLAIN}
    values.update({name: enum(getattr(row, name)) for name, enum in KPI_ENUMS.items()})
    return Kpi(
        id=row.id,
        scale=_scale_from_row(row),
        owner_id=row.owner_id,
        replaced_by_id=row.replaced_by_id,
        drives=tuple(c for c in row.drives.split(",") if c),
        **values,
    )


def goal_from_row(row: Row, links: list[tuple[int, float]]) -> Goal:
    """A goal with its (KPI id, weight) links in link order."""
    return Goal(
        id=row.id,
        title=row.title,
        description=row.description,
        horizon=Horizon(row.horizon),
        area=Area(row.area) if row.area else None,
        owner_id=row.owner_id,
        due_date=row.due_date,
        archived_on=row.archived_on,
        kpi_ids=tuple(k for k, _ in links),
        kpi_weights=tuple(w for _, w in links),
    )


def target_from_row(row: Row) -> Target:
    return Target(
        kpi_id=row.kpi_id,
        effective_from=row.effective_from,
        realistic=row.realistic,
        stretch=row.stretch,
        warning=row.warning,
        low=row.low,
        high=row.high,
        segment=row.segment_id,
        note=row.note,
        id=row.id,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def benchmark_from_row(row: Row) -> Benchmark:
    return Benchmark(
        id=row.id,
        kpi_id=row.kpi_id,
        kind=BenchmarkKind(row.kind),
        label=row.label,
        value=row.value,
        as_of=row.as_of,
        source=row.source,
        is_example=bool(row.is_example),
    )


def decision_from_row(row: Row) -> ReviewDecision:
    return ReviewDecision(row.kpi_id, Decision(row.decision), row.note)


def review_from_row(row: Row, decisions: list[ReviewDecision]) -> Review:
    return Review(
        id=row.id,
        held_on=row.held_on,
        scope=ReviewScope(row.scope),
        notes=row.notes,
        goal_id=row.goal_id,
        kpi_id=row.kpi_id,
        next_review=row.next_review,
        decisions=tuple(decisions),
    )


class PeriodCache:
    """Period objects by frequency and start, shared by the many rows of a series."""

    def __init__(self, fiscal_start_month: int) -> None:
        self.fiscal_start_month = fiscal_start_month
        self._by_frequency: dict[Frequency, dict[object, Period]] = {}

    def of(self, frequency: Frequency) -> dict[object, Period]:
        """The periods of one frequency made so far, by their start as read."""
        return self._by_frequency.setdefault(frequency, {})

    def get(self, frequency: Frequency, start: object) -> Period:
        """The period of `frequency` starting on `start` (ISO text, or a date from PostgreSQL)."""
        cache = self.of(frequency)
        period = cache.get(start)
        if period is None:
            text = str(start)
            day = date.fromisoformat(text)
            period = Period.containing(frequency, day, self.fiscal_start_month)
            if period.start != day:
                raise StoreError(f"{text} does not start a {frequency.value} period")
            cache[start] = period
        return period


def series_values(
    starts: Sequence[object],
    values: Sequence[float | None],
    frequency: Frequency,
    periods: PeriodCache,
) -> dict[Period, float | None]:
    """One series' {period: value}, in the order of `starts` (oldest first as read).

    Runs once per stored value, so the per-value work is done by `map`, `zip`
    and `dict` in C; only a start not seen before makes a Period.
    """
    known = periods.of(frequency)
    for start in [s for s in starts if s not in known]:
        periods.get(frequency, start)
    return dict(zip(map(known.__getitem__, starts), values, strict=True))


def group_values(
    rows: Iterable[tuple[int, str, object, float | None]],
    frequencies: dict[int, Frequency],
    periods: PeriodCache,
) -> ValuesBySeries:
    """(kpi id, segment, period start, value) rows as {(kpi id, segment): {period: value}}.

    Rows come ordered by KPI, segment and period start (the unique index's
    order, so SQLite reads without sorting); each series is then oldest first.
    """
    series: ValuesBySeries = {}
    for (kpi_id, segment), group in groupby(rows, key=_SERIES_KEY):
        found = list(group)
        starts, values = [r[2] for r in found], [r[3] for r in found]
        series[(kpi_id, segment)] = series_values(starts, values, frequencies[kpi_id], periods)
    return series


def as_datetime(value: object) -> datetime | None:
    """SQLite hands back text, PostgreSQL a datetime."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def comments_from_rows(
    rows: Iterable[tuple], frequencies: dict[int, Frequency], periods: PeriodCache
) -> list[Measurement]:
    """Measurements from (kpi id, segment, start, value, comment, source, who, at) rows."""
    return [
        Measurement(
            kpi_id,
            periods.get(frequencies[kpi_id], str(start)),
            value,
            seg,
            comment,
            source,
            who,
            as_datetime(at),
        )
        for kpi_id, seg, start, value, comment, source, who, at in rows
    ]


def group_causes(
    rows: Iterable[tuple[int, str, object, str]],
) -> dict[int, dict[tuple[str, date], list[str]]]:
    """(kpi id, segment, period start, tag name) rows, in tag order, grouped by KPI and value."""
    result: dict[int, dict[tuple[str, date], list[str]]] = {}
    for kpi_id, segment, start, name in rows:
        if isinstance(start, str):  # SQLite hands a date back as text in a plain tuple
            start = date.fromisoformat(start)
        result.setdefault(kpi_id, {}).setdefault((segment, start), []).append(name)  # type: ignore[arg-type]
    return result
