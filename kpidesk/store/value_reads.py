"""Reading values by series: the SQL and the rows → periods step, without Peewee.

`measurements.load_values` runs it on the open Store's connection, `quick.py`
on a plain sqlite3 connection before Peewee is loaded: one query, one result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.store.errors import StoreError

SeriesKey = tuple[int, str]
"""(kpi id, segment code) — segment "" is the KPI's total."""

ValuesBySeries = dict[SeriesKey, dict[Period, float | None]]
Execute = Callable[[str, list[object]], Iterable[tuple]]
"""Runs SQL with parameters and yields the rows (a DB-API cursor's `execute`)."""


class PeriodCache:
    """Period objects by (frequency, start), shared by the many rows of a series."""

    def __init__(self, fiscal_start_month: int) -> None:
        self.fiscal_start_month = fiscal_start_month
        self._cache: dict[tuple[Frequency, str | date], Period] = {}

    def get(self, frequency: Frequency, start: str | date) -> Period:
        """`start` as SQLite hands it back (ISO text) or PostgreSQL (a date)."""
        key = (frequency, start)
        period = self._cache.get(key)
        if period is None:
            day = start if isinstance(start, date) else date.fromisoformat(start)
            period = Period.containing(frequency, day, self.fiscal_start_month)
            if period.start != day:
                raise StoreError(f"{start} does not start a {frequency.value} period")
            self._cache[key] = period
        return period


def read_values(
    execute: Execute,
    param: str,
    frequencies: dict[int, Frequency],
    periods: PeriodCache,
    *,
    only_these: bool,
    first: date | None = None,
    last: date | None = None,
    segment: str | None = None,
) -> ValuesBySeries:
    """Every series as {(kpi id, segment): {period: value}}, oldest first.

    `frequencies` holds the KPIs to read (`only_these`) or all of them; with
    KPIs and a segment the period bounds read through the (kpi, segment,
    period_start) index. `periods` (of the business's fiscal year) may serve
    several reads.
    """
    where: list[str] = []
    params: list[object] = []
    if only_these:
        where.append(
            f"kpi_id IN ({', '.join([param] * len(frequencies))})" if frequencies else "1 = 0"
        )
        params.extend(frequencies)
    if segment is not None:
        where.append(f"segment = {param}")
        params.append(segment)
    if first is not None:
        where.append(f"period_start >= {param}")
        params.append(first.isoformat())
    if last is not None:
        where.append(f"period_start <= {param}")
        params.append(last.isoformat())
    sql = "SELECT kpi_id, segment, period_start, value FROM measurement"
    if where:
        sql += " WHERE " + " AND ".join(where)
    series: ValuesBySeries = {}
    period_of = periods.get
    # Thousands of rows: one dict look-up per row, no dict made per row.
    for kpi_id, code, start, value in execute(sql + " ORDER BY period_start", params):
        values = series.get((kpi_id, code))
        if values is None:
            values = series[(kpi_id, code)] = {}
        values[period_of(frequencies[kpi_id], start)] = value
    return series
