"""The KPI detail screen: the chart of one KPI, and which KPIs lead it (or it leads).

The chart widget (pyqtgraph) is built the first time a KPI is shown, so opening
the app never imports pyqtgraph. Every number comes from `KpiSeries` (the one
source shared with the tiles and the PDF) and is written by `format_value`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from kpidesk.domain.entities import TOTAL_SEGMENT, Kpi
from kpidesk.domain.formatting import (
    format_compact,
    format_date,
    format_number,
    format_period,
    format_value,
)
from kpidesk.domain.leadlag import MIN_OVERLAP, LeadLag, Trust, lead_lag
from kpidesk.domain.periods import Period, last_ended_period
from kpidesk.domain.projection import Pace
from kpidesk.domain.series import KpiSeries
from kpidesk.domain.types import Decision, Direction, ReviewScope
from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_kpi_detail_screen import Ui_KpiDetailScreen
from kpidesk.gui.labels import frequency_names
from kpidesk.gui.models.chart_data import ChartData, build_chart_data, channel_mix, mix_period
from kpidesk.gui.screens.base import Screen, open_screen
from kpidesk.store import (
    benchmarks,
    business,
    causes,
    competitors,
    kpis,
    measurements,
    reviews,
    targets,
)
from kpidesk.store.series import load_series

if TYPE_CHECKING:
    from kpidesk.gui.widgets.kpi_chart import KpiChart, LeadLagChart

VIEWS = ("total", "lines", "bars")


class KpiDetailScreen(Screen):
    icon_name = "detail"
    watches = ("kpis", "values", "targets", "benchmarks", "reviews", "causes", "competitors")

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(context, parent)
        self.today = today or date.today()
        self.ui = Ui_KpiDetailScreen()
        self.ui.setupUi(self)
        self.chart: KpiChart | None = None
        self.lead_lag_chart: LeadLagChart | None = None
        self.data: ChartData | None = None
        self.lead_lag_result: LeadLag | None = None
        self._kpis: dict[int, Kpi] = {}
        self._series: dict[tuple[int, str], KpiSeries] | None = None
        self._channels: list[tuple[str, str, KpiSeries]] = []
        self._loading = False
        ui = self.ui
        ui.comparison_panel.context = context
        ui.comparison_panel.today = self.today
        ui.kpi_combo.currentIndexChanged.connect(lambda _: self._show_current())
        ui.view_combo.currentIndexChanged.connect(lambda _: self._apply_view())
        ui.reset_zoom_button.clicked.connect(self.reset_zoom)
        ui.export_png_button.clicked.connect(lambda: self._ask_export("png"))
        ui.export_svg_button.clicked.connect(lambda: self._ask_export("svg"))
        ui.review_button.clicked.connect(self.review_kpi)
        ui.leading_combo.currentIndexChanged.connect(lambda _: self._update_lead_lag())
        ui.lagging_combo.currentIndexChanged.connect(lambda _: self._update_lead_lag())
        ui.change_log_button.clicked.connect(self.show_change_log)
        self.refresh()

    def title(self) -> str:
        return self.tr("KPI detail")

    # --- loading ----------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        self._series = None
        current = self.current_kpi()
        self._loading = True
        try:
            self._kpis = {} if store is None else {k.id: k for k in kpis.list_kpis(store)}
            active = [k for k in self._kpis.values() if not k.is_retired]
            for combo in (self.ui.kpi_combo, self.ui.leading_combo, self.ui.lagging_combo):
                combo.clear()
                for kpi in active:
                    combo.addItem(f"{kpi.name} ({kpi.code})", kpi.id)
            # A retired KPI keeps its chart: listed after the active ones.
            for kpi in (k for k in self._kpis.values() if k.is_retired):
                self.ui.kpi_combo.addItem(
                    self.tr("{0} ({1}) – retired").format(kpi.name, kpi.code), kpi.id
                )
        finally:
            self._loading = False
        self.ui.review_button.setEnabled(not self.context.read_only)
        if current is not None and current.id in self._kpis:
            self.show_kpi(current.id)
        else:
            self._show_current()

    def series(self, kpi_id: int, segment: str = TOTAL_SEGMENT) -> KpiSeries | None:
        """The KPI's series from the open file (loaded once per refresh)."""
        if self._series is None:
            store = self.context.store
            self._series = {} if store is None else load_series(store)
        return self._series.get((kpi_id, segment))

    def current_kpi(self) -> Kpi | None:
        kpi_id = self.ui.kpi_combo.currentData()
        return self._kpis.get(kpi_id) if kpi_id is not None else None

    def show_kpi(self, kpi_id: int) -> None:
        """Show the chart of KPI `kpi_id` (and pick a leading → lagging pair for it)."""
        index = self.ui.kpi_combo.findData(kpi_id)
        if index < 0:
            return
        if index == self.ui.kpi_combo.currentIndex():
            self._show_current()
        else:
            self.ui.kpi_combo.setCurrentIndex(index)

    def _show_current(self) -> None:
        if self._loading:
            return
        kpi, store = self.current_kpi(), self.context.store
        if kpi is None or store is None:
            self.data = None
            self._clear()
            return
        lang = self.context.language
        series = self.series(kpi.id)
        segments = {s.code: s.name for s in business.list_segments(store, kpi.dimension or None)}
        self._channels = [
            (code, segments.get(code, code), s)
            for (kpi_id, code), s in sorted((self._series or {}).items())
            if kpi_id == kpi.id and code != TOTAL_SEGMENT
        ]
        all_values = measurements.load_measurements(store, kpi.id)
        tagged = causes.value_causes(store, kpi.id)
        rivals = {c.id: c.name for c in competitors.list_competitors(store)}
        self.data = build_chart_data(
            kpi,
            series or KpiSeries.plain(kpi.frequency, kpi.rollup, {}),
            today=self.today,
            lang=lang,
            targets=targets.list_targets(store, kpi.id),
            benchmarks=benchmarks.list_benchmarks(store, kpi.id),
            channels=self._channels,
            measurements=all_values,
            causes=tagged,
            competitors=[
                (rivals[v.competitor_id], v)
                for v in competitors.competitor_values(store, kpi.id)
                if v.competitor_id in rivals
            ],
        )
        self._ensure_chart().set_data(self.data, self._view())
        self.ui.comparison_panel.show_kpi(kpi, series)
        self._fill_views()
        self._show_words()
        self._show_mix(self.data.last_actual)
        self._show_notes(kpi, all_values, tagged)
        self._choose_pair(kpi)

    def _ensure_chart(self) -> KpiChart:
        if self.chart is None:
            from kpidesk.gui.widgets.kpi_chart import KpiChart

            self.chart = KpiChart(self.context.language, self.ui.chart_host)
            self.chart.period_clicked.connect(self._show_mix)
            self.ui.chart_host_layout.addWidget(self.chart)
        return self.chart

    def _clear(self) -> None:
        for label in (self.ui.pace_label, self.ui.forecast_label, self.ui.mix_label):
            label.clear()
        self.ui.notes_list.clear()
        self.ui.comparison_panel.show_kpi(None, None)
        if self.chart is not None:
            self.chart.data = None
            self.chart.set_mode("total")

    # --- views --------------------------------------------------------------------
    def _view(self) -> str:
        return self.ui.view_combo.currentData() or "total"

    def _fill_views(self) -> None:
        data, combo = self.data, self.ui.view_combo
        current = self._view()
        names = {
            "total": self.tr("Total with targets"),
            "lines": self.tr("By channel: lines"),
            "bars": self.tr("By channel: stacked bars"),
        }
        views = ["total"]
        if data is not None and data.channels:
            views.append("lines")
            if data.stackable:
                views.append("bars")
        combo.blockSignals(True)
        combo.clear()
        for view in views:
            combo.addItem(names[view], view)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        combo.setEnabled(len(views) > 1)
        has_channels = data is not None and bool(data.channels)
        self.ui.mix_title_label.setVisible(has_channels)
        self.ui.mix_label.setVisible(has_channels)
        if self.chart is not None and self.chart.mode != self._view():
            self.chart.set_mode(self._view())

    def set_view(self, view: str) -> None:
        """Show the total ("total") or the channels as "lines" or stacked "bars"."""
        index = self.ui.view_combo.findData(view)
        if index >= 0:
            self.ui.view_combo.setCurrentIndex(index)

    def _apply_view(self) -> None:
        if self.chart is not None and self.data is not None:
            self.chart.set_mode(self._view())

    def reset_zoom(self) -> None:
        if self.chart is not None:
            self.chart.reset_zoom()

    # --- words beside the chart -----------------------------------------------------
    def _show_words(self) -> None:
        data, lang = self.data, self.context.language
        if data is None:
            return
        if not data.periods:
            self.ui.pace_label.setText(self.tr("No values yet: enter some to see the chart."))
            self.ui.forecast_label.clear()
            return
        if data.forecast_error is not None:
            self.ui.forecast_label.setText(
                self.tr(
                    "Not enough history to forecast: {0} values so far, at least {1} needed."
                ).format(data.forecast_error.observed, data.forecast_error.needed)
            )
        elif data.forecast is not None and data.forecast.points:
            self.ui.forecast_label.setText(
                self.tr(
                    "Forecast to the end of {0} (dashed); the shaded band is where 8 of 10 "
                    "outcomes should fall."
                ).format(format_period(data.projection.year, lang) if data.projection else "")
            )
        else:
            self.ui.forecast_label.setText(self.tr("The year has ended: nothing left to forecast."))
        self.ui.pace_label.setText(self.pace_text())

    def pace_text(self) -> str:
        """ "At this pace: 1,32 mill. kr of 1,5 mill. kr in 2026." and the verdict."""
        data, lang = self.data, self.context.language
        projection = data.projection if data is not None else None
        if data is None or projection is None:
            return ""
        kpi = data.kpi
        year = format_period(projection.year, lang)

        def amount(value: float | None) -> str:
            return format_compact(value, kpi.unit, kpi.decimals, lang)

        if projection.pace is Pace.NOT_ENOUGH_HISTORY or projection.projected is None:
            return self.tr("Too little history to project {0}.").format(year)
        target = projection.target
        if Direction(kpi.direction) is Direction.RANGE:
            if target is None or (target.low is None and target.high is None):
                text = self.tr("At this pace: {0} in {1} (no target range set).")
                return text.format(amount(projection.projected), year)
            text = self.tr("At this pace: {0} in {1}; the target range is {2} to {3}.")
            text = text.format(
                amount(projection.projected), year, amount(target.low), amount(target.high)
            )
        elif target is None or target.realistic is None:
            text = self.tr("At this pace: {0} in {1} (no yearly target set).")
            return text.format(amount(projection.projected), year)
        else:
            text = self.tr("At this pace: {0} of {1} in {2}.").format(
                amount(projection.projected), amount(target.realistic), year
            )
        verdicts = {
            Pace.AHEAD: self.tr("Ahead of the target."),
            Pace.ON_PACE: self.tr("On pace for the target."),
            Pace.BEHIND: self.tr("Behind the target."),
        }
        verdict = verdicts.get(projection.pace, "")
        band = ""
        if projection.low is not None and projection.high is not None:
            band = self.tr("Likely between {0} and {1}.").format(
                amount(projection.low), amount(projection.high)
            )
        return " ".join(part for part in (text, verdict, band) if part)

    def _show_mix(self, period: Period | None) -> None:
        data, lang = self.data, self.context.language
        if data is None or not data.channels or period is None:
            self.ui.mix_label.clear()
            return
        kpi = data.kpi
        shown = mix_period(data, period)
        rows = channel_mix(self._channels, shown)
        lines = [self.tr("In {0}:").format(format_period(shown, lang))]
        for name, value, share in rows:
            amount = format_value(value, kpi.unit, kpi.decimals, lang)
            if share is not None and data.stackable:
                pct = format_value(100 * share, "%", 0, lang)
                lines.append(self.tr("{0}: {1} ({2})").format(name, pct, amount))
            else:
                lines.append(self.tr("{0}: {1}").format(name, amount))
        self.ui.mix_label.setText("\n".join(lines))

    def _show_notes(self, kpi: Kpi, values: list, tagged: dict) -> None:
        store, lang = self.context.store, self.context.language
        notes: list[tuple[date, str]] = []
        segment_names = {code: name for code, name, _ in self._channels}
        periods = {(m.segment, m.period.start): m.period for m in values}
        comments = {(m.segment, m.period.start): m.comment for m in values if m.comment}
        for key in sorted(comments.keys() | tagged.keys(), key=lambda k: (k[1], k[0])):
            segment, start = key
            period = periods.get(key) or Period.containing(
                kpi.frequency, start, self._fiscal_start()
            )
            where = format_period(period, lang)
            if segment:
                where = f"{where}, {segment_names.get(segment, segment)}"
            comment, tags = comments.get(key, ""), ", ".join(tagged.get(key, ()))
            body = self.tr("{0} [{1}]").format(comment, tags) if comment and tags else ""
            body = body or comment or f"[{tags}]"
            notes.append((start, self.tr("{0}: {1}").format(where, body)))
        decision_names = {
            Decision.KEEP: self.tr("keep"),
            Decision.ADJUST_TARGET: self.tr("adjust the target"),
            Decision.CHANGE_DEFINITION: self.tr("change the definition"),
            Decision.REPLACE: self.tr("replace"),
            Decision.RETIRE: self.tr("retire"),
        }
        for review in reviews.list_reviews(store) if store is not None else []:
            when = format_date(review.held_on, lang)
            if review.kpi_id == kpi.id and review.notes:
                notes.append(
                    (review.held_on, self.tr("Review {0}: {1}").format(when, review.notes))
                )
            for decision in review.decisions:
                if decision.kpi_id == kpi.id:
                    text = self.tr("Review {0}, decided to {1}: {2}").format(
                        when, decision_names[Decision(decision.decision)], decision.note
                    )
                    notes.append((review.held_on, text.rstrip(": ")))
        self.ui.notes_list.clear()
        for _, text in sorted(notes, key=lambda n: n[0], reverse=True):
            self.ui.notes_list.addItem(QListWidgetItem(text))
        if not notes:
            self.ui.notes_list.addItem(self.tr("No comments or review notes yet."))

    def _fiscal_start(self) -> int:
        store = self.context.store
        return business.get_business(store).fiscal_start_month if store is not None else 1

    def show_change_log(self) -> QWidget | None:
        """The change log of the KPI shown (it stays open beside the app)."""
        from kpidesk.gui.dialogs.change_log import ChangeLogDialog

        kpi = self.current_kpi()
        if kpi is None or self.context.store is None:
            return None
        dialog = ChangeLogDialog(self.context, kpi.id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog

    # --- leading → lagging -----------------------------------------------------------
    def _choose_pair(self, kpi: Kpi) -> None:
        """The KPI with what it drives, or what drives it (file first, then the library)."""
        by_code = {k.code: k for k in self._kpis.values() if not k.is_retired}
        leading, lagging = kpi, None
        drives = [by_code[c] for c in kpi.drives if c in by_code] or _library_drives(kpi, by_code)
        if drives:
            lagging = drives[0]
        else:
            drivers = [k for k in by_code.values() if kpi.code in k.drives]
            if drivers:
                leading, lagging = drivers[0], kpi
        self.set_pair(leading.id, lagging.id if lagging else None)

    def set_pair(self, leading_id: int, lagging_id: int | None) -> None:
        """Relate `leading_id` to `lagging_id` in the Leading → lagging tab."""
        self._loading = True
        try:
            self.ui.leading_combo.setCurrentIndex(
                max(0, self.ui.leading_combo.findData(leading_id))
            )
            index = self.ui.lagging_combo.findData(lagging_id) if lagging_id is not None else -1
            self.ui.lagging_combo.setCurrentIndex(index)
        finally:
            self._loading = False
        self._update_lead_lag()

    def _update_lead_lag(self) -> None:
        if self._loading:
            return
        lead = self._kpis.get(self.ui.leading_combo.currentData())
        lag = self._kpis.get(self.ui.lagging_combo.currentData())
        if self.lead_lag_chart is None:
            from kpidesk.gui.widgets.kpi_chart import LeadLagChart

            self.lead_lag_chart = LeadLagChart(self.context.language, self.ui.lead_lag_host)
            self.ui.lead_lag_host_layout.addWidget(self.lead_lag_chart)
        self.lead_lag_result = None
        if lead is None or lag is None:
            self.ui.best_lag_label.setText(self.tr("Pick a leading and a lagging KPI."))
            self.ui.verdict_label.clear()
            self.lead_lag_chart.set_data(None, "", "")
            return
        if lead.id == lag.id:
            self.ui.best_lag_label.setText(self.tr("Pick two different KPIs."))
            self.ui.verdict_label.clear()
            self.lead_lag_chart.set_data(None, "", "")
            return
        lead_series, lag_series = self.series(lead.id), self.series(lag.id)
        if lead_series is None or lag_series is None:
            return
        coarser = max(lead.frequency, lag.frequency, key=lambda f: f.rank)
        last = last_ended_period(coarser, self.today, lead_series.fiscal_start_month)
        self.lead_lag_result = lead_lag(lead_series, lag_series, last)
        self.lead_lag_chart.set_data(self.lead_lag_result, lead.name, lag.name)
        self._show_verdict(self.lead_lag_result, lead, lag)

    def _show_verdict(self, result: LeadLag, lead: Kpi, lag: Kpi) -> None:
        lang = self.context.language
        unit = frequency_names()[result.frequency].lower()
        best = result.best
        overlap = max((c.overlap for c in result.lags), default=0)
        if best is None:
            self.ui.best_lag_label.setText(self.tr("Best lag: none yet"))
        else:
            self.ui.best_lag_label.setText(
                self.tr("Best lag: {0} periods ({1}), r = {2}").format(
                    best.lag, unit, format_number(best.r, 2, lang)
                )
            )
        if result.trust is Trust.TOO_LITTLE_DATA:
            text = self.tr(
                "Too little data: only {0} periods of both KPIs overlap, and at least {1} are "
                "needed before a relation can be judged."
            ).format(overlap, MIN_OVERLAP)
        elif result.trust is Trust.NO_VARIATION or best is None:
            text = self.tr("One of the KPIs never changes, so there is nothing to relate.")
        else:
            r, n = format_number(best.r, 2, lang), best.overlap
            lag_words = (
                self.tr("in the same period")
                if best.lag == 0
                else self.tr("{0} periods later").format(best.lag)
            )
            texts = {
                Trust.WEAK: self.tr(
                    "No clear relation: the best match (changes in {0} and in {1} {2}, r = {3} "
                    "over {4} periods) could well be chance. Do not plan on it."
                ),
                Trust.MODERATE: self.tr(
                    "A moderate relation: changes in {0} tend to show up in {1} {2} (r = {3} over "
                    "{4} periods). Worth watching, but not yet proof."
                ),
                Trust.STRONG: self.tr(
                    "A strong relation: changes in {0} show up in {1} {2} (r = {3} over {4} "
                    "periods). A fair basis for planning, though it does not prove cause."
                ),
            }
            text = texts[result.trust].format(lead.name, lag.name, lag_words, r, n)
            if best.r is not None and best.r < 0 and result.trust is not Trust.WEAK:
                text += " " + self.tr("They move in opposite directions.")
        self.ui.verdict_label.setText(text)

    def review_kpi(self) -> None:
        """Start a review of the KPI shown, on the Reviews screen."""
        kpi = self.current_kpi()
        screen = open_screen(self, "reviews") if kpi is not None else None
        start = getattr(screen, "start_review", None)
        if kpi is not None and start is not None:
            start(ReviewScope.KPI, kpi_id=kpi.id)

    # --- export -----------------------------------------------------------------------
    def export_chart(self, path: str | Path) -> Path:
        """Save the chart as PNG or SVG (by suffix)."""
        if self.chart is None:
            raise ValueError("no chart to export")
        return self.chart.export(path)

    def _ask_export(self, kind: str) -> None:
        kpi = self.current_kpi()
        if kpi is None or self.chart is None:
            return
        filters = {"png": self.tr("PNG picture (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the chart"), f"{kpi.code.lower()}.{kind}", filters[kind]
        )
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        try:
            self.export_chart(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Export the chart"),
                self.tr("Could not save the chart: {0}").format(exc),
            )

    # --- shots ---------------------------------------------------------------------------
    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        def detail(code: str, view: str = "total", pair: tuple[str, str] | None = None) -> QWidget:
            screen = KpiDetailScreen(self.context, today=self.today)
            screen.resize(1280, 800)
            by_code = {k.code: k.id for k in screen._kpis.values()}
            if code in by_code:
                screen.show_kpi(by_code[code])
            screen.set_view(view)
            if pair is not None and pair[0] in by_code and pair[1] in by_code:
                screen.ui.tabs.setCurrentWidget(screen.ui.lead_lag_tab)
                screen.set_pair(by_code[pair[0]], by_code[pair[1]])
            return screen

        return {
            "kpi_detail_by_channel": lambda: detail("WEB_VISITS", "lines"),
            "kpi_detail_stacked": lambda: detail("WEB_ORDERS", "bars"),
            "kpi_detail_qualitative": lambda: detail("CUSTOMER_SATISFACTION"),
            "kpi_detail_lead_lag": lambda: detail(
                "SOCIAL_ENGAGEMENT", pair=("SOCIAL_ENGAGEMENT", "REPEAT_SHARE")
            ),
            "kpi_detail_competitors": lambda: detail("SOCIAL_ENGAGEMENT"),
            "competitors": lambda: competitors_dialog(detail("SOCIAL_ENGAGEMENT")),
        }


def competitors_dialog(screen: KpiDetailScreen) -> QWidget:
    """The Competitors dialog as the comparison panel opens it, its first competitor chosen."""
    dialog = screen.ui.comparison_panel.make_dialog()
    dialog.setParent(None)  # the screen made for the picture is not shown
    dialog.resize(960, 560)
    return dialog


def _library_drives(kpi: Kpi, by_code: dict[str, Kpi]) -> list[Kpi]:
    """The KPIs in the file that the library says `kpi` drives."""
    if not kpi.library_code:
        return []
    try:
        from kpidesk.library.catalog import load_library

        library = {entry.code: entry for entry in load_library()}
    except Exception:  # a broken library only loses the default pair
        return []
    entry = library.get(kpi.library_code)
    if entry is None:
        return []
    by_library = {k.library_code: k for k in by_code.values() if k.library_code}
    return [by_library[c] for c in entry.drives if c in by_library]
