"""The KPI library's plain objects: one bilingual library entry and its rating scale."""

from __future__ import annotations

from dataclasses import dataclass

from kpidesk.domain import entities
from kpidesk.domain.types import (
    CHANNEL_DIMENSION,
    CHANNELS,
    Area,
    Direction,
    Frequency,
    KpiKind,
    RollUp,
    Timing,
)

LANGS: tuple[str, ...] = ("nb", "en")
"""The languages every library text is written in; the first is the default."""

UNITS: tuple[str, ...] = ("NOK", "%", "count", "score", "days", "hours", "ratio")

THEMES: tuple[str, ...] = (
    "growth",
    "sales",
    "online_sales",
    "acquisition",
    "retention",
    "customers",
    "satisfaction",
    "profitability",
    "costs",
    "cash",
    "brand",
    "marketing",
    "efficiency",
    "quality",
    "people",
    "safety",
    *CHANNELS,
)
"""Goal themes a library KPI can serve; the channel codes double as themes."""

ALL_INDUSTRIES = "all"

TEXT_FIELDS: tuple[str, ...] = ("name", "definition", "why", "how")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGS)}")
    return lang


@dataclass(frozen=True)
class Bilingual:
    """One text in Norwegian Bokmål and English."""

    nb: str
    en: str

    def get(self, lang: str) -> str:
        return getattr(self, check_lang(lang))


@dataclass(frozen=True)
class Scale:
    """A rating scale with one descriptor (rubric level) per whole value."""

    minimum: int
    maximum: int
    levels: tuple[Bilingual, ...]

    def label(self, value: int, lang: str) -> str:
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{value} is outside the scale {self.minimum}–{self.maximum}")
        return self.levels[value - self.minimum].get(lang)

    def to_entity(self, lang: str) -> entities.Scale:
        labels = {self.minimum + i: level.get(lang) for i, level in enumerate(self.levels)}
        return entities.Scale(float(self.minimum), float(self.maximum), labels)


@dataclass(frozen=True)
class LibraryKpi:
    """One KPI of the bundled library, with every text in nb and en."""

    code: str
    area: Area
    name: Bilingual
    definition: Bilingual
    why: Bilingual
    how: Bilingual
    unit: str
    decimals: int
    direction: Direction
    frequency: Frequency
    rollup: RollUp
    kind: KpiKind
    timing: Timing
    industries: tuple[str, ...]
    themes: tuple[str, ...]
    formula: str = ""
    drives: tuple[str, ...] = ()
    channel: str = ""
    by_channel: bool = False
    scale: Scale | None = None
    source: str = ""
    """The library file the entry came from, for error messages."""

    def text(self, field: str, lang: str) -> str:
        """One of the texts ``name``, ``definition``, ``why`` or ``how`` in `lang`."""
        if field not in TEXT_FIELDS:
            raise ValueError(f"unknown text field {field!r}; use one of {', '.join(TEXT_FIELDS)}")
        return getattr(self, field).get(lang)

    @property
    def is_formula(self) -> bool:
        return bool(self.formula)

    @property
    def is_leading(self) -> bool:
        return self.timing is Timing.LEADING

    def fits(self, industry: str) -> bool:
        """True when the KPI is meant for `industry` (or for every industry)."""
        return ALL_INDUSTRIES in self.industries or industry in self.industries

    def to_kpi(self, lang: str, kpi_id: int = 0) -> entities.Kpi:
        """A domain KPI built from this entry, its texts in `lang`, ready to be stored."""
        return entities.Kpi(
            id=kpi_id,
            code=self.code,
            name=self.name.get(lang),
            definition=self.definition.get(lang),
            area=self.area,
            kind=self.kind,
            timing=self.timing,
            unit=self.unit,
            decimals=self.decimals,
            direction=self.direction,
            frequency=self.frequency,
            rollup=self.rollup,
            formula=self.formula,
            scale=self.scale.to_entity(lang) if self.scale else None,
            data_source=self.how.get(lang),
            library_code=self.code,
            dimension=CHANNEL_DIMENSION if self.by_channel else "",
            drives=self.drives,
        )
