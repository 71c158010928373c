"""Past reviews: when, of what, what was decided, when the next one is due. Newest first."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Review
from kpidesk.domain.review_scope import decision_counts
from kpidesk.domain.types import Decision, ReviewScope
from kpidesk.gui.models.formatting import format_date
from kpidesk.gui.models.table import Column, RowTableModel

HELD_ON, SCOPE, DECISIONS, NEXT_REVIEW = range(4)

translate = QCoreApplication.translate


def decisions_text(review: Review) -> str:
    """ "kept: 3, target adjusted: 1, retired: 1" (or that nothing was decided)."""
    words = {
        Decision.KEEP: translate("ReviewsModel", "kept: {0}"),
        Decision.ADJUST_TARGET: translate("ReviewsModel", "target adjusted: {0}"),
        Decision.CHANGE_DEFINITION: translate("ReviewsModel", "definition changed: {0}"),
        Decision.REPLACE: translate("ReviewsModel", "replaced: {0}"),
        Decision.RETIRE: translate("ReviewsModel", "retired: {0}"),
    }
    counts = decision_counts(review)
    if not counts:
        return translate("ReviewsModel", "no decisions")
    return ", ".join(words[d].format(n) for d, n in counts.items())


class ReviewsModel(RowTableModel[Review]):
    def __init__(self, parent: Any = None) -> None:
        self.goal_titles: dict[int, str] = {}
        self.kpi_names: dict[int, str] = {}
        super().__init__(parent)

    def set_reviews(
        self,
        reviews: Sequence[Review],
        goal_titles: Mapping[int, str],
        kpi_names: Mapping[int, str],
    ) -> None:
        """Show `reviews` newest first, naming their goals and KPIs."""
        self.goal_titles, self.kpi_names = dict(goal_titles), dict(kpi_names)
        self.set_rows(sorted(reviews, key=lambda r: (r.held_on, r.id), reverse=True))

    def scope_text(self, review: Review) -> str:
        if review.scope is ReviewScope.GOAL:
            title = self.goal_titles.get(review.goal_id or 0, "")
            return translate("ReviewsModel", "Goal: {0}").format(title)
        if review.scope is ReviewScope.KPI:
            name = self.kpi_names.get(review.kpi_id or 0, "")
            return translate("ReviewsModel", "KPI: {0}").format(name)
        return translate("ReviewsModel", "The whole set")

    def columns(self) -> list[Column[Review]]:
        return [
            Column(
                lambda: translate("ReviewsModel", "Held on"),
                lambda r: format_date(r.held_on),
                lambda r: r.held_on,
            ),
            Column(lambda: translate("ReviewsModel", "Scope"), self.scope_text, self.scope_text),
            Column(lambda: translate("ReviewsModel", "Decisions"), decisions_text, decisions_text),
            Column(
                lambda: translate("ReviewsModel", "Next review"),
                lambda r: format_date(r.next_review),
                lambda r: r.next_review,
            ),
        ]
