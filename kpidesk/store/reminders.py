"""Facts the reminder rules need that no other store function gives."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from peewee import fn

from kpidesk.store.connection import Store
from kpidesk.store.models import KpiRow, MeasurementRow
from kpidesk.store.rows import day_of


def measured_kpis(store: Store, kpi_ids: Iterable[int]) -> set[int]:
    """Those of `kpi_ids` with at least one value in the file (one indexed look-up each)."""
    found = set()
    for kpi_id in kpi_ids:
        query = MeasurementRow.select(MeasurementRow.kpi).where(
            (MeasurementRow.kpi == kpi_id) & MeasurementRow.value.is_null(False)
        )
        if query.exists():
            found.add(kpi_id)
    return found


def first_added(store: Store) -> date | None:
    """The day the oldest active KPI was added: how old the KPI set is."""
    return day_of(
        KpiRow.select(fn.MIN(KpiRow.created_at)).where(KpiRow.retired_on.is_null()).scalar()
    )
