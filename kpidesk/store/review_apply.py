"""Save a review and make its decisions in one transaction; take it all back for Undo.

What changes is decided by `domain.review_plan.plan_changes`; this module only
makes those changes through the store's functions, so each one lands in the
change log like any other edit (old → new, who, when).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from kpidesk.domain.entities import Kpi, Review, Target
from kpidesk.domain.review_plan import (
    Change,
    GoalLink,
    KpiRef,
    NewDefinition,
    NewKpi,
    NewTarget,
    PlanProblem,
    Problem,
    Retirement,
    ReviewPlan,
    check_plan,
    plan_changes,
)
from kpidesk.store import goals as store_goals
from kpidesk.store import kpis as store_kpis
from kpidesk.store import targets as store_targets
from kpidesk.store.closing import closed_through
from kpidesk.store.connection import Store
from kpidesk.store.errors import StoreError
from kpidesk.store.reviews import add_review, delete_review

_PROBLEMS = {
    Problem.NO_DATE: "say from which period the decision takes effect",
    Problem.IN_CLOSED_PERIOD: "the decision would change a closed period",
    Problem.NO_TARGET: "the new target needs a value",
    Problem.SAME_DEFINITION: "the new definition is empty or the same as the old one",
    Problem.NO_REPLACEMENT: "choose the KPI that replaces it",
    Problem.BAD_REPLACEMENT: "the replacement must be another KPI that stays in use",
    Problem.CODE_TAKEN: "the new KPI's code is used by another KPI",
    Problem.BAD_CODE: "the new KPI's code may hold only letters, digits and _",
    Problem.NO_REASON: "say why in the note",
    Problem.NEXT_REVIEW_TOO_EARLY: "the next review must come after this one",
}


@dataclass
class AppliedReview:
    """What saving a review did, so Undo can take exactly that back."""

    review: Review | None = None
    added_targets: list[int] = field(default_factory=list)
    corrected_targets: list[Target] = field(default_factory=list)
    """Targets that started on the same day before, as they were."""
    kpis_before: list[Kpi] = field(default_factory=list)
    added_kpis: list[int] = field(default_factory=list)
    added_links: list[tuple[int, int]] = field(default_factory=list)


def describe_problem(problem: PlanProblem, kpis: dict[int, Kpi]) -> str:
    """One problem in words (English: the screen checks first and says it in the UI's language)."""
    text = _PROBLEMS[problem.problem]
    if problem.kpi_id is None:
        return f"Next review: {text}."
    return f"KPI {kpis[problem.kpi_id].code}, decision: {text}."


def apply_review(store: Store, plan: ReviewPlan) -> AppliedReview:
    """Make every decision of `plan` and save the review, all or nothing."""
    with store.write():
        kpis = {k.id: k for k in store_kpis.list_kpis(store)}
        problems = check_plan(plan, kpis, closed_through(store))
        if problems:
            raise StoreError(describe_problem(problems[0], kpis))
        targets: dict[int, list[Target]] = {}
        for target in store_targets.list_targets(store):
            targets.setdefault(target.kpi_id, []).append(target)
        changes = plan_changes(plan, kpis, store_goals.list_goals(store), targets)
        maker = _Maker(store, targets)
        for change in changes:
            maker.make(change)
        maker.applied.review = add_review(store, plan.review())
    return maker.applied


class _Maker:
    """Makes one change after the other, noting what Undo needs."""

    def __init__(self, store: Store, targets: dict[int, list[Target]]) -> None:
        self.store = store
        self.targets = targets
        self.new_ids: dict[str, int] = {}
        self.applied = AppliedReview()

    def kpi_id(self, ref: KpiRef) -> int:
        return self.new_ids[ref] if isinstance(ref, str) else ref

    def make(self, change: Change) -> None:
        if isinstance(change, NewKpi):
            kpi = store_kpis.add_kpi(self.store, change.kpi)
            self.new_ids[kpi.code] = kpi.id
            self.applied.added_kpis.append(kpi.id)
        elif isinstance(change, NewTarget):
            self._set_target(replace(change.target, kpi_id=self.kpi_id(change.kpi)))
        elif isinstance(change, NewDefinition):
            kpi = self._before(change.kpi_id)
            store_kpis.update_kpi(self.store, replace(kpi, definition=change.new))
        elif isinstance(change, GoalLink):
            kpi_id = self.kpi_id(change.kpi)
            store_goals.link_kpi(self.store, change.goal_id, kpi_id, change.weight)
            self.applied.added_links.append((change.goal_id, kpi_id))
        elif isinstance(change, Retirement):
            self._before(change.kpi_id)
            replaced_by = None if change.replaced_by is None else self.kpi_id(change.replaced_by)
            store_kpis.retire_kpi(self.store, change.kpi_id, change.on, change.reason, replaced_by)

    def _before(self, kpi_id: int) -> Kpi:
        kpi = store_kpis.get_kpi(self.store, kpi_id)
        if all(k.id != kpi_id for k in self.applied.kpis_before):
            self.applied.kpis_before.append(kpi)
        return kpi

    def _set_target(self, target: Target) -> None:
        same_day = [
            t
            for t in self.targets.get(target.kpi_id, [])
            if t.segment == target.segment and t.effective_from == target.effective_from
        ]
        saved = store_targets.set_target(self.store, target)
        if same_day:
            self.applied.corrected_targets.append(same_day[0])
        else:
            assert saved.id is not None
            self.applied.added_targets.append(saved.id)


def undo_review(store: Store, applied: AppliedReview) -> None:
    """Take a saved review back: its decisions' changes, then the review itself.

    Refused (nothing changed) once a KPI the review added has values of its own.
    """
    assert applied.review is not None, "only a saved review can be taken back"
    with store.write():
        delete_review(store, applied.review.id)
        for goal_id, kpi_id in reversed(applied.added_links):
            store_goals.unlink_kpi(store, goal_id, kpi_id)
        for target_id in reversed(applied.added_targets):
            store_targets.delete_target(store, target_id)
        for target in applied.corrected_targets:
            store_targets.set_target(store, target)
        for kpi in applied.kpis_before:
            store_kpis.update_kpi(store, kpi)
        for kpi_id in reversed(applied.added_kpis):
            store_kpis.delete_kpi(store, kpi_id)
