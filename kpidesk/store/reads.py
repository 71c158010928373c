"""What the Home screen reads from a file, behind one interface.

`StoreReads` asks the open Store (Peewee). `quick.QuickReads` reads the same
with plain sqlite3 before Peewee is loaded, so the window can paint a file's
Home first and open the file fully just after. Both give the same objects
(tests/store/test_quick.py checks it on every table Home reads).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol

from kpidesk.domain.entities import Business, Goal, Kpi, Person, Review, Segment, Target
from kpidesk.store.business import get_business, list_people, list_segments
from kpidesk.store.connection import Store
from kpidesk.store.goals import list_goals
from kpidesk.store.kpis import list_kpis
from kpidesk.store.measurements import load_values
from kpidesk.store.reminders import first_added, measured_kpis
from kpidesk.store.reviews import list_reviews
from kpidesk.store.targets import list_targets
from kpidesk.store.value_reads import ValuesBySeries


class Reads(Protocol):
    def business(self) -> Business:
        """The business of the file."""

    def kpis(self) -> list[Kpi]:
        """Every KPI, retired ones too, in display order."""

    def goals(self) -> list[Goal]:
        """Goals not archived, in their order, with their KPI links."""

    def targets(self) -> list[Target]:
        """Every target, by KPI, segment and date."""

    def reviews(self) -> list[Review]:
        """Reviews, oldest first, with their decisions."""

    def people(self) -> list[Person]:
        """Everyone, by name."""

    def segments(self, dimension: str | None = None) -> list[Segment]:
        """Segments (not the total) in their order, optionally of one dimension."""

    def values(
        self,
        kpi_ids: Iterable[int],
        first: date | None = None,
        last: date | None = None,
        segment: str | None = None,
    ) -> ValuesBySeries:
        """The values of these KPIs, as `measurements.load_values` reads them."""

    def measured(self, kpi_ids: Iterable[int]) -> set[int]:
        """Those of `kpi_ids` with at least one value in the file."""

    def first_added(self) -> date | None:
        """The day the oldest active KPI was added."""


class StoreReads:
    """`Reads` through the store's functions, on the open file."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def business(self) -> Business:
        return get_business(self.store)

    def kpis(self) -> list[Kpi]:
        return list_kpis(self.store)

    def goals(self) -> list[Goal]:
        return list_goals(self.store)

    def targets(self) -> list[Target]:
        return list_targets(self.store)

    def reviews(self) -> list[Review]:
        return list_reviews(self.store)

    def people(self) -> list[Person]:
        return list_people(self.store)

    def segments(self, dimension: str | None = None) -> list[Segment]:
        return list_segments(self.store, dimension)

    def values(
        self,
        kpi_ids: Iterable[int],
        first: date | None = None,
        last: date | None = None,
        segment: str | None = None,
    ) -> ValuesBySeries:
        return load_values(self.store, kpi_ids, first, last, segment)

    def measured(self, kpi_ids: Iterable[int]) -> set[int]:
        return measured_kpis(self.store, kpi_ids)

    def first_added(self) -> date | None:
        return first_added(self.store)
