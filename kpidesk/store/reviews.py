"""Reviews of the KPI set and the decisions taken in them."""

from __future__ import annotations

from dataclasses import replace

from kpidesk.domain.entities import Review, ReviewDecision
from kpidesk.store.changelog import log_change
from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError
from kpidesk.store.models import ReviewDecisionRow, ReviewRow
from kpidesk.store.rows import decision_from_row, review_from_row


def add_review(store: Store, review: Review) -> Review:
    """Store a review with its decisions (its `id` is ignored)."""
    with store.write():
        row = ReviewRow.create(
            held_on=review.held_on,
            scope=review.scope.value,
            goal=review.goal_id,
            kpi=review.kpi_id,
            notes=review.notes,
            next_review=review.next_review,
            created_by=store.user,
        )
        log_change(
            store,
            "review",
            row.id,
            "next review",
            "",
            review.next_review.isoformat() if review.next_review else "",
            kpi_id=review.kpi_id,
            context=review.held_on.isoformat(),
        )
        for decision in review.decisions:
            ReviewDecisionRow.create(
                review=row.id,
                kpi=decision.kpi_id,
                decision=decision.decision.value,
                note=decision.note,
            )
            log_change(
                store,
                "review",
                row.id,
                "decision",
                "",
                decision.decision.value,
                kpi_id=decision.kpi_id,
                context=review.held_on.isoformat(),
            )
    return replace(review, id=row.id)


def list_reviews(store: Store) -> list[Review]:
    """Reviews, oldest first, each with its decisions."""
    decisions: dict[int, list[ReviewDecision]] = {}
    for d in ReviewDecisionRow.select().order_by(ReviewDecisionRow.id):
        decisions.setdefault(d.review_id, []).append(decision_from_row(d))
    return [
        review_from_row(r, decisions.get(r.id, []))
        for r in ReviewRow.select().order_by(ReviewRow.held_on, ReviewRow.id)
    ]


def delete_review(store: Store, review_id: int) -> None:
    """Remove a review and its decisions: only to take back saving it (undo)."""
    with store.write():
        row = ReviewRow.get_or_none(ReviewRow.id == review_id)
        if row is None:
            raise StoreError(f"There is no review number {review_id}.")
        log_change(store, "review", row.id, "deleted", row.held_on.isoformat(), "")
        row.delete_instance()  # its decisions go with it (ON DELETE CASCADE)
