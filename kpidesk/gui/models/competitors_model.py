"""Competitors (name, note) and their dated figures (KPI, as of, value, source)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.competitors import Competitor, CompetitorValue
from kpidesk.domain.entities import Kpi
from kpidesk.domain.formatting import format_value
from kpidesk.gui.i18n import ui_language
from kpidesk.gui.models.formatting import MAX_DECIMALS, format_date
from kpidesk.gui.models.table import Column, RowTableModel

NAME, NOTE = range(2)
KPI, AS_OF, VALUE, SOURCE = range(4)

translate = QCoreApplication.translate


def figure_text(value: float, kpi: Kpi | None) -> str:
    """`value` in the KPI's unit, with its decimals or as many as the figure has."""
    decimals = kpi.decimals if kpi is not None else 0
    while decimals < MAX_DECIMALS and round(value, decimals) != value:
        decimals += 1
    return format_value(value, kpi.unit if kpi else "", decimals, ui_language())


class CompetitorsModel(RowTableModel[Competitor]):
    def columns(self) -> list[Column[Competitor]]:
        return [
            Column(
                lambda: translate("CompetitorsModel", "Competitor"),
                lambda c: c.name,
                lambda c: c.name,
            ),
            Column(
                lambda: translate("CompetitorsModel", "Note"), lambda c: c.note, lambda c: c.note
            ),
        ]

    def row_of(self, competitor_id: int) -> int:
        return next((n for n, c in enumerate(self.rows()) if c.id == competitor_id), -1)


class CompetitorValuesModel(RowTableModel[CompetitorValue]):
    """One competitor's figures, newest first; KPIs named and valued from `kpis`."""

    def __init__(self, parent: Any = None) -> None:
        self.kpis: Mapping[int, Kpi] = {}
        super().__init__(parent)

    def _kpi_name(self, value: CompetitorValue) -> str:
        kpi = self.kpis.get(value.kpi_id)
        return kpi.name if kpi is not None else ""

    def columns(self) -> list[Column[CompetitorValue]]:
        return [
            Column(lambda: translate("CompetitorsModel", "KPI"), self._kpi_name, self._kpi_name),
            Column(
                lambda: translate("CompetitorsModel", "As of"),
                lambda v: format_date(v.as_of),
                lambda v: v.as_of,
            ),
            Column(
                lambda: translate("CompetitorsModel", "Value"),
                lambda v: figure_text(v.value, self.kpis.get(v.kpi_id)),
                lambda v: v.value,
                True,
            ),
            Column(
                lambda: translate("CompetitorsModel", "Source"),
                lambda v: v.source,
                lambda v: v.source,
            ),
        ]
