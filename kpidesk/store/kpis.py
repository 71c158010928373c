"""KPIs: define, edit, retire (never delete what has history), list."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date

from peewee import IntegrityError

from kpidesk.domain.entities import Kpi
from kpidesk.domain.formula import FormulaError, parse_formula
from kpidesk.store.changelog import log_change, log_field_changes
from kpidesk.store.connection import Store, now
from kpidesk.store.errors import StoreError
from kpidesk.store.models import KpiRow
from kpidesk.store.rows import KPI_ENUMS, KPI_PLAIN, kpi_from_row


def _columns(kpi: Kpi) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(kpi, name) for name in KPI_PLAIN}
    values.update({name: getattr(kpi, name).value for name in KPI_ENUMS})
    scale = kpi.scale
    values.update(
        scale_min=scale.minimum if scale else None,
        scale_max=scale.maximum if scale else None,
        scale_labels=json.dumps(scale.labels, ensure_ascii=False) if scale else "",
        owner=kpi.owner_id,
        replaced_by=kpi.replaced_by_id,
        drives=",".join(kpi.drives),
    )
    return values


def add_kpi(store: Store, kpi: Kpi) -> Kpi:
    """Store a new KPI (its `id` is ignored) and return it with its id."""
    with store.write():
        check_formula(store, kpi)
        order = KpiRow.select().count()
        try:
            row = KpiRow.create(created_at=now(), sort_order=order, **_columns(kpi))
        except IntegrityError as exc:
            raise StoreError(_integrity_message(kpi, exc)) from None
        log_change(store, "kpi", row.id, "created", "", kpi.name, kpi_id=row.id)
    return replace(kpi, id=row.id)


def _integrity_message(kpi: Kpi, exc: IntegrityError) -> str:
    if "kpi.code" in str(exc) or "kpi_code" in str(exc):
        return f"A KPI with the code {kpi.code} exists already."
    return f"KPI {kpi.code} was not saved: {exc}"


def update_kpi(store: Store, kpi: Kpi) -> Kpi:
    """Save every field of `kpi`, logging each change."""
    with store.write():
        check_formula(store, kpi)
        old = get_kpi(store, kpi.id)
        changes = [(f.name, getattr(old, f.name), getattr(kpi, f.name)) for f in fields(Kpi)]
        log_field_changes(store, "kpi", kpi.id, changes, kpi_id=kpi.id)
        try:
            KpiRow.update(**_columns(kpi)).where(KpiRow.id == kpi.id).execute()
        except IntegrityError as exc:
            raise StoreError(_integrity_message(kpi, exc)) from None
    return kpi


def retire_kpi(
    store: Store, kpi_id: int, on: date, reason: str, replaced_by_id: int | None = None
) -> Kpi:
    """Retire a KPI from `on`: it leaves dashboards, its history stays."""
    kpi = get_kpi(store, kpi_id)
    return update_kpi(
        store, replace(kpi, retired_on=on, retired_reason=reason, replaced_by_id=replaced_by_id)
    )


def get_kpi(store: Store, kpi_id: int) -> Kpi:
    """One KPI by id."""
    row = KpiRow.get_or_none(KpiRow.id == kpi_id)
    if row is None:
        raise StoreError(f"There is no KPI number {kpi_id}.")
    return kpi_from_row(row)


def kpi_by_code(store: Store, code: str) -> Kpi | None:
    """One KPI by its code, or None."""
    row = KpiRow.get_or_none(KpiRow.code == code)
    return kpi_from_row(row) if row else None


def list_kpis(store: Store, *, include_retired: bool = True) -> list[Kpi]:
    """KPIs in their display order."""
    query = KpiRow.select().order_by(KpiRow.sort_order, KpiRow.id)
    if not include_retired:
        query = query.where(KpiRow.retired_on.is_null())
    return [kpi_from_row(row) for row in query]


def check_formula(store: Store, kpi: Kpi) -> None:
    """Refuse a formula that does not parse or names a KPI that does not exist."""
    if not kpi.is_formula:
        return
    codes = {row.code for row in KpiRow.select(KpiRow.code) if row.code != kpi.code}
    try:
        parse_formula(kpi.formula, codes)
    except FormulaError as exc:
        raise StoreError(f"KPI {kpi.code}, formula: {exc}") from None


def delete_kpi(store: Store, kpi_id: int) -> None:
    """Remove a KPI nothing refers to yet: only to take back its creation (undo).

    A KPI with values, targets, benchmarks or reviews is retired instead.
    """
    from kpidesk.store.models import (
        BenchmarkRow,
        GoalKpiRow,
        MeasurementRow,
        ReviewDecisionRow,
        TargetRow,
    )

    with store.write():
        kpi = get_kpi(store, kpi_id)
        for table in (MeasurementRow, TargetRow, BenchmarkRow, ReviewDecisionRow):
            if table.select().where(table.kpi == kpi_id).exists():
                raise StoreError(f"KPI {kpi.code} has history; retire it instead of deleting it.")
        GoalKpiRow.delete().where(GoalKpiRow.kpi == kpi_id).execute()
        KpiRow.update(replaced_by=None).where(KpiRow.replaced_by == kpi_id).execute()
        KpiRow.delete().where(KpiRow.id == kpi_id).execute()
        log_change(store, "kpi", kpi_id, "deleted", kpi.name, "")
