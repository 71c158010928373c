"""Saving a review as one undoable change: its decisions and the review itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpidesk.domain.entities import Review
from kpidesk.domain.review_plan import ReviewPlan
from kpidesk.gui.commands.base import StoreCommand
from kpidesk.gui.context import AppContext
from kpidesk.gui.models.formatting import format_date
from kpidesk.store.review_apply import AppliedReview, apply_review, undo_review


class SaveReviewCommand(StoreCommand):
    """Make a review's decisions and save it; Undo takes all of it back at once."""

    watches = ("reviews", "kpis", "targets", "goals")

    def __init__(self, context: AppContext, plan: ReviewPlan) -> None:
        text = QCoreApplication.translate("ReviewCommands", "Save the review of {0}").format(
            format_date(plan.held_on)
        )
        super().__init__(context, text)
        self.plan = plan
        self.applied: AppliedReview | None = None

    @property
    def review(self) -> Review | None:
        """The saved review (None before it is saved)."""
        return self.applied.review if self.applied else None

    def apply(self) -> None:
        self.applied = apply_review(self.store, self.plan)

    def revert(self) -> None:
        assert self.applied is not None
        undo_review(self.store, self.applied)
