"""Competitors as named entities with dated public figures (ratings, prices, followers).

Every change is one transaction and is logged. Removing a competitor removes
its figures; `restore_competitor` puts both back with their ids (undo).
"""

from __future__ import annotations

import math
from dataclasses import replace

from peewee import IntegrityError

from kpidesk.domain.competitors import Competitor, CompetitorValue
from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError
from kpidesk.store.models import CompetitorRow, CompetitorValueRow, KpiRow

__all__ = [
    "Competitor",
    "CompetitorValue",
    "add_competitor",
    "add_competitor_value",
    "competitor_values",
    "delete_competitor_value",
    "list_competitors",
    "remove_competitor",
    "restore_competitor",
    "restore_competitor_value",
    "update_competitor",
]


def _clean_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise StoreError("Name: a competitor needs a name.")
    return name


def add_competitor(store: Store, name: str, note: str = "") -> Competitor:
    """A competitor to compare with."""
    name = _clean_name(name)
    with store.write():
        try:
            row = CompetitorRow.create(name=name, note=note.strip())
        except IntegrityError:
            raise StoreError(f"Name: {name} is a competitor already.") from None
        log_change(store, "competitor", row.id, "created", "", name)
    return Competitor(row.id, name, row.note)


def update_competitor(store: Store, competitor: Competitor) -> Competitor:
    """Rename a competitor or change its note."""
    name = _clean_name(competitor.name)
    with store.write():
        row = _row(competitor.id)
        old_name, old_note = row.name, row.note
        row.name, row.note = name, competitor.note.strip()
        try:
            row.save()
        except IntegrityError:
            raise StoreError(f"Name: {name} is a competitor already.") from None
        if old_name != row.name:
            log_change(store, "competitor", row.id, "name", old_name, row.name)
        if old_note != row.note:
            log_change(store, "competitor", row.id, "note", old_note, row.note)
    return Competitor(row.id, row.name, row.note)


def remove_competitor(store: Store, competitor_id: int) -> tuple[Competitor, list[CompetitorValue]]:
    """Remove a competitor and its figures; returns both, to put them back on undo."""
    with store.write():
        row = _row(competitor_id)
        removed = Competitor(row.id, row.name, row.note)
        values = competitor_values(store, competitor_id=competitor_id)
        CompetitorValueRow.delete().where(CompetitorValueRow.competitor == competitor_id).execute()
        row.delete_instance()
        log_change(store, "competitor", competitor_id, "deleted", removed.name, "")
    return removed, values


def restore_competitor(store: Store, competitor: Competitor, values: list[CompetitorValue]) -> None:
    """Put back a removed competitor and its figures, with the ids they had."""
    with store.write():
        try:
            CompetitorRow.create(id=competitor.id, name=competitor.name, note=competitor.note)
        except IntegrityError:
            raise StoreError(f"Name: {competitor.name} is a competitor already.") from None
        for value in values:
            _insert_value(value)
        log_change(store, "competitor", competitor.id, "restored", "", competitor.name)


def _row(competitor_id: int) -> CompetitorRow:
    row = CompetitorRow.get_or_none(CompetitorRow.id == competitor_id)
    if row is None:
        raise StoreError(f"There is no competitor number {competitor_id}.")
    return row


def list_competitors(store: Store) -> list[Competitor]:
    """Every competitor, by name."""
    return [
        Competitor(r.id, r.name, r.note)
        for r in CompetitorRow.select().order_by(CompetitorRow.name)
    ]


def _check_value(value: CompetitorValue) -> None:
    if not value.source.strip():
        raise StoreError("Source: say where the competitor's figure comes from (a source).")
    if not math.isfinite(value.value):
        raise StoreError(f"Value: {value.value} is not a number.")
    _row(value.competitor_id)
    if KpiRow.get_or_none(KpiRow.id == value.kpi_id) is None:
        raise StoreError(f"There is no KPI number {value.kpi_id}.")


def _insert_value(value: CompetitorValue) -> CompetitorValueRow:
    fields = {
        "competitor": value.competitor_id,
        "kpi": value.kpi_id,
        "as_of": value.as_of,
        "value": value.value,
        "source": value.source.strip(),
    }
    if value.id:
        fields["id"] = value.id
    return CompetitorValueRow.create(**fields)


def add_competitor_value(store: Store, value: CompetitorValue) -> CompetitorValue:
    """A competitor's figure for a KPI on a date, with where it came from (its `id` is ignored)."""
    _check_value(value)
    with store.write():
        row = _insert_value(replace(value, id=0))
        _log_value(store, value, "", value.value)
    return replace(value, id=row.id, source=row.source)


def restore_competitor_value(store: Store, value: CompetitorValue) -> None:
    """Put back a deleted figure with the id it had (undo)."""
    _check_value(value)
    with store.write():
        _insert_value(value)
        _log_value(store, value, "", value.value)


def delete_competitor_value(store: Store, value_id: int) -> CompetitorValue:
    """Remove one figure; returns it, to put it back on undo."""
    with store.write():
        row = CompetitorValueRow.get_or_none(CompetitorValueRow.id == value_id)
        if row is None:
            raise StoreError(f"There is no competitor figure number {value_id}.")
        value = _value(row)
        row.delete_instance()
        _log_value(store, value, value.value, "")
    return value


def _log_value(store: Store, value: CompetitorValue, old: object, new: object) -> None:
    log_change(
        store,
        "competitor_value",
        value.competitor_id,
        "value",
        old,
        new,
        kpi_id=value.kpi_id,
        context=value.as_of.isoformat(),
    )


def _value(row: CompetitorValueRow) -> CompetitorValue:
    return CompetitorValue(row.competitor_id, row.kpi_id, row.as_of, row.value, row.source, row.id)


def competitor_values(
    store: Store, kpi_id: int | None = None, *, competitor_id: int | None = None
) -> list[CompetitorValue]:
    """Competitor figures, oldest first: of one KPI, of one competitor, or all."""
    query = CompetitorValueRow.select().order_by(CompetitorValueRow.as_of, CompetitorValueRow.id)
    if kpi_id is not None:
        query = query.where(CompetitorValueRow.kpi == kpi_id)
    if competitor_id is not None:
        query = query.where(CompetitorValueRow.competitor == competitor_id)
    return [_value(r) for r in query]
