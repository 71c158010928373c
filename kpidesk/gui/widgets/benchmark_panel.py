"""A KPI compared with others: the owner's latest value against each benchmark and each
competitor's latest figure, every one with its source and date.

Reusable: the KPI detail screen shows it under the chart, and a review can
embed it. `show_comparison` takes plain objects; `show_kpi` reads them from the file.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from kpidesk.domain.benchmarking import ComparisonRow, compare_with_others
from kpidesk.domain.entities import Kpi
from kpidesk.domain.formatting import format_period
from kpidesk.domain.periods import Period
from kpidesk.domain.series import KpiSeries
from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_benchmark_panel import Ui_BenchmarkPanel
from kpidesk.gui.models import comparison_model
from kpidesk.gui.models.chart_data import last_with_value
from kpidesk.gui.models.comparison_model import ComparisonModel
from kpidesk.gui.models.competitors_model import figure_text
from kpidesk.store import benchmarks, competitors

MAX_ROWS = 5
"""Rows shown before the table scrolls: the chart above keeps its room."""


class BenchmarkPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BenchmarkPanel()
        self.ui.setupUi(self)
        self.context: AppContext | None = None
        """Set by the host: the Competitors… button needs the open file."""
        self.today = date.today()
        self.kpi: Kpi | None = None
        self.model = ComparisonModel(self)
        table = self.ui.comparison_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(comparison_model.SOURCE, QHeaderView.ResizeMode.Stretch)
        self.ui.competitors_button.clicked.connect(self.open_competitors)
        self.show_comparison(None, None, [])

    # --- showing ------------------------------------------------------------------------
    def show_kpi(self, kpi: Kpi | None, series: KpiSeries | None) -> None:
        """Read the KPI's benchmarks and competitors' figures from the open file and show them."""
        store = self.context.store if self.context is not None else None
        if kpi is None or store is None:
            self.show_comparison(None, None, [])
            return
        last = last_with_value(series, self.today) if series is not None else None
        own = (last, series.value(last).value) if series is not None and last else None
        self.show_comparison(
            kpi,
            own,
            compare_with_others(
                kpi,
                own[1] if own else None,
                benchmarks.list_benchmarks(store, kpi.id),
                {c.id: c for c in competitors.list_competitors(store)},
                competitors.competitor_values(store, kpi.id),
            ),
        )

    def show_comparison(
        self, kpi: Kpi | None, own: tuple[Period, float | None] | None, rows: list[ComparisonRow]
    ) -> None:
        """Show `rows` against the owner's latest value `own` (its period and value)."""
        self.kpi = kpi
        self.model.kpi = kpi
        self.model.set_rows(rows)
        ui = self.ui
        if kpi is None:
            ui.own_label.clear()
        elif own is None or own[1] is None:
            ui.own_label.setText(self.tr("You: no value yet"))
        else:
            lang = self.context.language if self.context is not None else "en"
            # {0} the owner's latest value, {1} its period.
            ui.own_label.setText(
                self.tr("You: {0} in {1}").format(
                    figure_text(own[1], kpi), format_period(own[0], lang)
                )
            )
        ui.empty_label.setVisible(kpi is not None and not rows)
        ui.comparison_table.setVisible(bool(rows))
        self._fit_height(len(rows))
        ui.competitors_button.setEnabled(
            self.context is not None and self.context.store is not None
        )

    def _fit_height(self, count: int) -> None:
        table = self.ui.comparison_table
        table.resizeRowsToContents()
        rows = min(max(count, 1), MAX_ROWS)
        row_height = table.rowHeight(0) if count else table.verticalHeader().defaultSectionSize()
        height = table.horizontalHeader().sizeHint().height() + rows * row_height
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    # --- competitors ----------------------------------------------------------------------
    def make_dialog(self) -> QDialog:
        from kpidesk.gui.dialogs.competitors import CompetitorsDialog

        assert self.context is not None
        return CompetitorsDialog(
            self.context, self.kpi.id if self.kpi else None, self.window(), today=self.today
        )

    def open_competitors(self) -> None:
        """The Competitors dialog, ready to add a figure for the KPI shown."""
        if self.context is None or self.context.store is None:
            return
        self.make_dialog().exec()
