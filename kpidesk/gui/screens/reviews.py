"""The Reviews screen: past reviews with their decisions, and the start of a guided review."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import astuple
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from kpidesk.domain.entities import Review
from kpidesk.domain.review_plan import DecisionDraft, TargetValues
from kpidesk.domain.review_scope import kpis_in_scope
from kpidesk.domain.targets import target_in_force
from kpidesk.domain.types import Decision, ReviewScope, Timing
from kpidesk.gui.context import AppContext
from kpidesk.gui.forms.ui_reviews_screen import Ui_ReviewsScreen
from kpidesk.gui.labels import DECISION_SYMBOLS, decision_names
from kpidesk.gui.models import reviews_model
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.models.proxy import RowFilterProxy
from kpidesk.gui.models.reviews_model import ReviewsModel, decisions_text
from kpidesk.gui.review.session import ReviewSession
from kpidesk.gui.screens.base import Screen
from kpidesk.store import goals, kpis, reviews


class ReviewsScreen(Screen):
    icon_name = "reviews"
    watches = ("reviews", "kpis", "goals", "targets")

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReviewsScreen()
        self.ui.setupUi(self)
        self.today = today or date.today()
        self.session: ReviewSession | None = None
        self.model = ReviewsModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.kpi_names: dict[int, str] = {}
        # A review in progress belongs to the file it started on.
        context.signals.store_changed.connect(self._drop_session)
        self._setup()
        self.refresh()

    def title(self) -> str:
        return self.tr("Reviews")

    def _setup(self) -> None:
        ui = self.ui
        table = ui.reviews_table
        table.setModel(self.proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first, as loaded
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(reviews_model.DECISIONS, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.start_button.clicked.connect(self._start_chosen)
        table.selectionModel().selectionChanged.connect(self._selection_changed)

    # --- the list ----------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        if store is None:
            self.model.set_reviews([], {}, {})
            return
        every_kpi = kpis.list_kpis(store)
        all_goals = goals.list_goals(store, include_archived=True)
        self.kpi_names = {k.id: k.name for k in every_kpi}
        past = reviews.list_reviews(store)
        self.model.set_reviews(past, {g.id: g.title for g in all_goals}, self.kpi_names)
        self._fill_scopes(every_kpi, [g for g in all_goals if g.archived_on is None])
        self._show_due(past)
        self.ui.start_button.setEnabled(not self.context.read_only and self.ui.scope_combo.count())
        if self.proxy.rowCount():
            self.ui.reviews_table.selectRow(0)
        else:
            self.ui.details_browser.setPlainText(
                self.tr("No reviews yet. Start one above: it takes a few minutes per goal.")
            )

    def _fill_scopes(self, every_kpi: list, active_goals: list) -> None:
        combo = self.ui.scope_combo
        chosen = combo.currentData()
        combo.clear()
        in_use = kpis_in_scope(ReviewScope.ALL, every_kpi, active_goals)
        if in_use:
            combo.addItem(
                self.tr("The whole set (KPIs: {0})").format(len(in_use)), (ReviewScope.ALL, None)
            )
        for goal in active_goals:
            count = len(kpis_in_scope(ReviewScope.GOAL, every_kpi, active_goals, goal.id))
            if count:
                text = self.tr("Goal: {0} (KPIs: {1})").format(goal.title, count)
                combo.addItem(text, (ReviewScope.GOAL, goal.id))
        for kpi in in_use:
            combo.addItem(self.tr("KPI: {0}").format(kpi.name), (ReviewScope.KPI, kpi.id))
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _show_due(self, past: list[Review]) -> None:
        planned = max((r for r in past if r.next_review), key=lambda r: r.held_on, default=None)
        label = self.ui.due_label
        if planned is None or planned.next_review is None:
            label.setText(self.tr("No review is planned yet."))
        elif planned.next_review <= self.today:
            label.setText(
                self.tr("▲ A review is due: it was planned for {0}.").format(
                    format_date(planned.next_review)
                )
            )
        else:
            label.setText(
                self.tr("Next review planned for {0}.").format(format_date(planned.next_review))
            )

    def selected_review(self) -> Review | None:
        rows = self.ui.reviews_table.selectionModel().selectedRows()
        return self.proxy.object_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_: QItemSelection) -> None:
        review = self.selected_review()
        if review is not None:
            self.ui.details_browser.setHtml(self.details_html(review))

    def details_html(self, review: Review) -> str:
        """A past review as the owner reads it: scope, notes, each decision with its note."""
        names = decision_names()
        parts = [
            f"<h3>{escape(self.model.scope_text(review))} – {escape(format_date(review.held_on))}"
            "</h3>",
            f"<p>{escape(review.notes) or escape(self.tr('No notes.'))}</p>",
            f"<p>{escape(decisions_text(review))}</p>",
        ]
        lines = []
        for decision in review.decisions:
            kind = Decision(decision.decision)
            text = self.tr("{0} {1}: {2}").format(
                DECISION_SYMBOLS[kind], self.kpi_names.get(decision.kpi_id, ""), names[kind]
            )
            if decision.note:
                text = self.tr("{0} – {1}").format(text, decision.note)
            lines.append(escape(text))
        parts.append(f"<p>{'<br>'.join(lines)}</p>")
        if review.next_review:
            next_text = self.tr("Next review: {0}").format(format_date(review.next_review))
            parts.append(f"<p>{escape(next_text)}</p>")
        return "".join(parts)

    # --- a guided review -----------------------------------------------------------------
    def _start_chosen(self) -> None:
        data = self.ui.scope_combo.currentData()
        if data is None:
            return
        scope, target = data
        if scope is ReviewScope.GOAL:
            self.start_review(scope, goal_id=target)
        elif scope is ReviewScope.KPI:
            self.start_review(scope, kpi_id=target)
        else:
            self.start_review(scope)

    def start_review(
        self, scope: ReviewScope, goal_id: int | None = None, kpi_id: int | None = None
    ) -> ReviewSession | None:
        """Start a guided review of the whole set, one goal or one KPI (None: read-only file)."""
        if self.context.read_only or self.session is not None:
            return self.session
        self.session = ReviewSession(self.context, scope, goal_id, kpi_id, self.today)
        self.session.finished.connect(self._finished)
        # Laid out at its real width first: word-wrapped texts measured in a narrow
        # column would otherwise ask the window for far more height than it needs.
        self.session.resize(self.ui.pages.size())
        self.ui.session_layout.addWidget(self.session)
        self.ui.pages.setCurrentWidget(self.ui.session_page)
        self.session.ui.steps_list.setFocus()
        return self.session

    def _drop_session(self) -> None:
        if self.session is not None:
            self._finished(None)

    def _finished(self, saved: Review | None) -> None:
        session, self.session = self.session, None
        if session is not None:
            self.ui.session_layout.removeWidget(session)
            session.deleteLater()
        self.ui.pages.setCurrentWidget(self.ui.list_page)
        self.refresh()
        if saved is not None:
            self.select_review(saved.id)

    def select_review(self, review_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            review = self.proxy.object_at(row)
            if review is not None and review.id == review_id:
                self.ui.reviews_table.selectRow(row)
                return

    # --- shots ---------------------------------------------------------------------------
    def shot_dialogs(self) -> dict[str, Callable[[], QWidget]]:
        def guided(summary: bool) -> QWidget:
            screen = ReviewsScreen(self.context, today=self.today)
            screen.resize(1280, 800)
            session = screen.start_review(ReviewScope.ALL)
            if session is not None:
                _example_decisions(session)
                session.go(len(session.kpis) if summary else _first_with_benchmarks(session))
            return screen

        return {
            "review_guided": lambda: guided(False),
            "review_summary": lambda: guided(True),
        }


def _first_with_benchmarks(session: ReviewSession) -> int:
    """The step of the first KPI with a benchmark (its page shows the most)."""
    for n, kpi in enumerate(session.kpis):
        if session.facts_of(kpi).benchmarks:
            return n
    return 0


def _example_decisions(session: ReviewSession) -> None:
    """A raised target and a retirement, for pictures of a review in progress."""
    kpi = session.kpis[_first_with_benchmarks(session)]
    now = target_in_force(session.targets.get(kpi.id, []), session.today)
    start = session.periods(kpi)[0].start
    if now is not None and now.realistic is not None:
        raised = TargetValues(
            *(
                None if v is None else round(v * 1.1, kpi.decimals)
                for v in astuple(TargetValues.of(now))
            )
        )
        note = QCoreApplication.translate(
            "ReviewsScreen", "Above the industry average for a year: raise the target a little."
        )
        session.set_decision(
            kpi.id, DecisionDraft(kpi.id, Decision.ADJUST_TARGET, note, start, raised)
        )
    leading = [k for k in session.kpis if k.timing is Timing.LEADING and k.id != kpi.id]
    if leading:
        last = leading[-1]
        note = QCoreApplication.translate("ReviewsScreen", "Nobody has acted on it for a year.")
        session.set_decision(
            last.id, DecisionDraft(last.id, Decision.RETIRE, note, session.periods(last)[0].start)
        )
