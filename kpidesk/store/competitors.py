"""Competitors as named entities with dated public figures (ratings, prices, followers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import IntegrityError

from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError
from kpidesk.store.models import CompetitorRow, CompetitorValueRow


@dataclass(frozen=True)
class Competitor:
    id: int
    name: str
    note: str = ""


@dataclass(frozen=True)
class CompetitorValue:
    competitor_id: int
    kpi_id: int
    as_of: date
    value: float
    source: str = ""


def add_competitor(store: Store, name: str, note: str = "") -> Competitor:
    """A competitor to compare with."""
    name = name.strip()
    if not name:
        raise StoreError("A competitor needs a name.")
    with store.write():
        try:
            row = CompetitorRow.create(name=name, note=note)
        except IntegrityError:
            raise StoreError(f"{name} is a competitor already.") from None
        log_change(store, "competitor", row.id, "created", "", name)
    return Competitor(row.id, name, note)


def list_competitors(store: Store) -> list[Competitor]:
    return [
        Competitor(r.id, r.name, r.note)
        for r in CompetitorRow.select().order_by(CompetitorRow.name)
    ]


def add_competitor_value(store: Store, value: CompetitorValue) -> None:
    """A competitor's figure for a KPI on a date, with where it came from."""
    if not value.source.strip():
        raise StoreError("Say where the competitor's figure comes from (a source).")
    with store.write():
        CompetitorValueRow.create(
            competitor=value.competitor_id,
            kpi=value.kpi_id,
            as_of=value.as_of,
            value=value.value,
            source=value.source,
        )
        log_change(
            store,
            "competitor_value",
            value.competitor_id,
            "value",
            "",
            value.value,
            kpi_id=value.kpi_id,
            context=value.as_of.isoformat(),
        )


def competitor_values(store: Store, kpi_id: int) -> list[CompetitorValue]:
    """Every competitor figure for one KPI, oldest first."""
    query = (
        CompetitorValueRow.select()
        .where(CompetitorValueRow.kpi == kpi_id)
        .order_by(CompetitorValueRow.as_of, CompetitorValueRow.id)
    )
    return [CompetitorValue(r.competitor_id, r.kpi_id, r.as_of, r.value, r.source) for r in query]
