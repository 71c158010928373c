"""Measured values: write many at once (imports), one at a time (the grid), read series.

Bulk writes go through the DB-API's `executemany` inside one transaction: the
ORM's per-row overhead made Peewee's `insert_many` 5–6× slower than raw
sqlite3 for 100 000 values, while this path stays within a few percent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import Protocol

from kpidesk.domain.entities import Measurement
from kpidesk.domain.periods import Period
from kpidesk.domain.types import Frequency
from kpidesk.store.changelog import log_change
from kpidesk.store.closing import closed_through as _closed_through_of
from kpidesk.store.connection import Store, integrity_errors, now
from kpidesk.store.errors import ClosedPeriodError, ConflictError, StoreError
from kpidesk.store.models import BusinessRow, KpiRow, MeasurementRow
from kpidesk.store.records import comments_from_rows
from kpidesk.store.value_reads import PeriodCache, SeriesKey, read_values

ValueKey = tuple[int, str, date]
"""(kpi id, segment code, period start): one value's place."""


@dataclass(frozen=True)
class ValueRow:
    """One value to write; `comment` None keeps an existing comment."""

    kpi_id: int
    period_start: date
    value: float | None
    segment: str = ""
    comment: str | None = None


class ValueLike(Protocol):
    """Anything with a ValueRow's fields, e.g. an import's planned values (no copy needed)."""

    @property
    def kpi_id(self) -> int: ...
    @property
    def period_start(self) -> date: ...
    @property
    def value(self) -> float | None: ...
    @property
    def segment(self) -> str: ...
    @property
    def comment(self) -> str | None: ...


@dataclass(frozen=True)
class WriteSummary:
    new: int = 0
    changed: int = 0
    unchanged: int = 0


def _fiscal_start_month() -> int:
    row = BusinessRow.select(BusinessRow.fiscal_start_month).first()
    return row.fiscal_start_month if row else 1


def _calendar(kpi_ids: Iterable[int] | None = None) -> tuple[dict[int, Frequency], PeriodCache]:
    """The KPIs' frequencies and the business's periods, in one query (a server round trip)."""
    fiscal = BusinessRow.select(BusinessRow.fiscal_start_month).order_by(BusinessRow.id).limit(1)
    query = KpiRow.select(KpiRow.id, KpiRow.frequency, fiscal.alias("fiscal"))
    if kpi_ids is not None:
        query = query.where(KpiRow.id.in_(list(kpi_ids)))
    rows = list(query.tuples())
    month = rows[0][2] if rows else _fiscal_start_month()
    return {kpi_id: Frequency(freq) for kpi_id, freq, _ in rows}, PeriodCache(month or 1)


_KPI_ID, _START = attrgetter("kpi_id"), attrgetter("period_start")


def _check_rows(rows: Sequence[ValueLike]) -> None:
    """Refuse rows for unknown KPIs or dates that do not start the KPI's period.

    Each distinct (KPI, date) is checked once: an import repeats the same
    dates across many KPIs and segments.
    """
    kpi_ids = set(map(_KPI_ID, rows))  # map over an attrgetter runs in C
    frequencies, periods = _calendar(kpi_ids)
    try:
        if len(frequencies) < len(kpi_ids):
            raise KeyError("an unknown KPI")
        for frequency, starts in _starts_by_frequency(rows, frequencies).items():
            for day in starts:
                periods.get(frequency, day.isoformat())
    except (KeyError, StoreError, ValueError):
        _raise_first_bad_row(rows, frequencies, periods)
    _refuse_closed(rows, frequencies, periods)


def _refuse_closed(
    rows: Sequence[ValueLike], frequencies: dict[int, Frequency], periods: PeriodCache
) -> None:
    """Values of a closed period are read-only until the period is reopened."""
    through = _closed_through_of(None)
    if through is None:
        return
    for frequency, starts in _starts_by_frequency(rows, frequencies).items():
        for day in sorted(starts):
            period = periods.get(frequency, day.isoformat())
            if period.end <= through:
                raise ClosedPeriodError(period, through)


