"""Everything the documents read from a file, in one go: the Peewee way and a fast way.

`kpidesk report` and the app's Reports screen read a whole file once. Through
the store's Peewee queries that costs Peewee's import (about 50 ms) before the
first row. `read_contents` reads the same tables with the standard library's
sqlite3, read-only, and builds the same domain objects with the same
converters (`rows.py`, `records.py`) and the same periods; `load_contents` is
the Peewee way to the same `FileContents`, and a test holds the two equal.

The fast way only reads a file on disk at the schema version it knows. For
anything else — a server database, an older file that needs an upgrade, a
newer one, a damaged one — it returns None and the caller opens the file the
normal way, which reads it or explains what is wrong. So it is never a
different answer, at most a slower one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kpidesk.domain.entities import (
    Benchmark,
    Business,
    Goal,
    Kpi,
    Measurement,
    Person,
    Review,
    ReviewDecision,
    Segment,
    Target,
)
from kpidesk.domain.types import Frequency
from kpidesk.store.errors import StoreError
from kpidesk.store.records import (
    PeriodsByStart,
    benchmark_from_row,
    comments_from_rows,
    group_causes,
)
from kpidesk.store.rows import (
    business_from_row,
    decision_from_row,
    goal_from_row,
    kpi_from_row,
    person_from_row,
    review_from_row,
    segment_from_row,
    target_from_row,
)
from kpidesk.store.value_reads import PeriodCache, ValuesBySeries

if TYPE_CHECKING:
    from kpidesk.store.connection import Store

KNOWN_VERSION = 4
"""The schema version these queries are written for (a test keeps it at migrations.LATEST)."""
BUSY_TIMEOUT_S = 5.0

DATE_COLUMNS = frozenset(
    {
        "due_date",
        "archived_on",
        "retired_on",
        "active_from",
        "effective_from",
        "as_of",
        "held_on",
        "next_review",
    }
)
"""Columns Peewee hands back as `date` (a test checks them against the models)."""
DATETIME_COLUMNS = frozenset({"created_at", "applied_at", "entered_at"})
"""Columns Peewee hands back as `datetime`."""


@dataclass(frozen=True)
class FileContents:
    """What a document reads from a file, as the store's list functions return it."""

    business: Business
    people: list[Person]
    kpis: list[Kpi]
    """Every KPI, retired ones too, in display order."""
    goals: list[Goal]
    """Every goal, archived ones too."""
    targets: list[Target]
    benchmarks: list[Benchmark]
    segments: list[Segment]
    reviews: list[Review]
    values: ValuesBySeries
    comments: list[Measurement]
    causes: dict[int, dict[tuple[str, date], list[str]]]
    """Cause tag names per KPI, then per (segment, period start), in the tags' order."""


def load_contents(store: Store) -> FileContents:
    """The contents of an open store, read through its Peewee queries."""
    from kpidesk.store.benchmarks import list_benchmarks
    from kpidesk.store.business import get_business, list_people, list_segments
    from kpidesk.store.causes import causes_by_kpi
    from kpidesk.store.goals import list_goals
    from kpidesk.store.kpis import list_kpis
    from kpidesk.store.measurements import load_comments, load_values
    from kpidesk.store.reviews import list_reviews
    from kpidesk.store.targets import list_targets

    return FileContents(
        business=get_business(store),
        people=list_people(store),
        kpis=list_kpis(store),
        goals=list_goals(store, include_archived=True),
        targets=list_targets(store),
        benchmarks=list_benchmarks(store),
        segments=list_segments(store),
        reviews=list_reviews(store),
        values=load_values(store),
        comments=load_comments(store),
        causes=causes_by_kpi(store),
    )


def read_contents(path: str | Path) -> FileContents | None:
    """The contents of a KPIDesk file on disk, read without Peewee; None to take the normal way.

    A file that is no KPIDesk file at all raises the same NotAKpideskFileError
    as opening it would.
    """
    from kpidesk.store.backup import read_only_uri
    from kpidesk.store.header import read_header

    text = str(path)
    if text.startswith(("postgresql:", "postgres:")) or not Path(text).is_file():
        return None
    path = Path(text)
    read_header(path)
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    with closing(connection):
        try:
            connection.execute("PRAGMA query_only = 1")
            if _version(connection) != KNOWN_VERSION:
                return None
            return _read(connection)
        except (sqlite3.Error, ValueError, StoreError):
            return None  # damaged or odd: opening it the normal way says what is wrong


def _version(connection: sqlite3.Connection) -> int:
    found = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if found is None:
        return 0
    return int(connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0)


