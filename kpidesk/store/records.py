"""More rows → domain objects for the documents' reads, beside `rows.py` and `value_reads.py`.

Shared by the Peewee queries (`benchmarks`, `measurements`, `causes`) and the
documents' read-only path (`fast_read`), so both give the same objects.
Nothing here imports Peewee.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from kpidesk.domain.entities import Benchmark, Measurement
from kpidesk.domain.periods import Period
from kpidesk.domain.types import BenchmarkKind, Frequency
from kpidesk.store.rows import Row
from kpidesk.store.value_reads import PeriodCache


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


def as_datetime(value: object) -> datetime | None:
    """SQLite hands back text, PostgreSQL a datetime."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def comments_from_rows(
    rows: Iterable[tuple], frequencies: dict[int, Frequency], periods: PeriodCache
) -> list[Measurement]:
    """Measurements from (kpi, segment, start, value, comment, source, who, at, version) rows."""
    return [
        Measurement(
            kpi_id,
            periods.get(frequencies[kpi_id], start),
            value,
            seg,
            comment,
            source,
            who,
            as_datetime(at),
            version,
        )
        for kpi_id, seg, start, value, comment, source, who, at, version in rows
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


class PeriodsByStart:
    """A `PeriodCache`'s periods by frequency, then by start as read: a dict per frequency.

    One series' values are looked up with `map` over that dict (in C); only a
    start not seen before goes to the cache (which checks it starts a period).
    """

    def __init__(self, periods: PeriodCache) -> None:
        self._periods = periods
        self._by_frequency: dict[Frequency, dict[object, Period]] = {}

    def series_values(
        self, starts: Sequence[object], values: Sequence[float | None], frequency: Frequency
    ) -> dict[Period, float | None]:
        """One series' {period: value}, in the order of `starts` (oldest first as read)."""
        known = self._by_frequency.setdefault(frequency, {})
        for start in [s for s in starts if s not in known]:
            known[start] = self._periods.get(frequency, start)  # type: ignore[arg-type]
        return dict(zip(map(known.__getitem__, starts), values, strict=True))
