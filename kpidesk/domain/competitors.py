"""Competitors as named entities with dated public figures (ratings, prices, followers)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Competitor:
    id: int
    name: str
    note: str = ""
    """Anything that helps tell them apart: address, website, what they sell."""


@dataclass(frozen=True)
class CompetitorValue:
    """One public figure of a competitor for one KPI, on a date, with where it came from."""

    competitor_id: int
    kpi_id: int
    as_of: date
    value: float
    source: str = ""
    id: int = 0


def latest_values(values: Iterable[CompetitorValue]) -> dict[int, CompetitorValue]:
    """Each competitor's latest figure (by as-of date; the later entry wins a tie)."""
    latest: dict[int, CompetitorValue] = {}
    for value in sorted(values, key=lambda v: (v.as_of, v.id)):
        latest[value.competitor_id] = value
    return latest