def _starts_by_frequency(
    rows: Sequence[ValueLike], frequencies: dict[int, Frequency]
) -> dict[Frequency, set[date]]:
    """The distinct period starts per frequency; one set when every KPI shares one."""
    if len(set(frequencies.values())) == 1:
        return {next(iter(frequencies.values())): set(map(_START, rows))}
    starts: dict[Frequency, set[date]] = {}
    for kpi_id, day in set(zip(map(_KPI_ID, rows), map(_START, rows), strict=True)):
        starts.setdefault(frequencies[kpi_id], set()).add(day)
    return starts


def _raise_first_bad_row(
    rows: Sequence[ValueLike], frequencies: dict[int, Frequency], periods: PeriodCache
) -> None:
    """Name the first bad row, by its number in the batch."""
    for number, row in enumerate(rows, start=1):
        frequency = frequencies.get(row.kpi_id)
        if frequency is None:
            raise StoreError(f"value {number}: there is no KPI number {row.kpi_id}")
        try:
            periods.get(frequency, row.period_start.isoformat())
        except (StoreError, ValueError) as exc:
            raise StoreError(f"value {number}: {exc}") from None


def _existing(store: Store, rows: Sequence[ValueLike]) -> dict[tuple[int, str, str], tuple]:
    """Stored (id, value, comment, version) by key, for the KPIs and dates the rows touch."""
    p = store.db.param
    kpi_ids = sorted(set(map(_KPI_ID, rows)))
    first = min(map(_START, rows)).isoformat()
    last = max(map(_START, rows)).isoformat()
    cursor = store.db.execute_sql(
        "SELECT kpi_id, segment, period_start, id, value, comment, version FROM measurement "
        f"WHERE kpi_id IN ({', '.join([p] * len(kpi_ids))}) "
        f"AND period_start BETWEEN {p} AND {p}",
        (*kpi_ids, first, last),
    )
    return {(k, s, str(d)): (i, v, c, n) for k, s, d, i, v, c, n in cursor}


def _check_expected(
    rows: Sequence[ValueLike],
    existing: dict[tuple[int, str, str], tuple],
    expected: Mapping[ValueKey, int | None],
) -> None:
    """ConflictError for the first value stored differently from what the client saw."""
    for row in rows:
        key = (row.kpi_id, row.segment, row.period_start)
        if key not in expected:
            continue
        stored = existing.get((row.kpi_id, row.segment, row.period_start.isoformat()))
        if (stored[3] if stored else None) != expected[key]:
            raise _conflict(row, stored)


def _conflict(row: ValueLike, stored: tuple | None) -> ConflictError:
    kpi = KpiRow.get_by_id(row.kpi_id)
    period = Period.containing(
        Frequency(kpi.frequency), row.period_start, _fiscal_start_month()
    ).label()
    subject = f"{kpi.name}, {period}" + (f" ({row.segment})" if row.segment else "")
    if stored is None:
        return ConflictError("value", subject, row.value, None)
    by, at = (
        MeasurementRow.select(MeasurementRow.entered_by, MeasurementRow.entered_at)
        .where(MeasurementRow.id == stored[0])
        .tuples()
        .get()
    )
    return ConflictError("value", subject, row.value, stored[1], by, _as_datetime(at))


