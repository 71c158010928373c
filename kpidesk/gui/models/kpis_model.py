"""The KPIs table and the filters of the KPIs screen."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Goal, Kpi
from kpidesk.domain.types import CHANNEL_DIMENSION, Area, KpiKind, Timing
from kpidesk.gui.labels import (
    area_names,
    frequency_names,
    kind_names,
    timing_names,
    unit_label,
)
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.models.proxy import RowFilterProxy
from kpidesk.gui.models.table import Column, RowTableModel

CODE, NAME, AREA, KIND, TIMING, FREQUENCY, UNIT, OWNER, GOALS, RETIRED = range(10)

SPLIT_BY_CHANNEL = "*"
"""Channel filter value: KPIs tracked per channel (split by the channel dimension)."""


translate = QCoreApplication.translate


@dataclass
class KpiLookups:
    """Names the KPI rows refer to by id or code."""

    people: dict[int, str] = field(default_factory=dict)
    goals: list[Goal] = field(default_factory=list)
    library_channels: dict[str, str] = field(default_factory=dict)
    """Library code → the one marketing channel the library KPI belongs to."""

    def goals_of(self, kpi: Kpi) -> list[Goal]:
        return [g for g in self.goals if kpi.id in g.kpi_ids]


class KpisModel(RowTableModel[Kpi]):
    def __init__(self, parent: Any = None) -> None:
        self.lookups = KpiLookups()
        super().__init__(parent)

    def set_kpis(self, kpis: Sequence[Kpi], lookups: KpiLookups) -> None:
        self.lookups = lookups
        self.set_rows(kpis)

    def owner(self, kpi: Kpi) -> str:
        return self.lookups.people.get(kpi.owner_id, "") if kpi.owner_id is not None else ""

    def goal_titles(self, kpi: Kpi) -> str:
        return "; ".join(g.title for g in self.lookups.goals_of(kpi))

    def columns(self) -> list[Column[Kpi]]:
        areas, kinds, timings = area_names(), kind_names(), timing_names()
        frequencies = frequency_names()
        return [
            Column(lambda: translate("KpisModel", "Code"), lambda k: k.code, lambda k: k.code),
            Column(lambda: translate("KpisModel", "Name"), lambda k: k.name, lambda k: k.name),
            Column(
                lambda: translate("KpisModel", "Area"),
                lambda k: areas[k.area],
                lambda k: areas[k.area],
            ),
            Column(
                lambda: translate("KpisModel", "Kind"),
                lambda k: kinds[k.kind],
                lambda k: kinds[k.kind],
            ),
            Column(
                lambda: translate("KpisModel", "Timing"),
                lambda k: timings[k.timing],
                lambda k: timings[k.timing],
            ),
            Column(
                lambda: translate("KpisModel", "Frequency"),
                lambda k: frequencies[k.frequency],
                lambda k: k.frequency.rank,
            ),
            Column(
                lambda: translate("KpisModel", "Unit"),
                lambda k: unit_label(k.unit),
                lambda k: k.unit,
            ),
            Column(lambda: translate("KpisModel", "Owner"), self.owner, self.owner),
            Column(lambda: translate("KpisModel", "Goals"), self.goal_titles, self.goal_titles),
            Column(
                lambda: translate("KpisModel", "Retired"),
                lambda k: format_date(k.retired_on),
                lambda k: k.retired_on,
            ),
        ]

    def is_dimmed(self, row: Kpi) -> bool:
        return row.is_retired

    def tooltip(self, row: Kpi) -> str:
        if row.is_retired:
            return translate("KpisModel", "Retired on {0}: {1}").format(
                format_date(row.retired_on), row.retired_reason
            )
        return row.definition


class KpisFilter(RowFilterProxy):
    """Search plus one filter per property; None means "any"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.goal_id: int | None = None
        self.area: Area | None = None
        self.kind: KpiKind | None = None
        self.timing: Timing | None = None
        self.owner_id: int | None = None
        self.channel: str | None = None
        self.show_retired = False

    def set_filter(self, name: str, value: Any) -> None:
        """Set one filter (goal_id, area, kind, timing, owner_id, channel, show_retired)."""
        if not hasattr(self, name) or name.startswith("_"):
            raise AttributeError(name)
        self.refilter(lambda: setattr(self, name, value))

    def _lookups(self) -> KpiLookups:
        model = self.sourceModel()
        return model.lookups if isinstance(model, KpisModel) else KpiLookups()

    def accepts(self, obj: Kpi) -> bool:
        lookups = self._lookups()
        checks = (
            self.show_retired or not obj.is_retired,
            self.area is None or obj.area == self.area,
            self.kind is None or obj.kind == self.kind,
            self.timing is None or obj.timing == self.timing,
            self.owner_id is None or obj.owner_id == self.owner_id,
            self.goal_id is None or any(g.id == self.goal_id for g in lookups.goals_of(obj)),
            self._channel_fits(obj, lookups),
        )
        return all(checks) and self.matches(obj.code, obj.name, obj.definition)

    def _channel_fits(self, kpi: Kpi, lookups: KpiLookups) -> bool:
        if self.channel is None:
            return True
        split = kpi.dimension == CHANNEL_DIMENSION
        if self.channel == SPLIT_BY_CHANNEL:
            return split
        # KPIs typed in by hand carry no library code; their own code may still be one.
        library_code = kpi.library_code or kpi.code
        return split or lookups.library_channels.get(library_code) == self.channel
