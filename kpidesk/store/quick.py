"""A first look at a file with plain sqlite3, before Peewee (and any server driver) loads.

The window paints the file's Home from this, then opens the file the usual way
(lock, upgrade, Peewee), which takes as long again. Importing Peewee alone costs
~25 ms, and ~130 ms where the PostgreSQL driver is installed, since Peewee
imports it at once. The rows become the same domain objects as the store's
own functions make (`rows.py`), so Home shows the same either way.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace

from kpidesk.domain.entities import Business, Goal, Kpi, Person, Review, Segment, Target
from kpidesk.store import rows
from kpidesk.store.backup import read_only_uri
from kpidesk.store.header import read_header
from kpidesk.store.lock import lock_holder
from kpidesk.store.value_reads import PeriodCache, ValuesBySeries, read_values

log = logging.getLogger(__name__)


def quick_reads(location: str) -> QuickReads | None:
    """The file's Home data read at once, or None when it must be opened the usual way first.

    None for anything but a healthy KPIDesk file that no other KPIDesk has open:
    the usual way then says what is wrong, or asks about the file in use.
    """
    path = Path(location)
    try:
        read_header(path)
        if lock_holder(path) is not None:
            return None
        db = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            return QuickReads(db)
        except BaseException:
            db.close()
            raise
    except Exception as exc:  # any surprise: the usual open reports it properly
        # An older file (no column yet) lands here too, before its upgrade.
        log.info("no quick look at %s (%r); it opens the usual way", location, exc)
        return None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _datetime(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class QuickReads:
    """What Home reads (see `reads.Reads`), read once from a plain sqlite3 connection.

    Every read is in one read transaction (one consistent state of the file),
    which lasts until `close()`: the window closes it once the file is open.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        db.execute("BEGIN")  # one snapshot for every read below
        self._business = rows.business_from_row(
            self._one(db, "SELECT * FROM business ORDER BY id LIMIT 1")
        )
        self._kpis = [
            rows.kpi_from_row(r)
            for r in self._all(
                db,
                "SELECT * FROM kpi ORDER BY sort_order, id",
                dates=("retired_on", "active_from"),
            )
        ]
        links: dict[int, list[tuple[int, float]]] = {}
        for goal_id, kpi_id, weight in db.execute(
            "SELECT goal_id, kpi_id, weight FROM goal_kpi ORDER BY id"
        ):
            links.setdefault(goal_id, []).append((kpi_id, weight))
        self._goals = [
            rows.goal_from_row(r, links.get(r.id, []))
            for r in self._all(
                db,
                "SELECT * FROM goal WHERE archived_on IS NULL ORDER BY sort_order, id",
                dates=("due_date", "archived_on"),
            )
        ]
        self._targets = [
            rows.target_from_row(r)
            for r in self._all(
                db,
                "SELECT *, segment AS segment_id FROM target "
                "ORDER BY kpi_id, segment, effective_from",
                dates=("effective_from",),
                datetimes=("created_at",),
            )
        ]
        decisions: dict[int, list] = {}
        for r in self._all(db, "SELECT * FROM review_decision ORDER BY id"):
            decisions.setdefault(r.review_id, []).append(rows.decision_from_row(r))
        self._reviews = [
            rows.review_from_row(r, decisions.get(r.id, []))
            for r in self._all(
                db,
                "SELECT * FROM review ORDER BY held_on, id",
                dates=("held_on", "next_review"),
            )
        ]
        self._people = [
            rows.person_from_row(r) for r in self._all(db, "SELECT * FROM person ORDER BY name")
        ]
        self._segments = [
            rows.segment_from_row(r)
            for r in self._all(db, "SELECT * FROM segment WHERE code != '' ORDER BY sort_order")
        ]
        self._db = db
        self._periods = PeriodCache(self._business.fiscal_start_month)

    @staticmethod
    def _all(
        db: sqlite3.Connection,
        sql: str,
        dates: tuple[str, ...] = (),
        datetimes: tuple[str, ...] = (),
    ) -> list[SimpleNamespace]:
        """The rows as objects with a model's attributes: dates as Peewee gives them."""
        result = []
        cursor = db.execute(sql)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            item = SimpleNamespace(**dict(zip(names, row, strict=True)))
            for name in dates:
                setattr(item, name, _date(getattr(item, name)))
            for name in datetimes:
                setattr(item, name, _datetime(getattr(item, name)))
            result.append(item)
        return result

    def _one(self, db: sqlite3.Connection, sql: str) -> SimpleNamespace:
        found = self._all(db, sql)
        if not found:
            raise ValueError("the file has no business yet")
        return found[0]

    def business(self) -> Business:
        return self._business

    def kpis(self) -> list[Kpi]:
        return list(self._kpis)

    def goals(self) -> list[Goal]:
        return list(self._goals)

    def targets(self) -> list[Target]:
        return list(self._targets)

    def reviews(self) -> list[Review]:
        return list(self._reviews)

    def people(self) -> list[Person]:
        return list(self._people)

    def segments(self, dimension: str | None = None) -> list[Segment]:
        return [s for s in self._segments if dimension is None or s.dimension == dimension]

    def values(
        self,
        kpi_ids: Iterable[int],
        first: date | None = None,
        last: date | None = None,
        segment: str | None = None,
    ) -> ValuesBySeries:
        wanted = set(kpi_ids)
        return read_values(
            self._db.execute,
            "?",
            {k.id: k.frequency for k in self._kpis if k.id in wanted},
            self._periods,
            only_these=True,
            first=first,
            last=last,
            segment=segment,
        )

    def measured(self, kpi_ids: Iterable[int]) -> set[int]:
        ids = list(kpi_ids)
        if not ids:
            return set()
        rows_ = self._db.execute(
            "SELECT DISTINCT kpi_id FROM measurement WHERE value IS NOT NULL "
            f"AND kpi_id IN ({', '.join('?' * len(ids))})",
            ids,
        )
        return {kpi_id for (kpi_id,) in rows_}

    def first_added(self) -> date | None:
        found = self._db.execute(
            "SELECT MIN(created_at) FROM kpi WHERE retired_on IS NULL"
        ).fetchone()
        return rows.day_of(found[0])

    def close(self) -> None:
        """End the read transaction and close the connection."""
        self._db.close()
