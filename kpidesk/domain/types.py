"""The closed vocabularies of the domain, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class Frequency(StrEnum):
    """How often a KPI is measured; declared from finest to coarsest."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def rank(self) -> int:
        """0 for day … 4 for year: a higher rank is a coarser period."""
        return _FREQUENCY_RANK[self]

    def is_coarser_than(self, other: Frequency) -> bool:
        """True when a period of this frequency can hold periods of `other`."""
        return self.rank > other.rank


_FREQUENCY_RANK = {f: i for i, f in enumerate(Frequency)}
"""Looked up, not searched: periods compare ranks in every sort and roll-up."""


class Direction(StrEnum):
    """Which values are good."""

    HIGHER = "higher"
    LOWER = "lower"
    RANGE = "range"


class RollUp(StrEnum):
    """How values of a finer period combine into a coarser one."""

    SUM = "sum"
    MEAN = "mean"
    LAST = "last"
    MIN = "min"
    MAX = "max"


class KpiKind(StrEnum):
    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"


class Timing(StrEnum):
    LEADING = "leading"
    LAGGING = "lagging"


class Horizon(StrEnum):
    LONG = "long"
    SHORT = "short"


class Area(StrEnum):
    FINANCE = "finance"
    SALES = "sales"
    MARKETING = "marketing"
    CUSTOMERS = "customers"
    OPERATIONS = "operations"
    PEOPLE = "people"


class Status(StrEnum):
    """A KPI's standing in one period, best first."""

    STRETCH_MET = "stretch_met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"
    NO_TARGET = "no_target"


class BenchmarkKind(StrEnum):
    INDUSTRY = "industry"
    COMPETITOR = "competitor"
    OWN_BEST = "own_best"


class ReviewScope(StrEnum):
    ALL = "all"
    GOAL = "goal"
    KPI = "kpi"


class Decision(StrEnum):
    KEEP = "keep"
    ADJUST_TARGET = "adjust_target"
    CHANGE_DEFINITION = "change_definition"
    REPLACE = "replace"
    RETIRE = "retire"


CHANNEL_DIMENSION = "channel"
"""The segment dimension of marketing KPIs."""

CHANNELS: tuple[str, ...] = ("seo", "ppc", "social", "email", "content")
"""The five marketing channels every business starts with, as segment codes."""

INDUSTRIES: tuple[str, ...] = (
    "retail",
    "ecommerce",
    "hospitality",
    "services",
    "construction",
    "wholesale",
    "other",
)
