"""The left part of a review page: a KPI's tile, recent statuses, chart, causes, targets,
benchmarks and history, all from `ReviewFacts` and the domain's numbers.

The chart (pyqtgraph) is built when the first KPI is shown, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem

from kpidesk.domain.entities import Kpi, Review
from kpidesk.domain.formatting import format_date, format_period, format_value
from kpidesk.domain.periods import Period, last_ended_period
from kpidesk.domain.review_facts import PeriodStatus, recent_statuses
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.tiles import tile_for
from kpidesk.gui.forms.ui_review_session import Ui_ReviewSession
from kpidesk.gui.labels import (
    STATUS_COLOURS,
    STATUS_SYMBOLS,
    decision_names,
    direction_names,
    frequency_names,
    status_names,
    timing_names,
)
from kpidesk.gui.models.benchmarks_model import benchmark_kind_names
from kpidesk.gui.models.chart_data import build_chart_data
from kpidesk.gui.models.targets_model import TargetsModel
from kpidesk.gui.widgets.kpi_tile import KpiTile, tile_text
from kpidesk.store.review_facts import ReviewFacts

if TYPE_CHECKING:
    from kpidesk.gui.widgets.kpi_chart import KpiChart

CHART_HEIGHT = 190


class FactsView(QObject):
    """Fills the facts part of the review page for one KPI at a time."""

    def __init__(
        self,
        ui: Ui_ReviewSession,
        lang: str,
        today: date,
        fiscal_start_month: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui, self.lang, self.today = ui, lang, today
        self.fiscal_start_month = fiscal_start_month
        self.chart: KpiChart | None = None
        self.tile: KpiTile | None = None
        self.statuses: list[PeriodStatus] = []
        self.targets = TargetsModel(self)
        ui.targets_table.setModel(self.targets)
        ui.targets_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.benchmarks_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show(self, facts: ReviewFacts, reviews: Sequence[Review]) -> None:
        """Everything about `facts.kpi` a review looks at."""
        kpi = facts.kpi
        last = last_ended_period(kpi.frequency, self.today, self.fiscal_start_month)
        self.statuses = recent_statuses(
            kpi, facts.series, facts.targets, last, facts.causes, facts.measurements
        )
        self._show_tile(kpi, facts, last)
        self._show_words(kpi)
        self._show_chart(facts)
        self._show_causes()
        self.targets.decimals = kpi.decimals
        self.targets.set_rows(facts.targets)
        self._show_benchmarks(kpi, facts)
        self._show_history(facts, reviews)

    def _show_tile(self, kpi: Kpi, facts: ReviewFacts, last: Period) -> None:
        if self.tile is not None:
            self.ui.tile_host_layout.removeWidget(self.tile)
            self.tile.deleteLater()
        series = facts.series or KpiSeries.plain(kpi.frequency, kpi.rollup, {})
        tile = tile_for(kpi, series, facts.targets, last, today=self.today)
        note = format_period(tile.period, self.lang)
        reference = tile.target.realistic if tile.target else None
        self.tile = KpiTile(
            kpi.id, tile_text(kpi, tile, self.lang, note), tile.sparkline, reference
        )
        self.tile.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it opens nothing here
        self.ui.tile_host_layout.addWidget(self.tile)

    def _show_words(self, kpi: Kpi) -> None:
        ui = self.ui
        about = " · ".join(
            (
                frequency_names()[kpi.frequency],
                direction_names()[kpi.direction],
                timing_names()[kpi.timing],
            )
        )
        definition = kpi.definition or self.tr("No definition written yet.")
        ui.definition_label.setText(f"{definition}\n{about}")
        marks, words = [], []
        for row in self.statuses:
            period = format_period(row.period, self.lang, short=True)
            colour, symbol = STATUS_COLOURS[row.status], STATUS_SYMBOLS[row.status]
            kept = escape(period).replace(" ", "&nbsp;")  # a period and its mark stay together
            marks.append(f"{kept}&nbsp;<b style='color:{colour}'>{symbol}</b>")
            words.append(self.tr("{0}: {1}").format(period, status_names()[row.status]))
        title = self.tr("Last {0} periods:").format(len(self.statuses))
        ui.recent_label.setText(f"{escape(title)}<br>" + " &nbsp; ".join(marks))
        ui.recent_label.setAccessibleName(title + " " + "; ".join(words))

    def _show_chart(self, facts: ReviewFacts) -> None:
        kpi = facts.kpi
        data = build_chart_data(
            kpi,
            facts.series or KpiSeries.plain(kpi.frequency, kpi.rollup, {}),
            today=self.today,
            lang=self.lang,
            targets=facts.targets,
            benchmarks=facts.benchmarks,
            measurements=facts.measurements,
        )
        if self.chart is None:
            from kpidesk.gui.widgets.kpi_chart import KpiChart

            self.chart = KpiChart(self.lang, self.ui.chart_host)
            self.chart.plot.setMinimumHeight(CHART_HEIGHT)
            self.ui.chart_host_layout.addWidget(self.chart)
        self.chart.set_data(data, "total")

    def _show_causes(self) -> None:
        lines = self.ui.causes_list
        lines.clear()
        for row in reversed(self.statuses):
            if not row.causes and not row.comment:
                continue
            status = f"{STATUS_SYMBOLS[row.status]} {status_names()[row.status]}"
            text = self.tr("{0} ({1})").format(format_period(row.period, self.lang), status)
            if row.causes:
                text = self.tr("{0} – {1}").format(text, ", ".join(row.causes))
            if row.comment:
                text = self.tr("{0}: {1}").format(text, row.comment)
            lines.addItem(QListWidgetItem(text))
        if not lines.count():
            lines.addItem(
                self.tr("No causes or comments on the last {0} values.").format(len(self.statuses))
            )

    def _show_benchmarks(self, kpi: Kpi, facts: ReviewFacts) -> None:
        tree = self.ui.benchmarks_tree
        tree.clear()
        kinds = benchmark_kind_names()

        def value(number: float) -> str:
            return format_value(number, kpi.unit, kpi.decimals, self.lang)

        for b in facts.benchmarks:
            label = b.label if not b.is_example else self.tr("{0} (example)").format(b.label)
            row = [kinds[b.kind], label, value(b.value), format_date(b.as_of, self.lang), b.source]
            tree.addTopLevelItem(QTreeWidgetItem(row))
        for name, figure in facts.competitors:
            row = [
                self.tr("Competitor"),
                name,
                value(figure.value),
                format_date(figure.as_of, self.lang),
                figure.source,
            ]
            tree.addTopLevelItem(QTreeWidgetItem(row))
        if not tree.topLevelItemCount():
            tree.addTopLevelItem(QTreeWidgetItem([self.tr("None yet")]))

    def _show_history(self, facts: ReviewFacts, reviews: Sequence[Review]) -> None:
        lines: list[tuple[date, str]] = []
        kpi = facts.kpi
        for change in facts.definitions:
            text = self.tr("{0}: definition changed from “{1}” to “{2}” ({3})").format(
                format_date(change.at.date(), self.lang), change.old, change.new, change.who
            )
            lines.append((change.at.date(), text))
        for old in facts.replaced:
            day = old.retired_on or date.min
            text = self.tr("{0}: took over from {1}: {2}").format(
                format_date(day, self.lang), old.name, old.retired_reason
            )
            lines.append((day, text))
        names = decision_names()
        for review in reviews:
            for decision in review.decisions:
                if decision.kpi_id == kpi.id:
                    text = self.tr("Review {0}: {1}").format(
                        format_date(review.held_on, self.lang), names[decision.decision]
                    )
                    if decision.note:
                        text = self.tr("{0} – {1}").format(text, decision.note)
                    lines.append((review.held_on, text))
        history = self.ui.history_list
        history.clear()
        for _, text in sorted(lines, key=lambda line: line[0], reverse=True):
            history.addItem(QListWidgetItem(text))
        if not lines:
            history.addItem(self.tr("No earlier definitions, replacements or reviews."))
