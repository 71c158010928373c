"""The owner's latest value against each benchmark and each competitor's latest figure.

Every row keeps its source and as-of date: a figure without them cannot be
judged (KPI-GUIDE.md, "Benchmarks"), so every view of a comparison shows both.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kpidesk.domain.competitors import Competitor, CompetitorValue, latest_values
from kpidesk.domain.entities import Benchmark, Kpi
from kpidesk.domain.types import BenchmarkKind, Direction

_KIND_ORDER = {BenchmarkKind.INDUSTRY: 0, BenchmarkKind.COMPETITOR: 1, BenchmarkKind.OWN_BEST: 2}


class Standing(StrEnum):
    """Where the owner's value stands against the other figure."""

    AHEAD = "ahead"
    LEVEL = "level"
    BEHIND = "behind"
    UNKNOWN = "unknown"
    """No own value yet, or a range KPI (neither side of a band is better)."""


@dataclass(frozen=True)
class ComparisonRow:
    kind: BenchmarkKind
    label: str
    """The benchmark's label, or the competitor's name."""
    value: float
    as_of: date
    source: str
    is_example: bool = False
    gap: float | None = None
    """The owner's value minus this one."""
    standing: Standing = Standing.UNKNOWN
    competitor_id: int | None = None


def standing(own: float | None, other: float, direction: Direction) -> Standing:
    """AHEAD when the owner's value is better than `other` for a KPI of `direction`."""
    direction = Direction(direction)
    if own is None or direction is Direction.RANGE:
        return Standing.UNKNOWN
    if own == other:
        return Standing.LEVEL
    better = own > other if direction is Direction.HIGHER else own < other
    return Standing.AHEAD if better else Standing.BEHIND


def compare_with_others(
    kpi: Kpi,
    own: float | None,
    benchmarks: Iterable[Benchmark],
    competitors: Mapping[int, Competitor],
    values: Iterable[CompetitorValue],
) -> list[ComparisonRow]:
    """Benchmarks (industry, competitor, own best; newest first within a kind), then each
    competitor's latest figure for `kpi` by name."""

    def row(
        kind: BenchmarkKind,
        label: str,
        value: float,
        as_of: date,
        source: str,
        example: bool = False,
        competitor_id: int | None = None,
    ) -> ComparisonRow:
        gap = None if own is None else own - value
        where = standing(own, value, kpi.direction)
        return ComparisonRow(kind, label, value, as_of, source, example, gap, where, competitor_id)

    marks = sorted(
        (b for b in benchmarks if b.kpi_id == kpi.id),
        key=lambda b: (_KIND_ORDER[b.kind], -b.as_of.toordinal(), b.label.casefold()),
    )
    rows = [row(b.kind, b.label, b.value, b.as_of, b.source, b.is_example) for b in marks]
    latest = latest_values(v for v in values if v.kpi_id == kpi.id)
    named = [(competitors[c], v) for c, v in latest.items() if c in competitors]
    for competitor, value in sorted(named, key=lambda cv: cv[0].name.casefold()):
        rows.append(
            row(
                BenchmarkKind.COMPETITOR,
                competitor.name,
                value.value,
                value.as_of,
                value.source,
                competitor_id=competitor.id,
            )
        )
    return rows
