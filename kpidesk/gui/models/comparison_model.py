"""The comparison of a KPI with benchmarks and competitors: one row per figure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.benchmarking import ComparisonRow, Standing
from kpidesk.domain.entities import Kpi
from kpidesk.domain.formatting import format_change
from kpidesk.gui.i18n import ui_language
from kpidesk.gui.models.benchmarks_model import benchmark_kind_names
from kpidesk.gui.models.competitors_model import figure_text
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.models.table import Column, RowTableModel

KIND, LABEL, VALUE, GAP, AS_OF, SOURCE = range(6)

translate = QCoreApplication.translate


def standing_names() -> dict[Standing, str]:
    return {
        Standing.AHEAD: translate("ComparisonModel", "you lead"),
        Standing.LEVEL: translate("ComparisonModel", "level"),
        Standing.BEHIND: translate("ComparisonModel", "you lag"),
        Standing.UNKNOWN: "",
    }


class ComparisonModel(RowTableModel[ComparisonRow]):
    def __init__(self, parent: Any = None) -> None:
        self.kpi: Kpi | None = None
        super().__init__(parent)

    def gap_text(self, row: ComparisonRow) -> str:
        if row.gap is None:
            return ""
        unit, decimals = (self.kpi.unit, self.kpi.decimals) if self.kpi else ("", 0)
        gap = format_change(row.gap, unit, decimals, ui_language())
        words = standing_names()[row.standing]
        return translate("ComparisonModel", "{0} ({1})").format(gap, words) if words else gap

    def source_text(self, row: ComparisonRow) -> str:
        return row.source or translate("ComparisonModel", "no source given")

    def kind_text(self, row: ComparisonRow) -> str:
        kind = benchmark_kind_names()[row.kind]
        if row.is_example:
            return translate("ComparisonModel", "{0} (example)").format(kind)
        return kind

    def columns(self) -> list[Column[ComparisonRow]]:
        return [
            Column(lambda: translate("ComparisonModel", "Kind"), self.kind_text, self.kind_text),
            Column(
                lambda: translate("ComparisonModel", "Who or what"),
                lambda r: r.label,
                lambda r: r.label,
            ),
            Column(
                lambda: translate("ComparisonModel", "Value"),
                lambda r: figure_text(r.value, self.kpi),
                lambda r: r.value,
                True,
            ),
            Column(
                lambda: translate("ComparisonModel", "You vs them"),
                self.gap_text,
                lambda r: r.gap,
                True,
            ),
            Column(
                lambda: translate("ComparisonModel", "As of"),
                lambda r: format_date(r.as_of),
                lambda r: r.as_of,
            ),
            Column(
                lambda: translate("ComparisonModel", "Source"), self.source_text, self.source_text
            ),
        ]

    def is_dimmed(self, row: ComparisonRow) -> bool:
        return row.is_example

    def tooltip(self, row: ComparisonRow) -> str:
        # {0} who, {1} the figure, {2} its date, {3} its source.
        return translate("ComparisonModel", "{0}: {1} as of {2}. Source: {3}").format(
            row.label,
            figure_text(row.value, self.kpi),
            format_date(row.as_of),
            self.source_text(row),
        )