def write_values(
    store: Store,
    rows: Sequence[ValueLike],
    *,
    source: str = "manual",
    expected: Mapping[ValueKey, int | None] | None = None,
) -> WriteSummary:
    """Insert or update many values in one transaction; log every change.

    New values carry who/when/source in their own row; a value that changes
    also gets a change-log row with old → new, and the batch one summary row.
    `expected` maps (kpi id, segment, period start) to the version the client
    read (`Measurement.version`), or None if it saw no stored value there; if
    any differs now, ConflictError and nothing is written.
    """
    if not rows:
        return WriteSummary()
    with store.write():
        _check_rows(rows)
        existing = _existing(store, rows)
        if expected:
            _check_expected(rows, existing, expected)
        stamp, user = now().isoformat(sep=" "), store.user
        iso: dict[date, str] = {}
        inserts, changes, unchanged = [], [], 0
        if not existing:  # the common case of an import into new periods
            inserts = [
                (
                    r.kpi_id,
                    r.segment,
                    iso.get(r.period_start) or _iso(iso, r.period_start),
                    r.value,
                    r.comment or "",
                    source,
                    user,
                    stamp,
                )
                for r in rows
            ]
            rows = ()
        for row in rows:
            day = row.period_start
            text = iso.get(day) or _iso(iso, day)
            key = (row.kpi_id, row.segment, text)
            old = existing.get(key)
            comment = row.comment if row.comment is not None else (old[2] if old else "")
            if old is not None and old[1] == row.value and old[2] == comment:
                unchanged += 1
                continue
            inserts.append((*key, row.value, comment, source, user, stamp))
            if old is not None:
                changes.append(
                    (stamp, user, old[0], row.kpi_id, old[1:3], (row.value, comment), key)
                )
        _upsert(store, inserts, all_new=not existing)
        _log_value_changes(store, changes)
        _log_batch(store, source, len(inserts) - len(changes), len(changes))
    return WriteSummary(len(inserts) - len(changes), len(changes), unchanged)


def _iso(cache: dict[date, str], day: date) -> str:
    text = cache[day] = day.isoformat()
    return text


def _insert_new(store: Store, columns: str, inserts: list[tuple]) -> bool:
    """Plain INSERT of values nothing is stored for (~20 % faster than the upsert).

    False when a key is given twice in the batch: the savepoint is then rolled
    back and the upsert decides. Any other failure (a full disk, an I/O error)
    may already have ended the transaction, so it goes to the caller as it is,
    never retried outside the transaction.
    """
    p = store.db.param
    store.db.execute_sql("SAVEPOINT plain_insert")
    try:
        store.db.cursor().executemany(
            f"INSERT INTO measurement ({columns}) VALUES ({', '.join([p] * 8)})", inserts
        )
    except integrity_errors():
        store.db.execute_sql("ROLLBACK TO SAVEPOINT plain_insert")
        store.db.execute_sql("RELEASE SAVEPOINT plain_insert")
        return False
    store.db.execute_sql("RELEASE SAVEPOINT plain_insert")
    return True


def _upsert(store: Store, inserts: list[tuple], *, all_new: bool = False) -> None:
    p = store.db.param
    columns = "kpi_id, segment, period_start, value, comment, source, entered_by, entered_at"
    if all_new and _insert_new(store, columns, inserts):
        return
    sql = (
        "INSERT INTO measurement (kpi_id, segment, period_start, value, comment, source, "
        f"entered_by, entered_at, version) VALUES ({', '.join([p] * 8)}, 1) "
        "ON CONFLICT (kpi_id, segment, period_start) DO UPDATE SET value = excluded.value, "
        "comment = excluded.comment, source = excluded.source, "
        "entered_by = excluded.entered_by, entered_at = excluded.entered_at, "
        "version = measurement.version + 1"
    )
    try:
        store.db.cursor().executemany(sql, inserts)
    except integrity_errors() as exc:  # a segment that does not exist
        raise StoreError(f"The values were not saved: {exc}") from exc


def _text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)


def _log_value_changes(store: Store, changes: list[tuple]) -> None:
    """One change-log row per changed value and per changed comment (old → new)."""
    if not changes:
        return
    p = store.db.param
    rows = []
    for at, who, mid, kpi_id, (old, old_comment), (new, comment), key in changes:
        context = f"{key[2]} {key[1]}".strip()
        if old != new:
            rows.append(
                (at, who, "measurement", mid, kpi_id, "value", _text(old), _text(new), context)
            )
        if old_comment != comment:
            rows.append(
                (at, who, "measurement", mid, kpi_id, "comment", old_comment, comment, context)
            )
    store.db.cursor().executemany(
        "INSERT INTO change_log (at, who, entity, entity_id, kpi_id, field, old, new, context) "
        f"VALUES ({', '.join([p] * 9)})",
        rows,
    )