def _read(connection: sqlite3.Connection) -> FileContents | None:
    businesses = list(_records(connection, "SELECT * FROM business ORDER BY id LIMIT 1"))
    if not businesses:
        return None  # the store's message says the file has no business yet
    business = business_from_row(businesses[0])
    kpis = [
        kpi_from_row(r) for r in _records(connection, "SELECT * FROM kpi ORDER BY sort_order, id")
    ]
    links: dict[int, list[tuple[int, float]]] = {}
    for goal_id, kpi_id, weight in connection.execute(
        "SELECT goal_id, kpi_id, weight FROM goal_kpi ORDER BY id"
    ):
        links.setdefault(goal_id, []).append((kpi_id, weight))
    decisions: dict[int, list[ReviewDecision]] = {}
    for row in _records(connection, "SELECT * FROM review_decision ORDER BY id"):
        decisions.setdefault(row.review_id, []).append(decision_from_row(row))
    frequencies = {k.id: k.frequency for k in kpis}
    periods = PeriodCache(business.fiscal_start_month)
    return FileContents(
        business=business,
        people=[
            person_from_row(r) for r in _records(connection, "SELECT * FROM person ORDER BY name")
        ],
        kpis=kpis,
        goals=[
            goal_from_row(r, links.get(r.id, []))
            for r in _records(connection, "SELECT * FROM goal ORDER BY sort_order, id")
        ],
        targets=[
            target_from_row(r)
            for r in _records(
                connection,
                "SELECT *, segment AS segment_id FROM target "
                "ORDER BY kpi_id, segment, effective_from",
            )
        ],
        benchmarks=[
            benchmark_from_row(r)
            for r in _records(connection, "SELECT * FROM benchmark ORDER BY as_of, id")
        ],
        segments=[
            segment_from_row(r)
            for r in _records(
                connection, "SELECT * FROM segment WHERE code <> '' ORDER BY sort_order"
            )
        ],
        reviews=[
            review_from_row(r, decisions.get(r.id, []))
            for r in _records(connection, "SELECT * FROM review ORDER BY held_on, id")
        ],
        values=_values(connection, frequencies, periods),
        comments=comments_from_rows(
            connection.execute(
                "SELECT kpi_id, segment, period_start, value, comment, source, entered_by, "
                "entered_at, version FROM measurement WHERE comment <> '' "
                "ORDER BY period_start, kpi_id, segment"
            ),
            frequencies,
            periods,
        ),
        causes=group_causes(
            connection.execute(
                "SELECT v.kpi_id, v.segment, v.period_start, t.name FROM value_tag AS v "
                "JOIN cause_tag AS t ON v.tag_id = t.id ORDER BY t.sort_order, t.id"
            )
        ),
    )


def _values(
    connection: sqlite3.Connection, frequencies: dict[int, Frequency], periods: PeriodCache
) -> ValuesBySeries:
    """Every series' values, as `load_values` reads them: one indexed range per series.

    Reading (start, value) per series instead of (KPI, segment, start, value)
    for every row saves decoding two columns on each of the many rows.
    """
    by_start = PeriodsByStart(periods)
    values: ValuesBySeries = {}
    keys = connection.execute(
        "SELECT DISTINCT kpi_id, segment FROM measurement ORDER BY kpi_id, segment"
    ).fetchall()
    for kpi_id, segment in keys:
        rows = connection.execute(
            "SELECT period_start, value FROM measurement WHERE kpi_id = ? AND segment = ? "
            "ORDER BY period_start",
            (kpi_id, segment),
        ).fetchall()
        starts, found = [r[0] for r in rows], [r[1] for r in rows]
        values[(kpi_id, segment)] = by_start.series_values(starts, found, frequencies[kpi_id])
    return values


class _Record:
    """One row with its columns as attributes, typed as Peewee's models would hand them back."""

    def __init__(self, columns: dict[str, Any]) -> None:
        self.__dict__.update(columns)


def _records(connection: sqlite3.Connection, sql: str) -> Iterator[Any]:
    cursor = connection.execute(sql)
    names = [d[0] for d in cursor.description]
    converters = [
        (i, _as_date if name in DATE_COLUMNS else _as_datetime)
        for i, name in enumerate(names)
        if name in DATE_COLUMNS or name in DATETIME_COLUMNS
    ]
    for row in cursor:
        values = list(row)
        for i, convert in converters:
            if isinstance(values[i], str):
                values[i] = convert(values[i])
        yield _Record(dict(zip(names, values, strict=True)))


def _as_date(text: str) -> date:
    # Peewee's DateField also reads a date written with a time of day.
    return datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)


def _as_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text)
