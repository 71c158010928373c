"""Plain objects the store hands out and the screens and reports show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kpidesk.domain.periods import Period
from kpidesk.domain.types import (
    Area,
    BenchmarkKind,
    Decision,
    Direction,
    Frequency,
    Horizon,
    KpiKind,
    ReviewScope,
    RollUp,
    Timing,
)

TOTAL_SEGMENT = ""
"""The segment code of a KPI's total (not split by any dimension)."""


@dataclass(frozen=True)
class Business:
    name: str
    industry: str = "other"
    currency: str = "NOK"
    fiscal_start_month: int = 1
    language: str = "nb"
    size: str = ""


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str = ""
    role: str = ""


@dataclass(frozen=True)
class Segment:
    code: str
    dimension: str
    name: str


@dataclass(frozen=True)
class Scale:
    """The scale of a qualitative KPI, e.g. 1–5 with a label per level."""

    minimum: float
    maximum: float
    labels: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Goal:
    id: int
    title: str
    description: str = ""
    horizon: Horizon = Horizon.SHORT
    area: Area | None = None
    owner_id: int | None = None
    due_date: date | None = None
    archived_on: date | None = None
    kpi_ids: tuple[int, ...] = ()
    kpi_weights: tuple[float, ...] = ()


@dataclass(frozen=True)
class Kpi:
    id: int
    code: str
    name: str
    definition: str = ""
    area: Area = Area.FINANCE
    kind: KpiKind = KpiKind.QUANTITATIVE
    timing: Timing = Timing.LAGGING
    unit: str = ""
    decimals: int = 0
    direction: Direction = Direction.HIGHER
    frequency: Frequency = Frequency.MONTH
    rollup: RollUp = RollUp.SUM
    formula: str = ""
    scale: Scale | None = None
    data_source: str = ""
    owner_id: int | None = None
    library_code: str = ""
    dimension: str = ""
    """The segment dimension the KPI is split by (e.g. "channel"), or "" for none."""
    baseline: float | None = None
    retired_on: date | None = None
    retired_reason: str = ""
    replaced_by_id: int | None = None
    drives: tuple[str, ...] = ()
    """Codes of the lagging KPIs this (leading) KPI is expected to move."""
    active_from: date | None = None
    """The day the KPI came into use (e.g. as a replacement); None: in use all along."""

    @property
    def is_formula(self) -> bool:
        return bool(self.formula.strip())

    @property
    def is_retired(self) -> bool:
        return self.retired_on is not None


@dataclass(frozen=True)
class Target:
    """Targets for one KPI (and segment) in force from `effective_from` on.

    For direction higher/lower: `realistic`, `stretch` and the `warning`
    threshold. For direction range: the band `low`…`high`, with `warning` as
    the tolerance outside the band that still counts as at risk.
    """

    kpi_id: int
    effective_from: date
    realistic: float | None = None
    stretch: float | None = None
    warning: float | None = None
    low: float | None = None
    high: float | None = None
    segment: str = TOTAL_SEGMENT
    note: str = ""
    id: int | None = None
    created_at: datetime | None = None
    created_by: str = ""


@dataclass(frozen=True)
class Measurement:
    kpi_id: int
    period: Period
    value: float | None
    segment: str = TOTAL_SEGMENT
    comment: str = ""
    source: str = "manual"
    entered_by: str = ""
    entered_at: datetime | None = None
    version: int | None = None
    """The stored row's version (None if not read from a store): what an edit expects."""


@dataclass(frozen=True)
class Benchmark:
    id: int
    kpi_id: int
    kind: BenchmarkKind
    label: str
    value: float
    as_of: date
    source: str = ""
    is_example: bool = False


@dataclass(frozen=True)
class ReviewDecision:
    kpi_id: int
    decision: Decision
    note: str = ""


@dataclass(frozen=True)
class Review:
    id: int
    held_on: date
    scope: ReviewScope
    notes: str = ""
    goal_id: int | None = None
    kpi_id: int | None = None
    next_review: date | None = None
    decisions: tuple[ReviewDecision, ...] = ()


@dataclass(frozen=True)
class ChangeLogEntry:
    id: int
    at: datetime
    who: str
    entity: str
    entity_id: int | None
    field: str
    old: str
    new: str
    kpi_id: int | None = None
    context: str = ""
