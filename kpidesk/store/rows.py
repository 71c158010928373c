"""Table rows → domain objects, for Peewee rows and plain sqlite3 rows alike.

A row here is anything with the model's attribute names: a Peewee model
instance, or a `SimpleNamespace` that `quick.py` makes of an sqlite3 row with
the same names and types. Keeping the conversions in this Peewee-free module
lets the window read a file before Peewee is loaded, and both ways give the
same objects.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date, datetime
from typing import Any

from kpidesk.domain.entities import (
    Business,
    Goal,
    Kpi,
    Person,
    Review,
    ReviewDecision,
    Scale,
    Segment,
    Target,
)
from kpidesk.domain.types import (
    Area,
    Decision,
    Direction,
    Frequency,
    Horizon,
    KpiKind,
    ReviewScope,
    RollUp,
    Timing,
)

Row = Any
"""A Peewee model instance or a SimpleNamespace with the same attributes."""

# Kpi fields stored under the same column name and type.
KPI_PLAIN = (
    "code",
    "name",
    "definition",
    "unit",
    "decimals",
    "formula",
    "data_source",
    "library_code",
    "dimension",
    "baseline",
    "retired_on",
    "retired_reason",
    "active_from",
)
KPI_ENUMS = {
    "area": Area,
    "kind": KpiKind,
    "timing": Timing,
    "direction": Direction,
    "frequency": Frequency,
    "rollup": RollUp,
}
BUSINESS_FIELDS = tuple(f.name for f in fields(Business))


def _scale_from_row(row: Row) -> Scale | None:
    if row.scale_min is None or row.scale_max is None:
        return None
    labels = {int(k): v for k, v in json.loads(row.scale_labels or "{}").items()}
    return Scale(row.scale_min, row.scale_max, labels)


def kpi_from_row(row: Row) -> Kpi:
    """The domain object of a KPI row."""
    values = {name: getattr(row, name) for name in KPI_PLAIN}
    values.update({name: enum(getattr(row, name)) for name, enum in KPI_ENUMS.items()})
    return Kpi(
        id=row.id,
        scale=_scale_from_row(row),
        owner_id=row.owner_id,
        replaced_by_id=row.replaced_by_id,
        drives=tuple(c for c in row.drives.split(",") if c),
        **values,
    )


def goal_from_row(row: Row, links: list[tuple[int, float]]) -> Goal:
    """A goal row with its (KPI id, weight) links in link order."""
    return Goal(
        id=row.id,
        title=row.title,
        description=row.description,
        horizon=Horizon(row.horizon),
        area=Area(row.area) if row.area else None,
        owner_id=row.owner_id,
        due_date=row.due_date,
        archived_on=row.archived_on,
        kpi_ids=tuple(k for k, _ in links),
        kpi_weights=tuple(w for _, w in links),
    )


def target_from_row(row: Row) -> Target:
    """The domain object of a target row."""
    return Target(
        kpi_id=row.kpi_id,
        effective_from=row.effective_from,
        realistic=row.realistic,
        stretch=row.stretch,
        warning=row.warning,
        low=row.low,
        high=row.high,
        segment=row.segment_id,
        note=row.note,
        id=row.id,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def decision_from_row(row: Row) -> ReviewDecision:
    """One decision of a review."""
    return ReviewDecision(row.kpi_id, Decision(row.decision), row.note)


def review_from_row(row: Row, decisions: list[ReviewDecision]) -> Review:
    """A review row with its decisions."""
    return Review(
        id=row.id,
        held_on=row.held_on,
        scope=ReviewScope(row.scope),
        notes=row.notes,
        goal_id=row.goal_id,
        kpi_id=row.kpi_id,
        next_review=row.next_review,
        decisions=tuple(decisions),
    )


def person_from_row(row: Row) -> Person:
    return Person(row.id, row.name, row.email, row.role)


def segment_from_row(row: Row) -> Segment:
    return Segment(row.code, row.dimension, row.name)


def business_from_row(row: Row) -> Business:
    return Business(**{name: getattr(row, name) for name in BUSINESS_FIELDS})


def day_of(value: object) -> date | None:
    """The day of a time stamp as a database hands it back (SQLite: text, from an aggregate)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]
