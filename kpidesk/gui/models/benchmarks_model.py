"""A KPI's benchmarks: kind, label, value, as-of date, source, example flag."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Benchmark
from kpidesk.domain.types import BenchmarkKind
from kpidesk.gui.models.formatting import format_date, format_number
from kpidesk.gui.models.table import Column, RowTableModel

KIND, LABEL, VALUE, AS_OF, SOURCE, EXAMPLE = range(6)


translate = QCoreApplication.translate


def benchmark_kind_names() -> dict[BenchmarkKind, str]:
    return {
        BenchmarkKind.INDUSTRY: translate("BenchmarksModel", "Industry standard"),
        BenchmarkKind.COMPETITOR: translate("BenchmarksModel", "Competitor"),
        BenchmarkKind.OWN_BEST: translate("BenchmarksModel", "Own best"),
    }


class BenchmarksModel(RowTableModel[Benchmark]):
    def __init__(self, parent: Any = None) -> None:
        self.decimals = 0
        super().__init__(parent)

    def columns(self) -> list[Column[Benchmark]]:
        kinds = benchmark_kind_names()
        return [
            Column(
                lambda: translate("BenchmarksModel", "Kind"),
                lambda b: kinds[b.kind],
                lambda b: kinds[b.kind],
            ),
            Column(
                lambda: translate("BenchmarksModel", "Label"), lambda b: b.label, lambda b: b.label
            ),
            Column(
                lambda: translate("BenchmarksModel", "Value"),
                lambda b: format_number(b.value, self.decimals),
                lambda b: b.value,
                True,
            ),
            Column(
                lambda: translate("BenchmarksModel", "As of"),
                lambda b: format_date(b.as_of),
                lambda b: b.as_of,
            ),
            Column(
                lambda: translate("BenchmarksModel", "Source"),
                lambda b: b.source,
                lambda b: b.source,
            ),
            Column(
                lambda: translate("BenchmarksModel", "Example"),
                lambda b: translate("BenchmarksModel", "Example") if b.is_example else "",
                lambda b: b.is_example,
            ),
        ]

    def is_dimmed(self, row: Benchmark) -> bool:
        return row.id == 0