def _log_batch(store: Store, source: str, new: int, changed: int) -> None:
    if new or changed:
        log_change(
            store, "values", None, "written", "", f"{new} new, {changed} changed", context=source
        )


def set_value(
    store: Store,
    kpi_id: int,
    period: Period,
    value: float | None,
    *,
    segment: str = "",
    comment: str | None = None,
    source: str = "manual",
) -> WriteSummary:
    """Write one value (None clears it but keeps the row's comment)."""
    return write_values(
        store, [ValueRow(kpi_id, period.start, value, segment, comment)], source=source
    )


def load_values(
    store: Store,
    kpi_ids: Iterable[int] | None = None,
    first: date | None = None,
    last: date | None = None,
    segment: str | None = None,
) -> dict[SeriesKey, dict[Period, float | None]]:
    """Every series as {(kpi id, segment): {period: value}}, oldest first.

    With `kpi_ids` and `segment` (e.g. "" for the totals) the period bounds
    read through the (kpi, segment, period_start) index: a dashboard reads
    only the periods it shows, however many values the file holds.
    """
    frequencies, periods = _calendar(kpi_ids)
    return read_values(
        store.db.execute_sql,
        store.db.param,
        frequencies,
        periods,
        only_these=kpi_ids is not None,
        first=first,
        last=last,
        segment=segment,
    )


def load_measurements(
    store: Store,
    kpi_id: int,
    segment: str | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[Measurement]:
    """The values of one KPI with their comments and origin, oldest first.

    `first` and `last` limit the periods to those starting between them (both included).
    """
    frequencies, periods = _calendar([kpi_id])
    frequency = frequencies[kpi_id]
    p = store.db.param
    sql = (
        "SELECT segment, period_start, value, comment, source, entered_by, entered_at, version "
        f"FROM measurement WHERE kpi_id = {p}"
    )
    params: list[object] = [kpi_id]
    if segment is not None:
        sql += f" AND segment = {p}"
        params.append(segment)
    for bound, op in ((first, ">="), (last, "<=")):
        if bound is not None:
            sql += f" AND period_start {op} {p}"
            params.append(bound.isoformat())
    result = []
    for seg, start, value, comment, source, who, at, version in store.db.execute_sql(
        sql + " ORDER BY period_start, segment", params
    ):
        result.append(
            Measurement(
                kpi_id,
                periods.get(frequency, start),
                value,
                seg,
                comment,
                source,
                who,
                _as_datetime(at),
                version,
            )
        )
    return result


def load_comments(
    store: Store, first: date | None = None, last: date | None = None
) -> list[Measurement]:
    """Values that carry a comment, with period starts in first..last, oldest first."""
    frequencies, periods = _calendar()
    p = store.db.param
    sql = (
        "SELECT kpi_id, segment, period_start, value, comment, source, entered_by, entered_at, "
        "version FROM measurement WHERE comment <> ''"
    )
    params: list[object] = []
    if first is not None:
        sql += f" AND period_start >= {p}"
        params.append(first.isoformat())
    if last is not None:
        sql += f" AND period_start <= {p}"
        params.append(last.isoformat())
    rows = store.db.execute_sql(sql + " ORDER BY period_start, kpi_id, segment", params)
    return comments_from_rows(rows, frequencies, periods)


def _as_datetime(value: object) -> datetime | None:
    """SQLite hands back text, PostgreSQL a datetime."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def count_values(store: Store) -> int:
    """How many values the file holds."""
    return store.db.execute_sql("SELECT COUNT(*) FROM measurement").fetchone()[0]
